using System.CommandLine;
using Jixiao.Domain;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao init [--kind 部门整体|项目] [-o FILE] [--force]`: a complete, commented Chinese sample evaluation.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var kind = new Option<string>("--kind") { Description = "评价类型：部门整体 或 项目", DefaultValueFactory = _ => "部门整体" };
        var output = new Option<string?>("--output", "-o") { Description = "写入的文件（省略时输出到屏幕）" };
        var force = new Option<bool>("--force") { Description = "覆盖已存在的文件" };
        var command = new Command("init", "生成一份带中文注释的完整评价文件样例");
        command.Options.Add(kind);
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var kindText = parse.GetValue(kind);
            if (!DomainText.TryParseKind(kindText, out var k))
            {
                return CliIo.Fail(parse, [new DomainError(ErrorCatalogue.InvalidValue, "--kind", $"评价类型应为“部门整体”或“项目”，实际为“{kindText}”")]);
            }

            var sample = Sample(k);
            var path = parse.GetValue(output);
            if (path is null)
            {
                CliIo.Out(parse).Write(sample);
                return CliApp.Ok;
            }

            if (File.Exists(path) && !parse.GetValue(force))
            {
                return CliIo.Fail(parse, [new DomainError(ErrorCatalogue.InvalidValue, path, "文件已存在；如要覆盖请加 --force")]);
            }

            CliIo.WriteAtomically(path, sample);

            CliIo.Out(parse).WriteLine($"已写入 {path}（{k.Name()}评价样例）。下一步：jixiao score {path}");
            return CliApp.Ok;
        });
        return command;
    }

    internal static string Sample(EvaluationKind kind)
    {
        var name = kind == EvaluationKind.Department ? "department.yaml" : "project.yaml";
        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream("samples/" + name)
            ?? throw new InvalidOperationException("Embedded sample " + name + " is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
