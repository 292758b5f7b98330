using System.CommandLine;
using Jixiao.Data;
using Jixiao.Web;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao serve [--urls URL] [--db sqlite:PATH|postgres:CONNECTION]`: the web application. By default a SQLite file
/// under ./data; migrations are applied and, on an empty database, the demo district is seeded; prints URL and accounts.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "监听地址，例如 http://127.0.0.1:5000", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var db = new Option<string?>("--db") { Description = "数据库：sqlite:文件路径（默认 ./data/jixiao.db）或 postgres:连接字符串" };
        var noSeed = new Option<bool>("--no-seed") { Description = "空数据库时不写入示范数据" };
        var command = new Command("serve", "启动网页系统（部门填报、财政复核、结果公开）");
        command.Options.Add(urls);
        command.Options.Add(db);
        command.Options.Add(noSeed);
        command.SetAction(async (parse, ct) =>
        {
            var args = new List<string> { "--urls", parse.GetValue(urls)! };
            if (parse.GetValue(db) is { Length: > 0 } dbText)
            {
                if (DatabaseSpec.TryParse(dbText, out var error) is null)
                {
                    await CliIo.Err(parse).WriteLineAsync(error);
                    return CliApp.Usage;
                }

                args.Add("--Jixiao:Database=" + dbText);
            }

            if (parse.GetValue(noSeed))
            {
                args.Add("--Jixiao:Seed=false");
            }

            var output = CliIo.Out(parse);
            return await JixiaoWebHost.RunAsync([.. args], line => output.WriteLine(line));
        });
        return command;
    }
}
