using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Import;

/// <summary>
/// A logical paragraph: physical lines joined where a PDF or web page broke a sentence (a long
/// line without closing punctuation followed by a line that is not a heading or list item).
/// Keeps the offset of every physical line so a match maps back to its source line.
/// </summary>
internal sealed partial class TextParagraph
{
    private readonly List<(int Offset, TextLine Line, int Lead)> parts = [];
    private readonly StringBuilder text = new();

    public string Text => text.ToString();

    public TextLine FirstLine => parts[0].Line;

    public IEnumerable<TextLine> Lines => parts.Select(p => p.Line);

    public void Add(TextLine line)
    {
        var t = line.Text.Trim();
        if (text.Length > 0 && TwoDecimals(t))
        {
            // 52.800000 / 52.800000 100.00%: two whole figures, one a line (a table's cells); joined they would be one run
            // with two decimal points, which no figure has.
            text.Append(' ');
        }
        else if (text.Length > 0 && !(char.IsAsciiLetter(text[^1]) && t.Length > 0 && char.IsAsciiLetter(t[0])))
        {
            // CJK joins without a space, and so do the halves of a number broken by the line end (全年执行数11 / 70万元).
        }
        else if (text.Length > 0)
        {
            text.Append(' ');
        }

        parts.Add((text.Length, line, line.Text.Length - line.Text.TrimStart().Length));
        text.Append(t);
    }

