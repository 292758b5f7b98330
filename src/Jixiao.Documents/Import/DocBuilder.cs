using Jixiao.Domain;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Documents.Import;

/// <summary>A physical line of the extracted text: its 1-based number, the raw text and the normalised text.</summary>
internal sealed record TextLine(int Number, string Raw, string Text)
{
    /// <summary>Page chrome or boilerplate (索引号, 发布日期, 由会员分享 …): not read as narrative, table or title.</summary>
    public bool Chrome { get; init; }

    /// <summary>
    /// Where this line starts in its file's line: 0, or the column of a piece of a line whose breaks were lost (read as
    /// lines of their own under the file's line number; see LineBreaks).
    /// </summary>
    public int Offset { get; init; }

    /// <summary>The normalised text of the file's whole line: this line's, or the line a piece was cut from.</summary>
    public string FileLine => Whole ?? Text;

    private string? Whole { get; init; }

    /// <summary>A piece of a file's line: its text, where it starts in the normalised line, and that line.</summary>
    public static TextLine Piece(int number, string raw, string normalised, int offset, int length) =>
        new(number, raw, normalised.Substring(offset, length)) { Offset = offset, Whole = normalised };

    /// <summary>A source reference to a span of the normalised text; its column counts in the file's whole line.</summary>
    public SourceRef Span(int column, int length)
    {
        column = Math.Clamp(column, 0, Text.Length);
        length = Math.Clamp(length, 0, Text.Length - column);
        return new SourceRef(Number, Raw.Trim()) { Column = Offset + column, Length = length, Span = Text.Substring(column, length) };
    }
}

/// <summary>Mutable accumulator of one document's extracted fields and their sources.</summary>
internal sealed class DocBuilder
{
    private readonly Dictionary<string, SourceRef> sources = new(StringComparer.Ordinal);
    private readonly List<string> approximate = [];
    private readonly List<MissingField> inferred = [];
    private readonly List<MissingField> missing = [];
    private readonly Dictionary<string, (decimal Value, SourceRef Source)> statedOnce = new(StringComparer.Ordinal);
    private readonly List<StatedVariant> variants = [];
    private readonly Dictionary<string, int> priorities = new(StringComparer.Ordinal);

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

    /// <summary>Why the document has its kind.</summary>
    public string? KindReason { get; set; }

    /// <summary>Values read through the reading vocabulary (with spans), approximate ones included.</summary>
    public List<ReadValue> Values { get; } = [];

    /// <summary>True when <paramref name="path"/> has no value yet, or one of lower priority.</summary>
    public bool CanSet(string path, int priority) => !priorities.TryGetValue(path, out var p) || p < priority;

    /// <summary>The priority of the value read for a field so far, or null.</summary>
    public int? PriorityOf(string path) => priorities.TryGetValue(path, out var p) ? p : null;

    /// <summary>Sets a numeric field read by the vocabulary when it has no value of the same or higher priority; false when refused.</summary>
    public bool SetNumber(string path, decimal value, ReadValue read, int priority)
    {
        if (!CanSet(path, priority))
        {
            return false;
        }

        switch (path)
        {
            case "budget.initial":
                Initial = value;
                break;
            case "budget.adjusted":
                Adjusted = value;
                break;
            case "budget.executed":
                Executed = value;
                break;
            case "budget.statedRatePercent":
                StatedRate = value;
                break;
            case "stated.totalIncome":
                TotalIncome = value;
                break;
            case "stated.totalScore":
                TotalScore = value;
                break;
            case "stated.totalWeight":
                TotalWeight = value;
                break;
            case "stated.executionScore":
                ExecutionScore = value;
                break;
            case "stated.executionWeight":
                ExecutionWeight = value;
                break;
            default:
                if (!SetLine(path, value))
                {
                    return false;
                }

                break;
        }

        priorities[path] = priority;
        Values.RemoveAll(v => v.Path == path && !v.Approximate);
        Values.Add(read);
        Source(path, read.Source);
        return true;
    }

