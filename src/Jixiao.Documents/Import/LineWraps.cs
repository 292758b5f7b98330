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
    public static List<(int First, int Count)> Paragraphs(IReadOnlyList<string> raws, IReadOnlyList<string> texts, Func<int, bool> standsAlone, Jixiao.Documents.Reading.ReadingVocabulary v)
    {
        var runs = new List<(int First, int Count)>(raws.Count);

        // A PDF wraps by display width (a CJK character takes two digits' room), a plain text wrapper by characters: the
        // measure whose widths gather more lines at one width is the page's.
        var byChars = PageWidth(raws, Characters);
        var byDisplay = PageWidth(raws, DisplayWidth);
        Func<string, int> measure = byDisplay is { } d && (byChars is not { } c || d.Share > c.Share) ? DisplayWidth : Characters;
        var width = (measure == DisplayWidth ? byDisplay : byChars)?.Width;
        var slack = measure == DisplayWidth ? 2 * WidthSlack : WidthSlack;
        for (var i = 0; i < raws.Count; i++)
        {
            // A row's last figure cut at the line's end (合计 | 1500.00 | 1620.30 | 9 / 8.20%; 合计<TAB>15,000,000.00<TAB>16,20 /
            // 3,000.00<TAB>98.20%), where the page shows no width to wrap at (a short text): the figures alone on the next line
            // are the rest of that figure and row, never figures of their own.
            if (runs.Count > 0 && i > 0 && width is null && CutFigure(texts[i - 1], texts[i]) && !standsAlone(i - 1) && !standsAlone(i))
            {
                runs[^1] = (runs[^1].First, runs[^1].Count + 1);
                continue;
            }

            if (width is { } w && runs.Count > 0 && i > 0 && Continues(measure(raws[i - 1].TrimEnd()), texts[i - 1], texts[i], w, slack, texts[runs[^1].First].Contains('|', StringComparison.Ordinal), v) && !standsAlone(i - 1) && !standsAlone(i))
            {
                runs[^1] = (runs[^1].First, runs[^1].Count + 1);
                continue;
            }

            runs.Add((i, 1));
        }

        return runs;
    }

    private static bool CutFigure(string above, string line)
    {
        var a = above.TrimEnd();
        var t = line.Trim();
        return a.Length > 0 && t.Length > 0 && a.AsSpan().IndexOfAny('|', '\t') >= 0 && char.IsAsciiDigit(a[^1])
            && (char.IsAsciiDigit(t[0]) || t[0] == '.') && FiguresAlone(t);
    }

    /// <summary>Digits and the marks inside and between figures only (10.00  25 2.5, 8.20%): no words.</summary>
    private static bool FiguresAlone(string t) => t.All(c => char.IsAsciiDigit(c) || FigureMarks.Contains(c));

    private static bool Continues(int aboveWidth, string above, string line, int width, int slack, bool inRow, Jixiao.Documents.Reading.ReadingVocabulary v)
    {
        var a = above.TrimEnd();
        var t = line.Trim();
        if (a.Length == 0 || t.Length == 0 || a == t || aboveWidth < width - slack || ListItem().IsMatch(a.TrimStart()) || ListItem().IsMatch(t) || Opening().IsMatch(t) || OpensAttachment(t, v) || v.SharedFileExtensions.Any(e => a.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // A bar-separated row cut by the wrap inside a cell (…| 主管部门 / | 某某局 |; | …| 项目资金 (元 / ) |): the row goes on
        // on the next line. A row that ends in its bar at the width ends there, and so do rows written without their outer
        // bars (年度资金总额 | 861.10 | … | 10), unless the next line opens with a bar or a closing bracket.
        if (a.Contains('|', StringComparison.Ordinal) && !a.Contains('\t', StringComparison.Ordinal))
        {
            return a[^1] != '|' && !t.Contains('\t', StringComparison.Ordinal)
                && (a.TrimStart()[0] == '|' || t[0] is '|' or ')' or '）' or ']' or '】' || !t.Contains('|', StringComparison.Ordinal));
        }

        // The cut cell's text going on over more lines, up to the bar that closes it (…对所有的文物 / 案件立案调查。 |).
        if (inRow && t.Contains('|', StringComparison.Ordinal) && !t.Contains('\t', StringComparison.Ordinal))
        {
            return !SentenceEnds.Contains(a[^1]) && !IsCells(a);
        }

        // A row of columns cut at the width (资金总额: 120,000.00 120,000.00 30,000.00 / 10.00  25 2.5): a next line of figures
        // alone, no words, is the rest of its cells.
        if (!a.Contains('|', StringComparison.Ordinal) && char.IsAsciiDigit(t[0]) && FiguresAlone(t))
        {
            return true;
        }

        // A line never opens with a pause or a closing mark (、“乡村振兴…”等; ”。): the sentence of the line above goes on.
        if (ContinuingMarks.Contains(t[0]) && !IsCells(a) && !IsCells(t))
        {
            return true;
        }

        // A quoted title or a bracket closing at the width ends no sentence when the line runs on after an opening word
        // (根据…《…的通知》 / 要求，…): only a line that is its bracket's content alone, or a title, may end there.
        return (!SentenceEnds.Contains(a[^1]) || (ClosingMarks.Contains(a[^1]) && RunsOnPastBracket(a, v)))
            && !IsCells(a) && !IsCells(t);
    }

    // A line ending in a closing bracket that opens before it with prose in front of the bracket: 根据…《…的通知》.
    private static bool RunsOnPastBracket(string a, Jixiao.Documents.Reading.ReadingVocabulary v)
    {
        var open = a.LastIndexOfAny(['《', '“']);
        return a[^1] is '》' or '”' && open > 0 && HasProse(a[..open], v);
    }

    private const string ClosingMarks = "》”";

    private const string ContinuingMarks = "、，,。；;：:！？!?）)》”」』】";

    // Prose: sentence punctuation, or a word leading a clause (fields.yaml clauseOpenings: 根据 按照 依据 …) that a title or
    // cell does not open with.
    private static bool HasProse(string text, Jixiao.Documents.Reading.ReadingVocabulary v) =>
        text.AsSpan().IndexOfAny(ProsePunctuation) >= 0 || v.ClauseOpenings.Any(w => text.StartsWith(w, StringComparison.Ordinal));

    private static readonly System.Buffers.SearchValues<char> ProsePunctuation = System.Buffers.SearchValues.Create("，,。；;");

    // Cells of a table row: bars, tabs, or two gaps or more between words (年度资金总额: 880 880 880 10 10). A line of
    // prose with spaced names in it (《中共中央 国务院关于…》和《中共某某市委 某某市人民政府…) is no row: quotes, commas
    // or full stops are a sentence's, unless its gaps are wide (two spaces or more, as a layout's columns).
    private const string FigureMarks = " .,%-\t";

    private static bool IsCells(string text)
    {
        var trimmed = text.Trim();
        if (text.Contains('|', StringComparison.Ordinal) || text.Contains('\t', StringComparison.Ordinal) || WideGap().Count(trimmed) >= 2)
        {
            return true;
        }

        return Gap().Count(trimmed) >= 2 && trimmed.AsSpan().IndexOfAny(SentenceMarks) < 0;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("，,。《》“”");

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex WideGap();

    [GeneratedRegex(@"^[-*•·]\s")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Gap();

    private static int Characters(string text) => text.Length;

    // The room a line takes on a page (a CJK or full-width character two, any other one): PdfLines measures the same.
    internal static int DisplayWidth(string text) => PdfLines.DisplayWidth(text);

    /// <summary>The page's width by a measure, with the share of counted lines that end near it, when the text is wrapped at one; else null.</summary>
    private static (int Width, double Share)? PageWidth(IReadOnlyList<string> raws, Func<string, int> measure)
    {
        var factor = measure("一");
        var slack = WidthSlack * factor;
        var lengths = raws.Select(r => r.TrimEnd()).Where(r => r.Trim().Length >= MinCountedLength).Select(measure).ToList();
        if (lengths.Count < MinWrappedLines)
        {
            return null;
        }

        // The width most lines end near: each line counts for the widths it is within WidthSlack of.
        var votes = new Dictionary<int, int>();
        foreach (var n in lengths)
        {
            for (var w = n; w <= n + slack; w++)
            {
                votes[w] = votes.GetValueOrDefault(w) + 1;
            }
        }

        var best = votes.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).First().Key;
        var near = lengths.Where(n => n >= best - slack && n <= best).ToList();
        var width = near.Count == 0 ? 0 : near.Max();
        return near.Count >= MinWrappedLines && near.Count >= MinShare * lengths.Count && width >= MinPageWidth * factor ? (width, (double)near.Count / lengths.Count) : null;
    }

    private const string SentenceEnds = "。；：！？:;!?」”》)）";

    // A line that opens a heading or a form's year: 一、 （二） (3) 1、 1. 第一部分 (2024年度).
    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3}、|[（(][0-9]{4}年|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[、.．](?![0-9])|[0-9]{1,2}[.．](?=(19|20)[0-9]{2}\s*年)|第[一二三四五六七八九十]+[部章节])")]
    private static partial Regex Opening();

    /// <summary>A line that opens an attachment or appended table (kinds.yaml attachmentWords, appendixPrefixes: 附件, 附表), its characters perhaps spaced (附 件).</summary>
    private static bool OpensAttachment(string line, Jixiao.Documents.Reading.ReadingVocabulary v)
    {
        var head = line.Length > 8 ? line[..8] : line;
        var compact = head.Replace(" ", string.Empty, StringComparison.Ordinal);
        return v.AttachmentWords.Concat(v.AppendixPrefixes).Any(w => compact.StartsWith(w, StringComparison.Ordinal));
    }
}
