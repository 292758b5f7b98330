using System.CommandLine;
using Jixiao.Domain;
using Jixiao.Domain.Scoring;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao explain FILE CODE`: one indicator's inputs (with the field each came from), rule, arithmetic and reasoning.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "评价文件（.yaml / .json）" };
        var code = new Argument<string>("CODE") { Description = "指标编码，例如 1.1.3（见 jixiao score 的“编码”列）" };
        var framework = new Option<string?>("--framework") { Description = "使用指定的评分表文件" };
        var command = new Command("explain", "解释一个指标的得分：输入、规则、计算过程");
        command.Arguments.Add(file);
        command.Arguments.Add(code);
        command.Options.Add(framework);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var wanted = parse.GetValue(code)!;
            if (EvaluationFiles.IsJsonLines(path))
            {
                return CliIo.Fail(parse, "explain 只接受单个评价文件（.yaml 或 .json），不接受 JSON Lines");
            }

            var evaluation = EvaluationFiles.Load(path, out var text);
            if (!evaluation.IsSuccess)
            {
                return CliIo.Fail(parse, evaluation.Errors);
            }

            var fw = CliIo.ResolveFramework(evaluation.Value.FrameworkId, parse.GetValue(framework));
            if (!fw.IsSuccess)
            {
                return CliIo.Fail(parse, fw.Errors);
            }

            // The whole evaluation when it scores; otherwise the indicator alone (e.g. the execution part of a table without actuals).
            var whole = Scorer.Score(fw.Value, evaluation.Value);
            IReadOnlyList<IndicatorScore> shown;
            if (whole.IsSuccess)
            {
                var found = whole.Value.Find(wanted);
                if (found is null)
                {
                    return CliIo.Fail(parse, [new DomainError(ErrorCatalogue.UnknownLeaf, "CODE", $"评分表“{fw.Value.Id}”中没有编码为“{wanted}”的指标")]);
                }

                shown = [found, .. whole.Value.Indicators.Where(i => string.Equals(i.ParentCode, wanted, StringComparison.Ordinal))];
            }
            else
            {
                var one = Scorer.ScoreIndicator(fw.Value, evaluation.Value, wanted);
                if (!one.IsSuccess)
                {
                    return CliIo.Fail(parse, Jixiao.Domain.Evaluations.EvaluationSerializer.WithPositions(one.Errors, text, path), $"无法计算指标 {wanted}：");
                }

                shown = [one.Value];
            }

            var console = CliIo.Console(parse);
            foreach (var i in shown)
            {
                Write(console, i);
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, IndicatorScore i)
    {
        console.WriteLine($"{i.Code} {i.Name}");
        console.WriteLine($"分值：{Money.FormatShort(i.Weight)}  自评分：{Money.Format(i.Score)}  复核分：{Money.Format(i.ReviewScore)}");
        console.WriteLine($"规则：{i.Explanation.Rule}");
        if (i.Explanation.Inputs.Count > 0)
        {
            var table = new Table().AddColumns("输入", "值", "来源字段");
            foreach (var input in i.Explanation.Inputs)
            {
                table.AddRow(CliIo.Escape(input.Name), CliIo.Escape(input.Value), CliIo.Escape(input.Source));
            }

            console.Write(table);
        }

        console.WriteLine($"计算：{i.Explanation.Arithmetic}");
        console.WriteLine($"说明：{i.Explanation.Text}");
        if (i.Reason is not null)
        {
            console.WriteLine($"未达标原因：{i.Reason}");
        }

        if (i.Measure is not null)
        {
            console.WriteLine($"改进措施：{i.Measure}");
        }

        console.WriteLine();
    }
}
