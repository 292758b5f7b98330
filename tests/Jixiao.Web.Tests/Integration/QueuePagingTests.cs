using System.Net.Http.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Services;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Integration;

/// <summary>The review queue in pages of 50 (page and API), on each database: pages follow one another without gaps or repeats.</summary>
public abstract class QueuePagingTests(JixiaoApp app)
{
    private const int Added = 250;

    [Fact]
    public async Task ReviewQueueApi_Pages_CoverTheQueueInSeverityOrderWithoutRepeats()
    {
        await AddQueueRowsAsync();
        var reviewer = await app.LoginAsync("reviewer");
        var expected = await app.WithDbAsync(db => db.Evaluations
            .Where(e => e.State == ReviewState.Submitted || e.State == ReviewState.InReview || e.State == ReviewState.Resubmitted)
            .OrderByDescending(e => e.MaxSeverity).ThenByDescending(e => e.FindingCount).ThenBy(e => e.Id)
            .Select(e => e.Id).ToListAsync());

        var seen = new List<int>();
        for (var page = 1; page <= 20; page++)
        {
            var rows = await reviewer.Client.GetFromJsonAsync<List<EvaluationSummary>>($"/api/review-queue?page={page}", EvaluationJson.Options);
            Assert.NotNull(rows);
            Assert.True(rows.Count <= 50, $"page {page}: {rows.Count} rows");
            if (rows.Count == 0)
            {
                break;
            }

            seen.AddRange(rows.Select(r => r.Id));
        }

        Assert.True(expected.Count >= Added, $"{expected.Count} in the queue");
        Assert.Equal(expected, seen);
        var big = await reviewer.Client.GetFromJsonAsync<List<EvaluationSummary>>("/api/review-queue?pageSize=1000", EvaluationJson.Options);
        Assert.Equal(200, big!.Count);
    }

    [Fact]
    public async Task ReviewQueuePage_ShowsFiftyRowsAndLinksToTheNextAndPreviousPage()
    {
        await AddQueueRowsAsync();
        var reviewer = await app.LoginAsync("reviewer");

        var first = await reviewer.GetHtmlAsync("/review");
        var second = await reviewer.GetHtmlAsync("/review?page=2&all=1");

        Assert.Equal(50, QueueRows(first));
        Assert.Contains("href=\"/review?page=2&amp;all=1\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain(">上一页<", first.Split("id=\"all\"")[0], StringComparison.Ordinal);
        Assert.Equal(50, QueueRows(second));
        Assert.Contains("href=\"/review?page=1&amp;all=1\"", second, StringComparison.Ordinal);
        Assert.Contains("第 2 页", second, StringComparison.Ordinal);
    }

    /// <summary>Rows of the first table (the queue) on the page.</summary>
    private static int QueueRows(string html)
    {
        var start = html.IndexOf("id=\"queue\"", StringComparison.Ordinal);
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return html[start..end].Split("<a href=\"/review/").Length - 1;
    }

    /// <summary>Adds 250 submitted evaluations (once per fixture) with mixed severities and finding counts.</summary>
    private Task<int> AddQueueRowsAsync() => app.WithDbAsync(async db =>
        await db.Evaluations.AnyAsync(e => e.UpdatedBy == "paging-test")
            ? 0
            : await AddCopiesAsync(db, Added, i => (i % 3) switch { 0 => ReviewState.Submitted, 1 => ReviewState.InReview, _ => ReviewState.Resubmitted }, "paging-test"));

    /// <summary>
    /// Adds <paramref name="count"/> copies of the first demo evaluation over the demo units, with years, severities and
    /// finding counts cycling, in the states <paramref name="stateOf"/> gives for each index.
    /// </summary>
    internal static async Task<int> AddCopiesAsync(JixiaoDbContext db, int count, Func<int, ReviewState> stateOf, string marker)
    {
        var template = await db.Evaluations.AsNoTracking().OrderBy(e => e.Id).FirstAsync();
        var units = await db.Units.OrderBy(u => u.Id).Select(u => u.Id).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            db.Evaluations.Add(new EvaluationRecord
            {
                UnitId = units[i % units.Count],
                Year = 2000 + (i % 20),
                Kind = template.Kind,
                Title = template.Title,
                FrameworkId = template.FrameworkId,
                State = stateOf(i),
                SubmittedAt = stateOf(i) is ReviewState.Draft or ReviewState.DepartmentReview or ReviewState.DepartmentReturned ? null : now,
                Content = template.Content,
                MaxSeverity = i % 4,
                FindingCount = i % 7,
                Version = 1,
                CreatedAt = now,
                UpdatedAt = now,
                UpdatedBy = marker,
            });
        }

        return await db.SaveChangesAsync();
    }
}

