using System.CommandLine;
using System.Text;
using Jixiao.Domain;
using Jixiao.Domain.Frameworks;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>What every command shares: writers, Spectre console, error printing, file reading, framework lookup.</summary>
internal static class CliIo
{
    public static TextWriter Out(ParseResult parse) => parse.InvocationConfiguration.Output;

    public static TextWriter Err(ParseResult parse) => parse.InvocationConfiguration.Error;

    /// <summary>A Spectre console over the command's output; no colours and a page <paramref name="pageWidth"/> wide when not a terminal.</summary>
    public static IAnsiConsole Console(ParseResult parse, int pageWidth = 160)
    {
        var writer = Out(parse);
        var terminal = ReferenceEquals(writer, System.Console.Out) && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = pageWidth;
        }

        return console;
    }

    /// <summary>Prints every error (path：message) and returns exit code 1.</summary>
    public static int Fail(ParseResult parse, IEnumerable<DomainError> errors, string? heading = null)
    {
        var err = Err(parse);
        if (heading is not null)
        {
            err.WriteLine(heading);
        }

        foreach (var e in errors)
        {
            err.WriteLine("错误：" + e);
        }

        return CliApp.InvalidInput;
    }

    public static int Fail(ParseResult parse, string message) => Fail(parse, [new DomainError(ErrorCatalogue.InvalidValue, string.Empty, message)]);

    /// <summary>Reads a text file; a missing or unreadable file is a Chinese error naming it.</summary>
    public static Result<string> ReadText(string path)
    {
        try
        {
            return Result<string>.Success(File.ReadAllText(path, Encoding.UTF8));
        }
        catch (FileNotFoundException)
        {
            return Result<string>.Failure(new DomainError(ErrorCatalogue.Missing, path, "找不到文件"));
        }
        catch (DirectoryNotFoundException)
        {
            return Result<string>.Failure(new DomainError(ErrorCatalogue.Missing, path, "找不到文件所在的目录"));
        }
        catch (UnauthorizedAccessException)
        {
            return Result<string>.Failure(new DomainError(ErrorCatalogue.InvalidValue, path, "没有读取该文件的权限"));
        }
        catch (IOException ex)
        {
            return Result<string>.Failure(new DomainError(ErrorCatalogue.InvalidValue, path, "无法读取文件：" + ex.Message));
        }
    }

    /// <summary>A framework from a file (--framework) or the built-in catalogue by id.</summary>
    public static Result<Framework> ResolveFramework(string id, string? frameworkFile)
    {
        if (frameworkFile is null)
        {
            return FrameworkCatalog.Get(id);
        }

        var text = ReadText(frameworkFile);
        return text.IsSuccess ? FrameworkLoader.Parse(text.Value, frameworkFile) : Result<Framework>.Failure(text.Errors);
    }

    /// <summary>
    /// Writes a file through a temporary file and a rename, so nothing is ever half-written; a folder that does not exist yet
    /// (-o 报告/2024/汇总.html) is created.
    /// </summary>
    public static void WriteAtomically(string path, string content) => Jixiao.Documents.OwnFiles.AtomicFile.WriteText(path, content);

    public static string Escape(string? text) => Markup.Escape(text ?? string.Empty);
}
