using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jixiao.Domain.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Domain.Evaluations;

/// <summary>
/// Reads and writes evaluation documents: YAML or JSON with one schema
/// (docs/evaluation-format.md), and JSON Lines (one evaluation per line) streamed.
/// Every error names the file and the field path; YAML errors also the line and column.
/// </summary>
public static partial class EvaluationSerializer
{
    /// <summary>Parses a YAML or JSON document (JSON when the text starts with <c>{</c>).</summary>
    public static Result<Evaluation> Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.Length > 0 && trimmed[0] == '\uFEFF')
        {
            trimmed = trimmed[1..].TrimStart();
        }

        return trimmed.Length > 0 && trimmed[0] == '{' ? ParseJson(text, sourceName, line: null) : ParseYaml(text, sourceName);
    }

    /// <summary>Parses one JSON document (e.g. one line of a JSON Lines file; <paramref name="line"/> is its 1-based line number).</summary>
    public static Result<Evaluation> ParseJson(string json, string sourceName, long? line = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var maxBytes = Encoding.UTF8.GetMaxByteCount(json.Length);
        var rented = ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            var count = Encoding.UTF8.GetBytes(json, rented);
            return ParseJson(rented.AsSpan(0, count), sourceName, line);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Parses one UTF-8 JSON document.</summary>
    public static Result<Evaluation> ParseJson(ReadOnlySpan<byte> utf8, string sourceName, long? line = null)
    {
        Evaluation? evaluation;
        try
        {
            evaluation = JsonSerializer.Deserialize<Evaluation>(utf8, EvaluationJson.Options);
        }
        catch (JsonException ex)
        {
            var lineNo = (line ?? 1) + (ex.LineNumber ?? 0);
            var column = (ex.BytePositionInLine ?? 0) + 1;
            var where = string.Create(CultureInfo.InvariantCulture, $"（{sourceName} 第 {lineNo} 行第 {column} 列）");
            return Result<Evaluation>.Failure(FromJsonException(ex, sourceName, lineNo, column, where));
        }

        if (evaluation is null)
        {
            return Result<Evaluation>.Failure(ErrorCatalogue.Invalid(sourceName, "文件内容为空（null）"));
        }

        var errors = Validate(evaluation);
        if (errors.Count > 0)
        {
            var at = line is { } l ? string.Create(CultureInfo.InvariantCulture, $"（{sourceName} 第 {l} 行）") : $"（{sourceName}）";
            return Result<Evaluation>.Failure(errors.Select(e => e with { Message = e.Message + at }).ToList());
        }

        return Result<Evaluation>.Success(evaluation);
    }

    private static Result<Evaluation> ParseYaml(string text, string sourceName)
    {
        var loaded = YamlTree.Load(text, sourceName);
        if (!loaded.IsSuccess)
        {
            return Result<Evaluation>.Failure(loaded.Errors);
        }

        if (loaded.Value is not YamlMappingNode root)
        {
            var at = loaded.Value is { } n ? YamlTree.Position(n) : "文件为空";
            return Result<Evaluation>.Failure(ErrorCatalogue.Invalid(sourceName, $"评价文件应为“字段: 值”的映射（{at}）"));
        }

        var buffer = new ArrayBufferWriter<byte>(text.Length * 2);
        var conversionErrors = new List<DomainError>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteJson(root, writer, string.Empty, conversionErrors, sourceName);
        }

        if (conversionErrors.Count > 0)
        {
            return Result<Evaluation>.Failure(conversionErrors);
        }

        Evaluation? evaluation;
        try
        {
            evaluation = JsonSerializer.Deserialize<Evaluation>(buffer.WrittenSpan, EvaluationJson.Options);
        }
        catch (JsonException ex)
        {
            var node = Locate(root, FieldPath(ex.Path));
            var line = node?.Start.Line ?? 0;
            var column = node?.Start.Column ?? 0;
            var where = node is null ? $"（{sourceName}）" : string.Create(CultureInfo.InvariantCulture, $"（{sourceName} 第 {line} 行第 {column} 列）");
            return Result<Evaluation>.Failure(FromJsonException(ex, sourceName, line, column, where));
        }

        var errors = Validate(evaluation!);
        if (errors.Count > 0)
        {
            return Result<Evaluation>.Failure(errors.Select(e =>
            {
                var node = Locate(root, e.Path);
                var at = node is null ? $"（{sourceName}）" : string.Create(CultureInfo.InvariantCulture, $"（{sourceName} 第 {node.Start.Line} 行第 {node.Start.Column} 列）");
                return e with { Message = e.Message + at };
            }).ToList());
        }

        return Result<Evaluation>.Success(evaluation!);
    }

    /// <summary>
    /// Adds the file position to errors whose paths name fields of the document (e.g. the scorer's
    /// <c>goals[1].actual</c>): "（file 第 L 行第 C 列）" for YAML, "（file）" for JSON.
    /// </summary>
    public static IReadOnlyList<DomainError> WithPositions(IReadOnlyList<DomainError> errors, string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        YamlNode? root = null;
        if (!text.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal))
        {
            var loaded = YamlTree.Load(text, sourceName);
            root = loaded.IsSuccess ? loaded.Value : null;
        }

        return errors.Select(e =>
        {
            var node = root is null || string.IsNullOrEmpty(e.Path) ? null : Locate(root, e.Path);
            var at = node is null ? $"（{sourceName}）" : string.Create(CultureInfo.InvariantCulture, $"（{sourceName} 第 {node.Start.Line} 行第 {node.Start.Column} 列）");
            return e with { Message = e.Message + at };
        }).ToList();
    }

    /// <summary>
    /// Streams a JSON Lines file: one evaluation per non-blank line, each with its 1-based line
    /// number. Lines are read and parsed one at a time; memory does not grow with the file.
    /// </summary>
    public static IEnumerable<(long Line, Result<Evaluation> Result)> ReadJsonLines(Stream utf8, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        return ReadJsonLinesIterator(utf8, sourceName);
    }

    /// <summary>
    /// JSON Lines read in batches whose lines are parsed and passed to <paramref name="map"/> on up to
    /// <paramref name="degreeOfParallelism"/> threads; the results come back in file order, each with
    /// its line number. <paramref name="map"/> must be thread-safe. Memory stays bounded by one batch.
    /// </summary>
    public static IEnumerable<(long Line, T Value)> ReadJsonLinesParallel<T>(Stream utf8, string sourceName, Func<long, Result<Evaluation>, T> map, int degreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(map);
        return ReadJsonLinesParallelIterator(utf8, sourceName, map, Math.Max(1, degreeOfParallelism));
    }

    private static IEnumerable<(long Line, T Value)> ReadJsonLinesParallelIterator<T>(Stream utf8, string sourceName, Func<long, Result<Evaluation>, T> map, int degree)
    {
        // Small batches: every result of a batch stays alive until the batch is written, and a garbage collection
        // meanwhile copies them all to an older generation. With 512 lines (several MB alive) `jixiao score` on
        // 50,000 lines took 15-28% more CPU and 130-160 MB instead of about 67 MB; 64 lines still keep the threads busy.
        const int BatchLines = 64;
        const int BatchBytes = 1 << 20;
        var bytes = new byte[BatchBytes];
        var lines = new long[BatchLines];
        var starts = new int[BatchLines + 1];
        var results = new T[BatchLines];
        var count = 0;
        var used = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = degree };
        foreach (var (line, buffer, start, length) in RawLines(utf8))
        {
            if (count == BatchLines || (count > 0 && used + length > bytes.Length))
            {
                Run(count);
                for (var i = 0; i < count; i++)
                {
                    yield return (lines[i], results[i]);
                    results[i] = default!;
                }

                count = 0;
                used = 0;
            }

            if (length > bytes.Length)
            {
                bytes = new byte[length];
            }

            Buffer.BlockCopy(buffer, start, bytes, used, length);
            lines[count] = line;
            starts[count] = used;
            used += length;
            starts[++count] = used;
        }

        Run(count);
        for (var i = 0; i < count; i++)
        {
            yield return (lines[i], results[i]);
        }

        void Run(int n)
        {
            if (n <= 1 || degree == 1)
            {
                for (var i = 0; i < n; i++)
                {
                    results[i] = map(lines[i], ParseJson(bytes.AsSpan(starts[i], starts[i + 1] - starts[i]), sourceName, lines[i]));
                }

                return;
            }

            Parallel.For(0, n, options, i => results[i] = map(lines[i], ParseJson(bytes.AsSpan(starts[i], starts[i + 1] - starts[i]), sourceName, lines[i])));
        }
    }

    private static IEnumerable<(long Line, Result<Evaluation> Result)> ReadJsonLinesIterator(Stream utf8, string sourceName)
    {
        foreach (var (line, buffer, start, length) in RawLines(utf8))
        {
            yield return (line, ParseJson(buffer.AsSpan(start, length), sourceName, line));
        }
    }

    /// <summary>The non-blank lines (BOM and \r removed, spaces trimmed) as slices of a buffer that is valid until the next item.</summary>
    internal static IEnumerable<(long Line, byte[] Buffer, int Start, int Length)> RawLines(Stream utf8)
    {
        var buffer = new byte[1 << 16];
        var start = 0;
        var end = 0;
        long line = 0;
        var eof = false;
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline < 0 && !eof)
            {
                // Compact, grow if one line fills the buffer, and read more.
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = utf8.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    eof = true;
                }

                end += read;
                continue;
            }

            var lineEnd = newline < 0 ? end : newline;
            if (newline < 0 && start == end)
            {
                yield break;
            }

            line++;
            var from = start;
            var to = lineEnd;
            start = newline < 0 ? end : newline + 1;
            if (line == 1 && to - from >= 3 && buffer[from] == 0xEF && buffer[from + 1] == 0xBB && buffer[from + 2] == 0xBF)
            {
                from += 3;
            }

            while (to > from && (buffer[to - 1] == (byte)'\r' || buffer[to - 1] == (byte)' '))
            {
                to--;
            }

            while (from < to && buffer[from] == (byte)' ')
            {
                from++;
            }

            if (from == to)
            {
                continue;
            }

            yield return (line, buffer, from, to - from);
        }
    }

    /// <summary>The document as YAML (the same schema as <see cref="ToJson"/>).</summary>
    public static string ToYaml(Evaluation evaluation)
    {
        var node = JsonSerializer.SerializeToNode(evaluation, EvaluationJson.Options);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(text, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        EmitYaml(node!, emitter);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    /// <summary>The document as indented JSON (camelCase, Chinese enums).</summary>
    public static string ToJson(Evaluation evaluation) => JsonSerializer.Serialize(evaluation, EvaluationJson.Indented);

    /// <summary>The document as one JSON line (for JSON Lines files).</summary>
    public static string ToJsonLine(Evaluation evaluation) => JsonSerializer.Serialize(evaluation, EvaluationJson.Options);

    /// <summary>Field-level checks that the types alone do not make: required text, non-negative amounts, plausible year.</summary>
    public static IReadOnlyList<DomainError> Validate(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(evaluation.Unit))
        {
            errors.Add(ErrorCatalogue.MissingField("unit", "单位名称（unit）"));
        }

        if (string.IsNullOrWhiteSpace(evaluation.FrameworkId))
        {
            errors.Add(ErrorCatalogue.MissingField("frameworkId", "评分表编号（frameworkId）"));
        }

        if (evaluation.Year is < 1990 or > 2100)
        {
            errors.Add(ErrorCatalogue.Invalid("year", string.Create(CultureInfo.InvariantCulture, $"年度应在 1990–2100 之间，实际为 {evaluation.Year}")));
        }

        if (evaluation.UnitCount is < 0)
        {
            errors.Add(ErrorCatalogue.Negative("unitCount", "单位数", evaluation.UnitCount.Value));
        }

        var b = evaluation.Budget;
        NonNegative(errors, "budget.initial", "年初预算", b.Initial);
        NonNegative(errors, "budget.adjusted", "调整后预算", b.Adjusted);
        NonNegative(errors, "budget.executed", "预算执行数", b.Executed);
        NonNegative(errors, "budget.carryOver", "结转结余", b.CarryOver);
        NonNegative(errors, "budget.fixedAssetsInUse", "在用固定资产", b.FixedAssetsInUse);
        NonNegative(errors, "budget.fixedAssetsTotal", "固定资产总额", b.FixedAssetsTotal);
        foreach (var (key, name, read) in BudgetLines)
        {
            var line = read(b);
            if (line.Budget is < 0m || line.Executed is < 0m)
            {
                NonNegative(errors, $"budget.{key}.budget", name + "预算", line.Budget);
                NonNegative(errors, $"budget.{key}.executed", name + "执行数", line.Executed);
            }
        }

        // Paths are built only for the values that are wrong: this runs once per line of a JSON Lines file.
        for (var i = 0; i < b.ByFunction.Count; i++)
        {
            if (b.ByFunction[i].Amount < 0m)
            {
                NonNegative(errors, Indexed("budget.byFunction", i) + ".amount", b.ByFunction[i].Name ?? "功能分类支出", b.ByFunction[i].Amount);
            }
        }

        for (var i = 0; i < b.IncomeBySource.Count; i++)
        {
            if (b.IncomeBySource[i].Amount < 0m || b.IncomeBySource[i].Budget is < 0m)
            {
                NonNegative(errors, Indexed("budget.incomeBySource", i) + ".amount", (b.IncomeBySource[i].Name ?? "收入") + "决算数", b.IncomeBySource[i].Amount);
                NonNegative(errors, Indexed("budget.incomeBySource", i) + ".budget", (b.IncomeBySource[i].Name ?? "收入") + "预算数", b.IncomeBySource[i].Budget);
            }
        }

        for (var i = 0; i < b.BySource.Count; i++)
        {
            var s = b.BySource[i];
            if (s.Initial is < 0m || s.Adjusted is < 0m || s.Executed is < 0m)
            {
                var p = Indexed("budget.bySource", i);
                NonNegative(errors, p + ".initial", s.Name + "年初预算", s.Initial);
                NonNegative(errors, p + ".adjusted", s.Name + "调整后预算", s.Adjusted);
                NonNegative(errors, p + ".executed", s.Name + "执行数", s.Executed);
            }
        }

        for (var i = 0; i < evaluation.Goals.Count; i++)
        {
            var g = evaluation.Goals[i];
            if (string.IsNullOrWhiteSpace(g.Name))
            {
                errors.Add(ErrorCatalogue.MissingField(Indexed("goals", i) + ".name", "三级指标名称（name）"));
            }

            if (string.IsNullOrWhiteSpace(g.Level1))
            {
                errors.Add(ErrorCatalogue.MissingField(Indexed("goals", i) + ".level1", "一级指标（level1）"));
            }

            if (g.Weight < 0m || g.Score is < 0m)
            {
                NonNegative(errors, Indexed("goals", i) + ".weight", "权重", g.Weight);
                NonNegative(errors, Indexed("goals", i) + ".score", "得分", g.Score);
            }
        }

        ValidateReportFields(evaluation, errors);
        foreach (var (code, input) in evaluation.Inputs)
        {
            if (input.Score is < 0m)
            {
                NonNegative(errors, $"inputs[\"{code}\"].score", "得分", input.Score);
            }

            if (HasBadDeduction(input.Deductions))
            {
                CheckDeductions(errors, $"inputs[\"{code}\"].deductions", input.Deductions);
            }

            if (HasBadDeduction(input.ReviewDeductions))
            {
                CheckDeductions(errors, $"inputs[\"{code}\"].reviewDeductions", input.ReviewDeductions);
            }
        }

        return errors;
    }

    /// <summary>机构/编制/实有人数, 上年问题整改情况, 管理效率 by sub-area: counts not negative, required text present.</summary>
    private static void ValidateReportFields(Evaluation evaluation, List<DomainError> errors)
    {
        if (evaluation.Organization is { } o)
        {
            NonNegativeCount(errors, "organization.internalBodyCount", "内设机构数", o.InternalBodyCount);
            NonNegativeCount(errors, "organization.staffQuota", "编制数", o.StaffQuota);
            NonNegativeCount(errors, "organization.staffActual", "实有人数", o.StaffActual);
            if (o.InternalBodyCount is { } n and >= 0 && o.InternalBodies.Count > 0 && n != o.InternalBodies.Count)
            {
                errors.Add(ErrorCatalogue.Invalid("organization.internalBodyCount", string.Create(CultureInfo.InvariantCulture,
                    $"内设机构数为 {n}，但 internalBodies 列出了 {o.InternalBodies.Count} 个机构；请使两者一致，或只填其一")));
            }

            for (var i = 0; i < o.InternalBodies.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(o.InternalBodies[i]))
                {
                    errors.Add(ErrorCatalogue.MissingField(Indexed("organization.internalBodies", i), "内设机构名称"));
                }
            }
        }

        for (var i = 0; i < evaluation.PreviousProblems.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(evaluation.PreviousProblems[i].Problem))
            {
                errors.Add(ErrorCatalogue.MissingField(Indexed("previousProblems", i) + ".problem", "上年存在的问题（problem）"));
            }
        }

        foreach (var key in evaluation.Narrative.ManagementAreas.Keys)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                errors.Add(ErrorCatalogue.MissingField("narrative.managementAreas", "管理效率分项的名称或指标编码"));
            }
        }
    }

    private static void NonNegativeCount(List<DomainError> errors, string path, string name, int? value)
    {
        if (value is < 0)
        {
            errors.Add(ErrorCatalogue.Negative(path, name, value.Value));
        }
    }

    private static readonly (string Key, string Name, Func<BudgetFigures, BudgetLine> Read)[] BudgetLines =
    [
        ("basic", "基本支出", b => b.Basic), ("project", "项目支出", b => b.Project), ("personnel", "人员经费", b => b.Personnel),
        ("publicExpense", "公用经费", b => b.PublicExpense), ("threePublic", "“三公”经费", b => b.ThreePublic), ("procurement", "政府采购", b => b.Procurement),
    ];

    private static bool HasBadDeduction(IReadOnlyList<Deduction> deductions)
    {
        foreach (var d in deductions)
        {
            if (d.Points < 0m || string.IsNullOrWhiteSpace(d.Reason))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckDeductions(List<DomainError> errors, string path, IReadOnlyList<Deduction> deductions)
    {
        for (var i = 0; i < deductions.Count; i++)
        {
            NonNegative(errors, Indexed(path, i) + ".points", "扣分", deductions[i].Points);
            if (string.IsNullOrWhiteSpace(deductions[i].Reason))
            {
                errors.Add(ErrorCatalogue.MissingField(Indexed(path, i) + ".reason", "扣分原因（reason）"));
            }
        }
    }

    private static string Indexed(string path, int i) => string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");

    private static void NonNegative(List<DomainError> errors, string path, string name, decimal? value)
    {
        if (value is < 0m)
        {
            errors.Add(ErrorCatalogue.Negative(path, name, value.Value));
        }
    }

    internal static List<DomainError> FromJsonException(JsonException ex, string sourceName, long line, long column, string where, string formatDoc = "docs/evaluation-format.md")
    {
        var path = FieldPath(ex.Path);
        var message = ex.Message;

        // Our converters throw Chinese messages; System.Text.Json's own are translated here.
        if (message.Any(c => c >= '\u4e00' && c <= '\u9fff'))
        {
            var own = message.Split(" Path:", 2)[0];
            return [ErrorCatalogue.Invalid(path, own + where)];
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            var names = QuotedNames().Matches(message.Split("including:", 2).ElementAtOrDefault(1) ?? string.Empty).Select(m => m.Groups[1].Value).ToList();
            return names.Select(n => ErrorCatalogue.MissingField(string.IsNullOrEmpty(path) ? n : path + "." + n, n) with
            {
                Message = $"缺少必填项“{n}”" + where,
            }).ToList();
        }

        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            var field = QuotedNames().Match(message) is { Success: true } m ? m.Groups[1].Value : path;
            return [ErrorCatalogue.Unknown(path, field) with { Message = $"无法识别的字段“{field}”（请检查拼写，字段名见 {formatDoc}）" + where }];
        }

        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            var expected = message switch
            {
                _ when message.Contains("System.Decimal", StringComparison.Ordinal) => "数字（例如 238.93，不带单位和千分位）",
                _ when message.Contains("System.Int32", StringComparison.Ordinal) => "整数",
                _ when message.Contains("DateOnly", StringComparison.Ordinal) => "日期（例如 2023-03-31）",
                _ when message.Contains("System.Boolean", StringComparison.Ordinal) => "true 或 false",
                _ when message.Contains("IReadOnlyList", StringComparison.Ordinal) || message.Contains("List`", StringComparison.Ordinal) => "列表",
                _ when message.Contains("IReadOnlyDictionary", StringComparison.Ordinal) => "“编码: 值”的映射",
                _ => "正确类型的值",
            };
            return [ErrorCatalogue.Invalid(path, $"“{path}”应为{expected}" + where)];
        }

        if (ex.Path is null or "$")
        {
            return [ErrorCatalogue.SyntaxError(sourceName, line, column, "JSON 格式错误（缺少引号、逗号或括号？）")];
        }

        return [ErrorCatalogue.SyntaxError(sourceName, line, column, "JSON 格式错误，位置在字段“" + path + "”附近")];
    }

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedNames();

    /// <summary>$.goals[0].actual → goals[0].actual; $.inputs['1.1.3'].value → inputs["1.1.3"].value.</summary>
    internal static string FieldPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return string.Empty;
        }

        var p = jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
        return p.Replace("['", "[\"", StringComparison.Ordinal).Replace("']", "\"]", StringComparison.Ordinal);
    }

    /// <summary>Finds the YAML node of a field path (goals[0].actual, inputs["1.1.3"].value); the deepest existing node.</summary>
    internal static YamlNode? Locate(YamlNode root, string path)
    {
        var node = root;
        var i = 0;
        while (i < path.Length)
        {
            string? key = null;
            int? index = null;
            if (path[i] == '.')
            {
                i++;
                continue;
            }

            if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0)
                {
                    break;
                }

                var inner = path[(i + 1)..close];
                if (inner.StartsWith('"'))
                {
                    close = path.IndexOf("\"]", i + 2, StringComparison.Ordinal);
                    key = close < 0 ? inner.Trim('"') : path[(i + 2)..close];
                    i = close < 0 ? path.Length : close + 2;
                }
                else
                {
                    index = int.TryParse(inner, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
                    i = close + 1;
                }
            }
            else
            {
                var next = path.IndexOfAny(['.', '['], i);
                key = next < 0 ? path[i..] : path[i..next];
                i = next < 0 ? path.Length : next;
            }

            YamlNode? child = null;
            if (key is not null && node is YamlMappingNode map)
            {
                child = map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode s && string.Equals(s.Value, key, StringComparison.Ordinal)).Value;
            }
            else if (index is { } ix && node is YamlSequenceNode seq && ix < seq.Children.Count)
            {
                child = seq.Children[ix];
            }

            if (child is null)
            {
                return node;
            }

            node = child;
        }

        return node;
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex JsonNumber();

    /// <summary>YAML node → JSON: plain scalars that look like JSON numbers, booleans or null become those; everything else text.</summary>
    internal static void WriteJson(YamlNode node, Utf8JsonWriter writer, string path, List<DomainError> errors, string sourceName)
    {
        switch (node)
        {
            case YamlMappingNode map:
                writer.WriteStartObject();
                foreach (var (k, v) in map.Children)
                {
                    if (k is not YamlScalarNode { Value: { } key })
                    {
                        errors.Add(ErrorCatalogue.SyntaxError(sourceName, k.Start.Line, k.Start.Column, "字段名必须是文字"));
                        continue;
                    }

                    writer.WritePropertyName(key);
                    WriteJson(v, writer, path + "." + key, errors, sourceName);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode seq:
                writer.WriteStartArray();
                foreach (var item in seq.Children)
                {
                    WriteJson(item, writer, path, errors, sourceName);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                var value = scalar.Value;
                if (scalar.Style is ScalarStyle.Plain or ScalarStyle.Any)
                {
                    if (YamlTree.IsNull(scalar))
                    {
                        writer.WriteNullValue();
                    }
                    else if (value is "true" or "True" or "TRUE")
                    {
                        writer.WriteBooleanValue(true);
                    }
                    else if (value is "false" or "False" or "FALSE")
                    {
                        writer.WriteBooleanValue(false);
                    }
                    else if (JsonNumber().IsMatch(value!))
                    {
                        writer.WriteRawValue(value!, skipInputValidation: true);
                    }
                    else
                    {
                        writer.WriteStringValue(value);
                    }
                }
                else
                {
                    writer.WriteStringValue(value);
                }

                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    internal static void EmitYaml(JsonNode node, IEmitter emitter)
    {
        switch (node)
        {
            case JsonObject obj:
                emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
                foreach (var (key, value) in obj)
                {
                    if (value is null)
                    {
                        continue;
                    }

                    emitter.Emit(new Scalar(null, null, key, NeedsQuotes(key) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, true, true));
                    EmitYaml(value, emitter);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray arr:
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
                foreach (var item in arr)
                {
                    if (item is not null)
                    {
                        EmitYaml(item, emitter);
                    }
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                var text = v.GetValue<string>();
                var style = text.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal : NeedsQuotes(text) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
                emitter.Emit(new Scalar(null, null, text, style, true, true));
                break;
            default:
                emitter.Emit(new Scalar(null, null, node.ToJsonString(), ScalarStyle.Plain, true, false));
                break;
        }
    }

    /// <summary>Text that would read back as a number, boolean or null, or that YAML could misread, is quoted.</summary>
    private static bool NeedsQuotes(string text) =>
        text.Length == 0 || JsonNumber().IsMatch(text) || text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE" or "null" or "Null" or "NULL" or "~"
        || decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || text.StartsWith(' ') || text.EndsWith(' ');
}
