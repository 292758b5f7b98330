namespace Jixiao.Documents.Reading;

/// <summary>A phrase found in text: where it starts and ends (exclusive) and what it stands for.</summary>
internal readonly record struct PhraseMatch<T>(int Start, int End, string Phrase, IReadOnlyList<T> Values);

/// <summary>
/// Phrases of the vocabulary indexed by their first (folded) character, longest first. A phrase
/// matches text with punctuation folded (（ = (, ： = :) and with spaces inside the text skipped
/// (PDF extraction breaks words: "预 算 数"). Linear in the text for a fixed vocabulary.
/// </summary>
internal sealed class PhraseIndex<T>
{
    private readonly Dictionary<char, List<(string Phrase, List<T> Values)>> byFirst = [];

    public void Add(string foldedPhrase, T value)
    {
        if (foldedPhrase.Length == 0)
        {
            return;
        }

        if (!byFirst.TryGetValue(foldedPhrase[0], out var list))
        {
            byFirst[foldedPhrase[0]] = list = [];
        }

        var existing = list.FindIndex(e => e.Phrase == foldedPhrase);
        if (existing >= 0)
        {
            list[existing].Values.Add(value);
            return;
        }

        list.Add((foldedPhrase, [value]));
        list.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
    }

    /// <summary>
    /// The longest phrase starting at <paramref name="i"/>, or null. With <paramref name="spacedWords"/> a single space
    /// between two characters of a phrase is skipped too (a run of header cells copied from a document-sharing page:
    /// 年初 预算数全年 预算数全年 执行数分值执行率得分), where the caller knows the text is a run of labels, not cells.
    /// </summary>
    public PhraseMatch<T>? LongestAt(string text, int i, bool spacedWords = false)
    {
        if (i >= text.Length || char.IsWhiteSpace(text[i]) || !byFirst.TryGetValue(VocabularyLoader.FoldChar(text[i]), out var list))
        {
            return null;
        }

        foreach (var (phrase, values) in list)
        {
            var end = MatchAt(text, i, phrase, spacedWords);
            if (end > 0)
            {
                return new PhraseMatch<T>(i, end, phrase, values);
            }
        }

        return null;
    }

    /// <summary>End (exclusive) of <paramref name="phrase"/> matched at <paramref name="i"/>, or -1.</summary>
    public static int MatchAt(string text, int i, string phrase, bool spacedWords = false)
    {
        var j = i;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (k > 0 && spacedWords && j + 1 < text.Length && text[j] == ' ' && !char.IsWhiteSpace(text[j + 1]))
            {
                j++;
            }
            else if (k > 0 && (IsMark(phrase[k]) || IsMark(phrase[k - 1])))
            {
                // A space next to punctuation inside the label is skipped (部门 (单位)名称, 经自评， 得分);
                // a space between two words is a cell boundary, not part of a label (项目 主管部门).
                var skipped = 0;
                while (j < text.Length && char.IsWhiteSpace(text[j]) && skipped < 3)
                {
                    j++;
                    skipped++;
                }
            }

            if (j >= text.Length || VocabularyLoader.FoldChar(text[j]) != phrase[k])
            {
                return -1;
            }

            j++;
        }

        return j;
    }

    private static bool IsMark(char c) => c < 128 && !char.IsAsciiLetterOrDigit(c);

    /// <summary>Every non-overlapping longest match, left to right.</summary>
    public List<PhraseMatch<T>> FindAll(string text, Func<PhraseMatch<T>, bool>? accept = null)
    {
        var result = new List<PhraseMatch<T>>();
        var i = 0;
        while (i < text.Length)
        {
            var m = LongestAt(text, i);
            if (m is { } found && (accept is null || accept(found)))
            {
                result.Add(found);
                i = found.End;
                continue;
            }

            i++;
        }

        return result;
    }

    /// <summary>True when some phrase occurs in the text.</summary>
    public bool Contains(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (LongestAt(text, i) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
