using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Domain;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Monitoring;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao monitor FILE [--as-of DATE] [--today DATE] [--settings FILE|ID] [--json]`: the monitoring
/// lights (预算执行、每个指标、报送期限) of a monitoring file, each with its arithmetic, and the
/// reasons the settings require. A .jsonl file (one task per line) is streamed, one result line each.
/// </summary>
internal static class MonitorCommand
{
    private static readonly JsonWriterOptions CompactJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions IndentedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "监控文件（.yaml / .json），或每行一个监控任务的 JSON Lines 文件（.jsonl）" };
        var asOf = new Option<string?>("--as-of") { Description = "监控时点（如 2026-07-31），默认取文件中的 asOf" };
        var today = new Option<string?>("--today") { Description = "判断报送期限所用的“今天”（默认为系统日期）" };
        var settings = new Option<string?>("--settings") { Description = "预警规则：内置规则编号，或规则文件（.yaml）；默认取文件中的 settingsId，再默认 national-default" };
        var json = new Option<bool>("--json") { Description = "输出 JSON：每个预警灯的颜色、数值和计算过程，以及缺少的原因" };
        var command = new Command("monitor", "绩效运行监控：计算预算执行、各指标和报送期限的预警灯，并检查应填的偏差原因");
        command.Arguments.Add(file);
        command.Options.Add(asOf);
        command.Options.Add(today);
        command.Options.Add(settings);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!TryDate(parse.GetValue(asOf), "--as-of", out var asOfDate, out var bad) || !TryDate(parse.GetValue(today), "--today", out var todayDate, out bad))
            {
                return CliIo.Fail(parse, bad!);
            }

            var now = todayDate ?? DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
            var resolver = new SettingsResolver(parse.GetValue(settings));
            return EvaluationFiles.IsJsonLines(path)
                ? MonitorLines(parse, path, asOfDate, now, resolver, parse.GetValue(json))
                : MonitorOne(parse, path, asOfDate, now, resolver, parse.GetValue(json));
        });
        return command;
    }

    private static bool TryDate(string? text, string option, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        error = $"{option} 应为日期，格式如 2026-07-31，实际为“{text}”";
        return false;
    }

    private static int MonitorOne(ParseResult parse, string path, DateOnly? asOf, DateOnly today, SettingsResolver resolver, bool asJson)
    {
        var read = CliIo.ReadText(path);
        if (!read.IsSuccess)
        {
            return CliIo.Fail(parse, read.Errors);
        }

        var task = MonitoringSerializer.Parse(read.Value, path);
        if (!task.IsSuccess)
        {
            return CliIo.Fail(parse, task.Errors, $"监控文件有误：{path}");
        }

        var settings = resolver.Get(task.Value.SettingsId);
        if (!settings.IsSuccess)
        {
            return CliIo.Fail(parse, settings.Errors);
        }

        var result = MonitoringAnalyzer.Analyze(task.Value, settings.Value, asOf, today);
        if (!result.IsSuccess)
        {
            return CliIo.Fail(parse, result.Errors, $"无法判断预警：{path}");
        }

        if (asJson)
        {
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, IndentedJson))
            {
                WriteJson(writer, task.Value, settings.Value, result.Value, line: null);
            }

            CliIo.Out(parse).WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            return CliApp.Ok;
        }

        WriteTable(CliIo.Console(parse), task.Value, settings.Value, result.Value);
        return CliApp.Ok;
    }

    private static void WriteTable(IAnsiConsole console, MonitoringTask task, MonitoringSettings settings, MonitoringResult r)
    {
        var subject = task.ProjectName is { } p ? $"{task.Unit} · {p}" : task.Unit;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{subject}  {task.Year} 年度{task.Kind.Name()}绩效运行监控（监控时点 {r.AsOf:yyyy-MM-dd}，已过 {r.MonthsElapsed:0.##} 个月）"));
        console.WriteLine($"预警规则：{settings.Name}（{settings.Id}）");
        var table = new Table()
            .AddColumn(new TableColumn("项目").NoWrap())
            .AddColumn(new TableColumn("预警").NoWrap())
            .AddColumn("计算");
        table.AddRow("预算执行", r.Budget.Light.Name(), CliIo.Escape(r.Budget.Explanation));
        foreach (var i in r.Indicators)
        {
            var forecast = i.ForecastPercent is { } f ? string.Create(CultureInfo.InvariantCulture, $"；全年预计 {f:0.##}%") : string.Empty;
            table.AddRow(CliIo.Escape(i.Name), i.Result.Light.Name(), CliIo.Escape(i.Result.Explanation + forecast));
        }

        table.AddRow("报送期限", r.Deadline.Light.Name(), CliIo.Escape(r.Deadline.Explanation));
        console.Write(table);
        console.WriteLine($"综合预警：{r.Overall.Name()}");
        if (r.Findings.Count == 0)
        {
            console.WriteLine("应填的偏差原因和纠偏措施均已填写。");
            return;
        }

        foreach (var f in r.Findings)
        {
            console.WriteLine($"[{f.Severity.Name()}] {f.Code}：{f.Message}" + (f.Path is { } path ? $"（{path}）" : string.Empty));
        }
    }

    internal static void WriteJson(Utf8JsonWriter w, MonitoringTask task, MonitoringSettings settings, MonitoringResult r, long? line)
    {
        w.WriteStartObject();
        if (line is { } l)
        {
            w.WriteNumber("line", l);
        }

        w.WriteString("unit", task.Unit);
        if (task.ProjectName is { } project)
        {
            w.WriteString("projectName", project);
        }

        w.WriteNumber("year", task.Year);
        w.WriteString("asOf", r.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteNumber("monthsElapsed", r.MonthsElapsed);
        w.WriteString("settingsId", settings.Id);
        w.WriteString("overall", r.Overall.Name());
        w.WritePropertyName("budget");
        WriteLight(w, r.Budget);
        w.WriteStartArray("indicators");
        foreach (var i in r.Indicators)
        {
            w.WriteStartObject();
            w.WriteNumber("index", i.Index);
            w.WriteString("name", i.Name);
            w.WriteString("light", i.Result.Light.Name());
            if (i.Result.Percent is { } v)
            {
                w.WriteNumber("percent", v);
            }

            if (i.ForecastPercent is { } f)
            {
                w.WriteNumber("forecastPercent", f);
            }

            w.WriteBoolean("reasonRequired", i.ReasonRequired);
            w.WriteString("explanation", i.Result.Explanation);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WritePropertyName("deadline");
        WriteLight(w, r.Deadline);
        w.WriteStartArray("findings");
        foreach (var f in r.Findings)
        {
            w.WriteStartObject();
            w.WriteString("code", f.Code);
            w.WriteString("severity", f.Severity.Name());
            w.WriteString("message", f.Message);
            w.WriteString("path", f.Path);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteLight(Utf8JsonWriter w, LightResult light)
    {
        w.WriteStartObject();
        w.WriteString("light", light.Light.Name());
        if (light.Percent is { } v)
        {
            w.WriteNumber("percent", v);
        }

        w.WriteString("explanation", light.Explanation);
        w.WriteEndObject();
    }

    /// <summary>
    /// JSON Lines streamed: each line parsed, its lights computed and written before the next is read.
    /// Text output per line: "行号 单位 综合预警 预算 红/黄指标数 缺少原因数"; --json one compact object.
    /// A bad line is reported with its number and the run goes on, ending with exit code 1.
    /// </summary>
    private static int MonitorLines(ParseResult parse, string path, DateOnly? asOf, DateOnly today, SettingsResolver resolver, bool asJson)
    {
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CliIo.Fail(parse, [new DomainError(ErrorCatalogue.Missing, path, ex is FileNotFoundException or DirectoryNotFoundException ? "找不到文件" : "无法读取文件：" + ex.Message)]);
        }

        var output = CliIo.Out(parse);
        var error = CliIo.Err(parse);
        var direct = ReferenceEquals(output, Console.Out) ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false } : null;
        var text = direct ?? output;
        long ok = 0, failed = 0;
        var lights = new long[Enum.GetValues<Light>().Length];
        var buffer = new MemoryStream();
        using (stream)
        using (var writer = new Utf8JsonWriter(buffer, CompactJson))
        {
            foreach (var (line, task) in MonitoringSerializer.ReadJsonLines(stream, path))
            {
                var settings = task.IsSuccess ? resolver.Get(task.Value.SettingsId) : Result<MonitoringSettings>.Failure(task.Errors);
                var result = settings.IsSuccess ? MonitoringAnalyzer.Analyze(task.Value, settings.Value, asOf, today, explain: asJson) : Result<MonitoringResult>.Failure(settings.Errors);
                if (!result.IsSuccess)
                {
                    failed++;
                    foreach (var e in result.Errors)
                    {
                        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"错误：{path} 第 {line} 行：{e}"));
                    }

                    continue;
                }

                ok++;
                var r = result.Value;
                lights[(int)r.Overall]++;
                if (asJson)
                {
                    buffer.SetLength(0);
                    writer.Reset(buffer);
                    WriteJson(writer, task.Value, settings.Value, r, line);
                    writer.Flush();
                    text.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                }
                else
                {
                    var behind = r.Indicators.Count(i => i.Result.Light is Light.Red or Light.Yellow);
                    var subject = task.Value.ProjectName is { } p ? task.Value.Unit + " · " + p : task.Value.Unit;
                    text.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{line}\t{subject}\t{r.Overall.Name()}\t预算{r.Budget.Light.Name()}\t红黄指标 {behind}\t缺少说明 {r.Findings.Count}"));
                }
            }
        }

        text.Flush();
        var counts = string.Join("，", Enum.GetValues<Light>().Where(l => lights[(int)l] > 0).Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Name()} {lights[(int)l]}")));
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"共 {ok + failed} 个监控任务：{ok} 个已判断（{(counts.Length > 0 ? counts : "无")}），{failed} 个有误。"));
        return failed == 0 ? CliApp.Ok : CliApp.InvalidInput;
    }

    /// <summary>Settings from --settings (an id or a file, loaded once) or from each task's settingsId.</summary>
    private sealed class SettingsResolver(string? option)
    {
        private Result<MonitoringSettings>? fromOption;

        public Result<MonitoringSettings> Get(string? taskSettingsId)
        {
            if (option is null)
            {
                return MonitoringCatalog.Get(taskSettingsId);
            }

            return fromOption ??= Load(option);
        }

        private static Result<MonitoringSettings> Load(string option)
        {
            if (!option.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !option.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            {
                return MonitoringCatalog.Get(option);
            }

            var read = CliIo.ReadText(option);
            return read.IsSuccess ? MonitoringSettingsLoader.Parse(read.Value, option) : Result<MonitoringSettings>.Failure(read.Errors);
        }
    }
}
