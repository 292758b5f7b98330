using System.Text.RegularExpressions;

namespace Jixiao.Documents.Import;

/// <summary>
/// Undoes a PDF's hard wrapping. Text taken out of a PDF (or copied from a viewer) breaks every line at the page's width,
/// mid-sentence and mid-word: 关于印发…的 / 通知 reads as a title, 1761.5 / 8万元 as two numbers. When many lines of a text
/// end near one width (the page's), a line that ends near it without closing its sentence is continued by the next line,
/// unless either is a table row, a list item or page chrome (standsAlone), the next repeats it or opens a heading.
/// </summary>
internal static partial class LineWraps
{
    // A line counted for the width: at least this long; a width: at least MinPageWidth characters, reached (within
    // WidthSlack) by at least MinShare of the counted lines and by MinWrappedLines of them.
    private const int MinCountedLength = 15;
    private const int MinPageWidth = 28;
    private const int WidthSlack = 3;
    private const double MinShare = 0.3;
    private const int MinWrappedLines = 4;

    /// <summary>The text's paragraphs as runs of lines (first index, count); every line alone when no wrapping shows.</summary>
    public static List<(int First, int Count)> Paragraphs(IReadOnlyList<string> raws, IReadOnlyList<string> texts, Func<string, bool> standsAlone)
    {
        var runs = new List<(int First, int Count)>(raws.Count);
        var width = PageWidth(raws);
        for (var i = 0; i < raws.Count; i++)
        {
            if (width is { } w && runs.Count > 0 && i > 0 && Continues(raws[i - 1], texts[i - 1], texts[i], w) && !standsAlone(texts[i - 1]) && !standsAlone(texts[i]))
            {
                runs[^1] = (runs[^1].First, runs[^1].Count + 1);
                continue;
            }

            runs.Add((i, 1));
        }

        return runs;
    }

    private static bool Continues(string aboveRaw, string above, string line, int width)
    {
        var a = above.TrimEnd();
        var t = line.Trim();
        return a.Length > 0 && t.Length > 0 && a != t && aboveRaw.TrimEnd().Length >= width - WidthSlack && !ListItem().IsMatch(a) && !ListItem().IsMatch(t)
            && !SentenceEnds.Contains(a[^1]) && !Opening().IsMatch(t)
            && !IsCells(a) && !IsCells(t);
    }

    // Cells of a table row: bars, tabs, or two gaps or more between words (年度资金总额: 880 880 880 10 10).
    private static bool IsCells(string text) =>
        text.Contains('|', StringComparison.Ordinal) || text.Contains('\t', StringComparison.Ordinal) || Gap().Count(text.Trim()) >= 2;

    [GeneratedRegex(@"^[-*•·]\s")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Gap();

    /// <summary>The page's width in characters, when the text is wrapped at one; else null.</summary>
    private static int? PageWidth(IReadOnlyList<string> raws)
    {
        var lengths = raws.Select(r => r.TrimEnd()).Where(r => r.Trim().Length >= MinCountedLength).Select(r => r.Length).ToList();
        if (lengths.Count < MinWrappedLines)
        {
            return null;
        }

        // The width most lines end near: each line counts for the widths it is within WidthSlack of.
        var votes = new Dictionary<int, int>();
        foreach (var n in lengths)
        {
            for (var w = n; w <= n + WidthSlack; w++)
            {
                votes[w] = votes.GetValueOrDefault(w) + 1;
            }
        }

        var best = votes.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).First().Key;
        var near = lengths.Where(n => n >= best - WidthSlack && n <= best).ToList();
        var width = near.Count == 0 ? 0 : near.Max();
        return near.Count >= MinWrappedLines && near.Count >= MinShare * lengths.Count && width >= MinPageWidth ? width : null;
    }

    private const string SentenceEnds = "。；：！？:;!?」”》)）";

    // A line that opens a heading, an attachment or a form's year: 一、 （二） (3) 1、 1. 第一部分 附件 附表 (2024年度).
    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3}、|[（(][0-9]{4}年|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[、.．](?![0-9])|第[一二三四五六七八九十]+[部章节]|附件|附表)")]
    private static partial Regex Opening();
}
