using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Jixiao.Documents.Goals;
using Jixiao.Documents.Import;
using Jixiao.Domain;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Goals;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao goals …`: goal declarations (docs/goal-format.md). `goals check FILE [--previous EVAL] [--json]` runs the goal
/// checks; findings do not change the exit code (0), an unreadable file is 1.
/// </summary>
internal static class GoalCommands
{
    public static Command Create()
    {
        var goals = new Command("goals", "绩效目标申报：检查、生成目标表、导入目标表");
        goals.Subcommands.Add(Check());
        goals.Subcommands.Add(Report());
        goals.Subcommands.Add(Import());
        return goals;
    }

    private static Command Check()
    {
        var file = new Argument<string>("FILE") { Description = "绩效目标文件（.yaml/.json，格式见 docs/goal-format.md）" };
        var previous = new Option<string?>("--previous") { Description = "上年度的自评文件（.yaml/.json）：其绩效指标的完成值用于检查“目标值低于上年实际”" };
        var framework = new Option<string?>("--framework") { Description = "使用指定的评分表文件，而不是 frameworkId 对应的内置评分表" };
        var json = new Option<bool>("--json") { Description = "输出 JSON：code、severity、message、path、evidence" };
        var command = new Command("check", "绩效目标审核检查：指标质量规则、必填类别、成本与支出标准、与上年实际的比较、指标表述");
        command.Arguments.Add(file);
        command.Options.Add(previous);
        command.Options.Add(framework);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var read = Load(path);
            if (!read.IsSuccess)
            {
                return CliIo.Fail(parse, read.Errors, $"无法读取绩效目标文件：{path}");
            }

            var declaration = read.Value;
            var resolved = CliIo.ResolveFramework(declaration.FrameworkId, parse.GetValue(framework));
            if (!resolved.IsSuccess)
            {
                return CliIo.Fail(parse, resolved.Errors);
            }

            IReadOnlyList<PreviousIndicator> last = [];
            if (parse.GetValue(previous) is { } previousPath)
            {
                var evaluation = EvaluationFiles.Load(previousPath);
                if (!evaluation.IsSuccess)
                {
                    return CliIo.Fail(parse, evaluation.Errors, $"无法读取上年度自评文件：{previousPath}");
                }

                last = PreviousFrom(evaluation.Value, previousPath);
            }

            var findings = GoalChecks.Run(new GoalCheckSubject { Declaration = declaration, PreviousYear = last }, resolved.Value);
            if (parse.GetValue(json))
            {
                var node = new JsonObject
                {
                    ["file"] = path,
                    ["unit"] = declaration.Unit,
                    ["year"] = declaration.Year,
                    ["kind"] = declaration.Kind.Name(),
                    ["frameworkId"] = declaration.FrameworkId,
                    ["indicators"] = declaration.AllIndicators().Count(),
                    ["counts"] = new JsonObject { ["确定"] = Count(findings, Severity.Certain), ["疑似"] = Count(findings, Severity.Suspect), ["提示"] = Count(findings, Severity.Note) },
                    ["findings"] = new JsonArray([.. findings.Select(f => (JsonNode)ReviewInputs.FindingJson(f))]),
                };
                CliIo.Out(parse).WriteLine(node.ToJsonString(ImportJson.Options));
                return CliApp.Ok;
            }

            var console = CliIo.Console(parse);
            var title = declaration.Project?.Name is { } project ? $"{declaration.Unit} {project}" : declaration.Unit;
            console.WriteLine($"{path}：{declaration.Year.ToString(CultureInfo.InvariantCulture)} 年度{declaration.Kind.Name()}绩效目标 {title}，指标 {declaration.AllIndicators().Count().ToString(CultureInfo.InvariantCulture)} 个（评分表 {declaration.FrameworkId}）");
            console.WriteLine($"确定 {Count(findings, Severity.Certain).ToString(CultureInfo.InvariantCulture)}，疑似 {Count(findings, Severity.Suspect).ToString(CultureInfo.InvariantCulture)}，提示 {Count(findings, Severity.Note).ToString(CultureInfo.InvariantCulture)}");
            if (findings.Count == 0)
            {
                console.WriteLine("未发现问题。");
                return CliApp.Ok;
            }

            var table = new Table().AddColumn("程度").AddColumn("代码").AddColumn("位置").AddColumn("说明").AddColumn("依据");
            foreach (var f in findings.OrderByDescending(f => f.Severity))
            {
                var evidence = string.Join("\n", f.Evidence.Take(3).Select(v => $"{v.Label}={v.Value}（{v.Source}）"));
                table.AddRow(CheckCommand.Colour(f.Severity), f.Code, CliIo.Escape(f.Path), CliIo.Escape(f.Message), CliIo.Escape(evidence));
            }

            console.Write(table);
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Report()
    {
        var file = new Argument<string>("FILE") { Description = "绩效目标文件（.yaml/.json）" };
        var format = new Option<string>("--format") { Description = "xlsx（公开表式的绩效目标表）、docx 或 pdf", Required = true };
        var output = new Option<string?>("-o", "--output") { Description = "输出文件（默认：与输入同名、换扩展名）" };
        var command = new Command("report", "生成绩效目标表：XLSX（公开表式，可编辑后导入）、DOCX 或 PDF");
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var kind = parse.GetValue(format)!.Trim().ToLowerInvariant();
            if (kind is not ("xlsx" or "docx" or "pdf"))
            {
                CliIo.Err(parse).WriteLine($"用法错误：--format 只能是 xlsx、docx 或 pdf，实际为“{kind}”。");
                return CliApp.Usage;
            }

            var read = Load(path);
            if (!read.IsSuccess)
            {
                return CliIo.Fail(parse, read.Errors, $"无法读取绩效目标文件：{path}");
            }

            var target = parse.GetValue(output) ?? Path.ChangeExtension(path, kind);
            byte[] bytes;
            switch (kind)
            {
                case "xlsx":
                    bytes = GoalTableXlsx.ToBytes(read.Value);
                    break;
                case "docx":
                    bytes = GoalTableDocx.ToBytes(read.Value);
                    break;
                default:
                    var pdf = Jixiao.Data.Services.DocumentRendering.PdfFromDocx(GoalTableDocx.ToBytes(read.Value));
                    if (!pdf.IsSuccess)
                    {
                        return CliIo.Fail(parse, pdf.Errors);
                    }

                    bytes = pdf.Value;
                    break;
            }

            Jixiao.Documents.OwnFiles.AtomicFile.WriteBytes(target, bytes);
            CliIo.Out(parse).WriteLine($"已生成 {target}（{GoalTableXlsx.Title(read.Value)}）");
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<string>("FILE") { Description = "填好的绩效目标表（.xlsx：本系统导出的，或常见公开表式）" };
        var output = new Option<string?>("-o", "--output") { Description = "写出 YAML 绩效目标文件（默认输出到屏幕）" };
        var framework = new Option<string?>("--framework-id") { Description = "使用的评分表编号（代替表中写的或按类型默认的）" };
        var command = new Command("import", "导入 XLSX 绩效目标表为 YAML 绩效目标文件（每个错误注明工作表和单元格）");
        command.Arguments.Add(file);
        command.Options.Add(output);
        command.Options.Add(framework);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return CliIo.Fail(parse, $"无法读取文件 {path}：{ex.Message}");
            }

            var read = GoalTableXlsx.Read(bytes, Path.GetFileName(path));
            if (!read.IsSuccess)
            {
                return CliIo.Fail(parse, read.Errors, $"无法导入绩效目标表：{path}");
            }

            var declaration = parse.GetValue(framework) is { } id ? read.Value with { FrameworkId = id } : read.Value;
            var yaml = GoalSerializer.ToYaml(declaration);
            if (parse.GetValue(output) is { } target)
            {
                CliIo.WriteAtomically(target, yaml);
                CliIo.Out(parse).WriteLine($"已写出 {target}：{declaration.Unit} {declaration.Year} 年度，指标 {declaration.AllIndicators().Count().ToString(CultureInfo.InvariantCulture)} 个");
            }
            else
            {
                CliIo.Out(parse).Write(yaml);
            }

            return CliApp.Ok;
        });
        return command;
    }

    internal static Result<GoalDeclaration> Load(string path)
    {
        var text = CliIo.ReadText(path);
        return text.IsSuccess ? GoalSerializer.Parse(text.Value, path) : Result<GoalDeclaration>.Failure(text.Errors);
    }

    /// <summary>Last year's indicators with their actuals, from last year's self-evaluation file.</summary>
    internal static IReadOnlyList<PreviousIndicator> PreviousFrom(Evaluation evaluation, string source) =>
        [.. evaluation.Goals.Select((g, i) => new PreviousIndicator(g.Level1, g.Level2, g.Name, g.Target, g.Actual, g.Unit,
            string.Create(CultureInfo.InvariantCulture, $"{source} goals[{i}]（{evaluation.Year} 年度完成值）")))];

    private static int Count(IReadOnlyList<Finding> findings, Severity severity) => findings.Count(f => f.Severity == severity);
}
