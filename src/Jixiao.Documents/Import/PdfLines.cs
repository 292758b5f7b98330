using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Import;

/// <summary>
/// Undoes what a PDF's page layout did to the lines of a text (pdftotext -layout output): a paragraph, heading or
/// <c>a | b |</c> table row that was longer than the page's text width is written on several lines, each but the last
/// filling the width. Such a line and the line it runs on into are joined again, so that the reader sees the line as it
/// was written. Only where the text shows a width it was wrapped at (several lines ending at one right edge), and only
/// into a line that starts at the left margin (an indented line starts a paragraph) with no column gaps on either line
/// (a laid-out table row fills the width by its columns, not by wrapping). Also drops the single space the PDF's text
/// layer puts between a Chinese character and a Latin letter or digit (资金 1749万元 → 资金1749万元).
/// </summary>
public static partial class PdfLines
{
    /// <summary>Lines ending within this many columns (a CJK character is two) of the right edge fill the width.</summary>
    private const int Slack = 6;

    /// <summary>Fewest lines ending at the right edge for the text to count as wrapped at a width.</summary>
    private const int FewestFull = 3;

    public static string Unwrap(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r', ' ')).ToList();
        var widths = lines.Select(DisplayWidth).ToList();
        var edge = widths.Count == 0 ? 0 : widths.Max();
        var full = widths.Count(w => w >= edge - Slack && w > 0);
        if (edge < 40 || full < FewestFull)
        {
            return string.Join('\n', lines.Select(CjkLatinSpace));
        }

        var margin = lines.Where(l => l.Trim().Length > 0).Select(Indent).DefaultIfEmpty(0).Min();
        var output = new List<string>(lines.Count);
        var current = lines.Count > 0 ? lines[0] : string.Empty;
        var currentWidth = widths.Count > 0 ? widths[0] : 0;
        for (var i = 1; i < lines.Count; i++)
        {
            var next = lines[i];
            // A line repeated (a title written twice) is no continuation of itself.
            if (currentWidth >= edge - Slack && next.Trim().Length > 0 && Indent(next) <= margin + 1 && next.Trim() != current.Trim()
                && !ColumnGap().IsMatch(current.Trim()) && !ColumnGap().IsMatch(next.Trim())
                && !(SentenceEnd(current) && (ListItem().IsMatch(next) || !current.Contains('|', StringComparison.Ordinal) && widths[i] < edge - Slack && !PunctuationEnd(next)))
                && !Bracketed().IsMatch(next)
                && !(ClauseEnd(current) && ListItem().IsMatch(next)))
            {
                var head = current.TrimEnd();
                var tail = next.TrimStart();
                // A break at a space (between Latin words, around a table's bars) loses the space; between Chinese characters there was none.
                var space = !IsWide(head[^1]) && !IsWide(tail[0]) ? " " : string.Empty;
                current = head + space + tail;
                currentWidth = widths[i];
                continue;
            }

            output.Add(current);
            current = next;
            currentWidth = widths[i];
        }

        output.Add(current);
        return string.Join('\n', output.Select(CjkLatinSpace));
    }

    /// <summary>
    /// A line that fills the width but ends a sentence (。) or a clause (；：) may end its paragraph there. After a sentence
    /// end the next line joins when the line is a table row (a | on it) or the next reads as running text (it fills the width
    /// too or ends in punctuation), not as a title; never a list item or heading (- 6、, 二、, (三), 2.). A clause end (；：)
    /// joins text that is not a list item: a label at the line's end keeps its value. A line that is one bracketed remark
    /// alone ((2024年度)) stands on its own, as under a title.
    /// </summary>
    private static bool SentenceEnd(string line) => line.TrimEnd() is { Length: > 0 } t && t[^1] is '。' or '！' or '？' or '!' or '?';

    private static bool ClauseEnd(string line) => line.TrimEnd() is { Length: > 0 } t && t[^1] is '；' or '：' or ';' or ':';

    private static bool PunctuationEnd(string line) => line.TrimEnd() is { Length: > 0 } t && t[^1] is '。' or '，' or '；' or '：' or '、' or '！' or '？' or ',' or ';' or ':' or '!' or '?' or '.';

    private static string CjkLatinSpace(string line) => line.Contains(' ', StringComparison.Ordinal) ? CjkLatin().Replace(line, string.Empty) : line;

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>Display width in columns (the room a line takes on a page): CJK characters and full-width forms count two.</summary>
    internal static int DisplayWidth(string line)
    {
        var w = 0;
        foreach (var c in line)
        {
            w += IsWide(c) ? 2 : 1;
        }

        return w;
    }

    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';

    /// <summary>A line that is one bracketed remark: (2024年度), （盖章）.</summary>
    [GeneratedRegex(@"^\s*[(（][^()（）]{1,20}[)）]\s*$")]
    private static partial Regex Bracketed();

    /// <summary>The start of a list item or numbered heading.</summary>
    [GeneratedRegex(@"^\s*(?:[-•·*]\s|\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十\d]{1,3}[章节条部分])")]
    private static partial Regex ListItem();

    /// <summary>Three or more spaces inside a line: the gap between laid-out columns.</summary>
    [GeneratedRegex(@"\S {3,}\S")]
    private static partial Regex ColumnGap();

    /// <summary>One space between a Chinese character and a Latin letter or digit, either way round.</summary>
    [GeneratedRegex(@"(?<=[\u4e00-\u9fff]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=[\u4e00-\u9fff])")]
    private static partial Regex CjkLatin();
}
