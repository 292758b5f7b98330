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
        if (!explain)
        {
            return new ScoredValue(ScoreOnly(op, target, Math.Max(0m, actual), weight, settings), string.Empty, string.Empty);
        }

        var clampNote = string.Empty;
        if (actual < 0m)
        {
            clampNote = $"完成值 {N(actual)} 为负数，按 0 计分；";
            actual = 0m;
        }

        var result = op switch
        {
            IndicatorOperator.AtLeast or IndicatorOperator.MoreThan => Positive(op, target, actual, weight),
            IndicatorOperator.EqualTo => Equal(target, actual, weight),
            IndicatorOperator.AtMost or IndicatorOperator.LessThan => Negative(op, target, actual, weight, settings),
            IndicatorOperator.Qualitative => throw new ArgumentException("定性指标不按完成值计分。", nameof(op)),
        };
        return result with { Text = clampNote + result.Text };
    }

    /// <summary>The numbers of the rules below, without text (kept in step with them by a property test).</summary>
    private static decimal ScoreOnly(IndicatorOperator op, decimal target, decimal actual, decimal weight, FrameworkSettings settings)
    {
        switch (op)
        {
            case IndicatorOperator.AtLeast or IndicatorOperator.MoreThan:
                return PositiveOnly(op, target, actual, weight);
            case IndicatorOperator.EqualTo:
                return actual == target ? weight : target == 0m ? 0m : PositiveOnly(IndicatorOperator.AtLeast, target, actual, weight);
            case IndicatorOperator.AtMost or IndicatorOperator.LessThan:
                var met = op == IndicatorOperator.LessThan ? actual < target : actual <= target;
                if (met || (op == IndicatorOperator.LessThan && actual == target && target > 0m))
                {
                    return weight;
                }

                if (target <= 0m)
                {
                    return 0m;
                }

                if (settings.NegativeUsesTargetOverActual)
                {
                    return weight * target / actual;
                }

                var m = settings.NegativeCutoffMultiple;
                return actual >= target * m ? 0m : weight * (1m - ((actual - target) / ((m - 1m) * target)));
            default:
                throw new ArgumentException("定性指标不按完成值计分。", nameof(op));
        }
    }

    private static decimal PositiveOnly(IndicatorOperator op, decimal target, decimal actual, decimal weight)
    {
        var met = op == IndicatorOperator.MoreThan ? actual > target : actual >= target;
        if (met || (op == IndicatorOperator.MoreThan && actual == target && target > 0m))
        {
            return weight;
        }

        return target <= 0m ? 0m : weight * actual / target;
    }

    private static ScoredValue Positive(IndicatorOperator op, decimal target, decimal actual, decimal weight)
    {
        var sym = op.Symbol();
        var met = op == IndicatorOperator.MoreThan ? actual > target : actual >= target;
        if (met || (op == IndicatorOperator.MoreThan && actual == target && target > 0m))
        {
            // "> target" reached exactly: weight × actual/target is the full weight as well.
            return new ScoredValue(weight, $"{N(actual)} {sym} {N(target)}，得满分 {N(weight)}",
                $"正向指标：完成值 {N(actual)} 达到指标值（{sym}{N(target)}），得满分 {N(weight)} 分。");
        }

        if (target <= 0m)
        {
            return new ScoredValue(0m, $"{N(actual)} 未达到 {sym} {N(target)}，得 0",
                $"正向指标：指标值为 {N(target)}，完成值 {N(actual)} 未达到，得 0 分。");
        }

        var score = weight * actual / target;
        return new ScoredValue(score, $"{N(weight)} × {N(actual)} ÷ {N(target)} = {S(score)}",
            $"正向指标：完成值 {N(actual)} 未达到指标值 {N(target)}，按完成比例计分 {N(weight)} × {N(actual)} ÷ {N(target)} = {S(score)} 分。");
    }

    private static ScoredValue Equal(decimal target, decimal actual, decimal weight)
    {
        if (actual == target)
        {
            return new ScoredValue(weight, $"{N(actual)} = {N(target)}，得满分 {N(weight)}",
                $"等于指标：完成值 {N(actual)} 等于指标值，得满分 {N(weight)} 分。");
        }

        if (target == 0m)
        {
            return new ScoredValue(0m, $"{N(actual)} ≠ 0，得 0",
                $"等于指标：指标值为 0，完成值 {N(actual)} 不等于 0，得 0 分。");
        }

        var positive = Positive(IndicatorOperator.AtLeast, target, actual, weight);
        return positive with { Text = "等于指标未完全相符，按正向指标计分：" + positive.Text };
    }

    private static ScoredValue Negative(IndicatorOperator op, decimal target, decimal actual, decimal weight, FrameworkSettings settings)
    {
        var sym = op.Symbol();
        var met = op == IndicatorOperator.LessThan ? actual < target : actual <= target;
        if (met || (op == IndicatorOperator.LessThan && actual == target && target > 0m))
        {
            return new ScoredValue(weight, $"{N(actual)} {sym} {N(target)}，得满分 {N(weight)}",
                $"反向指标：完成值 {N(actual)} 控制在指标值（{sym}{N(target)}）以内，得满分 {N(weight)} 分。");
        }

        if (target <= 0m)
        {
            return new ScoredValue(0m, $"{N(actual)} > {N(target)}，得 0",
                $"反向指标：指标值为 {N(target)}，完成值 {N(actual)} 超出，得 0 分。");
        }

        if (settings.NegativeUsesTargetOverActual)
        {
            var v = weight * target / actual;
            return new ScoredValue(v, $"{N(weight)} × {N(target)} ÷ {N(actual)} = {S(v)}",
                $"反向指标：完成值 {N(actual)} 超出指标值 {N(target)}，按 分值 × 指标值 ÷ 完成值 计分 = {S(v)} 分。");
        }

        var m = settings.NegativeCutoffMultiple;
        var cutoff = target * m;
        if (actual >= cutoff)
        {
            return new ScoredValue(0m, $"{N(actual)} ≥ {N(m)} × {N(target)}，得 0",
                $"反向指标：完成值 {N(actual)} 达到指标值的 {N(m)} 倍（{N(cutoff)}）及以上，得 0 分。");
        }

        var span = (m - 1m) * target;
        var score = weight * (1m - ((actual - target) / span));
        var denominator = m == 2m ? N(target) : $"({N(m)} − 1) × {N(target)}";
        return new ScoredValue(score, $"{N(weight)} × (1 − ({N(actual)} − {N(target)}) ÷ {denominator}) = {S(score)}",
            $"反向指标：完成值 {N(actual)} 超出指标值 {N(target)}，按超出比例扣减，{N(weight)} × (1 − ({N(actual)} − {N(target)}) ÷ {denominator}) = {S(score)} 分。");
    }
}
