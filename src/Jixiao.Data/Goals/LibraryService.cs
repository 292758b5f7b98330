using System.Globalization;
using System.Text.Json;
using Jixiao.Data.Entities;
using Jixiao.Data.Services;
using Jixiao.Documents.Import;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Goals;

/// <summary>Where a library entry was read from: a published document (file and line) or an approved goal table.</summary>
public sealed record LibraryCitation(string Document, int? Line, string? Unit, int? Year, string? Project, string? Target, string? Actual, string Kind = LibraryService.FromDocument);

/// <summary>A library entry as shown: the fields of CYCLE §2 and its citations.</summary>
public sealed record LibraryEntryView(
    int Id, string Name, string Level1, string Level2, string? FunctionClass, string? FunctionSection, string? FundUse,
    IndicatorValueType ValueType, string? Operator, string? Unit, string? Explanation, string? Standards, string? Formula,
    string? ScoringFormula, string? Keywords, string SourceKind, IReadOnlyList<LibraryCitation> Citations);

/// <summary>One past use of an indicator: a year, a unit, the target declared and the actual achieved, and where it is from.</summary>
public sealed record HistoryItem(int Year, string Unit, string Source, string? Operator, decimal? Target, string? TargetText, string? UnitOfMeasure, decimal? Actual, string? ActualText)
{
    public string TargetShown => Target is { } t ? (Operator is null or "定性" ? string.Empty : Operator) + t.ToString("0.##", CultureInfo.InvariantCulture) + UnitOfMeasure : TargetText ?? "—";

    public string ActualShown => Actual is { } a ? a.ToString("0.##", CultureInfo.InvariantCulture) + UnitOfMeasure : ActualText ?? "—";
}

/// <summary>A search result: the entry, its BM25 score and the query grams it matched, and its history.</summary>
public sealed record LibraryHit(LibraryEntryView Entry, double Score, IReadOnlyList<string> Matched, IReadOnlyList<HistoryItem> History);

/// <summary>A library search: keywords (character bigrams, no segmentation) and filters by 功能分类 类/款, 资金用途, 一级指标.</summary>
public sealed record LibraryQuery(string? Text, string? FunctionClass = null, string? FunctionSection = null, string? FundUse = null, string? Level1 = null, int Take = 20)
{
    /// <summary>Parses “类/款” (either part may be empty).</summary>
    public static (string? Class, string? Section) ParseClass(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        var parts = text.Split('/', 2, StringSplitOptions.TrimEntries);
        return (parts[0].Length == 0 ? null : parts[0], parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null);
    }
}

/// <summary>A suggested indicator row while declaring: why it is offered, the row (with its provenance) and its history.</summary>
public sealed record GoalSuggestion(string Kind, string Reason, DeclaredIndicator Row, int? EntryId, IReadOnlyList<HistoryItem> History);

/// <summary>What the library imported from a folder of published documents.</summary>
public sealed record LibraryImportReport(int Files, int Documents, int Rows, int Created, int Merged, IReadOnlyList<string> Skipped);

/// <summary>
/// 指标库: shared entries with a character-bigram index searched with BM25 on both databases (plain SQL: an IN over
/// the query's grams, the scoring done here), each entry's history from the goals and year-end evaluations in the
/// database, entries read from published documents (citing file and line) and added from approved goals (纳入指标库).
/// </summary>
public sealed class LibraryService(JixiaoDbContext db, TimeProvider clock)
{
    public static readonly JsonSerializerOptions CitationJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public const string FromDocument = "公开文件";

    public const string FromApprovedGoal = "批复目标";