public sealed class QueuePagingTests_Sqlite(SqliteApp app) : QueuePagingTests(app), IClassFixture<SqliteApp>;

public sealed class QueuePagingTests_Postgres(PostgresApp app) : QueuePagingTests(app), IClassFixture<PostgresApp>;

public class PostgresConnectionDefaultsTests
{
    [Fact]
    public void WithPostgresDefaults_NothingGiven_TurnsOffResetAndPreparesStatements()
    {
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseRegistration.WithPostgresDefaults("Host=127.0.0.1;Username=u;Password=p;Database=d"));

        Assert.True(cs.NoResetOnClose);
        Assert.Equal(64, cs.MaxAutoPrepare);
        Assert.Equal("d", cs.Database);
    }

    [Fact]
    public void WithPostgresDefaults_GivenInTheConnectionString_KeepsTheGivenValues()
    {
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseRegistration.WithPostgresDefaults("Host=127.0.0.1;No Reset On Close=false;Max Auto Prepare=0"));

        Assert.False(cs.NoResetOnClose);
        Assert.Equal(0, cs.MaxAutoPrepare);
    }
}

/// <summary>
/// The queue's SQL as EF Core writes it, explained by PostgreSQL over 6,000 rows with statistics: the plan must read the
/// partial index IX_Evaluations_ReviewQueue, i.e. the LINQ states and <c>JixiaoDbContext.ReviewQueueFilter</c> agree.
/// </summary>
public sealed partial class ReviewQueuePlanTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task ReviewQueueQuery_ManyRowsWithStatistics_PlanReadsThePartialIndex()
    {
        var states = Enum.GetValues<ReviewState>();
        await app.WithDbAsync(async db =>
        {
            await QueuePagingTests.AddCopiesAsync(db, 6000, i => states[i % states.Length], "plan-test");
            return await db.Database.ExecuteSqlRawAsync("ANALYZE");
        });

        var (sql, plan) = await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<JixiaoDbContext>();
            var reviewer = Actor.From(await db.Users.SingleAsync(u => u.UserName == "reviewer"));
            var query = services.GetRequiredService<EvaluationService>().ReviewQueueQuery(reviewer).Take(51).ToQueryString();
            var text = Inline(query);
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN " + text;
            var lines = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    lines.Add(reader.GetString(0));
                }
            }

            return (text, string.Join("\n", lines));
        });

        Assert.True(plan.Contains("IX_Evaluations_ReviewQueue", StringComparison.Ordinal), $"SQL:\n{sql}\n\nPlan:\n{plan}");
    }

    /// <summary>EF's <c>-- @name='value'</c> declarations put into the SQL (numbers as they are, others quoted).</summary>
    private static string Inline(string queryString)
    {
        var declarations = ParameterLine().Matches(queryString).Select(m => (Name: m.Groups[1].Value, Value: m.Groups[2].Value)).OrderByDescending(p => p.Name.Length).ToList();
        var sql = string.Join("\n", queryString.Split('\n').Where(l => !l.StartsWith("-- ", StringComparison.Ordinal)));
        foreach (var (name, value) in declarations)
        {
            var literal = long.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _) ? value : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
            sql = sql.Replace(name, literal, StringComparison.Ordinal);
        }

        return sql;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^-- (@\w+)='(.*?)'", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex ParameterLine();
}
