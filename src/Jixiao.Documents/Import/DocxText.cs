using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.OwnFiles;

namespace Jixiao.Documents.Import;

/// <summary>
/// The text of a published DOCX as Word shows it: body paragraphs and tables in document order (inside content
/// controls too), each paragraph with the label its automatic numbering shows (一、 （一） 1.), each table row as
/// <c>a | b |</c> with a cell widened by its grid span and a nested table's cells inside its cell. Field codes
/// (a contents' <c>TOC \o</c>, <c>HYPERLINK</c>) and deleted revisions are not shown, so they are not read.
/// </summary>
internal static class DocxText
{
    public static string Read(WordprocessingDocument doc, string name, List<string> warnings)
    {
        var body = doc.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            warnings.Add($"{name}：DOCX 中没有正文");
            return string.Empty;
        }

        var labels = new NumberingLabels(doc.MainDocumentPart!);
        var sb = new StringBuilder();
        Walk(body, sb, labels);
        return sb.ToString();
    }

    private static void Walk(OpenXmlElement parent, StringBuilder sb, NumberingLabels labels) =>
        DocxVisible.Walk(parent, p => sb.Append(labels.Label(p)).Append(DocxVisible.Text(p)).Append('\n'), t => AppendTable(t, sb, labels));

    private static void AppendTable(Table table, StringBuilder sb, NumberingLabels labels)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            foreach (var cell in DocxVisible.Cells(row, c => Cell(c, labels)))
            {
                sb.Append(cell).Append(" | ");
            }

            sb.Append('\n');
        }
    }

    /// <summary>A cell on one line: its paragraphs and any nested table's cells, space-separated.</summary>
    private static string Cell(TableCell cell, NumberingLabels labels)
    {
        var parts = new List<string>();
        foreach (var element in cell.Descendants().Where(e => e is Paragraph && !e.Ancestors<Paragraph>().Any()))
        {
            var p = (Paragraph)element;
            var text = (labels.Label(p) + DocxVisible.Text(p)).Replace('\n', ' ').Replace('\t', ' ').Trim();
            if (text.Length > 0)
            {
                parts.Add(text);
            }
        }

        return string.Join(" ", parts).Replace("|", "｜", StringComparison.Ordinal);
    }

    /// <summary>
    /// The labels Word draws before numbered paragraphs (numbering.xml): a counter per list and level, restarted
    /// below a level that advances, formatted by the level's number format (decimal, 一二三, 甲乙丙, ①, letters,
    /// Roman) into its level text (<c>%1、</c>, <c>（%2）</c>, <c>%1.%2</c>). A paragraph numbered through its
    /// style (a 标题 1 that carries the list) is labelled too. Bullets and levels without text give no label.
    /// </summary>
    private sealed class NumberingLabels
    {
        private readonly Dictionary<int, (int Abstract, Dictionary<int, int> Starts)> nums = [];
        private readonly Dictionary<int, Dictionary<int, Level>> abstracts = [];
        private readonly Dictionary<string, (int? NumId, int? Level, string? BasedOn)> styles = new(StringComparer.Ordinal);
        private readonly Dictionary<int, int?[]> counters = [];
        private readonly HashSet<int> restarted = [];

        public NumberingLabels(MainDocumentPart main)
        {
            var numbering = main.NumberingDefinitionsPart?.Numbering;
            if (numbering is not null)
            {
                foreach (var a in numbering.Elements<AbstractNum>())
                {
                    if (a.AbstractNumberId?.Value is not { } id)
                    {
                        continue;
                    }

                    var levels = new Dictionary<int, Level>();
                    foreach (var l in a.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>())
                    {
                        if (l.LevelIndex?.Value is { } index)
                        {
                            levels[index] = new Level(l.NumberingFormat?.Val?.Value, l.LevelText?.Val?.Value, l.StartNumberingValue?.Val?.Value ?? 1, l.LevelSuffix?.Val?.Value);
                        }
                    }

                    abstracts[id] = levels;
                }

                foreach (var n in numbering.Elements<NumberingInstance>())
                {
                    if (n.NumberID?.Value is not { } id || n.AbstractNumId?.Val?.Value is not { } abs)
                    {
                        continue;
                    }

                    var starts = new Dictionary<int, int>();
                    foreach (var o in n.Elements<LevelOverride>())
                    {
                        if (o.LevelIndex?.Value is { } index && o.StartOverrideNumberingValue?.Val?.Value is { } start)
                        {
                            starts[index] = start;
                        }
                    }

                    nums[id] = (abs, starts);
                }
            }

            foreach (var s in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            {
                if (s.StyleId?.Value is not { } id)
                {
                    continue;
                }

                var numPr = s.StyleParagraphProperties?.NumberingProperties;
                styles[id] = (numPr?.NumberingId?.Val?.Value, numPr?.NumberingLevelReference?.Val?.Value, s.BasedOn?.Val?.Value);
            }
        }

        public string Label(Paragraph p)
        {
            if (nums.Count == 0)
            {
                return string.Empty;
            }

            var numPr = p.ParagraphProperties?.NumberingProperties;
            var numId = numPr?.NumberingId?.Val?.Value;
            var level = numPr?.NumberingLevelReference?.Val?.Value;
            var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            for (var depth = 0; style is not null && depth < 10 && (numId is null || level is null); depth++)
            {
                if (!styles.TryGetValue(style, out var s))
                {
                    break;
                }

                numId ??= s.NumId;
                level ??= s.Level;
                style = s.BasedOn;
            }

            if (numId is not { } id || id == 0 || !nums.TryGetValue(id, out var num) || !abstracts.TryGetValue(num.Abstract, out var levels))
            {
                return string.Empty;
            }

            var ilvl = Math.Clamp(level ?? 0, 0, 8);
            if (!levels.TryGetValue(ilvl, out var lvl))
            {
                return string.Empty;
            }

            var count = counters.TryGetValue(num.Abstract, out var c) ? c : counters[num.Abstract] = new int?[9];
            if (restarted.Add(id) && num.Starts.Count > 0)
            {
                Array.Clear(count);
                foreach (var (index, start) in num.Starts)
                {
                    if (index is >= 0 and < 9)
                    {
                        count[index] = start - 1;
                    }
                }
            }

            count[ilvl] = (count[ilvl] ?? (lvl.Start - 1)) + 1;
            for (var deeper = ilvl + 1; deeper < 9; deeper++)
            {
                count[deeper] = null;
            }

            if (lvl.Format == NumberFormatValues.Bullet || lvl.Format == NumberFormatValues.None || string.IsNullOrEmpty(lvl.Text))
            {
                return string.Empty;
            }

            var label = new StringBuilder();
            var text = lvl.Text;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
                {
                    var k = text[i + 1] - '1';
                    var at = levels.TryGetValue(k, out var kl) ? kl : lvl;
                    label.Append(Format(count[k] ?? at.Start, k == ilvl ? lvl.Format : at.Format));
                    i++;
                }
                else
                {
                    label.Append(text[i]);
                }
            }

            var s2 = label.ToString();
            var joined = s2.Length == 0 || lvl.Suffix == LevelSuffixValues.Nothing || "、.．)）:：".Contains(s2[^1], StringComparison.Ordinal);
            return joined ? s2 : s2 + " ";
        }

        private static string Format(int n, NumberFormatValues? format)
        {
            if (format == NumberFormatValues.ChineseCounting || format == NumberFormatValues.ChineseCountingThousand
                || format == NumberFormatValues.JapaneseCounting || format == NumberFormatValues.TaiwaneseCounting
                || format == NumberFormatValues.TaiwaneseCountingThousand || format == NumberFormatValues.IdeographDigital)
            {
                return ChineseCounting(n);
            }

            if (format == NumberFormatValues.ChineseLegalSimplified)
            {
                return n is >= 1 and <= 10 ? "壹贰叁肆伍陆柒捌玖拾"[n - 1].ToString() : Decimal(n);
            }

            if (format == NumberFormatValues.IdeographTraditional)
            {
                return n is >= 1 and <= 10 ? "甲乙丙丁戊己庚辛壬癸"[n - 1].ToString() : Decimal(n);
            }

            if (format == NumberFormatValues.DecimalEnclosedCircle || format == NumberFormatValues.DecimalEnclosedCircleChinese)
            {
                return n is >= 1 and <= 20 ? ((char)('①' + n - 1)).ToString() : Decimal(n);
            }

            if (format == NumberFormatValues.DecimalEnclosedParen)
            {
                return n is >= 1 and <= 20 ? ((char)('⑴' + n - 1)).ToString() : Decimal(n);
            }

            if (format == NumberFormatValues.DecimalFullWidth || format == NumberFormatValues.DecimalFullWidth2)
            {
                return new string([.. Decimal(n).Select(ch => (char)(ch - '0' + '０'))]);
            }

            if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
            {
                var letter = n is >= 1 and <= 26 ? ((char)('a' + n - 1)).ToString() : Decimal(n);
                return format == NumberFormatValues.UpperLetter ? letter.ToUpperInvariant() : letter;
            }

            if (format == NumberFormatValues.LowerRoman || format == NumberFormatValues.UpperRoman)
            {
                var roman = Roman(n);
                return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
            }

            if (format == NumberFormatValues.DecimalZero)
            {
                return n.ToString("00", CultureInfo.InvariantCulture);
            }

            return Decimal(n);
        }

        private static string Decimal(int n) => n.ToString(CultureInfo.InvariantCulture);

        /// <summary>一 … 九十九 (十一, 二十, 二十一); beyond that the digits.</summary>
        internal static string ChineseCounting(int n)
        {
            const string digits = "零一二三四五六七八九";
            return n switch
            {
                >= 1 and <= 9 => digits[n].ToString(),
                10 => "十",
                > 10 and < 20 => "十" + digits[n - 10],
                >= 20 and < 100 => digits[n / 10] + "十" + (n % 10 == 0 ? string.Empty : digits[n % 10].ToString()),
                _ => Decimal(n),
            };
        }

        private static string Roman(int n)
        {
            if (n is < 1 or > 3999)
            {
                return Decimal(n);
            }

            var sb = new StringBuilder();
            foreach (var (value, symbol) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            {
                while (n >= value)
                {
                    sb.Append(symbol);
                    n -= value;
                }
            }

            return sb.ToString();
        }

        private sealed record Level(NumberFormatValues? Format, string? Text, int Start, LevelSuffixValues? Suffix);
    }
}
