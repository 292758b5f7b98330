using System.Diagnostics;
using Jixiao.Bench.Synthetic;
using Jixiao.Documents.Import;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

if (args.Length >= 2 && args[0] == "dump")
{
    var r = PublishedImporter.ImportFile(args[1]);
    Console.WriteLine(ImportJson.Serialize(r));
    return 0;
}

if (args.Length >= 2 && args[0] == "score")
{
    var r = PublishedImporter.ImportFile(args[1]);
    foreach (var d in r.Documents)
    {
        var f = FrameworkCatalog.Get(d.Evaluation.FrameworkId);
        if (!f.IsSuccess)
        {
            Console.WriteLine("no framework " + d.Evaluation.FrameworkId);
            continue;
        }

        var s = Scorer.Score(f.Value, d.Evaluation);
        Console.WriteLine(s.IsSuccess ? $"{s.Value.Total} {s.Value.Grade?.Name}" : string.Join("\n", s.Errors));
    }

    return 0;
}

if (args.Length >= 2 && args[0] == "check")
{
    foreach (var file in args.Skip(1))
    {
        var r = PublishedImporter.ImportFile(file);
        foreach (var d in r.Documents)
        {
            var f = FrameworkCatalog.Get(d.Evaluation.FrameworkId);
            var findings = Jixiao.Domain.Checks.Checker.Run(d.ToCheckSubject(Path.GetFileName(file)), f.IsSuccess ? f.Value : null);
            Console.WriteLine($"== {Path.GetFileName(file)} {d.Kind} {d.Evaluation.Unit}");
            foreach (var x in findings)
            {
                Console.WriteLine($"  [{x.Severity}] {x.Code} {x.Message}");
            }
        }
    }

    return 0;
}

if (args.Length >= 2 && args[0] == "fuzz")
{
    var corpus = Directory.GetFiles(args[1], "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
    for (var seed = 0; seed < 240; seed++)
    {
        var random = new Random(seed * 7919);
        var text = corpus[random.Next(corpus.Length)];
        var kind = random.Next(10);
        var lines = text.Split('\n').ToList();
        var mutated = kind switch
        {
            0 => text[..random.Next(text.Length + 1)],
            1 => string.Join('\n', lines.OrderBy(_ => random.Next())),
            3 => string.Join('\n', lines.Prepend(new string('1', 150_000) + "万元 执行率 " + new string('，', 50_000))),
            6 => string.Concat(Enumerable.Repeat(text, 3)),
            _ => text,
        };
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var r = PublishedImporter.ImportText(mutated, "x");
        foreach (var d in r.Documents)
        {
            Jixiao.Domain.Checks.Checker.Run(d.ToCheckSubject("x"));
        }

        if (sw.ElapsedMilliseconds > 200)
        {
            Console.WriteLine($"seed {seed} kind {kind} {sw.ElapsedMilliseconds} ms");
        }
    }

    return 0;
}

if (args.Length >= 3 && args[0] == "gen")
{
    // gen DIR N [TEMPLATE]: N synthetic reports (Markdown); every 50th copies the problems of another unit.
    var dir = args[1];
    var n = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
    var template = EvaluationSerializer.Parse(File.ReadAllText(args.Length > 3 ? args[3] : "testdata/huadu-2022/evaluation.yaml"), "template").Value;
    var framework = FrameworkCatalog.Get(template.FrameworkId).Value;
    Directory.CreateDirectory(dir);
    var sw = Stopwatch.StartNew();
    for (var i = 0; i < n; i++)
    {
        var (_, md) = SyntheticReports.Department(i, template, framework);
        File.WriteAllText(Path.Combine(dir, $"report-{i:D5}.md"), md);
    }

    Console.WriteLine($"生成 {n} 份报告，用时 {sw.Elapsed.TotalSeconds:F1} 秒");
    return 0;
}

if (args.Length >= 3 && args[0] == "repeat")
{
    // repeat N FILE…: import the files N times (for a profiler attached to this process).
    var texts = args.Skip(2).Select(File.ReadAllText).ToArray();
    var sw = Stopwatch.StartNew();
    for (var n = 0; n < int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture); n++)
    {
        foreach (var t in texts)
        {
            PublishedImporter.ImportText(t, "x");
        }
    }

    Console.WriteLine($"{sw.Elapsed.TotalMilliseconds:F0} 毫秒");
    return 0;
}

