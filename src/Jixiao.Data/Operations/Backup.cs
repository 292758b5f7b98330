using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Jixiao.Data.AuditTrail;
using Jixiao.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jixiao.Data.Operations;

/// <summary>What a backup holds, written as manifest.json inside it and checked again on restore.</summary>
public sealed record BackupManifest(
    int Format, string Provider, DateTimeOffset CreatedAt, string DatabaseEntry, string DatabaseSha256,
    int Evaluations, long AuditEntries, long? AuditHeadSequence, string AuditHeadHash, bool AuditIntact,
    int PublishedDocuments, IReadOnlyList<string> Evidence);

/// <summary>
/// <c>jixiao backup FILE</c> and <c>jixiao restore FILE</c>: one ZIP file holding the database (SQLite through its online
/// backup API, so the application may keep running; PostgreSQL through <c>pg_dump --format=custom</c>), the evidence files
/// the database refers to (stored under their SHA-256), and a manifest with counts and the audit chain's head. The
/// data-protection keys are in the database, encrypted; the key-encryption key is not in the backup.
/// Restore goes only into an empty database, then checks the counts, the evidence hashes and the audit chain against the manifest.
/// </summary>
public static class Backup
{
    public const int FormatVersion = 1;
    private const string Manifest = "manifest.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<Result<BackupManifest>> CreateAsync(DatabaseSpec spec, string dataDirectory, string file, CancellationToken ct = default)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            return Fail("backup.exists", file, $"备份文件 {file} 已存在：请换一个文件名（不会覆盖已有备份）。");
        }

        if (Path.GetDirectoryName(target) is { } dir && !Directory.Exists(dir))
        {
            return Fail("backup.directory", file, $"目录 {dir} 不存在。");
        }

        var work = Directory.CreateTempSubdirectory("jixiao-backup-");
        try
        {
            // The chain and the counts first: what the manifest promises is what the dump holds (both from the same moment
            // on SQLite; on PostgreSQL pg_dump's snapshot may see rows written after, which restore then also verifies).
            ChainReport chain;
            int evaluations;
            int documents;
            List<string> evidence;
            await using (var db = DatabaseRegistration.Create(spec))
            {
                if (!await db.Database.CanConnectAsync(ct))
                {
                    return Fail("backup.connect", "--db", "无法连接数据库：" + Describe(spec));
                }

                chain = await AuditChain.VerifyAsync(db, ct);
                evaluations = await db.Evaluations.CountAsync(ct);
                documents = await db.PublishedDocuments.CountAsync(ct);
                evidence = await db.EvidenceFiles.Select(f => f.Sha256).Distinct().OrderBy(h => h).ToListAsync(ct);
            }

            var dumpName = spec.Provider == DatabaseProvider.Sqlite ? "database.sqlite" : "database.pgdump";
            var dumpPath = Path.Combine(work.FullName, dumpName);
            var dumped = spec.Provider == DatabaseProvider.Sqlite ? DumpSqlite(spec, dumpPath) : await DumpPostgresAsync(spec, dumpPath, ct);
            if (dumped is not null)
            {
                return Fail("backup.dump", "--db", dumped);
            }

            var evidenceDir = Path.Combine(dataDirectory, "evidence");
            var missing = evidence.Where(h => !File.Exists(Path.Combine(evidenceDir, h))).ToList();
            if (missing.Count > 0)
            {
                return Fail("backup.evidence", evidenceDir, $"数据库登记的 {missing.Count} 个佐证材料文件在 {evidenceDir} 中找不到（例如 {missing[0]}）：请用 --data-dir 指定数据目录。");
            }

            var manifest = new BackupManifest(
                FormatVersion, spec.Provider.ToString().ToLowerInvariant(), DateTimeOffset.UtcNow, dumpName, await Sha256FileAsync(dumpPath, ct),
                evaluations, chain.Checked, chain.HeadSequence, chain.HeadHash, chain.Intact, documents, evidence);
            var temp = target + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
            await using (var stream = File.Create(temp))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                zip.CreateEntryFromFile(dumpPath, dumpName, CompressionLevel.Optimal);
                foreach (var hash in evidence)
                {
                    zip.CreateEntryFromFile(Path.Combine(evidenceDir, hash), "evidence/" + hash, CompressionLevel.Fastest);
                }

                var entry = zip.CreateEntry(Manifest);
                await using var m = entry.Open();
                await JsonSerializer.SerializeAsync(m, manifest, Json, ct);
            }

            File.Move(temp, target);
            return Result<BackupManifest>.Success(manifest);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    public static async Task<Result<BackupManifest>> RestoreAsync(string file, DatabaseSpec spec, string dataDirectory, CancellationToken ct = default)
    {
        if (!File.Exists(file))
        {
            return Fail("restore.missing", file, $"备份文件 {file} 不存在。");
        }

        var work = Directory.CreateTempSubdirectory("jixiao-restore-");
        try
        {
            BackupManifest manifest;
            try
            {
                using var zip = ZipFile.OpenRead(file);
                var entry = zip.GetEntry(Manifest);
                if (entry is null)
                {
                    return Fail("restore.format", file, $"{file} 不是 jixiao backup 生成的备份（缺少 {Manifest}）。");
                }

                await using (var m = entry.Open())
                {
                    manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(m, Json, ct) ?? throw new InvalidDataException();
                }

                if (manifest.Format != FormatVersion)
                {
                    return Fail("restore.format", file, $"备份格式版本 {manifest.Format} 不受支持（本程序为 {FormatVersion}）。");
                }

                if (!string.Equals(manifest.Provider, spec.Provider.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    return Fail("restore.provider", "--db", $"该备份来自 {manifest.Provider} 数据库，只能恢复到同类数据库（--db {manifest.Provider}:…）。");
                }

                zip.ExtractToDirectory(work.FullName);
            }
            catch (Exception ex) when (ex is InvalidDataException or JsonException or IOException)
            {
                return Fail("restore.format", file, $"{file} 已损坏或不是 jixiao backup 生成的备份：{ex.Message}");
            }

            var dumpPath = Path.Combine(work.FullName, manifest.DatabaseEntry);
            if (!File.Exists(dumpPath) || await Sha256FileAsync(dumpPath, ct) != manifest.DatabaseSha256)
            {
                return Fail("restore.hash", file, "备份中的数据库文件与清单中的 SHA-256 不符：备份已损坏。");
            }

            foreach (var hash in manifest.Evidence)
            {
                var path = Path.Combine(work.FullName, "evidence", hash);
                if (!File.Exists(path) || await Sha256FileAsync(path, ct) != hash)
                {
                    return Fail("restore.evidence", file, $"备份中的佐证材料 {hash} 缺失或内容与哈希不符：备份已损坏。");
                }
            }

            var notEmpty = await NotEmptyAsync(spec, ct);
            if (notEmpty is not null)
            {
                return Fail("restore.not-empty", "--db", notEmpty);
            }

            var restored = spec.Provider == DatabaseProvider.Sqlite ? RestoreSqlite(dumpPath, spec) : await RestorePostgresAsync(dumpPath, spec, ct);
            if (restored is not null)
            {
                return Fail("restore.load", "--db", restored);
            }

            var evidenceDir = Path.Combine(dataDirectory, "evidence");
            Directory.CreateDirectory(evidenceDir);
            foreach (var hash in manifest.Evidence)
            {
                var destination = Path.Combine(evidenceDir, hash);
                if (!File.Exists(destination))
                {
                    File.Copy(Path.Combine(work.FullName, "evidence", hash), destination);
                }
            }

            await using var db = DatabaseRegistration.Create(spec);
            var chain = await AuditChain.VerifyAsync(db, ct);
            var evaluations = await db.Evaluations.CountAsync(ct);
            var problems = new List<DomainError>();
            if (evaluations < manifest.Evaluations)
            {
                problems.Add(new DomainError("restore.count", "evaluations", $"恢复后有 {evaluations} 条自评，备份清单为 {manifest.Evaluations} 条。"));
            }

            if (manifest.AuditIntact && !chain.Intact)
            {
                problems.Add(new DomainError("restore.audit", "auditLog", $"恢复后审计日志哈希链断裂：{chain.Problem}"));
            }
            else if (chain.Checked < manifest.AuditEntries || (manifest.AuditHeadSequence is long head && !(chain.HeadSequence == head
                ? string.Equals(chain.HeadHash, manifest.AuditHeadHash, StringComparison.Ordinal)
                : await db.AuditLog.AsNoTracking().AnyAsync(a => a.Sequence == head && a.Hash == manifest.AuditHeadHash, ct))))
            {
                problems.Add(new DomainError("restore.audit", "auditLog", "恢复后的审计日志与备份清单记录的末条哈希不符。"));
            }

            return problems.Count == 0 ? Result<BackupManifest>.Success(manifest) : Result<BackupManifest>.Failure(problems);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    public static string Describe(DatabaseSpec spec)
    {
        if (spec.Provider == DatabaseProvider.Sqlite)
        {
            return "SQLite " + new SqliteConnectionStringBuilder(spec.ConnectionString).DataSource;
        }

        var b = new NpgsqlConnectionStringBuilder(spec.ConnectionString);
        return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
    }

    private static string? DumpSqlite(DatabaseSpec spec, string destination)
    {
        var builder = new SqliteConnectionStringBuilder(spec.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        if (!File.Exists(builder.DataSource))
        {
            return $"SQLite 数据库文件 {builder.DataSource} 不存在。";
        }

        using var source = new SqliteConnection(builder.ConnectionString);
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ConnectionString);
        source.Open();
        target.Open();
        source.BackupDatabase(target);
        return null;
    }

    private static string? RestoreSqlite(string dump, DatabaseSpec spec)
    {
        var builder = new SqliteConnectionStringBuilder(spec.ConnectionString) { Pooling = false };
        if (Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }

        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dump, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        using var target = new SqliteConnection(builder.ConnectionString);
        source.Open();
        target.Open();
        source.BackupDatabase(target);
        return null;
    }

    private static async Task<string?> NotEmptyAsync(DatabaseSpec spec, CancellationToken ct)
    {
        if (spec.Provider == DatabaseProvider.Sqlite)
        {
            var path = new SqliteConnectionStringBuilder(spec.ConnectionString).DataSource;
            if (!File.Exists(path) || new FileInfo(path).Length == 0)
            {
                return null;
            }

            await using var c = new SqliteConnection(new SqliteConnectionStringBuilder(spec.ConnectionString) { Pooling = false }.ConnectionString);
            await c.OpenAsync(ct);
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
            var tables = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            return tables == 0 ? null : $"目标数据库 {path} 不是空的（已有 {tables} 张表）：恢复只写入空数据库，不覆盖已有数据。请指定一个新文件。";
        }

        try
        {
            await using var conn = new NpgsqlConnection(spec.ConnectionString);
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", conn);
            var tables = (long)(await cmd.ExecuteScalarAsync(ct))!;
            return tables == 0 ? null : $"目标数据库 {Describe(spec)} 不是空的（已有 {tables} 张表）：恢复只写入空数据库，不覆盖已有数据。请先创建一个空数据库（CREATE DATABASE …）。";
        }
        catch (NpgsqlException ex)
        {
            return $"无法连接目标数据库 {Describe(spec)}：{ex.Message}（数据库须已创建且为空）";
        }
    }

    private static Task<string?> DumpPostgresAsync(DatabaseSpec spec, string destination, CancellationToken ct) =>
        RunPostgresToolAsync("pg_dump", spec, ["--format=custom", "--no-owner", "--no-privileges", "--file", destination], ct);

    private static Task<string?> RestorePostgresAsync(string dump, DatabaseSpec spec, CancellationToken ct) =>
        RunPostgresToolAsync("pg_restore", spec, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", dump], ct);

    /// <summary>Runs pg_dump or pg_restore (Debian package postgresql-client) with the connection's host, port, user, database and password.</summary>
    private static async Task<string?> RunPostgresToolAsync(string tool, DatabaseSpec spec, IReadOnlyList<string> args, CancellationToken ct)
    {
        var b = new NpgsqlConnectionStringBuilder(spec.ConnectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("--host=" + (b.Host ?? "127.0.0.1"));
        start.ArgumentList.Add("--port=" + b.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(b.Username))
        {
            start.ArgumentList.Add("--username=" + b.Username);
        }

        start.ArgumentList.Add("--dbname=" + b.Database);
        start.ArgumentList.Add("--no-password");
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        if (!string.IsNullOrEmpty(b.Password))
        {
            start.Environment["PGPASSWORD"] = b.Password;
        }

        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            return process.ExitCode == 0 ? null : $"{tool} 失败（退出码 {process.ExitCode}）：{(await stderr).Trim()}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return $"找不到 {tool}：请安装 PostgreSQL 客户端（Debian：apt-get install postgresql-client，版本不低于服务器）。";
        }
    }

    private static async Task<string> Sha256FileAsync(string path, CancellationToken ct)
    {
        await using var s = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(s, ct));
    }

    private static Result<BackupManifest> Fail(string code, string path, string message) => Result<BackupManifest>.Failure(new DomainError(code, path, message));
}
