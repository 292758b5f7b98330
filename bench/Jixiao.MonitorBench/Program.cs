using System.Diagnostics;
using System.Globalization;
using System.Text;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Goals;
using Jixiao.Data.Monitoring;
using Jixiao.Data.Services;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

// Mid-year monitoring at province size (issue 13): a fresh PostgreSQL database with one bureau, --units units and --tasks
// approved goal declarations of 10 indicators each, then the real MonitoringService: the round generated from them, a share
// of the tasks filled in (some through SaveAsync/TransitionAsync, the rest by a bulk update of the same columns computed by
// the same code), and the bureau's queue, dashboard and one task timed call after call.
//   Jixiao.MonitorBench --pg "Host=127.0.0.1;Port=55450;Username=postgres;Password=ci_pw;Database=postgres" [--tasks 50000] [--units 5000]
//     [--reported 0.3] [--service-saves 300] [--calls 50] [--dashboard-calls 20] [--database jixiao_monbench] [--explain]
var server = Arg("--pg") ?? Environment.GetEnvironmentVariable("JIXIAO_TEST_POSTGRES") ?? throw new ArgumentException("--pg CONNECTION (or JIXIAO_TEST_POSTGRES) is required");
var taskCount = Int("--tasks", 50_000);
var unitCount = Int("--units", 5_000);
var reportedShare = decimal.Parse(Arg("--reported") ?? "0.3", CultureInfo.InvariantCulture);
var serviceSaves = Int("--service-saves", 300);
var calls = Int("--calls", 50);
var dashboardCalls = Int("--dashboard-calls", 20);
var database = Arg("--database") ?? "jixiao_monbench";
const int Year = 2026;
const int IndicatorsPerDeclaration = 10;
var asOf = new DateOnly(Year, 6, 30);
var deadline = new DateOnly(Year, 7, 20);

var postmaster = -1;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}, {Environment.ProcessorCount} cores"));
await using (var admin = new NpgsqlConnection(server))
{
    await admin.OpenAsync();
    await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin).ExecuteNonQueryAsync();
    await new NpgsqlCommand($"CREATE DATABASE {database}", admin).ExecuteNonQueryAsync();
    var backend = Convert.ToInt32(await new NpgsqlCommand("select pg_backend_pid()", admin).ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    var stat = File.Exists($"/proc/{backend}/stat") ? File.ReadAllText($"/proc/{backend}/stat") : null;
    postmaster = stat is null ? -1 : int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
}

var spec = new DatabaseSpec(DatabaseProvider.Postgres, DatabaseRegistration.WithPostgresDefaults(new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString));
var clock = new BenchClock(new DateTimeOffset(Year, 6, 1, 2, 0, 0, TimeSpan.Zero));
var results = new List<(string Name, int Calls, List<double> Ms, string Note)>();
int bureauId;
List<(int Id, string Name, string Code)> units;
var seedWatch = Stopwatch.StartNew();

// 1. Bureau, units, approved declarations.
await using (var db = DatabaseRegistration.Create(spec))
{
    await db.Database.MigrateAsync();
    var bureau = db.Bureaus.Add(new Bureau { Name = "基准省财政厅", Region = "基准" }).Entity;
    await db.SaveChangesAsync();
    bureauId = bureau.Id;
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    var unitRows = Enumerable.Range(1, unitCount).Select(i => new Unit { Name = $"基准单位{i:00000}", Code = $"U{i:00000}", BureauId = bureauId }).ToList();
    db.Units.AddRange(unitRows);
    await db.SaveChangesAsync();
    units = [.. unitRows.Select(u => (u.Id, u.Name, u.Code!))];
    db.ChangeTracker.Clear();
}

var reviewer = new Actor("bench-reviewer", "bench.reviewer", ActorRole.Reviewer, null, bureauId);
Actor UnitActor(int unitId) => new("bench-unit-" + unitId.ToString(CultureInfo.InvariantCulture), "bench.unit" + unitId.ToString(CultureInfo.InvariantCulture), ActorRole.Preparer, unitId, bureauId);

