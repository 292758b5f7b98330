using System.Globalization;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Domain.Rectification;

/// <summary>
/// 上年问题再次出现 (CYCLE §5: the same problem named again next year is itself a finding): this year's 存在的主要问题 is
/// compared with each of last year's problems listed in 上年问题整改情况 (filled from the rectification ledger) by
/// character n-grams, like <see cref="RecycledText"/>. A problem reported as 已整改 that comes back is 疑似; one still
/// being rectified is a 提示.
/// </summary>
public static class RepeatedProblems
{
    public const string Code = "RECYCLED-PROBLEM";

    /// <summary>Shortest last-year problem (characters after <see cref="RecycledText.Clean"/>) that is compared.</summary>
    public const int MinChars = 6;

    public static IReadOnlyList<Finding> Run(Evaluation evaluation, CheckSettings settings)
    {
        var findings = new List<Finding>();
        var problems = evaluation.Narrative.Problems;
        if (!settings.IsEnabled(Code) || string.IsNullOrWhiteSpace(problems) || evaluation.PreviousProblems.Count == 0)
        {
            return findings;
        }

        var n = Math.Max(2, settings.NgramSize);
        for (var i = 0; i < evaluation.PreviousProblems.Count; i++)
        {
            var previous = evaluation.PreviousProblems[i];
            if (RecycledText.Clean(previous.Problem).Length < MinChars)
            {
                continue;
            }

            var containment = RecycledText.Containment(previous.Problem, problems, n);
            if (containment < settings.RecycledContainment)
            {
                continue;
            }

            var percent = Math.Round(containment * 100m, 0).ToString(CultureInfo.InvariantCulture);
            var claimedDone = previous.Status == RectificationStatus.Done;
            var status = previous.Status?.Name() ?? "未填写";
            findings.Add(new Finding(
                Code,
                claimedDone ? Severity.Suspect : Severity.Note,
                claimedDone
                    ? $"上年问题“{previous.Problem}”已报“已整改”，但本年“存在的主要问题”再次出现（{percent}% 的{n}字片段相同），请核实整改成效。"
                    : $"上年问题“{previous.Problem}”（{status}）本年再次出现（{percent}% 的{n}字片段相同），请说明整改进展。",
                [
                    new Evidence("上年问题", previous.Problem, string.Create(CultureInfo.InvariantCulture, $"previousProblems[{i}].problem")),
                    new Evidence("上年整改状态", status, string.Create(CultureInfo.InvariantCulture, $"previousProblems[{i}].status")),
                    new Evidence("相同片段比例", percent + "%", $"{n}-gram 包含度：上年问题中出现在本年问题里的片段 ÷ 上年问题的片段"),
                    new Evidence("本年存在的主要问题", problems.Length > 120 ? problems[..120] + "…" : problems, "narrative.problems"),
                ])
            { Path = "narrative.problems" });
        }

        return findings;
    }
}