    public async Task<IReadOnlyList<LibraryHit>> SearchAsync(LibraryQuery query, bool withHistory = true, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var take = Math.Clamp(query.Take, 1, 200);
        var entries = Filtered(query);
        var grams = TextGrams.Grams(query.Text);
        List<(int Id, double Score, List<string> Matched)> ranked;
        if (grams.Count == 0)
        {
            var ids = await entries.OrderBy(e => e.Name).ThenBy(e => e.Id).Select(e => e.Id).Take(take).ToListAsync(ct);
            ranked = [.. ids.Select(id => (id, 0d, new List<string>()))];
        }
        else
        {
            var filtered = new[] { query.FunctionClass, query.FunctionSection, query.FundUse, query.Level1 }.Any(f => !string.IsNullOrWhiteSpace(f));
            ranked = await RankAsync(entries, filtered, grams, TextGrams.Normalize(query.Text), take, ct);
        }

        var ids2 = ranked.Select(r => r.Id).ToList();
        var loaded = await db.LibraryEntries.AsNoTracking().Where(e => ids2.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var history = withHistory ? await HistoryAsync(loaded.Values.ToList(), ct) : [];
        return [.. ranked.Where(r => loaded.ContainsKey(r.Id)).Select(r => new LibraryHit(View(loaded[r.Id]), Math.Round(r.Score, 4), r.Matched, history.GetValueOrDefault(r.Id, [])))];
    }

    /// <summary>
    /// BM25 over the entries holding at least one query gram; an entry whose name holds the whole query ranks first.
    /// Every query is an index lookup (grams by gram, entries by id): the collection's size and total length, which BM25
    /// needs, come from <see cref="StatsAsync"/> instead of a scan per search.
    /// </summary>
    private async Task<List<(int Id, double Score, List<string> Matched)>> RankAsync(IQueryable<LibraryEntry> entries, bool filtered, IReadOnlyList<string> grams, string normalized, int take, CancellationToken ct)
    {
        var query = db.LibraryGrams.AsNoTracking().Where(g => grams.Contains(g.Gram));
        if (filtered)
        {
            query = query.Where(g => entries.Select(e => e.Id).Contains(g.EntryId));
        }

        var postings = await query.Select(g => new { g.EntryId, g.Gram, g.Tf }).ToListAsync(ct);
        if (postings.Count == 0)
        {
            return [];
        }

        var ids = postings.Select(p => p.EntryId).Distinct().ToList();
        var candidates = await db.LibraryEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.GramCount, e.NameKey }).ToListAsync(ct);
        var lengths = candidates.ToDictionary(c => c.Id, c => c.GramCount);
        var names = candidates.ToDictionary(c => c.Id, c => c.NameKey);
        var stats = await StatsAsync(ct);
        var scores = TextGrams.Bm25(postings.Select(p => (p.EntryId, p.Gram, p.Tf)), lengths, stats.Count, stats.Count == 0 ? 1 : (double)stats.Total / stats.Count);
        var matched = postings.GroupBy(p => p.EntryId).ToDictionary(g => g.Key, g => g.Select(p => p.Gram).Distinct().ToList());
        return [.. scores
            .Where(kv => names.ContainsKey(kv.Key))
            .Select(kv => (Id: kv.Key, Score: kv.Value * (normalized.Length > 1 && names[kv.Key].Contains(normalized, StringComparison.Ordinal) ? 2 : 1), Matched: matched[kv.Key]))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Id).Take(take)];
    }

    private static (int Count, long Total, DateTimeOffset At)? cachedStats;

    private static readonly Lock StatsGate = new();

    /// <summary>
    /// Number of entries and their total gram count (BM25's collection statistics), kept for five minutes and dropped when
    /// this process changes the library: a few minutes' lag in another process only shifts scores by a hair.
    /// </summary>
    private async Task<(int Count, long Total)> StatsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        lock (StatsGate)
        {
            if (cachedStats is { } s && now - s.At < TimeSpan.FromMinutes(5))
            {
                return (s.Count, s.Total);
            }
        }

        var fresh = await db.LibraryEntries.AsNoTracking().GroupBy(_ => 1).Select(g => new { N = g.Count(), Total = g.Sum(e => (long)e.GramCount) }).FirstOrDefaultAsync(ct);
        lock (StatsGate)
        {
            cachedStats = (fresh?.N ?? 0, fresh?.Total ?? 0, now);
        }

        return (fresh?.N ?? 0, fresh?.Total ?? 0);
    }

    private static void InvalidateStats()
    {
        lock (StatsGate)
        {
            cachedStats = null;
        }
    }

    private IQueryable<LibraryEntry> Filtered(LibraryQuery q)
    {
        var entries = db.LibraryEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.FunctionClass))
        {
            var c = q.FunctionClass.Trim();
            entries = entries.Where(e => e.FunctionClass == c);
        }

        if (!string.IsNullOrWhiteSpace(q.FunctionSection))
        {
            var s = q.FunctionSection.Trim();
            entries = entries.Where(e => e.FunctionSection == s);
        }

        if (!string.IsNullOrWhiteSpace(q.FundUse))
        {
            var f = q.FundUse.Trim();
            entries = entries.Where(e => e.FundUse != null && e.FundUse.Contains(f));
        }

        if (!string.IsNullOrWhiteSpace(q.Level1))
        {
            var l = q.Level1.Trim();
            var alt = l.EndsWith("指标", StringComparison.Ordinal) ? l[..^2] : l + "指标";
            entries = entries.Where(e => e.Level1 == l || e.Level1 == alt);
        }

        return entries;
    }

    public async Task<(LibraryEntryView Entry, IReadOnlyList<HistoryItem> History)?> GetAsync(int id, CancellationToken ct = default)
    {
        var entry = await db.LibraryEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null)
        {
            return null;
        }

        var history = await HistoryAsync([entry], ct);
        return (View(entry), history.GetValueOrDefault(id, []));
    }

    public Task<int> CountAsync(CancellationToken ct = default) => db.LibraryEntries.CountAsync(ct);

    /// <summary>
    /// Each entry's history: the published documents it was read from (target and actual as printed) and every approved
    /// goal row of the same indicator in the database, with the actual from its year-end evaluation; newest first.
    /// </summary>
    internal async Task<Dictionary<int, IReadOnlyList<HistoryItem>>> HistoryAsync(IReadOnlyList<LibraryEntry> entries, CancellationToken ct)
    {
        var keys = entries.Select(e => e.NameKey).Distinct().ToList();
        var rows = keys.Count == 0 ? [] : await db.IndicatorHistory.AsNoTracking().Where(h => keys.Contains(h.NameKey))
            .Join(db.GoalDeclarations.AsNoTracking().Where(g => g.State == GoalState.Approved), h => h.DeclarationId, g => g.Id, (h, g) => h)
            .OrderByDescending(h => h.Year).ThenBy(h => h.UnitName).Take(500).ToListAsync(ct);
        await FillActualsAsync(rows, ct);
        var result = new Dictionary<int, IReadOnlyList<HistoryItem>>();
        foreach (var e in entries)
        {
            var items = new List<HistoryItem>();
            items.AddRange(rows.Where(r => r.NameKey == e.NameKey && GoalSettings.SameClass(r.Level1, e.Level1)).Select(r => new HistoryItem(
                r.Year, r.UnitName, string.Create(CultureInfo.InvariantCulture, $"绩效目标 goals/{r.DeclarationId} {r.Path}"), r.Operator?.Symbol(), r.Target, r.TargetText, r.Unit, r.Actual, r.ActualText)));
            // Published documents print target and actual; approved goals are in the rows above already.
            foreach (var c in Citations(e).Where(c => c.Year is not null && (c.Target is not null || c.Actual is not null) && c.Kind == FromDocument))
            {
                items.Add(new HistoryItem(c.Year!.Value, c.Unit ?? "—", c.Document + (c.Line is { } l ? string.Create(CultureInfo.InvariantCulture, $" 第 {l} 行") : string.Empty), null, null, c.Target, null, null, c.Actual));
            }

            result[e.Id] = [.. items.OrderByDescending(i => i.Year).ThenBy(i => i.Unit, StringComparer.Ordinal)];
        }

        return result;
    }

    /// <summary>Actuals of rows whose year-end evaluation has been submitted, read from that evaluation's goals.</summary>
    internal async Task FillActualsAsync(IReadOnlyList<IndicatorHistoryRow> rows, CancellationToken ct)
    {
        var ids = rows.Where(r => r.Actual is null && r.ActualText is null && r.EvaluationId is not null).Select(r => r.EvaluationId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var contents = await db.Evaluations.AsNoTracking().Where(e => ids.Contains(e.Id) && e.State != ReviewState.Draft)
            .Select(e => new { e.Id, e.Content }).ToListAsync(ct);
        foreach (var c in contents)
        {
            var evaluation = EvaluationJson.Read(c.Content, $"evaluations/{c.Id}");
            if (!evaluation.IsSuccess)
            {
                continue;
            }

            foreach (var row in rows.Where(r => r.EvaluationId == c.Id))
            {
                var goal = evaluation.Value.Goals.FirstOrDefault(g => GoalChecks.Normalize(g.Name) == row.NameKey && GoalSettings.SameClass(g.Level1, row.Level1));
                if (goal is not null)
                {
                    row.Actual = goal.Actual;
                    row.ActualText = goal.ActualText ?? goal.Answer?.Name();
                }
            }
        }
    }

    /// <summary>
    /// The starter library: the indicator rows of every published document in <paramref name="files"/> (read by the
    /// published-report importer), one entry per indicator, each citing its document and line. Re-importing adds nothing twice.
    /// </summary>
    public async Task<LibraryImportReport> ImportDocumentsAsync(IReadOnlyList<(string Name, ImportResult Result)> files, string by, CancellationToken ct = default)
    {
        var created = 0;
        var merged = 0;
        var rows = 0;
        var documents = 0;
        var skipped = new List<string>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (name, result) in files)
        {
            foreach (var doc in result.Documents)
            {
                documents++;
                var e = doc.Evaluation;
                var missing = doc.Missing.Select(m => m.Path).ToHashSet(StringComparer.Ordinal);
                for (var i = 0; i < e.Goals.Count; i++)
                {
                    var g = e.Goals[i];
                    var path = string.Create(CultureInfo.InvariantCulture, $"goals[{i}]");
                    var line = doc.Sources.TryGetValue(path, out var src) ? src.Line : (int?)null;
                    if (GoalChecks.Normalize(g.Name).Length < 2)
                    {
                        skipped.Add($"{name} 第 {line} 行：指标名称“{g.Name}”为空或是占位符，未收录");
                        continue;
                    }

                    rows++;
                    var op = missing.Contains(path + ".operator") ? (IndicatorOperator?)null : g.Operator;
                    var draft = new LibraryEntry
                    {
                        Name = g.Name.Trim(),
                        NameKey = GoalChecks.Normalize(g.Name),
                        Level1 = g.Level1,
                        Level2 = g.Level2,
                        ValueType = g.Operator == IndicatorOperator.Qualitative ? IndicatorValueType.Qualitative : IndicatorValueType.Quantitative,
                        Operator = op,
                        Unit = missing.Contains(path + ".unit") ? null : g.Unit,
                        SourceKind = FromDocument,
                        CreatedBy = by,
                    };
                    var target = g.TargetText ?? (g.Target is { } t ? (op?.Symbol() ?? string.Empty) + t.ToString("0.##", CultureInfo.InvariantCulture) + g.Unit : null);
                    var actual = g.ActualText ?? (g.Actual is { } a ? a.ToString("0.##", CultureInfo.InvariantCulture) + g.Unit : null);
                    var citation = new LibraryCitation(name, line, NullIfEmpty(e.Unit), e.Year > 0 ? e.Year : null, e.ProjectName, target, actual);
                    if (await UpsertAsync(draft, citation, ct))
                    {
                        created++;
                    }
                    else
                    {
                        merged++;
                    }
                }
            }
        }

        await tx.CommitAsync(ct);
        return new LibraryImportReport(files.Count, documents, rows, created, merged, skipped);
    }

    /// <summary>
    /// 纳入指标库: rows of an approved goal declaration become library entries (or a citation of an existing one),
    /// with the declaration's 功能分类 and 资金用途. Bureau reviewers and administrators only.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<int>>> AddFromApprovedAsync(Actor actor, int declarationId, IReadOnlyList<string> paths, CancellationToken ct = default)
    {
        if (actor.Role is not (ActorRole.Reviewer or ActorRole.Admin))
        {
            return Outcome<IReadOnlyList<int>>.Forbidden("只有财政局复核人或管理员可以把指标纳入指标库。");
        }

        var record = await db.GoalDeclarations.AsNoTracking().Include(g => g.Unit).FirstOrDefaultAsync(g => g.Id == declarationId, ct);
        if (record is null || (actor.Role == ActorRole.Reviewer && actor.BureauId != record.BureauId))
        {
            return Outcome<IReadOnlyList<int>>.NotFound();
        }

        if (record.State is not (GoalState.Approved or GoalState.Superseded))
        {
            return Outcome<IReadOnlyList<int>>.Invalid("library.not-approved", "state", "只有已批复的绩效目标可以纳入指标库。");
        }

        var declaration = GoalSerializer.ParseJson(record.Content, $"goals/{declarationId}");
        if (!declaration.IsSuccess)
        {
            return Outcome<IReadOnlyList<int>>.Invalid(declaration.Errors);
        }

        var rows = declaration.Value.AllIndicators().ToDictionary(r => r.Path, r => r.Indicator, StringComparer.Ordinal);
        var unknown = paths.Where(p => !rows.ContainsKey(p)).ToList();
        if (unknown.Count > 0 || paths.Count == 0)
        {
            return Outcome<IReadOnlyList<int>>.Invalid("library.unknown-row", "paths", paths.Count == 0 ? "请选择要纳入指标库的指标。" : $"绩效目标中没有指标 {string.Join("、", unknown)}。");
        }

        var d = declaration.Value;
        var bureau = await db.Bureaus.AsNoTracking().Where(b => b.Id == record.BureauId).Select(b => b.Name).FirstAsync(ct);
        var ids = new List<int>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var path in paths)
        {
            var r = rows[path];
            var entry = new LibraryEntry
            {
                Name = r.Name.Trim(),
                NameKey = GoalChecks.Normalize(r.Name),
                Level1 = r.Level1,
                Level2 = r.Level2,
                FunctionClass = d.FunctionClass,
                FunctionSection = d.FunctionSection,
                FundUse = d.FundUse,
                ValueType = r.IsQualitative ? IndicatorValueType.Qualitative : IndicatorValueType.Quantitative,
                Operator = r.IsQualitative ? IndicatorOperator.Qualitative : r.Operator,
                Unit = r.Unit,
                Explanation = r.Explanation,
                Standards = r.Standard?.Name(),
                ScoringFormula = r.ScoringStandard,
                SourceKind = FromApprovedGoal,
                CreatedBy = actor.UserName,
            };
            var citation = new LibraryCitation(
                string.Create(CultureInfo.InvariantCulture, $"{bureau} {record.Year} 年度 {record.Title} 绩效目标（goals/{record.Id}，第 {record.Revision} 版）{path}"),
                null, record.Unit?.Name, record.Year, d.Project?.Name, GoalChecks.Describe(r).Split('：', 2)[^1], null, FromApprovedGoal);
            await UpsertAsync(entry, citation, ct);
            ids.Add(await db.LibraryEntries.Where(e => e.NameKey == entry.NameKey && e.Level1 == entry.Level1 && e.Level2 == entry.Level2).Select(e => e.Id).FirstAsync(ct));
        }

        db.AuditLog.Add(Audit.Entry(clock.GetUtcNow(), actor, "library.add", "goal", declarationId.ToString(CultureInfo.InvariantCulture), null, string.Join("、", paths)));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<IReadOnlyList<int>>.Ok(ids);
    }

    /// <summary>
    /// Suggestions while declaring, each with the reason it is offered: the unit's own indicators of the year before
    /// (with last year's target and actual), library entries of the same 功能分类 类/款, and entries whose text is similar
    /// to the project name and goal text (bigram BM25). Indicators already in the declaration are left out. Each suggested
    /// row carries its provenance, kept when the preparer accepts it.
    /// </summary>
    public async Task<IReadOnlyList<GoalSuggestion>> SuggestAsync(GoalDeclaration declaration, int unitId, int take = 12, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var have = declaration.AllIndicators().Select(r => GoalChecks.Normalize(r.Indicator.Name)).ToHashSet(StringComparer.Ordinal);
        var result = new List<GoalSuggestion>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // 1. The unit's own approved indicators of last year, with target and actual.
        var lastYear = await db.IndicatorHistory.AsNoTracking().Where(h => h.UnitId == unitId && h.Year == declaration.Year - 1)
            .Join(db.GoalDeclarations.AsNoTracking().Where(g => g.State == GoalState.Approved), h => h.DeclarationId, g => g.Id, (h, g) => h)
            .OrderBy(h => h.DeclarationId).ThenBy(h => h.Id).ToListAsync(ct);
        await FillActualsAsync(lastYear, ct);
        foreach (var h in lastYear.Where(h => !have.Contains(h.NameKey) && seen.Add(h.NameKey)))
        {
            var item = new HistoryItem(h.Year, h.UnitName, $"goals/{h.DeclarationId} {h.Path}", h.Operator?.Symbol(), h.Target, h.TargetText, h.Unit, h.Actual, h.ActualText);
            var reason = string.Create(CultureInfo.InvariantCulture, $"本单位 {h.Year} 年度已批复的指标：目标 {item.TargetShown}，完成 {item.ActualShown}");
            var row = new DeclaredIndicator
            {
                Level1 = h.Level1, Level2 = h.Level2, Name = h.Name, Operator = h.Operator, Target = h.Target, TargetText = h.TargetText, Unit = h.Unit,
                ValueType = h.Operator == IndicatorOperator.Qualitative ? IndicatorValueType.Qualitative : IndicatorValueType.Quantitative,
                Standard = TargetStandard.History, StandardValue = h.Actual,
                Provenance = new IndicatorProvenance("上年指标", string.Create(CultureInfo.InvariantCulture, $"goals/{h.DeclarationId}#{h.Path}"), reason),
            };
            result.Add(new GoalSuggestion("上年指标", reason, row, null, [item]));
        }

        // 2. Entries of the same function class.
        if (!string.IsNullOrWhiteSpace(declaration.FunctionClass))
        {
            var hits = await SearchAsync(new LibraryQuery(null, declaration.FunctionClass, declaration.FunctionSection, Take: take), withHistory: true, ct);
            foreach (var hit in hits.Where(h => !have.Contains(GoalChecks.Normalize(h.Entry.Name)) && seen.Add(GoalChecks.Normalize(h.Entry.Name))))
            {
                var reason = $"功能分类相同（{hit.Entry.FunctionClass}{(hit.Entry.FunctionSection is { } s ? "／" + s : string.Empty)}）的指标库指标";
                result.Add(Suggest(hit, "指标库", reason));
            }
        }

        // 3. Entries similar to the project name and goal text.
        var text = string.Join(" ", new[] { declaration.Project?.Name, declaration.FundUse, declaration.Annual.Text }.Where(t => !string.IsNullOrWhiteSpace(t)));
        if (text.Length > 0)
        {
            var hits = await SearchAsync(new LibraryQuery(text, Take: take), withHistory: true, ct);
            foreach (var hit in hits.Where(h => !have.Contains(GoalChecks.Normalize(h.Entry.Name)) && seen.Add(GoalChecks.Normalize(h.Entry.Name))))
            {
                var grams = string.Join("、", hit.Matched.Take(6).Select(g => "“" + g + "”"));
                var reason = string.Create(CultureInfo.InvariantCulture, $"与项目名称和目标文字相似：共有字片段 {grams}（BM25 得分 {hit.Score:0.00}）");
                result.Add(Suggest(hit, "指标库", reason));
            }
        }

        return result;
    }

    private static GoalSuggestion Suggest(LibraryHit hit, string kind, string reason)
    {
        var e = hit.Entry;
        IndicatorOperator? op = DomainText.TryParseOperator(e.Operator, out var parsed) ? parsed : null;
        var row = new DeclaredIndicator
        {
            Level1 = e.Level1, Level2 = e.Level2, Name = e.Name, ValueType = e.ValueType, Operator = op, Unit = e.Unit,
            Explanation = e.Explanation, ScoringStandard = e.ScoringFormula,
            Provenance = new IndicatorProvenance(kind, string.Create(CultureInfo.InvariantCulture, $"library/{e.Id}"), reason),
        };
        return new GoalSuggestion(kind, reason, row, hit.Entry.Id, hit.History);
    }

    /// <summary>Adds entries (or citations of existing ones) in one transaction: for tools that build a library from other sources.</summary>
    public async Task<int> AddAsync(IReadOnlyList<(LibraryEntry Entry, LibraryCitation Citation)> entries, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var created = 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (entry, citation) in entries)
        {
            entry.NameKey = GoalChecks.Normalize(entry.Name);
            created += await UpsertAsync(entry, citation, ct) ? 1 : 0;
            db.ChangeTracker.Clear();
        }

        await tx.CommitAsync(ct);
        return created;
    }

    /// <summary>Adds an entry, or a citation (and the fields it lacked) to the entry of the same indicator. True when created.</summary>
    internal async Task<bool> UpsertAsync(LibraryEntry draft, LibraryCitation citation, CancellationToken ct)
    {
        var candidates = await db.LibraryEntries.Where(e => e.NameKey == draft.NameKey).ToListAsync(ct);
        var existing = candidates.FirstOrDefault(e => GoalSettings.SameClass(e.Level1, draft.Level1) && GoalSettings.SameClass(e.Level2, draft.Level2));
        if (existing is null)
        {
            draft.Citations = JsonSerializer.Serialize(new[] { citation }, CitationJson);
            draft.CreatedAt = clock.GetUtcNow();
            db.LibraryEntries.Add(draft);
            await db.SaveChangesAsync(ct);
            await IndexAsync(draft, ct);
            return true;
        }

        var citations = Citations(existing).ToList();
        if (!citations.Any(c => c.Document == citation.Document && c.Line == citation.Line))
        {
            citations.Add(citation);
            existing.Citations = JsonSerializer.Serialize(citations, CitationJson);
        }

        existing.FunctionClass ??= draft.FunctionClass;
        existing.FunctionSection ??= draft.FunctionSection;
        existing.FundUse ??= draft.FundUse;
        existing.Unit ??= draft.Unit;
        existing.Operator ??= draft.Operator;
        existing.Explanation ??= draft.Explanation;
        existing.Standards ??= draft.Standards;
        existing.ScoringFormula ??= draft.ScoringFormula;
        await db.SaveChangesAsync(ct);
        await IndexAsync(existing, ct);
        return false;
    }

    /// <summary>(Re)writes an entry's bigrams: the name counts three times, keywords twice, the rest once.</summary>
    internal async Task IndexAsync(LibraryEntry entry, CancellationToken ct)
    {
        var counts = GramsOf(entry);
        foreach (var tracked in db.ChangeTracker.Entries<LibraryGram>().Where(g => g.Entity.EntryId == entry.Id).ToList())
        {
            tracked.State = EntityState.Detached;
        }

        await db.LibraryGrams.Where(g => g.EntryId == entry.Id).ExecuteDeleteAsync(ct);
        var grams = counts.Select(kv => new LibraryGram { Gram = kv.Key, EntryId = entry.Id, Tf = kv.Value }).ToList();
        db.LibraryGrams.AddRange(grams);
        entry.GramCount = counts.Values.Sum();
        await db.SaveChangesAsync(ct);
        InvalidateStats();

        // Grams are written once and never read back through this context: untracked, so that importing thousands of
        // entries does not make every later save scan them again.
        foreach (var g in grams)
        {
            db.Entry(g).State = EntityState.Detached;
        }
    }

    internal static Dictionary<string, int> GramsOf(LibraryEntry entry)
    {
        var counts = TextGrams.Counts(entry.Name, 3);
        TextGrams.Add(counts, entry.Keywords, 2);
        TextGrams.Add(counts, entry.Level2);
        TextGrams.Add(counts, entry.FundUse);
        TextGrams.Add(counts, entry.FunctionSection);
        TextGrams.Add(counts, entry.Explanation);
        return counts;
    }

    internal static IReadOnlyList<LibraryCitation> Citations(LibraryEntry e) =>
        JsonSerializer.Deserialize<List<LibraryCitation>>(e.Citations, CitationJson) ?? [];

    internal static LibraryEntryView View(LibraryEntry e) => new(
        e.Id, e.Name, e.Level1, e.Level2, e.FunctionClass, e.FunctionSection, e.FundUse, e.ValueType, e.Operator?.Symbol(), e.Unit,
        e.Explanation, e.Standards, e.Formula, e.ScoringFormula, e.Keywords, e.SourceKind, Citations(e));

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