if (args.Length >= 2 && args[0] == "slowest")
{
    // slowest DIR: import time per file (best of five runs after a warm-up pass), the fifteen slowest with their length,
    // to find where the reader spends its time.
    var files = Directory.GetFiles(args[1], "*.txt").Order(StringComparer.Ordinal).ToArray();
    var texts = files.Select(File.ReadAllText).ToArray();
    foreach (var t in texts)
    {
        PublishedImporter.ImportText(t, "warm");
    }

    var times = new List<(string File, int Chars, double Ms)>();
    for (var i = 0; i < texts.Length; i++)
    {
        var best = double.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            var sw = Stopwatch.StartNew();
            PublishedImporter.ImportText(texts[i], files[i]);
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }

        times.Add((Path.GetFileName(files[i]), texts[i].Length, best));
    }

    Console.WriteLine($"共 {times.Count} 份，导入合计 {times.Sum(t => t.Ms):F0} 毫秒（各取五次最快）");
    foreach (var t in times.OrderByDescending(t => t.Ms).Take(15))
    {
        Console.WriteLine($"{t.Ms,8:F2} 毫秒 {t.Chars,7} 字符 {1000 * t.Ms / Math.Max(1, t.Chars),6:F2} 微秒/字符 {t.File}");
    }

    return 0;
}

if (args.Length >= 2 && args[0] == "bench")
{
    // bench DIR: import + check every file on one thread; documents per second.
    var files = Directory.GetFiles(args[1]).Order(StringComparer.Ordinal).ToArray();
    var texts = files.Select(File.ReadAllText).ToArray();
    var frameworks = FrameworkCatalog.BuiltIn.ToDictionary(f => f.Id);
    // Warm-up: three full passes (the first one shown: a single file's run pays it), so that the tiered JIT has compiled
    // the hot code (generated regexes, the readers) before the measured pass, as in a long audit of many files.
    var warmup = Stopwatch.StartNew();
    for (var pass = 0; pass < 3; pass++)
    {
        for (var warm = 0; warm < texts.Length; warm++)
        {
            Run(texts[warm], files[warm]);
        }

        if (pass == 0)
        {
            Console.WriteLine($"预热（首轮）：{warmup.Elapsed.TotalSeconds:F2} 秒，{texts.Length / warmup.Elapsed.TotalSeconds:F0} 份/秒");
        }
    }

    Thread.Sleep(500); // let the background JIT finish before the CPU time is read

    var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
    var sw = Stopwatch.StartNew();
    var findings = 0;
    for (var i = 0; i < texts.Length; i++)
    {
        findings += Run(texts[i], files[i]);
    }

    sw.Stop();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
    Console.WriteLine($"测量轮 CPU 时间 {cpu.TotalSeconds:F2} 秒：{texts.Length / cpu.TotalSeconds:F0} 份/CPU 秒（机器负载高时以此为准）");
    var importOnly = Stopwatch.StartNew();
    var imported = texts.Select((t, i) => PublishedImporter.ImportText(t, files[i])).ToList();
    importOnly.Stop();
    var checkOnly = Stopwatch.StartNew();
    foreach (var r in imported)
    {
        foreach (var d in r.Documents)
        {
            frameworks.TryGetValue(d.Evaluation.FrameworkId, out var f);
            Checker.Run(d.ToCheckSubject(r.Source), f);
        }
    }

    checkOnly.Stop();
    Console.WriteLine($"其中导入 {importOnly.Elapsed.TotalSeconds:F2} 秒，检查 {checkOnly.Elapsed.TotalSeconds:F2} 秒；平均每份 {texts.Sum(t => t.Length) / texts.Length} 字符");
    Console.WriteLine($"{texts.Length} 份文档，单线程导入+检查 {sw.Elapsed.TotalSeconds:F2} 秒，{texts.Length / sw.Elapsed.TotalSeconds:F0} 份/秒（每核），发现 {findings} 条");
    var subjects = texts.Select((t, i) => PublishedImporter.ImportText(t, files[i]).Documents.Select(d => d.ToCheckSubject(Path.GetFileName(files[i])))).SelectMany(x => x).ToList();
    sw.Restart();
    var recycled = RecycledText.Find(subjects);
    Console.WriteLine($"套用文字比对 {subjects.Count} 份：{sw.Elapsed.TotalSeconds:F2} 秒，{recycled.Count} 条");
    return 0;

    int Run(string text, string name)
    {
        var count = 0;
        foreach (var d in PublishedImporter.ImportText(text, name).Documents)
        {
            frameworks.TryGetValue(d.Evaluation.FrameworkId, out var f);
            count += Checker.Run(d.ToCheckSubject(name), f).Count;
        }

        return count;
    }
}

Console.Error.WriteLine("用法：dump FILE | score FILE | check FILE... | gen DIR N [TEMPLATE] | bench DIR");
return 2;