// The first declarations go through the real GoalService (create, submit, review, approve); the records it wrote are the
// template the bulk insert must reproduce for the same declarations (checked column by column).
const int ThroughService = 10;
var template = new List<GoalDeclarationRecord>();
await using (var db = DatabaseRegistration.Create(spec))
{
    var s = Services.Of(db, clock);
    for (var n = 0; n < ThroughService; n++)
    {
        var (unit, declaration) = DeclarationOf(n);
        var preparer = UnitActor(unit.Id);
        var id = Ok(await s.Goals.CreateAsync(preparer, declaration));
        Ok(await s.Goals.TransitionAsync(preparer, id, GoalAction.Submit, null, null));
        Ok(await s.Goals.TransitionAsync(reviewer, id, GoalAction.StartReview, null, null));
        while (Ok(await s.Goals.GetAsync(reviewer, id)).Actions.Contains(GoalAction.PassRound))
        {
            Ok(await s.Goals.TransitionAsync(reviewer, id, GoalAction.PassRound, null, null));
        }

        Ok(await s.Goals.TransitionAsync(reviewer, id, GoalAction.Approve, null, null));
    }

    template = await db.GoalDeclarations.AsNoTracking().OrderBy(g => g.Id).ToListAsync();
    for (var n = 0; n < ThroughService; n++)
    {
        var bulk = BulkRecord(n, n % 10 == 0 ? template[0] : template[1]);
        var real = template[n];
        string[] differ =
        [
            .. new (string, object?, object?)[]
            {
                ("UnitId", bulk.UnitId, real.UnitId), ("Kind", bulk.Kind, real.Kind), ("Title", bulk.Title, real.Title), ("FrameworkId", bulk.FrameworkId, real.FrameworkId),
                ("State", bulk.State, real.State), ("Round", bulk.Round, real.Round), ("Cycle", bulk.Cycle, real.Cycle), ("Content", bulk.Content, real.Content),
                ("ChecklistId", bulk.ChecklistId, real.ChecklistId), ("Conclusion", bulk.Conclusion, real.Conclusion), ("MaxSeverity", bulk.MaxSeverity, real.MaxSeverity),
                ("FindingCount", bulk.FindingCount, real.FindingCount), ("ApprovedContentSha256", bulk.ApprovedContentSha256, real.ApprovedContentSha256),
                ("Version", bulk.Version, real.Version), ("Revision", bulk.Revision, real.Revision),
            }.Where(x => !Equals(x.Item2, x.Item3)).Select(x => x.Item1),
        ];
        if (differ.Length > 0)
        {
            throw new InvalidOperationException($"declaration {n}: the bulk record differs from GoalService's in {string.Join(", ", differ)}");
        }
    }
}

await using (var db = DatabaseRegistration.Create(spec))
{
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    var connection = (NpgsqlConnection)db.Database.GetDbConnection();
    await connection.OpenAsync();
    const int Batch = 2000;
    for (var start = ThroughService; start < taskCount; start += Batch)
    {
        var records = Enumerable.Range(start, Math.Min(Batch, taskCount - start)).Select(n => BulkRecord(n, n % 10 == 0 ? template[0] : template[1])).ToList();
        db.GoalDeclarations.AddRange(records);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        // IndicatorHistory: the rows GoalService writes on approval (RecordHistoryAsync), one per annual indicator.
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY \"IndicatorHistory\" (\"BureauId\", \"Year\", \"UnitId\", \"UnitName\", \"DeclarationId\", \"Revision\", \"Path\", \"NameKey\", \"Level1\", \"Level2\", \"Name\", \"Operator\", \"Target\", \"TargetText\", \"Unit\") FROM STDIN (FORMAT BINARY)");
        foreach (var record in records)
        {
            var declaration = GoalSerializer.ParseJson(record.Content, "bulk").Value;
            foreach (var (path, row) in declaration.AllIndicators().Where(r => r.Path.StartsWith("annual.", StringComparison.Ordinal)))
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(record.BureauId, NpgsqlDbType.Integer);
                await copy.WriteAsync(record.Year, NpgsqlDbType.Integer);
                await copy.WriteAsync(record.UnitId, NpgsqlDbType.Integer);
                await copy.WriteAsync(declaration.Unit, NpgsqlDbType.Varchar);
                await copy.WriteAsync(record.Id, NpgsqlDbType.Integer);
                await copy.WriteAsync(record.Revision, NpgsqlDbType.Integer);
                await copy.WriteAsync(path, NpgsqlDbType.Varchar);
                await copy.WriteAsync(GoalChecks.Normalize(row.Name), NpgsqlDbType.Varchar);
                await copy.WriteAsync(row.Level1, NpgsqlDbType.Varchar);
                await copy.WriteAsync(row.Level2, NpgsqlDbType.Varchar);
                await copy.WriteAsync(row.Name, NpgsqlDbType.Varchar);
                await WriteNullable(copy, (row.IsQualitative ? IndicatorOperator.Qualitative : row.Operator)?.ToString(), NpgsqlDbType.Varchar);
                if (row.IsQualitative || row.Target is null)
                {
                    await copy.WriteNullAsync();
                }
                else
                {
                    await copy.WriteAsync(row.Target.Value, NpgsqlDbType.Numeric);
                }

                await WriteNullable(copy, row.TargetText, NpgsqlDbType.Varchar);
                await WriteNullable(copy, row.Unit, NpgsqlDbType.Varchar);
            }
        }

        await copy.CompleteAsync();
    }

    await db.Database.ExecuteSqlRawAsync("ANALYZE");
    var declarations = await db.GoalDeclarations.CountAsync(g => g.State == GoalState.Approved);
    var history = await db.IndicatorHistory.CountAsync();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {units.Count} units, {declarations} approved declarations ({ThroughService} through GoalService), {history} indicator history rows in {seedWatch.Elapsed.TotalSeconds:0} s"));
}

