using Jixiao.Documents.Import;

namespace Jixiao.Documents.Reading;

/// <summary>A heading found at the start of a paragraph.</summary>
/// <param name="Numbered">Written with a number of <see cref="ReadingVocabulary.HeadingForms"/>.</param>
/// <param name="Level">Level of its numbering form (unnumbered headings: 1).</param>
/// <param name="Section">The narrative section its words name, or null.</param>
/// <param name="InlineBody">Offset of text that follows the heading in the same paragraph (存在的问题：…), or -1.</param>
/// <param name="Word">The section word found.</param>
internal sealed record Heading(bool Numbered, int Level, SectionEntry? Section, int InlineBody, string Word, int WordStart);

/// <summary>
/// Narrative sections by their headings, as the vocabulary describes them: numbered in any form
/// (一、 （一） 1. 1、 ①), unnumbered short lines, or inline (存在的问题：…). A section runs to the next
/// heading of the same or a higher level, or to the next recognised heading; sub-headings of
/// deeper levels stay inside it.
/// </summary>
internal static class SectionReader
{
    private const string ChineseNumerals = "一二三四五六七八九十百零〇";

    public static Heading? HeadingOf(string text, VocabularyIndex ix)
    {
        var t = text.TrimStart();
        if (t.Length == 0)
        {
            return null;
        }

        foreach (var form in ix.Vocabulary.HeadingForms)
        {
            var end = MatchForm(t, form);
            if (end < 0)
            {
                continue;
            }

            // A long numbered line is a list item, not a heading.
            var stop = end;
            while (stop < t.Length && t[stop] is not ('。' or '；' or ';' or '：' or ':' or '|'))
            {
                stop++;
            }

            if (TextNormalizer.Compact(t[end..stop]).Length > 30)
            {
                return null;
            }

            var (section, word, wordStart, inline) = FindSection(t, end, ix, numbered: true);
            return new Heading(true, form.Level, section, inline, word, wordStart);
        }

        // Unnumbered: a short line that is the words (存在问题), or inline (存在的问题：…).
        var compact = TextNormalizer.Compact(t);
        var (s, w, ws, inl) = FindSection(t, 0, ix, numbered: false);
        if (s is null)
        {
            return null;
        }

        if (inl >= 0 || (compact.Length <= w.Length + 16 && !compact.Contains('。', StringComparison.Ordinal) && !compact.Any(char.IsAsciiDigit)))
        {
            return new Heading(false, 1, s, inl, w, ws);
        }

        return null;
    }

    /// <summary>End of a heading number at the start of the text, or -1.</summary>
    private static int MatchForm(string t, HeadingForm form)
    {
        var i = PrefixEnd(t, 0, form.Before);
        if (i < 0)
        {
            return -1;
        }

        var start = i;
        switch (form.Numeral)
        {
            case NumeralKind.Chinese:
                while (i < t.Length && i - start < 4 && ChineseNumerals.Contains(t[i], StringComparison.Ordinal))
                {
                    i++;
                }

                break;
            case NumeralKind.Arabic:
                while (i < t.Length && i - start < 2 && char.IsAsciiDigit(t[i]))
                {
                    i++;
                }

                break;
            case NumeralKind.Circled:
                if (i < t.Length && t[i] is >= '①' and <= '⑳')
                {
                    i++;
                }

                break;
            default:
                break;
        }

        if (i == start)
        {
            return -1;
        }

        var end = PrefixEnd(t, i, form.After);
        if (end < 0 || (form.Numeral == NumeralKind.Arabic && end < t.Length && char.IsAsciiDigit(t[end])))
        {
            return -1;
        }

        // "一是", "十分": a Chinese numeral followed by a word is not a heading unless the form has a mark.
        if (form.After.Length == 0 && form.Before.Length == 0)
        {
            return -1;
        }

        return end;
    }

    private static int PrefixEnd(string t, int i, string folded)
    {
        foreach (var c in folded)
        {
            while (i < t.Length && t[i] == ' ')
            {
                i++;
            }

            if (i >= t.Length || VocabularyLoader.FoldChar(t[i]) != c)
            {
                return -1;
            }

            i++;
        }

        return i;
    }

    /// <summary>The first section word within the heading's words (before a full stop or colon), and where an inline body starts.</summary>
    private static (SectionEntry? Section, string Word, int WordStart, int Inline) FindSection(string t, int from, VocabularyIndex ix, bool numbered)
    {
        var stop = t.Length;
        var colon = -1;
        for (var i = from; i < t.Length; i++)
        {
            if (t[i] is '。' or '；' or ';')
            {
                stop = i;
                break;
            }

            if (t[i] is '：' or ':' or '|')
            {
                stop = i;
                colon = i;
                break;
            }
        }

        var limit = Math.Min(stop, from + 40);
        for (var i = from; i < limit; i++)
        {
            // Unnumbered headings begin with their words (存在问题, 存在的问题：…), or are a short label
            // line with a few words before them (年度部门(单位)总体运行情况及取得的成绩).
            if (!numbered && i > from && (i > from + 10 || colon >= 0 || t.AsSpan(from, Math.Min(t.Length - from, 40)).IndexOfAny("，,、；。") >= 0))
            {
                break;
            }

            if (ix.SectionWords.LongestAt(t, i) is { } m && m.Start < limit)
            {
                var inline = -1;
                if (colon >= 0)
                {
                    var body = colon + 1;
                    while (body < t.Length && (char.IsWhiteSpace(t[body]) || t[body] == '|'))
                    {
                        body++;
                    }

                    if (body < t.Length && t.Length - body >= 1)
                    {
                        inline = body;
                    }
                }
                else if (numbered && stop < t.Length && t.Length - stop > 4 && t[stop] is '。')
                {
                    inline = stop + 1;
                }

                return (m.Values[0], m.Phrase, m.Start, inline);
            }
        }

        return (null, string.Empty, -1, -1);
    }

