using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Domain.Goals;

/// <summary>
/// Reads and writes goal declarations (docs/goal-format.md): YAML or JSON with one strict schema, through the same
/// YAML tree → JSON machinery as evaluations. Every error names the field path and, in YAML, the line and column.
/// </summary>
public static class GoalSerializer
{
    private const string FormatDoc = "docs/goal-format.md";

    /// <summary>Parses a YAML or JSON document (JSON when the text starts with <c>{</c>).</summary>
    public static Result<GoalDeclaration> Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.AsSpan().TrimStart().TrimStart('\uFEFF');
        return trimmed.Length > 0 && trimmed[0] == '{' ? ParseJson(text, sourceName) : ParseYaml(text, sourceName);
    }

    public static Result<GoalDeclaration> ParseJson(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        GoalDeclaration? declaration;
        try
        {
            declaration = JsonSerializer.Deserialize<GoalDeclaration>(json, GoalJson.Options);
        }
        catch (JsonException ex)
        {
            var line = 1 + (ex.LineNumber ?? 0);
            var column = (ex.BytePositionInLine ?? 0) + 1;
            var where = string.Create(CultureInfo.InvariantCulture, $"（{sourceName} 第 {line} 行第 {column} 列）");
            return Result<GoalDeclaration>.Failure(Translate(EvaluationSerializer.FromJsonException(ex, sourceName, line, column, where)));
        }

        if (declaration is null)
        {
            return Result<GoalDeclaration>.Failure(ErrorCatalogue.Invalid(sourceName, "文件内容为空（null）"));
        }

        var errors = Validate(declaration);
        return errors.Count > 0
            ? Result<GoalDeclaration>.Failure(errors.Select(e => e with { Message = e.Message + $"（{sourceName}）" }).ToList())
            : Result<GoalDeclaration>.Success(declaration);
    }

    private static Result<GoalDeclaration> ParseYaml(string text, string sourceName)
    {
        var loaded = YamlTree.Load(text, sourceName);
        if (!loaded.IsSuccess)
        {
            return Result<GoalDeclaration>.Failure(loaded.Errors);
        }

        if (loaded.Value is not YamlMappingNode root)
        {
            var at = loaded.Value is { } n ? YamlTree.Position(n) : "文件为空";
            return Result<GoalDeclaration>.Failure(ErrorCatalogue.Invalid(sourceName, $"绩效目标文件应为“字段: 值”的映射（{at}）"));
        }

        var buffer = new ArrayBufferWriter<byte>(text.Length * 2);
        var conversionErrors = new List<DomainError>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            EvaluationSerializer.WriteJson(root, writer, string.Empty, conversionErrors, sourceName);
        }

        if (conversionErrors.Count > 0)
        {
            return Result<GoalDeclaration>.Failure(conversionErrors);
        }

        GoalDeclaration? declaration;
        try
        {
            declaration = JsonSerializer.Deserialize<GoalDeclaration>(buffer.WrittenSpan, GoalJson.Options);
        }
        catch (JsonException ex)
        {
            var node = EvaluationSerializer.Locate(root, EvaluationSerializer.FieldPath(ex.Path));
            var line = node?.Start.Line ?? 0;
            var column = node?.Start.Column ?? 0;
            var where = node is null ? $"（{sourceName}）" : At(sourceName, node);
            return Result<GoalDeclaration>.Failure(Translate(EvaluationSerializer.FromJsonException(ex, sourceName, line, column, where)));
        }

        var errors = Validate(declaration!);
        if (errors.Count > 0)
        {
            return Result<GoalDeclaration>.Failure(errors.Select(e =>
            {
                var node = EvaluationSerializer.Locate(root, e.Path);
                return e with { Message = e.Message + (node is null ? $"（{sourceName}）" : At(sourceName, node)) };
            }).ToList());
        }

        return Result<GoalDeclaration>.Success(declaration!);
    }

    /// <summary>The document as YAML (the same schema as <see cref="ToJson"/>).</summary>
    public static string ToYaml(GoalDeclaration declaration)
    {
        var node = JsonSerializer.SerializeToNode(declaration, GoalJson.Options);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(text, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        EvaluationSerializer.EmitYaml(node!, emitter);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    /// <summary>The document as indented JSON (camelCase, Chinese enums).</summary>
    public static string ToJson(GoalDeclaration declaration) => JsonSerializer.Serialize(declaration, GoalJson.Indented);

    /// <summary>The document as one line of JSON (the stored form).</summary>
    public static string ToJsonLine(GoalDeclaration declaration) => JsonSerializer.Serialize(declaration, GoalJson.Options);

    /// <summary>Field-level checks the types do not make: required text, plausible year, non-negative amounts, consistent 定量/定性.</summary>
    public static IReadOnlyList<DomainError> Validate(GoalDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(declaration.Unit))
        {
            errors.Add(ErrorCatalogue.MissingField("unit", "单位名称（unit）"));
        }

        if (string.IsNullOrWhiteSpace(declaration.FrameworkId))
        {
            errors.Add(ErrorCatalogue.MissingField("frameworkId", "评分表编号（frameworkId）"));
        }

        if (declaration.Year is < 1990 or > 2100)
        {
            errors.Add(ErrorCatalogue.Invalid("year", string.Create(CultureInfo.InvariantCulture, $"年度应在 1990–2100 之间，实际为 {declaration.Year}")));
        }

        if (declaration.Kind == EvaluationKind.Project && (declaration.Project is null || string.IsNullOrWhiteSpace(declaration.Project.Name)))
        {
            errors.Add(ErrorCatalogue.MissingField("project.name", "项目名称（project.name）"));
        }

        if (declaration.Kind == EvaluationKind.Department && declaration.Project is not null)
        {
            errors.Add(ErrorCatalogue.Invalid("project", "部门整体绩效目标不填项目信息（project）；项目请写 kind: 项目"));
        }

        for (var i = 0; i < declaration.Funds.Count; i++)
        {
            if (declaration.Funds[i].Amount < 0m)
            {
                errors.Add(ErrorCatalogue.Negative(Indexed("funds", i) + ".amount", declaration.Funds[i].Name ?? "资金", declaration.Funds[i].Amount));
            }

            if (string.IsNullOrWhiteSpace(declaration.Funds[i].Name))
            {
                errors.Add(ErrorCatalogue.MissingField(Indexed("funds", i) + ".name", "资金来源名称（name）"));
            }
        }

        if (declaration.Project is { } p)
        {
            if (p.Start is { } s && p.End is { } e && e < s)
            {
                errors.Add(ErrorCatalogue.Invalid("project.end", "项目结束时间早于开始时间"));
            }

            for (var i = 0; i < p.Schedule.Count; i++)
            {
                var item = p.Schedule[i];
                if (string.IsNullOrWhiteSpace(item.Content))
                {
                    errors.Add(ErrorCatalogue.MissingField(Indexed("project.schedule", i) + ".content", "实施内容（content）"));
                }

                if (item.Start is { } a && item.End is { } b && b < a)
                {
                    errors.Add(ErrorCatalogue.Invalid(Indexed("project.schedule", i) + ".end", "结束时间早于开始时间"));
                }
            }
        }

        foreach (var (path, indicator) in declaration.AllIndicators())
        {
            ValidateIndicator(errors, path, indicator);
        }

        return errors;
    }

    private static void ValidateIndicator(List<DomainError> errors, string path, DeclaredIndicator d)
    {
        if (string.IsNullOrWhiteSpace(d.Name))
        {
            errors.Add(ErrorCatalogue.MissingField(path + ".name", "三级指标名称（name）"));
        }

        if (string.IsNullOrWhiteSpace(d.Level1))
        {
            errors.Add(ErrorCatalogue.MissingField(path + ".level1", "一级指标（level1）"));
        }

        if (d.ValueType == IndicatorValueType.Qualitative && d.Operator is { } op && op != IndicatorOperator.Qualitative)
        {
            errors.Add(ErrorCatalogue.Invalid(path + ".operator", $"指标“{d.Name}”为定性指标，指标性质应为“定性”，实际为“{op.Symbol()}”"));
        }

        if (d.ValueType == IndicatorValueType.Quantitative && d.Operator == IndicatorOperator.Qualitative)
        {
            errors.Add(ErrorCatalogue.Invalid(path + ".operator", $"指标“{d.Name}”为定量指标，指标性质应为 ≥、>、=、≤ 或 <"));
        }

        if (d.Weight is < 0m)
        {
            errors.Add(ErrorCatalogue.Negative(path + ".weight", "权重", d.Weight.Value));
        }

        if (d.StandardValue is not null && d.Standard is null)
        {
            errors.Add(ErrorCatalogue.MissingField(path + ".standard", "指标值设定依据（standard）：填写了标准值但未写是哪种标准"));
        }

        if (d.Provenance is { } prov && (string.IsNullOrWhiteSpace(prov.Kind) || string.IsNullOrWhiteSpace(prov.Reason)))
        {
            errors.Add(ErrorCatalogue.MissingField(path + ".provenance", "建议来源的类型和理由（provenance.kind、provenance.reason）"));
        }
    }

    private static string At(string sourceName, YamlNode node) =>
        string.Create(CultureInfo.InvariantCulture, $"（{sourceName} 第 {node.Start.Line} 行第 {node.Start.Column} 列）");

    private static string Indexed(string path, int i) => string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");

    /// <summary>The evaluation reader's messages point to its own format document; goal files have theirs.</summary>
    private static List<DomainError> Translate(List<DomainError> errors) =>
        errors.Select(e => e with { Message = e.Message.Replace("docs/evaluation-format.md", FormatDoc, StringComparison.Ordinal) }).ToList();
}