// 2. The round, generated by the real service call.
clock.Set(new DateTimeOffset(Year, 7, 1, 2, 0, 0, TimeSpan.Zero));
Console.WriteLine($"load average before generating the round: {LoadAverage()}");
RoundSummary round;
var peakBefore = Process.GetCurrentProcess().PeakWorkingSet64;
await using (var db = DatabaseRegistration.Create(spec))
{
    var s = Services.Of(db, clock);
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var postgres = PostgresCpu();
    var watch = Stopwatch.StartNew();
    round = Ok(await s.Monitoring.CreateRoundAsync(reviewer, new NewRound(Year, asOf, deadline)));
    watch.Stop();
    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    postgres = PostgresCpu() - postgres;
    results.Add(("CreateRoundAsync (all tasks)", 1, [watch.Elapsed.TotalMilliseconds], string.Create(CultureInfo.InvariantCulture,
        $"{round.TaskCount} tasks, {round.TaskCount / watch.Elapsed.TotalSeconds:0} tasks/s; CPU: bench process {cpu.TotalSeconds:0.0} s, PostgreSQL {postgres.TotalSeconds:0.0} s")));
}

// Right after generation: what the bureau opens first (CreateRoundAsync analyses the new rows on PostgreSQL).
await Measure("QueueAsync page 1, right after the round", 5, async s => (await s.Monitoring.QueueAsync(reviewer, round.Id, new TaskQuery(), 50, 0)).IsOk);
await Measure("DashboardAsync, right after the round", 3, async s => (await s.Monitoring.DashboardAsync(reviewer, round.Id)).IsOk);

// 3. Filling: a share of the tasks, the first --service-saves through SaveAsync (+ TransitionAsync submit), the rest by a bulk
// update of the columns SaveAsync and TransitionAsync write, computed by the same Merge/Stamp/analysis code.
clock.Set(new DateTimeOffset(Year, 7, 15, 2, 0, 0, TimeSpan.Zero));
var random = new Random(20260630);
List<int> taskIds;
await using (var db = DatabaseRegistration.Create(spec))
{
    taskIds = await db.MonitoringTasks.Where(t => t.RoundId == round.Id).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync();
}

