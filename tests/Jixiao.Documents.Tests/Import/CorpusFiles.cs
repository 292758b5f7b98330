using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import;

/// <summary>The corpus copies in testdata/corpus/ (see SOURCES.md there).</summary>
internal static class CorpusFiles
{
    public static string Root => Repo.Root;

    public static string Path(string name) => System.IO.Path.Combine(Root, "testdata", "corpus", name);

    public static IReadOnlyList<string> All() =>
        [.. Directory.GetFiles(System.IO.Path.Combine(Root, "testdata", "corpus"), "*.txt").Order(StringComparer.Ordinal)];

    public static ImportResult Import(string name) => PublishedImporter.ImportFile(Path(name));

    public static ImportedDocument Single(string name)
    {
        var result = Import(name);
        Assert.Single(result.Documents);
        return result.Documents[0];
    }
}
