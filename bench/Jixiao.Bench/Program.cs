using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Bench;

/// <summary>
/// dotnet run -c Release --project bench/Jixiao.Bench -- generate 50000 out.jsonl   (synthetic JSON Lines)
/// dotnet run -c Release --project bench/Jixiao.Bench -- parse out.jsonl           (plain deserialisation, timed)
/// dotnet run -c Release --project bench/Jixiao.Bench -- bench                     (BenchmarkDotNet, in-process)
/// </summary>
internal static class Program
{
    internal static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "generate" when args.Length >= 3:
                return Generate(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
            case "parse" when args.Length >= 2:
                return Parse(args[1]);
            case "generate-monitor" when args.Length >= 3:
                return GenerateMonitoring(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
            case "parse-monitor" when args.Length >= 2:
                return ParseMonitoring(args[1]);
            case "totals":
            {
                var b = new ScoringBenchmarks();
                b.Setup();
                for (var i = 0; i < int.Parse(args[1], CultureInfo.InvariantCulture); i++)
                {
                    b.ScoreDepartmentTotals();
                }

                return 0;
            }

            case "quick":
                return Quick(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200_000);
            case "docs":
                BenchmarkRunner.Run<DocumentBenchmarks>(DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance)), args.Skip(1).ToArray());
                return 0;
            case "bench":
                var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
                BenchmarkRunner.Run<ScoringBenchmarks>(config, args.Skip(1).ToArray());
                return 0;
            default:
                Console.Error.WriteLine("用法：Jixiao.Bench generate N FILE.jsonl | parse FILE.jsonl | bench");
                return 2;
        }
    }

    private static int Generate(int count, string path)
    {
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 16))
        {
            for (var i = 1; i <= count; i++)
            {
                writer.Write(EvaluationSerializer.ToJsonLine(Synthetic.Department(i)));
                writer.Write('\n');
            }
        }

        File.Move(temp, path, overwrite: true);
        Console.WriteLine($"{count} 条评价写入 {path}（{new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MB）".ToString(CultureInfo.InvariantCulture));
        return 0;
    }

    private static int GenerateMonitoring(int count, string path)
    {
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 16))
        {
            for (var i = 1; i <= count; i++)
            {
                writer.Write(MonitoringSerializer.ToJsonLine(SyntheticMonitoring.Task(i)));
                writer.Write('\n');
            }
        }

        File.Move(temp, path, overwrite: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} 个监控任务写入 {path}（{new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MB）"));
        return 0;
    }

    /// <summary>Reads and validates every monitoring line (no lights), to put `jixiao monitor` beside plain parsing.</summary>
    private static int ParseMonitoring(string path)
    {
        var watch = Stopwatch.StartNew();
        long ok = 0, failed = 0;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            foreach (var (_, result) in MonitoringSerializer.ReadJsonLines(stream, path))
            {
                _ = result.IsSuccess ? ok++ : failed++;
            }
        }

        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parsed {ok} ok, {failed} failed in {watch.Elapsed.TotalSeconds:0.000} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB, CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0.000} s"));
        return failed == 0 ? 0 : 1;
    }

    /// <summary>
    /// A quick steady-state measurement without BenchmarkDotNet: CPU time of this process (robust when
    /// the machine is shared) per scored evaluation and per parsed JSON line, after a warm-up.
    /// </summary>
    private static int Quick(int iterations)
    {
        var b = new ScoringBenchmarks();
        b.Setup();
        for (var i = 0; i < 20_000; i++)
        {
            b.ScoreDepartment();
            b.ParseJsonLine();
        }

        foreach (var (name, action) in new (string, Action)[] { ("score (explained)", () => b.ScoreDepartment()), ("score (totals only)", () => b.ScoreDepartmentTotals()), ("parse one JSON line", () => b.ParseJsonLine()) })
        {
            GC.Collect();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < iterations; i++)
            {
                action();
            }

            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / iterations;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {iterations} in {used.TotalSeconds:0.000} s CPU ({wall.Elapsed.TotalSeconds:0.000} s wall): {used.TotalMilliseconds * 1000 / iterations:0.00} µs each, {iterations / used.TotalSeconds:0} per CPU-second, {bytes} B allocated each"));
        }

        return 0;
    }

    /// <summary>Reads and validates every line (no scoring), to put `jixiao score` beside plain parsing.</summary>
    private static int Parse(string path)
    {
        var watch = Stopwatch.StartNew();
        long ok = 0, failed = 0;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            foreach (var (_, result) in EvaluationSerializer.ReadJsonLines(stream, path))
            {
                if (result.IsSuccess)
                {
                    ok++;
                }
                else
                {
                    failed++;
                }
            }
        }

        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parsed {ok} ok, {failed} failed in {watch.Elapsed.TotalSeconds:0.000} s ({ok / watch.Elapsed.TotalSeconds:0} evaluations/s); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB, {GC.CollectionCount(0)} gen0 GCs, CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0.000} s"));
        return failed == 0 ? 0 : 1;
    }
}
