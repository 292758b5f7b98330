using System.Globalization;
using System.Text.Json;
using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Recheck;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Services;

/// <summary>A draw request: year, ratio (%), seed and amount bands; missing values come from recheck/default.yaml (the seed from the clock).</summary>
public sealed record DrawRequest(int Year, decimal? RatioPercent = null, long? Seed = null, IReadOnlyList<decimal>? AmountBands = null, decimal? FlagPoints = null);

/// <summary>A sample with its drawn evaluations and, per evaluation, the difference between self and re-check totals.</summary>
public sealed record RecheckSampleView(RecheckSample Sample, IReadOnlyList<RecheckSampleItem> Items, IReadOnlyList<RecheckUnitDifference> Differences);

/// <summary>One row to save: indicator code, 复核完成值, 复核得分, reason code, note.</summary>
public sealed record RecheckInput(string Code, decimal? RecheckActual, decimal RecheckScore, string? ReasonCode, string? Note);

/// <summary>
/// 复核 support (CYCLE §4): a stratified, seeded sample of the bureau's submitted evaluations; re-check rows on the same
/// indicator rows (复核完成值, 复核得分, a reason code from the bureau's editable library); the difference table per
/// indicator and per evaluation with the flag when the self score is far above the re-check.
/// </summary>
public sealed class RecheckService(JixiaoDbContext db, EvaluationAnalyzer analyzer, TimeProvider clock)
{
    private static readonly JsonSerializerOptions AuditJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public async Task<Outcome<RecheckSampleView>> DrawAsync(Actor actor, DrawRequest request, CancellationToken ct = default)
    {
        if (actor.Role != ActorRole.Reviewer || actor.BureauId is not int bureauId)
        {
            return Outcome<RecheckSampleView>.Forbidden("复核抽样由财政局复核人进行。");
        }

        var defaults = RecheckSettingsLoader.Default;
        var spec = new SampleSpec(request.RatioPercent ?? defaults.RatioPercent, request.AmountBands ?? defaults.AmountBands, request.Seed ?? clock.GetUtcNow().ToUnixTimeMilliseconds());
        if (spec.RatioPercent is <= 0m or > 100m)
        {
            return Outcome<RecheckSampleView>.Invalid("recheck.ratio", "ratioPercent", "抽样比例应大于 0 且不超过 100（%）。");
        }

        var candidates = await CandidatesAsync(bureauId, request.Year, ct);
        var draws = RecheckSampler.Draw(candidates, spec);
        var criteria = string.Join("；", candidates.GroupBy(c => RecheckSampler.Stratum(c, spec.AmountBands)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}：{g.Count()} 取 {draws.Count(d => d.Stratum == g.Key)}"));
        var sample = new RecheckSample
        {
            BureauId = bureauId,
            Year = request.Year,
            Seed = spec.Seed,
            RatioPercent = spec.RatioPercent,
            AmountBands = string.Join(";", spec.AmountBands.Select(b => b.ToString(CultureInfo.InvariantCulture))),
            FlagPoints = request.FlagPoints ?? defaults.FlagPoints,
            Criteria = $"按金额档（{string.Join("、", spec.AmountBands.Select(Money.FormatShort))} 万元）、上年等级、有无疑似或确定的审核发现分层，每层按 {Money.FormatShort(spec.RatioPercent)}% 向上取整；种子 {spec.Seed}。{criteria}",
            Candidates = candidates.Count,
            DrawnBy = actor.UserName,
            DrawnAt = clock.GetUtcNow(),
        };
        db.RecheckSamples.Add(sample);
        await db.SaveChangesAsync(ct);
        db.RecheckSampleItems.AddRange(draws.Select(d => new RecheckSampleItem { BureauId = bureauId, Year = request.Year, SampleId = sample.Id, EvaluationId = d.EvaluationId, Stratum = d.Stratum }));
        db.AuditLog.Add(Audit.Entry(sample.DrawnAt, actor, "recheck.draw", "recheck-sample", sample.Id.ToString(CultureInfo.InvariantCulture), null,
            JsonSerializer.Serialize(new { sample.Year, sample.Seed, sample.RatioPercent, sample.AmountBands, evaluations = draws.Select(d => d.EvaluationId) }, AuditJson)));
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor, sample.Id, ct);
    }

    public async Task<Outcome<RecheckSampleView>> GetAsync(Actor actor, int sampleId, CancellationToken ct = default)
    {
        var sample = await db.RecheckSamples.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sampleId, ct);
        if (sample is null || !InBureau(actor, sample.BureauId))
        {
            return Outcome<RecheckSampleView>.NotFound();
        }

