using Jixiao.Documents.OwnFiles;
using Jixiao.Domain;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Documents.Goals;

/// <summary>
/// The header and field names of goal tables (goal-tables/columns.yaml, embedded): our own headers first, then the
/// common published ones. Validated when loaded; names compare without spaces and with full-width forms folded.
/// </summary>
public sealed class GoalTableVocabulary
{
    public static readonly string[] ColumnKeys =
        ["level1", "level2", "name", "valueType", "operator", "target", "unit", "explanation", "scoringStandard", "standard", "standardValue", "weight", "reason", "remark", "provenance"];

    public static readonly string[] FieldKeys =
    [
        "unit", "unitCode", "department", "year", "kind", "frameworkId", "functionClass", "functionSection", "fundUse", "duties", "projectName", "projectCode",
        "projectStatus", "implementer", "manager", "start", "end", "basis", "feasibility", "necessity", "annualText", "longTermText",
    ];

    public static readonly string[] SectionKeys = ["funds", "schedule", "annual", "longTerm"];

    private static readonly Lazy<GoalTableVocabulary> Embedded = new(() =>
    {
        using var stream = typeof(GoalTableVocabulary).Assembly.GetManifestResourceStream("goal-tables/columns.yaml")
            ?? throw new InvalidOperationException("Embedded goal-tables/columns.yaml is missing.");
        using var reader = new StreamReader(stream);
        var parsed = Parse(reader.ReadToEnd(), "goal-tables/columns.yaml");
        return parsed.IsSuccess ? parsed.Value : throw new InvalidOperationException("goal-tables/columns.yaml is invalid: " + string.Join("; ", parsed.Errors));
    });

    private GoalTableVocabulary(Dictionary<string, IReadOnlyList<string>> columns, Dictionary<string, IReadOnlyList<string>> fields, Dictionary<string, IReadOnlyList<string>> sections)
    {
        Columns = columns;
        Fields = fields;
        Sections = sections;
    }

    public static GoalTableVocabulary Default => Embedded.Value;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Columns { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Fields { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Sections { get; }

    /// <summary>The header we write for a column, field or section (the first name listed).</summary>
    public string Column(string key) => Columns[key][0];

    public string Field(string key) => Fields[key][0];

    public string Section(string key) => Sections[key][0];

    /// <summary>Which key of a group a cell text names, or null.</summary>
    public static string? Match(IReadOnlyDictionary<string, IReadOnlyList<string>> group, string? text)
    {
        var key = CellText.Key(text).TrimEnd(':', '：');
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var (name, names) in group)
        {
            if (names.Any(n => CellText.Key(n) == key))
            {
                return name;
            }
        }

        return null;
    }

    public static Result<GoalTableVocabulary> Parse(string yaml, string sourceName)
    {
        var errors = new List<DomainError>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            return Result<GoalTableVocabulary>.Failure(ErrorCatalogue.SyntaxError(sourceName, ex.Start.Line, ex.Start.Column, "YAML 语法错误"));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Result<GoalTableVocabulary>.Failure(ErrorCatalogue.Invalid(sourceName, "应为包含 columns、fields、sections 的映射"));
        }

        Dictionary<string, IReadOnlyList<string>> Group(string name, string[] keys)
        {
            var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (!root.Children.TryGetValue(new YamlScalarNode(name), out var node) || node is not YamlMappingNode map)
            {
                errors.Add(ErrorCatalogue.MissingField(name, name));
                return result;
            }

            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (k, v) in map.Children)
            {
                var key = (k as YamlScalarNode)?.Value ?? string.Empty;
                if (!keys.Contains(key))
                {
                    errors.Add(ErrorCatalogue.Unknown($"{name}.{key}", key));
                    continue;
                }

                var names = v is YamlSequenceNode seq ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).Where(s => s.Length > 0).ToList() : [];
                if (names.Count == 0)
                {
                    errors.Add(ErrorCatalogue.Invalid($"{name}.{key}", "应为至少一个名称的列表"));
                    continue;
                }

                foreach (var n in names)
                {
                    if (seen.TryGetValue(CellText.Key(n), out var other))
                    {
                        errors.Add(ErrorCatalogue.Invalid($"{name}.{key}", $"“{n}”同时属于 {other} 和 {key}"));
                    }

                    seen[CellText.Key(n)] = key;
                }

                result[key] = names;
            }

            foreach (var missing in keys.Where(k => !result.ContainsKey(k)))
            {
                errors.Add(ErrorCatalogue.MissingField($"{name}.{missing}", missing));
            }

            return result;
        }

        var columns = Group("columns", ColumnKeys);
        var fields = Group("fields", FieldKeys);
        var sections = Group("sections", SectionKeys);
        return errors.Count > 0 ? Result<GoalTableVocabulary>.Failure(errors) : Result<GoalTableVocabulary>.Success(new GoalTableVocabulary(columns, fields, sections));
    }
}