var chosen = taskIds.OrderBy(_ => random.Next()).Take((int)(taskIds.Count * reportedShare)).ToList();
var settings = MonitoringCatalog.Get(round.SettingsId).Value;
var share = MonitoringAnalyzer.MonthsElapsed(asOf, settings.MonthCounting) / 12m;
var saveTimes = new List<double>();
var submitTimes = new List<double>();
var submitted = 0;
var refused = 0;
foreach (var id in chosen.Take(serviceSaves))
{
    await using var db = DatabaseRegistration.Create(spec);
    var s = Services.Of(db, clock);
    var unitId = await db.MonitoringTasks.Where(t => t.Id == id).Select(t => t.UnitId).SingleAsync();
    var actor = UnitActor(unitId);
    var detail = Ok(await s.Monitoring.GetAsync(actor, id));
    var (filled, submit) = Fill(detail.Task, id, share);
    var watch = Stopwatch.StartNew();
    Ok(await s.Monitoring.SaveAsync(actor, id, detail.Summary.Version, filled));
    saveTimes.Add(watch.Elapsed.TotalMilliseconds);
    if (submit)
    {
        watch.Restart();
        var moved = await s.Monitoring.TransitionAsync(actor, id, MonitoringAction.Submit, null);
        submitTimes.Add(watch.Elapsed.TotalMilliseconds);
        if (moved.IsOk)
        {
            submitted++;
        }
        else
        {
            refused++;
        }
    }
}

results.Add(("SaveAsync (unit fills a task)", saveTimes.Count, saveTimes, "through the service"));
results.Add(("TransitionAsync submit", submitTimes.Count, submitTimes, "through the service"));
var bulkWatch = Stopwatch.StartNew();
var rest = chosen.Skip(serviceSaves).ToList();
for (var start = 0; start < rest.Count; start += 1000)
{
    await using var db = DatabaseRegistration.Create(spec);
    var ids = rest.Skip(start).Take(1000).ToList();
    var records = await db.MonitoringTasks.Where(t => ids.Contains(t.Id)).ToListAsync();
    var today = RectificationService.Today(clock);
    foreach (var record in records)
    {
        var stored = MonitoringSerializer.ParseJson(Encoding.UTF8.GetBytes(record.Content), "bulk", null).Value;
        var (posted, submit) = Fill(stored, record.Id, share);
        var merged = MonitoringService.Merge(stored, posted, out var errors);
        if (errors.Count > 0 || MonitoringSerializer.Validate(merged).Count > 0)
        {
            throw new InvalidOperationException($"task {record.Id}: filled form is invalid");
        }

        // SaveAsync's columns.
        record.Content = MonitoringSerializer.ToJsonLine(merged);
        MonitoringService.Stamp(record, merged, MonitoringAnalyzer.Analyze(merged, settings, null, today, explain: false).Value);
        record.Version++;
        record.UpdatedAt = clock.GetUtcNow();
        record.UpdatedBy = "bench.unit" + record.UnitId.ToString(CultureInfo.InvariantCulture);

        // TransitionAsync(Submit)'s columns, when the service would accept the submission.
        if (submit)
        {
            if (MonitoringService.SubmissionProblems(merged, MonitoringAnalyzer.Analyze(merged, settings, null, today, explain: true).Value).Count > 0)
            {
                refused++;
                continue;
            }

            record.SubmittedOn = today;
            record.SubmittedLate = today > record.Deadline;
            record.Content = MonitoringSerializer.ToJsonLine(merged with { SubmittedOn = today });
            record.State = MonitoringTaskState.Submitted;
            record.Version++;
            submitted++;
        }
    }

    await db.SaveChangesAsync();
}

bulkWatch.Stop();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"filled {chosen.Count} tasks ({serviceSaves} through SaveAsync, {rest.Count} by bulk update in {bulkWatch.Elapsed.TotalSeconds:0} s); submitted {submitted}, submission refused {refused}"));

// 4. After the deadline (overdue = not submitted, or late), statistics as autovacuum would have gathered them.
clock.Set(new DateTimeOffset(Year, 7, 25, 2, 0, 0, TimeSpan.Zero));
await using (var db = DatabaseRegistration.Create(spec))
{
    await db.Database.ExecuteSqlRawAsync("ANALYZE");
    var lights = await db.MonitoringTasks.Where(t => t.RoundId == round.Id).GroupBy(t => t.OverallLight).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
    Console.WriteLine("overall lights: " + string.Join(", ", lights.OrderBy(l => l.Key).Select(l => $"{l.Key.Name()} {l.Count.ToString(CultureInfo.InvariantCulture)}")));
}

