using Jixiao.Documents.Import;
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

Console.Error.WriteLine("用法：dump FILE | score FILE | check FILE...");
return 2;
