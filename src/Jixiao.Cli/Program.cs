namespace Jixiao.Cli;

internal static class Program
{
    internal static int Main(string[] args) => CliApp.Run(args);
}
