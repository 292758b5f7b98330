using System.Diagnostics;
using System.Globalization;
using Jixiao.Documents.Excel;
using Jixiao.Documents.OwnFiles;
using Jixiao.Documents.Pdf;
using Jixiao.Documents.Word;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

// Single-threaded timings (one core) of the DOCX report, the XLSX table and the reader, then PDF
// conversion: one LibreOffice run for a batch versus a plain one-file `soffice --convert-to pdf`.
var root = FindRoot();
string[] names = ["haizhu-2022", "huadu-2021", "huadu-2022"];
var cases = names.Select(name =>
{
    var e = EvaluationSerializer.Parse(File.ReadAllText(Path.Combine(root, "testdata", name, "evaluation.yaml")), name).Value;
    var f = FrameworkCatalog.Get(e.FrameworkId).Value;
    return (Name: name, Evaluation: e, Framework: f, Score: Scorer.Score(f, e).Value);
}).ToArray();

Console.WriteLine(Inv($"机器：{Environment.ProcessorCount} 核，.NET {Environment.Version}；单线程计时"));
var poolOnly = args.Length > 2 && args[2] == "pool"; // only the warm pool's batch (for checking it alone)
var tmp = Directory.CreateTempSubdirectory("jixiao-bench-").FullName;
if (!poolOnly)
{
Time("DOCX 自评报告", 400, i => { var c = cases[i % cases.Length]; _ = DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Value; });
Time("XLSX 自评表", 600, i => { var c = cases[i % cases.Length]; _ = XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score); });
var xlsxPath = Path.Combine(tmp, "t.xlsx");
File.WriteAllBytes(xlsxPath, XlsxScoreTableWriter.ToBytes(cases[0].Evaluation, cases[0].Framework, cases[0].Score));
Time("XLSX 读回（OwnDocumentReader）", 400, i => GC.KeepAlive(OwnDocumentReader.TryRead(xlsxPath)!.Value));
}

var batchSize = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 24;
var inputs = new List<string>();
for (var i = 0; i < batchSize; i++)
{
    var c = cases[i % cases.Length];
    var path = Path.Combine(tmp, Inv($"in-{i:D3}") + (i % 2 == 0 ? ".docx" : ".xlsx"));
    File.WriteAllBytes(path, i % 2 == 0 ? DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Value : XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score));
    inputs.Add(path);
}

if (!poolOnly)
{
foreach (var workers in new[] { 1, Math.Min(Environment.ProcessorCount, 4) }.Distinct())
{
    using var converter = LibreOfficePdfConverter.Create(workers: workers).Value;
    var cpu0 = ChildCpuSeconds();
    var sw = Stopwatch.StartNew();
    var pdfs = converter.Convert(inputs, Path.Combine(tmp, "pdf-" + workers.ToString(CultureInfo.InvariantCulture)));
    sw.Stop();
    var cpu = ChildCpuSeconds() - cpu0;
    Console.WriteLine(Inv($"PDF 批量（{workers} 个 LibreOffice 进程，含启动和新配置目录）：{batchSize} 个文件，墙钟 {sw.Elapsed.TotalSeconds:0.00} s → {batchSize / sw.Elapsed.TotalSeconds:0.00} 个/s；LibreOffice CPU {cpu:0.00} s → 每核 {batchSize / cpu:0.00} 个/s（成功 {(pdfs.IsSuccess ? pdfs.Value.Count : 0)}）"));
}

// A plain conversion as a person would run it: one file per soffice call, default profile location
// replaced by a fresh one each time (as in a clean container).
var single = new List<double>();
var singleCpu = new List<double>();
for (var i = 0; i < Math.Min(3, inputs.Count); i++)
{
    var profile = Path.Combine(tmp, Inv($"profile-{i}"));
    var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var a in new[] { "-env:UserInstallation=" + new Uri(profile + "/").AbsoluteUri, "--headless", "--convert-to", "pdf", "--outdir", Path.Combine(tmp, "single"), inputs[i] })
    {
        start.ArgumentList.Add(a);
    }

    var cpu0 = ChildCpuSeconds();
    var sw = Stopwatch.StartNew();
    using var p = Process.Start(start)!;
    p.StandardOutput.ReadToEnd();
    p.WaitForExit();
    single.Add(sw.Elapsed.TotalSeconds);
    singleCpu.Add(ChildCpuSeconds() - cpu0);
}

Console.WriteLine(Inv($"PDF 单个文件（每个文件一次 soffice）：墙钟 {string.Join(" / ", single.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))} s，平均 {single.Average():0.00} s/个；CPU 平均 {singleCpu.Average():0.00} s/个 → 每核 {1 / singleCpu.Average():0.00} 个/s"));

