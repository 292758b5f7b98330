using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Services;

/// <summary>The figures of one published evaluation (what the public may see).</summary>
public sealed record PublishedFigures(
    int EvaluationId, int BureauId, string Bureau, int UnitId, string AdminCode, string UnitName, string Title, int Year, EvaluationKind Kind,
    decimal? SelfTotal, string? SelfGrade, decimal? ReviewTotal, string? ReviewGrade, decimal? ExecutionRate, BudgetFigures Budget,
    DateTimeOffset? PublishedAt, string? ContentSha256);

/// <summary>A file of an open-data export.</summary>
public sealed record OpenDataFile(string Name, string MediaType, byte[] Content);

/// <summary>
/// 公开数据 (DOMAIN §12): the published figures as CSV and as a Fiscal Data Package (datapackage.json with budget lines by
/// phase proposed / approved / adjusted / executed, fiscal year, CNY in 万元 (factor 10000), administrative and functional
/// classification). Only published evaluations are read; the same files serve the CLI (<c>jixiao export fdp</c>) and the
/// public site.
/// </summary>
public sealed class OpenDataService(JixiaoDbContext db, TimeProvider clock)
{
    public const string Unclassified = "未分类";

    public const string PackageFile = "datapackage.json";

    private static readonly JsonSerializerOptions PackageJson = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>Published evaluations (of one bureau, or all; the current version of a corrected one), oldest year first, then unit.</summary>
    public async Task<IReadOnlyList<PublishedFigures>> PublishedAsync(int? bureauId = null, int? unitId = null, CancellationToken ct = default)
    {
        var q = db.Evaluations.AsNoTracking().Where(e => e.State == ReviewState.Published && e.SupersededAt == null);
        if (bureauId is int b)
        {
            q = q.Where(e => e.Unit!.BureauId == b);
        }

        if (unitId is int u)
        {
            q = q.Where(e => e.UnitId == u);
        }

        var rows = await q.OrderBy(e => e.Year).ThenBy(e => e.Unit!.Name).ThenBy(e => e.Title).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Unit!.BureauId, Bureau = e.Unit.Bureau!.Name, e.UnitId, e.Unit.Code, UnitName = e.Unit.Name, e.Title, e.Year, e.Kind, e.SelfTotal, e.SelfGrade, e.ReviewTotal, e.ReviewGrade, e.ExecutionRate, e.Content, e.PublishedAt, e.ApprovedContentSha256 })
            .ToListAsync(ct);
        return rows.Select(r => new PublishedFigures(
            r.Id, r.BureauId, r.Bureau, r.UnitId, string.IsNullOrWhiteSpace(r.Code) ? "U" + r.UnitId.ToString(CultureInfo.InvariantCulture) : r.Code, r.UnitName, r.Title, r.Year, r.Kind,
            r.SelfTotal, r.SelfGrade, r.ReviewTotal, r.ReviewGrade, r.ExecutionRate,
            EvaluationJson.Read(r.Content, $"evaluations/{r.Id}") is { IsSuccess: true } read ? read.Value.Budget : new BudgetFigures(),
            r.PublishedAt, r.ApprovedContentSha256)).ToList();
    }

    /// <summary>evaluations.csv: one row per published evaluation (scores, grade, execution rate, budget totals, publication, hash).</summary>
    public async Task<OpenDataFile> EvaluationsCsvAsync(int? bureauId = null, CancellationToken ct = default) =>
        EvaluationsCsv(await PublishedAsync(bureauId, null, ct));

    /// <summary>The Fiscal Data Package: datapackage.json, budget-lines.csv, unit-totals.csv and evaluations.csv.</summary>
    public async Task<IReadOnlyList<OpenDataFile>> FiscalDataPackageAsync(int? bureauId = null, CancellationToken ct = default)
    {
        var published = await PublishedAsync(bureauId, null, ct);
        var ids = published.Select(p => p.EvaluationId).ToList();
        var decisions = await db.ResultDecisions.AsNoTracking()
            .Where(d => ids.Contains(d.EvaluationId) && d.Decision != ResultDecisionKind.Rejected && d.BaseAmount != null && d.DecidedChange != null)
            .ToListAsync(ct);
        var bureauName = bureauId is int b ? await db.Bureaus.Where(x => x.Id == b).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var lines = BudgetLines(published, decisions);
        var totals = UnitTotals(published);
        var evaluations = EvaluationsCsv(published);
        var package = Descriptor(bureauName, published, clock.GetUtcNow());
        return [new OpenDataFile(PackageFile, "application/json", package), lines, totals, evaluations];
    }

    /// <summary>The package as one zip (fixed entry times, so the same data gives the same bytes).</summary>
    public static byte[] Zip(IReadOnlyList<OpenDataFile> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var f in files)
            {
                var entry = zip.CreateEntry(f.Name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var s = entry.Open();
                s.Write(f.Content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>RFC 4180 CSV, UTF-8 without BOM, LF line ends; numbers in the invariant culture.</summary>
    public static byte[] Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var sb = new StringBuilder();
        Line(sb, header);
        foreach (var row in rows)
        {
            Line(sb, row);
        }

        return new UTF8Encoding(false).GetBytes(sb.ToString());

        static void Line(StringBuilder sb, IEnumerable<string?> cells)
        {
            var first = true;
            foreach (var cell in cells)
            {
                if (!first)
                {
                    sb.Append(',');
                }

                first = false;
                var c = cell ?? string.Empty;
                if (c.IndexOfAny([',', '"', '\n', '\r']) >= 0)
                {
                    sb.Append('"').Append(c.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                }
                else
                {
                    sb.Append(c);
                }
            }

            sb.Append('\n');
        }
    }

    public static string? Num(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);

    private static readonly string[] LineFields = ["fiscal_year", "bureau", "admin_code", "admin_name", "project", "function_name", "proposed", "approved", "adjusted", "executed", "note"];

    /// <summary>
    /// budget-lines.csv: per published evaluation, one line per 功能分类 class when the evaluation breaks its spending down
    /// (executed = the class's 决算数, approved = its 预算数 when stated), otherwise one 未分类 line with the unit's 年初预算
    /// (approved), 调整后预算 (adjusted) and 执行数 (executed); and for each evaluation whose 结果应用 suggestion the bureau
    /// accepted or adjusted, a line of the next fiscal year with the proposed amount.
    /// </summary>
    private static OpenDataFile BudgetLines(IReadOnlyList<PublishedFigures> published, IReadOnlyList<ResultDecision> decisions)
    {
        var rows = new List<IReadOnlyList<string?>>();
        foreach (var p in published)
        {
            var project = p.Kind == EvaluationKind.Project ? p.Title : null;
            var head = new[] { p.Year.ToString(CultureInfo.InvariantCulture), p.Bureau, p.AdminCode, p.UnitName, project };
            if (p.Budget.ByFunction.Count > 0)
            {
                foreach (var f in p.Budget.ByFunction)
                {
                    rows.Add([.. head, f.Name, null, Num(f.Budget), null, Num(f.Amount), "功能分类决算数（及预算数）"]);
                }
            }
            else
            {
                rows.Add([.. head, Unclassified, null, Num(p.Budget.Initial), Num(p.Budget.Adjusted), Num(p.Budget.Executed), "单位合计，未按功能分类"]);
            }

            if (decisions.FirstOrDefault(d => d.EvaluationId == p.EvaluationId) is { } d)
            {
                rows.Add([
                    (p.Year + 1).ToString(CultureInfo.InvariantCulture), p.Bureau, p.AdminCode, p.UnitName, project, Unclassified,
                    Num(Money.Round(d.BaseAmount!.Value + d.DecidedChange!.Value)), null, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"{p.Year} 年度绩效评价结果应用（{ResultsService.Name(d.Decision)}，{d.Action}）后的{d.Scope switch { Domain.Results.ResultScope.Project => "项目支出", Domain.Results.ResultScope.Basic => "基本支出", _ => "部门预算" }}建议数"),
                ]);
            }
        }

        return new OpenDataFile("budget-lines.csv", "text/csv", Csv(LineFields, rows));
    }

    private static readonly string[] TotalFields = ["fiscal_year", "bureau", "admin_code", "admin_name", "evaluation", "kind", "approved", "adjusted", "executed"];

    /// <summary>unit-totals.csv: the unit's budget totals as filed, one row per published evaluation.</summary>
    private static OpenDataFile UnitTotals(IReadOnlyList<PublishedFigures> published) =>
        new("unit-totals.csv", "text/csv", Csv(TotalFields, published.Select(p => (IReadOnlyList<string?>)
            [p.Year.ToString(CultureInfo.InvariantCulture), p.Bureau, p.AdminCode, p.UnitName, p.Title, p.Kind.Name(), Num(p.Budget.Initial), Num(p.Budget.Adjusted), Num(p.Budget.Executed)])));

    private static readonly string[] EvaluationFields =
        ["fiscal_year", "bureau", "admin_code", "admin_name", "evaluation", "kind", "self_score", "self_grade", "review_score", "review_grade", "execution_rate", "approved", "adjusted", "executed", "published_at", "content_sha256"];

    private static OpenDataFile EvaluationsCsv(IReadOnlyList<PublishedFigures> published) =>
        new("evaluations.csv", "text/csv", Csv(EvaluationFields, published.Select(p => (IReadOnlyList<string?>)
        [
            p.Year.ToString(CultureInfo.InvariantCulture), p.Bureau, p.AdminCode, p.UnitName, p.Title, p.Kind.Name(), Num(p.SelfTotal), p.SelfGrade, Num(p.ReviewTotal), p.ReviewGrade,
            Num(p.ExecutionRate), Num(p.Budget.Initial), Num(p.Budget.Adjusted), Num(p.Budget.Executed),
            p.PublishedAt?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.ContentSha256,
        ])));

    private static byte[] Descriptor(string? bureau, IReadOnlyList<PublishedFigures> published, DateTimeOffset now)
    {
        static JsonObject Field(string name, string type, string title) => new() { ["name"] = name, ["type"] = type, ["title"] = title };
        static JsonObject Resource(string name, string title, JsonArray fields) => new()
        {
            ["profile"] = "tabular-data-resource",
            ["name"] = name,
            ["path"] = name + ".csv",
            ["title"] = title,
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["schema"] = new JsonObject { ["fields"] = fields, ["missingValues"] = new JsonArray("") },
        };
        static JsonObject Measure(string phase) => new()
        {
            ["source"] = phase,
            ["resource"] = "budget-lines",
            ["currency"] = "CNY",
            ["factor"] = 10000,
            ["direction"] = "expenditure",
            ["phase"] = phase,
        };

        var common = new[] { ("fiscal_year", "integer", "财政年度"), ("bureau", "string", "财政部门"), ("admin_code", "string", "单位编码"), ("admin_name", "string", "单位名称") };
        var lineFields = new JsonArray([.. common.Select(c => (JsonNode)Field(c.Item1, c.Item2, c.Item3)),
            Field("project", "string", "项目名称"), Field("function_name", "string", "支出功能分类（类）"),
            Field("proposed", "number", "建议数（万元）"), Field("approved", "number", "年初预算数（万元）"), Field("adjusted", "number", "调整后预算数（万元）"),
            Field("executed", "number", "执行数（万元）"), Field("note", "string", "说明")]);
        var totalFields = new JsonArray([.. common.Select(c => (JsonNode)Field(c.Item1, c.Item2, c.Item3)),
            Field("evaluation", "string", "评价对象"), Field("kind", "string", "评价类型"),
            Field("approved", "number", "年初预算数（万元）"), Field("adjusted", "number", "调整后预算数（万元）"), Field("executed", "number", "执行数（万元）")]);
        var evaluationFields = new JsonArray([.. common.Select(c => (JsonNode)Field(c.Item1, c.Item2, c.Item3)),
            Field("evaluation", "string", "评价对象"), Field("kind", "string", "评价类型"), Field("self_score", "number", "自评分"), Field("self_grade", "string", "自评等级"),
            Field("review_score", "number", "复核分"), Field("review_grade", "string", "复核等级"), Field("execution_rate", "number", "预算执行率（%）"),
            Field("approved", "number", "年初预算数（万元）"), Field("adjusted", "number", "调整后预算数（万元）"), Field("executed", "number", "执行数（万元）"),
            Field("published_at", "date", "公开日期"), Field("content_sha256", "string", "通过时内容 SHA-256")]);
        var years = published.Select(p => p.Year).DefaultIfEmpty(now.Year).ToList();
        var root = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = "jixiao-published-performance",
            ["title"] = (bureau ?? "全部财政部门") + " 预算绩效自评公开数据",
            ["description"] = "已公开的预算绩效自评的预算数、执行数、得分与等级（金额单位：万元，factor 10000 换算为元）。由 Jixiao 从财政局公开的评价生成，与公开报告一致。",
            ["created"] = now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["countryCode"] = "CN",
            ["granularity"] = "aggregated",
            ["fiscalPeriod"] = new JsonObject
            {
                ["start"] = years.Min().ToString(CultureInfo.InvariantCulture) + "-01-01",
                ["end"] = (years.Max() + 1).ToString(CultureInfo.InvariantCulture) + "-12-31",
            },
            ["keywords"] = new JsonArray("预算绩效", "自评", "fiscal", "performance"),
            ["resources"] = new JsonArray(
                Resource("budget-lines", "预算行（按功能分类）", lineFields),
                Resource("unit-totals", "单位预算合计", totalFields),
                Resource("evaluations", "公开的自评结果", evaluationFields)),
            ["model"] = new JsonObject
            {
                ["measures"] = new JsonObject
                {
                    ["proposed"] = Measure("proposed"),
                    ["approved"] = Measure("approved"),
                    ["adjusted"] = Measure("adjusted"),
                    ["executed"] = Measure("executed"),
                },
                ["dimensions"] = new JsonObject
                {
                    ["fiscal_year"] = new JsonObject
                    {
                        ["attributes"] = new JsonObject { ["fiscal_year"] = new JsonObject { ["source"] = "fiscal_year", ["resource"] = "budget-lines" } },
                        ["primaryKey"] = "fiscal_year",
                        ["dimensionType"] = "datetime",
                    },
                    ["administrative_classification"] = new JsonObject
                    {
                        ["attributes"] = new JsonObject
                        {
                            ["bureau"] = new JsonObject { ["source"] = "bureau", ["resource"] = "budget-lines" },
                            ["admin_code"] = new JsonObject { ["source"] = "admin_code", ["resource"] = "budget-lines", ["parent"] = "bureau" },
                            ["admin_name"] = new JsonObject { ["source"] = "admin_name", ["resource"] = "budget-lines", ["labelfor"] = "admin_code" },
                            ["project"] = new JsonObject { ["source"] = "project", ["resource"] = "budget-lines", ["parent"] = "admin_code" },
                        },
                        ["primaryKey"] = new JsonArray("admin_code", "project"),
                        ["dimensionType"] = "classification",
                        ["classificationType"] = "administrative",
                    },
                    ["functional_classification"] = new JsonObject
                    {
                        ["attributes"] = new JsonObject { ["function_name"] = new JsonObject { ["source"] = "function_name", ["resource"] = "budget-lines" } },
                        ["primaryKey"] = "function_name",
                        ["dimensionType"] = "classification",
                        ["classificationType"] = "functional",
                    },
                },
            },
        };
        return JsonSerializer.SerializeToUtf8Bytes(root, PackageJson);
    }
}
