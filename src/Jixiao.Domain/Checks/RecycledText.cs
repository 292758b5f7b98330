using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Domain.Checks;

/// <summary>
/// 套用往年或他人文字 (recycled narrative): each narrative section (problems, measures, achievements,
/// management, goal analysis) is compared with the same section of the other documents by
/// character n-grams (no word segmentation): containment = shared n-grams ÷ the section's n-grams.
/// A finding names the matched document and shows the longest shared passage.
/// </summary>
public static partial class RecycledText
{
    private static readonly (string Key, string Title, Func<Narrative, string?> Get)[] Sections =
    [
        ("problems", "存在的主要问题", n => n.Problems),
        ("measures", "改进措施", n => n.Measures),
        ("achievements", "主要工作成效", n => n.Achievements),
        ("management", "绩效管理情况", n => n.Management),
        ("goalAnalysis", "绩效目标完成情况分析", n => n.GoalAnalysis),
    ];

    /// <summary>
    /// The subject's sections to compare, by key. Problems and measures come from the narrative or, when the
    /// importer found neither (headings it does not know, a table cell, an inline label), from the text lines
    /// under any of the settings' problem or measure headings, whatever their numbering.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SectionTexts(CheckSubject subject, CheckSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        settings ??= new CheckSettings();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, _, get) in Sections)
        {
            if (get(subject.Evaluation.Narrative) is { } t && !string.IsNullOrWhiteSpace(t))
            {
                result[key] = t;
            }
        }

        if (!result.ContainsKey("problems") && !result.ContainsKey("measures") && subject.Text.Count > 0)
        {
            var (problems, measures) = FromText(subject.Text, settings);
            if (problems is not null)
            {
                result["problems"] = problems;
            }

            if (measures is not null)
            {
                result["measures"] = measures;
            }
        }

