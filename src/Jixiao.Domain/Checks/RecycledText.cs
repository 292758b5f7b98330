using System.Text;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Domain.Checks;

/// <summary>
/// 套用往年或他人文字 (recycled narrative): each narrative section (problems, measures, achievements,
/// management, goal analysis) is compared with the same section of the other documents by
/// character n-grams (no word segmentation): containment = shared n-grams ÷ the section's n-grams.
/// A finding names the matched document and shows the longest shared passage.
/// </summary>
public static class RecycledText
{
    private static readonly (string Key, string Title, Func<Narrative, string?> Get)[] Sections =
    [
        ("problems", "存在的主要问题", n => n.Problems),
        ("measures", "改进措施", n => n.Measures),
        ("achievements", "主要工作成效", n => n.Achievements),
        ("management", "绩效管理情况", n => n.Management),
        ("goalAnalysis", "绩效目标完成情况分析", n => n.GoalAnalysis),
    ];

    /// <summary>Titles of the subject's sections long enough to be compared (empty: nothing to compare).</summary>
    public static IReadOnlyList<string> Comparable(CheckSubject subject, CheckSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        settings ??= new CheckSettings();
        return [.. Sections.Where(x => x.Get(subject.Evaluation.Narrative) is { } t && Clean(t).Length >= settings.RecycledMinChars).Select(x => x.Title)];
    }

    /// <summary>
    /// What a comparison over <paramref name="subjects"/> covered for one of them: ran when it had a
    /// comparable section and there was another document to compare with.
    /// </summary>
    public static CoverageItem Coverage(CheckSubject subject, int documents, CheckSettings? settings = null)
    {
        var sections = Comparable(subject, settings);
        return documents < 2
            ? new CoverageItem(CheckFamilies.Recycled, false, "只有一个文档，没有可比对的往年或他人文档，未核查套用文字（比对一个文件夹请用 jixiao audit）")
            : sections.Count == 0
                ? new CoverageItem(CheckFamilies.Recycled, false, "未读取到存在的问题、改进措施等文字段落，未核查套用文字")
                : new CoverageItem(CheckFamilies.Recycled, true, $"{string.Join("、", sections)}与其余 {(documents - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} 个文档比对");
    }

    /// <summary>Findings for every subject whose narrative repeats another's; keyed by subject name.</summary>
    public static IReadOnlyList<(string Subject, Finding Finding)> Find(IReadOnlyList<CheckSubject> subjects, CheckSettings? settings = null)
    {
        settings ??= new CheckSettings();
        var n = Math.Max(2, settings.NgramSize);
        var result = new List<(string, Finding)>();
        if (!settings.IsEnabled("RECYCLED-TEXT"))
        {
            return result;
        }

        foreach (var (key, title, get) in Sections)
        {
            // Per section: text, grams, and an index from gram to the sections holding it.
            var items = new List<(int Subject, string Text, HashSet<long> Grams)>();
            for (var s = 0; s < subjects.Count; s++)
            {
                var raw = get(subjects[s].Evaluation.Narrative);
                if (raw is null)
                {
                    continue;
                }

                var text = Clean(raw);
                if (text.Length < settings.RecycledMinChars)
                {
                    continue;
                }

                items.Add((s, text, Grams(text, n)));
            }

            if (items.Count < 2)
            {
                continue;
            }

            var index = new Dictionary<long, List<int>>();
            for (var i = 0; i < items.Count; i++)
            {
                foreach (var g in items[i].Grams)
                {
                    if (!index.TryGetValue(g, out var list))
                    {
                        index[g] = list = [];
                    }

                    list.Add(i);
                }
            }

            // Grams found in very many sections are boilerplate: they do not nominate candidates.
            // Sections copied word for word are found by their text instead, however common.
            var cap = Math.Max(20, items.Count / 20);
            var identical = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                if (!identical.TryGetValue(items[i].Text, out var group))
                {
                    identical[items[i].Text] = group = [];
                }

                group.Add(i);
            }

            for (var i = 0; i < items.Count; i++)
            {
                var counts = new Dictionary<int, int>();
                foreach (var g in items[i].Grams)
                {
                    var list = index[g];
                    if (list.Count > cap)
                    {
                        continue;
                    }

                    foreach (var j in list)
                    {
                        if (j != i)
                        {
                            counts[j] = counts.GetValueOrDefault(j) + 1;
                        }
                    }
                }

                var best = -1;
                var bestContainment = 0m;
                foreach (var (j, _) in counts.OrderByDescending(kv => kv.Value).Take(5))
                {
                    var shared = items[i].Grams.Count(items[j].Grams.Contains);
                    var containment = (decimal)shared / items[i].Grams.Count;
                    if (containment > bestContainment)
                    {
                        bestContainment = containment;
                        best = j;
                    }
                }

                if (best < 0 || bestContainment < settings.RecycledContainment)
                {
                    // A word-for-word copy whose every n-gram is too common to nominate it.
                    var twins = identical[items[i].Text];
                    var twin = twins.Count > 1 ? Twin(subjects, items, i, twins) : -1;
                    if (twin < 0)
                    {
                        continue;
                    }

                    best = twin;
                    bestContainment = 1m;
                }

                var me = subjects[items[i].Subject];
                var other = subjects[items[best].Subject];
                if (string.Equals(me.Name, other.Name, StringComparison.Ordinal))
                {
                    continue;
                }

                var sameUnit = me.Evaluation.Unit.Length > 0 && string.Equals(me.Evaluation.Unit, other.Evaluation.Unit, StringComparison.Ordinal);
                if (sameUnit && me.Evaluation.Year == other.Evaluation.Year && me.Evaluation.Kind == other.Evaluation.Kind)
                {
                    // The same report in two files (e.g. .docx and .pdf): not recycling.
                    continue;
                }

                if (sameUnit && other.Evaluation.Year > me.Evaluation.Year)
                {
                    // Reported on the later year's document.
                    continue;
                }

                var passage = string.Equals(items[i].Text, items[best].Text, StringComparison.Ordinal) ? items[i].Text : LongestCommon(items[i].Text, items[best].Text);
                if (passage.Length > 300)
                {
                    passage = passage[..300] + "…";
                }

                var who = sameUnit ? $"本单位 {other.Evaluation.Year} 年的《{other.Name}》" : $"《{other.Name}》（{(other.Evaluation.Unit.Length > 0 ? other.Evaluation.Unit : "单位不详")}{(other.Evaluation.Year > 0 ? $"，{other.Evaluation.Year} 年" : string.Empty)}）";
                var percent = Math.Round(bestContainment * 100m, 0);
                var severity = bestContainment >= 0.8m ? Severity.Suspect : Severity.Note;
                var finding = new Finding("RECYCLED-TEXT", severity,
                    $"“{title}”与{who}的同一部分有 {percent}% 的{n}字片段相同，疑似照搬。",
                    [
                        new Evidence("相同片段比例", percent.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%", $"{n}-gram 包含度：共享 ÷ 本段"),
                        new Evidence("最长相同段落", passage, $"本文 narrative.{key}；对方 {other.Name} narrative.{key}"),
                        new Evidence("本文出处", Trim(get(me.Evaluation.Narrative)), me.SourceOf("narrative." + key)),
                        new Evidence("对方出处", Trim(get(other.Evaluation.Narrative)), other.SourceOf("narrative." + key)),
                    ])
                { Path = "narrative." + key, OtherDocument = other.Name };
                result.Add((me.Name, finding));
            }
        }

        return result;
    }

