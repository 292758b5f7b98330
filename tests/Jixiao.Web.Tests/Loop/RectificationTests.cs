using System.Globalization;
using System.Net;
using System.Text;
using Jixiao.Domain;
using Jixiao.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Loop;

/// <summary>整改 through the API on each database: from a returned evaluation's findings to a verified, closed item and the next year's report.</summary>
public abstract class RectificationTests(JixiaoApp app)
{
    private static readonly byte[] Evidence1 = Encoding.UTF8.GetBytes("整改会议纪要：2026 年 3 月 2 日召开执行进度专题会。");
    private static readonly byte[] Evidence2 = Encoding.UTF8.GetBytes("3 月份预算执行进度通报（第 1 期）。");

    [Fact]
    public async Task Rectification_ReturnedFindingsToClosedItem_NextYearListsStatus()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var reviewer = await app.LoginAsync("reviewer");
        var problem2024 = "部分项目预算编制不够精细，执行进度前慢后快，预算执行率偏低。";
        var evaluationId = await LoopApi.ReturnedWithDeductionAsync(preparer, reviewer, 2024, problem2024);

        // The bureau sees the findings of the returned evaluation as proposals and issues them.
        var proposals = await reviewer.GetJsonAsync($"/api/evaluations/{evaluationId}/rectification-proposals");
        var keys = proposals.EnumerateArray().Select(p => p.GetProperty("key").GetString()).ToList();
        Assert.Contains("deduction:1.1.3", keys);
        Assert.Contains("comment", keys);
        var issued = await (await reviewer.PostJsonAsync($"/api/evaluations/{evaluationId}/rectifications", new { deadline = "2099-06-30", owner = "司法局财务科 王敏", keys = new[] { "deduction:1.1.3", "comment" } })).JsonAsync();
        var ids = issued.GetProperty("ids").EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.Equal(2, ids.Count);
        var again = await reviewer.GetJsonAsync($"/api/evaluations/{evaluationId}/rectification-proposals");
        Assert.True(again.EnumerateArray().First(p => p.GetProperty("key").GetString() == "deduction:1.1.3").GetProperty("alreadyIssued").GetBoolean());
        var item = ids[0];
        var detail = await preparer.GetJsonAsync($"/api/rectifications/{item}");
        Assert.Equal("1.1.3", detail.GetProperty("summary").GetProperty("indicatorCode").GetString());
        Assert.Contains("复核扣 2 分", detail.GetProperty("summary").GetProperty("problem").GetString(), StringComparison.Ordinal);

        // The unit cannot answer without evidence; with it, it can.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await preparer.RectifyAsync(item, "Answer", "已建立月度执行通报制度。")).StatusCode);
        await (await preparer.UploadAsync($"/api/rectifications/{item}/evidence", "会议纪要.txt", Evidence1)).JsonAsync();
        await (await preparer.RectifyAsync(item, "Answer", "已建立月度执行通报制度。")).JsonAsync();

        // The bureau cannot close before accepting; it returns the answer.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await reviewer.RectifyAsync(item, "Close", "已验证")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await preparer.RectifyAsync(item, "Accept")).StatusCode);
        await (await reviewer.RectifyAsync(item, "Return", "佐证材料只有会议纪要，缺少通报文件。")).JsonAsync();

        // The unit answers again: the first file does not count twice.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await preparer.RectifyAsync(item, "Answer", "补充通报。")).StatusCode);
        await (await preparer.UploadAsync($"/api/rectifications/{item}/evidence", "执行通报.txt", Evidence2)).JsonAsync();
        await (await preparer.RectifyAsync(item, "Answer", "已印发 3 月份执行进度通报，并纳入月度例会。")).JsonAsync();

