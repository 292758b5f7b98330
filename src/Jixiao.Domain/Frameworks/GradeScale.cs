namespace Jixiao.Domain.Frameworks;

/// <summary>One 评价等级 band with explicit inclusive or exclusive ends.</summary>
public sealed record GradeBand(string Name, decimal Min, bool MinInclusive, decimal Max, bool MaxInclusive)
{
    public bool Contains(decimal score) =>
        (MinInclusive ? score >= Min : score > Min) && (MaxInclusive ? score <= Max : score < Max);

    /// <summary>e.g. 90分≤得分≤100分.</summary>
    public string Describe()
    {
        var lower = Money.FormatShort(Min) + "分" + (MinInclusive ? "≤" : "＜");
        var upper = (MaxInclusive ? "≤" : "＜") + Money.FormatShort(Max) + "分";
        return Min <= 0m && MinInclusive ? "得分" + upper : lower + "得分" + upper;
    }
}

/// <summary>评价等级 bands of a framework, highest first.</summary>
public sealed record GradeScale(IReadOnlyList<GradeBand> Bands)
{
    /// <summary>优 90 ≤ s ≤ 100; 良 80 ≤ s &lt; 90; 中 60 ≤ s &lt; 80; 差 s &lt; 60.</summary>
    public static GradeScale Default { get; } = new([
        new GradeBand("优", 90m, true, 100m, true),
        new GradeBand("良", 80m, true, 90m, false),
        new GradeBand("中", 60m, true, 80m, false),
        new GradeBand("差", 0m, true, 60m, false),
    ]);

    /// <summary>The band holding the score (rounded to 2 decimals first); null when no band does.</summary>
    public GradeBand? For(decimal score)
    {
        var s = Money.Round(score);
        for (var i = 0; i < Bands.Count; i++)
        {
            if (Bands[i].Contains(s))
            {
                return Bands[i];
            }
        }

        return null;
    }
}
