namespace Jixiao.Data.Entities;

/// <summary>复核抽样: one draw of a bureau for a fiscal year, with its criteria and seed (so it can be redrawn and checked).</summary>
public sealed class RecheckSample
{
    public int Id { get; set; }

    public int BureauId { get; set; }

    public int Year { get; set; }

    public long Seed { get; set; }

    /// <summary>抽样比例 (%).</summary>
    public decimal RatioPercent { get; set; }

    /// <summary>Amount band limits (万元), invariant, separated by ';'.</summary>
    public required string AmountBands { get; set; }

    /// <summary>Flag when the self total exceeds the re-check total by more than this (分).</summary>
    public decimal FlagPoints { get; set; }

    /// <summary>The criteria in words (strata and counts), as drawn.</summary>
    public required string Criteria { get; set; }

    public int Candidates { get; set; }

    public required string DrawnBy { get; set; }

    public DateTimeOffset DrawnAt { get; set; }
}

/// <summary>An evaluation drawn into a sample, with its stratum.</summary>
public sealed class RecheckSampleItem
{
    public int Id { get; set; }

    public int BureauId { get; set; }

    public int Year { get; set; }

    public int SampleId { get; set; }

    public int EvaluationId { get; set; }

    public required string Stratum { get; set; }
}

/// <summary>复核 of one indicator row of a drawn evaluation: 复核完成值, 复核得分, the reason code and a note.</summary>
public sealed class RecheckRow
{
    public int Id { get; set; }

    public int BureauId { get; set; }

    public int Year { get; set; }

    public int SampleId { get; set; }

    public int EvaluationId { get; set; }

    public required string IndicatorCode { get; set; }

    public decimal? RecheckActual { get; set; }

    public decimal RecheckScore { get; set; }

    public string? ReasonCode { get; set; }

    public string? Note { get; set; }

    public required string By { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>复核理由库 entry of a bureau (editable; defaults from recheck/default.yaml).</summary>
public sealed class RecheckReasonRecord
{
    public int Id { get; set; }

    public int BureauId { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public decimal? DeductPercent { get; set; }
}
