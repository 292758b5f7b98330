namespace Jixiao.Cli.Tests;

public class ServeCommandTests
{
    [Fact]
    public void Serve_UnknownDatabaseScheme_ExitsWithUsageAndChineseMessage()
    {
        var run = CliRun.Of("serve", "--db", "mysql:server=x");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--db 的值“mysql:server=x”无效", run.Err, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Help_ListsServeCommand()
    {
        var run = CliRun.Of("--help");

        Assert.Contains("serve", run.Out, StringComparison.Ordinal);
    }
}
