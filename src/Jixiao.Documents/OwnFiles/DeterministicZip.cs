using System.IO.Compression;

namespace Jixiao.Documents.OwnFiles;

/// <summary>
/// Rewrites an OPC package (DOCX/XLSX zip) with fixed entry timestamps and a fixed entry order,
/// so the same evaluation always gives the same bytes (golden files, caching, diffs).
/// </summary>
internal static partial class DeterministicZip
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
            if (entry.FullName == "_rels/.rels")
            {
                // System.IO.Packaging names package-level relationships with random ids ("R2a78…");
                // nothing refers to them from outside this file, so number them in order.
                using var reader = new StreamReader(from);
                var n = 0;
                var xml = RandomId().Replace(reader.ReadToEnd(), _ => "Id=\"rId" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"");
                var bytes = new System.Text.UTF8Encoding(false).GetBytes(xml);
                to.Write(bytes);
            }
            else
            {
                from.CopyTo(to);
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial System.Text.RegularExpressions.Regex RandomId();
}