        // The bureau accepts, then verifies the effect and closes.
        await (await reviewer.RectifyAsync(item, "Accept", "整改措施可行。")).JsonAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await reviewer.RectifyAsync(item, "Close", "")).StatusCode);
        var closed = await (await reviewer.RectifyAsync(item, "Close", "抽查 4 月执行进度 36%，较上年同期提高 12 个百分点。", "下年预算按进度分批下达")).JsonAsync();
        Assert.Equal("Closed", closed.GetProperty("state").GetString());

        var final = await reviewer.GetJsonAsync($"/api/rectifications/{item}");
        Assert.Equal(2, final.GetProperty("feedback").GetArrayLength());
        Assert.Equal("return", final.GetProperty("feedback")[0].GetProperty("decision").GetString());
        Assert.Equal("accept", final.GetProperty("feedback")[1].GetProperty("decision").GetString());
        Assert.Equal(2, final.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("feedbackId").GetInt32()).Distinct().Count());
        var idText = item.ToString(CultureInfo.InvariantCulture);
        var actions = await app.WithDbAsync(db => db.AuditLog.Where(a => a.EntityType == "rectification" && a.EntityId == idText).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(
            ["rectification.create", "rectification.evidence", "rectification.answer", "rectification.return", "rectification.evidence", "rectification.answer", "rectification.accept", "rectification.close"],
            actions);

        // Next year's evaluation of the unit lists last year's items with their status.
        var next = await preparer.CreateDraftAsync(2025);
        var nextEvaluation = (await preparer.GetEvaluationAsync(next)).Evaluation;
        Assert.Equal(2, nextEvaluation.PreviousProblems.Count);
        var done = nextEvaluation.PreviousProblems.Single(p => p.Problem.Contains("复核扣 2 分", StringComparison.Ordinal));
        Assert.Equal(RectificationStatus.Done, done.Status);
        Assert.Equal("已印发 3 月份执行进度通报，并纳入月度例会。", done.Measure);
        Assert.Contains("验证成效并销号", done.Note, StringComparison.Ordinal);
        Assert.Equal(RectificationStatus.NotDone, nextEvaluation.PreviousProblems.Single(p => p.Problem.StartsWith("请说明预算执行率", StringComparison.Ordinal)).Status);

        // The same problem named again this year is a finding.
        var current = await preparer.GetEvaluationAsync(next);
        var repeated = current.Evaluation with { Narrative = current.Evaluation.Narrative with { Problems = "请说明预算执行率偏低的原因并制定整改措施。本年仍存在。" } };
        Assert.Equal(HttpStatusCode.OK, (await preparer.SaveEvaluationAsync(next, current.Summary.Version, repeated)).StatusCode);
        var findings = await preparer.GetJsonAsync($"/api/evaluations/{next}/findings");
        Assert.Contains(findings.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "RECYCLED-PROBLEM");
    }

    [Fact]
    public async Task Rectification_PastDeadline_ListedAndCountedAsOverdue()
    {
        var reviewer = await app.LoginAsync("reviewer");
        var unitId = await app.WithDbAsync(db => db.Units.Where(u => u.Name == "区教育局").Select(u => u.Id).FirstAsync());
        var late = await (await reviewer.PostJsonAsync("/api/rectifications", new
        {
            unitId, year = 2023, source = "Monitoring", problem = "监控发现：校舍维修项目 7 月执行率 18%，红灯。", requiredMeasure = "说明原因并提出纠偏措施。",
            owner = "教育局计财科", deadline = "2024-09-30", sourceRef = "2023 年 7 月监控",
        })).JsonAsync(HttpStatusCode.Created);
        var lateId = late.GetProperty("id").GetInt32();
        var onTime = (await (await reviewer.PostJsonAsync("/api/rectifications", new
        {
            unitId, year = 2023, source = "Manual", problem = "固定资产盘点记录不全。", requiredMeasure = "补齐盘点记录。", owner = "教育局资产科", deadline = "2099-12-31",
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var overdue = await reviewer.GetJsonAsync("/api/rectifications?overdue=true");
        var listed = overdue.EnumerateArray().Select(r => r.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(lateId, listed);
        Assert.DoesNotContain(onTime, listed);
        var row = overdue.EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == lateId);
        Assert.True(row.GetProperty("isOverdue").GetBoolean());
        Assert.True(row.GetProperty("daysOverdue").GetInt32() > 365);
        var counts = await reviewer.GetJsonAsync("/api/rectifications/counts?year=2023");
        Assert.True(counts.GetProperty("overdue").GetInt32() >= 1);
        Assert.True(counts.GetProperty("total").GetInt32() >= 2);

        // Another unit's preparer does not see it; the unit's own preparer does.
        var other = await app.LoginAsync("wjj.tb");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/api/rectifications/{lateId}")).StatusCode);
        Assert.DoesNotContain((await other.GetJsonAsync("/api/rectifications")).EnumerateArray(), r => r.GetProperty("id").GetInt32() == lateId);
        var own = await app.LoginAsync("jyj.tb");
        Assert.True((await own.GetJsonAsync($"/api/rectifications/{lateId}")).GetProperty("summary").GetProperty("isOverdue").GetBoolean());
    }

    [Fact]
    public async Task Rectification_DraftOrPreparer_CannotIssueFromEvaluation()
    {
        var reviewer = await app.LoginAsync("reviewer");
        var inReview = await app.EvaluationOfAsync("区发展和改革局");
        var refused = await reviewer.PostJsonAsync($"/api/evaluations/{inReview}/rectifications", new { deadline = "2099-01-01", owner = "x" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("已退回、已通过或已公开", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var preparer = await app.LoginAsync("xcb.tb");
        var returned = await app.EvaluationOfAsync("区委宣传部");
        Assert.Equal(HttpStatusCode.Forbidden, (await preparer.PostJsonAsync($"/api/evaluations/{returned}/rectifications", new { deadline = "2099-01-01", owner = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await reviewer.PostJsonAsync($"/api/evaluations/{returned}/rectifications", new { deadline = "2099-01-01", owner = " " })).StatusCode);
    }
}

public sealed class RectificationTests_Sqlite(SqliteApp app) : RectificationTests(app), IClassFixture<SqliteApp>;

public sealed class RectificationTests_Postgres(PostgresApp app) : RectificationTests(app), IClassFixture<PostgresApp>;
