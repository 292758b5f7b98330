using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Jixiao.Documents.Import;
using Jixiao.Domain.Checks;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao check FILE [--json]`: reviewer checks of one input (our evaluation YAML/JSON, our XLSX or
/// DOCX, or a published document). Findings do not change the exit code (0); unreadable input is 1.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "评价文件（.yaml/.json）、本系统 XLSX/DOCX，或已公开的报告（.txt/.html/.docx/.xlsx/.pdf/.doc/.xls/.wps/.et）" };
        var json = new Option<bool>("--json") { Description = "输出 JSON：每个文档的发现（code、severity、message、evidence）" };
        var command = new Command("check", "复核检查：算术关系、执行率与得分、等级、缺少的说明、指标质量");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var read = ReviewInputs.Read(parse.GetValue(file)!);
            if (!read.IsSuccess)
            {
                return CliIo.Fail(parse, read.Errors);
            }

            var docs = read.Value.Select(ReviewInputs.Check).ToList();
            ReviewInputs.CompareTexts(docs);
            if (parse.GetValue(json))
            {
                CliIo.Out(parse).WriteLine(new JsonArray([.. docs.Select(d => (JsonNode)ReviewInputs.ToJson(d))]).ToJsonString(ImportJson.Options));
                return CliApp.Ok;
            }

            var console = CliIo.Console(parse);
            foreach (var d in docs)
            {
                WriteFindings(console, d);
            }

            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>
    /// One document: what was read, what could be checked and what not (with the reason), the counts and the
    /// findings. A document of which nothing checkable was read says 未能核查, never 未发现问题.
    /// </summary>
    internal static void WriteFindings(IAnsiConsole console, ReviewedDocument d)
    {
        var e = d.Subject.Evaluation;
        console.WriteLine($"{d.File}：{d.Kind} {e.Unit} {(e.Year > 0 ? e.Year.ToString(CultureInfo.InvariantCulture) : string.Empty)}  得分 {Score(d.Score)} {d.Grade}");
        if (d.ReadSource is not null)
        {
            console.WriteLine("读取来源：" + d.ReadSource);
        }

        foreach (var note in d.ReadNotes)
        {
            console.WriteLine("读取说明：" + note);
        }

        console.WriteLine("已读取：" + ReadFacts.Of(d).Line());
        console.WriteLine($"核查范围：{d.Coverage.Status.Name()}");
        foreach (var item in d.Coverage.Ran)
        {
            console.WriteLine($"  已核查 {item.Name}：{item.Text}");
        }

        foreach (var item in d.Coverage.NotRun)
        {
            console.WriteLine($"  未核查 {item.Name}：{item.Text}");
        }

        if (!d.Unchecked || d.Findings.Count > 0)
        {
            console.WriteLine($"确定 {d.Count(Severity.Certain).ToString(CultureInfo.InvariantCulture)}，疑似 {d.Count(Severity.Suspect).ToString(CultureInfo.InvariantCulture)}，提示 {d.Count(Severity.Note).ToString(CultureInfo.InvariantCulture)}");
        }

        console.WriteLine(d.Coverage.Verdict(d.Findings.Count));
        if (d.Findings.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumn("程度").AddColumn("代码").AddColumn("说明").AddColumn("依据");
        foreach (var f in d.Findings.OrderByDescending(f => f.Severity))
        {
            var evidence = string.Join("\n", f.Evidence.Take(4).Select(v => $"{v.Label}={v.Value}（{v.Source}）"));
            table.AddRow(Colour(f.Severity), f.Code, CliIo.Escape(f.Message), CliIo.Escape(evidence.Length > 300 ? evidence[..300] + "…" : evidence));
        }

        console.Write(table);
    }

    internal static string Score(decimal? score) => score is { } s ? s.ToString("0.##", CultureInfo.InvariantCulture) : "—";

    internal static string Colour(Severity s) => s switch
    {
        Severity.Certain => "[red]确定[/]",
        Severity.Suspect => "[yellow]疑似[/]",
        Severity.Note => "提示",
    };
}
