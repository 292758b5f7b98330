using System.Globalization;
using System.Text;
using Jixiao.Domain;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Jixiao.Documents.Import;

/// <summary>
/// Measures the importer against hand-written expected facts (<c>NAME.expected.yaml</c> beside each
/// <c>NAME.txt</c>, format in testdata/corpus/EXPECTED-FORMAT.md): per field how many stated facts
/// were read correctly, read wrongly, missed, and how many values were given that the text does not
/// state (invented). Documents are matched in file order.
/// </summary>
public static class CorpusMeasure
{
    /// <summary>The headline fields, in the order of the report table.</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["kind", "unit", "year", "totalScore", "grade", "budget", "initialBudget", "executed", "rate", "sections"];

    /// <summary>Measures every <c>*.txt</c> with an expected-facts file in <paramref name="directory"/>.</summary>
    public static CorpusMeasurement MeasureDirectory(string directory, ImportOptions? options = null)
    {
        var files = Directory.GetFiles(directory, "*.expected.yaml").Order(StringComparer.Ordinal).ToList();
        var outcomes = new List<FieldOutcome>();
        var problems = new List<string>();
        foreach (var expectedFile in files)
        {
            var textFile = expectedFile[..^".expected.yaml".Length] + ".txt";
            var name = Path.GetFileName(textFile);
            if (!File.Exists(textFile))
            {
                problems.Add($"{Path.GetFileName(expectedFile)}：没有对应的文本文件 {name}");
                continue;
            }

            ExpectedFile expected;
            try
            {
                expected = Parse(File.ReadAllText(expectedFile));
            }
            catch (YamlDotNet.Core.YamlException ex)
            {
                problems.Add($"{Path.GetFileName(expectedFile)} 第 {ex.Start.Line} 行：{ex.Message}");
                continue;
            }

            var result = PublishedImporter.ImportFile(textFile, options);
            // A bug in a reading rule (an exception) refuses the whole file: a problem of the measure, never a missed fact.
            problems.AddRange(result.Warnings.Where(w => w.Contains(PublishedImporter.InternalError, StringComparison.Ordinal)));
            outcomes.AddRange(Compare(name, expected.Documents ?? [], [.. result.Documents.Select(d => (d, true)).Concat(result.Undecided.Select(d => (d, false))).OrderBy(x => x.d.FirstLine)]));
        }

        return new CorpusMeasurement(files.Count, outcomes, problems);
    }

    internal static ExpectedFile Parse(string yaml) =>
        new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
            .Deserialize<ExpectedFile?>(yaml) ?? new ExpectedFile();

    /// <summary>Compares the expected documents of one file with what the importer found, in order.</summary>
    public static IEnumerable<FieldOutcome> Compare(string file, IReadOnlyList<ExpectedDocument> expected, IReadOnlyList<ImportedDocument> actual) =>
        Compare(file, expected, [.. actual.Select(d => (d, true))]);

    /// <summary>As above, with the parts of undecided kind (Decided false: read for unit and year, their kind counts as not read).</summary>
    public static IEnumerable<FieldOutcome> Compare(string file, IReadOnlyList<ExpectedDocument> expected, IReadOnlyList<(ImportedDocument Document, bool Decided)> actual)
    {
        var count = Math.Max(expected.Count, actual.Count);
        for (var i = 0; i < count; i++)
        {
            var e = i < expected.Count ? expected[i] : null;
            var a = i < actual.Count ? actual[i].Document : null;
            var where = count > 1 ? $"{file}#{i + 1}" : file;
            foreach (var outcome in CompareDocument(where, e, a, i < actual.Count && actual[i].Decided))
            {
                yield return outcome;
            }
        }
    }

