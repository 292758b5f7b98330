namespace Jixiao.Cli;

/// <summary>The `jixiao` command line. Exit codes: 0 ok, 1 invalid input, 2 usage.</summary>
internal static class CliApp
{
    internal static int Run(string[] args)
    {
        Console.Error.WriteLine("用法：jixiao <命令>（命令尚在建设中）");
        return args.Length == 0 ? 2 : 2;
    }
}
