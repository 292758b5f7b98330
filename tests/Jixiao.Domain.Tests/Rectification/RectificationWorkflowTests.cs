using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Rectification;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Tests.Rectification;

public class RectificationWorkflowTests
{
    [Fact]
    public void Apply_AnswerReturnAnswerAcceptClose_ReachesClosed()
    {
        var s = RectificationState.Open;
        s = RectificationWorkflow.Apply(s, RectificationAction.Answer, ActorRole.Preparer, "已修订制度", 1).Value;
        Assert.Equal(RectificationState.Answered, s);
        s = RectificationWorkflow.Apply(s, RectificationAction.Return, ActorRole.Reviewer, "佐证不足", 0).Value;
        Assert.Equal(RectificationState.Returned, s);
        s = RectificationWorkflow.Apply(s, RectificationAction.Answer, ActorRole.Preparer, "补充会议纪要", 1).Value;
        s = RectificationWorkflow.Apply(s, RectificationAction.Accept, ActorRole.Reviewer, null, 0).Value;
        Assert.Equal(RectificationState.Accepted, s);
        s = RectificationWorkflow.Apply(s, RectificationAction.Close, ActorRole.Reviewer, "抽查三笔支出，均已按新制度审批", 0).Value;
        Assert.Equal(RectificationState.Closed, s);
    }

    [Theory]
    [InlineData(RectificationState.Open)]
    [InlineData(RectificationState.Answered)]
    [InlineData(RectificationState.Returned)]
    [InlineData(RectificationState.Closed)]
    public void Apply_CloseBeforeAccepted_IsRefusedWithReason(RectificationState from)
    {
        var result = RectificationWorkflow.Apply(from, RectificationAction.Close, ActorRole.Reviewer, "已验证", 0);

        Assert.False(result.IsSuccess);
        Assert.Equal("rectification.illegal-transition", result.Errors[0].Code);
    }

    [Fact]
    public void Apply_CloseWithoutVerification_IsRefused()
    {
        var result = RectificationWorkflow.Apply(RectificationState.Accepted, RectificationAction.Close, ActorRole.Reviewer, " ", 0);

        Assert.Equal("rectification.verification-required", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Apply_AnswerWithoutTextOrEvidence_ReportsBoth()
    {
        var result = RectificationWorkflow.Apply(RectificationState.Open, RectificationAction.Answer, ActorRole.Preparer, "", 0);

        Assert.Equal(["rectification.measure-required", "rectification.evidence-required"], result.Errors.Select(e => e.Code).ToArray());
    }

    [Theory]
    [InlineData(RectificationAction.Accept, ActorRole.Preparer)]
    [InlineData(RectificationAction.Return, ActorRole.Approver)]
    public void Apply_UnitDecides_IsRoleMismatch(RectificationAction action, ActorRole role)
    {
        var result = RectificationWorkflow.Apply(RectificationState.Answered, action, role, "x", 1);

        Assert.Equal("rectification.role-mismatch", result.Errors[0].Code);
    }

    [Fact]
    public void Apply_ReviewerAnswers_IsRoleMismatch()
    {
        Assert.Equal("rectification.role-mismatch", RectificationWorkflow.Apply(RectificationState.Open, RectificationAction.Answer, ActorRole.Reviewer, "x", 1).Errors[0].Code);
    }

    [Theory]
    [InlineData(RectificationState.Open, "2026-03-31", "2026-04-01", true, 1)]
    [InlineData(RectificationState.Returned, "2026-03-31", "2026-04-10", true, 10)]
    [InlineData(RectificationState.Open, "2026-03-31", "2026-03-31", false, 0)]
    [InlineData(RectificationState.Answered, "2026-03-31", "2026-05-01", false, 0)]
    [InlineData(RectificationState.Accepted, "2026-03-31", "2026-05-01", false, 0)]
    [InlineData(RectificationState.Closed, "2026-03-31", "2026-05-01", false, 0)]
    public void IsOverdue_DeadlineAndState_OnlyWhenUnitOwesAnswer(RectificationState state, string deadline, string today, bool overdue, int days)
    {
        var d = DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture);
        var t = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(overdue, RectificationWorkflow.IsOverdue(state, d, t));
        Assert.Equal(days, RectificationWorkflow.DaysOverdue(state, d, t));
    }

    [Fact]
    public void PreviousProblems_LedgerStates_GiveReportStatusAndNote()
    {
        var today = new DateOnly(2026, 5, 1);
        var items = RectificationCarryOver.PreviousProblems(
        [
            new LedgerItem("预算执行率偏低", "按月通报执行进度", RectificationState.Closed, 2, "建立月度通报", new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 2), "抽查 4 月执行率 35%"),
            new LedgerItem("绩效目标未量化", "细化指标", RectificationState.Open, 0, null, new DateOnly(2026, 3, 31), null, null),
            new LedgerItem("三公经费超支", "压减", RectificationState.Answered, 1, "已压减 10%", new DateOnly(2026, 6, 30), null, null),
        ], today);

        Assert.Equal([RectificationStatus.Done, RectificationStatus.NotDone, RectificationStatus.InProgress], items.Select(i => i.Status!.Value).ToArray());
        Assert.Equal("建立月度通报", items[0].Measure);
        Assert.Contains("2026-04-02", items[0].Note, StringComparison.Ordinal);
        Assert.Contains("逾期 31 天", items[1].Note, StringComparison.Ordinal);
        Assert.Equal("细化指标", items[1].Measure);
    }

