using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Domain.Tests.Monitoring;

/// <summary>Tasks of a round come from approved goal declarations: scope, funds and every indicator carried over.</summary>
public class MonitoringRoundTests
{
    private static GoalDeclaration Load(string file) =>
        GoalSerializer.Parse(Repo.Read("testdata", "goals", file), file).Value;

    private static readonly GoalDeclaration Project = Load("tangxi-2022-project.yaml");
    private static readonly GoalDeclaration Department = Load("huadu-zzb-2022-department.yaml");

    private static MonitoringRoundDefinition Round(RoundScope scope, decimal? minimum = null, params string[] keys) => new()
    {
        Year = Project.Year,
        AsOf = new DateOnly(Project.Year, 7, 31),
        Deadline = new DateOnly(Project.Year, 8, 15),
        Scope = scope,
        MinimumAmount = minimum,
        KeyProjects = keys,
    };

    [Fact]
    public void Task_FromApprovedProject_IndicatorsAndFundsCarriedOver()
    {
        var task = MonitoringRounds.Task(Round(RoundScope.AllProjects), Project);
        Assert.Equal(Project.Project!.Name, task.ProjectName);
        Assert.Equal(Project.Annual.Indicators.Select(i => (i.Level1, i.Name, i.Target, i.Unit)), task.Indicators.Select(i => (i.Level1, i.Name, i.Target, i.Unit)));
        Assert.Equal(Project.Funds.Sum(f => f.Amount), task.Funds.Sum(f => f.Initial));
        Assert.All(task.Indicators, i => Assert.Null(i.Current));
        Assert.Equal(new DateOnly(Project.Year, 8, 15), task.Deadline);

        // The generated task is a valid monitoring file.
        Assert.Empty(MonitoringSerializer.Validate(task));
        var again = MonitoringSerializer.ParseJson(System.Text.Encoding.UTF8.GetBytes(MonitoringSerializer.ToJsonLine(task)), "round", 1);
        Assert.True(again.IsSuccess, string.Join("；", again.Errors));
    }

    [Fact]
    public void Covers_Scopes()
    {
        var total = Project.Funds.Sum(f => f.Amount);
        Assert.True(MonitoringRounds.Covers(Round(RoundScope.AllProjects), Project));
        Assert.False(MonitoringRounds.Covers(Round(RoundScope.Departments), Project));
        Assert.True(MonitoringRounds.Covers(Round(RoundScope.ProjectsAbove, total), Project));
        Assert.False(MonitoringRounds.Covers(Round(RoundScope.ProjectsAbove, total + 0.01m), Project));
        Assert.True(MonitoringRounds.Covers(Round(RoundScope.KeyProjects, null, Project.Project!.Name), Project));
        Assert.False(MonitoringRounds.Covers(Round(RoundScope.KeyProjects, null, "别的项目"), Project));
        Assert.False(MonitoringRounds.Covers(Round(RoundScope.AllProjects) with { Year = Project.Year + 1 }, Project));
    }

    [Fact]
    public void Tasks_Everything_OnePerDeclaration()
    {
        var round = Round(RoundScope.Everything) with { Year = Department.Year };
        var tasks = MonitoringRounds.Tasks(round, [Department, Project]).ToList();
        Assert.Equal(new[] { Department, Project }.Count(d => d.Year == Department.Year), tasks.Count);
    }
}
