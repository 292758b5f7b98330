using System.CommandLine;
using System.Globalization;
using Jixiao.Data;
using Jixiao.Data.AuditTrail;
using Jixiao.Data.Operations;

namespace Jixiao.Cli.Commands;

/// <summary>
/// Operations on an installation's data: `jixiao backup FILE`, `jixiao restore FILE` and `jixiao audit-log verify`.
/// Each takes `--db sqlite:PATH|postgres:CONNECTION` (default the SQLite file of `jixiao serve`, ./data/jixiao.db) and,
/// where evidence files are concerned, `--data-dir` (default ./data). Exit codes: 0 ok, 1 refused or broken (a Chinese
/// message saying why), 2 usage.
/// </summary>
internal static class OperationsCommands
{
    public static IEnumerable<Command> Create() => [BackupCommand(), RestoreCommand(), AuditLogCommand()];

    private static Option<string?> DbOption() => new("--db") { Description = "数据库：sqlite:文件路径（默认 ./data/jixiao.db）或 postgres:连接字符串" };

    private static Option<string> DataDirOption() => new("--data-dir") { Description = "数据目录（佐证材料在其 evidence/ 下），默认 ./data", DefaultValueFactory = _ => "data" };

    private static Command BackupCommand()
    {
        var file = new Argument<string>("FILE") { Description = "备份文件（.zip），不得已存在" };
        var db = DbOption();
        var dataDir = DataDirOption();
        var command = new Command("backup", "备份：数据库（SQLite 在线备份 / PostgreSQL pg_dump）、佐证材料和审计日志哈希链末条，写成一个 ZIP 文件");
        command.Arguments.Add(file);
        command.Options.Add(db);
        command.Options.Add(dataDir);
        command.SetAction(async (parse, ct) =>
        {
            if (Spec(parse, db) is not { } spec)
            {
                return CliApp.Usage;
            }

            var made = await Backup.CreateAsync(spec, parse.GetValue(dataDir)!, parse.GetValue(file)!, ct);
            if (!made.IsSuccess)
            {
                return CliIo.Fail(parse, made.Errors, "备份失败：");
            }

            var m = made.Value;
            var output = CliIo.Out(parse);
            output.WriteLine($"已备份 {Backup.Describe(spec)} → {parse.GetValue(file)}");
            output.WriteLine($"自评 {N(m.Evaluations)} 条，公开文件 {N(m.PublishedDocuments)} 个，佐证材料 {N(m.Evidence.Count)} 个，审计日志 {N(m.AuditEntries)} 条。");
            output.WriteLine(m.AuditIntact
                ? $"审计日志哈希链完整，末条第 {N(m.AuditHeadSequence ?? 0)} 条，哈希 {m.AuditHeadHash}"
                : "警告：备份时审计日志哈希链已断裂（运行 jixiao audit-log verify 查看），备份照常写出。");
            output.WriteLine("注意：数据保护密钥在数据库中（已加密）；密钥加密密钥（KEK）不在备份中，请另行妥善保管。");
            return CliApp.Ok;
        });
        return command;
    }

    private static Command RestoreCommand()
    {
        var file = new Argument<string>("FILE") { Description = "jixiao backup 生成的备份文件" };
        var db = DbOption();
        var dataDir = DataDirOption();
        var command = new Command("restore", "恢复：把备份写入一个空数据库和数据目录，并核对记录数、佐证材料哈希和审计日志哈希链");
        command.Arguments.Add(file);
        command.Options.Add(db);
        command.Options.Add(dataDir);
        command.SetAction(async (parse, ct) =>
        {
            if (Spec(parse, db) is not { } spec)
            {
                return CliApp.Usage;
            }

            var restored = await Backup.RestoreAsync(parse.GetValue(file)!, spec, parse.GetValue(dataDir)!, ct);
            if (!restored.IsSuccess)
            {
                return CliIo.Fail(parse, restored.Errors, "恢复失败：");
            }

            var m = restored.Value;
            var output = CliIo.Out(parse);
            output.WriteLine($"已恢复 {parse.GetValue(file)}（{m.CreatedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} 的备份）→ {Backup.Describe(spec)}");
            output.WriteLine($"自评 {N(m.Evaluations)} 条，公开文件 {N(m.PublishedDocuments)} 个，佐证材料 {N(m.Evidence.Count)} 个，审计日志 {N(m.AuditEntries)} 条；审计日志哈希链已核对。");
            output.WriteLine("启动 jixiao serve 时会自动升级数据库结构；登录需使用与备份时相同的密钥加密密钥（KEK）。");
            return CliApp.Ok;
        });
        return command;
    }

    private static Command AuditLogCommand()
    {
        var db = DbOption();
        var verify = new Command("verify", "逐条核对审计日志的哈希链，指出第一条被修改、删除或插入的记录");
        verify.Options.Add(db);
        verify.SetAction(async (parse, ct) =>
        {
            if (Spec(parse, db) is not { } spec)
            {
                return CliApp.Usage;
            }

            await using var context = DatabaseRegistration.Create(spec);
            if (!await context.Database.CanConnectAsync(ct))
            {
                await CliIo.Err(parse).WriteLineAsync("无法连接数据库：" + Backup.Describe(spec));
                return CliApp.InvalidInput;
            }

            var report = await AuditChain.VerifyAsync(context, ct);
            var legacy = report.Legacy > 0 ? $"（其中前 {N(report.Legacy)} 条写于启用哈希链之前，已按内容一并核对）" : string.Empty;
            if (report.Intact)
            {
                CliIo.Out(parse).WriteLine($"审计日志哈希链完整：共 {N(report.Checked)} 条{legacy}。");
                if (report.HeadSequence is long head)
                {
                    CliIo.Out(parse).WriteLine($"末条：第 {N(head)} 条，哈希 {report.HeadHash}（可另行记录，用于发现末尾记录被删除）");
                }

                return CliApp.Ok;
            }

            var row = report.FirstBroken!;
            var err = CliIo.Err(parse);
            err.WriteLine($"审计日志哈希链断裂：前 {N(report.Checked)} 条完好{legacy}。");
            err.WriteLine($"第一处断裂：第 {N(row.Sequence)} 条（Id {N(row.Id)}，{row.At.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}，{row.Actor}，{row.Action}，{row.EntityType} {row.EntityId}）：{report.Problem}。");
            return CliApp.InvalidInput;
        });
        var command = new Command("audit-log", "审计日志");
        command.Subcommands.Add(verify);
        return command;
    }

    private static DatabaseSpec? Spec(ParseResult parse, Option<string?> db)
    {
        var text = parse.GetValue(db);
        if (string.IsNullOrWhiteSpace(text))
        {
            return DatabaseSpec.DefaultSqlite(Path.GetFullPath("data"));
        }

        var spec = DatabaseSpec.TryParse(text, out var error);
        if (spec is null)
        {
            CliIo.Err(parse).WriteLine(error);
        }

        return spec;
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
