using Jixiao.Domain.Frameworks;

namespace Jixiao.Domain.Scoring;

/// <summary>An unrounded score with the arithmetic and the Chinese sentence that explain it.</summary>
public readonly record struct ScoredValue(decimal Score, string Arithmetic, string Text);

/// <summary>
/// The DOMAIN §6 operator rules for a measured value against a target: 正向 (≥, &gt;),
/// 反向 (≤, &lt;, zero from a multiple of the target, or the target/actual variant), 等于,
/// with negative actuals clamped to 0. Scores are unrounded; the caller rounds once.
/// </summary>
public static class OperatorScoring
{
    private static string N(decimal v) => Fmt.Short(v);

    private static string S(decimal v) => Fmt.Two(v);

    public static ScoredValue Score(IndicatorOperator op, decimal target, decimal actual, decimal weight, FrameworkSettings settings) =>
        Score(op, target, actual, weight, settings, explain: true);

    /// <summary>As <see cref="Score(IndicatorOperator, decimal, decimal, decimal, FrameworkSettings)"/>; without texts when <paramref name="explain"/> is false.</summary>
    public static ScoredValue Score(IndicatorOperator op, decimal target, decimal actual, decimal weight, FrameworkSettings settings, bool explain)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clamped = actual < 0m ? 0m : actual;
        var (score, outcome) = Apply(op, target, clamped, weight, settings);
        if (!explain)
        {
            return new ScoredValue(score, string.Empty, string.Empty);
        }

