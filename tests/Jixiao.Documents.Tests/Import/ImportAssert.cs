using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import;

/// <summary>What the reading tests assert on an imported synthetic text.</summary>
internal static class ImportAssert
{
    /// <summary>The text imported as exactly one document.</summary>
    public static ImportedDocument One(string text) => Assert.Single(PublishedImporter.ImportText(text, "t.txt").Documents);

    /// <summary>The lines, joined with line ends, imported: every document and undecided part.</summary>
    public static ImportResult Imported(params string[] lines) => PublishedImporter.ImportText(string.Join('\n', lines) + "\n", "t.txt");

    /// <summary>The lines, joined with line ends, imported as exactly one document.</summary>
    public static ImportedDocument Lines(params string[] lines) => Assert.Single(Imported(lines).Documents);

    /// <summary>Reads the lines as one document and asserts its unit and that every value's span holds.</summary>
    public static void UnitRead(string unit, params string[] lines)
    {
        var d = Lines(lines);
        Assert.Equal(unit, d.Evaluation.Unit);
        SpansHold(d);
    }

    /// <summary>The one exact value read for <paramref name="path"/>, with a cited span.</summary>
    public static ReadValue Value(ImportedDocument d, string path)
    {
        var v = Assert.Single(d.Values, x => x.Path == path && !x.Approximate);
        Assert.NotNull(v.Source.Span);
        return v;
    }

    /// <summary>Every value's stated text occurs inside its cited span.</summary>
    public static void SpansHold(ImportedDocument d)
    {
        foreach (var v in d.Values.Where(v => v.Stated is not null && v.Source.Span is not null))
        {
            Assert.Contains(v.Stated!.Trim(), v.Source.Span!, StringComparison.Ordinal);
        }
    }
}
