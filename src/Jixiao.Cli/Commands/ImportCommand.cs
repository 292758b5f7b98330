using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Documents.Import;
using Jixiao.Domain.Evaluations;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao import FILE [--json] [-o evaluation.yaml]`: reads a published self-evaluation (.txt,
/// .html, .docx, .xlsx, .pdf, and .doc/.xls/.wps/.et/.rtf/.odt/.ods through LibreOffice) and prints what it states, with the source line of every field and the
/// list of fields it does not state. -o writes the first document's evaluation as YAML.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "已公开的自评报告或自评表（.txt / .html / .docx / .xlsx / .pdf；.doc / .xls / .wps / .et 经 LibreOffice 转换后读取）" };
        var json = new Option<bool>("--json") { Description = "输出 JSON：每个文档的 evaluation、stated（自述的总分、等级、执行率）、missing、source（字段 → 行号和原文）" };
        var output = new Option<string?>("--output", "-o") { Description = "把第一个文档的评价写成 YAML 文件（可再用 jixiao score / check）" };
        var text = new Option<bool>("--text") { Description = "只输出从文件中读到的文字（每行前是行号，与 --json 的 source 行号一致），用于核对网页、Word、Excel、PDF 读成了什么" };
        var command = new Command("import", "导入已公开的自评报告/自评表：提取单位、年度、预算、得分、指标等，并注明每个字段的出处和缺失项");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.Options.Add(output);
        command.Options.Add(text);
        command.SetAction(parse => parse.GetValue(text)
            ? Text(parse, parse.GetValue(file)!)
            : Run(parse, parse.GetValue(file)!, parse.GetValue(json), parse.GetValue(output)));
        return command;
    }

    private static int Run(ParseResult parse, string path, bool asJson, string? outputPath)
    {
        if (!File.Exists(path))
        {
            return CliIo.Fail(parse, $"{path}：找不到文件");
        }

        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".xlsx" or ".docx" or ".pdf")
        {
            // Our own files (a DOCX re-saved without its data part and our PDFs by their visible content); null: not ours.
            var own = Jixiao.Documents.OwnFiles.OwnDocumentReader.TryRead(path);
            if (own is not null)
            {
                if (!own.IsSuccess)
                {
                    return CliIo.Fail(parse, own.Errors);
                }

                CliIo.Out(parse).WriteLine(asJson ? EvaluationSerializer.ToJson(own.Value) : EvaluationSerializer.ToYaml(own.Value));
                if (outputPath is not null)
                {
                    CliIo.WriteAtomically(outputPath, EvaluationSerializer.ToYaml(own.Value));
                }

                return CliApp.Ok;
            }
        }

        var result = PublishedImporter.ImportFile(path);
        if (result.Documents.Count == 0)
        {
            return CliIo.Fail(parse, $"{path}：未能识别出自评报告或自评表" + (result.Warnings.Count > 0 ? "（" + string.Join("；", result.Warnings) + "）" : string.Empty));
        }

        if (outputPath is not null)
        {
            CliIo.WriteAtomically(outputPath, EvaluationSerializer.ToYaml(result.Documents[0].Evaluation));
        }

        if (asJson)
        {
            CliIo.Out(parse).WriteLine(ToJson(result).ToJsonString(ImportJson.Options));
            return CliApp.Ok;
        }

        WriteText(CliIo.Console(parse), result);
        return CliApp.Ok;
    }

    /// <summary>The lines read from the file, numbered as the import's sources number them; warnings go to standard error.</summary>
    private static int Text(ParseResult parse, string path)
    {
        if (!File.Exists(path))
        {
            return CliIo.Fail(parse, $"{path}：找不到文件");
        }

        var (lines, warnings) = PublishedTextReader.Read(path);
        foreach (var warning in warnings)
        {
            CliIo.Err(parse).WriteLine(warning);
        }

        var output = CliIo.Out(parse);
        for (var i = 0; i < lines.Count; i++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1}\t{lines[i]}"));
        }

        return lines.Count == 0 ? CliIo.Fail(parse, $"{path}：没有读到文字") : CliApp.Ok;
    }

    /// <summary>The import as JSON; <c>evaluation</c> is in the evaluation file format (EvaluationSerializer).</summary>
    internal static JsonObject ToJson(ImportResult result)
    {
        var docs = new JsonArray();
        foreach (var d in result.Documents)
        {
            docs.Add(new JsonObject
            {
                ["kind"] = d.Kind.Name(),
                ["firstLine"] = d.FirstLine,
                ["lastLine"] = d.LastLine,
                ["truncated"] = d.Truncated,
                ["kindReason"] = d.KindReason,
                ["evaluation"] = JsonNode.Parse(EvaluationSerializer.ToJson(d.Evaluation)),
                ["stated"] = JsonSerializer.SerializeToNode(d.Stated, ImportJson.Options),
                ["missing"] = new JsonArray([.. d.Missing.Select(m => (JsonNode)new JsonObject { ["path"] = m.Path, ["note"] = m.Note })]),
                ["inferred"] = new JsonArray([.. d.Inferred.Select(m => (JsonNode)new JsonObject { ["path"] = m.Path, ["note"] = m.Note })]),
                ["approximate"] = new JsonArray([.. d.Approximate.Select(a => (JsonNode)a)]),
                ["source"] = new JsonObject([.. d.Sources.OrderBy(kv => kv.Value.Line).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                    .Select(kv => new KeyValuePair<string, JsonNode?>(kv.Key, SourceJson(kv.Value)))]),
                ["values"] = new JsonArray([.. d.Values.Select(v => (JsonNode)new JsonObject
                {
                    ["path"] = v.Path,
                    ["value"] = v.Value,
                    ["stated"] = v.Stated,
                    ["unit"] = v.Unit,
                    ["approximate"] = v.Approximate,
                    ["how"] = v.How,
                    ["source"] = SourceJson(v.Source),
                })]),
            });
        }

        return new JsonObject
        {
            ["source"] = result.Source,
            ["lines"] = result.LineCount,
            ["warnings"] = new JsonArray([.. result.Warnings.Select(w => (JsonNode)w)]),
            ["documents"] = docs,
            ["undecided"] = new JsonArray([.. result.Undecided.Select(d => (JsonNode)new JsonObject
            {
                ["firstLine"] = d.FirstLine,
                ["lastLine"] = d.LastLine,
                ["kindReason"] = d.KindReason,
                ["unit"] = d.Evaluation.Unit.Length > 0 ? d.Evaluation.Unit : null,
                ["year"] = d.Evaluation.Year > 0 ? d.Evaluation.Year : null,
                ["values"] = new JsonArray([.. d.Values.Select(v => (JsonNode)new JsonObject { ["path"] = v.Path, ["value"] = v.Value, ["how"] = v.How, ["source"] = SourceJson(v.Source) })]),
            })]),
        };
    }

    private static JsonObject SourceJson(SourceRef s)
    {
        var o = new JsonObject { ["line"] = s.Line, ["text"] = s.Text };
        if (s.Column >= 0)
        {
            o["column"] = s.Column;
            o["length"] = s.Length;
            o["span"] = s.Span;
        }

        return o;
    }

    private static void WriteText(IAnsiConsole console, ImportResult result)
    {
        foreach (var w in result.Warnings)
        {
            console.MarkupLine("[yellow]警告：[/]" + CliIo.Escape(w));
        }

        for (var i = 0; i < result.Documents.Count; i++)
        {
            var d = result.Documents[i];
            var e = d.Evaluation;
            console.WriteLine($"文档 {(i + 1).ToString(CultureInfo.InvariantCulture)}：{d.Kind.Name()}（第 {d.FirstLine.ToString(CultureInfo.InvariantCulture)}–{d.LastLine.ToString(CultureInfo.InvariantCulture)} 行）{(d.Truncated ? "，文本不完整" : string.Empty)}");
            var table = new Table().AddColumn("字段").AddColumn("值").AddColumn("出处");
            void Row(string label, string path, object? value)
            {
                if (value is null)
                {
                    return;
                }

                var text = value is decimal m ? m.ToString("0.####", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                var src = d.Sources.TryGetValue(path, out var s) ? $"第 {s.Line.ToString(CultureInfo.InvariantCulture)} 行" : string.Empty;
                table.AddRow(CliIo.Escape(label), CliIo.Escape(text.Length > 60 ? text[..60] + "…" : text), src);
            }

            Row("单位", "unit", e.Unit.Length > 0 ? e.Unit : null);
            Row("年度", "year", e.Year > 0 ? e.Year : null);
            Row("项目", "projectName", e.ProjectName);
            Row("评分表", "frameworkId", e.FrameworkId.Length > 0 ? e.FrameworkId : null);
            Row("年初预算（万元）", "budget.initial", e.Budget.Initial);
            Row("调整后/全年预算（万元）", "budget.adjusted", e.Budget.Adjusted);
            Row("执行数（万元）", "budget.executed", e.Budget.Executed);
            Row("执行率（所写，%）", "budget.statedRatePercent", e.Budget.StatedRatePercent);
            Row("自评得分（所写）", "stated.totalScore", d.Stated.TotalScore);
            Row("评价等级（所写）", "stated.grade", d.Stated.Grade);
            Row("绩效指标（条）", "goals", e.Goals.Count > 0 ? e.Goals.Count : null);
            Row("评分行（条）", "stated.scoreRows", d.Stated.ScoreRows.Count > 0 ? d.Stated.ScoreRows.Count : null);
            console.Write(table);
            if (d.Missing.Count > 0)
            {
                console.WriteLine("未找到：");
                foreach (var m in d.Missing)
                {
                    console.WriteLine($"  - {m.Path}：{m.Note}");
                }
            }
        }
    }
}
