using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Services;
using Jixiao.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Jixiao.Cli.Tests;

/// <summary>
/// A database prepared as `jixiao serve` leaves it: migrations, the demo district (every workflow state, a published
/// evaluation with its frozen documents, an audit trail), a login (a data-protection key) and an uploaded evidence file.
/// </summary>
public abstract class ServedDatabase : IAsyncLifetime
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "jixiao-ops-" + Guid.NewGuid().ToString("N"));

    public abstract string Db { get; }

    /// <summary>A new, empty database of the same kind (created on the server for PostgreSQL).</summary>
    public abstract Task<string> EmptyDatabaseAsync();

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        var app = JixiaoWebHost.Build(["--Jixiao:Database=" + Db, "--Jixiao:DataDirectory=" + DataDirectory, "--Logging:LogLevel:Default=Warning"]);
        await JixiaoWebHost.PrepareAsync(app, _ => { });
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<JixiaoDbContext>();
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.UserName == "sfj.tb");
        var draft = await db.Evaluations.AsNoTracking().FirstAsync(e => e.Unit!.Name == "区司法局");
        var added = await sp.GetRequiredService<EvaluationService>().AddEvidenceAsync(Actor.From(user), draft.Id, "会议纪要.pdf", "application/pdf", new MemoryStream("%PDF-1.4 会议纪要 备份测试"u8.ToArray()), sp.GetRequiredService<EvidenceStore>());
        Assert.True(added.IsOk, string.Join("; ", added.Errors));

        // A data-protection key, as the first login creates it.
        var protector = sp.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>().CreateProtector("test");
        Assert.Equal([1, 2, 3], protector.Unprotect(protector.Protect(new byte[] { 1, 2, 3 })));
        await app.DisposeAsync();
    }

    public virtual Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class SqliteServedDatabase : ServedDatabase
{
    public override string Db => "sqlite:" + Path.Combine(DataDirectory, "jixiao.db");

    public override Task<string> EmptyDatabaseAsync() => Task.FromResult("sqlite:" + Path.Combine(DataDirectory, "restored-" + Guid.NewGuid().ToString("N")[..8] + ".db"));
}

public sealed class PostgresServedDatabase : ServedDatabase
{
    private readonly List<string> databases = [];

    public override string Db => "postgres:" + Connection(databases[0]);

    public override async Task InitializeAsync()
    {
        databases.Add(await CreateAsync());
        await base.InitializeAsync();
    }

    public override async Task<string> EmptyDatabaseAsync() => "postgres:" + Connection(await CreateAsync());

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(Server);
        await conn.OpenAsync();
        foreach (var name in databases)
        {
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }

    private static string Server => Environment.GetEnvironmentVariable("JIXIAO_TEST_POSTGRES") is { Length: > 0 } cs
        ? cs
        : throw new InvalidOperationException("JIXIAO_TEST_POSTGRES 未设置：请用 scripts/test.sh 运行（它会启动临时 PostgreSQL 集群）。");

    private static string Connection(string database) => new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;

    private async Task<string> CreateAsync()
    {
        var name = "jixiao_ops_" + Guid.NewGuid().ToString("N")[..12];
        await using var conn = new NpgsqlConnection(Server);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
        await cmd.ExecuteNonQueryAsync();
        databases.Add(name);
        return name;
    }
}

