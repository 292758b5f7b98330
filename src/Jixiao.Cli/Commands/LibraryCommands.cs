using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Goals;
using Jixiao.Documents.Import;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao library import DIR` and `jixiao library search TEXT [--class 类/款]`: the indicator library (指标库) in the
/// database the web application uses (default ./data/jixiao.db; `--db sqlite:PATH|postgres:CONNECTION`). Migrations are
/// applied first, so a fresh file works.
/// </summary>
internal static class LibraryCommands
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm", ".docx", ".pdf"];

    public static Command Create()
    {
        var library = new Command("library", "指标库：从公开文件导入指标、检索指标及其历年目标值与完成值");
        library.Subcommands.Add(Import());
        library.Subcommands.Add(Search());
        return library;
    }

    private static Option<string?> DbOption() => new("--db") { Description = "数据库：sqlite:文件路径（默认 ./data/jixiao.db）或 postgres:连接字符串" };

    private static Command Import()
    {
        var dir = new Argument<string>("DIR") { Description = "已公开的自评报告和自评表所在的文件夹（.txt/.html/.docx/.pdf）" };
        var db = DbOption();
        var command = new Command("import", "把文件夹中公开文件的绩效指标收入指标库（每条注明来源文件和行号；重复导入不会重复收录）");
        command.Arguments.Add(dir);
        command.Options.Add(db);
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(dir)!;
            if (!Directory.Exists(folder))
            {
                return CliIo.Fail(parse, $"找不到文件夹：{folder}");
            }

            var spec = Spec(parse, parse.GetValue(db));
            if (spec is null)
            {
                return CliApp.Usage;
            }

            var files = Directory.EnumerateFiles(folder).Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                return CliIo.Fail(parse, $"文件夹 {folder} 中没有可导入的文件（.txt/.html/.docx/.pdf）");
            }

            var imported = files.Select(f => (Path.GetFileName(f), PublishedImporter.ImportFile(f))).ToList();
            await using var context = await OpenAsync(spec, ct);
            var report = await new LibraryService(context, TimeProvider.System).ImportDocumentsAsync(imported, "jixiao library import", ct);
            var output = CliIo.Out(parse);
            var total = await context.LibraryEntries.CountAsync(ct);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"读取 {report.Files} 个文件、{report.Documents} 份文档、{report.Rows} 条指标：新收录 {report.Created} 条，并入已有条目 {report.Merged} 条；指标库现有 {total} 条。"));
            foreach (var s in report.Skipped)
            {
                await output.WriteLineAsync("未收录：" + s);
            }

            foreach (var (name, result) in imported.Where(i => i.Item2.Warnings.Count > 0))
            {
                await output.WriteLineAsync($"{name}：{string.Join("；", result.Warnings)}");
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static Command Search()
    {
        var text = new Argument<string>("TEXT") { Description = "关键词（按字片段匹配，无需分词），例如 培训、满意度" };
        var cls = new Option<string?>("--class") { Description = "功能分类“类/款”，例如 一般公共服务支出/组织事务（只写类也可）" };
        var level = new Option<string?>("--level") { Description = "一级指标，例如 产出指标" };
        var take = new Option<int>("--take") { Description = "最多显示条数（默认 10）", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "输出 JSON（条目、得分、历年目标值与完成值）" };
        var db = DbOption();
        var command = new Command("search", "检索指标库：相关度排序，附各单位历年目标值和完成值");
        command.Arguments.Add(text);
        command.Options.Add(cls);
        command.Options.Add(level);
        command.Options.Add(take);
        command.Options.Add(json);
        command.Options.Add(db);
        command.SetAction(async (parse, ct) =>
        {
            var spec = Spec(parse, parse.GetValue(db));
            if (spec is null)
            {
                return CliApp.Usage;
            }

            var (functionClass, section) = LibraryQuery.ParseClass(parse.GetValue(cls));
            await using var context = await OpenAsync(spec, ct);
            var hits = await new LibraryService(context, TimeProvider.System).SearchAsync(
                new LibraryQuery(parse.GetValue(text), functionClass, section, Level1: parse.GetValue(level), Take: parse.GetValue(take)), ct: ct);
            if (parse.GetValue(json))
            {
                await CliIo.Out(parse).WriteLineAsync(JsonSerializer.Serialize(hits, LibraryService.CitationJson));
                return CliApp.Ok;
            }

            var console = CliIo.Console(parse);
            if (hits.Count == 0)
            {
                console.WriteLine("没有找到相关指标。");
                return CliApp.Ok;
            }

            var table = new Table().AddColumn("#").AddColumn("指标").AddColumn("类别").AddColumn("得分").AddColumn("历年目标 → 完成").AddColumn("来源");
            for (var i = 0; i < hits.Count; i++)
            {
                var h = hits[i];
                var e = h.Entry;
                var history = string.Join("\n", h.History.Take(4).Select(x => $"{x.Year} {x.Unit}：{x.TargetShown} → {x.ActualShown}"));
                var source = string.Join("\n", e.Citations.Take(2).Select(c => c.Document + (c.Line is { } l ? string.Create(CultureInfo.InvariantCulture, $" 第 {l} 行") : string.Empty)));
                table.AddRow(
                    (i + 1).ToString(CultureInfo.InvariantCulture),
                    CliIo.Escape(e.Name + (e.Unit is { } u ? $"（{u}）" : string.Empty)),
                    CliIo.Escape($"{e.Level1}/{e.Level2}" + (e.FunctionClass is { } fc ? $"\n{fc}/{e.FunctionSection}" : string.Empty)),
                    h.Score.ToString("0.00", CultureInfo.InvariantCulture),
                    CliIo.Escape(history.Length == 0 ? "—" : history),
                    CliIo.Escape(source));
            }

            console.Write(table);
            return CliApp.Ok;
        });
        return command;
    }

    private static DatabaseSpec? Spec(ParseResult parse, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Directory.CreateDirectory("data");
            return DatabaseSpec.DefaultSqlite(Path.GetFullPath("data"));
        }

        var spec = DatabaseSpec.TryParse(text, out var error);
        if (spec is null)
        {
            CliIo.Err(parse).WriteLine("用法错误：" + error);
        }

        return spec;
    }

    private static async Task<JixiaoDbContext> OpenAsync(DatabaseSpec spec, CancellationToken ct)
    {
        var context = DatabaseRegistration.Create(spec);
        await context.Database.MigrateAsync(ct);
        return context;
    }
}
