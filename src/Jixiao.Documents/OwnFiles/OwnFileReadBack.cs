using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Documents.OwnFiles;

/// <summary>
/// One of our documents (DOCX, PDF; XLSX through <see cref="OwnTableReader"/>) read back: the evaluation, the figures the visible document states (for the
/// checks), which source was used (the hidden data part, the visible content, a PDF's text layer) and,
/// when both a data part and visible content exist, where they differ.
/// </summary>
public sealed record OwnFileReadBack
{
    public required Evaluation Evaluation { get; init; }

    /// <summary>Total, grade and score rows as the visible document shows them (empty when read from the data part alone).</summary>
    public StatedFigures Stated { get; init; } = new();

    /// <summary>Field path → where the visible document shows it.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    /// <summary>In Chinese: which source the evaluation was read from, e.g. “可见内容（数据部件缺失……）”.</summary>
    public required string Source { get; init; }

    /// <summary>Where the visible content and the data part disagree (the document was edited or the data part is stale).</summary>
    public IReadOnlyList<VisibleDifference> Differences { get; init; } = [];

    /// <summary>What could not be read from the visible content, in Chinese.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Title of the document as shown (document properties), e.g. “…2022年度部门整体支出绩效自评表”.</summary>
    public string? Title { get; init; }

    internal VisibleContent? Visible { get; init; }
}

/// <summary>One disagreement between the data part and the visible document.</summary>
public sealed record VisibleDifference(string Field, string Label, string Hidden, string Visible, string Where)
{
    /// <summary>The whole message when the reader phrased it itself (XLSX cells and stale formulas).</summary>
    public string? Message { get; init; }
}
