using System.CommandLine;
using Jixiao.Cli.Commands;

namespace Jixiao.Cli;

/// <summary>
/// The `jixiao` command line. Exit codes: 0 ok, 1 invalid input (a Chinese message naming the
/// file, line or field), 2 usage (unknown command or option, missing argument).
/// Each command group lives in Commands/ and is registered here by one line.
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;

    internal static RootCommand Build()
    {
        var root = new RootCommand("jixiao：预算绩效自评（评分表、评分、解释）。退出码：0 成功，1 输入有误，2 用法错误。");
        root.Subcommands.Add(FrameworkCommands.Create());
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(ScoreCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(ReportCommands.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(MonitorCommand.Create());
        root.Subcommands.Add(ExportCommands.Create());
        root.Subcommands.Add(VocabularyCommands.Create());
        root.Subcommands.Add(GoalCommands.Create());
        root.Subcommands.Add(LibraryCommands.Create());
        foreach (var command in OperationsCommands.Create())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Runs the command line; <paramref name="output"/> and <paramref name="error"/> default to the console (tests pass writers).</summary>
    internal static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        // System.CommandLine ships Simplified Chinese messages for usage errors and help.
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-Hans");
        output ??= Console.Out;
        error ??= Console.Error;
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine("用法错误：" + e.Message);
            }

            error.WriteLine("运行 jixiao --help 查看用法。");
            return Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Jixiao.Documents.OwnFiles.OutputFileException ex)
        {
            // The user's path cannot be written: their error to fix, said in Chinese with the path.
            error.WriteLine("错误：" + ex.Message);
            return InvalidInput;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("JIXIAO_DEBUG") is null)
        {
            // A bug, not bad input; still no stack trace for the user (JIXIAO_DEBUG=1 shows it).
            error.WriteLine($"内部错误：{ex.GetType().Name}：{ex.Message}（请报告此问题；设置 JIXIAO_DEBUG=1 可显示详细信息）");
            return InvalidInput;
        }
    }
}
