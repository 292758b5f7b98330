using System.Globalization;
using Jixiao.Domain;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Documents.Reports;

/// <summary>
/// 报告提纲 (the outline of a 自评报告) as data: the sections in order, their titles and the parts
/// (<see cref="ReportParts"/>) that fill them, an optional cover page, the appendix and the 落款.
/// Region variants (score first, cover page, a section on how the self-evaluation was organised)
/// are different files in report-templates/, chosen by the framework's <c>reportTemplate</c>.
/// </summary>
public sealed record ReportTemplate
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required EvaluationKind Kind { get; init; }

    /// <summary>The level-1 title of the conclusion when it is moved to the front.</summary>
    public string ScoreFirstTitle { get; init; } = "自评结论";

    public ReportCover? Cover { get; init; }

    public required IReadOnlyList<ReportSection> Sections { get; init; }

    /// <summary>附表: the score table with the grade line.</summary>
    public bool Appendix { get; init; } = true;

    /// <summary>落款: the signing unit and the date.</summary>
    public bool Signature { get; init; } = true;
}

/// <summary>A section (level 1 or 2) with its parts or its sub-sections.</summary>
public sealed record ReportSection
{
    public required string Title { get; init; }

    public IReadOnlyList<string> Parts { get; init; } = [];

    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    /// <summary>Shown only when one of its parts has content (e.g. 其他).</summary>
    public bool Optional { get; init; }

    /// <summary>For <c>managementAreas</c>: the level-1 indicator whose level-2 children are the sub-areas.</summary>
    public string? AreasOf { get; init; }
}

/// <summary>A cover page: a title, label/value lines and the issuer line (e.g. 财政局（制）).</summary>
public sealed record ReportCover(string Title, IReadOnlyList<ReportCoverField> Fields, string? Issuer);

/// <summary>A cover line: a label and either an evaluation field (<c>unit</c>, <c>unitCode</c>, <c>department</c>, <c>date</c>, <c>year</c>) or a fixed text.</summary>
public sealed record ReportCoverField(string Label, string? Value, string? Text);

/// <summary>The report templates: built in (report-templates/*.yaml, embedded) or read from a file.</summary>
public static class ReportTemplates
{
    /// <summary>Evaluation fields a cover line may show.</summary>
    public static readonly IReadOnlyList<string> CoverValues = ["unit", "unitCode", "department", "date", "year", "projectName", "projectCode"];

    private static readonly Lazy<List<ReportTemplate>> BuiltIn = new(LoadBuiltIn);

    public static IReadOnlyList<ReportTemplate> All => BuiltIn.Value;

    /// <summary>The template a framework names, else the standard one of the evaluation's kind.</summary>
    public static Result<ReportTemplate> For(string? id, EvaluationKind kind)
    {
        var wanted = string.IsNullOrWhiteSpace(id) ? (kind == EvaluationKind.Project ? "project-standard" : "department-standard") : id.Trim();
        var found = All.FirstOrDefault(t => string.Equals(t.Id, wanted, StringComparison.Ordinal));
        if (found is null)
        {
            return Result<ReportTemplate>.Failure(new DomainError("report.template-unknown", "settings.reportTemplate",
                $"没有名为“{wanted}”的报告提纲（可用：{string.Join("、", All.Select(t => t.Id))}）"));
        }

        return found.Kind != kind
            ? Result<ReportTemplate>.Failure(new DomainError("report.template-kind", "settings.reportTemplate", $"报告提纲“{wanted}”用于{found.Kind.Name()}评价，本评价为{kind.Name()}"))
            : Result<ReportTemplate>.Success(found);
    }

    private static List<ReportTemplate> LoadBuiltIn()
    {
        var assembly = typeof(ReportTemplates).Assembly;
        var list = new List<ReportTemplate>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("report-templates/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Embedded template {name} is missing.");
            using var reader = new StreamReader(stream);
            var parsed = Parse(reader.ReadToEnd(), name);
            if (!parsed.IsSuccess)
            {
                throw new InvalidOperationException($"Built-in report template {name} is invalid: {string.Join("; ", parsed.Errors)}");
            }

            list.Add(parsed.Value);
        }

