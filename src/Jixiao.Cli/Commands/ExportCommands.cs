using System.CommandLine;
using System.Globalization;
using Jixiao.Data;
using Jixiao.Data.Services;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao export fdp|csv [--db sqlite:PATH|postgres:CONNECTION] [-o DIR] [--bureau NAME]`: the published figures as a
/// Fiscal Data Package (datapackage.json with budget-lines.csv, unit-totals.csv, evaluations.csv) or as evaluations.csv,
/// read from the application's database. Files are written beside each other through temporary names and renamed.
/// </summary>
internal static class ExportCommands
{
    public static Command Create()
    {
        var command = new Command("export", "导出公开数据（财政数据包 Fiscal Data Package、CSV）");
        command.Subcommands.Add(Build("fdp", "财政数据包：datapackage.json 与 budget-lines.csv、unit-totals.csv、evaluations.csv", fdp: true));
        command.Subcommands.Add(Build("csv", "已公开自评的得分、等级、预算与执行数（evaluations.csv）", fdp: false));
        return command;
    }

    private static Command Build(string name, string description, bool fdp)
    {
        var db = new Option<string?>("--db") { Description = "数据库：sqlite:文件路径（默认 ./data/jixiao.db）或 postgres:连接字符串" };
        var output = new Option<string>("--output", "-o") { Description = "输出目录", DefaultValueFactory = _ => fdp ? "fdp" : "." };
        var bureau = new Option<string?>("--bureau") { Description = "只导出该财政局（名称）的数据，默认全部" };
        var command = new Command(name, description);
        command.Options.Add(db);
        command.Options.Add(output);
        command.Options.Add(bureau);
        command.SetAction(async (parse, ct) =>
        {
            DatabaseSpec? spec;
            if (parse.GetValue(db) is { Length: > 0 } text)
            {
                spec = DatabaseSpec.TryParse(text, out var error);
                if (spec is null)
                {
                    await CliIo.Err(parse).WriteLineAsync(error);
                    return CliApp.Usage;
                }
            }
            else
            {
                spec = DatabaseSpec.DefaultSqlite(Path.GetFullPath("data"));
                if (!File.Exists(Path.Combine(Path.GetFullPath("data"), "jixiao.db")))
                {
                    return CliIo.Fail(parse, "找不到默认数据库 ./data/jixiao.db：请用 --db 指定（sqlite:文件路径 或 postgres:连接字符串），或先运行 jixiao serve 初始化。");
                }
            }

            await using var context = DatabaseRegistration.Create(spec);
            try
            {
                if ((await context.Database.GetPendingMigrationsAsync(ct)).Any())
                {
                    return CliIo.Fail(parse, "数据库尚未初始化或版本较旧：请先运行 jixiao serve（会自动升级数据库）后再导出。");
                }
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
            {
                return CliIo.Fail(parse, "无法连接数据库：" + ex.Message);
            }

            int? bureauId = null;
            if (parse.GetValue(bureau) is { Length: > 0 } bureauName)
            {
                bureauId = await context.Bureaus.Where(b => b.Name == bureauName).Select(b => (int?)b.Id).FirstOrDefaultAsync(ct);
                if (bureauId is null)
                {
                    var known = await context.Bureaus.Select(b => b.Name).ToListAsync(ct);
                    return CliIo.Fail(parse, $"--bureau：没有名为“{bureauName}”的财政局，已有：{string.Join("、", known)}");
                }
            }

            var service = new OpenDataService(context, TimeProvider.System);
            IReadOnlyList<OpenDataFile> files = fdp ? await service.FiscalDataPackageAsync(bureauId, ct) : [await service.EvaluationsCsvAsync(bureauId, ct)];
            var directory = Path.GetFullPath(parse.GetValue(output)!);
            Write(directory, files);
            var published = await service.PublishedAsync(bureauId, null, ct);
            var outWriter = CliIo.Out(parse);
            await outWriter.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"已导出 {published.Count} 份已公开自评到 {directory}："));
            foreach (var f in files)
            {
                await outWriter.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {f.Name}（{f.Content.Length} 字节）"));
            }

            await outWriter.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"合计（万元）：年初预算 {OpenDataService.Num(published.Sum(p => p.Budget.Initial ?? 0m))}，调整后预算 {OpenDataService.Num(published.Sum(p => p.Budget.Adjusted ?? 0m))}，执行数 {OpenDataService.Num(published.Sum(p => p.Budget.Executed ?? 0m))}"));
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>Every file goes to a temporary name first; only when all are written are they renamed into place.</summary>
    private static void Write(string directory, IReadOnlyList<OpenDataFile> files)
    {
        var temps = new List<(string Temp, string Final)>();
        try
        {
            Directory.CreateDirectory(directory);
            foreach (var f in files)
            {
                var final = Path.Combine(directory, f.Name);
                var temp = Path.Combine(directory, "." + f.Name + "." + Guid.NewGuid().ToString("N") + ".tmp");
                File.WriteAllBytes(temp, f.Content);
                temps.Add((temp, final));
            }

            foreach (var (temp, final) in temps)
            {
                File.Move(temp, final, overwrite: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new Jixiao.Documents.OwnFiles.OutputFileException(directory, ex);
        }
        finally
        {
            foreach (var (temp, _) in temps.Where(t => File.Exists(t.Temp)))
            {
                File.Delete(temp);
            }
        }
    }
}
