using System.IO.Compression;

namespace Jixiao.Documents.OwnFiles;

/// <summary>
/// Rewrites an OPC package (DOCX/XLSX zip) with fixed entry timestamps and a fixed entry order,
/// so the same evaluation always gives the same bytes (golden files, caching, diffs).
/// </summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Normalize(Stream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

        // [Content_Types].xml first (some readers expect it), then the rest by name.
        var entries = source.Entries
            .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1)
            .ThenBy(e => e.FullName, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
            copy.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
