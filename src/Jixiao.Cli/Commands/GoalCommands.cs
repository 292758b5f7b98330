using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
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
