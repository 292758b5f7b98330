using System.Text;

namespace Jixiao.Domain.Goals;

/// <summary>
/// Chinese text search without word segmentation: text is normalised (full-width → half-width, ASCII lower case,
/// punctuation and spaces dropped) and cut into overlapping character bigrams; documents are ranked with BM25
/// computed locally. The same code indexes the library and scores a query, on every database.
/// </summary>
public static class TextGrams
{
    /// <summary>BM25 term-frequency saturation.</summary>
    public const double K1 = 1.2;

    /// <summary>BM25 length normalisation.</summary>
    public const double B = 0.75;

    /// <summary>Full-width forms folded, ASCII lower-cased, whitespace, punctuation and symbols removed.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = raw;
            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                c = (char)(c - 0xFEE0);
            }

            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                continue;
            }

            sb.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
        }

        return sb.ToString();
    }

    /// <summary>Distinct bigrams of the normalised text (a one-character text is its own gram).</summary>
    public static IReadOnlyList<string> Grams(string? text) => Counts(text).Keys.ToList();

    /// <summary>Bigram → count in the normalised text.</summary>
    public static Dictionary<string, int> Counts(string? text, int weight = 1)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(counts, text, weight);
        return counts;
    }

    /// <summary>Adds the bigrams of <paramref name="text"/> with <paramref name="weight"/> each (names count more than explanations).</summary>
    public static void Add(Dictionary<string, int> counts, string? text, int weight = 1)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var t = Normalize(text);
        if (t.Length == 1)
        {
            counts[t] = counts.GetValueOrDefault(t) + weight;
            return;
        }

        for (var i = 0; i + 1 < t.Length; i++)
        {
            var g = t.Substring(i, 2);
            counts[g] = counts.GetValueOrDefault(g) + weight;
        }
    }

    /// <summary>
    /// BM25 scores of the documents that contain at least one query gram. <paramref name="postings"/> are
    /// (document, gram, tf) rows for the query's grams; <paramref name="lengths"/> each document's total gram count;
    /// <paramref name="documentCount"/> and <paramref name="averageLength"/> describe the whole collection.
    /// </summary>
    public static Dictionary<int, double> Bm25(IEnumerable<(int Document, string Gram, int Tf)> postings, IReadOnlyDictionary<int, int> lengths, int documentCount, double averageLength)
    {
        ArgumentNullException.ThrowIfNull(postings);
        ArgumentNullException.ThrowIfNull(lengths);
        var rows = postings.ToList();
        var df = rows.GroupBy(r => r.Gram, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(r => r.Document).Distinct().Count(), StringComparer.Ordinal);
        var n = Math.Max(documentCount, 1);
        var avg = averageLength > 0 ? averageLength : 1;
        var scores = new Dictionary<int, double>();
        foreach (var (doc, gram, tf) in rows)
        {
            var idf = Math.Log(1 + ((n - df[gram] + 0.5) / (df[gram] + 0.5)));
            var length = lengths.TryGetValue(doc, out var l) ? l : avg;
            var part = idf * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * length / avg))));
            scores[doc] = scores.GetValueOrDefault(doc) + part;
        }

        return scores;
    }
}
