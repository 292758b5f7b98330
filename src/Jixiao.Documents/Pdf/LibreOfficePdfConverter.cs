using System.Diagnostics;
using System.Text;
using Jixiao.Domain;

namespace Jixiao.Documents.Pdf;

/// <summary>
/// DOCX/XLSX → PDF through LibreOffice headless (<c>soffice --headless --convert-to pdf</c>), so the
/// PDF comes from the same file people edit. Many files go in one call to amortise the 2–5 s start;
/// each converter owns a private profile (<c>-env:UserInstallation</c>), so parallel runs do not
/// clash, and that profile maps the Windows CJK fonts (仿宋, 宋体, 黑体, 楷体) to Noto CJK, which
/// LibreOffice embeds (subset) in the PDF with extractable text.
/// </summary>
public sealed class LibreOfficePdfConverter : IDisposable
{
    /// <summary>How to install the converter, shown when it is missing.</summary>
    public const string InstallHint =
        "未找到 LibreOffice（soffice），无法生成 PDF。请安装：sudo apt-get install --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk（或运行 scripts/setup.sh）；也可用环境变量 JIXIAO_SOFFICE 指定 soffice 的路径。";

    private readonly string soffice;
    private readonly string profileRoot;
    private readonly SemaphoreSlim gate = new(1, 1);

    private LibreOfficePdfConverter(string soffice, int workers)
    {
        this.soffice = soffice;
        Workers = Math.Max(1, workers);
        profileRoot = Path.Combine(Path.GetTempPath(), "jixiao-lo-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);
        for (var i = 0; i < Workers; i++)
        {
            LibreOfficeProfile.Write(ProfileDir(i));
        }
    }

    /// <summary>LibreOffice processes run side by side for a big batch (each with its own profile).</summary>
    public int Workers { get; }

    /// <summary>Files per worker below which a batch stays in one process (start-up costs more than it saves).</summary>
    public int MinFilesPerWorker { get; init; } = 6;

    /// <summary>The soffice found, or null.</summary>
    public static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("JIXIAO_SOFFICE");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "soffice", "libreoffice" })
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        foreach (var candidate in new[] { "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A converter, or the Chinese install hint when LibreOffice is missing.</summary>
    public static Result<LibreOfficePdfConverter> Create(string? sofficePath = null, int? workers = null)
    {
        var found = sofficePath ?? Locate();
        return found is null || !File.Exists(found)
            ? Result<LibreOfficePdfConverter>.Failure(new DomainError("pdf.converter-missing", "soffice", InstallHint))
            : Result<LibreOfficePdfConverter>.Success(new LibreOfficePdfConverter(found, workers ?? Math.Min(Environment.ProcessorCount, 4)));
    }

    /// <summary>
    /// Converts every input (DOCX or XLSX) into <paramref name="outputDirectory"/> in one LibreOffice
    /// run; returns the PDF paths in input order. Input names must differ in their base name.
    /// </summary>
    public Result<IReadOnlyList<string>> Convert(IReadOnlyList<string> inputs, string outputDirectory, TimeSpan? timeout = null) =>
        Convert(inputs, outputDirectory, "pdf", timeout);

    /// <summary>
    /// As <see cref="Convert(IReadOnlyList{string}, string, TimeSpan?)"/> to another format LibreOffice writes
    /// (<c>xlsx</c>: a workbook re-saved by Calc, its formulas recalculated on load). The output directory must
    /// differ from the inputs' when the format is theirs.
    /// </summary>
    public Result<IReadOnlyList<string>> Convert(IReadOnlyList<string> inputs, string outputDirectory, string format, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            return Result<IReadOnlyList<string>>.Success([]);
        }

        Directory.CreateDirectory(outputDirectory);
        gate.Wait();
        try
        {
            foreach (var stale in inputs.Select(i => OutputPath(outputDirectory, i, format)).Where(File.Exists))
            {
                File.Delete(stale); // success is judged by the PDF existing afterwards
            }

            var workers = Math.Clamp(inputs.Count / MinFilesPerWorker, 1, Workers);
            var groups = Enumerable.Range(0, workers)
                .Select(w => inputs.Where((_, i) => i % workers == w).ToList())
                .ToList();
            var results = new DomainError[workers][];
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
                results[w] = RunOne(groups[w], outputDirectory, ProfileDir(w), format, timeout));

            var errors = results.SelectMany(r => r).ToList();
            return errors.Count > 0
                ? Result<IReadOnlyList<string>>.Failure(errors)
                : Result<IReadOnlyList<string>>.Success(inputs.Select(i => OutputPath(outputDirectory, i, format)).ToList());
        }
        finally
        {
            gate.Release();
        }
    }

    private static string OutputPath(string outputDirectory, string input, string format) =>
        Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(input) + "." + format);

    private string ProfileDir(int worker) => Path.Combine(profileRoot, "w" + worker.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>One soffice run over a group of files; returns the errors.</summary>
    private DomainError[] RunOne(List<string> inputs, string outputDirectory, string profileDir, string format, TimeSpan? timeout)
    {
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-env:UserInstallation=" + new Uri(profileDir + "/").AbsoluteUri);
        start.ArgumentList.Add("--headless");
        start.ArgumentList.Add("--invisible");
        start.ArgumentList.Add("--norestore");
        start.ArgumentList.Add("--nolockcheck");
        start.ArgumentList.Add("--nodefault");
        start.ArgumentList.Add("--convert-to");
        start.ArgumentList.Add(format);
        start.ArgumentList.Add("--outdir");
        start.ArgumentList.Add(Path.GetFullPath(outputDirectory));
        foreach (var input in inputs)
        {
            start.ArgumentList.Add(Path.GetFullPath(input));
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? TimeSpan.FromSeconds(60 + (5 * inputs.Count));
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            return [new DomainError("pdf.timeout", soffice, "LibreOffice 转换超时（" + limit.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " 秒）")];
        }

        return inputs
            .Where(i => !File.Exists(OutputPath(outputDirectory, i, format)))
            .Select(i => new DomainError("pdf.failed", i, "LibreOffice 未生成 " + format.ToUpperInvariant() + "：" + Tail(stderr.Result + stdout.Result)))
            .ToArray();
    }

    public void Dispose()
    {
        gate.Dispose();
        try
        {
            if (Directory.Exists(profileRoot))
            {
                Directory.Delete(profileRoot, recursive: true);
            }
        }
        catch (IOException)
        {
            // A LibreOffice child may still hold a file; the temp directory is cleaned by the OS.
        }
    }

    internal static string Tail(string text)
    {
        var t = text.Trim();
        return t.Length == 0 ? "（无输出）" : t.Length > 400 ? t[^400..] : t;
    }
}
