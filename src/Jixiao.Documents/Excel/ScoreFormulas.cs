using System.Globalization;
using Jixiao.Domain;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Documents.Excel;

/// <summary>
/// The scoring rules of DOMAIN §6 as Excel formulas, written to give the same figures as
/// <c>Scorer</c> (same precedence of inputs, same clamps and caps, 四舍五入 to two places once per leaf
/// with ROUND, which rounds half away from zero like <c>Money.Round</c>). Arguments are cell
/// references or expressions; every function used exists in Excel, WPS and LibreOffice.
/// </summary>
internal static class ScoreFormulas
{
    public static string Num(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>
    /// The completion rate (0–1) of an actual against a target under an operator: the score of
    /// <c>OperatorScoring</c> for a weight of 1 (negative actuals count as 0). Linear in the weight, so
    /// weight × rate is the operator score.
    /// </summary>
    public static string OperatorRate(IndicatorOperator op, string target, string actual, FrameworkSettings settings)
    {
        var a = $"MAX(0,{actual})";
        var t = target;
        string Positive(bool strict) => $"IF({a}{(strict ? ">" : ">=")}{t},1,IF({t}<=0,0,{a}/{t}))";
        var variant = settings.NegativeUsesTargetOverActual
            ? $"{t}/{a}"
            : $"IF({a}>={t}*{Num(settings.NegativeCutoffMultiple)},0,1-({a}-{t})/(({Num(settings.NegativeCutoffMultiple)}-1)*{t}))";
        return op switch
        {
            IndicatorOperator.AtLeast => Positive(strict: false),
            IndicatorOperator.MoreThan => Positive(strict: true),
            IndicatorOperator.EqualTo => $"IF({a}={t},1,IF({t}=0,0,{Positive(strict: false)}))",
            IndicatorOperator.AtMost => $"IF({a}<={t},1,IF({t}<=0,0,{variant}))",
            IndicatorOperator.LessThan => $"IF({a}<{t},1,IF({t}<=0,0,IF({a}={t},1,{variant})))",
            IndicatorOperator.Qualitative => throw new ArgumentException("定性指标不按完成值计分。", nameof(op)),
        };
    }

    /// <summary>A comparison of DOMAIN §6 thresholds and steps (≥ > = ≤ &lt;) as an Excel condition.</summary>
    public static string Meets(IndicatorOperator op, string value, decimal limit) => op switch
    {
        IndicatorOperator.AtLeast => $"{value}>={Num(limit)}",
        IndicatorOperator.MoreThan => $"{value}>{Num(limit)}",
        IndicatorOperator.EqualTo => $"{value}={Num(limit)}",
        IndicatorOperator.AtMost => $"{value}<={Num(limit)}",
        IndicatorOperator.LessThan => $"{value}<{Num(limit)}",
        IndicatorOperator.Qualitative => "FALSE",
    };

    /// <summary>
    /// 比率指标: the ratio in percent (a direct value or numerator ÷ denominator × 100, negative counted as 0,
    /// rounded to 10 places so that 95 % computed in binary floating point still meets a ≥ 95 % step) scored by
    /// the rule's proportional, threshold or step table.
    /// </summary>
    public static string Ratio(RatioRule rule, string weight, string percent)
    {
        var p = $"MAX(0,ROUND({percent},10))";
        switch (rule.Scoring)
        {
            case RatioScoring.Proportional:
                return $"MIN({weight},{weight}*{p}/100)";
            case RatioScoring.Threshold when rule.Threshold is { } t:
                var missed = t.DeductPerPoint is { } k ? $"MAX(0,{weight}-{Num(k)}*ABS({p}-{Num(t.Percent)}))" : "0";
                return $"IF({Meets(t.Operator, p, t.Percent)},{weight},{missed})";
            case RatioScoring.Steps:
                var formula = "0";
                for (var i = rule.Steps.Count - 1; i >= 0; i--)
                {
                    var step = rule.Steps[i];
                    formula = $"IF({Meets(step.Operator, p, step.Percent)},{Num(step.Points)},{formula})";
                }

                return formula;
            default:
                throw new ArgumentException("比率指标缺少评分标准。", nameof(rule));
        }
    }

    /// <summary>预算执行率: weight × rate (negative counted as 0), capped at the weight when the framework says so.</summary>
    public static string Execution(string weight, string rate, bool cap)
    {
        var raw = $"{weight}*MAX(0,{rate})";
        return cap ? $"MIN({weight},{raw})" : raw;
    }

    /// <summary>
    /// The leaf's final score from its rule's value: kept within [0, weight] (an uncapped execution rate only
    /// above 0), less the self deductions (at least 0), rounded to two places; when not-applicable leaves were
    /// excluded, multiplied by the rescaling factor and rounded again, as the scorer does.
    /// </summary>
    public static string Leaf(string inner, string weight, bool uncapped, IReadOnlyList<string> deductions, string? factor)
    {
        var clamped = uncapped ? $"MAX(0,{inner})" : $"MAX(0,MIN({weight},{inner}))";
        var deducted = deductions.Count == 0 ? clamped : $"MAX(0,{clamped}-({string.Join("+", deductions)}))";
        var rounded = $"ROUND({deducted},2)";
        return factor is null ? rounded : $"ROUND({rounded}*{factor},2)";
    }
}
