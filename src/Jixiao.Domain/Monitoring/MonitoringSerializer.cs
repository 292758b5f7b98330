using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Yaml;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Domain.Monitoring;

/// <summary>
/// Reads monitoring tasks: YAML or JSON with one schema (docs/monitoring.md) and JSON Lines
/// streamed, with the same conversion and error positions as evaluation files.
/// </summary>
public static class MonitoringSerializer
{
    private const string FormatDoc = "docs/monitoring.md";

    /// <summary>Parses a YAML or JSON document (JSON when the text starts with <c>{</c>).</summary>
    public static Result<MonitoringTask> Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.AsSpan().TrimStart().TrimStart('\uFEFF');
        if (trimmed.Length > 0 && trimmed[0] == '{')
        {
            return ParseJson(System.Text.Encoding.UTF8.GetBytes(text.TrimStart().TrimStart('\uFEFF')), sourceName, line: null);
        }

        var loaded = YamlTree.Load(text, sourceName);
        if (!loaded.IsSuccess)
        {
            return Result<MonitoringTask>.Failure(loaded.Errors);
        }

        if (loaded.Value is not YamlMappingNode root)
        {
            return Result<MonitoringTask>.Failure(ErrorCatalogue.Invalid(sourceName, "监控文件应为“字段: 值”的映射"));
        }

        var buffer = new ArrayBufferWriter<byte>(text.Length * 2);
        var errors = new List<DomainError>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            EvaluationSerializer.WriteJson(root, writer, string.Empty, errors, sourceName);
        }

        if (errors.Count > 0)
        {
            return Result<MonitoringTask>.Failure(errors);
        }

        MonitoringTask? task;
        try
        {
            task = JsonSerializer.Deserialize<MonitoringTask>(buffer.WrittenSpan, EvaluationJson.Options);
        }
        catch (JsonException ex)
        {
            var node = EvaluationSerializer.Locate(root, EvaluationSerializer.FieldPath(ex.Path));
            return Result<MonitoringTask>.Failure(EvaluationSerializer.FromJsonException(ex, sourceName, node?.Start.Line ?? 0, node?.Start.Column ?? 0, At(sourceName, node), FormatDoc));
        }

        var invalid = Validate(task!);
        return invalid.Count == 0
            ? Result<MonitoringTask>.Success(task!)
            : Result<MonitoringTask>.Failure(invalid.Select(e => e with { Message = e.Message + At(sourceName, EvaluationSerializer.Locate(root, e.Path)) }).ToList());
    }

    /// <summary>Parses one UTF-8 JSON document (one line of a JSON Lines file: <paramref name="line"/> is its number).</summary>
    public static Result<MonitoringTask> ParseJson(ReadOnlySpan<byte> utf8, string sourceName, long? line)
    {
        MonitoringTask? task;
        try
        {
            task = JsonSerializer.Deserialize<MonitoringTask>(utf8, EvaluationJson.Options);
        }
        catch (JsonException ex)
        {
            var lineNo = (line ?? 1) + (ex.LineNumber ?? 0);
            var column = (ex.BytePositionInLine ?? 0) + 1;
            var where = string.Create(CultureInfo.InvariantCulture, $"（{sourceName} 第 {lineNo} 行第 {column} 列）");
            return Result<MonitoringTask>.Failure(EvaluationSerializer.FromJsonException(ex, sourceName, lineNo, column, where, FormatDoc));
        }

        if (task is null)
        {
            return Result<MonitoringTask>.Failure(ErrorCatalogue.Invalid(sourceName, "文件内容为空（null）"));
        }

        var invalid = Validate(task);
        if (invalid.Count == 0)
        {
            return Result<MonitoringTask>.Success(task);
        }

        var at = line is { } l ? string.Create(CultureInfo.InvariantCulture, $"（{sourceName} 第 {l} 行）") : $"（{sourceName}）";
        return Result<MonitoringTask>.Failure(invalid.Select(e => e with { Message = e.Message + at }).ToList());
    }

    /// <summary>A JSON Lines file streamed: one task per non-blank line with its line number; memory does not grow with the file.</summary>
    public static IEnumerable<(long Line, Result<MonitoringTask> Result)> ReadJsonLines(Stream utf8, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        foreach (var (line, buffer, start, length) in EvaluationSerializer.RawLines(utf8))
        {
            yield return (line, ParseJson(buffer.AsSpan(start, length), sourceName, line));
        }
    }

    /// <summary>One task as one line of JSON (the schema of <see cref="Parse"/>).</summary>
    public static string ToJsonLine(MonitoringTask task) => JsonSerializer.Serialize(task, EvaluationJson.Options);

    /// <summary>Rules the schema cannot express: names present, amounts not negative, a 项目 task names its project.</summary>
    public static IReadOnlyList<DomainError> Validate(MonitoringTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(task.Unit))
        {
            errors.Add(ErrorCatalogue.MissingField("unit", "unit（单位名称）"));
        }

        if (task.Kind == EvaluationKind.Project && string.IsNullOrWhiteSpace(task.ProjectName))
        {
            errors.Add(ErrorCatalogue.MissingField("projectName", "projectName（项目监控须填写项目名称）"));
        }

        for (var i = 0; i < task.Funds.Count; i++)
        {
            var f = task.Funds[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"funds[{i}]");
            foreach (var (key, name, value) in new[] { ("initial", "年初预算", f.Initial), ("adjusted", "调整后预算", f.Adjusted), ("spent", "累计支出", f.Spent) })
            {
                if (value < 0m)
                {
                    errors.Add(ErrorCatalogue.Negative(path + "." + key, $"资金来源“{f.Source}”的{name}", value.Value));
                }
            }
        }

        for (var i = 0; i < task.Indicators.Count; i++)
        {
            var indicator = task.Indicators[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"indicators[{i}]");
            if (string.IsNullOrWhiteSpace(indicator.Name))
            {
                errors.Add(ErrorCatalogue.MissingField(path + ".name", "name（三级指标名称）"));
            }

            if (indicator.Operator != IndicatorOperator.Qualitative && indicator.Target is null)
            {
                errors.Add(ErrorCatalogue.MissingField(path + ".target", $"target（指标“{indicator.Name}”的年度指标值）"));
            }
        }

        if (task.AsOf is { } asOf && task.Deadline is { } deadline && deadline < asOf)
        {
            errors.Add(ErrorCatalogue.Invalid("deadline", string.Create(CultureInfo.InvariantCulture, $"报送截止日期 {deadline:yyyy-MM-dd} 早于监控时点 {asOf:yyyy-MM-dd}")));
        }

        return errors;
    }

    private static string At(string sourceName, YamlNode? node) => node is null
        ? $"（{sourceName}）"
        : string.Create(CultureInfo.InvariantCulture, $"（{sourceName} 第 {node.Start.Line} 行第 {node.Start.Column} 列）");
}
