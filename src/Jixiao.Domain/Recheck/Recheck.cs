using System.Globalization;
using System.Reflection;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Yaml;

namespace Jixiao.Domain.Recheck;

/// <summary>A reason code of the re-check library (复核理由): the deduction it implies as a share of the weight, when fixed.</summary>
public sealed record RecheckReason(string Code, string Name, decimal? DeductPercent);

/// <summary>复核 settings (recheck/*.yaml): sampling ratio, amount bands, the flag threshold and the default reason library.</summary>
public sealed record RecheckSettings(string Id, string Name, decimal RatioPercent, IReadOnlyList<decimal> AmountBands, decimal FlagPoints, IReadOnlyList<RecheckReason> Reasons);

/// <summary>An evaluation that may be drawn, with what it is stratified by.</summary>
public sealed record SampleCandidate(int EvaluationId, decimal? Amount, string? LastGrade, bool HasFindings);

/// <summary>Criteria of a draw: the ratio (%), the amount band limits (万元) and the seed. Recorded with the sample.</summary>
public sealed record SampleSpec(decimal RatioPercent, IReadOnlyList<decimal> AmountBands, long Seed);

/// <summary>One drawn evaluation and its stratum (金额档|上年等级|有无发现).</summary>
public sealed record SampleDraw(int EvaluationId, string Stratum);

