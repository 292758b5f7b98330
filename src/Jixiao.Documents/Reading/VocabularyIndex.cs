using System.Runtime.CompilerServices;

namespace Jixiao.Documents.Reading;

/// <summary>A label found in text: a field's label, a subject's label, or both (the same words).</summary>
internal sealed record LabelEntry(FieldLabel? Field, SubjectLabel? Subject);

/// <summary>
/// The vocabulary compiled for reading: phrase indexes of labels, subjects, headers, grades and
/// section words, built once per vocabulary.
/// </summary>
internal sealed class VocabularyIndex
{
    private static readonly ConditionalWeakTable<ReadingVocabulary, VocabularyIndex> Cache = [];

    private VocabularyIndex(ReadingVocabulary v)
    {
        Vocabulary = v;
        foreach (var l in v.Labels)
        {
            Labels.Add(l.Text, new LabelEntry(l, null));
        }

        foreach (var s in v.Subjects)
        {
            Labels.Add(s.Text, new LabelEntry(null, s));
        }

        foreach (var g in v.Grades)
        {
            GradeWords.Add(g.Word, g);
        }

        foreach (var s in v.Sections)
        {
            foreach (var w in s.Words)
            {
                SectionWords.Add(w, s);
            }

            foreach (var (first, second) in s.Pairs)
            {
                SectionPairs.Add(first, (second, s));
            }
        }

        // Column headers first (得分 heads a score column), then the fields' own labels (全年预算数 heads its field's column).
        foreach (var h in v.HeaderCells)
        {
            HeaderColumns.TryAdd(h.Text, h.Column);
        }

        foreach (var l in v.Labels.Where(l => VocabularyLoader.KnownFields[l.Field] is not (ValueRole.Text or ValueRole.Code or ValueRole.Grade)))
        {
            HeaderColumns.TryAdd(l.Text, l.Field);
        }

        foreach (var r in v.Rows)
        {
            foreach (var label in r.Labels)
            {
                if (!RowKinds.TryGetValue(label, out var kinds))
                {
                    RowKinds[label] = kinds = [];
                }

                kinds.Add(r.Row);
            }
        }

        foreach (var (text, column) in HeaderColumns)
        {
            HeaderPhrases.Add(text, column);
        }

        // Other units' wording of the same header cells, for a header run whose cells were run together (年初预算安排数 全年预算数
        // 全年实际支出数 …): a period word before a cell and a filler after it, as HeaderColumn reads a whole cell.
        foreach (var (text, column) in HeaderColumns.ToList())
        {
            foreach (var q in v.HeaderQualifiers.Prepend(string.Empty))
            {
                foreach (var f in v.HeaderFillers.Prepend(string.Empty))
                {
                    var variant = q + text + f;
                    if (variant.Length > text.Length && !HeaderColumns.ContainsKey(variant) && !text.EndsWith(f, StringComparison.Ordinal))
                    {
                        HeaderPhrases.Add(variant, column);
                    }
                }
            }
        }

        foreach (var (label, kinds) in RowKinds)
        {
            foreach (var kind in kinds)
            {
                RowPhrases.Add(label, kind);
            }
        }

        foreach (var key in v.CoverKeys)
        {
            CoverKeys.Add(key, key);
        }

        foreach (var w in v.TotalSubjects)
        {
            TotalSubjects.Add(w, w);
        }
    }

    public static VocabularyIndex Of(ReadingVocabulary v) => Cache.GetValue(v, x => new VocabularyIndex(x));

    public ReadingVocabulary Vocabulary { get; }

    public PhraseIndex<LabelEntry> Labels { get; } = new();

    public PhraseIndex<GradeWord> GradeWords { get; } = new();

    public PhraseIndex<SectionEntry> SectionWords { get; } = new();

    /// <summary>The first words of the sections' pairs, each with the second word and its section.</summary>
    public PhraseIndex<(string Second, SectionEntry Section)> SectionPairs { get; } = new();

    public PhraseIndex<string> CoverKeys { get; } = new();

    public PhraseIndex<string> TotalSubjects { get; } = new();

    /// <summary>Whole header cell (folded, marks such as (A) (万元) removed) → column (field path or column role).</summary>
    public Dictionary<string, string> HeaderColumns { get; } = new(StringComparer.Ordinal);

    /// <summary>Header cells as phrases, to find a header run inside a line whose cells were run together.</summary>
    public PhraseIndex<string> HeaderPhrases { get; } = new();

    /// <summary>Row labels as phrases (value: row kind), to find a row inside a line whose cells were run together.</summary>
    public PhraseIndex<string> RowPhrases { get; } = new();

