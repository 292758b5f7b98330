using Jixiao.Domain.Frameworks;

namespace Jixiao.Domain.Tests;

public class GradeTests
{
    [Theory]
    [InlineData(0, "差")]
    [InlineData(59.99, "差")]
    [InlineData(60, "中")]
    [InlineData(79.99, "中")]
    [InlineData(80, "良")]
    [InlineData(89.99, "良")]
    [InlineData(90, "优")]         // the "> 90" pitfall: exactly 90.00 is 优, not 良
    [InlineData(100, "优")]
    public void For_DefaultBands_EdgesInclusiveAtTheLowerEnd(decimal score, string grade) =>
        Assert.Equal(grade, GradeScale.Default.For(score)?.Name);

    [Fact]
    public void For_ScoreRoundsBeforeGrading_89995Is优()
    {
        // 89.995 is 90.00 after 四舍五入 to two places: graded as shown.
        Assert.Equal("优", GradeScale.Default.For(89.995m)?.Name);
        Assert.Equal("良", GradeScale.Default.For(89.994m)?.Name);
    }

    [Fact]
    public void For_AboveMaximum_NoGrade() => Assert.Null(GradeScale.Default.For(100.01m));

    private const string BandsHeader = """
        id: bands
        name: 等级测试
        kind: 部门整体
        indicators:
          - { code: A, name: 指标, weight: 100, rule: compliance }
        grades:

        """;

    [Fact]
    public void Parse_RegionWith优From80_GradesByItsBands()
    {
        var yaml = BandsHeader + """
              - { name: 优, min: 80, minInclusive: true, max: 100, maxInclusive: true }
              - { name: 良, min: 70, minInclusive: true, max: 80, maxInclusive: false }
              - { name: 中, min: 60, minInclusive: true, max: 70, maxInclusive: false }
              - { name: 差, min: 0, minInclusive: true, max: 60, maxInclusive: false }
            """;
        var framework = FrameworkLoader.Parse(yaml, "bands.yaml");
        Assert.True(framework.IsSuccess, string.Join("\n", framework.Errors));
        var grades = framework.Value.Grades;
        Assert.Equal("优", grades.For(80m)?.Name);
        Assert.Equal("良", grades.For(79.99m)?.Name);
        Assert.Equal("良", grades.For(70m)?.Name);
        Assert.Equal("中", grades.For(69.99m)?.Name);
        Assert.Equal("差", grades.For(59.99m)?.Name);
        Assert.Equal("优", grades.For(100m)?.Name);
    }

    [Fact]
    public void Parse_BandsWithUpperEndsInclusive_90Is良()
    {
        // A legitimate scale where 优 is "> 90" and 良 includes 90: 90.00 is 良 by design here.
        var yaml = BandsHeader + """
              - { name: 优, min: 90, minInclusive: false, max: 100, maxInclusive: true }
              - { name: 良, min: 80, minInclusive: false, max: 90, maxInclusive: true }
              - { name: 中, min: 60, minInclusive: false, max: 80, maxInclusive: true }
              - { name: 差, min: 0, minInclusive: true, max: 60, maxInclusive: true }
            """;
        var grades = FrameworkLoader.Parse(yaml, "bands.yaml").Value.Grades;
        Assert.Equal("良", grades.For(90m)?.Name);
        Assert.Equal("优", grades.For(90.01m)?.Name);
        Assert.Equal("差", grades.For(60m)?.Name);
    }

    [Fact]
    public void Parse_GreaterThan90NextToLessThan90_RejectedBecause90HasNoGrade()
    {
        // The bug of one real system: 优 "> 90" and 良 "< 90" leave 90.00 ungraded (shown as 良 there).
        var yaml = BandsHeader + """
              - { name: 优, min: 90, minInclusive: false, max: 100, maxInclusive: true }
              - { name: 良, min: 80, minInclusive: true, max: 90, maxInclusive: false }
              - { name: 中, min: 60, minInclusive: true, max: 80, maxInclusive: false }
              - { name: 差, min: 0, minInclusive: true, max: 60, maxInclusive: false }
            """;
        var result = FrameworkLoader.Parse(yaml, "bands.yaml");
        Assert.False(result.IsSuccess);
        var e = Assert.Single(result.Errors);
        Assert.Equal(ErrorCatalogue.GradeBands, e.Code);
        Assert.Contains("90 分不属于任何等级", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OverlappingBandsAndMissingTop_EveryProblemReported()
    {
        var yaml = BandsHeader + """
              - { name: 优, min: 85, minInclusive: true, max: 99, maxInclusive: true }
              - { name: 良, min: 60, minInclusive: true, max: 90, maxInclusive: false }
              - { name: 差, min: 10, minInclusive: true, max: 60, maxInclusive: false }
            """;
        var messages = FrameworkLoader.Parse(yaml, "bands.yaml").Errors.Select(e => e.Message).ToList();
        Assert.Contains(messages, m => m.Contains("没有等级包含 0 分", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("没有等级包含满分 100 分", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("重叠", StringComparison.Ordinal));
    }
}