        var items = await db.RecheckSampleItems.AsNoTracking().Where(i => i.SampleId == sampleId).OrderBy(i => i.EvaluationId).ToListAsync(ct);
        var differences = new List<RecheckUnitDifference>();
        foreach (var item in items)
        {
            var lines = await LinesAsync(sample, item.EvaluationId, ct);
            var unit = await db.Evaluations.AsNoTracking().Where(e => e.Id == item.EvaluationId).Select(e => e.Title).FirstAsync(ct);
            differences.Add(RecheckDifferences.ForUnit(item.EvaluationId, unit, lines, sample.FlagPoints));
        }

        return Outcome<RecheckSampleView>.Ok(new RecheckSampleView(sample, items, differences));
    }

    /// <summary>The difference table of one drawn evaluation: its leaf indicators with self and re-check scores.</summary>
    public async Task<Outcome<IReadOnlyList<RecheckLine>>> LinesAsync(Actor actor, int sampleId, int evaluationId, CancellationToken ct = default)
    {
        var sample = await db.RecheckSamples.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sampleId, ct);
        if (sample is null || !InBureau(actor, sample.BureauId) || !await db.RecheckSampleItems.AnyAsync(i => i.SampleId == sampleId && i.EvaluationId == evaluationId, ct))
        {
            return Outcome<IReadOnlyList<RecheckLine>>.NotFound();
        }

        return Outcome<IReadOnlyList<RecheckLine>>.Ok(await LinesAsync(sample, evaluationId, ct));
    }

    /// <summary>Saves re-check rows of a drawn evaluation (all or none), each checked against the weight and the reason library.</summary>
    public async Task<Outcome<int>> SaveRowsAsync(Actor actor, int sampleId, int evaluationId, IReadOnlyList<RecheckInput> rows, CancellationToken ct = default)
    {
        var sample = await db.RecheckSamples.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sampleId, ct);
        if (sample is null || !InBureau(actor, sample.BureauId) || !await db.RecheckSampleItems.AnyAsync(i => i.SampleId == sampleId && i.EvaluationId == evaluationId, ct))
        {
            return Outcome<int>.NotFound();
        }

        var lines = (await LinesAsync(sample, evaluationId, ct)).ToDictionary(l => l.Code, StringComparer.Ordinal);
        var codes = (await ReasonsAsync(sample.BureauId, ct)).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var errors = new List<DomainError>();
        foreach (var row in rows)
        {
            if (!lines.TryGetValue(row.Code, out var line))
            {
                errors.Add(new DomainError(ErrorCatalogue.UnknownLeaf, "rows." + row.Code, $"该自评没有编码为“{row.Code}”的指标。"));
                continue;
            }

            errors.AddRange(RecheckDifferences.Validate(line with { RecheckScore = row.RecheckScore, ReasonCode = row.ReasonCode }, codes, row.Note));
        }

        if (errors.Count > 0)
        {
            return Outcome<int>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var existing = await db.RecheckRows.Where(r => r.SampleId == sampleId && r.EvaluationId == evaluationId).ToDictionaryAsync(r => r.IndicatorCode, StringComparer.Ordinal, ct);
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Code, out var record))
            {
                record = new RecheckRow { BureauId = sample.BureauId, Year = sample.Year, SampleId = sampleId, EvaluationId = evaluationId, IndicatorCode = row.Code, By = actor.UserName };
                db.RecheckRows.Add(record);
            }

            record.RecheckActual = row.RecheckActual;
            record.RecheckScore = Money.Round(row.RecheckScore);
            record.ReasonCode = string.IsNullOrWhiteSpace(row.ReasonCode) ? null : row.ReasonCode;
            record.Note = string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim();
            record.By = actor.UserName;
            record.At = now;
        }

        db.AuditLog.Add(Audit.Entry(now, actor, "recheck.rows", "evaluation", evaluationId.ToString(CultureInfo.InvariantCulture), null, JsonSerializer.Serialize(new { sampleId, rows }, AuditJson)));
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Ok(rows.Count);
    }

    /// <summary>The bureau's reason library (the defaults of recheck/default.yaml until the bureau edits it).</summary>
    public async Task<IReadOnlyList<RecheckReason>> ReasonsAsync(int bureauId, CancellationToken ct = default)
    {
        var own = await db.RecheckReasons.AsNoTracking().Where(r => r.BureauId == bureauId).OrderBy(r => r.Id).ToListAsync(ct);
        return own.Count > 0 ? own.Select(r => new RecheckReason(r.Code, r.Name, r.DeductPercent)).ToList() : RecheckSettingsLoader.Default.Reasons;
    }

    /// <summary>Replaces the bureau's reason library (codes in use may not be removed).</summary>
    public async Task<Outcome<int>> SaveReasonsAsync(Actor actor, IReadOnlyList<RecheckReason> reasons, CancellationToken ct = default)
    {
        if (actor.Role != ActorRole.Reviewer || actor.BureauId is not int bureauId)
        {
            return Outcome<int>.Forbidden("复核理由库由财政局维护。");
        }

        var errors = new List<DomainError>();
        for (var i = 0; i < reasons.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(reasons[i].Code) || string.IsNullOrWhiteSpace(reasons[i].Name))
            {
                errors.Add(new DomainError(ErrorCatalogue.Missing, string.Create(CultureInfo.InvariantCulture, $"reasons[{i}]"), "理由代码和名称都不能为空。"));
            }
        }

        if (reasons.GroupBy(r => r.Code).Any(g => g.Count() > 1))
        {
            errors.Add(new DomainError(ErrorCatalogue.InvalidValue, "reasons", "理由代码不能重复。"));
        }

        var used = await db.RecheckRows.Where(r => r.BureauId == bureauId && r.ReasonCode != null).Select(r => r.ReasonCode!).Distinct().ToListAsync(ct);
        foreach (var code in used.Where(u => reasons.All(r => r.Code != u)))
        {
            errors.Add(new DomainError(ErrorCatalogue.InvalidValue, "reasons", $"理由“{code}”已在复核记录中使用，不能删除。"));
        }

        if (errors.Count > 0)
        {
            return Outcome<int>.Invalid(errors);
        }

        var before = JsonSerializer.Serialize(await ReasonsAsync(bureauId, ct), AuditJson);
        db.RecheckReasons.RemoveRange(db.RecheckReasons.Where(r => r.BureauId == bureauId));
        db.RecheckReasons.AddRange(reasons.Select(r => new RecheckReasonRecord { BureauId = bureauId, Code = r.Code.Trim(), Name = r.Name.Trim(), DeductPercent = r.DeductPercent }));
        db.AuditLog.Add(Audit.Entry(clock.GetUtcNow(), actor, "recheck.reasons", "bureau", bureauId.ToString(CultureInfo.InvariantCulture), before, JsonSerializer.Serialize(reasons, AuditJson)));
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Ok(reasons.Count);
    }

    private async Task<List<SampleCandidate>> CandidatesAsync(int bureauId, int year, CancellationToken ct)
    {
        var rows = await db.Evaluations.AsNoTracking()
            .Where(e => e.Unit!.BureauId == bureauId && e.Year == year && e.SubmittedAt != null)
            .Select(e => new { e.Id, e.UnitId, e.Kind, e.Content, e.MaxSeverity }).ToListAsync(ct);
        var previous = await db.Evaluations.AsNoTracking()
            .Where(e => e.Unit!.BureauId == bureauId && e.Year == year - 1 && e.SubmittedAt != null)
            .Select(e => new { e.UnitId, e.Kind, Grade = e.ReviewGrade ?? e.SelfGrade }).ToListAsync(ct);
        return rows.Select(r =>
        {
            var budget = EvaluationJson.Read(r.Content, "x") is { IsSuccess: true } read ? read.Value.Budget : null;
            var last = previous.FirstOrDefault(p => p.UnitId == r.UnitId && p.Kind == r.Kind)?.Grade;
            return new SampleCandidate(r.Id, budget?.Adjusted ?? budget?.Initial, last, r.MaxSeverity >= 2);
        }).ToList();
    }

    private async Task<IReadOnlyList<RecheckLine>> LinesAsync(RecheckSample sample, int evaluationId, CancellationToken ct)
    {
        var content = await db.Evaluations.AsNoTracking().Where(e => e.Id == evaluationId).Select(e => e.Content).FirstAsync(ct);
        var evaluation = EvaluationJson.Read(content, $"evaluations/{evaluationId}");
        var rows = await db.RecheckRows.AsNoTracking().Where(r => r.SampleId == sample.Id && r.EvaluationId == evaluationId).ToDictionaryAsync(r => r.IndicatorCode, StringComparer.Ordinal, ct);
        if (!evaluation.IsSuccess)
        {
            return [];
        }

        var analysis = await analyzer.AnalyseAsync(evaluation.Value, ct);
        if (analysis.Score is null)
        {
            return [];
        }

        return analysis.Score.Indicators.Where(i => i.IsLeaf).Select(i => new RecheckLine(
            i.Code, i.Name, i.Weight, i.Score, rows.TryGetValue(i.Code, out var r) ? r.RecheckScore : null, rows.TryGetValue(i.Code, out var r2) ? r2.ReasonCode : null)).ToList();
    }

    private static bool InBureau(Actor actor, int bureauId) => actor.Role == ActorRole.Admin || (actor.Role == ActorRole.Reviewer && actor.BureauId == bureauId);
}