// One report's PDF: a warm plain conversion (soffice --convert-to pdf, its profile already made by an earlier run)
// against the warm converter (LibreOffice kept running behind python3-uno). Same report DOCX, runs interleaved so
// that both see the same machine load.
var report = inputs[0];
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
var plainProfile = Path.Combine(tmp, "profile-warm");
PlainSoffice(report, plainProfile, Path.Combine(tmp, "plain")); // creates the profile: the runs below are warm
using (var warm = WarmPdfConverter.Create(size: 1).Value)
{
    warm.Convert([report], Path.Combine(tmp, "warm")); // starts LibreOffice: the runs below are warm
    var plainWall = new List<double>();
    var plainCpu = new List<double>();
    var warmWall = new List<double>();
    var warmCpu = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var cpu0 = ChildCpuSeconds();
        var sw = Stopwatch.StartNew();
        PlainSoffice(report, plainProfile, Path.Combine(tmp, "plain"));
        plainWall.Add(sw.Elapsed.TotalSeconds);
        plainCpu.Add(ChildCpuSeconds() - cpu0);

        var office0 = WarmCpuSeconds();
        sw.Restart();
        var r = warm.Convert([report], Path.Combine(tmp, "warm"));
        warmWall.Add(sw.Elapsed.TotalSeconds);
        warmCpu.Add(WarmCpuSeconds() - office0);
        if (!r.IsSuccess)
        {
            Console.WriteLine("预热转换失败：" + string.Join("；", r.Errors));
        }
    }

    Console.WriteLine(Inv($"单个报告 PDF，预热的普通 soffice 转换（{runs} 次）：墙钟中位数 {Median(plainWall):0.00} s（{plainWall.Min():0.00}–{plainWall.Max():0.00}），CPU 中位数 {Median(plainCpu):0.00} s"));
    Console.WriteLine(Inv($"单个报告 PDF，常驻转换器 WarmPdfConverter（{(warm.IsWarm ? "python3-uno" : "未找到 python3-uno，退回普通转换")}，{runs} 次）：墙钟中位数 {Median(warmWall):0.00} s（{warmWall.Min():0.00}–{warmWall.Max():0.00}），LibreOffice+辅助进程 CPU 中位数 {Median(warmCpu):0.00} s"));
    Console.WriteLine(Inv($"比值（常驻 ÷ 预热普通）：墙钟 {Median(warmWall) / Median(plainWall):0.00}，CPU {Median(warmCpu) / Median(plainCpu):0.00}（目标 ≤ 1.2）"));
}

}

// The batch through the warm pool of two.
using (var pool = WarmPdfConverter.Create(size: 2).Value)
{
    pool.Convert([inputs[0], inputs[1]], Path.Combine(tmp, "pool-warmup"));
    var office0 = WarmCpuSeconds();
    var sw = Stopwatch.StartNew();
    var pdfs = pool.Convert(inputs, Path.Combine(tmp, "pool"));
    sw.Stop();
    var cpu = WarmCpuSeconds() - office0;
    Console.WriteLine(Inv($"PDF 批量（常驻转换器，2 个 LibreOffice 进程，已预热）：{batchSize} 个文件，墙钟 {sw.Elapsed.TotalSeconds:0.00} s → {batchSize / sw.Elapsed.TotalSeconds:0.00} 个/s；LibreOffice CPU {cpu:0.00} s → 每核 {batchSize / cpu:0.00} 个/s（成功 {(pdfs.IsSuccess ? pdfs.Value.Count : 0)}）"));
    foreach (var error in pdfs.Errors)
    {
        Console.WriteLine("  失败：" + error);
    }
}

Directory.Delete(tmp, recursive: true);

static void PlainSoffice(string input, string profile, string outDir)
{
    var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var a in new[] { "-env:UserInstallation=" + new Uri(profile + "/").AbsoluteUri, "--headless", "--invisible", "--norestore", "--nolockcheck", "--nodefault", "--convert-to", "pdf", "--outdir", outDir, input })
    {
        start.ArgumentList.Add(a);
    }

    using var p = Process.Start(start)!;
    p.StandardOutput.ReadToEnd();
    p.WaitForExit();
}

// CPU seconds (user + system) of the warm converter's processes (their command lines name its directory), from /proc.
static double WarmCpuSeconds()
{
    var marker = "jixiao-warm-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-";
    long ticks = 0;
    foreach (var dir in Directory.EnumerateDirectories("/proc"))
    {
        try
        {
            if (!int.TryParse(Path.GetFileName(dir), out _) || !File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(marker, StringComparison.Ordinal))
            {
                continue;
            }

            var stat = File.ReadAllText(Path.Combine(dir, "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
        }
    }

    return ticks / 100.0;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static void Time(string name, int n, Action<int> action)
{
    for (var i = 0; i < 20; i++)
    {
        action(i);
    }

    GC.Collect();
    var me = Process.GetCurrentProcess();
    var cpu0 = me.TotalProcessorTime;
    var sw = Stopwatch.StartNew();
    for (var i = 0; i < n; i++)
    {
        action(i);
    }

    sw.Stop();
    me.Refresh();
    var cpu = (me.TotalProcessorTime - cpu0).TotalSeconds;
    Console.WriteLine(Inv($"{name}：{n} 个，墙钟 {sw.Elapsed.TotalSeconds:0.000} s → {n / sw.Elapsed.TotalSeconds:0.0} 个/s；CPU {cpu:0.000} s → 每核 {n / cpu:0.0} 个/s（{cpu * 1000 / n:0.00} ms CPU/个）"));
}

// CPU seconds (user + system) of waited-for children, from /proc/self/stat (fields 16 and 17, in clock ticks of 1/100 s).
static double ChildCpuSeconds()
{
    var stat = File.ReadAllText("/proc/self/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / 100.0;
}

static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

static string FindRoot()
{
    var d = new DirectoryInfo(AppContext.BaseDirectory);
    while (d is not null && !File.Exists(Path.Combine(d.FullName, "Jixiao.slnx")))
    {
        d = d.Parent;
    }

    return d?.FullName ?? throw new InvalidOperationException("Jixiao.slnx not found");
}
