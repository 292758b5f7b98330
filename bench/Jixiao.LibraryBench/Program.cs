using System.Diagnostics;
using System.Globalization;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Goals;
using Jixiao.Documents.Import;
using Jixiao.Domain;
using Jixiao.Domain.Goals;
using Microsoft.EntityFrameworkCore;

// Library search benchmark: a fresh database with the starter library from testdata/corpus, synthetic entries up to
// --entries (seeded, deterministic) and three years of history rows for a share of them, then --queries searches
// (each with the history of its hits, as the page shows it) timed one after another after a warm-up.
//   Jixiao.LibraryBench --db postgres:Host=…;Database=jixiao_bench [--entries 2000] [--queries 500] [--corpus DIR]
var db = Arg("--db") ?? throw new ArgumentException("--db sqlite:PATH | postgres:CONNECTION is required");
var entries = int.Parse(Arg("--entries") ?? "2000", CultureInfo.InvariantCulture);
var queries = int.Parse(Arg("--queries") ?? "500", CultureInfo.InvariantCulture);
var corpus = Arg("--corpus") ?? Path.Combine(FindRoot(), "testdata", "corpus");
var spec = DatabaseSpec.TryParse(db, out var error) ?? throw new ArgumentException(error);
if (spec.Provider == DatabaseProvider.Postgres)
{
    spec = spec with { ConnectionString = DatabaseRegistration.WithPostgresDefaults(spec.ConnectionString) };
}

await using (var context = DatabaseRegistration.Create(spec))
{
    await context.Database.EnsureDeletedAsync();
    await context.Database.MigrateAsync();
    var library = new LibraryService(context, TimeProvider.System);
    var files = Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), PublishedImporter.ImportFile(f))).ToList();
    var imported = await library.ImportDocumentsAsync(files, "bench");
    var synthetic = Synthetic(entries - imported.Created).ToList();
    var sw = Stopwatch.StartNew();
    await library.AddAsync(synthetic);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"library: {imported.Created} entries from {files.Count} corpus files + {synthetic.Count} synthetic, added in {sw.Elapsed.TotalSeconds:0.0} s"));
    await SeedHistoryAsync(context);
    if (spec.Provider == DatabaseProvider.Postgres)
    {
        // Fresh tables have no statistics yet (autovacuum would gather them within a minute): without them the prepared
        // plans join the wrong way round.
        await context.Database.ExecuteSqlRawAsync("ANALYZE");
    }
}

string[] texts =
[
    "培训", "满意度", "资金支付", "道路维护", "垃圾清运 覆盖率", "培训 合格率", "成本", "及时率",
    "组织开展基层干部教育培训，提升干部履职能力和群众满意度", "完成农村公路养护和危桥改造，保障群众安全出行",
];
await using (var context = DatabaseRegistration.Create(spec))
{
    var library = new LibraryService(context, TimeProvider.System);
    // One open connection for the whole run, so that the server's CPU time can be read from its backend process.
    var connection = context.Database.GetDbConnection();
    await connection.OpenAsync();
    int? backend = null;
    if (spec.Provider == DatabaseProvider.Postgres)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "select pg_backend_pid()";
        backend = Convert.ToInt32(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    var counts = (Entries: await context.LibraryEntries.CountAsync(), Grams: await context.LibraryGrams.CountAsync(), History: await context.IndicatorHistory.CountAsync());
    for (var i = 0; i < 50; i++)
    {
        await library.SearchAsync(new LibraryQuery(texts[i % texts.Length]));
    }

    var clientCpu = Environment.ProcessorCount > 0 ? System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime : TimeSpan.Zero;
    var serverCpu = ServerCpu(backend);
    var wall = Stopwatch.StartNew();
    var times = new List<double>();
    var perText = texts.ToDictionary(t => t, _ => new List<double>());
    var hits = 0;
    for (var i = 0; i < queries; i++)
    {
        var text = texts[i % texts.Length];
        context.ChangeTracker.Clear();
        var sw = Stopwatch.StartNew();
        var result = await library.SearchAsync(new LibraryQuery(text));
        sw.Stop();
        hits += result.Count;
        times.Add(sw.Elapsed.TotalMilliseconds);
        perText[text].Add(sw.Elapsed.TotalMilliseconds);
    }

    wall.Stop();
    var clientCpuMs = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalMilliseconds / queries;
    var serverCpuMs = backend is null ? double.NaN : (ServerCpu(backend) - serverCpu) / queries;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{spec.Provider}: {counts.Entries} entries, {counts.Grams} grams, {counts.History} history rows; {queries} searches (top 20 with history), {hits / queries} hits each on average"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all: p50 {P(times, 50):0.0} ms, p95 {P(times, 95):0.0} ms, p99 {P(times, 99):0.0} ms, max {times.Max():0.0} ms (wall {wall.Elapsed.TotalSeconds:0.0} s)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU per search: client {clientCpuMs:0.00} ms + PostgreSQL backend {serverCpuMs:0.00} ms; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
    foreach (var (text, list) in perText)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {text,-30} p50 {P(list, 50),6:0.0} ms  p95 {P(list, 95),6:0.0} ms"));
    }

    var top = await library.SearchAsync(new LibraryQuery("培训", Take: 3));
    Console.WriteLine("培训 → " + string.Join("；", top.Select(h => $"{h.Entry.Name}（{h.History.Count} 条历史）")));
}

// utime + stime of a process in milliseconds (Linux /proc), 0 when unknown.
static double ServerCpu(int? pid)
{
    if (pid is null || !File.Exists($"/proc/{pid}/stat"))
    {
        return 0;
    }

    var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    return ticks * 10.0;
}

