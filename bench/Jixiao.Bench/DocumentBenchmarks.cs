using BenchmarkDotNet.Attributes;
using Jixiao.Documents.Excel;
using Jixiao.Documents.OwnFiles;
using Jixiao.Documents.Word;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Bench;

/// <summary>
/// The document writers and the own-file reader on the Huadu 2021 case (12-page report, 26-leaf
/// table): `dotnet run -c Release --project bench/Jixiao.Bench -- docs`. PDF timings, which need
/// LibreOffice, are in bench/Jixiao.DocumentBench.
/// </summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private Evaluation evaluation = null!;
    private Framework framework = null!;
    private ScoreResult score = null!;
    private string xlsxPath = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx")))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir!.FullName, "testdata", "huadu-2021", "evaluation.yaml");
        evaluation = EvaluationSerializer.Parse(File.ReadAllText(path), path).Value;
        framework = FrameworkCatalog.Get(evaluation.FrameworkId).Value;
        score = Scorer.Score(framework, evaluation).Value;
        xlsxPath = Path.Combine(Path.GetTempPath(), "jixiao-bench-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".xlsx");
        File.WriteAllBytes(xlsxPath, XlsxScoreTableWriter.ToBytes(evaluation, framework, score));
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(xlsxPath);

    [Benchmark]
    public byte[] WriteDocxReport() => DocxReportWriter.ToBytes(evaluation, framework, score).Value;

    [Benchmark]
    public byte[] WriteXlsxTable() => XlsxScoreTableWriter.ToBytes(evaluation, framework, score);

    [Benchmark]
    public Evaluation ReadXlsxBack() => OwnDocumentReader.TryRead(xlsxPath)!.Value;
}