    /// <summary>The identical section to name: the same unit's earlier year first, else the first other document.</summary>
    private static int Twin(IReadOnlyList<CheckSubject> subjects, List<(int Subject, string Text, HashSet<long> Grams)> items, int i, List<int> twins)
    {
        var me = subjects[items[i].Subject].Evaluation;
        var others = twins.Where(j => j != i && !string.Equals(subjects[items[j].Subject].Name, subjects[items[i].Subject].Name, StringComparison.Ordinal)).ToList();
        var earlier = others.FirstOrDefault(j => subjects[items[j].Subject].Evaluation is var o && o.Unit == me.Unit && o.Year < me.Year, -1);
        return earlier >= 0 ? earlier : others.FirstOrDefault(j => subjects[items[j].Subject].Evaluation.Unit != me.Unit, -1);
    }

    /// <summary>Share of <paramref name="a"/>'s character n-grams found in <paramref name="b"/>.</summary>
    public static decimal Containment(string a, string b, int n)
    {
        var ga = Grams(Clean(a), n);
        if (ga.Count == 0)
        {
            return 0m;
        }

        var gb = Grams(Clean(b), n);
        return (decimal)ga.Count(gb.Contains) / ga.Count;
    }

    /// <summary>Jaccard similarity of the character n-gram sets.</summary>
    public static decimal Jaccard(string a, string b, int n)
    {
        var ga = Grams(Clean(a), n);
        var gb = Grams(Clean(b), n);
        var union = ga.Count + gb.Count - ga.Count(gb.Contains);
        return union == 0 ? 0m : (decimal)ga.Count(gb.Contains) / union;
    }

    /// <summary>Letters, digits and CJK only (punctuation and spaces differ between copies).</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static HashSet<long> Grams(string text, int n)
    {
        var set = new HashSet<long>();
        for (var i = 0; i + n <= text.Length; i++)
        {
            long h = 0;
            for (var k = 0; k < n; k++)
            {
                h = (h * 65599) + text[i + k];
            }

            set.Add(h);
        }

        return set;
    }

    /// <summary>Longest common substring (dynamic programming over at most 2,000 characters of each).</summary>
    public static string LongestCommon(string a, string b)
    {
        a = a.Length > 2000 ? a[..2000] : a;
        b = b.Length > 2000 ? b[..2000] : b;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        int best = 0, end = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
                if (cur[j] > best)
                {
                    best = cur[j];
                    end = i;
                }
            }

            (prev, cur) = (cur, prev);
            Array.Clear(cur);
        }

        return a.Substring(end - best, best);
    }

    private static string Trim(string? text) => text is null ? string.Empty : text.Length > 120 ? text[..120] + "…" : text;
}
