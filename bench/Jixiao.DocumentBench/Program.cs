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
Time("DOCX 自评报告", 400, i => { var c = cases[i % cases.Length]; _ = DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Value; });
Time("XLSX 自评表", 600, i => { var c = cases[i % cases.Length]; _ = XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score); });
var tmp = Directory.CreateTempSubdirectory("jixiao-bench-").FullName;
var xlsxPath = Path.Combine(tmp, "t.xlsx");
File.WriteAllBytes(xlsxPath, XlsxScoreTableWriter.ToBytes(cases[0].Evaluation, cases[0].Framework, cases[0].Score));
Time("XLSX 读回（OwnDocumentReader）", 400, i => GC.KeepAlive(OwnDocumentReader.TryRead(xlsxPath)!.Value));

var batchSize = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 24;
var inputs = new List<string>();
for (var i = 0; i < batchSize; i++)
{
    var c = cases[i % cases.Length];
    var path = Path.Combine(tmp, Inv($"in-{i:D3}") + (i % 2 == 0 ? ".docx" : ".xlsx"));
    File.WriteAllBytes(path, i % 2 == 0 ? DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score).Value : XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score));
    inputs.Add(path);
}

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
Directory.Delete(tmp, recursive: true);

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
