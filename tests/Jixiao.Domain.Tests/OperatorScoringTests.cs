using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Tests;

/// <summary>DOMAIN §6 operator rules with hand-computed values.</summary>
public class OperatorScoringTests
{
    private static readonly FrameworkSettings Defaults = new();

    private static decimal Score(IndicatorOperator op, decimal target, decimal actual, decimal weight = 10m, FrameworkSettings? settings = null) =>
        Money.Round(OperatorScoring.Score(op, target, actual, weight, settings ?? Defaults).Score);

    [Theory]
    [InlineData(100, 100, 10)]      // met exactly
    [InlineData(100, 120, 10)]      // over-achieved: still full, never above weight
    [InlineData(100, 95, 9.5)]      // 10 × 95 / 100
    [InlineData(16, 12, 7.5)]       // 10 × 12 / 16
    [InlineData(3, 2, 6.67)]        // 10 × 2 / 3 = 6.666… → 6.67
    [InlineData(100, 0, 0)]
    public void Score_AtLeast_FullWhenMetElseProportional(decimal target, decimal actual, decimal expected) =>
        Assert.Equal(expected, Score(IndicatorOperator.AtLeast, target, actual));

    [Fact]
    public void Score_MoreThanReachedExactly_FullByProportion() =>
        Assert.Equal(10m, Score(IndicatorOperator.MoreThan, 100m, 100m));

    [Fact]
    public void Score_AtLeastTargetZero_Full() => Assert.Equal(10m, Score(IndicatorOperator.AtLeast, 0m, 0m));

    [Theory]
    [InlineData(100, 80, 10)]       // within the limit
    [InlineData(100, 100, 10)]
    [InlineData(100, 120, 8)]       // 10 × (1 − 20/100)
    [InlineData(100, 150, 5)]       // 10 × (1 − 50/100)
    [InlineData(100, 199, 0.1)]     // 10 × (1 − 99/100)
    [InlineData(100, 200, 0)]       // from 2 × target: 0
    [InlineData(100, 350, 0)]
    [InlineData(30, 36, 8)]         // 10 × (1 − 6/30)
    public void Score_AtMost_LinearCutToZeroAtTwiceTarget(decimal target, decimal actual, decimal expected) =>
        Assert.Equal(expected, Score(IndicatorOperator.AtMost, target, actual));

    [Theory]
    [InlineData(0, 0, 10)]
    [InlineData(0, 0.01, 0)]
    [InlineData(0, 3, 0)]
    public void Score_AtMostTargetZero_FullOnlyAtZero(decimal target, decimal actual, decimal expected) =>
        Assert.Equal(expected, Score(IndicatorOperator.AtMost, target, actual));

    [Fact]
    public void Score_LessThanEqualToTarget_Full() => Assert.Equal(10m, Score(IndicatorOperator.LessThan, 5m, 5m));

    [Fact]
    public void Score_AtMostTargetOverActualVariant_WeightTimesTargetOverActual()
    {
        var variant = new FrameworkSettings { NegativeUsesTargetOverActual = true };
        Assert.Equal(8m, Score(IndicatorOperator.AtMost, 100m, 125m, settings: variant));   // 10 × 100 / 125
        Assert.Equal(4m, Score(IndicatorOperator.AtMost, 100m, 250m, settings: variant));   // no cut-off in the variant
    }

    [Fact]
    public void Score_AtMostCutoffMultipleThree_ZeroFromThreeTimesTarget()
    {
        var settings = new FrameworkSettings { NegativeCutoffMultiple = 3m };
        Assert.Equal(5m, Score(IndicatorOperator.AtMost, 100m, 200m, settings: settings));  // 10 × (1 − 100 / 200)
        Assert.Equal(0m, Score(IndicatorOperator.AtMost, 100m, 300m, settings: settings));
    }

    [Theory]
    [InlineData(100, 100, 10)]
    [InlineData(100, 90, 9)]        // below: as 正向
    [InlineData(100, 110, 10)]      // above: as 正向 (met)
    [InlineData(0, 0, 10)]
    [InlineData(0, 1, 0)]           // target 0 missed: 0
    public void Score_EqualTo_FullWhenEqualOtherwiseAsPositive(decimal target, decimal actual, decimal expected) =>
        Assert.Equal(expected, Score(IndicatorOperator.EqualTo, target, actual));

    [Fact]
    public void Score_NegativeActual_ClampedToZero()
    {
        var scored = OperatorScoring.Score(IndicatorOperator.AtLeast, 100m, -20m, 10m, Defaults);
        Assert.Equal(0m, scored.Score);
        Assert.Contains("负数", scored.Text, StringComparison.Ordinal);
        Assert.Equal(10m, Score(IndicatorOperator.AtMost, 100m, -5m));
    }

    [Fact]
    public void Score_Qualitative_Throws() =>
        Assert.Throws<ArgumentException>(() => OperatorScoring.Score(IndicatorOperator.Qualitative, 1m, 1m, 10m, Defaults));
}