    private static IEnumerable<FieldOutcome> CompareDocument(string where, ExpectedDocument? e, ImportedDocument? a, bool decided)
    {
        var budget = a?.Evaluation.Budget;
        var actualBudget = budget?.Adjusted ?? budget?.Initial;

        // 年初预算 counts as its own fact only when the text states it beside another budget figure.
        decimal? actualInitial = budget?.Initial is { } initial && (budget.Adjusted is not null || e?.InitialBudget is not null) ? initial : null;
        if (e?.InitialBudget is null && budget?.Adjusted is not null && budget.Initial == budget.Adjusted)
        {
            actualInitial = null;
        }

        yield return Text(where, "kind", e?.Kind, a is null || !decided ? null : KindName(a.Kind));
        yield return Text(where, "unit", NormalizeUnit(e?.Unit), NormalizeUnit(a is null || a.Evaluation.Unit.Length == 0 ? null : a.Evaluation.Unit));
        yield return Number(where, "year", e?.Year, a is null || a.Evaluation.Year == 0 ? null : a.Evaluation.Year);
        yield return Number(where, "totalScore", e?.TotalScore, a?.Stated.TotalScore);
        yield return Text(where, "grade", NormalizeGrade(e?.Grade), NormalizeGrade(a?.Stated.Grade));
        yield return Number(where, "budget", e?.Budget, actualBudget);
        yield return Number(where, "initialBudget", e?.InitialBudget, actualInitial);
        yield return Number(where, "executed", e?.Executed, budget?.Executed);
        yield return Number(where, "rate", e?.Rate, budget?.StatedRatePercent);

        var expectedSections = (e?.Sections ?? []).ToHashSet(StringComparer.Ordinal);
        var actualSections = a is null ? [] : SectionsOf(a).ToHashSet(StringComparer.Ordinal);
        foreach (var s in expectedSections.Union(actualSections).Order(StringComparer.Ordinal))
        {
            var (inE, inA) = (expectedSections.Contains(s), actualSections.Contains(s));
            yield return new FieldOutcome(where, "sections", inE ? s : null, inA ? s : null, inE && inA ? Verdict.Correct : inE ? Verdict.Missed : Verdict.Invented);
        }
    }

    private static IEnumerable<string> SectionsOf(ImportedDocument d)
    {
        var n = d.Evaluation.Narrative;
        (string Name, string? Text)[] all =
        [
            ("overview", n.Overview), ("tasks", n.Tasks), ("finances", n.Finances), ("management", n.Management),
            ("goalAnalysis", n.GoalAnalysis), ("projectAnalysis", n.ProjectAnalysis), ("achievements", n.Achievements),
            ("problems", n.Problems), ("measures", n.Measures),
        ];
        return all.Where(x => !string.IsNullOrWhiteSpace(x.Text)).Select(x => x.Name);
    }

    private static FieldOutcome Text(string where, string field, string? expected, string? actual) =>
        new(where, field, expected, actual, Judge(expected, actual, string.Equals(expected, actual, StringComparison.Ordinal)));

    private static FieldOutcome Number(string where, string field, decimal? expected, decimal? actual) =>
        new(where, field, Format(expected), Format(actual), Judge(expected, actual, expected == actual));

    private static Verdict Judge(object? expected, object? actual, bool equal) => (expected, actual) switch
    {
        (null, null) => Verdict.NotStated,
        (null, _) => Verdict.Invented,
        (_, null) => Verdict.Missed,
        _ => equal ? Verdict.Correct : Verdict.Wrong,
    };

    private static string? Format(decimal? d) => d?.ToString(CultureInfo.InvariantCulture);

    private static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.DepartmentReport => "部门整体自评报告",
        DocumentKind.DepartmentScoreTable => "部门整体自评表",
        DocumentKind.ProjectTable => "项目自评表",
        DocumentKind.ProjectReport => "项目自评报告",
        DocumentKind.TransferPaymentReport => "转移支付自评报告",
        DocumentKind.TransferPaymentTable => "转移支付自评表",
        _ => "其他",
    };

    private static string? NormalizeUnit(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return null;
        }

        var sb = new StringBuilder(unit.Length);
        foreach (var c in TextNormalizer.NormalizeLine(unit))
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c switch { '（' => '(', '）' => ')', _ => c });
            }
        }

        // 某某局(本级): the scope of the accounts meant, not another unit (EXPECTED-FORMAT.md).
        var name = sb.ToString();
        return name.EndsWith(ScopeQualifier, StringComparison.Ordinal) && name.Length > ScopeQualifier.Length ? name[..^ScopeQualifier.Length] : name;
    }

    private const string ScopeQualifier = "(本级)";

    /// <summary>A grade word as the reading vocabulary maps it (优秀 → 优, 合格 → 中 …; reading/fields.yaml, grades).</summary>
    private static string? NormalizeGrade(string? grade)
    {
        var word = grade?.Trim();
        return string.IsNullOrEmpty(word) ? null
            : Reading.VocabularyCatalog.BuiltIn.Grades.FirstOrDefault(g => g.Word == word)?.Grade ?? word;
    }
}

