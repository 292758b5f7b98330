using System.Text;

namespace Jixiao.Cli;

internal static class Program
{
    internal static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return CliApp.Run(args);
    }
}
