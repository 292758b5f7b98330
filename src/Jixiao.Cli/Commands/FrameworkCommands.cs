using System.CommandLine;
using System.Globalization;
using Jixiao.Domain;
using Jixiao.Domain.Frameworks;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao framework list | show ID | validate [FILE|DIR]`.</summary>
internal static class FrameworkCommands
{
    public static Command Create()
    {
        var group = new Command("framework", "评分表：列出、查看、校验");
        group.Subcommands.Add(List());
        group.Subcommands.Add(Show());
        group.Subcommands.Add(Validate());
        return group;
    }

    private static Command List()
    {
        var command = new Command("list", "列出内置评分表");
        command.SetAction(parse =>
        {
            var console = CliIo.Console(parse);
            var table = new Table().AddColumns("编号", "名称", "类型", "地区", "年度", "末级指标", "满分");
            foreach (var f in FrameworkCatalog.BuiltIn)
            {
                table.AddRow(CliIo.Escape(f.Id), CliIo.Escape(f.Name), f.Kind.Name(), CliIo.Escape(f.Region),
                    f.Year?.ToString(CultureInfo.InvariantCulture) ?? "-", f.Leaves().Count().ToString(CultureInfo.InvariantCulture), Money.FormatShort(f.TotalWeight));
            }

            console.Write(table);
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("ID") { Description = "评分表编号（见 jixiao framework list）或评分表文件路径" };
        var yaml = new Option<bool>("--yaml") { Description = "输出评分表的 YAML 原文" };
        var command = new Command("show", "查看评分表的指标、分值、评分规则和等级");
        command.Arguments.Add(id);
        command.Options.Add(yaml);
        command.SetAction(parse =>
        {
            var key = parse.GetValue(id)!;
            var isFile = File.Exists(key);
            string? source = isFile ? File.ReadAllText(key) : FrameworkCatalog.SourceOf(key);
            var framework = isFile ? FrameworkLoader.Parse(source!, key) : FrameworkCatalog.Get(key);
            if (!framework.IsSuccess)
            {
                return CliIo.Fail(parse, framework.Errors);
            }

            if (parse.GetValue(yaml))
            {
                CliIo.Out(parse).Write(source);
                return CliApp.Ok;
            }

            Write(CliIo.Console(parse), framework.Value);
            return CliApp.Ok;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, Framework f)
    {
        console.WriteLine($"{f.Name}（{f.Id}，第 {f.Version} 版）");
        console.WriteLine($"地区：{f.Region}  类型：{f.Kind.Name()}  满分：{Money.FormatShort(f.TotalWeight)}");
        var table = new Table()
            .AddColumn(new TableColumn("编码").NoWrap())
            .AddColumn(new TableColumn("指标").NoWrap())
            .AddColumn(new TableColumn("分值").NoWrap())
            .AddColumns("评分规则", "指标解释");
        foreach (var root in f.Indicators)
        {
            AddRows(table, root, 0);
        }

        console.Write(table);
        console.WriteLine("评价等级：" + string.Join("；", f.Grades.Bands.Select(b => $"{b.Name} {b.Describe()}")));
        var s = f.Settings;
        console.WriteLine($"设置：执行率以{(s.ExecutionBasis == BudgetBasis.Adjusted ? "调整后预算" : "年初预算")}为分母，{(s.CapExecutionScore ? "得分以分值为上限" : "得分不设上限")}；" +
            $"不适用指标{(s.NotApplicable == NotApplicablePolicy.Rescale ? "剔除后按比例折算" : "给满分")}；" +
            $"定性区间 达成 {Pct(s.Achieved)}、部分达成 {Pct(s.PartlyAchieved)}、未达成 {Pct(s.NotAchieved)}；" +
            $"反向指标 {Money.FormatShort(s.NegativeCutoffMultiple)} 倍目标值起得 0 分。");

        static string Pct(QualitativeRange r) => $"{Money.FormatShort(r.Min * 100m)}–{Money.FormatShort(r.Max * 100m)}%";
    }

    private static void AddRows(Table table, IndicatorNode node, int depth)
    {
        var name = new string('　', depth) + node.Name + (node.NameIsPlaceholder ? "（占位名称）" : string.Empty);
        table.AddRow(CliIo.Escape(node.Code), CliIo.Escape(name), Money.FormatShort(node.Weight), CliIo.Escape(RuleText(node.Rule)), CliIo.Escape(node.Explanation));
        foreach (var child in node.Children)
        {
            AddRows(table, child, depth + 1);
        }
    }

    internal static string RuleText(ScoringRule? rule) => rule switch
    {
        null => "下级之和",
        ExecutionRateRule r => "预算执行率" + (r.Basis is { } b ? (b == BudgetBasis.Adjusted ? "（调整后预算）" : "（年初预算）") : string.Empty),
        GoalCompletionRule r => $"由{string.Join("、", r.Level1)}推算（{(r.Derivation == GoalDerivation.Weighted ? "按权重" : "平均")}）",
        DeclaredIndicatorsRule r => r.Level1.Count == 0 ? "单位设定的全部绩效指标" : $"单位设定的{string.Join("、", r.Level1)}",
        MeasuredRule r => $"定量 {r.Operator.Symbol()}{Money.FormatShort(r.Target)}{r.Unit}",
        RatioRule r => $"比率 {(r.Numerator is { } n ? BudgetFields.Name(n) : "分子")} ÷ {(r.Denominator is { } d ? BudgetFields.Name(d) : "分母")}，" + r.Scoring switch
        {
            RatioScoring.Proportional => "按比例",
            RatioScoring.Threshold => r.Threshold is { } t ? $"{t.Operator.Symbol()}{Money.FormatShort(t.Percent)}% 满分" + (t.DeductPerPoint is { } k ? $"，每偏离 1 个百分点扣 {Money.FormatShort(k)} 分" : "，否则 0 分") : "阈值",
            RatioScoring.Steps => "阶梯：" + string.Join("，", r.Steps.Select(s => $"{s.Operator.Symbol()}{Money.FormatShort(s.Percent)}% 得 {Money.FormatShort(s.Points)}")),
        },
        ComplianceRule => "合规性扣分（最低 0 分）",
        QualitativeRule => "定性（档次定区间）",
        _ => rule.DisplayName,
    };

    private static Command Validate()
    {
        var path = new Argument<string?>("FILE") { Description = "评分表文件或目录（省略时校验全部内置评分表）", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("validate", "校验评分表：分值合计、编码唯一、评分规则、等级区间");
        command.Arguments.Add(path);
        command.SetAction(parse =>
        {
            var target = parse.GetValue(path);
            List<(string Name, Result<string> Text)> files;
            if (target is null)
            {
                files = FrameworkCatalog.Sources().Select(s => ("内置 frameworks/" + s.FileName, Result<string>.Success(s.Yaml))).ToList();
            }
            else if (Directory.Exists(target))
            {
                files = Directory.GetFiles(target, "*.yaml").Concat(Directory.GetFiles(target, "*.yml")).Order(StringComparer.Ordinal)
                    .Select(f => (f, CliIo.ReadText(f))).ToList();
                if (files.Count == 0)
                {
                    return CliIo.Fail(parse, $"目录 {target} 中没有 .yaml 评分表文件");
                }
            }
            else
            {
                files = [(target, CliIo.ReadText(target))];
            }

            var output = CliIo.Out(parse);
            var failed = 0;
            foreach (var (name, text) in files)
            {
                var result = text.IsSuccess ? FrameworkLoader.Parse(text.Value, name) : Result<Framework>.Failure(text.Errors);
                if (result.IsSuccess)
                {
                    var f = result.Value;
                    output.WriteLine($"通过：{name}：{f.Id}（{f.Name}，{f.Leaves().Count()} 个末级指标，满分 {Money.FormatShort(f.TotalWeight)}）");
                }
                else
                {
                    failed++;
                    CliIo.Fail(parse, result.Errors, $"未通过：{name}（{result.Errors.Count} 处错误）");
                }
            }

            output.WriteLine($"共校验 {files.Count} 个评分表，{files.Count - failed} 个通过，{failed} 个未通过。");
            return failed == 0 ? CliApp.Ok : CliApp.InvalidInput;
        });
        return command;
    }
}
