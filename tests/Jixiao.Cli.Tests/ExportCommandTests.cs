using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Cli.Tests;

public class ExportCommandTests
{
    [Fact]
    public void ExportFdp_SqliteDatabase_WritesPackageWithPublishedFiguresOnly()
    {
        using var dir = new TempDir();
        var dbPath = dir.File("jixiao.db");
        using (var db = DatabaseRegistration.Create(new DatabaseSpec(DatabaseProvider.Sqlite, "Data Source=" + dbPath)))
        {
            db.Database.Migrate();
            var bureau = new Bureau { Name = "样例市财政局", Region = "样例市" };
            db.Bureaus.Add(bureau);
            db.SaveChanges();
            var unit = new Unit { Name = "样例市水务局", Code = "swj", BureauId = bureau.Id };
            db.Units.Add(unit);
            db.SaveChanges();
            foreach (var (year, state, executed) in new[] { (2023, ReviewState.Published, 812.5m), (2024, ReviewState.Published, 901.25m), (2025, ReviewState.Approved, 999m) })
            {
                var evaluation = new Evaluation
                {
                    Unit = unit.Name,
                    Year = year,
                    Kind = EvaluationKind.Department,
                    FrameworkId = "gz-district-dept-2022",
                    Budget = new BudgetFigures { Initial = 900m, Adjusted = 950m, Executed = executed },
                };
                db.Evaluations.Add(new EvaluationRecord
                {
                    UnitId = unit.Id, Year = year, Kind = EvaluationKind.Department, Title = unit.Name, FrameworkId = evaluation.FrameworkId, State = state,
                    Content = EvaluationJson.Write(evaluation), Version = 1, ApprovedContentSha256 = new string('a', 64),
                });
            }

            db.SaveChanges();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var output = Path.Combine(dir.Path, "out");

        var run = CliRun.Of("export", "fdp", "--db", "sqlite:" + dbPath, "-o", output, "--bureau", "样例市财政局");

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("已导出 2 份已公开自评", run.Out, StringComparison.Ordinal);
        Assert.Contains("执行数 1713.75", run.Out, StringComparison.Ordinal);
        Assert.Equal(["budget-lines.csv", "datapackage.json", "evaluations.csv", "unit-totals.csv"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var totals = File.ReadAllLines(Path.Combine(output, "unit-totals.csv"));
        Assert.Equal("fiscal_year,bureau,admin_code,admin_name,evaluation,kind,approved,adjusted,executed", totals[0]);
        Assert.Equal("2024,样例市财政局,swj,样例市水务局,样例市水务局,部门整体,900,950,901.25", totals[2]);
        Assert.Equal(3, totals.Length);
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "datapackage.json")));
        Assert.Equal("样例市财政局 预算绩效自评公开数据", package.RootElement.GetProperty("title").GetString());
        run.AssertNoStackTrace();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void ExportFdp_UnknownBureauOrBadDb_ExplainsInChinese()
    {
        using var dir = new TempDir();
        var bad = CliRun.Of("export", "fdp", "--db", "mysql:x", "-o", dir.Path);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--db 的值", bad.Err, StringComparison.Ordinal);

        var dbPath = dir.File("empty.db");
        using (var db = DatabaseRegistration.Create(new DatabaseSpec(DatabaseProvider.Sqlite, "Data Source=" + dbPath)))
        {
            db.Database.Migrate();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var unknown = CliRun.Of("export", "csv", "--db", "sqlite:" + dbPath, "-o", dir.Path, "--bureau", "不存在的局");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("没有名为“不存在的局”的财政局", unknown.Err, StringComparison.Ordinal);
        unknown.AssertNoStackTrace();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
