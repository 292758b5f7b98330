namespace Jixiao.Documents.Reports;

/// <summary>
/// The 自评报告 as a format-neutral list of blocks. Composed once by <see cref="ReportBuilder"/>
/// and rendered by the DOCX, Markdown and HTML writers, so every format says the same thing.
/// </summary>
public sealed record ReportDocument(
    string Title,
    IReadOnlyList<ReportBlock> Blocks,
    IReadOnlyList<string> Warnings)
{
    /// <summary>What a final document would still need (each a field path and its Chinese name); empty in a complete report.</summary>
    public IReadOnlyList<MissingItem> Missing { get; init; } = [];

    /// <summary>Draft: shown with a 草稿 watermark, markers in red. False once built with <see cref="ReportOptions.Final"/>.</summary>
    public bool IsDraft { get; init; } = true;

    /// <summary>How many 【待填写】 markers the document holds (paragraphs and table cells).</summary>
    public int MarkerCount => Blocks.Sum(b => b switch
    {
        ParagraphBlock p => Markers.Count(p.Text),
        TableBlock t => t.Rows.Sum(r => r.Sum(c => Markers.Count(c))),
        _ => 0,
    });
}

/// <summary>Something the final document needs: the field path (<c>narrative.problems</c>, <c>framework:2.5.2</c>) and what it is.</summary>
public sealed record MissingItem(string Path, string What);

/// <summary>The visible markers of a draft.</summary>
public static class Markers
{
    /// <summary>Marks missing content; a final document holds none.</summary>
    public const string Pending = "【待填写】";

    public static int Count(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var n = 0;
        for (var i = text.IndexOf(Pending, StringComparison.Ordinal); i >= 0; i = text.IndexOf(Pending, i + Pending.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}

/// <summary>One block of the report.</summary>
public abstract record ReportBlock;

/// <summary>A cover page (unit, codes, 评价方式, date, issuer), printed on a page of its own.</summary>
public sealed record CoverBlock(string Title, IReadOnlyList<(string Label, string Value)> Fields, string? Issuer) : ReportBlock;

/// <summary>落款: the signing unit and the date, right-aligned; <paramref name="DateNote"/> says the date was assumed (drafts only).</summary>
public sealed record SignatureBlock(string Unit, string Date, string? DateNote) : ReportBlock;

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

    /// <summary>A line printed right after the table and kept on its page with the last rows (e.g. the grade line).</summary>
    public string? Footer { get; init; }
}

/// <summary>What the report builder should do.</summary>
public sealed record ReportOptions
{
    /// <summary>Final mode: refuse (with the list of what is missing) instead of drafting 【待填写】 markers.</summary>
    public bool Final { get; init; }

    /// <summary>Put 自评结论 first; null takes <see cref="Jixiao.Domain.Frameworks.FrameworkSettings.ReportScoreFirst"/>.</summary>
    public bool? ScoreFirst { get; init; }

    /// <summary>Append the full score table (附表) when the template has one.</summary>
    public bool IncludeScoreTable { get; init; } = true;

    /// <summary>The clock for the 落款 date when the evaluation gives none.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>A template to use instead of the framework's (<c>settings.reportTemplate</c>).</summary>
    public ReportTemplate? Template { get; init; }
}
