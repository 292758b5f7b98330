using Jixiao.Documents.Import;

namespace Jixiao.Documents.Reading;

/// <summary>A heading found at the start of a paragraph.</summary>
/// <param name="Numbered">Written with a number of <see cref="ReadingVocabulary.HeadingForms"/>.</param>
/// <param name="Level">Level of its numbering form (unnumbered headings: 1).</param>
/// <param name="Section">The narrative section its words name, or null.</param>
/// <param name="InlineBody">Offset of text that follows the heading in the same paragraph (存在的问题：…), or -1.</param>
/// <param name="Word">The section word found.</param>
internal sealed record Heading(bool Numbered, int Level, SectionEntry? Section, int InlineBody, string Word, int WordStart)
{
    /// <summary>A second section the same heading names (存在的问题和建议: problems and measures), or null.</summary>
    public SectionEntry? Also { get; init; }
}

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

            var (section, word, wordStart, inline) = FindSection(t, end, ix, numbered: true, out var also);
            return new Heading(true, form.Level, section, inline, word, wordStart) { Also = also };
        }

        // Unnumbered: a short line that is the words (存在问题), or inline (存在的问题：…).
        var compact = TextNormalizer.Compact(t);
        var (s, w, ws, inl) = FindSection(t, 0, ix, numbered: false, out var also2);
        if (s is null)
        {
            return null;
        }

        if (inl >= 0 || (compact.Length <= w.Length + 16 && !compact.Contains('。', StringComparison.Ordinal) && !compact.Any(char.IsAsciiDigit)))
        {
            return new Heading(false, 1, s, inl, w, ws) { Also = also2 };
        }

        return null;
    }

    /// <summary>End of a heading number at the start of the text, or -1.</summary>
    private static int MatchForm(string t, HeadingForm form, int from = 0)
    {
        var i = PrefixEnd(t, from, form.Before);
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
    private static (SectionEntry? Section, string Word, int WordStart, int Inline) FindSection(string t, int from, VocabularyIndex ix, bool numbered) =>
        FindSection(t, from, ix, numbered, out _);

    private static (SectionEntry? Section, string Word, int WordStart, int Inline) FindSection(string t, int from, VocabularyIndex ix, bool numbered, out SectionEntry? also)
    {
        also = null;
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
                also = SecondSection(t, m.End, Math.Min(stop, m.End + 12), m.Values[0], ix);
                return (m.Values[0], m.Phrase, m.Start, InlineBody(t, colon, stop, numbered));
            }
        }

        // No section word: two words that name one together (项目资金申报及使用情况), first one first.
        for (var i = from; i < limit; i++)
        {
            if (!numbered && i > from)
            {
                break;
            }

            if (PairAt(t, i, limit, ix) is { } p)
            {
                return (p.Values[0], p.Phrase, p.Start, InlineBody(t, colon, stop, numbered));
            }
        }

        return (null, string.Empty, -1, -1);
    }

    /// <summary>
    /// Where a heading's text starts on its own line (存在的问题：…, 二、…情况。本项目…), or -1: after its colon, or after the full
    /// stop that ends a numbered heading's words.
    /// </summary>
    private static int InlineBody(string t, int colon, int stop, bool numbered)
    {
        var body = colon >= 0 ? colon + 1 : numbered && stop < t.Length && t.Length - stop > 4 && t[stop] is '。' ? stop + 1 : -1;
        while (body >= 0 && body < t.Length && (char.IsWhiteSpace(t[body]) || t[body] == '|'))
        {
            body++;
        }

        return body < t.Length ? body : -1;
    }

    /// <summary>
    /// A pair of a section's words starting at <paramref name="i"/> (资金…使用): the second within
    /// <see cref="PairGap"/> characters of the first, in the same clause, before <paramref name="limit"/>.
    /// </summary>
    private static PhraseMatch<SectionEntry>? PairAt(string t, int i, int limit, VocabularyIndex ix)
    {
        if (ix.SectionPairs.LongestAt(t, i) is not { } first)
        {
            return null;
        }

        for (var j = first.End; j < Math.Min(limit, first.End + PairGap + 1) && j < t.Length; j++)
        {
            if (t[j] is '，' or ',' or '。' or '；' or ';' or ':' or '：' or '|' or '(' or '（')
            {
                break;
            }

            foreach (var (second, section) in first.Values)
            {
                var end = PhraseIndex<SectionEntry>.MatchAt(t, j, second);
                if (end > 0 && end <= limit)
                {
                    return new PhraseMatch<SectionEntry>(i, end, t[i..end], [section]);
                }
            }
        }

        return null;
    }

    /// <summary>At most this many characters between the two words of a pair.</summary>
    private const int PairGap = 8;

    /// <summary>Another section's words right after the first in the same heading (存在的问题及改进建议).</summary>
    private static SectionEntry? SecondSection(string t, int from, int limit, SectionEntry first, VocabularyIndex ix) =>
        SecondSection(t, from, limit, first, ix, out _);

    private static SectionEntry? SecondSection(string t, int from, int limit, SectionEntry first, VocabularyIndex ix, out int end)
    {
        end = from;
        for (var i = from; i < limit && i < t.Length; i++)
        {
            if (ix.SectionWords.LongestAt(t, i) is { } m && m.Values[0].Section != first.Section && m.Values[0].Section != "other")
            {
                end = m.End;
                return m.Values[0];
            }
        }

        return null;
    }

    /// <summary>A part of a paragraph: the whole, or the text from an inline heading on (…运转二、项目资金使用及管理情况…).</summary>
    private sealed record Part(string Text, TextParagraph Para, int Base, bool Split)
    {
        public SourceRef At(int offset) => Para.At(Base + offset);

        public SourceRef Locate(int offset, int length) => Para.Locate(Base + offset, length);
    }

    /// <summary>Reads the narrative sections of the paragraphs into the builder (key → text, with the source of the first body line).</summary>
    public static void Read(IReadOnlyList<TextParagraph> paragraphs, DocBuilder b, VocabularyIndex ix, DocumentKind kind)
    {
        string? key = null;
        string? also = null;
        var level = 0;
        var numbered = false; // the current section's heading is numbered (一、 （三）): its deeper numbered lines are its items
        var body = new List<(string Text, SourceRef Source)>();

        // Sections that enclose the current one (二、绩效目标完成情况分析 above （一）资金投入情况分析): the text of a
        // sub-section is also theirs.
        var enclosing = new List<(string Key, string? Also, int Level)>();

        bool IsList(string k) => ix.Vocabulary.Sections.FirstOrDefault(x => x.Section == k) is { List: true };
        bool Applies(string k) => ix.Vocabulary.Sections.FirstOrDefault(x => x.Section == k) is not { } entry || entry.AppliesTo(kind);
        void Store(string k, string text, SourceRef source)
        {
            if (!Applies(k))
            {
                return;
            }

            b.Narrative[k] = b.Narrative.TryGetValue(k, out var prev) ? prev + "\n" + text : text;
            if (!b.HasSource("narrative." + k))
            {
                b.Source("narrative." + k, source);
            }
        }

        void Flush()
        {
            if (key is null || key == "score" || body.Count == 0)
            {
                body.Clear();
                return;
            }

            var text = string.Join("\n", body.Select(x => x.Text)).Trim();
            if (text.Length > 0 && !TextNormalizer.IsPlaceholder(text))
            {
                foreach (var k in new[] { key, also }.Concat(enclosing.SelectMany(e => new[] { e.Key, e.Also })).OfType<string>().Distinct())
                {
                    Store(k, text, body[0].Source);
                }
            }

            body.Clear();
        }

        var parts = SplitInline(paragraphs, ix);
        HashSet<string>? contents = null;
        for (var p = 0; p < parts.Count; p++)
        {
            var para = parts[p];
            var t = para.Text;

            // A table of contents (目录, then one heading per line): its entries are no sections. It ends at the first line
            // that is no heading, or where its first entry comes again (the body begins).
            var compact = TextNormalizer.Compact(t);
            var firstEntry = ContentsWithFirstEntry(compact, ix);
            if (ix.Vocabulary.ContentsWords.Contains(compact, StringComparer.Ordinal) || firstEntry is not null)
            {
                Flush();
                key = null;
                also = null;
                enclosing.Clear();
                contents = firstEntry is null ? [] : [firstEntry];
                continue;
            }

            if (contents is not null)
            {
                var entry = compact.Length <= 30 && compact.IndexOfAny(['。', ',', '，', ';', '；']) < 0;
                if (entry && (contents.Count == 0 || !contents.Contains(compact)))
                {
                    contents.Add(compact);
                    continue;
                }

                contents = null;
            }

            if (ix.Vocabulary.SectionEndPrefixes.Any(w => t.StartsWith(w, StringComparison.Ordinal)) || IsTableCaption(t))
            {
                Flush();
                key = null;
                also = null;
                enclosing.Clear();
                continue;
            }

            var cells = t.Contains('|', StringComparison.Ordinal);
            var heading = para.Split ? InlineHeadingOf(t, ix) ?? InlineHeadingOf(t, ix, level: 2) ?? HeadingOf(t, ix) : HeadingOf(t, ix) ?? (Leads(t, ix) ? InlineHeadingOf(t, ix) : null);

            // A heading of a section this kind has not (a project's 资金投入情况) is a plain sub-heading.
            if (heading?.Section is { } named && !named.AppliesTo(kind))
            {
                heading = heading with { Section = null, Also = heading.Also is { } a && a.AppliesTo(kind) ? a : null };
                heading = heading.Also is { } second ? heading with { Section = second, Also = null } : heading;
            }

            // Two short lines that make one label: 年度主要 / 工作内容.
            if (heading is null && !cells && t.Length <= 8 && p + 1 < parts.Count && parts[p + 1].Text.Length <= 8)
            {
                var joined = HeadingOf(t + parts[p + 1].Text, ix);
                if (joined is { Numbered: false, Section: not null, InlineBody: < 0 })
                {
                    Flush();
                    enclosing.Clear();
                    key = joined.Section.Section;
                    also = joined.Also?.Section;
                    level = 1;
                    numbered = false;
                    p++;
                    continue;
                }
            }

            // An item of a numbered list section (三、改进措施 / 3.规范资金管理) that names another section is one of its items.
            // Under an unnumbered label (问题分析:) a deeper numbered heading is the outline's, not an item.
            if (heading is { Numbered: true, Section.List: false, Also: not { List: true } } && key is not null && numbered && heading.Level > level && IsList(key))
            {
                heading = heading with { Section = null, Also = null };
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
                enclosing.RemoveAll(e => e.Level >= heading.Level);
                if (key is not null && recognised && heading.Level > level)
                {
                    enclosing.Add((key, also, level));
                }

                key = heading.Section?.Section;
                also = heading.Also?.Section;
                level = heading.Level;
                numbered = heading.Numbered;
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
                    var cellTexts = t.Split('|').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
                    if (cellTexts.Count != 1)
                    {
                        Flush();
                        key = null;
                        also = null;
                        enclosing.Clear();
                        continue;
                    }

                    body.Add((cellTexts[0], para.At(0)));
                    continue;
                }

                body.Add((t.Contains('\t', StringComparison.Ordinal) ? TextNormalizer.JoinCjk(t) : t, para.At(0)));
            }
        }

        Flush();
    }

    /// <summary>
    /// Paragraphs cut at level-1 headings written inside the running text (…正常运转二、项目资金使用及管理情况…,
    /// …报告如下:一、…): a Chinese numeral in a level-1 form that is the next level-1 number of the document,
    /// or the one after it when its first words name a section.
    /// </summary>
    private static List<Part> SplitInline(IReadOnlyList<TextParagraph> paragraphs, VocabularyIndex ix)
    {
        var forms = ix.Vocabulary.HeadingForms.Where(f => f.Level == 1 && f.Numeral == NumeralKind.Chinese && f.Before.Length == 0).ToList();
        var result = new List<Part>();
        var last = 0;
        foreach (var para in paragraphs)
        {
            var t = para.Text;

            // Table rows and a table of contents (一、基本情况 ........ 2 二、…) are not cut.
            if (t.Contains('|', StringComparison.Ordinal) || IsContents(t))
            {
                result.Add(new Part(t, para, 0, false));
                continue;
            }

            var cuts = new List<int>();
            for (var k = 0; k < t.Length; k++)
            {
                if (!ChineseNumerals.Contains(t[k], StringComparison.Ordinal) || (k > 0 && (ChineseNumerals.Contains(t[k - 1], StringComparison.Ordinal) || char.IsAsciiDigit(t[k - 1]) || t[k - 1] == '第')))
                {
                    continue;
                }

                var n = 0;
                var e = k;
                while (e < t.Length && e - k < 3 && ChineseNumerals.Contains(t[e], StringComparison.Ordinal))
                {
                    e++;
                }

                n = ChineseNumber(t[k..e]);
                if (n <= 0 || !forms.Any(f => MatchForm(t[k..], f) > 0))
                {
                    continue;
                }

                if (k == 0)
                {
                    last = n;
                    continue;
                }

                // The next number cuts even when its words name no section (it ends the section before);
                // one number skipped only when they do.
                if (n == last + 1 || (n == last + 2 && InlineHeadingOf(t[k..], ix) is { Section: not null }))
                {
                    cuts.Add(k);
                    last = n;
                }
            }

            // After a sentence: a level-2 heading naming a section (…57 人。 (三)年度总体工作和重点工作任务 1、…), or
            // a section's words and a colon (…自评得分90分,存在的问题:一是…).
            for (var k = 1; k < t.Length; k++)
            {
                if (t[k - 1] is not ('。' or '；' or ';' or ',' or '，' or '.' or ' ') || cuts.Contains(k))
                {
                    continue;
                }

                if (t[k] is '(' or '（' && t[k - 1] is '。' or '；' or ';' or ' ' && InlineHeadingOf(t[k..], ix, level: 2) is { Section: not null })
                {
                    cuts.Add(k);
                    continue;
                }

                if (ix.SectionWords.LongestAt(t, k) is { } m && m.Start == k)
                {
                    // The words may run on a little before the colon (下一步改进 + 措施:).
                    var c = m.End;
                    while (c < t.Length && c < m.End + 4 && (t[c] == ' ' || TextNormalizer.IsCjk(t[c])))
                    {
                        c++;
                    }

                    if (c < t.Length && t[c] is ':' or '：')
                    {
                        cuts.Add(k);
                    }
                }
            }

            cuts.Sort();

            var start = 0;
            foreach (var c in cuts)
            {
                result.Add(new Part(t[start..c], para, start, start > 0));
                start = c;
            }

            result.Add(new Part(t[start..], para, start, start > 0));
        }

        return result;
    }

    /// <summary>The first entry of a table of contents glued to its word (目录1.引言), or null.</summary>
    private static string? ContentsWithFirstEntry(string compact, VocabularyIndex ix)
    {
        foreach (var word in ix.Vocabulary.ContentsWords)
        {
            if (compact.Length > word.Length && compact.Length <= word.Length + 30 && compact.StartsWith(word, StringComparison.Ordinal)
                && compact[word.Length..] is var rest && rest.IndexOfAny(['。', ',', '，', ';', '；']) < 0 && HeadingOf(rest, ix) is { Numbered: true })
            {
                return rest;
            }
        }

        return null;
    }

    /// <summary>A table of contents: headings with dot leaders (一、基本情况 ........ 2).</summary>
    public static bool IsContents(string t) => t.Contains("......", StringComparison.Ordinal) || t.Contains("……", StringComparison.Ordinal);

    /// <summary>True when the text starts with a level-1 Chinese-numbered form (一、基本情况(一)项目…).</summary>
    private static bool Leads(string t, VocabularyIndex ix) => LeadsAt(t, 0, ix);

    /// <summary>
    /// A level-1 Chinese-numbered heading form (headingForms: 一、) starts at <paramref name="at"/>: in a run-together copy, the
    /// next heading glued to the words before it (评价等级：优一、项目基本情况…, 单位名称：某某局一、部门概况…).
    /// </summary>
    internal static bool LeadsAt(string t, int at, VocabularyIndex ix) =>
        ix.Vocabulary.HeadingForms.Any(f => f.Level == 1 && f.Numeral == NumeralKind.Chinese && MatchForm(t, f, at) > 0);

    /// <summary>A level-1 heading run into its text (三、偏离绩效目标的原因和下一步改进措施我局…): the section word must begin within its first words.</summary>
    private static Heading? InlineHeadingOf(string t, VocabularyIndex ix, int level = 1)
    {
        foreach (var form in ix.Vocabulary.HeadingForms.Where(f => f.Level == level && f.Numeral == NumeralKind.Chinese))
        {
            var end = MatchForm(t, form);
            if (end < 0)
            {
                continue;
            }

            for (var i = end; i < Math.Min(t.Length, end + 14); i++)
            {
                if (t[i] is '。' or '；' or ';' or ',' or '，')
                {
                    break;
                }

                if (ix.SectionWords.LongestAt(t, i) is { } m)
                {
                    var also = SecondSection(t, m.End, Math.Min(t.Length, m.End + 12), m.Values[0], ix, out var alsoEnd);
                    var body = also is null ? m.End : alsoEnd;

                    // More words of the heading (年度总体工作和重点工作任务): the text starts after the last of them.
                    for (var j = body; j < Math.Min(t.Length, body + 8); j++)
                    {
                        if (t[j] is '。' or ',' or '，' or ' ')
                        {
                            break;
                        }

                        if (ix.SectionWords.LongestAt(t, j) is { } more && more.Start == j)
                        {
                            body = more.End;
                            j = body - 1;
                        }
                    }

                    while (body < t.Length && t[body] is ':' or '：' or ' ' or '。')
                    {
                        body++;
                    }

                    return new Heading(true, form.Level, m.Values[0], body < t.Length ? body : -1, m.Phrase, m.Start) { Also = also };
                }
            }

            // No section word: a pair (二、项目资金申报及使用情况…), its text after the clause's words.
            for (var i = end; i < Math.Min(t.Length, end + 14); i++)
            {
                if (t[i] is '。' or '；' or ';' or ',' or '，')
                {
                    break;
                }

                if (PairAt(t, i, Math.Min(t.Length, end + 30), ix) is { } p)
                {
                    var body = p.End;
                    while (body < t.Length && t[body] is ':' or '：' or ' ' or '。')
                    {
                        body++;
                    }

                    return new Heading(true, form.Level, p.Values[0], body < t.Length ? body : -1, p.Phrase, p.Start);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>一 … 九十九 as a number, or 0.</summary>
    private static int ChineseNumber(string s)
    {
        const string Digits = "零一二三四五六七八九";
        if (s.Length == 0)
        {
            return 0;
        }

        var ten = s.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return s.Length == 1 ? Digits.IndexOf(s[0], StringComparison.Ordinal) : 0;
        }

        var tens = ten == 0 ? 1 : (ten == 1 ? Digits.IndexOf(s[0], StringComparison.Ordinal) : -1);
        var units = ten == s.Length - 1 ? 0 : (ten == s.Length - 2 ? Digits.IndexOf(s[^1], StringComparison.Ordinal) : -1);
        return tens < 0 || units < 0 ? 0 : (tens * 10) + units;
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