        return list;
    }

    /// <summary>Reads and validates a template; every error names the field, the line and the column.</summary>
    public static Result<ReportTemplate> Parse(string yaml, string sourceName)
    {
        var errors = new List<DomainError>();
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode;
        }
        catch (YamlException ex)
        {
            return Result<ReportTemplate>.Failure(new DomainError("report.template-syntax", sourceName,
                string.Create(CultureInfo.InvariantCulture, $"{sourceName} 第 {ex.Start.Line} 行第 {ex.Start.Column} 列：YAML 格式错误（{ex.Message}）")));
        }

        if (root is null)
        {
            return Result<ReportTemplate>.Failure(new DomainError("report.template-syntax", sourceName, $"{sourceName}：报告提纲应为“字段: 值”的映射"));
        }

        var r = new Reader(sourceName, errors);
        r.Known(root, string.Empty, "id", "name", "kind", "scoreFirstTitle", "cover", "sections", "appendix", "signature");
        var id = r.Text(root, "id", required: true) ?? string.Empty;
        var name = r.Text(root, "name", required: true) ?? string.Empty;
        var kindText = r.Text(root, "kind", required: true);
        var kind = EvaluationKind.Department;
        if (kindText is not null && !DomainText.TryParseKind(kindText, out kind))
        {
            r.Error(root, "kind", $"评价类型应为“部门整体”或“项目”，实际为“{kindText}”");
        }

        ReportCover? cover = null;
        if (Reader.Child(root, "cover") is YamlMappingNode c)
        {
            r.Known(c, "cover", "title", "fields", "issuer");
            var fields = new List<ReportCoverField>();
            if (Reader.Child(c, "fields") is YamlSequenceNode seq)
            {
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    var path = $"cover.fields[{i.ToString(CultureInfo.InvariantCulture)}]";
                    if (seq.Children[i] is not YamlMappingNode f)
                    {
                        r.Error(seq.Children[i], path, "应为 { label, value } 或 { label, text }");
                        continue;
                    }

                    r.Known(f, path, "label", "value", "text");
                    var label = r.Text(f, "label", required: true, path) ?? string.Empty;
                    var value = r.Text(f, "value", required: false, path);
                    var text = r.Text(f, "text", required: false, path);
                    if ((value is null) == (text is null))
                    {
                        r.Error(f, path, "封面项应有 value（评价文件字段）或 text（固定文字）之一");
                    }
                    else if (value is not null && !CoverValues.Contains(value))
                    {
                        r.Error(f, path + ".value", $"封面项的 value 应为 {string.Join("、", CoverValues)} 之一，实际为“{value}”");
                    }

                    fields.Add(new ReportCoverField(label, value, text));
                }
            }

            cover = new ReportCover(r.Text(c, "title", required: true, "cover") ?? string.Empty, fields, r.Text(c, "issuer", required: false, "cover"));
        }

        var sections = Reader.Child(root, "sections") is YamlSequenceNode s ? Sections(r, s, "sections", level: 1) : [];
        if (sections.Count == 0)
        {
            r.Error(root, "sections", "报告提纲至少要有一节（sections）");
        }

        var parts = Flatten(sections).SelectMany(x => x.Parts).ToList();
        foreach (var dup in parts.GroupBy(p => p, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            r.Error(root, "sections", $"部件“{dup.Key}”出现了 {dup.Count().ToString(CultureInfo.InvariantCulture)} 次，每个部件只能出现一次");
        }

        if (errors.Count > 0)
        {
            return Result<ReportTemplate>.Failure(errors);
        }

        return Result<ReportTemplate>.Success(new ReportTemplate
        {
            Id = id,
            Name = name,
            Kind = kind,
            ScoreFirstTitle = r.Text(root, "scoreFirstTitle", required: false) ?? "自评结论",
            Cover = cover,
            Sections = sections,
            Appendix = r.Bool(root, "appendix") ?? true,
            Signature = r.Bool(root, "signature") ?? true,
        });
    }

    /// <summary>Every section, depth first.</summary>
    public static IEnumerable<ReportSection> Flatten(IEnumerable<ReportSection> sections)
    {
        foreach (var s in sections)
        {
            yield return s;
            foreach (var child in Flatten(s.Sections))
            {
                yield return child;
            }
        }
    }

    private static List<ReportSection> Sections(Reader r, YamlSequenceNode seq, string path, int level)
    {
        var list = new List<ReportSection>();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            var p = $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (seq.Children[i] is not YamlMappingNode m)
            {
                r.Error(seq.Children[i], p, "应为 { title, parts } 或 { title, sections }");
                continue;
            }

            r.Known(m, p, "title", "parts", "sections", "optional", "areasOf");
            var title = r.Text(m, "title", required: true, p) ?? string.Empty;
            var parts = new List<string>();
            if (Reader.Child(m, "parts") is YamlSequenceNode ps)
            {
                foreach (var item in ps.Children)
                {
                    if (item is YamlScalarNode { Value: { } part } && ReportParts.Names.Contains(part))
                    {
                        parts.Add(part);
                    }
                    else
                    {
                        r.Error(item, p + ".parts", $"未知的部件“{(item as YamlScalarNode)?.Value}”（可用：{string.Join("、", ReportParts.Names)}）");
                    }
                }
            }

            var children = Reader.Child(m, "sections") is YamlSequenceNode cs ? Sections(r, cs, p + ".sections", level + 1) : [];
            if (level >= 2 && children.Count > 0)
            {
                r.Error(m, p + ".sections", "报告提纲最多两级（一、（一））");
            }

            if ((parts.Count == 0) == (children.Count == 0))
            {
                r.Error(m, p, "一节应有 parts（部件）或 sections（下一级），且只有其一");
            }

            var areasOf = r.Text(m, "areasOf", required: false, p);
            if (parts.Contains("managementAreas") && areasOf is null)
            {
                r.Error(m, p + ".areasOf", "部件 managementAreas 须用 areasOf 指明按哪个一级指标的二级指标分项（如 管理效率）");
            }

            list.Add(new ReportSection { Title = title, Parts = parts, Sections = children, Optional = r.Bool(m, "optional") ?? false, AreasOf = areasOf });
        }

        return list;
    }

    private sealed class Reader(string source, List<DomainError> errors)
    {
        public void Error(YamlNode node, string path, string message) => errors.Add(new DomainError("report.template-invalid", path,
            string.Create(CultureInfo.InvariantCulture, $"{path}：{message}（{source} 第 {node.Start.Line} 行第 {node.Start.Column} 列）")));

        public static YamlNode? Child(YamlMappingNode map, string key) =>
            map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode s && s.Value == key).Value;

        public void Known(YamlMappingNode map, string path, params string[] keys)
        {
            foreach (var key in map.Children.Keys)
            {
                if (key is YamlScalarNode { Value: { } k } && !keys.Contains(k))
                {
                    Error(key, string.IsNullOrEmpty(path) ? k : path + "." + k, $"无法识别的字段“{k}”");
                }
            }
        }

        public string? Text(YamlMappingNode map, string key, bool required, string path = "")
        {
            var full = string.IsNullOrEmpty(path) ? key : path + "." + key;
            switch (Child(map, key))
            {
                case YamlScalarNode { Value: { } v } when !string.IsNullOrWhiteSpace(v):
                    return v.Trim();
                case null or YamlScalarNode when required:
                    Error(map, full, $"缺少必填项“{key}”");
                    return null;
                case null or YamlScalarNode:
                    return null;
                case var other:
                    Error(other, full, "应为文字");
                    return null;
            }
        }

        public bool? Bool(YamlMappingNode map, string key) => Child(map, key) switch
        {
            YamlScalarNode { Value: "true" or "True" } => true,
            YamlScalarNode { Value: "false" or "False" } => false,
            null => null,
            var other => ErrorBool(other, key),
        };

        private bool? ErrorBool(YamlNode node, string key)
        {
            Error(node, key, "应为 true 或 false");
            return null;
        }
    }
}
