using System.Text;
using BenchmarkDotNet.Attributes;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Bench;

/// <summary>In-memory scoring of department evaluations, and parsing one JSON line, per operation (one core).</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private readonly Framework framework = FrameworkCatalog.Get("gz-district-dept-2022").Value;
    private Evaluation[] evaluations = [];
    private byte[][] lines = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        evaluations = Enumerable.Range(1, 1024).Select(Synthetic.Department).ToArray();
        lines = evaluations.Select(e => Encoding.UTF8.GetBytes(EvaluationSerializer.ToJsonLine(e))).ToArray();
    }

    /// <summary>One department evaluation scored with explanations (26 leaves, ~6 goals).</summary>
    [Benchmark]
    public decimal ScoreDepartment()
    {
        var e = evaluations[next++ & 1023];
        return Scorer.Score(framework, e).Value.Total;
    }

    /// <summary>The same evaluation scored for numbers only (Scorer.ScoreTotals, as `jixiao score` does for JSON Lines).</summary>
    [Benchmark]
    public decimal ScoreDepartmentTotals()
    {
        var e = evaluations[next++ & 1023];
        return Scorer.ScoreTotals(framework, e).Value.Total;
    }

    /// <summary>One JSON line (~2 KB) deserialised and validated.</summary>
    [Benchmark]
    public int ParseJsonLine()
    {
        var line = lines[next++ & 1023];
        return EvaluationSerializer.ParseJson(line, "bench.jsonl", 1).Value.Goals.Count;
    }
}
