using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Review;
using Jixiao.Tests;
using Jixiao.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Loop;

/// <summary>公开数据 on each database: the demo district's Fiscal Data Package validates against the FDP schema and adds up.</summary>
public abstract class OpenDataTests(JixiaoApp app)
{
    private static readonly JsonElement Schema = JsonDocument.Parse(Repo.Read("testdata", "opendata", "fiscal-data-package.schema.json")).RootElement.Clone();

    [Fact]
    public async Task FiscalDataPackage_DemoDistrict_ValidatesAgainstSchemaAndTotalsEqualDatabase()
    {
        // Two published evaluations: 区委组织部 2022 (seeded) and 区直机关工委 2021 (approved in the seed, published here).
        var reviewer = await app.LoginAsync("reviewer");
        var jgw = await app.EvaluationOfAsync("区直机关工委");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.TransitionAsync(jgw, "Publish")).StatusCode);
        var anonymous = app.Anonymous();

        var descriptorText = await (await anonymous.GetAsync("/open-data/datapackage.json")).Content.ReadAsStringAsync();
        var descriptor = JsonDocument.Parse(descriptorText).RootElement;
        Assert.Empty(JsonSchemaCheck.Validate(Schema, descriptor));
        Assert.Equal(["proposed", "approved", "adjusted", "executed"], descriptor.GetProperty("model").GetProperty("measures").EnumerateObject().Select(m => m.Value.GetProperty("phase").GetString()));
        Assert.All(descriptor.GetProperty("model").GetProperty("measures").EnumerateObject(), m => Assert.Equal("CNY", m.Value.GetProperty("currency").GetString()));
        Assert.Equal(
            ["administrative", "functional"],
            descriptor.GetProperty("model").GetProperty("dimensions").EnumerateObject().Where(d => d.Value.TryGetProperty("classificationType", out _))
                .Select(d => d.Value.GetProperty("classificationType").GetString()).Order());

        // Every resource is served beside the descriptor, with the header its schema names.
        var tables = new Dictionary<string, List<Dictionary<string, string>>>();
        foreach (var resource in descriptor.GetProperty("resources").EnumerateArray())
        {
            var csv = await (await anonymous.GetAsync("/open-data/" + resource.GetProperty("path").GetString())).Content.ReadAsStringAsync();
            var rows = ParseCsv(csv);
            Assert.Equal(resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!), rows[0]);
            tables[resource.GetProperty("name").GetString()!] = rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        }

        // Totals equal the database's: the published evaluations' figures, read from their stored content.
        var published = await app.WithDbAsync(db => db.Evaluations.Where(e => e.State == ReviewState.Published).Select(e => new { e.Id, e.Year, e.Content, e.Unit!.Name }).ToListAsync());
        var budgets = published.Select(p => (p.Year, p.Name, Budget: Jixiao.Data.EvaluationJson.Read(p.Content, "x").Value.Budget)).ToList();
        Assert.Equal(2, budgets.Count);
        var totals = tables["unit-totals"];
        Assert.Equal(budgets.Sum(b => b.Budget.Initial ?? 0m), totals.Sum(r => Dec(r["approved"])));
        Assert.Equal(budgets.Sum(b => b.Budget.Adjusted ?? 0m), totals.Sum(r => Dec(r["adjusted"])));
        Assert.Equal(budgets.Sum(b => b.Budget.Executed ?? 0m), totals.Sum(r => Dec(r["executed"])));
        Assert.Equal(2233.44m + 714.07m, totals.Sum(r => Dec(r["executed"])));  // 区委组织部 2022 + 区直机关工委 2021, by hand
        var lines = tables["budget-lines"];
        foreach (var (year, name, budget) in budgets)
        {
            var mine = lines.Where(l => l["admin_name"] == name && l["fiscal_year"] == year.ToString(CultureInfo.InvariantCulture)).ToList();
            var expected = budget.ByFunction.Count > 0 ? budget.ByFunction.Sum(f => f.Amount) : budget.Executed ?? 0m;
            Assert.Equal(expected, mine.Sum(l => Dec(l["executed"])));
            Assert.Equal(budget.ByFunction.Count > 0 ? budget.ByFunction.Select(f => f.Name).ToList() : ["未分类"], mine.Select(l => l["function_name"]).ToList());
        }

        var evaluations = tables["evaluations"];
        Assert.Equal(published.Count, evaluations.Count);
        Assert.All(evaluations, e => Assert.Equal(64, e["content_sha256"].Length));

        // The zip holds the same files.
        var zip = await (await anonymous.GetAsync("/open-data/fdp.zip")).Content.ReadAsByteArrayAsync();
        using var archive = new ZipArchive(new MemoryStream(zip));
        Assert.Equal(["budget-lines.csv", "datapackage.json", "evaluations.csv", "unit-totals.csv"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SchemaCheck_BrokenPackage_IsRefused()
    {
        var descriptor = JsonNode.Parse(await (await app.Anonymous().GetAsync("/open-data/datapackage.json")).Content.ReadAsStringAsync())!;
        descriptor["model"]!["measures"]!["executed"]!["phase"] = "spent";
        descriptor["resources"]![0]!.AsObject().Remove("schema");
        descriptor["model"]!["measures"]!["approved"]!["currency"] = "rmb";

        var errors = JsonSchemaCheck.Validate(Schema, JsonDocument.Parse(descriptor.ToJsonString()).RootElement);

        Assert.Contains(errors, e => e.Contains("$.model.measures.executed.phase", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("$.model.measures.approved.currency", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.resources[0]", StringComparison.Ordinal));
    }

    private static decimal Dec(string text) => text.Length == 0 ? 0m : decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 reader (quoted cells with commas, quotes and line breaks).</summary>
    internal static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}

public sealed class OpenDataTests_Sqlite(SqliteApp app) : OpenDataTests(app), IClassFixture<SqliteApp>;

public sealed class OpenDataTests_Postgres(PostgresApp app) : OpenDataTests(app), IClassFixture<PostgresApp>;