    private bool SetLine(string path, decimal value)
    {
        var dot = path.LastIndexOf('.');
        if (dot < 0)
        {
            return false;
        }

        var line = path[..dot];
        var budget = path[(dot + 1)..] == "budget";
        if (!budget && path[(dot + 1)..] != "executed")
        {
            return false;
        }

        BudgetLine Set(BudgetLine l) => budget ? l with { Budget = value } : l with { Executed = value };
        switch (line)
        {
            case "budget.basic":
                Basic = Set(Basic);
                return true;
            case "budget.project":
                Project = Set(Project);
                return true;
            case "budget.personnel":
                Personnel = Set(Personnel);
                return true;
            case "budget.publicExpense":
                PublicExpense = Set(PublicExpense);
                return true;
            case "budget.threePublic":
                ThreePublic = Set(ThreePublic);
                return true;
            case "budget.procurement":
                Procurement = Set(Procurement);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Sets a text field (unit, department, projectName, unitCode, stated.grade) read by the vocabulary.</summary>
    public bool SetText(string path, string value, ReadValue read, int priority)
    {
        if (!CanSet(path, priority))
        {
            return false;
        }

        switch (path)
        {
            case "unit":
                Unit = value;
                break;
            case "department":
                Department = value;
                break;
            case "projectName":
                ProjectName = value;
                break;
            case "unitCode":
                UnitCode = value;
                break;
            case "projectCode":
                ProjectCode = value;
                break;
            case "stated.grade":
                Grade = value;
                break;
            case "year":
                if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
                {
                    return false;
                }

                Year = year;
                break;
            default:
                return false;
        }

        priorities[path] = priority;
        Values.RemoveAll(v => v.Path == path && !v.Approximate);
        Values.Add(read);
        Source(path, read.Source);
        return true;
    }

    /// <summary>Records a figure stated only approximately: the field stays empty, the statement is kept and flagged.</summary>
    public void AddApproximate(ReadValue read)
    {
        if (Values.Any(v => v.Path == read.Path && v.Approximate))
        {
            return;
        }

        Values.Add(read);
        if (!approximate.Contains(read.Path, StringComparer.Ordinal))
        {
            approximate.Add(read.Path);
        }

        if (!HasSource(read.Path))
        {
            Source(read.Path, read.Source);
        }
    }

    /// <summary>True when the field has a value or an approximate statement.</summary>
    public bool Stated(string path) => priorities.ContainsKey(path) || Values.Any(v => v.Path == path);

    public bool HasSource(string path) => sources.ContainsKey(path);

    public void Source(string path, TextLine line) => sources[path] = new SourceRef(line.Number, line.Raw.Trim());

    public void Source(string path, SourceRef source) => sources[path] = source;

    public void Approx(string path) => approximate.Add(path);

    public void Infer(string path, string note) => inferred.Add(new MissingField(path, note));

    public void Miss(string path, string note) => missing.Add(new MissingField(path, note));

    /// <summary>
    /// Takes back the headline budget figures read (年初预算, 全年预算, 执行数, 执行率), saying why: the amounts of a
    /// document that is no self-evaluation (a final account, a notice, a monitoring report) are not its budget and spending.
    /// </summary>
    public void WithdrawBudget(string why)
    {
        Withdraw(why, "budget.initial", "budget.adjusted", "budget.executed", "budget.statedRatePercent");
        (Initial, Adjusted, Executed, StatedRate) = (null, null, null, null);
    }

    /// <summary>Takes back the budget (全年预算) read, saying why (it is one part of the money: one level's allocation).</summary>
    public void WithdrawAdjusted(string why)
    {
        Withdraw(why, "budget.adjusted");
        Adjusted = null;
    }

    /// <summary>Takes back the stated execution rate read, saying why (the sentence states other rates of other parts).</summary>
    public void WithdrawRate(string why)
    {
        Withdraw(why, "budget.statedRatePercent");
        StatedRate = null;
    }

    /// <summary>
    /// Takes back the stated total score and grade, saying why: the scores and grades a document that is no self-evaluation
    /// reports (a notice of evaluation results, a third party's report) are not its own self-evaluation's.
    /// </summary>
    public void WithdrawScore(string why)
    {
        Withdraw(why, "stated.totalScore", "stated.grade");
        (TotalScore, Grade) = (null, null);
    }

    /// <summary>Forgets the total score read (not the grade) and notes why.</summary>
    public void WithdrawTotalScore(string why)
    {
        Withdraw(why, "stated.totalScore");
        TotalScore = null;
    }

    /// <summary>Takes back the unit read, saying why (the text withholds the unit's region: XX市红十字会).</summary>
    public void WithdrawUnit(string why)
    {
        Withdraw(why, "unit");
        Unit = null;
    }

    /// <summary>Forgets the budget read so that a better-attested amount can take its place (no reason is recorded as missing).</summary>
    public void ForgetAdjusted()
    {
        sources.Remove("budget.adjusted");
        Values.RemoveAll(v => v.Path == "budget.adjusted");
        priorities.Remove("budget.adjusted");
        Adjusted = null;
    }

    /// <summary>Forgets the values read for <paramref name="paths"/>, blocks them from being read again and notes why.</summary>
    private void Withdraw(string why, params string[] paths)
    {
        foreach (var path in paths)
        {
            if (!sources.Remove(path))
            {
                continue;
            }

            Values.RemoveAll(v => v.Path == path);
            priorities[path] = int.MaxValue;
            Miss(path, why);
        }
    }

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
            KindReason = KindReason,
            Values = [.. Values],
            FirstLine = firstLine,
            LastLine = lastLine,
        };
    }

    private string? Narr(string key) => Narrative.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;
}
