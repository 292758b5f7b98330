using System.Text.RegularExpressions;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Domain.Checks;

/// <summary>
/// 绩效目标质量检查 (lint of declared goal indicators): a target should be quantified, with a unit
/// and an operator; vague wording, 100 % satisfaction without a survey, output indicators that
/// only restate the task and 定性 indicators where a number was possible are flagged.
/// </summary>
public static partial class IndicatorLint
{
    public static IReadOnlyList<Finding> Run(CheckSubject subject, CheckSettings settings)
    {
        var findings = new List<Finding>();
        var e = subject.Evaluation;
        var missing = subject.Missing.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < e.Goals.Count; i++)
        {
            var g = e.Goals[i];
            var path = $"goals[{i}]";
            var src = subject.SourceOf(path);
            var target = g.TargetText ?? (g.Target is { } t ? Checker.F(t) : null);
            var where = new Evidence("指标", $"{g.Level1}/{g.Level2}/{g.Name}：指标值“{target ?? "（无）"}”", src);
            var quantitative = g.Operator != IndicatorOperator.Qualitative;
            var hasNumber = g.Target is not null || (target is not null && Digit().IsMatch(target));

            if (quantitative && !hasNumber)
            {
                findings.Add(F("LINT-NO-NUMBER", $"指标“{g.Name}”的指标值{(target is null ? "没有填写" : $"“{target}”没有数字")}，无法衡量完成程度。", path + ".target", where));
            }

            if (quantitative && hasNumber && string.IsNullOrWhiteSpace(g.Unit) && (target is null || !HasUnit().IsMatch(target)))
            {
                findings.Add(F("LINT-NO-UNIT", $"指标“{g.Name}”的指标值 {target} 没有计量单位（个、次、%、万元、天……）。", path + ".unit", where));
            }

            if (missing.Contains(path + ".operator"))
            {
                findings.Add(F("LINT-NO-OPERATOR", $"指标“{g.Name}”没有写指标性质（≥、≤、= 或定性），无法判断正向还是反向。", path + ".operator", where));
            }

            var vague = settings.VagueWords.FirstOrDefault(w => (target ?? string.Empty).Contains(w, StringComparison.Ordinal) || g.Name.Contains(w, StringComparison.Ordinal));
            if (vague is not null)
            {
                findings.Add(F("LINT-VAGUE", $"指标“{g.Name}”用了模糊表述“{vague}”，应改为可衡量的目标值。", path + ".target", where, new Evidence("模糊词", vague, "checks.vagueWords")));
            }

            if (g.Name.Contains("满意", StringComparison.Ordinal) || g.Level2.Contains("满意", StringComparison.Ordinal))
            {
                var hundred = g.Target is >= 100m || g.Actual is >= 100m || (target?.Contains("100%", StringComparison.Ordinal) ?? false) || (g.ActualText?.Contains("100%", StringComparison.Ordinal) ?? false);
                var basis = string.Concat(g.Basis, g.Reason, g.ActualText);
                if (hundred && !settings.SurveyWords.Any(w => basis.Contains(w, StringComparison.Ordinal)))
                {
                    findings.Add(new Finding("LINT-SATISFACTION-100", Severity.Suspect, $"满意度指标“{g.Name}”为 100%，但未说明问卷或调查依据（样本、方式）。", [where]) { Path = path + ".basis" });
                }
            }

            var countable = settings.CountableLevel2.Any(l => g.Level2.Contains(l, StringComparison.Ordinal)) || Countable().IsMatch(g.Name);
            if ((!quantitative || !hasNumber) && countable && target is not null)
            {
                findings.Add(F("LINT-QUALITATIVE-NUMERIC", $"指标“{g.Name}”（{(g.Level2.Length > 0 ? g.Level2 : "可计量")}）写成定性表述“{target}”，本可以用数字（数量、天数、金额、比率）衡量。", path + ".target", where));
            }

            if (g.Level1.Contains("产出", StringComparison.Ordinal) && RestatesTask(g, e))
            {
                findings.Add(F("LINT-RESTATES-TASK", $"产出指标“{g.Name}”只是复述了工作任务，没有说明产出的数量、质量或时限。", path + ".name", where));
            }
        }

        // 100 % satisfaction claimed in the narrative without a survey.
        foreach (var (key, text) in new[] { ("narrative.goalAnalysis", e.Narrative.GoalAnalysis), ("narrative.achievements", e.Narrative.Achievements) })
        {
            if (text is not null && SatisfactionHundred().Match(text) is { Success: true } m && !settings.SurveyWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
            {
                findings.Add(F("LINT-SATISFACTION-100", $"文中写“{m.Value}”，但未说明满意度调查的方式和样本。", key, new Evidence("原文", m.Value, subject.SourceOf(key))));
                break;
            }
        }

        return findings;
    }

    private static Finding F(string code, string message, string path, params Evidence[] evidence) =>
        new(code, Severity.Note, message, evidence) { Path = path };

    private static bool RestatesTask(GoalIndicator g, Evaluation e)
    {
        var noMeasure = g.Target is null || (g.Target == 100m && string.IsNullOrWhiteSpace(g.Unit) && !(g.TargetText ?? string.Empty).Contains('%', StringComparison.Ordinal));
        if (TaskVerb().IsMatch(g.Name) && noMeasure)
        {
            return true;
        }

        var task = string.Concat(e.OverallGoal, e.ProjectName);
        return g.Name.Length >= 8 && task.Length > 0 && RecycledText.Containment(g.Name, task, 3) >= 0.8m;
    }

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"\d\s*(%|％|百分比|万元|元|个|次|人次|人|天|日|月|期|项|家|户|份|台|套|篇|场|部|条|件|小时|公里|km|亩|平方米|吨|所|座|批|班|课时)")]
    private static partial Regex HasUnit();

    [GeneratedRegex(@"率|数量|次数|人次|天数|时限|及时|成本|金额|费用|个数|面积|里程")]
    private static partial Regex Countable();

    [GeneratedRegex(@"^(完成|开展|做好|实施|推进|落实|按要求|按时完成|确保|保障)")]
    private static partial Regex TaskVerb();

    [GeneratedRegex(@"满意度(达到?|为|达)?\s*100\s*%")]
    private static partial Regex SatisfactionHundred();
}