/// <summary>How one expected or given value came out.</summary>
public enum Verdict
{
    /// <summary>Neither stated nor given.</summary>
    NotStated,

    Correct,

    /// <summary>Stated, and a different value given.</summary>
    Wrong,

    /// <summary>Stated, nothing given.</summary>
    Missed,

    /// <summary>Not stated, a value given.</summary>
    Invented,
}

/// <summary>One field of one document: expected and given value and the verdict.</summary>
public sealed record FieldOutcome(string Document, string Field, string? Expected, string? Actual, Verdict Verdict);

/// <summary>Per-field counts with precision (correct ÷ given) and recall (correct ÷ stated).</summary>
public sealed record FieldScore(string Field, int Stated, int Correct, int Wrong, int Missed, int Invented)
{
    public int Given => Correct + Wrong + Invented;

    public decimal? Precision => Given == 0 ? null : (decimal)Correct / Given;

    public decimal? Recall => Stated == 0 ? null : (decimal)Correct / Stated;
}

/// <summary>The outcome of a corpus measurement.</summary>
public sealed record CorpusMeasurement(int Files, IReadOnlyList<FieldOutcome> Outcomes, IReadOnlyList<string> Problems)
{
    public IReadOnlyList<FieldScore> Scores =>
        [.. CorpusMeasure.Fields.Select(f => Score(f, Outcomes.Where(o => o.Field == f))),
            Score("合计", Outcomes)];

    public IEnumerable<FieldOutcome> Failures => Outcomes.Where(o => o.Verdict is Verdict.Wrong or Verdict.Missed or Verdict.Invented);

    private static FieldScore Score(string field, IEnumerable<FieldOutcome> outcomes)
    {
        var list = outcomes.ToList();
        int Count(Verdict v) => list.Count(o => o.Verdict == v);
        var stated = list.Count(o => o.Expected is not null);
        return new FieldScore(field, stated, Count(Verdict.Correct), Count(Verdict.Wrong), Count(Verdict.Missed), Count(Verdict.Invented));
    }

    /// <summary>The per-field table (Markdown), then every wrong, missed and invented value.</summary>
    public string ToTable(bool withFailures = true)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"文件 {Files} 个");
        sb.AppendLine("| 字段 | 文本载明 | 正确 | 错误 | 漏读 | 编造 | 精确率 | 召回率 |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in Scores)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {s.Field} | {s.Stated} | {s.Correct} | {s.Wrong} | {s.Missed} | {s.Invented} | {Percent(s.Precision)} | {Percent(s.Recall)} |");
        }

        if (withFailures)
        {
            foreach (var f in Failures)
            {
                var verdict = f.Verdict switch { Verdict.Wrong => "错误", Verdict.Missed => "漏读", _ => "编造" };
                sb.AppendLine(CultureInfo.InvariantCulture, $"{verdict} {f.Document} {f.Field}：应为 {f.Expected ?? "（未载明）"}，读得 {f.Actual ?? "（无）"}");
            }
        }

        foreach (var p in Problems)
        {
            sb.AppendLine(p);
        }

        return sb.ToString();
    }

    private static string Percent(decimal? d) => d is { } v ? (v * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";
}

/// <summary>An expected-facts file (testdata/corpus/EXPECTED-FORMAT.md).</summary>
public sealed class ExpectedFile
{
    public string? File { get; set; }

    public string? Province { get; set; }

    public string? Source { get; set; }

    public List<ExpectedDocument>? Documents { get; set; }
}

/// <summary>The facts a reader found in one document.</summary>
public sealed class ExpectedDocument
{
    public string? Kind { get; set; }

    public string? Unit { get; set; }

    public int? Year { get; set; }

    public decimal? TotalScore { get; set; }

    public string? Grade { get; set; }

    public decimal? Budget { get; set; }

    public decimal? InitialBudget { get; set; }

    public decimal? Executed { get; set; }

    public decimal? Rate { get; set; }

    public List<string>? Sections { get; set; }

    public Dictionary<string, string>? Approximate { get; set; }

    public string? Notes { get; set; }
}
