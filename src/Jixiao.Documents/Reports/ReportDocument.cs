namespace Jixiao.Documents.Reports;

/// <summary>
/// The 自评报告 as a format-neutral list of blocks. Composed once by <see cref="ReportBuilder"/>
/// and rendered by the DOCX, Markdown and HTML writers, so every format says the same thing.
/// </summary>
public sealed record ReportDocument(
    string Title,
    IReadOnlyList<ReportBlock> Blocks,
    IReadOnlyList<string> Warnings);

/// <summary>One block of the report.</summary>
public abstract record ReportBlock;

/// <summary>A heading: level 1 is 一、…, level 2 is （一）….</summary>
public sealed record HeadingBlock(int Level, string Text) : ReportBlock;

/// <summary>
/// A paragraph. <paramref name="NarrativeField"/> names the <see cref="Jixiao.Domain.Evaluations.Narrative"/>
/// property it holds (so DOCX can wrap it in a tagged content control and read it back);
/// <paramref name="IsPlaceholder"/> marks a visible 【待填写】 marker.
/// </summary>
public sealed record ParagraphBlock(string Text, string? NarrativeField = null, bool IsPlaceholder = false) : ReportBlock;

/// <summary>
/// A table. A null cell continues the cell above it (vertical merge); <see cref="Widths"/> are
/// relative column widths.
/// </summary>
public sealed record TableBlock(
    string Caption,
    IReadOnlyList<string> Header,
    IReadOnlyList<IReadOnlyList<string?>> Rows,
    IReadOnlyList<int> Widths) : ReportBlock
{
    /// <summary>Index of rows (in <see cref="Rows"/>) printed bold, e.g. 合计 and 总分.</summary>
    public IReadOnlySet<int> BoldRows { get; init; } = new HashSet<int>();

    /// <summary>Columns holding numbers (right-aligned).</summary>
    public IReadOnlySet<int> NumericColumns { get; init; } = new HashSet<int>();
}

/// <summary>What the report builder should do.</summary>
public sealed record ReportOptions
{
    /// <summary>Final mode: refuse (with the list of what is missing) instead of drafting 【待填写】 markers.</summary>
    public bool Final { get; init; }

    /// <summary>Put 自评结论 first; null takes <see cref="Jixiao.Domain.Frameworks.FrameworkSettings.ReportScoreFirst"/>.</summary>
    public bool? ScoreFirst { get; init; }

    /// <summary>Append the full score table (附表).</summary>
    public bool IncludeScoreTable { get; init; } = true;
}