static double P(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("Jixiao.slnx not found");
}

// Synthetic entries: subjects × measures over the function classes, deterministic.
static IEnumerable<(LibraryEntry, LibraryCitation)> Synthetic(int count)
{
    string[] subjects =
    [
        "干部教育培训", "农村公路养护", "学校食堂监管", "疫苗接种", "河道保洁", "路灯维护", "社区居家养老", "图书馆借阅", "法律援助", "职业技能培训",
        "防汛物资储备", "生活垃圾清运", "老旧小区改造", "高标准农田建设", "村级党组织建设", "残疾人康复", "困难群众救助", "公共文化活动", "森林防火巡查", "政务服务窗口",
        "市场监管抽检", "消防安全检查", "退役军人服务", "妇幼保健", "中小学课后服务", "排水管网疏通", "公园绿地管护", "农产品质量检测", "安全生产培训", "信息系统运维",
    ];
    (string Name, string Level1, string Level2, string Unit, IndicatorOperator Op)[] measures =
    [
        ("班次", "产出指标", "数量指标", "期", IndicatorOperator.AtLeast), ("人次", "产出指标", "数量指标", "人次", IndicatorOperator.AtLeast),
        ("完成率", "产出指标", "数量指标", "%", IndicatorOperator.AtLeast), ("验收合格率", "产出指标", "质量指标", "%", IndicatorOperator.AtLeast),
        ("按时完成率", "产出指标", "时效指标", "%", IndicatorOperator.AtLeast), ("单位成本", "成本指标", "经济成本指标", "元", IndicatorOperator.AtMost),
        ("覆盖率", "效益指标", "社会效益指标", "%", IndicatorOperator.AtLeast), ("服务对象满意度", "满意度指标", "服务对象满意度指标", "%", IndicatorOperator.AtLeast),
    ];
    (string Class, string Section)[] classes =
    [
        ("一般公共服务支出", "组织事务"), ("教育支出", "普通教育"), ("社会保障和就业支出", "就业补助"), ("卫生健康支出", "公共卫生"),
        ("城乡社区支出", "城乡社区环境卫生"), ("农林水支出", "农业农村"), ("交通运输支出", "公路水路运输"), ("文化旅游体育与传媒支出", "文化和旅游"),
    ];
    var n = 0;
    for (var round = 0; n < count; round++)
    {
        foreach (var subject in subjects)
        {
            foreach (var m in measures)
            {
                if (n >= count)
                {
                    yield break;
                }

                var c = classes[(subject.Length + n) % classes.Length];
                var name = round == 0 ? subject + m.Name : $"{subject}（{round + 1}类）{m.Name}";
                n++;
                yield return (new LibraryEntry
                {
                    Name = name, NameKey = string.Empty, Level1 = m.Level1, Level2 = m.Level2, FunctionClass = c.Class, FunctionSection = c.Section, FundUse = subject,
                    ValueType = IndicatorValueType.Quantitative, Operator = m.Op, Unit = m.Unit, Explanation = $"反映{subject}的{m.Name}（合成数据）。",
                    SourceKind = LibraryService.FromApprovedGoal, CreatedBy = "bench",
                }, new LibraryCitation("合成数据", null, "合成单位", 2025, null, null, null, LibraryService.FromApprovedGoal));
            }
        }
    }
}

// Three years of approved targets and actuals for every third entry, spread over 40 units of one bureau.
static async Task SeedHistoryAsync(JixiaoDbContext context)
{
    var bureau = context.Bureaus.Add(new Bureau { Name = "基准财政局" }).Entity;
    await context.SaveChangesAsync();
    var units = Enumerable.Range(1, 40).Select(i => context.Units.Add(new Unit { Name = $"基准单位{i:00}", BureauId = bureau.Id }).Entity).ToList();
    await context.SaveChangesAsync();
    var library = await context.LibraryEntries.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Id, e.Name, e.NameKey, e.Level1, e.Level2, e.Operator, e.Unit }).ToListAsync();
    foreach (var year in new[] { 2023, 2024, 2025 })
    {
        foreach (var unit in units)
        {
            context.GoalDeclarations.Add(new GoalDeclarationRecord
            {
                BureauId = bureau.Id, Year = year, UnitId = unit.Id, Kind = EvaluationKind.Department, Title = unit.Name, FrameworkId = "gz-district-dept-2022",
                State = GoalState.Approved, Content = "{}", Version = 1,
            });
        }
    }

    await context.SaveChangesAsync();
    var declarations = await context.GoalDeclarations.AsNoTracking().Where(g => g.BureauId == bureau.Id).ToListAsync();
    var random = new Random(12);
    var rows = 0;
    for (var i = 0; i < library.Count; i += 3)
    {
        var e = library[i];
        foreach (var d in declarations.Where(d => (d.UnitId + i) % 13 == 0))
        {
            var target = random.Next(50, 100);
            context.IndicatorHistory.Add(new IndicatorHistoryRow
            {
                BureauId = bureau.Id, Year = d.Year, UnitId = d.UnitId, UnitName = d.Title, DeclarationId = d.Id, Revision = 1, Path = "annual.indicators[0]",
                NameKey = e.NameKey, Level1 = e.Level1, Level2 = e.Level2, Name = e.Name, Operator = e.Operator, Target = target, Unit = e.Unit,
                Actual = target + random.Next(-10, 15),
            });
            rows++;
        }
    }

    await context.SaveChangesAsync();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"history: {declarations.Count} approved declarations, {rows} indicator rows"));
}