        return result;
    }

    /// <summary>Titles of the subject's sections long enough to be compared (empty: nothing to compare).</summary>
    public static IReadOnlyList<string> Comparable(CheckSubject subject, CheckSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        settings ??= new CheckSettings();
        var texts = SectionTexts(subject, settings);
        return [.. Sections.Where(x => texts.TryGetValue(x.Key, out var t) && Clean(t).Length >= settings.RecycledMinChars).Select(x => x.Title)];
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

    /// <summary>
    /// Findings for every subject whose narrative repeats another's; keyed by subject name. Problems and
    /// measures are each compared with the other document's problems and measures together, so that a
    /// section headed 存在的问题及改进措施 in one year and split in two in another is still found.
    /// </summary>
    public static IReadOnlyList<(string Subject, Finding Finding)> Find(IReadOnlyList<CheckSubject> subjects, CheckSettings? settings = null)
    {
        settings ??= new CheckSettings();
        var n = Math.Max(2, settings.NgramSize);
        var result = new List<(string, Finding)>();
        if (!settings.IsEnabled("RECYCLED-TEXT"))
        {
            return result;
        }

        var texts = subjects.Select(x => SectionTexts(x, settings)).ToList();
        foreach (var (key, title, _) in Sections)
        {
            // Per section: the text, its grams, the grams it is compared against (its counterpart), and an index
            // from gram to the counterparts holding it.
            var paired = key is "problems" or "measures";
            var items = new List<(int Subject, string Text, HashSet<long> Grams, HashSet<long> Counterpart)>();
            for (var s = 0; s < subjects.Count; s++)
            {
                var text = texts[s].TryGetValue(key, out var raw) ? Clean(raw) : string.Empty;
                var grams = text.Length >= settings.RecycledMinChars ? Grams(text, n) : [];
                var counterpart = grams;
                if (paired)
                {
                    var both = Clean(string.Concat(texts[s].GetValueOrDefault("problems"), texts[s].GetValueOrDefault("measures")));
                    counterpart = Grams(both, n);
                }

                if (grams.Count > 0 || (paired && counterpart.Count > 0))
                {
                    items.Add((s, text, grams, counterpart));
                }
            }

            if (items.Count < 2)
            {
                continue;
            }

            var index = new Dictionary<long, List<int>>();
            for (var i = 0; i < items.Count; i++)
            {
                foreach (var g in items[i].Counterpart)
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
                if (items[i].Text.Length == 0)
                {
                    continue;
                }

                if (!identical.TryGetValue(items[i].Text, out var group))
                {
                    identical[items[i].Text] = group = [];
                }

                group.Add(i);
            }

            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].Grams.Count == 0)
                {
                    continue;
                }

                var counts = new Dictionary<int, int>();
                foreach (var g in items[i].Grams)
                {
                    if (!index.TryGetValue(g, out var list) || list.Count > cap)
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
                foreach (var (j, _) in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(8))
                {
                    if (!Comparable(subjects[items[i].Subject], subjects[items[j].Subject]))
                    {
                        continue;
                    }

                    var shared = items[i].Grams.Count(items[j].Counterpart.Contains);
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
                var sameUnit = SameUnit(me.Evaluation.Unit, other.Evaluation.Unit);
                var otherText = Clean(paired
                    ? string.Concat(texts[items[best].Subject].GetValueOrDefault("problems"), texts[items[best].Subject].GetValueOrDefault("measures"))
                    : texts[items[best].Subject].GetValueOrDefault(key) ?? string.Empty);
                var passage = string.Equals(items[i].Text, otherText, StringComparison.Ordinal) ? items[i].Text : LongestCommon(items[i].Text, otherText);
                if (passage.Length > 300)
                {
                    passage = passage[..300] + "…";
                }

                var who = sameUnit ? $"本单位 {other.Evaluation.Year} 年的《{other.Name}》" : $"《{other.Name}》（{(other.Evaluation.Unit.Length > 0 ? other.Evaluation.Unit : "单位不详")}{(other.Evaluation.Year > 0 ? $"，{other.Evaluation.Year} 年" : string.Empty)}）";
                var percent = Math.Round(bestContainment * 100m, 0);
                var severity = bestContainment >= 0.8m ? Severity.Suspect : Severity.Note;
                var where = paired ? "存在的问题和改进措施" : "同一部分";
                var finding = new Finding("RECYCLED-TEXT", severity,
                    $"“{title}”与{who}的{where}有 {percent}% 的{n}字片段相同，疑似照搬。",
                    [
                        new Evidence("相同片段比例", percent.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%", $"{n}-gram 包含度：共享 ÷ 本段"),
                        new Evidence("最长相同段落", passage, $"本文 narrative.{key}；对方 {other.Name} {(paired ? "narrative.problems + narrative.measures" : "narrative." + key)}"),
                        new Evidence("本文出处", Trim(texts[items[i].Subject].GetValueOrDefault(key)), me.SourceOf("narrative." + key)),
                        new Evidence("对方出处", Trim(paired ? otherText : texts[items[best].Subject].GetValueOrDefault(key)), other.SourceOf("narrative." + key)),
                    ])
                { Path = "narrative." + key, OtherDocument = other.Name };
                result.Add((me.Name, finding));
            }
        }

        return result;
    }

    /// <summary>
    /// Whether <paramref name="other"/> may be the source of <paramref name="me"/>'s text: not the same file, not
    /// the same unit's document of the same year (a report and its table, or one report as .docx and .pdf), not
    /// the same unit's later year (the finding goes on the later document).
    /// </summary>
    private static bool Comparable(CheckSubject me, CheckSubject other)
    {
        if (string.Equals(me.Name, other.Name, StringComparison.Ordinal))
        {
            return false;
        }

        if (!SameUnit(me.Evaluation.Unit, other.Evaluation.Unit))
        {
            return true;
        }

        return me.Evaluation.Year != other.Evaluation.Year && !(other.Evaluation.Year > me.Evaluation.Year && me.Evaluation.Year > 0);
    }

    /// <summary>The same unit whatever the spacing and a trailing （本级）.</summary>
    internal static bool SameUnit(string a, string b)
    {
        static string Key(string u) => UnitNoise().Replace(u, string.Empty);
        var ka = Key(a);
        return ka.Length > 0 && string.Equals(ka, Key(b), StringComparison.Ordinal);
    }

    /// <summary>
    /// Problems and measures from the text lines: a line whose text (after any numbering 一、 （一） 1. 1、) starts
    /// with a problem or measure heading opens that part (text after 存在问题： on the same line belongs to it);
    /// the part runs until the other heading, a heading of another numbered section, an end marker (填报人 …) or
    /// 3,000 characters.
    /// </summary>
    internal static (string? Problems, string? Measures) FromText(IReadOnlyList<SourceLine> lines, CheckSettings settings)
    {
        var problems = new StringBuilder();
        var measures = new StringBuilder();
        StringBuilder? current = null;
        var problemHeadings = settings.ProblemHeadings.OrderByDescending(h => h.Length).ToList();
        var measureHeadings = settings.MeasureHeadings.OrderByDescending(h => h.Length).ToList();
        foreach (var line in lines)
        {
            var text = line.Text.Replace("|", " ", StringComparison.Ordinal).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var numbering = Numbering().Match(text);
            var body = text[numbering.Length..].TrimStart();
            var compact = body.Replace(" ", string.Empty, StringComparison.Ordinal);
            var heading = measureHeadings.FirstOrDefault(h => compact.StartsWith(h, StringComparison.Ordinal)) is { } mh ? (Part: measures, Heading: mh)
                : problemHeadings.FirstOrDefault(h => compact.StartsWith(h, StringComparison.Ordinal)) is { } ph ? (Part: problems, Heading: ph)
                : default;
            if (heading.Part is not null && (numbering.Length > 0 || compact.Length <= 30 || compact.Length > heading.Heading.Length && compact[heading.Heading.Length] is '：' or ':'))
            {
                current = heading.Part;
                var rest = compact[heading.Heading.Length..];
                var colon = rest.IndexOfAny(['：', ':']);
                if (colon >= 0 && colon <= 12)
                {
                    Append(current, rest[(colon + 1)..]);
                }
                else if (rest.Length > 16)
                {
                    Append(current, rest);
                }

                continue;
            }

            if (current is null)
            {
                continue;
            }

            if (TopHeading().IsMatch(text) || settings.SectionEndMarkers.Any(m => compact.StartsWith(m, StringComparison.Ordinal)) || current.Length > 3000)
            {
                current = null;
                continue;
            }

            Append(current, text);
        }

        return (problems.Length > 0 ? problems.ToString() : null, measures.Length > 0 ? measures.ToString() : null);

        static void Append(StringBuilder sb, string text)
        {
            if (text.Trim().Length == 0)
            {
                return;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(text.Trim());
        }
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}(?:[、.．](?!\d)|[）)]))")]
    private static partial Regex Numbering();

    /// <summary>A heading of another section: 四、… or （三）… (the parts' own items are numbered 1. 2. or 一是 二是).</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])")]
    private static partial Regex TopHeading();

    [GeneratedRegex(@"\s+|[（(]本级[）)]$")]
    private static partial Regex UnitNoise();

    /// <summary>The identical section to name: the same unit's earlier year first, else the first other document.</summary>
    private static int Twin(IReadOnlyList<CheckSubject> subjects, List<(int Subject, string Text, HashSet<long> Grams, HashSet<long> Counterpart)> items, int i, List<int> twins)
    {
        var me = subjects[items[i].Subject];
        var others = twins.Where(j => j != i && Comparable(me, subjects[items[j].Subject])).ToList();
        var earlier = others.FirstOrDefault(j => subjects[items[j].Subject].Evaluation is var o && SameUnit(o.Unit, me.Evaluation.Unit) && o.Year < me.Evaluation.Year, -1);
        return earlier >= 0 ? earlier : others.FirstOrDefault(j => !SameUnit(subjects[items[j].Subject].Evaluation.Unit, me.Evaluation.Unit), -1);
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
