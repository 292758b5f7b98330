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

    private static readonly (string From, string To)[] FontMap =
    [
        ("仿宋", "Noto Serif CJK SC"), ("仿宋_GB2312", "Noto Serif CJK SC"), ("FangSong", "Noto Serif CJK SC"),
        ("宋体", "Noto Serif CJK SC"), ("SimSun", "Noto Serif CJK SC"),
        ("楷体", "AR PL UKai CN"), ("KaiTi", "AR PL UKai CN"),
        ("黑体", "Noto Sans CJK SC"), ("SimHei", "Noto Sans CJK SC"),
        ("Times New Roman", "Liberation Serif"),
    ];

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
            WriteProfile(ProfileDir(i));
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
    public Result<IReadOnlyList<string>> Convert(IReadOnlyList<string> inputs, string outputDirectory, TimeSpan? timeout = null)
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
            foreach (var stale in inputs.Select(i => PdfPath(outputDirectory, i)).Where(File.Exists))
            {
                File.Delete(stale); // success is judged by the PDF existing afterwards
            }

            var workers = Math.Clamp(inputs.Count / MinFilesPerWorker, 1, Workers);
            var groups = Enumerable.Range(0, workers)
                .Select(w => inputs.Where((_, i) => i % workers == w).ToList())
                .ToList();
            var results = new DomainError[workers][];
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
                results[w] = RunOne(groups[w], outputDirectory, ProfileDir(w), timeout));

            var errors = results.SelectMany(r => r).ToList();
            return errors.Count > 0
                ? Result<IReadOnlyList<string>>.Failure(errors)
                : Result<IReadOnlyList<string>>.Success(inputs.Select(i => PdfPath(outputDirectory, i)).ToList());
        }
        finally
        {
            gate.Release();
        }
    }

    private static string PdfPath(string outputDirectory, string input) =>
        Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(input) + ".pdf");

    private string ProfileDir(int worker) => Path.Combine(profileRoot, "w" + worker.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>One soffice run over a group of files; returns the errors.</summary>
    private DomainError[] RunOne(List<string> inputs, string outputDirectory, string profileDir, TimeSpan? timeout)
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
        start.ArgumentList.Add("pdf");
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
            .Where(i => !File.Exists(PdfPath(outputDirectory, i)))
            .Select(i => new DomainError("pdf.failed", i, "LibreOffice 未生成 PDF：" + Tail(stderr.Result + stdout.Result)))
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

    private static string Tail(string text)
    {
        var t = text.Trim();
        return t.Length == 0 ? "（无输出）" : t.Length > 400 ? t[^400..] : t;
    }

    /// <summary>A LibreOffice profile with the font replacement table (Tools › Options › Fonts).</summary>
    private static void WriteProfile(string dir)
    {
        var user = Path.Combine(dir, "user");
        Directory.CreateDirectory(user);
        var xcu = new StringBuilder();
        xcu.AppendLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        xcu.AppendLine("<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        xcu.AppendLine("<item oor:path=\"/org.openoffice.Office.Common/Font/Substitution\"><prop oor:name=\"Replacement\" oor:op=\"fuse\"><value>true</value></prop></item>");
        for (var i = 0; i < FontMap.Length; i++)
        {
            var (from, to) = FontMap[i];
            xcu.Append("<item oor:path=\"/org.openoffice.Office.Common/Font/Substitution/FontPairs\"><node oor:name=\"_")
                .Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append("\" oor:op=\"replace\">")
                .Append("<prop oor:name=\"Always\" oor:op=\"fuse\"><value>true</value></prop>")
                .Append("<prop oor:name=\"OnScreenOnly\" oor:op=\"fuse\"><value>false</value></prop>")
                .Append("<prop oor:name=\"ReplaceFont\" oor:op=\"fuse\"><value>").Append(from).Append("</value></prop>")
                .Append("<prop oor:name=\"SubstituteFont\" oor:op=\"fuse\"><value>").Append(to).Append("</value></prop>")
                .AppendLine("</node></item>");
        }

        // No first-start wizard, no update checks, no recovery dialogs.
        xcu.AppendLine("<item oor:path=\"/org.openoffice.Office.Common/Misc\"><prop oor:name=\"FirstRun\" oor:op=\"fuse\"><value>false</value></prop></item>");
        xcu.AppendLine("</oor:items>");
        File.WriteAllText(Path.Combine(user, "registrymodifications.xcu"), xcu.ToString(), new UTF8Encoding(false));
    }
}