Console.WriteLine($"load average before the measured calls: {LoadAverage()}");
int redCount, overdueCount;
await using (var db = DatabaseRegistration.Create(spec))
{
    redCount = await db.MonitoringTasks.CountAsync(t => t.RoundId == round.Id && t.OverallRank == Light.Red.Severity());
    overdueCount = await db.MonitoringTasks.CountAsync(t => t.RoundId == round.Id && (t.SubmittedOn == null || t.SubmittedLate));
}

var deepRed = Math.Max(0, redCount - 50) / 50 * 50;
var deepOverdue = Math.Max(0, overdueCount - 50) / 50 * 50;
var deepAll = Math.Max(0, taskIds.Count - 50) / 50 * 50;
await Measure("QueueAsync page 1, no filter", calls, async s => (await s.Monitoring.QueueAsync(reviewer, round.Id, new TaskQuery(), 50, 0)).IsOk);
await Measure($"QueueAsync last page, no filter (skip {deepAll})", calls, async s => (await s.Monitoring.QueueAsync(reviewer, round.Id, new TaskQuery(), 50, deepAll)).IsOk);
await Measure($"QueueAsync page 1, red ({redCount})", calls, async s => (await s.Monitoring.QueueAsync(reviewer, round.Id, new TaskQuery(Light: Light.Red), 50, 0)).IsOk);
await Measure($"QueueAsync last page, red (skip {deepRed})", calls, async s => (await s.Monitoring.QueueAsync(reviewer, round.Id, new TaskQuery(Light: Light.Red), 50, deepRed)).IsOk);
await Measure($"QueueAsync page 1, overdue ({overdueCount})", calls, async s => (await s.Monitoring.QueueAsync(reviewer, round.Id, new TaskQuery(OverdueOnly: true), 50, 0)).IsOk);
await Measure($"QueueAsync last page, overdue (skip {deepOverdue})", calls, async s => (await s.Monitoring.QueueAsync(reviewer, round.Id, new TaskQuery(OverdueOnly: true), 50, deepOverdue)).IsOk);
await Measure("DashboardAsync", dashboardCalls, async s => (await s.Monitoring.DashboardAsync(reviewer, round.Id)).IsOk);
var getIds = taskIds.OrderBy(_ => random.Next()).Take(calls).ToList();
var getIndex = 0;
await Measure("GetAsync (one task, bureau)", calls, async s => (await s.Monitoring.GetAsync(reviewer, getIds[getIndex++ % getIds.Count])).IsOk);

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PostgreSQL, {taskIds.Count} tasks × {IndicatorsPerDeclaration} indicators, {units.Count} units; end load average {LoadAverage()}"));
Console.WriteLine($"| {"operation",-46} | {"calls",5} | {"p50 ms",9} | {"p95 ms",9} | {"max ms",9} | note");
Console.WriteLine($"|{new string('-', 48)}|{new string('-', 7)}|{new string('-', 11)}|{new string('-', 11)}|{new string('-', 11)}|------");
foreach (var (name, n, ms, note) in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name,-46} | {n,5} | {P(ms, 50),9:0.0} | {P(ms, 95),9:0.0} | {ms.DefaultIfEmpty().Max(),9:0.0} | {note}"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB (before generating the round {peakBefore / 1048576.0:0} MB)"));

async Task Measure(string name, int n, Func<Services, Task<bool>> call)
{
    var ms = new List<double>();
    await using (var warm = DatabaseRegistration.Create(spec))
    {
        await call(Services.Of(warm, clock));
    }

    var wall = Stopwatch.StartNew();
    for (var i = 0; i < n; i++)
    {
        // A context per call, as a web request gets its own.
        await using var db = DatabaseRegistration.Create(spec);
        var s = Services.Of(db, clock);
        var watch = Stopwatch.StartNew();
        var ok = await call(s);
        ms.Add(watch.Elapsed.TotalMilliseconds);
        if (!ok)
        {
            throw new InvalidOperationException(name + " failed");
        }
    }

    results.Add((name, n, ms, string.Create(CultureInfo.InvariantCulture, $"wall {wall.Elapsed.TotalSeconds:0.0} s, load {LoadAverage()}")));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: p50 {P(ms, 50):0.0} ms, p95 {P(ms, 95):0.0} ms"));
}