    /// <summary>Reads the narrative sections of the paragraphs into the builder (key → text, with the source of the first body line).</summary>
    public static void Read(IReadOnlyList<TextParagraph> paragraphs, DocBuilder b, VocabularyIndex ix, DocumentKind kind)
    {
        string? key = null;
        var level = 0;
        var body = new List<(string Text, SourceRef Source)>();

        void Flush()
        {
            if (key is null || key == "score" || body.Count == 0 || ix.Vocabulary.Sections.FirstOrDefault(x => x.Section == key) is { } entry && !entry.AppliesTo(kind))
            {
                body.Clear();
                return;
            }

            var text = string.Join("\n", body.Select(x => x.Text)).Trim();
            if (text.Length > 0 && !TextNormalizer.IsPlaceholder(text) && !IsEmptyText(text, ix.Vocabulary))
            {
                b.Narrative[key] = b.Narrative.TryGetValue(key, out var prev) ? prev + "\n" + text : text;
                if (!b.HasSource("narrative." + key))
                {
                    b.Source("narrative." + key, body[0].Source);
                }
            }

            body.Clear();
        }

        for (var p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            var t = para.Text;
            if (t.StartsWith("附表", StringComparison.Ordinal) || t.StartsWith("附件", StringComparison.Ordinal) || IsTableCaption(t))
            {
                Flush();
                key = null;
                continue;
            }

            var cells = t.Contains('|', StringComparison.Ordinal);
            var heading = HeadingOf(t, ix);

            // Two short lines that make one label: 年度主要 / 工作内容.
            if (heading is null && !cells && t.Length <= 8 && p + 1 < paragraphs.Count && paragraphs[p + 1].Text.Length <= 8)
            {
                var joined = HeadingOf(t + paragraphs[p + 1].Text, ix);
                if (joined is { Numbered: false, Section: not null, InlineBody: < 0 })
                {
                    Flush();
                    key = joined.Section.Section;
                    level = 1;
                    p++;
                    continue;
                }
            }

            if (heading is not null && (heading.Section is not null || heading.Numbered))
            {
                var recognised = heading.Section is not null;
                if (!recognised && key is not null && heading.Level > level)
                {
                    // A sub-heading of the current section: part of its text.
                    body.Add((t, para.At(0)));
                    continue;
                }

                Flush();
                key = heading.Section?.Section;
                level = heading.Level;
                if (heading.InlineBody >= 0 && heading.InlineBody < t.Length)
                {
                    var inline = t[heading.InlineBody..].Trim().Trim('|').Trim();
                    if (cells)
                    {
                        inline = string.Join(" ", t[heading.InlineBody..].Split('|').Select(c => c.Trim()).Where(c => c.Length > 0));
                    }

                    if (inline.Length > 0)
                    {
                        body.Add((inline, para.Locate(heading.InlineBody, Math.Min(t.Length - heading.InlineBody, 60))));
                    }
                }

                continue;
            }

            if (key is not null)
            {
                if (cells)
                {
                    // A table row after a section label ends it unless it is one cell of text.
                    var parts = t.Split('|').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
                    if (parts.Count != 1)
                    {
                        Flush();
                        key = null;
                        continue;
                    }

                    body.Add((parts[0], para.At(0)));
                    continue;
                }

                body.Add((t.Contains('\t', StringComparison.Ordinal) ? TextNormalizer.JoinCjk(t) : t, para.At(0)));
            }
        }

        Flush();
    }

    /// <summary>A section text that only says there is nothing to say (无, 暂无。): the section is not present.</summary>
    public static bool IsEmptyText(string text, ReadingVocabulary v)
    {
        var folded = VocabularyLoader.Fold(text).TrimEnd('。', '.', ';', '!');
        return folded.Length == 0 || v.EmptySectionTexts.Contains(folded, StringComparer.Ordinal);
    }

    private static bool IsTableCaption(string t)
    {
        // 表1 …, 表 3 …
        if (!t.StartsWith('表'))
        {
            return false;
        }

        var i = 1;
        while (i < t.Length && t[i] == ' ')
        {
            i++;
        }

        var d = i;
        while (d < t.Length && char.IsAsciiDigit(t[d]))
        {
            d++;
        }

        return d > i && d < t.Length && t[d] == ' ';
    }
}