    /// <summary>The paragraph ends in a figure with a decimal point and <paramref name="next"/> opens with another one.</summary>
    private bool TwoDecimals(string next)
    {
        if (text.Length == 0 || next.Length == 0 || !char.IsAsciiDigit(text[^1]) || !char.IsAsciiDigit(next[0]))
        {
            return false;
        }

        var i = text.Length - 1;
        while (i >= 0 && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
        {
            i--;
        }

        var k = 0;
        while (k < next.Length && (char.IsAsciiDigit(next[k]) || next[k] == '.'))
        {
            k++;
        }

        return text.ToString(i + 1, text.Length - i - 1).Contains('.', StringComparison.Ordinal) && next.AsSpan(0, k).Contains('.');
    }

    /// <summary>The source line holding the character at <paramref name="offset"/>.</summary>
    public SourceRef At(int offset)
    {
        var line = parts[0].Line;
        foreach (var (o, l, _) in parts)
        {
            if (o <= offset)
            {
                line = l;
            }
            else
            {
                break;
            }
        }

        return new SourceRef(line.Number, line.Raw.Trim());
    }

    /// <summary>The source line and the span (in that line's normalised text) of <paramref name="length"/> characters at <paramref name="offset"/>; a span running into the next line is cut at the line's end.</summary>
    public SourceRef Locate(int offset, int length)
    {
        var k = 0;
        for (var i = 1; i < parts.Count && parts[i].Offset <= offset; i++)
        {
            k = i;
        }

        var (start, line, lead) = parts[k];
        var column = lead + (offset - start);
        var available = line.Text.Length - column;
        return line.Span(column, Math.Min(length, Math.Max(0, available)));
    }

    public static List<TextParagraph> Build(IReadOnlyList<TextLine> lines) => Build(lines, null);

    /// <summary>Paragraphs; a line for which <paramref name="startsField"/> is true (a cover label: 预算编码: 906017) always starts a new one, and is continued by none.</summary>
    public static List<TextParagraph> Build(IReadOnlyList<TextLine> lines, Func<string, bool>? startsField) => Build(lines, startsField, null);

    /// <summary>Paragraphs; a line for which <paramref name="standsAlone"/> is true (a heading) is a paragraph of its own.</summary>
    public static List<TextParagraph> Build(IReadOnlyList<TextLine> lines, Func<string, bool>? startsField, Func<string, bool>? standsAlone) =>
        Build(lines, startsField, standsAlone, null);

    /// <summary>
    /// Paragraphs; a line for which <paramref name="labelAlone"/> is true (a heading that is a figure's label and nothing
    /// else: (一)自评得分) is continued by the next line when that line is a figure alone (100分。).
    /// </summary>
    public static List<TextParagraph> Build(IReadOnlyList<TextLine> lines, Func<string, bool>? startsField, Func<string, bool>? standsAlone, Func<string, bool>? labelAlone)
    {
        var result = new List<TextParagraph>();
        TextParagraph? current = null;
        var currentIsField = false;
        foreach (var line in lines)
        {
            var t = line.Text.Trim();
            if (t.Length == 0)
            {
                continue;
            }

            // A label alone over its figure (2.预算执行率: / 95.5%; a web table's cells one a line, 年度预算金额 | / 4992万元 |), or a
            // key with its colon over a line that opens with the figure (当年实际支出: / 19500万元(预算执行率100%)): one field.
            if (current is not null && labelAlone is not null && current.parts.Count == 1 && labelAlone(current.Text)
                && (FigureAlone().IsMatch(t.TrimEnd('|', ' ', '\t')) || (EndsWithColon(current.Text) && FigureLead().IsMatch(t))))
            {
                current.Add(line);
                current = null;
                continue;
            }

            // A cover field (资金使用单位 某某县人社局) is a line of its own: the next line (资金投入情况(万元) 全年预算数(A) …) never
            // continues it.
            var isField = startsField is not null && startsField(t);
            if (current is not null && !currentIsField && !isField && Continues(current.Text, t)
                && (standsAlone is null || (!standsAlone(t) && !standsAlone(current.Text))))
            {
                current.Add(line);
                continue;
            }

            current = new TextParagraph();
            current.Add(line);
            currentIsField = isField;
            result.Add(current);
        }

        return result;
    }

    private static bool EndsWithColon(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is ':' or '：';

    /// <summary>True when <paramref name="next"/> continues a sentence broken at the end of <paramref name="previous"/>.</summary>
    private static bool Continues(string previous, string next)
    {
        if (previous.Length < 20 || previous.Contains('\t', StringComparison.Ordinal) || next.Contains('\t', StringComparison.Ordinal) || previous.Contains('|', StringComparison.Ordinal) || next.Contains('|', StringComparison.Ordinal))
        {
            return false;
        }

        if (previous.EndsWith("报告", StringComparison.Ordinal) || previous.EndsWith("自评表", StringComparison.Ordinal) || previous.EndsWith("评价表", StringComparison.Ordinal))
        {
            return false;
        }

        var last = previous[^1];
        if ("。；！？：:;!?”』」)）".Contains(last, StringComparison.Ordinal))
        {
            return false;
        }

        // A line opening with a short key and its colon (申报金额:93万元, a cover's next cell) starts a field of its own.
        return !Heading.IsMatch(next) && !ListItem().IsMatch(next) && !KeyOpening().IsMatch(next);
    }

    /// <summary>A line that opens with a key of two to eight characters and its colon (申报金额:…, 项目单位：…).</summary>
    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,8}[:：]")]
    private static partial Regex KeyOpening();

    public static Regex Heading { get; } = HeadingRegex();

    /// <summary>
    /// A figure alone on its line, with its unit or sign and maybe a closing stop (100分。, 95.5%, 12.3万元; in 元 a long whole
    /// number or one with thousands marks, 49920000元, 1,045,990.00元).
    /// </summary>
    [GeneratedRegex(@"^(?:\d{1,6}|\d{1,3}(?:,\d{3}){1,3}|\d{7,12}(?=\.?\d*\s*元))(?:\.\d{1,4})?\s*(?:分|%|％|万元|元)[。.;；]?$")]
    private static partial Regex FigureAlone();

    /// <summary>A line that opens with an amount (19500万元(预算执行率100%), 12.3万元，其中…).</summary>
    [GeneratedRegex(@"^\d{1,9}(?:,\d{3})*(?:\.\d{1,6})?\s*(?:万元|元|亿元)")]
    private static partial Regex FigureLead();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"^(?:\d{1,2}[.、．]\D|[一二三四五六七八九十]是|第[一二三四五六七八九十]+)")]
    private static partial Regex ListItem();
}