    [Fact]
    public void Merge_HandWrittenAndLedgerEntries_KeepsHandWrittenReplacesLedger()
    {
        IReadOnlyList<RectificationItem> current =
        [
            new RectificationItem { Problem = "预算执行率偏低。", Status = RectificationStatus.NotDone },
            new RectificationItem { Problem = "单位自查发现的资产盘点问题", Status = RectificationStatus.Done },
        ];
        IReadOnlyList<RectificationItem> ledger =
        [
            new RectificationItem { Problem = "预算执行率偏低", Status = RectificationStatus.Done },
            new RectificationItem { Problem = "绩效目标未量化", Status = RectificationStatus.NotDone },
        ];

        var merged = RectificationCarryOver.Merge(current, ledger);

        Assert.Equal(["预算执行率偏低", "单位自查发现的资产盘点问题", "绩效目标未量化"], merged.Select(m => m.Problem).ToArray());
        Assert.Equal(RectificationStatus.Done, merged[0].Status);
    }

    [Fact]
    public void RepeatedProblems_LastYearProblemNamedAgain_IsFinding()
    {
        var evaluation = new Evaluation
        {
            Unit = "区司法局",
            Year = 2025,
            Kind = EvaluationKind.Department,
            FrameworkId = "gz-district-dept-2022",
            Narrative = new Narrative { Problems = "一是部分项目预算编制不够精细，执行进度前慢后快；二是绩效目标设置仍偏定性。" },
            PreviousProblems =
            [
                new RectificationItem { Problem = "部分项目预算编制不够精细，执行进度前慢后快", Status = RectificationStatus.Done },
                new RectificationItem { Problem = "政府采购合同备案不及时", Status = RectificationStatus.InProgress },
            ],
        };

        var findings = RepeatedProblems.Run(evaluation, new CheckSettings());

        var f = Assert.Single(findings);
        Assert.Equal(RepeatedProblems.Code, f.Code);
        Assert.Equal(Severity.Suspect, f.Severity);
        Assert.Contains("已报“已整改”", f.Message, StringComparison.Ordinal);
        Assert.Equal("previousProblems[0].problem", f.Evidence[0].Source);
    }

    [Fact]
    public void RepeatedProblems_CheckerRun_IncludesTheFindingAndCanBeDisabled()
    {
        var evaluation = new Evaluation
        {
            Unit = "区司法局",
            Year = 2025,
            Kind = EvaluationKind.Department,
            FrameworkId = "x",
            Narrative = new Narrative { Problems = "绩效目标未量化，指标多为定性描述。" },
            PreviousProblems = [new RectificationItem { Problem = "绩效目标未量化，指标多为定性描述", Status = RectificationStatus.NotDone }],
        };
        var subject = new CheckSubject { Name = "t", Evaluation = evaluation };

        Assert.Contains(Checker.Run(subject), f => f.Code == RepeatedProblems.Code && f.Severity == Severity.Note);
        Assert.DoesNotContain(RepeatedProblems.Run(evaluation, new CheckSettings { Disabled = [RepeatedProblems.Code] }), _ => true);
    }
}
