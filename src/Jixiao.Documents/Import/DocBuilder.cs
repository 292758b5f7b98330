using Jixiao.Domain;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Documents.Import;

/// <summary>A physical line of the extracted text: its 1-based number, the raw text and the normalised text.</summary>
internal sealed record TextLine(int Number, string Raw, string Text);

/// <summary>Mutable accumulator of one document's extracted fields and their sources.</summary>
internal sealed class DocBuilder
{
    private readonly Dictionary<string, SourceRef> sources = new(StringComparer.Ordinal);
    private readonly List<string> approximate = [];
    private readonly List<MissingField> inferred = [];
    private readonly List<MissingField> missing = [];
    private readonly Dictionary<string, (decimal Value, SourceRef Source)> statedOnce = new(StringComparer.Ordinal);
    private readonly List<StatedVariant> variants = [];

    public string? Unit { get; set; }

    public string? UnitCode { get; set; }

    public string? Department { get; set; }

    public int? Year { get; set; }

    public int? UnitCount { get; set; }

    public string? ProjectName { get; set; }

    public string? ProjectCode { get; set; }

    public string FrameworkId { get; set; } = string.Empty;

    public string? OverallGoal { get; set; }

    public string? GoalCompletion { get; set; }

    public decimal? Initial { get; set; }

    public decimal? Adjusted { get; set; }

    public decimal? Executed { get; set; }

    public decimal? StatedRate { get; set; }

    public decimal? CarryOver { get; set; }

    public BudgetLine Basic { get; set; } = new();

    public BudgetLine Project { get; set; } = new();

    public BudgetLine Personnel { get; set; } = new();

    public BudgetLine PublicExpense { get; set; } = new();

    public BudgetLine ThreePublic { get; set; } = new();

    public BudgetLine Procurement { get; set; } = new();

    public List<NamedAmount> ByFunction { get; } = [];

    public List<NamedAmount> Income { get; } = [];

    public List<FundSourceLine> BySource { get; } = [];

    public List<GoalIndicator> Goals { get; } = [];

    public Dictionary<string, LeafInput> Inputs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Narrative { get; } = new(StringComparer.Ordinal);

    public decimal? TotalScore { get; set; }

    public decimal? TotalIncome { get; set; }

    public string? Grade { get; set; }

    public decimal? TotalWeight { get; set; }

    public decimal? ExecutionScore { get; set; }

    public decimal? ExecutionWeight { get; set; }

    public string? ExecutionReason { get; set; }

    public List<NamedAmount> Level1Weights { get; } = [];

    public List<StatedRate> Rates { get; } = [];

    public List<StatedScoreRow> ScoreRows { get; } = [];

    public bool Truncated { get; set; }

    public string? TruncatedNote { get; set; }

    public bool HasSource(string path) => sources.ContainsKey(path);

    public void Source(string path, TextLine line) => sources[path] = new SourceRef(line.Number, line.Raw.Trim());

    public void Source(string path, SourceRef source) => sources[path] = source;

    public void Approx(string path) => approximate.Add(path);

    public void Infer(string path, string note) => inferred.Add(new MissingField(path, note));

    public void Miss(string path, string note) => missing.Add(new MissingField(path, note));

    /// <summary>Records a stated figure; a second statement with another value becomes a variant for the checks.</summary>
    public bool FirstStatement(string field, decimal value, SourceRef source)
    {
        if (statedOnce.TryGetValue(field, out var first))
        {
            if (first.Value != value)
            {
                variants.Add(new StatedVariant(field, first.Value, first.Source.ToString(), value, source.ToString()));
            }

            return false;
        }

        statedOnce[field] = (value, source);
        return true;
    }

    public ImportedDocument Build(DocumentKind kind, int firstLine, int lastLine, IEnumerable<(string Path, string Note, bool Present)> expected)
    {
        foreach (var (path, note, present) in expected)
        {
            if (!present && !missing.Any(m => string.Equals(m.Path, path, StringComparison.Ordinal)))
            {
                missing.Add(new MissingField(path, note));
            }
        }

        if (Truncated)
        {
            missing.Add(new MissingField("document", TruncatedNote ?? "文本在中途截断，其后的内容缺失"));
        }

        var evaluation = new Evaluation
        {
            Unit = Unit ?? string.Empty,
            UnitCode = UnitCode,
            Department = Department,
            Year = Year ?? 0,
            Kind = kind is DocumentKind.ProjectTable ? EvaluationKind.Project : EvaluationKind.Department,
            FrameworkId = FrameworkId,
            ProjectName = ProjectName,
            ProjectCode = ProjectCode,
            UnitCount = UnitCount,
            OverallGoal = OverallGoal,
            GoalCompletion = GoalCompletion,
            Budget = new BudgetFigures
            {
                Initial = Initial,
                Adjusted = Adjusted,
                Executed = Executed,
                Basic = Basic,
                Project = Project,
                Personnel = Personnel,
                PublicExpense = PublicExpense,
                ThreePublic = ThreePublic,
                Procurement = Procurement,
                CarryOver = CarryOver,
                ByFunction = [.. ByFunction],
                IncomeBySource = [.. Income],
                BySource = [.. BySource],
                StatedRatePercent = StatedRate,
            },
            Goals = [.. Goals],
            Inputs = new Dictionary<string, LeafInput>(Inputs, StringComparer.Ordinal),
            Narrative = new Narrative
            {
                Overview = Narr("overview"),
                Tasks = Narr("tasks"),
                Finances = Narr("finances"),
                Management = Narr("management"),
                GoalAnalysis = Narr("goalAnalysis"),
                ProjectAnalysis = Narr("projectAnalysis"),
                Achievements = Narr("achievements"),
                Problems = Narr("problems"),
                Measures = Narr("measures"),
                Other = Narr("other"),
            },
        };

        return new ImportedDocument
        {
            Kind = kind,
            Evaluation = evaluation,
            Stated = new StatedFigures
            {
                TotalScore = TotalScore,
                TotalIncome = TotalIncome,
                Grade = Grade,
                TotalWeight = TotalWeight,
                ExecutionScore = ExecutionScore,
                ExecutionWeight = ExecutionWeight,
                ExecutionReason = ExecutionReason,
                Level1Weights = [.. Level1Weights],
                Rates = [.. Rates],
                ScoreRows = [.. ScoreRows],
                Variants = [.. variants],
            },
            Sources = new Dictionary<string, SourceRef>(sources, StringComparer.Ordinal),
            Missing = [.. missing],
            Approximate = [.. approximate],
            Inferred = [.. inferred],
            Truncated = Truncated,
            FirstLine = firstLine,
            LastLine = lastLine,
        };
    }

    private string? Narr(string key) => Narrative.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;
}
