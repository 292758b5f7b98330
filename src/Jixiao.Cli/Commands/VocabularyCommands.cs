using System.CommandLine;
using System.Globalization;
using Jixiao.Documents.Reading;
using Jixiao.Domain;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao vocabulary validate [FILE|DIR]`: the importer's reading vocabulary (reading/*.yaml).</summary>
internal static class VocabularyCommands
{
    public static Command Create()
    {
        var group = new Command("vocabulary", "导入用词表（字段标签、标题、类型线索、表样）：校验");
        group.Subcommands.Add(Validate());
        group.Subcommands.Add(Measure());
        return group;
    }

    private static Command Measure()
    {
        var dir = new Argument<string>("DIR") { Description = "目录：每个 NAME.txt 旁有人工阅读写成的 NAME.expected.yaml（格式见 testdata/corpus/EXPECTED-FORMAT.md）" };
        var command = new Command("measure", "用词表导入目录中的文本，与人工记录的事实逐字段比较：正确、错误、漏读、编造，以及精确率和召回率");
        command.Arguments.Add(dir);
        command.SetAction(parse =>
        {
            var target = parse.GetValue(dir)!;
            if (!Directory.Exists(target))
            {
                return CliIo.Fail(parse, $"目录 {target} 不存在");
            }

            var m = Jixiao.Documents.Import.CorpusMeasure.MeasureDirectory(target);
            if (m.Files == 0)
            {
                return CliIo.Fail(parse, $"目录 {target} 中没有 .expected.yaml 事实文件");
            }

            CliIo.Out(parse).Write(m.ToTable());
            return m.Problems.Count > 0 || m.Outcomes.Any(o => o.Verdict == Jixiao.Documents.Import.Verdict.Invented) ? 1 : CliApp.Ok;
        });
        return command;
    }

    private static Command Validate()
    {
        var path = new Argument<string?>("FILE") { Description = "词表文件或目录（省略时校验内置词表 reading/；目录按一整套校验，单个文件只校验其本身）", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("validate", "校验词表：结构、字段名、数字角色、标题形式、类型、表样的列和恒等式；错误注明文件、行和条目");
        command.Arguments.Add(path);
        command.SetAction(parse =>
        {
            var target = parse.GetValue(path);
            List<(string Name, string Yaml)> files;
            var complete = true;
            if (target is null)
            {
                files = [.. VocabularyCatalog.Sources()];
            }
            else if (Directory.Exists(target))
            {
                var names = Directory.GetFiles(target, "*.yaml").Concat(Directory.GetFiles(target, "*.yml")).Order(StringComparer.Ordinal).ToList();
                if (names.Count == 0)
                {
                    return CliIo.Fail(parse, $"目录 {target} 中没有 .yaml 词表文件");
                }

                files = [];
                foreach (var name in names)
                {
                    var text = CliIo.ReadText(name);
                    if (!text.IsSuccess)
                    {
                        return CliIo.Fail(parse, text.Errors);
                    }

                    files.Add((name, text.Value));
                }
            }
            else
            {
                var text = CliIo.ReadText(target);
                if (!text.IsSuccess)
                {
                    return CliIo.Fail(parse, text.Errors);
                }

                files = [(target, text.Value)];
                complete = false;
            }

            var result = VocabularyLoader.Load(files, complete);
            if (!result.IsSuccess)
            {
                return CliIo.Fail(parse, result.Errors, $"未通过：{(target ?? "内置词表 reading/")}（{result.Errors.Count.ToString(CultureInfo.InvariantCulture)} 处错误）");
            }

            var v = result.Value;
            var output = CliIo.Out(parse);
            foreach (var (name, _) in files)
            {
                output.WriteLine($"通过：{name}");
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"共 {files.Count} 个文件：{v.Labels.Count} 个字段标签，{v.Subjects.Count} 个主体标签，{v.Sections.Sum(x => x.Words.Count)} 个标题用词（{v.Sections.Count} 个部分），{v.KindCues.Count} 条类型线索，{v.HeaderCells.Count} 个表头，{v.Layouts.Count} 个表样，{v.MoneyUnits.Count} 个金额单位。"));
            return CliApp.Ok;
        });
        return command;
    }
}
