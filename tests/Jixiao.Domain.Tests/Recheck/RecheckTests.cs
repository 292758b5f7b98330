using Jixiao.Domain.Recheck;

namespace Jixiao.Domain.Tests.Recheck;

public class RecheckTests
{
    private static List<SampleCandidate> Candidates() =>
        Enumerable.Range(1, 60).Select(i => new SampleCandidate(i, i * 70m, (i % 3) switch { 0 => "优", 1 => "良", _ => null }, i % 4 == 0)).ToList();

    [Fact]
    public void Draw_SameSeedTwiceAnyOrder_SameEvaluations()
    {
        var spec = new SampleSpec(25m, [500m, 2000m], 20261202);
        var first = RecheckSampler.Draw(Candidates(), spec);
        var shuffled = Candidates().OrderByDescending(c => c.EvaluationId).ToList();

        var second = RecheckSampler.Draw(shuffled, spec);
        var other = RecheckSampler.Draw(Candidates(), spec with { Seed = 7 });

        Assert.Equal(first, second);
        Assert.NotEqual(first.Select(d => d.EvaluationId), other.Select(d => d.EvaluationId));
        Assert.Equal(first.Count, other.Count);
    }

    [Fact]
    public void Draw_EveryStratum_GetsCeilingOfItsShare()
    {
        var candidates = Candidates();
        var spec = new SampleSpec(25m, [500m, 2000m], 1);

        var draws = RecheckSampler.Draw(candidates, spec);

        foreach (var stratum in candidates.GroupBy(c => RecheckSampler.Stratum(c, spec.AmountBands)))
        {
            Assert.Equal((int)Math.Ceiling(stratum.Count() * 0.25m), draws.Count(d => d.Stratum == stratum.Key));
        }

        Assert.Equal("<500|良|无发现", RecheckSampler.Stratum(new SampleCandidate(1, 70m, "良", false), spec.AmountBands));
        Assert.Equal("500–2000|无上年等级|有发现", RecheckSampler.Stratum(new SampleCandidate(2, 500m, null, true), spec.AmountBands));
        Assert.Equal("≥2000|优|无发现", RecheckSampler.Stratum(new SampleCandidate(3, 2000m, "优", false), spec.AmountBands));
    }

    /// <summary>A unit that self-scored every project 100: four projects re-checked at 72, 85, 95 and 100.</summary>
    [Fact]
    public void Differences_EveryProjectSelfScored100_FlagsThoseFarAboveRecheck()
    {
        var library = RecheckSettingsLoader.Default.Reasons.Select(r => r.Code).ToList();
        var projects = new (string Name, decimal Execution, decimal Output, decimal Outcome, decimal Satisfaction)[]
        {
            ("老旧小区改造", 10m, 30m, 22m, 10m),
            ("社区养老服务", 10m, 40m, 25m, 10m),
            ("农村饮水安全", 10m, 50m, 25m, 10m),
            ("校园安全改造", 10m, 50m, 30m, 10m),
        };

        var results = projects.Select((p, i) =>
        {
            RecheckLine[] lines =
            [
                new("1", "预算执行率", 10m, 10m, p.Execution, null),
                new("2", "产出指标", 50m, 50m, p.Output, p.Output < 50m ? "UNVERIFIABLE-NO-SOURCE" : null),
                new("3", "效益指标", 30m, 30m, p.Outcome, p.Outcome < 30m ? "UNVERIFIABLE-NO-FORMULA" : null),
                new("4", "满意度指标", 10m, 10m, p.Satisfaction, null),
            ];
            Assert.All(lines, l => Assert.Empty(RecheckDifferences.Validate(l, library, null)));
            return RecheckDifferences.ForUnit(i + 1, p.Name, lines, RecheckSettingsLoader.Default.FlagPoints);
        }).ToList();

        Assert.All(results, r => Assert.Equal(100m, r.SelfTotal));
        Assert.Equal([72m, 85m, 95m, 100m], results.Select(r => r.RecheckTotal).ToArray());
        Assert.Equal([28m, 15m, 5m, 0m], results.Select(r => r.Difference).ToArray());
        Assert.Equal([true, true, false, false], results.Select(r => r.Flagged).ToArray());
        Assert.Equal(10m, new RecheckLine("2", "产出指标", 50m, 50m, 40m, "X").Difference);
    }

    [Fact]
    public void Validate_DeductionWithoutReasonOrOutOfRange_IsRefused()
    {
        var library = RecheckSettingsLoader.Default.Reasons.Select(r => r.Code).ToList();

        Assert.Equal("rows.2.reasonCode", Assert.Single(RecheckDifferences.Validate(new RecheckLine("2", "产出", 50m, 50m, 40m, null), library, null)).Path);
        Assert.Equal("rows.2.recheckScore", Assert.Single(RecheckDifferences.Validate(new RecheckLine("2", "产出", 50m, 50m, 60m, null), library, null)).Path);
        Assert.Contains("不在理由库中", Assert.Single(RecheckDifferences.Validate(new RecheckLine("2", "产出", 50m, 50m, 40m, "MADE-UP"), library, null)).Message, StringComparison.Ordinal);
        Assert.Single(RecheckDifferences.Validate(new RecheckLine("2", "产出", 50m, 50m, 40m, "OTHER"), library, " "));
    }

    [Fact]
    public void DefaultSettings_PublishedRecheckRules_AreTheReasonDefaults()
    {
        var d = RecheckSettingsLoader.Default;

        Assert.Equal(20m, d.RatioPercent);
        Assert.Equal(10m, d.FlagPoints);
        Assert.Equal(60m, d.Reasons.Single(r => r.Code == "UNVERIFIABLE-NO-FORMULA").DeductPercent);
        Assert.Equal(30m, d.Reasons.Single(r => r.Code == "TIMELINESS-PARTIAL").DeductPercent);
        Assert.Equal(0m, d.Reasons.Single(r => r.Code == "OVER-130").DeductPercent);
        var bad = RecheckSettingsLoader.Parse("id: x\nname: x\nratio: 0\nflagPoints: 5\namountBands: [2000, 500]\nreasons: []\n", "x.yaml");
        Assert.Contains(bad.Errors, e => e.Path == "ratio");
        Assert.Contains(bad.Errors, e => e.Path == "amountBands");
    }
}
