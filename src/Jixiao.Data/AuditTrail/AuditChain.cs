using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.AuditTrail;

/// <summary>
/// The audit log as a hash chain: row n stores SHA-256 of its canonical content, which includes the hash of row n-1.
/// Changing a row breaks its own hash; deleting or inserting one breaks the sequence or the next row's link. The canonical
/// content is a JSON array of the fields in a fixed order (<see cref="Canonical"/>), the time in UTC to the microsecond
/// (what PostgreSQL keeps), so both databases give the same hashes for the same rows.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first row.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Lock key of the chain's writers on PostgreSQL (pg_advisory_xact_lock); SQLite's write transaction is the lock there.</summary>
    private const long LockKey = 0x4A49_5849_414F_4155; // "JIXIAOAU"

    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The time as stored and hashed: UTC, whole microseconds.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset at)
    {
        var ticks = at.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % 10), TimeSpan.Zero);
    }

    /// <summary>The bytes that are hashed: [sequence, time, actor, action, entity type, entity id, before, after, previous hash].</summary>
    public static byte[] Canonical(AuditEntry e, string previousHash)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Writer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(e.Sequence);
            json.WriteStringValue(Normalize(e.At).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            json.WriteStringValue(e.Actor);
            json.WriteStringValue(e.Action);
            json.WriteStringValue(e.EntityType);
            json.WriteStringValue(e.EntityId);
            WriteNullable(json, e.Before);
            WriteNullable(json, e.After);
            json.WriteStringValue(previousHash);
            json.WriteEndArray();
        }

        return buffer.ToArray();

        static void WriteNullable(Utf8JsonWriter json, string? value)
        {
            if (value is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteStringValue(value);
            }
        }
    }

    public static string ComputeHash(AuditEntry e, string previousHash) => Convert.ToHexStringLower(SHA256.HashData(Canonical(e, previousHash)));

    /// <summary>
    /// Chains the rows about to be inserted to the last row, in the order they were added. Must run inside the transaction
    /// that inserts them: on PostgreSQL it takes a transaction-scoped advisory lock, released at commit, so the next
    /// writer reads this head only after it is committed; on SQLite the write transaction (BEGIN IMMEDIATE) serializes writers.
    /// </summary>
    internal static async Task SealAsync(JixiaoDbContext db, IReadOnlyList<AuditEntry> added, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [LockKey], ct);
        }

        var head = await db.AuditLog.AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
        var sequence = head?.Sequence ?? 0;
        var previous = head is null ? Genesis : head.Hash ?? await LegacyHeadAsync(db, ct);
        foreach (var entry in added)
        {
            entry.At = Normalize(entry.At);
            entry.Sequence = ++sequence;
            entry.PreviousHash = previous;
            entry.Hash = ComputeHash(entry, previous);
            previous = entry.Hash;
        }
    }

    /// <summary>Rows written before the chain existed have no stored hash; they are chained on the fly, and the first stored row links to them.</summary>
    private static async Task<string> LegacyHeadAsync(JixiaoDbContext db, CancellationToken ct)
    {
        var previous = Genesis;
        await foreach (var row in db.AuditLog.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            previous = ComputeHash(row, previous);
        }

        return previous;
    }

    /// <summary>
    /// Reads the whole log in chain order and checks every link. Stops at the first broken row and says what is wrong with it.
    /// </summary>
    public static async Task<ChainReport> VerifyAsync(JixiaoDbContext db, CancellationToken ct = default)
    {
        var previous = Genesis;
        long expected = 1;
        long count = 0;
        long legacy = 0;
        var chained = false;
        AuditEntry? last = null;
        await foreach (var row in db.AuditLog.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (row.Sequence != expected)
            {
                return ChainReport.Broken(count - 1, legacy, row, row.Sequence > expected
                    ? $"序号不连续：应为第 {expected} 条，实为第 {row.Sequence} 条（其间 {row.Sequence - expected} 条记录被删除）"
                    : $"序号重复或倒退：第 {row.Sequence} 条出现在第 {expected - 1} 条之后");
            }

            if (row.Hash is null)
            {
                if (chained)
                {
                    return ChainReport.Broken(count - 1, legacy, row, "缺少哈希值（哈希链启用后写入的记录不应没有哈希值，记录被改动）");
                }

                legacy++;
                previous = ComputeHash(row, previous);
            }
            else
            {
                chained = true;
                if (!string.Equals(row.PreviousHash, previous, StringComparison.Ordinal))
                {
                    return ChainReport.Broken(count - 1, legacy, row, "与前一条记录的哈希不符（前一条记录被修改或删除）");
                }

                var actual = ComputeHash(row, previous);
                if (!string.Equals(actual, row.Hash, StringComparison.Ordinal))
                {
                    return ChainReport.Broken(count - 1, legacy, row, "内容与哈希值不符（本条记录被修改）");
                }

                previous = row.Hash;
            }

            expected++;
            last = row;
        }

        return new ChainReport(true, count, legacy, last?.Sequence, previous, null, null);
    }
}

/// <summary>The outcome of <see cref="AuditChain.VerifyAsync"/>: how many rows were checked, the head, or the first broken row and why.</summary>
public sealed record ChainReport(bool Intact, long Checked, long Legacy, long? HeadSequence, string HeadHash, AuditEntry? FirstBroken, string? Problem)
{
    internal static ChainReport Broken(long checkedBefore, long legacy, AuditEntry row, string problem) =>
        new(false, checkedBefore, legacy, null, string.Empty, row, problem);
}