/// <summary>`jixiao backup`, `jixiao restore` and `jixiao audit-log verify`, on each database.</summary>
public abstract class OperationsCommandTests(ServedDatabase served)
{
    [Fact]
    public async Task BackupThenRestore_IntoEmptyDatabase_GivesIdenticalRecordsAuditLogAndHashes()
    {
        using var temp = new TempDir();
        var file = temp.File("jixiao-backup.zip");
        var target = await served.EmptyDatabaseAsync();
        var restoredData = Path.Combine(temp.Path, "data");

        var backup = CliRun.Of("backup", file, "--db", served.Db, "--data-dir", served.DataDirectory);
        var restore = CliRun.Of("restore", file, "--db", target, "--data-dir", restoredData);
        var verify = CliRun.Of("audit-log", "verify", "--db", target);

        Assert.True(backup.ExitCode == 0, backup.Err);
        Assert.True(restore.ExitCode == 0, restore.Err);
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("审计日志哈希链完整", verify.Out, StringComparison.Ordinal);
        var before = await SnapshotAsync(served.Db);
        var after = await SnapshotAsync(target);
        Assert.True(before.Evaluations.Count >= 7);
        Assert.Equal(before.Evaluations, after.Evaluations);
        Assert.Equal(before.Audit, after.Audit);
        Assert.Equal(before.Documents, after.Documents);
        Assert.Equal(before.Evidence, after.Evidence);
        Assert.Equal(before.Keys, after.Keys);
        Assert.NotEmpty(before.Keys);
        Assert.Equal(before.Users, after.Users);
        foreach (var hash in after.Evidence.Select(e => e.Split('|')[1]))
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(restoredData, "evidence", hash));
            Assert.Equal(hash, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        }
    }

    [Fact]
    public async Task Restore_IntoDatabaseWithData_IsRefusedAndNothingChanged()
    {
        using var temp = new TempDir();
        var file = temp.File("backup.zip");
        Assert.Equal(0, CliRun.Of("backup", file, "--db", served.Db, "--data-dir", served.DataDirectory).ExitCode);
        var before = await SnapshotAsync(served.Db);

        var restore = CliRun.Of("restore", file, "--db", served.Db, "--data-dir", temp.Path);

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("不是空的", restore.Err, StringComparison.Ordinal);
        restore.AssertNoStackTrace();
        Assert.Equal(before.Audit, (await SnapshotAsync(served.Db)).Audit);
    }

    [Fact]
    public async Task Backup_ExistingFile_IsNotOverwritten()
    {
        using var temp = new TempDir();
        var file = temp.File("backup.zip", "已有的备份");

        var backup = CliRun.Of("backup", file, "--db", served.Db, "--data-dir", served.DataDirectory);

        Assert.Equal(1, backup.ExitCode);
        Assert.Contains("已存在", backup.Err, StringComparison.Ordinal);
        Assert.Equal("已有的备份", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task AuditLog_UpdateOrDeleteThroughTheDatabase_IsRefused()
    {
        await using var db = DatabaseRegistration.Create(DatabaseSpec.TryParse(served.Db, out _)!);

        var update = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditLog\" SET \"Actor\" = 'mallory'"));
        var delete = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditLog\""));

        Assert.NotNull(update);
        Assert.NotNull(delete);
        Assert.Contains("审计日志只能追加", update.Message, StringComparison.Ordinal);
        Assert.Contains("审计日志只能追加", delete.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("mallory", string.Join(",", (await SnapshotAsync(served.Db)).Audit), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("update")]
    [InlineData("delete")]
    public async Task AuditLogVerify_RowTamperedWithTriggerDisabled_NamesTheFirstBrokenEntry(string tamper)
    {
        // A copy of the database (restored from a backup), changed as a superuser would: trigger off, raw SQL, trigger on.
        using var temp = new TempDir();
        var file = temp.File("backup.zip");
        var copy = await served.EmptyDatabaseAsync();
        Assert.Equal(0, CliRun.Of("backup", file, "--db", served.Db, "--data-dir", served.DataDirectory).ExitCode);
        Assert.Equal(0, CliRun.Of("restore", file, "--db", copy, "--data-dir", temp.Path).ExitCode);
        var spec = DatabaseSpec.TryParse(copy, out _)!;
        long victim;
        await using (var db = DatabaseRegistration.Create(spec))
        {
            victim = await db.AuditLog.Where(a => a.Action == "evaluation.submit").OrderBy(a => a.Sequence).Select(a => a.Sequence).FirstAsync();
            var change = (tamper == "update" ? "UPDATE \"AuditLog\" SET \"Actor\" = 'mallory'" : "DELETE FROM \"AuditLog\"")
                + " WHERE \"Sequence\" = " + victim.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var sql = spec.Provider == DatabaseProvider.Postgres
                ? "ALTER TABLE \"AuditLog\" DISABLE TRIGGER audit_log_append_only; " + change + "; ALTER TABLE \"AuditLog\" ENABLE TRIGGER audit_log_append_only;"
                : "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; " + change + ";";
            await db.Database.ExecuteSqlRawAsync(sql);
        }

        var verify = CliRun.Of("audit-log", "verify", "--db", copy);

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("哈希链断裂", verify.Err, StringComparison.Ordinal);
        var broken = tamper == "update" ? victim : victim + 1;
        var expected = "第一处断裂：第 " + broken.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " 条";
        Assert.Contains(expected, verify.Err, StringComparison.Ordinal);
        Assert.Contains(tamper == "update" ? "本条记录被修改" : "被删除", verify.Err, StringComparison.Ordinal);
        verify.AssertNoStackTrace();
    }

    [Fact]
    public void AuditLogVerify_UntouchedDatabase_IsIntact()
    {
        var verify = CliRun.Of("audit-log", "verify", "--db", served.Db);

        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("审计日志哈希链完整", verify.Out, StringComparison.Ordinal);
    }

    private sealed record Snapshot(List<string> Evaluations, List<string> Audit, List<string> Documents, List<string> Evidence, List<string> Keys, List<string> Users);

    private static async Task<Snapshot> SnapshotAsync(string db)
    {
        await using var context = DatabaseRegistration.Create(DatabaseSpec.TryParse(db, out _)!);
        var evaluations = (await context.Evaluations.AsNoTracking().OrderBy(e => e.Id).ToListAsync())
            .Select(e => string.Join("|", e.Id, e.UnitId, e.Year, e.Kind, e.Title, e.State, e.Version, e.SelfTotal, e.ReviewTotal, e.ApprovedContentSha256, e.ReviewComment, EvaluationJson.Sha256(e.Content), e.UpdatedAt.UtcTicks / 10))
            .ToList();
        var audit = (await context.AuditLog.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync())
            .Select(a => string.Join("|", a.Id, a.Sequence, a.At.UtcTicks, a.Actor, a.Action, a.EntityId, a.Before, a.After, a.PreviousHash, a.Hash)).ToList();
        var documents = (await context.PublishedDocuments.AsNoTracking().OrderBy(d => d.Id).ToListAsync())
            .Select(d => string.Join("|", d.Id, d.EvaluationId, d.Format, d.Sha256, EvaluationJson.Sha256(d.Content))).ToList();
        var evidence = await context.EvidenceFiles.AsNoTracking().OrderBy(f => f.Id).Select(f => f.FileName + "|" + f.Sha256).ToListAsync();
        var keys = await context.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.FriendlyName + "|" + k.Xml).ToListAsync();
        var users = await context.Users.AsNoTracking().OrderBy(u => u.UserName).Select(u => u.UserName + "|" + u.PasswordHash + "|" + u.SecurityStamp).ToListAsync();
        return new Snapshot(evaluations, audit, documents, evidence, keys, users);
    }
}

public sealed class OperationsCommandTests_Sqlite(SqliteServedDatabase served) : OperationsCommandTests(served), IClassFixture<SqliteServedDatabase>;

public sealed class OperationsCommandTests_Postgres(PostgresServedDatabase served) : OperationsCommandTests(served), IClassFixture<PostgresServedDatabase>;