// Declaration n: unit n / 10; the unit's first is its department table, the other nine projects.
(Unit Unit, GoalDeclaration Declaration) DeclarationOf(int n)
{
    var u = units[n / (taskCount / units.Count is var per && per > 0 ? per : 1) % units.Count];
    var unit = new Unit { Id = u.Id, Name = u.Name, Code = u.Code, BureauId = bureauId };
    return (unit, Synthetic.Declaration(n, u.Name, u.Code, Year, n % 10 == 0));
}

GoalDeclarationRecord BulkRecord(int n, GoalDeclarationRecord like)
{
    var (unit, declaration) = DeclarationOf(n);
    var content = GoalSerializer.ToJsonLine(declaration with { Unit = unit.Name, UnitCode = declaration.UnitCode ?? unit.Code });
    var now = clock.GetUtcNow();
    return new GoalDeclarationRecord
    {
        BureauId = bureauId, Year = Year, UnitId = unit.Id, Kind = declaration.Kind,
        Title = declaration.Kind == EvaluationKind.Project && !string.IsNullOrWhiteSpace(declaration.Project?.Name) ? declaration.Project.Name : unit.Name,
        FrameworkId = declaration.FrameworkId, State = GoalState.Approved, Round = like.Round, Cycle = like.Cycle, Content = content, Revision = 1,
        ChecklistId = like.ChecklistId, Conclusion = like.Conclusion, MaxSeverity = like.MaxSeverity, FindingCount = like.FindingCount,
        ApprovedContentSha256 = EvaluationJson.Sha256(content), ApprovedAt = now, ApprovedBy = reviewer.UserName, Version = like.Version,
        CreatedAt = now, UpdatedAt = now, UpdatedBy = reviewer.UserName,
    };
}

static (MonitoringTask Task, bool Submit) Fill(MonitoringTask task, int id, decimal share) => Synthetic.Fill(task, id, share);

static async Task WriteNullable(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type)
{
    if (value is null)
    {
        await copy.WriteNullAsync();
    }
    else
    {
        await copy.WriteAsync(value, type);
    }
}

static T Ok<T>(Outcome<T> outcome) => outcome.IsOk ? outcome.Value! : throw new InvalidOperationException("failed: " + string.Join("; ", outcome.Errors));

static double P(List<double> values, int percentile)
{
    if (values.Count == 0)
    {
        return double.NaN;
    }

    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

// CPU time (user + system) of this cluster's server processes (children of its postmaster) (Linux /proc), for the server's share of an operation.
TimeSpan PostgresCpu()
{
    long ticks = 0;
    foreach (var dir in Directory.EnumerateDirectories("/proc"))
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(dir, "stat"));
            var close = stat.LastIndexOf(')');
            if (!stat.AsSpan(stat.IndexOf('(') + 1).StartsWith("postgres", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = stat[(close + 2)..].Split(' ');
            if (int.Parse(fields[1], CultureInfo.InvariantCulture) != postmaster)
            {
                continue;
            }

            ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
        }
    }

    return TimeSpan.FromMilliseconds(ticks * 10.0);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

int Int(string name, int fallback) => int.Parse(Arg(name) ?? fallback.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

/// <summary>The services a web request gets, over one context.</summary>
internal sealed record Services(GoalService Goals, MonitoringService Monitoring)
{
    public static Services Of(JixiaoDbContext db, TimeProvider clock)
    {
        var frameworks = new FrameworkService(db, clock);
        var analyzer = new EvaluationAnalyzer(frameworks);
        var evaluations = new EvaluationService(db, analyzer, frameworks, clock);
        var rectifications = new RectificationService(db, analyzer, evaluations, clock);
        var library = new LibraryService(db, clock);
        return new Services(new GoalService(db, frameworks, evaluations, library, clock), new MonitoringService(db, rectifications, evaluations, analyzer, clock));
    }
}

/// <summary>A clock the bench moves: declarations approved in June, the round on 1 July, filling on 15 July, the queue after the deadline.</summary>
internal sealed class BenchClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public void Set(DateTimeOffset value) => now = value;

    public override DateTimeOffset GetUtcNow() => now;
}
