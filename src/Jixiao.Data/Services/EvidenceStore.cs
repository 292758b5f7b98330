using System.Security.Cryptography;
using Jixiao.Domain;

namespace Jixiao.Data.Services;

/// <summary>A stored evidence file's facts.</summary>
public sealed record StoredFile(string FileName, string ContentType, long Size, string Sha256);

/// <summary>
/// 佐证材料 on disk, outside the web root, named by their SHA-256 (content-addressed, so a file is stored once).
/// Only PDF, images, Office documents and plain text, up to <see cref="MaxBytes"/>; the type is checked by the file's
/// first bytes, not only its name.
/// </summary>
public sealed class EvidenceStore(string directory)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".txt"] = "text/plain",
    };

    public string Directory { get; } = directory;

    public static string AllowedList => string.Join("、", Types.Keys);

    public async Task<Result<StoredFile>> SaveAsync(string fileName, string contentType, Stream content, CancellationToken ct = default)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var ext = Path.GetExtension(name);
        if (string.IsNullOrWhiteSpace(name) || !Types.TryGetValue(ext, out var type))
        {
            return Result<StoredFile>.Failure(new DomainError("evidence.type", name, $"不支持的文件类型“{ext}”，只能上传 {AllowedList}。"));
        }

        System.IO.Directory.CreateDirectory(Directory);
        var temp = Path.Combine(Directory, "upload-" + Guid.NewGuid().ToString("N") + ".tmp");
        long size = 0;
        var head = new byte[8];
        var headLength = 0;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            await using (var output = File.Create(temp))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    size += read;
                    if (size > MaxBytes)
                    {
                        return Result<StoredFile>.Failure(new DomainError("evidence.size", name, $"文件超过 {MaxBytes / 1024 / 1024} MB 的上限。"));
                    }

                    var take = Math.Min(head.Length - headLength, read);
                    Array.Copy(buffer, 0, head, headLength, take);
                    headLength += take;
                    sha.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }

            if (size == 0)
            {
                return Result<StoredFile>.Failure(new DomainError("evidence.empty", name, "文件为空。"));
            }

            if (!MagicMatches(ext, head.AsSpan(0, headLength)))
            {
                return Result<StoredFile>.Failure(new DomainError("evidence.content", name, $"文件内容与扩展名“{ext}”不符。"));
            }

            var hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            var final = Path.Combine(Directory, hash);
            if (!File.Exists(final))
            {
                File.Move(temp, final);
            }

            return Result<StoredFile>.Success(new StoredFile(name, type, size, hash));
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public Stream Open(string sha256) => File.OpenRead(PathOf(sha256));

    /// <summary>Removes stored bytes (when no record refers to them any more); a missing file is not an error.</summary>
    public void Delete(string sha256)
    {
        var path = PathOf(sha256);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>Whether a content type may be shown in the browser (preview) rather than only downloaded.</summary>
    public static bool IsPreviewable(string contentType) => contentType is "application/pdf" or "image/png" or "image/jpeg" or "text/plain";

    private string PathOf(string sha256) =>
        sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower) ? Path.Combine(Directory, sha256) : throw new ArgumentException("Not a SHA-256.", nameof(sha256));

    private static bool MagicMatches(string ext, ReadOnlySpan<byte> head) => ext.ToUpperInvariant() switch
    {
        ".PDF" => head.StartsWith("%PDF"u8),
        ".PNG" => head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }),
        ".JPG" or ".JPEG" => head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }),
        ".DOCX" or ".XLSX" => head.StartsWith("PK\u0003\u0004"u8),
        ".TXT" => !head.Contains((byte)0),
        _ => false,
    };
}
