using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.OwnFiles;

/// <summary>
/// What a Jixiao DOCX/XLSX carries besides what it shows: the evaluation it was made from and
/// what it showed (leaf scores, reasons, measures), in a custom XML part (<c>urn:jixiao:evaluation:v1</c>). The reader
/// starts from this and overlays what a person may have edited in the visible document.
/// </summary>
public sealed record OwnData(
    string Document,
    string FrameworkId,
    Evaluation Evaluation,
    IReadOnlyList<OwnLeaf> Leaves)
{
    /// <summary>The score shown for each goal indicator (project table), by goal index.</summary>
    public IReadOnlyList<decimal?> GoalScores { get; init; } = [];

    public const string Namespace = "urn:jixiao:evaluation:v1";

    /// <summary>Document kinds stored in <see cref="Document"/>.</summary>
    public const string ReportKind = "report";

    public const string ScoreTableKind = "score-table";

    public const string ProjectTableKind = "project-table";

    internal static JsonSerializerOptions Json { get; } = CreateOptions();

    public static OwnData From(string document, Evaluation evaluation, Framework framework, ScoreResult score) => new(
        document,
        score.FrameworkId,
        evaluation,
        framework.Leaves().Select(leaf =>
        {
            evaluation.Inputs.TryGetValue(leaf.Code, out var input);
            var i = score.Find(leaf.Code);
            return new OwnLeaf(leaf.Code, leaf.Name, i is null || i.NotApplicable ? null : i.Score, input?.Reason ?? i?.Reason, input?.Measure ?? i?.Measure);
        }).ToList())
    {
        GoalScores = evaluation.Goals.Select((g, i) => Reports.ScoreRows.GoalScore(score, i, g)).ToList(),
    };

    /// <summary>The evaluation as compact JSON (also used by tests to compare evaluations field by field).</summary>
    public static string EvaluationJson(Evaluation evaluation) => EvaluationSerializer.ToJsonLine(evaluation);

    internal void AddTo(OpenXmlPartContainer container)
    {
        CustomXmlPart part = container switch
        {
            MainDocumentPart main => main.AddCustomXmlPart(CustomXmlPartType.CustomXml, "rIdJixiaoData"),
            WorkbookPart workbook => workbook.AddCustomXmlPart(CustomXmlPartType.CustomXml, "rIdJixiaoData"),
            _ => throw new ArgumentException("Unsupported container.", nameof(container)),
        };
        var xml = new XElement(
            XName.Get("jixiao", Namespace),
            new XAttribute("document", Document),
            new XAttribute("framework", FrameworkId),
            new XElement(XName.Get("evaluation", Namespace), EvaluationSerializer.ToJsonLine(Evaluation)),
            new XElement(XName.Get("leaves", Namespace), JsonSerializer.Serialize(Leaves, Json)),
            new XElement(XName.Get("goalScores", Namespace), JsonSerializer.Serialize(GoalScores, Json)));
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteTo(writer);
    }

    /// <summary>Finds our part; null when the package has none (not a Jixiao file).</summary>
    internal static OwnData? Find(IEnumerable<CustomXmlPart> parts)
    {
        foreach (var part in parts)
        {
            XElement root;
            try
            {
                using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
                root = XElement.Load(stream);
            }
            catch (XmlException)
            {
                continue;
            }

            if (root.Name != XName.Get("jixiao", Namespace))
            {
                continue;
            }

            // The evaluation file schema (docs/evaluation-format.md), one JSON line.
            var parsed = EvaluationSerializer.ParseJson(root.Element(XName.Get("evaluation", Namespace))?.Value ?? "null", "Jixiao 数据部件");
            var evaluation = parsed.IsSuccess ? parsed.Value : throw new JsonException(string.Join("；", parsed.Errors));
            var leaves = JsonSerializer.Deserialize<List<OwnLeaf>>(root.Element(XName.Get("leaves", Namespace))?.Value ?? "[]", Json) ?? [];
            return new OwnData(
                (string?)root.Attribute("document") ?? string.Empty,
                (string?)root.Attribute("framework") ?? evaluation.FrameworkId,
                evaluation,
                leaves)
            {
                GoalScores = JsonSerializer.Deserialize<List<decimal?>>(root.Element(XName.Get("goalScores", Namespace))?.Value ?? "[]", Json) ?? [],
            };
        }

        return null;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

/// <summary>A leaf as the document showed it: code, name, score (null: 不适用), reason and measure.</summary>
public sealed record OwnLeaf(string Code, string Name, decimal? Score, string? Reason, string? Measure);
