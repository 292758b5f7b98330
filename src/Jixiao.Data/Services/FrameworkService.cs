using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Services;

/// <summary>A framework as listed: built in or uploaded, and the years it is active for in the actor's bureau.</summary>
public sealed record FrameworkListItem(string Id, string Name, EvaluationKind Kind, bool BuiltIn, IReadOnlyList<int> ActiveYears);

/// <summary>Frameworks: built-in ones from the domain catalogue, uploaded YAML validated by the domain loader, activation per year.</summary>
public sealed class FrameworkService(JixiaoDbContext db, TimeProvider clock)
{
    public async Task<Result<Framework>> ResolveAsync(string id, CancellationToken ct = default)
    {
        var builtIn = ScoringBridge.BuiltIn(id);
        if (builtIn.IsSuccess)
        {
            return builtIn;
        }

        var yaml = await db.FrameworkDocuments.AsNoTracking().Where(f => f.FrameworkId == id).Select(f => f.Yaml).FirstOrDefaultAsync(ct);
        return yaml is null ? builtIn : Uploaded.GetOrAdd((id, yaml), static key => ScoringBridge.ParseYaml(key.Yaml, key.Id + ".yaml"));
    }

    /// <summary>
    /// Uploaded frameworks parsed once per text, not on every save: the scorer also keeps its per-framework index for the
    /// same instance. A re-uploaded text is a new key; frameworks are few, so old entries are not evicted.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Id, string Yaml), Result<Framework>> Uploaded = new();

    public async Task<IReadOnlyList<FrameworkListItem>> ListAsync(Actor? actor, CancellationToken ct = default)
    {
        var activations = actor?.BureauId is int bureau
            ? await db.FrameworkActivations.AsNoTracking().Where(a => a.BureauId == bureau).ToListAsync(ct)
            : [];
        var items = ScoringBridge.BuiltInAll.Select(f => new FrameworkListItem(f.Id, f.Name, f.Kind, true, Years(f.Id))).ToList();
        foreach (var doc in await db.FrameworkDocuments.AsNoTracking().OrderBy(f => f.Id).ToListAsync(ct))
        {
            items.Add(new FrameworkListItem(doc.FrameworkId, doc.Name, doc.Kind, false, Years(doc.FrameworkId)));
        }

        return items;

        IReadOnlyList<int> Years(string id) => activations.Where(a => a.FrameworkId == id).Select(a => a.Year).Order().ToList();
    }

    /// <summary>Validates YAML with the domain loader; nothing is stored when it has errors.</summary>
    public static Result<Framework> Validate(string yaml, string sourceName) => ScoringBridge.ParseYaml(yaml, sourceName);

    public async Task<Outcome<Framework>> UploadAsync(Actor actor, string yaml, string sourceName, CancellationToken ct = default)
    {
        if (actor.Role is not (ActorRole.Reviewer or ActorRole.Admin))
        {
            return Outcome<Framework>.Forbidden("只有财政局复核人或管理员可以上传评分表。");
        }

        var parsed = Validate(yaml, sourceName);
        if (!parsed.IsSuccess)
        {
            return Outcome<Framework>.Invalid(parsed.Errors);
        }

        var framework = parsed.Value;
        if (ScoringBridge.BuiltIn(framework.Id).IsSuccess)
        {
            return Outcome<Framework>.Invalid("framework.builtin-id", "id", $"“{framework.Id}”是内置评分表的编号，请换一个编号。");
        }

        var existing = await db.FrameworkDocuments.FirstOrDefaultAsync(f => f.FrameworkId == framework.Id, ct);
        var now = clock.GetUtcNow();
        if (existing is null)
        {
            db.FrameworkDocuments.Add(new FrameworkDocument { FrameworkId = framework.Id, Name = framework.Name, Kind = framework.Kind, Yaml = yaml, UploadedBy = actor.UserName, UploadedAt = now });
        }
        else
        {
            existing.Yaml = yaml;
            existing.Name = framework.Name;
            existing.Kind = framework.Kind;
            existing.UploadedAt = now;
            existing.UploadedBy = actor.UserName;
        }

        db.AuditLog.Add(Audit.Entry(now, actor, "framework.upload", "framework", framework.Id, existing?.Yaml, yaml));
        await db.SaveChangesAsync(ct);
        return Outcome<Framework>.Ok(framework);
    }

    public async Task<Outcome<FrameworkActivation>> ActivateAsync(Actor actor, string frameworkId, int year, CancellationToken ct = default)
    {
        if (actor.Role is not (ActorRole.Reviewer or ActorRole.Admin) || actor.BureauId is not int bureauId)
        {
            return Outcome<FrameworkActivation>.Forbidden("只有财政局复核人可以为本局启用评分表。");
        }

        var framework = await ResolveAsync(frameworkId, ct);
        if (!framework.IsSuccess)
        {
            return Outcome<FrameworkActivation>.Invalid(framework.Errors);
        }

        var now = clock.GetUtcNow();
        var kind = framework.Value.Kind;
        var activation = await db.FrameworkActivations.FirstOrDefaultAsync(a => a.BureauId == bureauId && a.Year == year && a.Kind == kind, ct);
        var before = activation?.FrameworkId;
        if (activation is null)
        {
            activation = new FrameworkActivation { BureauId = bureauId, Year = year, Kind = kind, FrameworkId = frameworkId, ActivatedBy = actor.UserName, ActivatedAt = now };
            db.FrameworkActivations.Add(activation);
        }
        else
        {
            activation.FrameworkId = frameworkId;
            activation.ActivatedBy = actor.UserName;
            activation.ActivatedAt = now;
        }

        db.AuditLog.Add(Audit.Entry(now, actor, "framework.activate", "framework", frameworkId, before, $"{year} {kind.Name()}"));
        await db.SaveChangesAsync(ct);
        return Outcome<FrameworkActivation>.Ok(activation);
    }

    /// <summary>Why a draft cannot be created: no framework activated for the year and kind (never a silent fallback).</summary>
    public static string NotActivatedMessage(int year, EvaluationKind kind) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"财政局尚未为 {year} 年度启用{kind.Name()}评分表，不能新建该年度的{kind.Name()}自评（系统不会套用其他年度的评分表）。请联系财政局绩效科在“评分表”页面为 {year} 年度启用一份{kind.Name()}评分表。");

    /// <summary>The kinds for which the bureau has no framework activated in a year (for the bureau's reminder).</summary>
    public async Task<IReadOnlyList<EvaluationKind>> MissingActivationsAsync(int bureauId, int year, CancellationToken ct = default)
    {
        var active = await db.FrameworkActivations.AsNoTracking().Where(a => a.BureauId == bureauId && a.Year == year).Select(a => a.Kind).ToListAsync(ct);
        return Enum.GetValues<EvaluationKind>().Where(k => !active.Contains(k)).ToList();
    }

    /// <summary>The framework a bureau activated for a year and kind, if any.</summary>
    public async Task<string?> ActiveForAsync(int bureauId, int year, EvaluationKind kind, CancellationToken ct = default) =>
        await db.FrameworkActivations.AsNoTracking()
            .Where(a => a.BureauId == bureauId && a.Year == year && a.Kind == kind)
            .Select(a => a.FrameworkId)
            .FirstOrDefaultAsync(ct);
}

internal static class Audit
{
    public static AuditEntry Entry(DateTimeOffset at, Actor actor, string action, string type, string id, string? before, string? after) =>
        new() { At = at, Actor = actor.UserName, Action = action, EntityType = type, EntityId = id, Before = before, After = after };
}