/// <summary>
/// 复核抽样: stratified by amount band, last year's grade and whether the checks found something (疑似 or 确定); in each
/// stratum ⌈n × ratio⌉ evaluations are taken in the order of a keyed hash of (seed, evaluation id). The same candidates and
/// seed always give the same evaluations, whatever order the candidates come in.
/// </summary>
public static class RecheckSampler
{
    public static IReadOnlyList<SampleDraw> Draw(IReadOnlyList<SampleCandidate> candidates, SampleSpec spec)
    {
        if (spec.RatioPercent <= 0m)
        {
            return [];
        }

        var draws = new List<SampleDraw>();
        foreach (var stratum in candidates.GroupBy(c => Stratum(c, spec.AmountBands)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = stratum.OrderBy(c => Key(spec.Seed, c.EvaluationId)).ThenBy(c => c.EvaluationId).ToList();
            var take = (int)Math.Ceiling(members.Count * Math.Min(spec.RatioPercent, 100m) / 100m);
            draws.AddRange(members.Take(take).Select(c => new SampleDraw(c.EvaluationId, stratum.Key)));
        }

        return draws.OrderBy(d => d.EvaluationId).ToList();
    }

    public static string Stratum(SampleCandidate c, IReadOnlyList<decimal> bands)
    {
        string band;
        if (c.Amount is not decimal amount)
        {
            band = "金额不详";
        }
        else
        {
            var i = bands.Count(b => amount >= b);
            band = i == 0 ? $"<{Money.FormatShort(bands.Count > 0 ? bands[0] : 0m)}"
                : i == bands.Count ? $"≥{Money.FormatShort(bands[^1])}"
                : $"{Money.FormatShort(bands[i - 1])}–{Money.FormatShort(bands[i])}";
        }

        return $"{band}|{c.LastGrade ?? "无上年等级"}|{(c.HasFindings ? "有发现" : "无发现")}";
    }

    /// <summary>SplitMix64 of the seed mixed with the id: a fixed, documented permutation (not System.Random, whose algorithm may change).</summary>
    public static ulong Key(long seed, int id)
    {
        unchecked
        {
            var z = (ulong)seed + ((ulong)(uint)id * 0x9E3779B97F4A7C15UL);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}

/// <summary>A row of the difference table: self score and re-check score of one indicator.</summary>
public sealed record RecheckLine(string Code, string Name, decimal Weight, decimal? SelfScore, decimal? RecheckScore, string? ReasonCode)
{
    public decimal? Difference => SelfScore is decimal s && RecheckScore is decimal r ? Money.Round(s - r) : null;
}

/// <summary>Per evaluation: totals, difference and whether the self score is far above the re-check.</summary>
public sealed record RecheckUnitDifference(int EvaluationId, string Unit, decimal SelfTotal, decimal RecheckTotal, int Rechecked, int Lines, bool Flagged)
{
    public decimal Difference => Money.Round(SelfTotal - RecheckTotal);
}

public static class RecheckDifferences
{
    /// <summary>
    /// Totals over the re-checked lines (a line not re-checked counts its self score on both sides), and the flag when the
    /// self total exceeds the re-check total by more than <paramref name="flagPoints"/>.
    /// </summary>
    public static RecheckUnitDifference ForUnit(int evaluationId, string unit, IReadOnlyList<RecheckLine> lines, decimal flagPoints)
    {
        var self = Money.Round(lines.Sum(l => l.SelfScore ?? 0m));
        var recheck = Money.Round(lines.Sum(l => l.RecheckScore ?? l.SelfScore ?? 0m));
        return new RecheckUnitDifference(evaluationId, unit, self, recheck, lines.Count(l => l.RecheckScore is not null), lines.Count, self - recheck > flagPoints);
    }

    /// <summary>A re-check score: within 0 and the weight, and a reason code from the library whenever it is below the self score.</summary>
    public static IReadOnlyList<DomainError> Validate(RecheckLine line, IReadOnlyCollection<string> reasonCodes, string? note)
    {
        var errors = new List<DomainError>();
        var path = "rows." + line.Code;
        if (line.RecheckScore is decimal r && (r < 0m || r > line.Weight))
        {
            errors.Add(new DomainError(ErrorCatalogue.ScoreOutOfRange, path + ".recheckScore", $"指标 {line.Code} 的复核得分 {Money.FormatShort(r)} 超出 0 到 {Money.FormatShort(line.Weight)} 的范围。"));
        }

        if (line.ReasonCode is { Length: > 0 } code && !reasonCodes.Contains(code))
        {
            errors.Add(new DomainError(ErrorCatalogue.InvalidValue, path + ".reasonCode", $"指标 {line.Code} 的复核理由“{code}”不在理由库中。"));
        }

        if (line.RecheckScore is decimal s && line.SelfScore is decimal self && s < self && string.IsNullOrEmpty(line.ReasonCode))
        {
            errors.Add(new DomainError(ErrorCatalogue.Missing, path + ".reasonCode", $"指标 {line.Code} 复核得分低于自评得分，须选择复核理由。"));
        }

        if (line.ReasonCode == "OTHER" && string.IsNullOrWhiteSpace(note))
        {
            errors.Add(new DomainError(ErrorCatalogue.Missing, path + ".note", $"指标 {line.Code} 选择“其他”理由时须写明说明。"));
        }

        return errors;
    }
}

/// <summary>Reads recheck/*.yaml with located errors; the built-in default is embedded.</summary>
public static class RecheckSettingsLoader
{
    public static Result<RecheckSettings> Parse(string yaml, string sourceName)
    {
        var loaded = YamlTree.Load(yaml, sourceName);
        if (!loaded.IsSuccess)
        {
            return Result<RecheckSettings>.Failure(loaded.Errors);
        }

        var errors = new List<DomainError>();
        var root = YamlMap.From(loaded.Value, string.Empty, errors);
        if (root is null)
        {
            return Result<RecheckSettings>.Failure(errors.Count > 0 ? errors : [ErrorCatalogue.Invalid(sourceName, "复核设置文件为空")]);
        }

        var id = root.String("id", required: true);
        var name = root.String("name", required: true);
        var ratio = root.Decimal("ratio", required: true);
        var flag = root.Decimal("flagPoints", required: true);
        var bands = new List<decimal>();
        foreach (var (node, i) in root.List("amountBands").Select((n, i) => (n, i)))
        {
            if (node is YamlDotNet.RepresentationModel.YamlScalarNode s && decimal.TryParse(s.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
            {
                bands.Add(d);
            }
            else
            {
                errors.Add(ErrorCatalogue.Invalid(string.Create(CultureInfo.InvariantCulture, $"amountBands[{i}]"), "应为金额（万元）"));
            }
        }

        var reasons = new List<RecheckReason>();
        var nodes = root.List("reasons", required: true);
        for (var i = 0; i < nodes.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"reasons[{i}]");
            var map = YamlMap.From(nodes[i], path, errors);
            if (map is null)
            {
                continue;
            }

            var code = map.String("code", required: true);
            var reasonName = map.String("name", required: true);
            var percent = map.Decimal("deductPercent");
            map.RejectUnknown();
            if (code is not null && reasons.Any(r => r.Code == code))
            {
                errors.Add(ErrorCatalogue.Invalid(path + ".code", $"理由代码“{code}”重复"));
            }

            if (percent is < 0m or > 100m)
            {
                errors.Add(ErrorCatalogue.Invalid(path + ".deductPercent", "扣分比例应在 0 到 100 之间"));
            }

            if (code is not null && reasonName is not null)
            {
                reasons.Add(new RecheckReason(code, reasonName, percent));
            }
        }

        root.RejectUnknown();
        if (ratio is <= 0m or > 100m)
        {
            errors.Add(ErrorCatalogue.Invalid("ratio", "抽样比例应大于 0 且不超过 100（%）"));
        }

        if (bands.Zip(bands.Skip(1)).Any(p => p.Second <= p.First))
        {
            errors.Add(ErrorCatalogue.Invalid("amountBands", "金额分层界限应从小到大排列"));
        }

        if (errors.Count > 0)
        {
            return Result<RecheckSettings>.Failure(errors.Select(e => Locate(e, loaded.Value!, sourceName)).ToList());
        }

        return Result<RecheckSettings>.Success(new RecheckSettings(id!, name!, ratio!.Value, bands, flag!.Value, reasons));
    }

    /// <summary>The built-in recheck/default.yaml.</summary>
    public static RecheckSettings Default { get; } = LoadDefault();

    private static RecheckSettings LoadDefault()
    {
        var assembly = typeof(RecheckSettingsLoader).Assembly;
        using var stream = assembly.GetManifestResourceStream("recheck/default.yaml") ?? throw new InvalidOperationException("recheck/default.yaml is not embedded.");
        using var reader = new StreamReader(stream);
        var parsed = Parse(reader.ReadToEnd(), "recheck/default.yaml");
        return parsed.IsSuccess ? parsed.Value : throw new InvalidOperationException("Built-in recheck settings are invalid: " + string.Join("; ", parsed.Errors));
    }

    private static DomainError Locate(DomainError e, YamlDotNet.RepresentationModel.YamlNode root, string sourceName)
    {
        if (e.Code == ErrorCatalogue.Syntax || string.IsNullOrEmpty(e.Path))
        {
            return e;
        }

        var node = EvaluationSerializer.Locate(root, e.Path);
        return node is null ? e : e with { Message = e.Message + string.Create(CultureInfo.InvariantCulture, $"（{sourceName} 第 {node.Start.Line} 行第 {node.Start.Column} 列）") };
    }
}