        var (arithmetic, text) = Describe(outcome, op, target, clamped, weight, score, settings);
        return new ScoredValue(score, arithmetic, actual < 0m ? $"完成值 {N(actual)} 为负数，按 0 计分；" + text : text);
    }

    /// <summary>Which case of the rules decided a score: the texts are written per case.</summary>
    private enum Outcome
    {
        /// <summary>正向: the target is reached (a "> target" reached exactly counts too: weight × actual/target is the full weight as well).</summary>
        PositiveMet,

        /// <summary>正向 with a target of 0 or less, not reached.</summary>
        PositiveZeroTarget,

        /// <summary>正向, not reached: weight × actual ÷ target.</summary>
        PositiveRatio,

        /// <summary>等于: equal.</summary>
        Equal,

        /// <summary>等于 a target of 0, not equal.</summary>
        EqualZeroTarget,

        /// <summary>反向: within the target.</summary>
        NegativeMet,

        /// <summary>反向 with a target of 0 or less, exceeded.</summary>
        NegativeZeroTarget,

        /// <summary>反向, exceeded, framework variant: weight × target ÷ actual.</summary>
        NegativeTargetOverActual,

        /// <summary>反向, at or beyond the cut-off multiple of the target.</summary>
        NegativeCutoff,

        /// <summary>反向, exceeded: reduced in proportion to the excess.</summary>
        NegativeLinear,
    }

    /// <summary>
    /// The DOMAIN §6 rules, the one implementation for both modes: the unrounded score of a non-negative
    /// actual and the case that gave it. 等于 that is not met is scored as 正向 (≥).
    /// </summary>
    private static (decimal Score, Outcome Outcome) Apply(IndicatorOperator op, decimal target, decimal actual, decimal weight, FrameworkSettings settings)
    {
        switch (op)
        {
            case IndicatorOperator.AtLeast or IndicatorOperator.MoreThan:
                return Positive(op, target, actual, weight);
            case IndicatorOperator.EqualTo:
                return actual == target ? (weight, Outcome.Equal)
                    : target == 0m ? (0m, Outcome.EqualZeroTarget)
                    : Positive(IndicatorOperator.AtLeast, target, actual, weight);
            case IndicatorOperator.AtMost or IndicatorOperator.LessThan:
                var met = op == IndicatorOperator.LessThan ? actual < target : actual <= target;
                if (met || (op == IndicatorOperator.LessThan && actual == target && target > 0m))
                {
                    return (weight, Outcome.NegativeMet);
                }

                if (target <= 0m)
                {
                    return (0m, Outcome.NegativeZeroTarget);
                }

                if (settings.NegativeUsesTargetOverActual)
                {
                    return (weight * target / actual, Outcome.NegativeTargetOverActual);
                }

                var m = settings.NegativeCutoffMultiple;
                return actual >= target * m ? (0m, Outcome.NegativeCutoff) : (weight * (1m - ((actual - target) / ((m - 1m) * target))), Outcome.NegativeLinear);
            default:
                throw new ArgumentException("定性指标不按完成值计分。", nameof(op));
        }
    }

    private static (decimal Score, Outcome Outcome) Positive(IndicatorOperator op, decimal target, decimal actual, decimal weight)
    {
        var met = op == IndicatorOperator.MoreThan ? actual > target : actual >= target;
        if (met || (op == IndicatorOperator.MoreThan && actual == target && target > 0m))
        {
            return (weight, Outcome.PositiveMet);
        }

        return target <= 0m ? (0m, Outcome.PositiveZeroTarget) : (weight * actual / target, Outcome.PositiveRatio);
    }

    /// <summary>The arithmetic and the sentence of a case, for the explanation.</summary>
    private static (string Arithmetic, string Text) Describe(Outcome outcome, IndicatorOperator op, decimal target, decimal actual, decimal weight, decimal score, FrameworkSettings settings)
    {
        var sym = op.Symbol();
        var m = settings.NegativeCutoffMultiple;

        // 等于 not met is scored as 正向 (≥): its 正向 text, introduced as such.
        var (positiveSym, prefix) = op == IndicatorOperator.EqualTo ? (IndicatorOperator.AtLeast.Symbol(), "等于指标未完全相符，按正向指标计分：") : (sym, string.Empty);
        return outcome switch
        {
            Outcome.PositiveMet => ($"{N(actual)} {positiveSym} {N(target)}，得满分 {N(weight)}",
                $"{prefix}正向指标：完成值 {N(actual)} 达到指标值（{positiveSym}{N(target)}），得满分 {N(weight)} 分。"),
            Outcome.PositiveZeroTarget => ($"{N(actual)} 未达到 {positiveSym} {N(target)}，得 0",
                $"{prefix}正向指标：指标值为 {N(target)}，完成值 {N(actual)} 未达到，得 0 分。"),
            Outcome.PositiveRatio => ($"{N(weight)} × {N(actual)} ÷ {N(target)} = {S(score)}",
                $"{prefix}正向指标：完成值 {N(actual)} 未达到指标值 {N(target)}，按完成比例计分 {N(weight)} × {N(actual)} ÷ {N(target)} = {S(score)} 分。"),
            Outcome.Equal => ($"{N(actual)} = {N(target)}，得满分 {N(weight)}",
                $"等于指标：完成值 {N(actual)} 等于指标值，得满分 {N(weight)} 分。"),
            Outcome.EqualZeroTarget => ($"{N(actual)} ≠ 0，得 0",
                $"等于指标：指标值为 0，完成值 {N(actual)} 不等于 0，得 0 分。"),
            Outcome.NegativeMet => ($"{N(actual)} {sym} {N(target)}，得满分 {N(weight)}",
                $"反向指标：完成值 {N(actual)} 控制在指标值（{sym}{N(target)}）以内，得满分 {N(weight)} 分。"),
            Outcome.NegativeZeroTarget => ($"{N(actual)} > {N(target)}，得 0",
                $"反向指标：指标值为 {N(target)}，完成值 {N(actual)} 超出，得 0 分。"),
            Outcome.NegativeTargetOverActual => ($"{N(weight)} × {N(target)} ÷ {N(actual)} = {S(score)}",
                $"反向指标：完成值 {N(actual)} 超出指标值 {N(target)}，按 分值 × 指标值 ÷ 完成值 计分 = {S(score)} 分。"),
            Outcome.NegativeCutoff => ($"{N(actual)} ≥ {N(m)} × {N(target)}，得 0",
                $"反向指标：完成值 {N(actual)} 达到指标值的 {N(m)} 倍（{N(target * m)}）及以上，得 0 分。"),
            Outcome.NegativeLinear => NegativeLinearText(target, actual, weight, score, m),
        };
    }

    private static (string Arithmetic, string Text) NegativeLinearText(decimal target, decimal actual, decimal weight, decimal score, decimal m)
    {
        var denominator = m == 2m ? N(target) : $"({N(m)} − 1) × {N(target)}";
        return ($"{N(weight)} × (1 − ({N(actual)} − {N(target)}) ÷ {denominator}) = {S(score)}",
            $"反向指标：完成值 {N(actual)} 超出指标值 {N(target)}，按超出比例扣减，{N(weight)} × (1 − ({N(actual)} − {N(target)}) ÷ {denominator}) = {S(score)} 分。");
    }
}
