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
        // Update mode rewrites the archive but copies the compressed bytes of entries that were not
        // opened, so only the timestamps change and only _rels/.rels is recompressed.
        using (var archive = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in archive.Entries.ToList())
            {
                if (entry.FullName == "_rels/.rels")
                {
                    string xml;
                    using (var reader = new StreamReader(entry.Open()))
                    {
                        xml = reader.ReadToEnd();
                    }

                    // System.IO.Packaging names package-level relationships with random ids ("R2a78…");
                    // nothing refers to them from outside this file, so number them in order.
                    var n = 0;
                    xml = RandomId().Replace(xml, _ => "Id=\"rId" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"");
                    entry.Delete();
                    var copy = archive.CreateEntry("_rels/.rels", CompressionLevel.Fastest);
                    copy.LastWriteTime = FixedTime;
                    using var to = copy.Open();
                    to.Write(new System.Text.UTF8Encoding(false).GetBytes(xml));
                }
                else
                {
                    entry.LastWriteTime = FixedTime;
                }
            }
        }

        package.Position = 0;
        package.CopyTo(output);
    }

    [System.Text.RegularExpressions.GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial System.Text.RegularExpressions.Regex RandomId();
}