    /// <summary>Row label (folded) → row kinds (indicatorTotal, budgetTotal, fundSource).</summary>
    public Dictionary<string, List<string>> RowKinds { get; } = new(StringComparer.Ordinal);

    /// <summary>The column a whole cell heads, or null. Marks are ignored: 全年预算数(A), 执行率(B/A), 预算数(万元).</summary>
    public string? HeaderColumn(string cell)
    {
        var folded = VocabularyLoader.Fold(cell).TrimEnd(':');
        if (folded.Length == 0)
        {
            return null;
        }

        if (HeaderColumns.TryGetValue(folded, out var column))
        {
            return column;
        }

        var stripped = StripMarks(folded);
        if (stripped.Length > 0 && stripped != folded && HeaderColumns.TryGetValue(stripped, out column))
        {
            return column;
        }

        // A known label with a period word before it (全年实际支出数) or a filler after it (年初预算安排数): the same column.
        if (stripped.Length > 0 && QualifiedColumn(stripped) is { } qualified)
        {
            return qualified;
        }

        // A header cell followed by a note in brackets: 分值(10分), 得分(20分*执行率), 得分(按执行率计算).
        for (var s = folded; s.EndsWith(')');)
        {
            var open = s.LastIndexOf('(');
            if (open <= 0)
            {
                break;
            }

            s = StripMarks(s[..open]);
            if (HeaderColumns.TryGetValue(s, out column))
            {
                return column;
            }
        }

        return null;
    }

    private string? QualifiedColumn(string folded)
    {
        foreach (var q in Vocabulary.HeaderQualifiers.Where(q => folded.StartsWith(q, StringComparison.Ordinal)).Append(string.Empty))
        {
            var rest = folded[q.Length..];
            if (q.Length > 0 && rest.Length >= 2 && HeaderColumns.TryGetValue(rest, out var column))
            {
                return column;
            }

            foreach (var f in Vocabulary.HeaderFillers.Where(f => rest.EndsWith(f, StringComparison.Ordinal)))
            {
                var core = rest[..^f.Length];
                if (core.Length >= 2 && HeaderColumns.TryGetValue(core, out column))
                {
                    return column;
                }
            }
        }

        return null;
    }

    /// <summary>A row's label starting at <paramref name="at"/> in running text, 其中 or 其中: before it passed over; null when none.</summary>
    public PhraseMatch<string>? RowLabelAt(string text, int at) => RowPhrases.LongestAt(text, AfterPartsLead(text, at));

    /// <summary>The word of <paramref name="words"/> that <paramref name="span"/> ends in, or null (no substring made: used on hot paths).</summary>
    internal static string? EndingWord(ReadOnlySpan<char> span, IReadOnlyList<string> words)
    {
        foreach (var w in words)
        {
            if (span.EndsWith(w, StringComparison.Ordinal))
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>Where the words after a parts' lead (其中 or 其中:) at <paramref name="at"/> start; <paramref name="at"/> when there is none.</summary>
    internal static int AfterPartsLead(string text, int at) =>
        at + (text.AsSpan(at).StartsWith("其中:") ? 3 : text.AsSpan(at).StartsWith("其中") ? 2 : 0);

    /// <summary>Row kinds of a whole cell (其中: removed), or an empty list.</summary>
    public IReadOnlyList<string> RowKindsOf(string cell)
    {
        var folded = StripMarks(VocabularyLoader.Fold(cell).TrimEnd(':'));
        folded = folded[AfterPartsLead(folded, 0)..].TrimStart(':').TrimEnd(':');
        return RowKinds.TryGetValue(folded, out var kinds) ? kinds : [];
    }

    /// <summary>Parenthesised marks at the end of a folded cell: (A) (B/A) (万元) (元) (%) (分).</summary>
    public static string StripMarks(string folded)
    {
        var s = folded;
        while (s.EndsWith(')'))
        {
            var open = s.LastIndexOf('(');
            if (open <= 0)
            {
                break;
            }

            var inner = s[(open + 1)..^1];
            if (inner.Length > 6 || !inner.All(c => char.IsAsciiLetter(c) || c is '/' or '%' or '元' or '万' or '亿' or '分' or '率' or '×' or '*' or '='))
            {
                break;
            }

            s = s[..open];
        }

        // A column's letter written without its brackets (全年预算数A, 全年执行数B): the same mark.
        if (s.Length > 3 && s[^1] is 'A' or 'B' or 'C' && !char.IsAsciiLetter(s[^2]) && !char.IsAsciiDigit(s[^2]))
        {
            s = s[..^1];
        }

        return s;
    }
}
