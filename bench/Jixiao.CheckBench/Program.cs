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

if (args.Length >= 2 && args[0] == "bench")
{
    // bench DIR: import + check every file on one thread; documents per second.
    var files = Directory.GetFiles(args[1]).Order(StringComparer.Ordinal).ToArray();
    var texts = files.Select(File.ReadAllText).ToArray();
    var frameworks = FrameworkCatalog.BuiltIn.ToDictionary(f => f.Id);
    // Warm-up: one full pass (tiered JIT of the generated regexes), then the measured pass.
    var warmup = Stopwatch.StartNew();
    for (var warm = 0; warm < texts.Length; warm++)
    {
        Run(texts[warm], files[warm]);
    }

    Console.WriteLine($"预热（首轮）：{warmup.Elapsed.TotalSeconds:F2} 秒，{texts.Length / warmup.Elapsed.TotalSeconds:F0} 份/秒");

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
