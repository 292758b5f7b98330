using Jixiao.Domain.Review;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Domain.Tests.Monitoring;

/// <summary>The monitoring task's state machine: who moves it where, and what a move needs.</summary>
public class MonitoringWorkflowTests
{
    [Theory]
    [InlineData(MonitoringTaskState.Pending, MonitoringAction.Submit, ActorRole.Preparer, MonitoringTaskState.Submitted)]
    [InlineData(MonitoringTaskState.Pending, MonitoringAction.Submit, ActorRole.Approver, MonitoringTaskState.Submitted)]
    [InlineData(MonitoringTaskState.Submitted, MonitoringAction.Return, ActorRole.Reviewer, MonitoringTaskState.Returned)]
    [InlineData(MonitoringTaskState.Returned, MonitoringAction.Resubmit, ActorRole.Preparer, MonitoringTaskState.Resubmitted)]
    [InlineData(MonitoringTaskState.Resubmitted, MonitoringAction.Return, ActorRole.Reviewer, MonitoringTaskState.Returned)]
    [InlineData(MonitoringTaskState.Resubmitted, MonitoringAction.Confirm, ActorRole.Reviewer, MonitoringTaskState.Confirmed)]
    [InlineData(MonitoringTaskState.Submitted, MonitoringAction.Confirm, ActorRole.Admin, MonitoringTaskState.Confirmed)]
    public void Apply_LegalMove_ReachesState(MonitoringTaskState from, MonitoringAction action, ActorRole role, MonitoringTaskState expected)
    {
        var moved = MonitoringWorkflow.Apply(from, action, role, "意见");

        Assert.True(moved.IsSuccess, string.Join("; ", moved.Errors));
        Assert.Equal(expected, moved.Value);
        Assert.Contains(action, MonitoringWorkflow.Available(from, role));
    }

    [Theory]
    [InlineData(MonitoringTaskState.Pending, MonitoringAction.Return, ActorRole.Reviewer, "monitoring.illegal-transition")]
    [InlineData(MonitoringTaskState.Confirmed, MonitoringAction.Return, ActorRole.Reviewer, "monitoring.illegal-transition")]
    [InlineData(MonitoringTaskState.Confirmed, MonitoringAction.Submit, ActorRole.Preparer, "monitoring.illegal-transition")]
    [InlineData(MonitoringTaskState.Submitted, MonitoringAction.Submit, ActorRole.Preparer, "monitoring.illegal-transition")]
    [InlineData(MonitoringTaskState.Pending, MonitoringAction.Submit, ActorRole.Reviewer, "monitoring.role-mismatch")]
    [InlineData(MonitoringTaskState.Submitted, MonitoringAction.Return, ActorRole.Preparer, "monitoring.role-mismatch")]
    [InlineData(MonitoringTaskState.Submitted, MonitoringAction.Confirm, ActorRole.Approver, "monitoring.role-mismatch")]
    public void Apply_IllegalMove_RefusedWithCode(MonitoringTaskState from, MonitoringAction action, ActorRole role, string code)
    {
        var moved = MonitoringWorkflow.Apply(from, action, role, "意见");

        Assert.False(moved.IsSuccess);
        Assert.Equal(code, moved.Errors[0].Code);
        Assert.DoesNotContain(action, MonitoringWorkflow.Available(from, role));
    }

    [Theory]
    [InlineData(MonitoringAction.Return, MonitoringTaskState.Submitted)]
    [InlineData(MonitoringAction.Confirm, MonitoringTaskState.Resubmitted)]
    public void Apply_ReturnOrConfirmWithoutComment_RefusedNamingTheComment(MonitoringAction action, MonitoringTaskState from)
    {
        var moved = MonitoringWorkflow.Apply(from, action, ActorRole.Reviewer, "  ");

        Assert.False(moved.IsSuccess);
        Assert.Equal("comment", moved.Errors[0].Path);
    }

    [Theory]
    [InlineData(MonitoringTaskState.Pending, ActorRole.Preparer, true)]
    [InlineData(MonitoringTaskState.Returned, ActorRole.Approver, true)]
    [InlineData(MonitoringTaskState.Submitted, ActorRole.Preparer, false)]
    [InlineData(MonitoringTaskState.Confirmed, ActorRole.Preparer, false)]
    [InlineData(MonitoringTaskState.Pending, ActorRole.Reviewer, false)]
    public void CanEdit_StateAndRole_OnlyTheUnitWhileOpen(MonitoringTaskState state, ActorRole role, bool expected) =>
        Assert.Equal(expected, MonitoringWorkflow.CanEdit(state, role));

    [Fact]
    public void Names_EveryStateActionAndKind_HaveChineseNames()
    {
        Assert.All(Enum.GetValues<MonitoringTaskState>(), s => Assert.False(string.IsNullOrWhiteSpace(s.Name())));
        Assert.All(Enum.GetValues<MonitoringAction>(), a => Assert.False(string.IsNullOrWhiteSpace(a.Name())));
        Assert.All(Enum.GetValues<FollowUpKind>(), k => Assert.False(string.IsNullOrWhiteSpace(k.Name())));
        Assert.Equal(58.33m, MonitoringText.TimeProgressPercent(new DateOnly(2026, 7, 31), MonthCounting.Completed));
    }
}
