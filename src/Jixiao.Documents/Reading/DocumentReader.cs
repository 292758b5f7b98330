using System.Globalization;
using Jixiao.Documents.Import;

namespace Jixiao.Documents.Reading;

/// <summary>What the readers of one document share: the vocabulary, the builder, the lines and what is known so far.</summary>
internal sealed class ReadContext
{
    public required VocabularyIndex Index { get; init; }

    public required DocBuilder Builder { get; init; }

    public required DocumentKind Kind { get; init; }

    public required IReadOnlyList<TextLine> Lines { get; init; }

    /// <summary>The evaluated year once found (figures of other years are then not the document's).</summary>
    public int? Year { get; set; }

    /// <summary>The document's title, folded (empty when it has none).</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The money unit a table caption gives to bare numbers, or null (then bare amounts are not read).</summary>
    public MoneyUnit? TableUnit { get; set; }

    /// <summary>A project page's publishers (发布机构, 来源) that the text does not name acting: not its unit by themselves.</summary>
    public List<(string Name, SourceRef Source)> Publishers { get; } = [];

    /// <summary>Line indexes read as table rows or inside indicator tables: not read again as prose.</summary>
    public HashSet<int> Consumed { get; } = [];

    /// <summary>Figures of named items (项目, 经费) are not the document's: true for department and other documents.</summary>
    public bool SubItemsApply => Kind is DocumentKind.DepartmentReport or DocumentKind.DepartmentScoreTable or DocumentKind.Other;

    public bool IsProject => Kind is DocumentKind.ProjectTable or DocumentKind.ProjectReport;

    /// <summary>
    /// The unit the text's lines open with (<see cref="DocumentReader.RepeatedOpeningUnit"/>), found once per document: the
    /// clause reader asks it of a figure's owner, the unit reader of the unit.
    /// </summary>
    public (string Unit, SourceRef Source, string How)? OpeningUnit => openingUnitFound ? openingUnit : FindOpeningUnit();

    private (string Unit, SourceRef Source, string How)? openingUnit;
    private bool openingUnitFound;

    private (string Unit, SourceRef Source, string How)? FindOpeningUnit()
    {
        openingUnit = DocumentReader.RepeatedOpeningUnit(this);
        openingUnitFound = true;
        return openingUnit;
    }

    /// <summary>
    /// The endings (局, 中心, 大队 …) of the self-references (selfReferences: 我局, 本中心, 我大队) the text outside page chrome
    /// uses, once each; found once per document.
    /// </summary>
    public IReadOnlyList<string> SelfReferenceEndings => selfReferenceEndings ??=
        [.. Index.Vocabulary.SelfReferences.Where(r => Lines.Any(l => !l.Chrome && l.Text.Contains(r, StringComparison.Ordinal))).Select(r => r[1..]).Distinct()];

    private IReadOnlyList<string>? selfReferenceEndings;

    /// <summary>The next non-empty, non-chrome line after the line at <paramref name="index"/>.</summary>
    public TextLine? NextLine(int index)
    {
        for (var i = index + 1; i < Lines.Count && i <= index + 3; i++)
        {
            if (!Lines[i].Chrome && Lines[i].Text.Trim().Length > 0)
            {
                return Lines[i];
            }
        }

        return null;
    }

    /// <summary>A unit's name as written, cleaned (code prefix, 附件/关于, spaces inside words), or null when it does not look like a unit.</summary>
    public string? CleanUnit(string value) => CleanName(value, requireSuffix: true);

    // Kept as fields: a params list written at the call allocates a new array on every call, and names are cleaned often.
    private static readonly char[] NameTrailers = ['|', ':', '：', ',', '，', '。', ' '];
    private static readonly char[] ListBullets = ['•', '·', '●', '○', '■', '□', '◆', '◇', '▪', '▶', '►', '※'];
    private static readonly char[] PrefixTrailers = [':', '：', ' ', '|', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    /// <summary>The words before a name that are no part of it (fields.yaml unitStripPrefixes: 附件, 关于 …) taken off, with the marks after them.</summary>
    public string StripUnitPrefixes(string text)
    {
        foreach (var prefix in Index.Vocabulary.UnitStripPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                text = text[prefix.Length..].TrimStart(PrefixTrailers);
            }
        }

        return text;
    }

    /// <summary>A name as written, cleaned; with <paramref name="requireSuffix"/> only when it ends like a unit (局, 委员会 …).</summary>
    public string? CleanName(string value, bool requireSuffix)
    {
        var v = Index.Vocabulary;
        var u = TextNormalizer.JoinCjk(value.Trim()).Trim().TrimEnd(NameTrailers).Trim().TrimStart(ListBullets).Trim();

        // A Markdown-style list item (- 隆阳区林业和草原局: a page's metadata copied one cell a line): the dash is no part of the name.
        if (u.Length > 2 && u[0] is '-' or '－' && char.IsWhiteSpace(u[1]))
        {
            u = u[1..].Trim();
        }

        // A leading code in brackets: [101001]某某县…, 【101】某某县…
        if (u.Length > 2 && u[0] is '[' or '【' or '(' or '（' && u.AsSpan().IndexOfAny("]】)）") is var close and > 1 and <= 21
            && u[1..close].All(char.IsAsciiLetterOrDigit))
        {
            u = u[(close + 1)..].Trim();
        }

        // A bracket opened before the name and never closed in it ((某某合作社冷链设施建设项目) cut after the unit): not the name's.
        if (u.Length > 3 && u[0] is '(' or '（' && u.AsSpan().IndexOfAny(")）") < 0)
        {
            u = u[1..].Trim();
        }

        // A leading code: 219001-池州市…
        var dash = u.AsSpan().IndexOfAny("-－—");
        if (dash > 0 && dash <= 20 && u[..dash].All(char.IsAsciiLetterOrDigit))
        {
            u = u[(dash + 1)..].Trim();
        }

        u = StripUnitPrefixes(u);

        // A part's mark before the name (第二部分:某某中心…) is no part of it either.
        foreach (var mark in v.PartMarks)
        {
            if (u.StartsWith(mark, StringComparison.Ordinal))
            {
                u = u[mark.Length..].TrimStart(PrefixTrailers);
            }
        }

        // Digits: a year or a date is not part of a name (a few digits may be: 第2中学, 911支队).
        // Sentence or label punctuation (标题: …, 《…》, …下载即用。…) is page text around a name, never part of it.
        if (u.Length < 3 || u.Length > 60 || u.Count(char.IsAsciiDigit) > 3 || TextNormalizer.IsPlaceholder(u)
            || u.IndexOfAny(NotInNames) >= 0)
        {
            return null;
        }

        // A sentence's words run on after a label (部门评价报告根据县财政局要求…: 评价报告根据县财政局): a name holds none of
        // fields.yaml nameNeverHolds (根据, 按照 …, 报告).
        // A standing group's own office (某某市涉农资金统筹整合领导小组办公室, nameOfficeEndings) is a body of its own.
        if (v.NameNeverHolds.Any(w => u.Contains(w, StringComparison.Ordinal)) && !v.NameOfficeEndings.Any(e => u.EndsWith(e, StringComparison.Ordinal) && u.Length > e.Length + 2))
        {
            return null;
        }

        var folded = VocabularyLoader.Fold(u);

        // A page's metadata label run into a name (发布文号 关键词 / 宁国市2023年…: a PDF's or a page's lines joined): no name holds
        // one (chrome.yaml valueBelow: 索引号, 发文字号, 关键词 …).
        if (v.Chrome.ValueBelow.Any(l => folded.Contains(l, StringComparison.Ordinal)))
        {
            return null;
        }

        foreach (var q in v.UnitQualifiers)
        {
            if (folded.EndsWith(q, StringComparison.Ordinal) && folded.Length > q.Length)
            {
                folded = folded[..^q.Length];
                if (requireSuffix)
                {
                    // The unit without its qualifier (XX局本级, XX组织部（本级）).
                    u = TrimFoldedEnd(u, q.Length);
                }

                break;
            }
        }

        // 区本级 without its qualifier: a level alone (区, 县), no body's name.
        if (requireSuffix && (u.Length < 2 || v.RegionSuffixes.Contains(u)))
        {
            return null;
        }

        // 某某市财政局（市国资委、市金融监管局）: the list in brackets names the other bodies the unit houses, not the unit.
        if (requireSuffix && BracketedList(folded) is { } listAt)
        {
            u = TrimFoldedEnd(u, folded.Length - listAt);
            folded = folded[..listAt];
        }

        // 某某街道党政办、管理办、平安办: a list of bodies names no one unit.
        if (requireSuffix && u.Contains('、', StringComparison.Ordinal))
        {
            return null;
        }

        if (requireSuffix && v.NameNeverStarts.Any(w => u.StartsWith(w, StringComparison.Ordinal)))
        {
            return null;
        }

        // The same name twice (two cells, 主管单位 and 实施单位, run together), or again without its region: once.
        if (Doubled(u) is { } once)
        {
            return CleanName(once, requireSuffix);
        }

        // A unit's name run into the next line's region (牟定县人民政府 / 牟定县2020年…): two names, neither one alone.
        if (requireSuffix && UnitThenRegion(folded))
        {
            return null;
        }

        // Two bodies of one region run together (重庆市财政局重庆市住房和城乡建设委员会: a joint report): no one unit.
        if (requireSuffix && TwoUnitsOfOneRegion(folded))
        {
            return null;
        }

        // What only a division's name ends in (a firm's branch, 某某会计师事务所河南分所; the collective 财政处室) is never the unit.
        if (requireSuffix && v.DivisionOnlyEndings.Any(e => folded.EndsWith(e, StringComparison.Ordinal) && folded.Length > e.Length))
        {
            return null;
        }

        return !requireSuffix || EndsLikeUnit(folded) || BracketedSecondName(folded) ? u : null;

        bool EndsLikeUnit(string f) => v.UnitSuffixes.Any(s => f.EndsWith(s, StringComparison.Ordinal));

        // 某某局 某某局 or 某某局某某局: the name once, else null (no allocation for the usual single name).
        static string? Doubled(string u)
        {
            if (u.Length >= 6 && u.Length % 2 == 0 && u.AsSpan(0, u.Length / 2).SequenceEqual(u.AsSpan(u.Length / 2)))
            {
                return u[..(u.Length / 2)];
            }

            // Written again without its outer region (龙岩市永定区图书馆永定区图书馆: a page header run into the title).
            for (var k = (u.Length + 1) / 2; k <= u.Length - 4; k++)
            {
                if (u.AsSpan(0, k).EndsWith(u.AsSpan(k), StringComparison.Ordinal))
                {
                    return u[..k];
                }
            }

            if (!u.Contains(' ', StringComparison.Ordinal))
            {
                return null;
            }

            var compact = TextNormalizer.Compact(u);
            return compact.Length >= 6 && compact.Length % 2 == 0 && compact.AsSpan(0, compact.Length / 2).SequenceEqual(compact.AsSpan(compact.Length / 2))
                ? compact[..(compact.Length / 2)] : null;
        }

        // A name ending, after a unit's suffix that is no region's (人民政府, 局), in a bare region (牟定县).
        bool UnitThenRegion(string f)
        {
            if (!v.RegionSuffixes.Any(r => f.EndsWith(r, StringComparison.Ordinal)))
            {
                return false;
            }

            var unitEndings = v.UnitSuffixes.Where(x => x.Length > 1 && !v.RegionSuffixes.Contains(x, StringComparer.Ordinal)).ToList();
            for (var k = f.Length - 2; k >= 3; k--)
            {
                var head = f[..k];
                if (unitEndings.Any(x => head.EndsWith(x, StringComparison.Ordinal)) && IsRegionOnly(f[k..]) && !CountyGovernmentsTown(head, f[k..]))
                {
                    return true;
                }
            }

            return false;
        }

        // 寻甸回族彝族自治县人民政府倘甸镇: a town named as its county government's (a government's word, then a town) is one
        // unit, the town's government, not a name run into the next line's region.
        bool CountyGovernmentsTown(string head, string region) =>
            v.TownSuffixes.Any(x => region.EndsWith(x, StringComparison.Ordinal)) && v.TownGovernmentWords.Any(w => head.EndsWith(w, StringComparison.Ordinal));

        // The name's leading region again after a unit's ending, and a unit's name from there to the end.
        bool TwoUnitsOfOneRegion(string f)
        {
            if (f.Length < 10 || f.IndexOf(f[..2], 2, StringComparison.Ordinal) < 0)
            {
                return false;
            }

            for (var k = 2; k <= 8 && k < f.Length / 2; k++)
            {
                var region = f[..k];
                if (!v.RegionSuffixes.Any(r => region.EndsWith(r, StringComparison.Ordinal)) || !IsRegionOnly(region))
                {
                    continue;
                }

                for (var j = f.IndexOf(region, k + 2, StringComparison.Ordinal); j > 0; j = f.IndexOf(region, j + 1, StringComparison.Ordinal))
                {
                    if (EndsLikeUnit(f[..j]) && f.Length - j > region.Length + 1)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // Where a unit's name ends in brackets holding a list of names that end like units (市国资委、市金融监管局): the
        // bracket's start, else null.
        int? BracketedList(string f)
        {
            var open = f.LastIndexOf('(');
            if (!f.EndsWith(')') || open < 3 || !EndsLikeUnit(f[..open]))
            {
                return null;
            }

            var inside = f[(open + 1)..^1];
            // 某某区住房和城乡建设局（包含区棚改服务中心）: what the unit's figures include (unitScopeLeads), not its name.
            if (v.UnitScopeLeads.Any(w => inside.StartsWith(w, StringComparison.Ordinal) && inside.Length > w.Length))
            {
                return open;
            }

            var parts = inside.Split('、');
            return parts.Length >= 2 && parts.All(p => p.Length >= 2 && EndsLikeUnit(p)) ? open : null;
        }

        // 某某县人民政府办公室（县外事办）, 某某县委宣传部（县新闻出版局）: a unit's name followed by the short name of the
        // body it also acts as, in brackets; both end like a unit.
        bool BracketedSecondName(string f)
        {
            var open = f.LastIndexOf('(');
            return f.EndsWith(')') && open > 2 && f.Length - open - 2 is >= 2 and <= 12 && f.IndexOf('(') == open
                && EndsLikeUnit(f[..open]) && EndsLikeUnit(f[(open + 1)..^1]);
        }
    }

    // An underscore is a template's blank (_县市场监督管理局, ____单位): the name was never filled in.
    private static readonly System.Buffers.SearchValues<char> NotInNames = System.Buffers.SearchValues.Create(",，。:：|《》【】#!！?？;；®©_＿");

    /// <summary>The text without its last <paramref name="folded"/> folded characters (spaces do not count).</summary>
    internal static string TrimFoldedEnd(string text, int folded)
    {
        var i = text.Length;
        while (i > 0 && folded > 0)
        {
            i--;
            if (!char.IsWhiteSpace(text[i]))
            {
                folded--;
            }
        }

        return text[..i].TrimEnd();
    }

    /// <summary>The region self-references (我市, 我县, 我镇 …) the text outside page chrome speaks with.</summary>
    public IEnumerable<string> SpokenRegionReferences() =>
        Index.Vocabulary.RegionSelfReferences.Where(r => Lines.Any(l => !l.Chrome && l.Text.Contains(r, StringComparison.Ordinal)));

    /// <summary>
    /// The text outside page chrome speaks as a region (regionSelfReferences: 我市 …; not sharedRegionSelfReferences, 我省, which
    /// any body below speaks with too) and <paramref name="publisher"/> holds none of the region endings it speaks with: a page
    /// that reposted another's document.
    /// </summary>
    public bool SpeaksForAnotherRegion(string publisher)
    {
        var spoken = SpokenRegionReferences().Where(r => !Index.Vocabulary.SharedRegionSelfReferences.Contains(r, StringComparer.Ordinal)).ToList();
        return spoken.Count > 0 && !spoken.Any(r => publisher.Contains(r[1..], StringComparison.Ordinal));
    }

    /// <summary>
    /// The text outside page chrome calls itself by a self-reference (selfReferences: 我局, 我校 …): who wrote it is then
    /// decided by that ending (<see cref="DocumentReader"/>'s self-referred publisher), not by a page's publisher alone.
    /// </summary>
    public bool CallsItself()
    {
        var refs = Index.Vocabulary.SelfReferences;
        return Lines.Where(l => !l.Chrome).Any(l => refs.Any(r => l.Text.Contains(r, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The text outside page chrome writes <paramref name="name"/>, in full or short (某某区住建局 for 某某区住房和城乡建设局),
    /// anywhere (根据某某区住建局下达的计划: another body's act, the writer someone else).
    /// </summary>
    public bool Mentions(string name) => WritesName(name, asSubject: false);

    /// <summary>
    /// The text outside page chrome writes the unit's name, in full or short (兴庆区住建局 for 兴庆区住房和城乡建设局), as the
    /// subject of a sentence (at a line or clause start).
    /// </summary>
    public bool BodyNames(string name) => WritesName(name, asSubject: true);

    /// <summary>
    /// Where the text outside page chrome writes <paramref name="name"/> in full or short; with <paramref name="asSubject"/>
    /// only at a line or clause start, a short form only when it is a unit's name itself, and never a name alone on its line
    /// (a metadata value one cell a line, 发布机构 / 某某局, is no sentence's subject).
    /// </summary>
    private bool WritesName(string name, bool asSubject)
    {
        foreach (var line in Lines)
        {
            if (line.Chrome)
            {
                continue;
            }

            var t = line.Text;
            if (asSubject && t.Trim() == name)
            {
                continue;
            }

            for (var at = t.IndexOf(name[..2], StringComparison.Ordinal); at >= 0; at = t.IndexOf(name[..2], at + 1, StringComparison.Ordinal))
            {
                var k = at - 1;
                while (k >= 0 && t[k] == ' ')
                {
                    k--;
                }

                if (asSubject && k >= 0 && t[k] is not ('，' or ',' or '。' or '；' or ';' or '：' or ':'))
                {
                    continue;
                }

                if (string.CompareOrdinal(t, at, name, 0, name.Length) == 0)
                {
                    return true;
                }

                for (var len = Math.Min(name.Length - 1, t.Length - at); len >= 4; len--)
                {
                    if (DocumentReader.Abbreviates(t.Substring(at, len), name) && (!asSubject || CleanUnit(t.Substring(at, len)) is not null))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>A finance body's name (fiscalPublishers: 某某市财政局, 某某省财政厅).</summary>
    public bool IsFiscalBody(string name) =>
        Index.Vocabulary.FiscalPublishers.Any(e => VocabularyLoader.Fold(name).EndsWith(e, StringComparison.Ordinal));

    /// <summary>
    /// The text outside page chrome says <paramref name="name"/> commissioned the evaluation (commissionMarks: 某某事务所受某某县
    /// 财政局委托…), in full or without its region (受县财政局委托): the body that ordered a third party's report, not the unit
    /// it evaluates.
    /// </summary>
    public bool Commissioned(string name) => Commissioners().Any(who =>
    {
        var folded = VocabularyLoader.Fold(name);
        return who == folded || (folded.EndsWith(who, StringComparison.Ordinal) && IsRegionOnly(folded[..^(who.Length - 1)]))
            || DocumentReader.Abbreviates(who, folded);
    });

    /// <summary>The bodies the text says commissioned it (受某某县财政局委托 → 某某县财政局), folded.</summary>
    public IEnumerable<string> Commissioners()
    {
        foreach (var line in Lines)
        {
            if (line.Chrome)
            {
                continue;
            }

            var t = VocabularyLoader.Fold(line.Text);
            foreach (var (lead, tail) in Index.Vocabulary.CommissionMarks)
            {
                for (var at = t.IndexOf(lead, StringComparison.Ordinal); at >= 0; at = t.IndexOf(lead, at + 1, StringComparison.Ordinal))
                {
                    var start = at + lead.Length;
                    var close = t.IndexOf(tail, start, StringComparison.Ordinal);
                    if (close - start is < 3 or > 30)
                    {
                        continue;
                    }

                    yield return t[start..close];
                }
            }
        }
    }

    /// <summary>
    /// A division's name (divisionEndings) after its parent body's name (某某市财政局 + 预算科) or only the parent's ending
    /// (厅公共服务处: the 厅's 公共服务处). 某某县人民政府办公室 and 市委政策研究室 are no divisions.
    /// </summary>
    public bool IsDivision(string name)
    {
        var v = Index.Vocabulary;
        var f = VocabularyLoader.Fold(name);
        if (!v.DivisionEndings.Any(e => f.EndsWith(e, StringComparison.Ordinal) && f.Length > e.Length))
        {
            return false;
        }

        // The division's own name is at least two characters after its parent's (局 + 综合股, not 局 + 处 alone).
        for (var k = 1; k <= f.Length - 2; k++)
        {
            if (v.DivisionParents.Any(p => f.AsSpan(0, k).EndsWith(p, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name that is only a region (厦门市, 宿城区, 池州市贵池区): the place a title is about, not a unit.</summary>
    public bool IsRegionOnly(string name)
    {
        var folded = VocabularyLoader.Fold(name);
        var suffixes = Index.Vocabulary.RegionSuffixes;
        while (folded.Length > 0)
        {
            // The longest ending that fits (自治州 before 州); a loop, not a query: this runs for every prefix of every name.
            string? s = null;
            foreach (var x in suffixes)
            {
                if (folded.Length > x.Length && folded.EndsWith(x, StringComparison.Ordinal) && (s is null || x.Length > s.Length))
                {
                    s = x;
                }
            }

            if (s is null)
            {
                return false;
            }

            // The rest before the region's ending: another region (池州市贵池区) or a bare place name (厦门). A region's
            // ending at the very start is the place name's first character (镇安县, 市中区), no region of its own.
            folded = folded[..^s.Length];
            var inner = suffixes.Select(x => folded.LastIndexOf(x, StringComparison.Ordinal) is var k and >= 1 ? k + x.Length : -1).Max();
            var place = inner < 0 ? folded : folded[inner..];
            // An autonomous region names its peoples after the place (红河哈尼族彝族自治州, 双江拉祜族佤族布朗族傣族自治县): longer.
            if (place.Length > (s.Length > 1 && place.EndsWith('族') ? 16 : 6) || Index.Vocabulary.UnitSuffixes.Any(x => x.Length > 1 && place.Contains(x, StringComparison.Ordinal)))
            {
                return false;
            }

            if (inner < 0)
            {
                return true;
            }

            folded = folded[..inner];
        }

        return true;
    }
}

/// <summary>
/// The one generic extractor of the importer: reads what a document states through the reading
/// vocabulary (reading/*.yaml) — the evaluated year, the unit, budget figures, execution rate,
/// score and grade — from titles, labelled clauses, cells, key–value covers and tables, each
/// value with its source line and span. Kinds, sections and indicator rows are read by
/// <see cref="KindClassifier"/>, <see cref="SectionReader"/> and the table parsers.
/// </summary>
internal static partial class DocumentReader
{
    public static ReadContext Read(DocumentKind kind, IReadOnlyList<TextLine> lines, DocBuilder b, ReadingVocabulary v)
    {
        var ix = VocabularyIndex.Of(v);
        var ctx = new ReadContext { Index = ix, Builder = b, Kind = kind, Lines = lines };
        var title = TitleLines(lines, ix);
        ctx.Title = VocabularyLoader.Fold(string.Concat(title.Select(t => t.Line.Text)));
        ReadYear(ctx, title);
        ctx.TableUnit = FindTableUnit(lines, v);
        new TableReader(ctx).Read();

        var clauses = new ClauseReader(ctx);
        // By the line itself: the pieces of a file line whose breaks were lost share its number.
        var indexOf = new Dictionary<TextLine, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < lines.Count; i++)
        {
            indexOf[lines[i]] = i;
        }

        var prose = lines.Where((l, i) => !l.Chrome && !ctx.Consumed.Contains(i)).ToList();
        foreach (var p in TextParagraph.Build(prose, t => StartsField(t, ix), null, t => FigureLabelAlone(t, ix)))
        {
            var text = p.Text;
            var last = indexOf[p.Lines.Last()];
            var piece = new ClauseReader.Piece(text, p.Locate, text.Contains('|', StringComparison.Ordinal) || text.Contains('\t', StringComparison.Ordinal), false, last);
            clauses.Read(piece);
            clauses.ReadTicks(piece);
        }

        clauses.FlushEnumeratedRates();
        clauses.FlushBudgetTotal();
        clauses.FlushSourceSplitTotal();
        clauses.FlushInitialSplitTotal();
        clauses.FlushBudgetByChange();
        clauses.FlushSourceAllocations();
        clauses.FlushSeveralAllocations(ctx.Title);
        clauses.FlushRateByIdentity();
        clauses.FlushTitleFundBudget(ctx.Title);
        clauses.FlushBudgetByReceived();
        clauses.FlushBudgetByRate();
        clauses.FlushPairByRate();
        clauses.FlushExecutedByRate();
        clauses.FlushMaskedBudget();

        // Page chrome: only the labels that may be read there (发布机构, 来源).
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Chrome)
            {
                var line = lines[i];
                clauses.Read(new ClauseReader.Piece(line.Text, line.Span, false, true, i));
            }
        }

        ReadTitleUnit(ctx, title);
        ReadTitleShortFormUnit(ctx, title);
        ReadRunOnTitleUnit(ctx, title);
        ReadBracketedProjectUnit(ctx, title);
        ReadTownGovernment(ctx, title);
        ReadSignatureUnit(ctx);
        ReadSelfEvaluatorUnit(ctx);
        ReadBracketedSelfName(ctx);
        ReadStandaloneNameUnit(ctx, title);
        ReadSelfReferredUnit(ctx);
        ReadSelfReferredTown(ctx);
        ReadSelfReferredPublisher(ctx);
        ReadSiteOwnerUnit(ctx);
        ExpandAbbreviatedUnit(ctx);
        ReadSelfDescribedUnit(ctx);
        ReadAbbreviatedUnit(ctx);
        ReadProjectNameUnit(ctx);
        ReadBreadcrumbUnit(ctx);
        ReadNewsSubjectUnit(ctx);
        ReadEvaluatedObjectUnit(ctx);
        ReadRepeatedOpeningUnit(ctx);
        ReadRepeatedSubjectUnit(ctx);
        ReadSubUnitOfReadUnit(ctx);
        CompleteTownUnit(ctx);
        WithdrawMaskedRegionUnit(ctx);
        if (kind == DocumentKind.TransferPaymentReport && PartHeading(lines, ix) is { } part)
        {
            b.WithdrawBudget($"报告按资金分部分写（“{part}”下才是{string.Join("、", v.PartOutlineHeadings)}），文中的金额和比率是该部分的，不是整个报告的");
        }
        else if (kind == DocumentKind.TransferPaymentReport && FundHeadings(lines, ix) is { Count: >= 2 } funds)
        {
            b.WithdrawBudget($"报告按资金分节写（{string.Join("、", funds.Take(3))}），文中的金额和比率是各项资金的，不是整个报告的");
        }

        // (1)项目名称:… 预算0.01万元 / (2)项目名称:… 预算1.00万元: a report going through its projects one by one, every figure
        // read from the first of them on is one project's, not the report's.
        if (ItemisedProjects(lines, ix) is { Count: >= 2 } items
            && b.Values.Where(x => x.Path.StartsWith("budget.", StringComparison.Ordinal)).ToList() is { Count: > 0 } figures
            && figures.All(x => x.Source.Line >= items[0].Number))
        {
            b.WithdrawBudget($"报告逐项写各项目（第 {items[0].Number} 行起，共 {items.Count} 项，各以{string.Join("、", v.ItemisedProjectLabels)}开头），文中的金额和比率是各项目的，不是整个报告的");
        }

        // A table's 得分 cell of one row (年度资金总额 … 分值 10 … 自评分数 10) taken for the document's: no document scores itself so low.
        if (b.TotalScore is { } score && score < v.TotalScoreFloor)
        {
            b.WithdrawTotalScore($"读到的总分 {Jixiao.Domain.Money.FormatShort(score)} 低于 {v.TotalScoreFloor} 分（reading/fields.yaml totalScoreFloor），是某一指标或某一项的得分，不是文档的总分");
        }

        if (kind == DocumentKind.Other)
        {
            if (!ProvesItself(b))
            {
                b.WithdrawBudget("不是自评文档（其他），文中的金额和比率不作为预算、执行数或执行率（未同时写明预算数、执行数和与之相符的执行率）");
            }

            b.WithdrawScore("不是自评文档（其他），文中的得分和等级不作为自评得分或评价等级");
        }

        return ctx;
    }

    /// <summary>
    /// A budget, its spending and a stated rate that is their quotient (全年预算为63501.78万元 … 决算61658.08万元 … 执行率97.10%):
    /// figures that prove to be one budget's execution, kept even in a document that is no self-evaluation (其他, or a part
    /// of undecided kind); any one alone may be a notice's allocation, a year's total or another unit's.
    /// </summary>
    private static bool ProvesItself(DocBuilder b) =>
        (b.Adjusted ?? b.Initial) is { } budget && budget > 0 && b.Executed is { } executed && b.StatedRate is { } rate
        && RateAgreement.Agrees(executed, budget, rate);

    /// <summary>
    /// A report written in parts, one per fund or task (一、中央自然灾害救灾资金(森林草原航空消防租机补助经费) / (一)绩效目标分解下达
    /// 情况 …): the outline's opening heading (partOutlineHeadings) numbered below a level-1 heading that is not itself one. Returns
    /// that level-1 heading's words, or null when the outline opens at the top level (一、绩效目标分解下达情况) or under a section
    /// heading of the whole report (一、基本情况).
    /// </summary>
    private static string? PartHeading(IReadOnlyList<TextLine> lines, VocabularyIndex ix)
    {
        var outline = ix.Vocabulary.PartOutlineHeadings;
        if (outline.Count == 0)
        {
            return null;
        }

        string? part = null;
        foreach (var line in lines)
        {
            var t = line.Text.Trim();
            if (line.Chrome || t.Length is 0 or > 80 || SectionReader.HeadingOf(t, ix) is not { Numbered: true } heading)
            {
                continue;
            }

            var opensOutline = outline.Any(o => t.Contains(o, StringComparison.Ordinal));
            if (heading.Level == 1)
            {
                if (opensOutline)
                {
                    return null;
                }

                // 一、基本情况 / (一)绩效目标分解下达情况: a section of the whole report, not a part of its money.
                part = heading.Section is null ? t : null;
            }
            else if (opensOutline)
            {
                return part;
            }
        }

        return null;
    }

    /// <summary>
    /// Lines opening with a list number and an item's label ((1)项目名称:…, 2.项目名称：…; itemisedProjectLabels), or lower-level
    /// numbered headings that each name a project ((一)反渗透工作经费项目 / (二)九三学社工作经费项目, ending in projectNameMarks).
    /// </summary>
    private static List<TextLine> ItemisedProjects(IReadOnlyList<TextLine> lines, VocabularyIndex ix)
    {
        var v = ix.Vocabulary;
        var found = new List<TextLine>();
        foreach (var line in lines.Where(l => !l.Chrome))
        {
            var t = VocabularyLoader.Fold(line.Text.TrimStart());
            if (ListNumber().Match(t) is { Success: true } m
                && t[m.Length..] is var rest && v.ItemisedProjectLabels.Any(l => rest.StartsWith(l, StringComparison.Ordinal) && rest.Length > l.Length && rest[l.Length] == ':'))
            {
                found.Add(line);
            }
            else if (NamedHeadingWords(line, ix) is { } words && v.ProjectNameMarks.Any(e => words.EndsWith(e, StringComparison.Ordinal) && words.Length >= e.Length + 6))
            {
                found.Add(line);
            }
        }

        return found;
    }

    /// <summary>A list number opening a line or a sentence: (一), （2）, 1., 3、, 二、, 4．.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:[(（][0-9一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.、．]|[一二三四五六七八九十]{1,2}、)")]
    private static partial System.Text.RegularExpressions.Regex ListNumber();

    /// <summary>
    /// Lower-level numbered headings that each name a fund ((一)自然灾害防治体系建设补助资金 / (二)林业草原生态保护恢复资金, ending in
    /// one of fundNameEndings): a transfer report that gives its money fund by fund, whose figures are each fund's.
    /// </summary>
    private static List<string> FundHeadings(IReadOnlyList<TextLine> lines, VocabularyIndex ix)
    {
        var found = new List<string>();
        foreach (var line in lines.Where(l => !l.Chrome))
        {
            var t = line.Text.Trim();
            if (NamedHeadingWords(line, ix) is { } words && ix.Vocabulary.FundNameEndings.Any(e => words.EndsWith(e, StringComparison.Ordinal)) && !found.Contains(t))
            {
                found.Add(t);
            }
        }

        return found;
    }

    /// <summary>
    /// The folded words of a short lower-level numbered heading that is no known section and holds no text of its own
    /// ((一)反渗透工作经费项目, (二)林业草原生态保护恢复资金): what the heading names, for the caller to test its ending; else null.
    /// </summary>
    private static string? NamedHeadingWords(TextLine line, VocabularyIndex ix)
    {
        var t = line.Text.Trim();
        return t.Length is 0 or > 40 || SectionReader.HeadingOf(t, ix) is not { Numbered: true, Level: > 1, Section: null, InlineBody: < 0 }
            ? null : VocabularyLoader.Fold(t).TrimEnd('。', '.', ':');
    }

    /// <summary>
    /// The signature of an official document (落款): a line that is only a unit's name, followed by a
    /// line that is only a date (百色市财政局 / 2021年3月25日). Weaker than a title or a label.
    /// </summary>
    private static void ReadSignatureUnit(ReadContext ctx)
    {
        var lines = ctx.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var t = line.Text.Trim();
            // 某某县林业局 / 2024年3月15日; 某某县林业局    2024年3月15日 (the name and the date on one line, spaces between); a page
            // whose line breaks were lost ending in its signature (…八、其他需说明的问题 无 中共某某市委办公室 2018年6月5日).
            (string Name, int At)? signed = line.Chrome ? null
                : t.Length is >= 3 and <= 40 && ctx.NextLine(i) is { } next && DateLine().IsMatch(next.Text.Trim()) ? (t, 0)
                : t.Length is >= 3 and <= 60 && SignatureWithDate().Match(t) is { Success: true } one && DateLine().IsMatch(one.Groups["date"].Value.Trim()) ? (one.Groups["name"].Value.Trim(), 0)
                : RunOnSignature().Match(t) is { Success: true } runOn ? (runOn.Groups["name"].Value, runOn.Groups["name"].Index)
                : null;
            if (signed is null)
            {
                continue;
            }

            var lead = line.Text.Length - line.Text.TrimStart().Length + signed.Value.At;
            t = signed.Value.Name;
            if (ctx.CleanUnit(t) is { } unit && TextNormalizer.Compact(unit).Length >= TextNormalizer.Compact(t).Length - 4 && !ctx.IsRegionOnly(unit))
            {
                // 财务处 / 2024年3月29日: an office signing without its parent body (a university's, a bureau's) names no unit.
                if (!RegionLed(ctx, unit) && ctx.Index.Vocabulary.DivisionEndings.Any(e => unit.EndsWith(e, StringComparison.Ordinal)) && unit.Length <= 5)
                {
                    return;
                }

                ctx.Builder.SetText("unit", unit, new ReadValue("unit", unit, line.Span(lead, t.Length)) { Stated = t, How = SignatureHow }, 3);
                return;
            }
        }
    }

    /// <summary>
    /// A title whose subject is only a town (田心乡部门整体支出绩效自评报告): the town's government, as the text names it
    /// (田心乡人民政府主要职能职责…, 作者:草潭镇人民政府), is the unit. Weaker than a label or a signature.
    /// </summary>
    private static void ReadTownGovernment(ReadContext ctx, List<(int Index, TextLine Line)> title)
    {
        var v = ctx.Index.Vocabulary;
        if (!ctx.Builder.CanSet("unit", 2))
        {
            return;
        }

        foreach (var (_, line) in title)
        {
            // (Not the issuer's mark before it: 关于正直镇2024年部门预算编制说明.)
            var text = ctx.StripUnitPrefixes(line.Text.Trim());

            for (var k = 2; k <= Math.Min(text.Length, 12); k++)
            {
                var town = text[..k];
                var folded = VocabularyLoader.Fold(town);
                if (!town.All(TextNormalizer.IsCjk) || !v.TownSuffixes.Any(x => folded.EndsWith(x, StringComparison.Ordinal)) || !ctx.IsRegionOnly(town))
                {
                    continue;
                }

                // The town is the whole subject, followed by the year, words of the kind (部门, 项目 …) or an issuer's mark (玄马镇关于…
                // 项目的绩效自评报告): 某某镇中心小学 is another unit.
                var rest = VocabularyLoader.Fold(text[k..]);
                if (!(rest.Length > 0 && (char.IsAsciiDigit(rest[0]) || v.UnitTrailingWords.Any(w => rest.StartsWith(w, StringComparison.Ordinal))
                    || v.UnitIssuerMarks.Any(w => rest.StartsWith(w, StringComparison.Ordinal)))))
                {
                    continue;
                }

                if (GovernmentNamed(ctx, town, v.TownGovernmentWords, withChrome: true, afterRegion: true) is { } named)
                {
                    ctx.Builder.SetText("unit", named.Name, new ReadValue("unit", named.Name, named.Source) { Stated = named.Name, How = "标题只写乡镇名，正文写明该乡镇人民政府" }, 2);
                    return;
                }

                // No government named: the town speaks for itself (鸡飞镇2022年农村危房改造项目自评报告), as the text or the page's
                // publisher writes it with its county (发布机构 昌宁县鸡飞镇), else as the title does. Weakest.
                // Never the generic word (欢迎阅读乡镇…: 乡镇 is towns in general, no town's name).
                if (ctx.Builder.CanSet("unit", 1) && !v.TownSuffixes.Any(x => folded[..^1].EndsWith(x, StringComparison.Ordinal)))
                {
                    var (name, source) = CountyLedTown(ctx, town) ?? (town, line.Span(line.Text.IndexOf(town, StringComparison.Ordinal), town.Length));
                    ctx.Builder.SetText("unit", name, new ReadValue("unit", name, source) { Stated = name, How = "标题只写乡镇名，文中没有写该乡镇人民政府：乡镇本身" }, 1);
                }

                return;
            }
        }
    }

    /// <summary>
    /// The town written with the region above it (昌宁县鸡飞镇, 兴化市新垛镇), starting a word, anywhere in the text or its page's
    /// chrome: the longest such, or null.
    /// </summary>
    private static (string Name, SourceRef Source)? CountyLedTown(ReadContext ctx, string town) =>
        LongestLedForm(ctx.Lines, town, 12, (full, lead) => ctx.IsRegionOnly(lead) && ctx.IsRegionOnly(full));

    /// <summary>
    /// The opening that says who evaluated itself (…，教育部在对各地报送的…基础上，对2020年度…资金项目进行了绩效自评，现将…):
    /// the unit's name opening the clause whose verb is the self-evaluation. Read before the first heading; weak
    /// (below a title, a label and a signature).
    /// </summary>
    private static void ReadSelfEvaluatorUnit(ReadContext ctx)
    {
        if (!ctx.Builder.CanSet("unit", 2) || SelfEvaluator(ctx.Index.Vocabulary) is not { } selfEvaluator)
        {
            return;
        }

        foreach (var (_, line) in OpeningLines(ctx.Lines, 12))
        {
            var t = line.Text;
            if (SectionReader.HeadingOf(t, ctx.Index) is { Section: not null })
            {
                return;
            }

            foreach (System.Text.RegularExpressions.Match m in selfEvaluator.Matches(t.Length > 800 ? t[..800] : t))
            {
                var name = m.Groups["name"];
                var evaluator = !m.Groups["self"].Success && !m.Groups["act"].Success;
                if (ctx.CleanUnit(name.Value) is { } unit && unit == name.Value && !ctx.IsRegionOnly(unit) && !JoinedName(ctx, unit)
                    && (!evaluator || !ctx.Index.Vocabulary.FiscalPublishers.Any(f => unit.EndsWith(f, StringComparison.Ordinal)))
                    && !ctx.Index.Vocabulary.SelfReferences.Contains(unit, StringComparer.Ordinal) && !ctx.Index.Vocabulary.SelfNames.Contains(unit, StringComparer.Ordinal))
                {
                    ctx.Builder.SetText("unit", unit, new ReadValue("unit", unit, line.Span(name.Index, name.Length)) { Stated = unit, How = SelfEvaluatorHow }, 2);
                    return;
                }
            }
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReadingVocabulary, System.Text.RegularExpressions.Regex> SelfEvaluators = [];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReadingVocabulary, System.Text.RegularExpressions.Regex> BracketedSelfNames = [];

    /// <summary>我单位（XX）, 我局“XX”, XX（以下简称“我局”）: built once per vocabulary.</summary>
    private static System.Text.RegularExpressions.Regex BracketedSelfNamePattern(ReadingVocabulary v)
    {
        var self = string.Join('|', v.SelfNames.Concat(v.SelfReferences).OrderByDescending(x => x.Length).Select(System.Text.RegularExpressions.Regex.Escape));
        // 我单位全称为某某县某某中心, (fullNameWords): the name up to the clause's end.
        var fullName = v.FullNameWords.Count == 0 ? string.Empty
            : @"|(?:" + self + @")的?(?:" + string.Join('|', v.FullNameWords.Select(System.Text.RegularExpressions.Regex.Escape)) + @")[:：]?\s*(?<name>[^()（）\s，,。；;:：、“”""《》]{3,30})(?=[，,。；;]|$)";
        return new System.Text.RegularExpressions.Regex(
            @"(?:(?:" + self + @")[(（](?<name>[^()（）\s，,。；;:：、“”""]{3,30})[)）]"
            + @"|(?:" + self + @")[“""](?<name>[^()（）\s，,。；;:：、“”""《》]{3,30})[”""]"
            + @"|(?:^|[，,。；;])\s*(?<name>[^()（）\s，,。；;:：、“”""《》]{3,30})[(（]以下简称[“""]?(?:" + self + @")[”""]?[)）]" + fullName + ")");
    }

    /// <summary>
    /// The text pairs what it calls itself with its full name in brackets: 我单位（某某县林业局）…, 我局（某某县林业局）是…,
    /// 某某县林业局（以下简称“我局”）…: that name is the unit. As weak as the opening self-evaluation clause.
    /// </summary>
    private static void ReadBracketedSelfName(ReadContext ctx)
    {
        var v = ctx.Index.Vocabulary;
        if (!ctx.Builder.CanSet("unit", 2) || v.SelfNames.Count + v.SelfReferences.Count == 0)
        {
            return;
        }

        var pattern = BracketedSelfNames.GetValue(v, BracketedSelfNamePattern);
        var selves = v.SelfNames.Concat(v.SelfReferences).ToList();
        foreach (var line in ctx.Lines)
        {
            // Every form needs a self-name or 以下简称 on the line: the cheap test spares the pattern most lines.
            if (line.Chrome || (!line.Text.Contains("以下简称", StringComparison.Ordinal) && !selves.Any(x => line.Text.Contains(x, StringComparison.Ordinal))))
            {
                continue;
            }

            foreach (System.Text.RegularExpressions.Match m in pattern.Matches(line.Text))
            {
                var name = m.Groups["name"];
                if (ctx.CleanUnit(name.Value) is { } unit && unit == name.Value && !ctx.IsRegionOnly(unit))
                {
                    ctx.Builder.SetText("unit", unit, new ReadValue("unit", unit, line.Span(name.Index, name.Length)) { Stated = name.Value, How = "正文把自称和单位全称写在一起（“我单位（XX）”“XX（以下简称“我局”）”）" }, 2);
                    return;
                }
            }
        }
    }

    /// <summary>
    /// A clause "XX(在…，)对…" followed by a self-evaluation verb of the vocabulary, or "XX" followed by a self-evaluation
    /// act and, within the clause, 绩效自评 (XX组织开展了2023年度…绩效自评工作); null when the vocabulary has no verb.
    /// </summary>
    private static System.Text.RegularExpressions.Regex? SelfEvaluator(ReadingVocabulary v) =>
        v.SelfEvaluationVerbs.Count == 0 ? null : SelfEvaluators.GetValue(v, x => new System.Text.RegularExpressions.Regex(
            @"(?:^|[，,。；;])\s*(?<name>[^\s，,。；;:：“”""()（）《》、]{3,30}?)(?:[(（]以下简称[^()（）]{1,12}[)）])?(?:(?:(?:"
            + (x.SelfEvaluationPreludes.Count == 0 ? "在" : string.Join('|', x.SelfEvaluationPreludes.Select(System.Text.RegularExpressions.Regex.Escape)))
            + @")[^。；;]{0,80}?[，,]\s*)?对[^。；;]{0,80}?(?:"
            + string.Join('|', x.SelfEvaluationVerbs.Select(System.Text.RegularExpressions.Regex.Escape)) + @")(?<self>)"
            + (x.EvaluatorVerbs.Count == 0 ? string.Empty : "|对[^。；;]{0,80}?(?:" + string.Join('|', x.EvaluatorVerbs.Select(System.Text.RegularExpressions.Regex.Escape)) + ")")
            + (x.SelfEvaluationActs.Count == 0 ? string.Empty
                : "|(?:" + string.Join('|', x.SelfEvaluationActs.Select(System.Text.RegularExpressions.Regex.Escape)) + @")[^。；;，,]{0,60}?绩效自评(?<act>)")
            + ")"));

    private static readonly char[] ClauseMarks = [',', '，', '。', ';', '；'];

    /// <summary>
    /// A name may start right after a year (2019年昌宁县殡葬服务中心…, 2022年度某某局…: ClauseReader.AfterAYear), and the 年 or 年度
    /// of the year is never its first character.
    /// </summary>
    private static bool YearMark(string t, int start) => t[start] is '年' or '度' && ClauseReader.AfterAYear(t, start + 1);

    /// <summary>
    /// A text that calls itself 我处 (selfReferences) and names, opening a clause, exactly one unit led by its region whose
    /// name ends so ((一)南昌市某某管理处2022年度共有5个项目): that unit. Weakest source; never a name an issuer's title
    /// gives (某某市财政局关于…) or one inside a cited title (《…》). A name whose own clause also holds the self-reference
    /// (某某县财政局…将资金拨付至我局账户) is another body: none.
    /// </summary>
    /// <summary>
    /// A text speaking as a town (我镇, 我乡: regionSelfReferences whose ending is a townSuffix) that writes exactly one town of
    /// that ending again and again in running text (项目概况位奇镇现有…, 因位奇镇…, 下达位奇镇…): that town, its name the shortest
    /// form — two or three characters and the ending — found after two different characters or opening a clause. Never a word
    /// that only ends like a town (townLikeWords: 城乡, 全镇 …). Weakest source, when nothing else named the unit.
    /// </summary>
    private static void ReadSelfReferredTown(ReadContext ctx)
    {
        var v = ctx.Index.Vocabulary;
        if (!ctx.Builder.CanSet("unit", 1))
        {
            return;
        }

        var body = ctx.Lines.Where(l => !l.Chrome).ToList();
        var suffixes = v.RegionSelfReferences.Where(r => r.Length >= 2 && v.TownSuffixes.Contains(r[1..], StringComparer.Ordinal)
            && body.Any(l => l.Text.Contains(r, StringComparison.Ordinal))).Select(r => r[1..]).Distinct().ToList();
        if (suffixes.Count != 1)
        {
            return;
        }

        var suffix = suffixes[0];
        var seen = new Dictionary<string, (HashSet<char> Before, int Count, SourceRef Source)>(StringComparer.Ordinal);
        foreach (var line in body)
        {
            var t = line.Text;
            for (var k = t.IndexOf(suffix, StringComparison.Ordinal); k >= 0; k = t.IndexOf(suffix, k + 1, StringComparison.Ordinal))
            {
                var stop = k + suffix.Length;
                for (var len = 2; len <= 3 && k - len >= 0; len++)
                {
                    var start = k - len;
                    var name = t[start..stop];
                    if (!name.All(TextNormalizer.IsCjk) || v.TownLikeWords.Any(w => name.EndsWith(w, StringComparison.Ordinal)))
                    {
                        break;
                    }

                    // A character before the name, or none where the name opens the line or a clause.
                    var before = start > 0 && TextNormalizer.IsCjk(t[start - 1]) ? t[start - 1] : '^';
                    var entry = seen.TryGetValue(name, out var e) ? e : ([], 0, line.Span(start, name.Length));
                    entry.Before.Add(before);
                    seen[name] = (entry.Before, entry.Count + 1, entry.Source);
                }
            }
        }

        // A name is delimited where what precedes it varies (or it opens a clause) and it recurs; of a name and a longer one
        // ending with it, the shorter unless the longer accounts for every writing.
        var names = seen.Where(kv => kv.Value.Count >= 2 && (kv.Value.Before.Count >= 2 || kv.Value.Before.Contains('^')))
            .Select(kv => kv.Key).ToList();
        var towns = names.Where(n => !names.Any(o => o.Length > n.Length && o.EndsWith(n, StringComparison.Ordinal) && seen[o].Count >= seen[n].Count)
            && !names.Any(o => o.Length < n.Length && n.EndsWith(o, StringComparison.Ordinal) && seen[n].Count < seen[o].Count)).ToList();
        if (towns.Count != 1 || !ctx.IsRegionOnly(towns[0]))
        {
            return;
        }

        var town = towns[0];
        var (full, source) = FullTownForm(ctx, body, town, suffix) ?? (town, seen[town].Source);
        ctx.Builder.SetText("unit", full, new ReadValue("unit", full, source) { Stated = full, How = $"正文自称“我{suffix}”，且只反复写到这一个{suffix}（{town}）" }, 1);
    }

    /// <summary>
    /// The fullest form the text writes of a town (步头降乡 → 新晃侗族自治县步头降苗族乡人民政府): its stem, up to four characters more
    /// before the ending (苗族), its government's words after (townGovernmentWords: 人民政府) and the region before it; the longest,
    /// one with the government's words first. Null when the text writes none longer than the town.
    /// </summary>
    private static (string Name, SourceRef Source)? FullTownForm(ReadContext ctx, List<TextLine> body, string town, string suffix)
    {
        var stem = town[..^suffix.Length];
        (string Name, SourceRef Source, bool Government)? best = null;
        foreach (var line in body)
        {
            var t = line.Text;
            for (var at = t.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = t.IndexOf(stem, at + 1, StringComparison.Ordinal))
            {
                var end = t.IndexOf(suffix, at + stem.Length, StringComparison.Ordinal);
                if (end < 0 || end - (at + stem.Length) > TownInfixMax || !t.AsSpan(at, end - at).ToString().All(TextNormalizer.IsCjk))
                {
                    continue;
                }

                end += suffix.Length;
                var government = ctx.Index.Vocabulary.TownGovernmentWords.FirstOrDefault(w => t.AsSpan(end).StartsWith(w, StringComparison.Ordinal));
                var name = t[at..(end + (government?.Length ?? 0))];
                if (best is not { } b || (government is not null && !b.Government) || (government is not null == b.Government && name.Length > b.Name.Length))
                {
                    best = (name, line.Span(at, name.Length), government is not null);
                }
            }
        }

        if (best is not { } found)
        {
            return null;
        }

        // The region written before it (新晃侗族自治县步头降苗族乡人民政府), where the text writes one.
        var full = LongestLedForm(body, found.Name, TownRegionReach, (_, lead) => ctx.IsRegionOnly(lead)) ?? (found.Name, found.Source);
        return full.Name.Length > town.Length ? full : null;
    }

    /// <summary>The characters a town's official name may hold between its stem and its ending (步头降苗族乡: 苗族).</summary>
    private const int TownInfixMax = 4;

    /// <summary>How far before a town its region is looked for.</summary>
    private const int TownRegionReach = 12;

    private static void ReadSelfReferredUnit(ReadContext ctx)
    {
        var v = ctx.Index.Vocabulary;
        if (!ctx.Builder.CanSet("unit", 1))
        {
            return;
        }

        var body = ctx.Lines.Where(l => !l.Chrome).ToList();
        var endings = ctx.SelfReferenceEndings;
        if (endings.Count != 1)
        {
            return;
        }

        var ending = endings[0];
        (string Name, SourceRef Source)? found = null;
        foreach (var line in body)
        {
            var t = line.Text;
            for (var end = t.IndexOf(ending, StringComparison.Ordinal); end >= 0; end = t.IndexOf(ending, end + 1, StringComparison.Ordinal))
            {
                var stop = end + ending.Length;
                if (stop < t.Length && (v.UnitIssuerMarks.Any(m => t.AsSpan(stop).StartsWith(m, StringComparison.Ordinal)) || t[stop] == '》'))
                {
                    continue;
                }

                // The longest name ending here that opens a clause (line start, punctuation or a list mark before it).
                for (var start = Math.Max(0, stop - 20); start <= stop - 5; start++)
                {
                    // Nor right after a digit: a year's 年 (2018年原省…局) opens no name.
                    if (start > 0 && TextNormalizer.IsCjk(t[start - 1]) && !ClauseReader.AfterAYear(t, start) || (start > 0 && (t[start - 1] == '《' || char.IsAsciiDigit(t[start - 1]))) || YearMark(t, start))
                    {
                        continue;
                    }

                    var name = t[start..stop];

                    // 某某县财政局： alone on its line addresses the report to that unit (主送机关); it is not the writer.
                    var after = t[stop..].Trim();
                    if (after is ":" or "：" || (after.Length == 0 && t[..start].Trim().Length == 0 && IsAddressee(ctx, line)))
                    {
                        break;
                    }

                    // …（2017）32号)和某某市城市执法局《…》: the second of two names, not a clause's subject.
                    if (JoinedName(ctx, name))
                    {
                        break;
                    }

                    if (!name.All(TextNormalizer.IsCjk) || ctx.CleanUnit(name) != name || ctx.IsRegionOnly(name) || !RegionLed(ctx, name))
                    {
                        continue;
                    }

                    // 某某县财政局于…将资金拨付至我局账户: the named body acts on the self-reference in the same clause; it is
                    // another body, and the text names its own no more surely than that.
                    var clauseEnd = t.IndexOfAny(ClauseMarks, stop) is var c and >= 0 ? c : t.Length;
                    if (v.SelfReferences.Concat(v.SelfNames).Any(r => t.AsSpan(stop, clauseEnd - stop).Contains(r, StringComparison.Ordinal)))
                    {
                        return;
                    }

                    // 西畴县财政局于…以(…)文件拨付资金200万元: a finance body paying money out in its sentence is the money's source,
                    // not the unit that writes (which calls itself 我单位 elsewhere).
                    var sentenceEnd = t.IndexOfAny(['。', ';', '；'], stop) is var e and >= 0 ? e : t.Length;
                    if (ctx.IsFiscalBody(name) && v.SpendingWords.Any(w => t.AsSpan(stop, sentenceEnd - stop).Contains(w, StringComparison.Ordinal)))
                    {
                        break;
                    }

                    if (found is { } f && f.Name != name)
                    {
                        return;
                    }

                    found ??= (name, line.Span(start, name.Length));
                    break;
                }
            }
        }

        // A region's transfer report compiled by its finance body (我局牵头组织… / 我区涉农资金…): the region's, not the finance body's.
        if (found is { } unit && !(ctx.Kind == DocumentKind.TransferPaymentReport && ctx.IsFiscalBody(unit.Name)
            && ctx.SpokenRegionReferences().Any()))
        {
            ctx.Builder.SetText("unit", unit.Name, new ReadValue("unit", unit.Name, unit.Source) { Stated = unit.Name, How = $"{SelfReferredHow}“我{ending}”，并写明唯一以{ending}结尾的单位全称" }, 1);
        }
    }

    /// <summary>
    /// A project page whose publisher (发布机构, 来源: one region-led unit) ends as the only way the text calls itself (我局 under
    /// 来源:某某市退役军人事务局), where the text names, opening a clause, no other unit with that ending: the publisher is the
    /// unit that wrote it. Weakest source. 我院 under a 局's page, or a text that also names another 局 acting, gives none.
    /// </summary>
    private static void ReadSelfReferredPublisher(ReadContext ctx)
    {
        var v = ctx.Index.Vocabulary;
        var publishers = ctx.Publishers.Select(p => p.Name).Distinct().ToList();
        if (!ctx.Builder.CanSet("unit", 1) || publishers.Count != 1)
        {
            return;
        }

        var body = ctx.Lines.Where(l => !l.Chrome).ToList();
        var endings = ctx.SelfReferenceEndings;
        var publisher = publishers[0];
        if (endings.Count != 1 || !publisher.EndsWith(endings[0], StringComparison.Ordinal))
        {
            return;
        }

        // Another unit with that ending opening a clause (某某县财政局：…, ，某某县农业农村局组织…) may be the writer.
        foreach (var line in body)
        {
            var t = line.Text;
            for (var end = t.IndexOf(endings[0], StringComparison.Ordinal); end >= 0; end = t.IndexOf(endings[0], end + 1, StringComparison.Ordinal))
            {
                var stop = end + endings[0].Length;
                for (var start = Math.Max(0, stop - 20); start <= stop - 4; start++)
                {
                    if (start > 0 && (TextNormalizer.IsCjk(t[start - 1]) && !ClauseReader.AfterAYear(t, start) || t[start - 1] == '《') || YearMark(t, start))
                    {
                        continue;
                    }

                    // A unit led by its region (某某县财政局) or by its region's ending alone (县财政局).
                    var name = t[start..stop];
                    if (name != publisher && name.All(TextNormalizer.IsCjk) && ctx.CleanUnit(name) == name && !ctx.IsRegionOnly(name)
                        && (RegionLed(ctx, name) || v.RegionSuffixes.Contains(name[..1])) && !publisher.EndsWith(name, StringComparison.Ordinal)
                        && !IsAddressee(ctx, line) && !Abbreviates(name, publisher))
                    {
                        return;
                    }
                }
            }
        }

        var source = ctx.Publishers.First(p => p.Name == publisher).Source;
        ctx.Builder.SetText("unit", publisher, new ReadValue("unit", publisher, source) { Stated = publisher, How = $"项目页面的发布机构，正文只以“我{endings[0]}”自称" }, 1);
    }

    /// <summary>
    /// A text without a title whose lines open with the same unit's full name and the year (某某市人民政府扶贫开发办公室2016年度
    /// 参与整体支出绩效自评单位共1个 / 某某市人民政府扶贫开发办公室2016年度收入合计…): that unit, when no other source named one and no
    /// other unit opens a line so. Weakest source.
    /// </summary>
    /// <summary>How <see cref="ReadRepeatedSubjectUnit"/> describes what it read.</summary>
    internal const string RepeatedSubjectHow = "正文多个句子以同一单位全称为主语开头";

    /// <summary>
    /// A text whose sentences open with the same region-led unit's full name again and again (红河州司法局认真贯彻…。红河州司法局
    /// 开展法律援助专项项目,…): the unit that speaks of its own work, when no other unit opens a sentence so and none named the
    /// unit. Never a finance body (it opens sentences of money it hands out in others' reports). Weakest source.
    /// </summary>
    private static void ReadRepeatedSubjectUnit(ReadContext ctx)
    {
        if (!ctx.Builder.CanSet("unit", 1))
        {
            return;
        }

        var subjects = new List<(string Name, SourceRef Source)>();
        var yearLed = false;
        foreach (var line in ctx.Lines.Where(l => !l.Chrome).Take(60))
        {
            var t = line.Text;
            for (var start = 0; start < t.Length;)
            {
                // (A sentence may open with its list mark: (一)某某镇人民政府2023年度…, 1.某某镇人民政府….)
                var at = AfterListMark(t, start);
                if (SubjectAt(ctx, t, at) is { } name)
                {
                    subjects.Add((name, line.Span(at, name.Length)));
                    // (Or with 于 before the year of its founding: 某某中心于2010年6月正式挂牌成立; a facility built then, 某某体育场于2013年
                    // 建成, is no body.)
                    var after = at + name.Length;
                    yearLed |= OpensWithAYear(t, after) || (after < t.Length && t[after] == '于' && OpensWithAYear(t, after + 1) && Founded(ctx, t, after));
                }

                var next = t.IndexOfAny(SentenceEnds, start);
                start = next < 0 ? t.Length : next + 1;
                while (start < t.Length && char.IsWhiteSpace(t[start]))
                {
                    start++;
                }
            }
        }

        // (Once is enough where the name goes on with the year its sentence is about: 红河州粮食和物资储备局2024年年初预算项目共14个….)
        if ((subjects.Count >= 2 || (subjects.Count == 1 && yearLed)) && subjects.Select(x => x.Name).Distinct().Count() == 1 && !ctx.IsFiscalBody(subjects[0].Name))
        {
            var (unit, source) = subjects[0];
            ctx.Builder.SetText("unit", unit, new ReadValue("unit", unit, source) { Stated = unit, How = RepeatedSubjectHow }, 1);
        }
    }

    private static readonly char[] SentenceEnds = ['。', ';', '；'];

    /// <summary>The clause from <paramref name="at"/> says a body was founded (fields.yaml foundingWords: 成立, 挂牌 …).</summary>
    private static bool Founded(ReadContext ctx, string t, int at)
    {
        var end = t.IndexOfAny(ClauseMarks, at);
        return ClauseReader.GapContainsAny(t, at, (end < 0 ? t.Length : end) - at, ctx.Index.Vocabulary.FoundingWords);
    }

    /// <summary>Where the words start after a list mark at <paramref name="start"/> ((一), （2）, 1., 3、, 二、; <see cref="ListNumber"/>), or start itself.</summary>
    private static int AfterListMark(string t, int start) => ListNumber().Match(t, start) is { Success: true } m ? start + m.Length : start;

    /// <summary>Whether a year and its 年 (2024年) stand at <paramref name="at"/>.</summary>
    private static bool OpensWithAYear(string t, int at) => at < t.Length && IsYearAt(t, at, out _) && at + 4 < t.Length && t[at + 4] == '年';

    private const int SubjectRegionReach = 12;

    /// <summary>
    /// A name ending in a region's ending (…经费及城区: words run on into a place) or a government above a town's (江苏省政府批准…,
    /// 某某市人民政府: the authority that decides, not a unit reporting on its work); a town's government (某某镇人民政府) may.
    /// </summary>
    private static bool EndsInRegionOrGovernment(ReadContext ctx, string name)
    {
        var v = ctx.Index.Vocabulary;
        if (v.RegionSuffixes.Any(r => name.EndsWith(r, StringComparison.Ordinal)))
        {
            return true;
        }

        if (v.GovernmentEndings.FirstOrDefault(g => name.EndsWith(g, StringComparison.Ordinal)) is not { } ending)
        {
            return false;
        }

        var head = v.TownGovernmentWords.FirstOrDefault(w => name.EndsWith(w, StringComparison.Ordinal)) is { } w ? name[..^w.Length] : name[..^ending.Length];
        return !v.TownSuffixes.Any(x => head.EndsWith(x, StringComparison.Ordinal));
    }

    /// <summary>The longest region-led unit's full name opening a sentence at <paramref name="start"/> and followed by more words.</summary>
    private static string? SubjectAt(ReadContext ctx, string t, int start)
    {
        // A region-led name holds a region's ending within its first characters; most sentences hold none there (cheap test first).
        var reach = start + Math.Min(SubjectRegionReach, t.Length - start);
        var holdsRegion = false;
        foreach (var r in ctx.Index.Vocabulary.RegionSuffixes)
        {
            var k = t.IndexOf(r, start, reach - start, StringComparison.Ordinal);
            if (k >= 0 && k + r.Length <= reach)
            {
                holdsRegion = true;
                break;
            }
        }

        if (!holdsRegion)
        {
            return null;
        }

        for (var len = Math.Min(24, t.Length - start - 1); len >= 5; len--)
        {
            var name = t.Substring(start, len);
            if (name.All(TextNormalizer.IsCjk) && (TextNormalizer.IsCjk(t[start + len]) || OpensWithAYear(t, start + len)) && ctx.CleanUnit(name) == name
                && RegionLed(ctx, name) && !ctx.IsRegionOnly(name) && !EndsInRegionOrGovernment(ctx, name))
            {
                // 龙游县小南海中心幼儿园扩建项目…: a project's name that opens with a facility is no subject.
                var v = ctx.Index.Vocabulary;
                return StartsWithAny(t, start + len, v.ProjectWorkWords) || StartsWithAny(t, start + len, v.ProjectNameMarks) ? null : name;
            }
        }

        return null;
    }

    private static void ReadRepeatedOpeningUnit(ReadContext ctx)
    {
        if (ctx.Builder.CanSet("unit", 1) && ctx.OpeningUnit is { } found)
        {
            ctx.Builder.SetText("unit", found.Unit, new ReadValue("unit", found.Unit, found.Source) { Stated = found.Unit, How = found.How }, 1);
        }
    }

    /// <summary>
    /// The unit the text names by opening its lines with it (两行以同一单位全称和年度开头, or a final account's part headings): its
    /// name, where it is stated and how it was found; null when the lines name no single unit so.
    /// </summary>
    internal static (string Unit, SourceRef Source, string How)? RepeatedOpeningUnit(ReadContext ctx)
    {
        var openings = new List<(string Name, SourceRef Source, bool Overview, bool Led)>();
        foreach (var line in ctx.Lines.Where(l => !l.Chrome))
        {
            // A part's heading of final accounts or a budget (第一部分:某某镇人民政府本级概况 / 第二部分 某某中心2022年度部门决算表):
            // the mark before the name (partMarks) and the qualifier after it (本级) are no part of it.
            var at = PartMarkEnd(ctx, line.Text);
            var m = YearOpenedSentence().Match(line.Text, at);
            var overview = !m.Success && at > 0;
            m = m.Success ? m : OverviewHeading().Match(line.Text, at);
            if (m.Success && m.Groups["q"].Success && !ctx.Index.Vocabulary.UnitQualifiers.Contains(VocabularyLoader.Fold(m.Groups["q"].Value), StringComparer.Ordinal))
            {
                continue;
            }

            if (m.Success && m.Groups["name"].Value is var name && ctx.CleanUnit(name) is { } unit && (unit == name || (at > 0 && ctx.Index.Vocabulary.UnitQualifiers.Any(q => name == unit + q)))
                && !ctx.IsRegionOnly(unit) && RegionLed(ctx, unit) is var led && (led || at > 0))
            {
                openings.Add((unit, line.Span(m.Groups["name"].Index, unit.Length), overview, led));
            }
        }

        // Two lines naming the same unit (a part's headings name it without its region too: 第一部分 温泉街道办事处部门概况 /
        // 第二部分 温泉街道办事处2022年度部门决算表); or one part's heading that is the unit's overview, its region leading
        // (第一部分渌口区水利局单位概况, the other parts named by year alone).
        if (openings.Select(o => o.Name).Distinct().Count() == 1
            && (openings.Count >= 2 || openings is [{ Overview: true, Led: true }]))
        {
            var (unit, source, _, _) = openings[0];
            return (unit, source, openings.Count >= 2 ? $"正文有 {openings.Count} 行以同一单位全称和年度开头" : "决算或预算“第一部分”的单位概况标题");
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*(?<name>\p{IsCJKUnifiedIdeographs}{4,30}?)(?:19|20)[0-9]{2}年")]
    private static partial System.Text.RegularExpressions.Regex YearOpenedSentence();

    /// <summary>
    /// A part's heading naming the unit's overview (第一部分 某某中心概况, 第一部分渌口区水利局单位概况, 第一部分某某县农业农村局部门(汇总)概况:
    /// the bracket one of unitQualifiers), after its mark.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*(?<name>\p{IsCJKUnifiedIdeographs}{4,30}?)(?:部门|单位)?(?<q>[(（]\p{IsCJKUnifiedIdeographs}{1,3}[)）])?概况\s*$")]
    private static partial System.Text.RegularExpressions.Regex OverviewHeading();

    /// <summary>
    /// Where the words after a part's mark start (第二部分:某某中心… → after the colon), for a line opening with one of partMarks;
    /// 0 when the line opens with none.
    /// </summary>
    private static int PartMarkEnd(ReadContext ctx, string text)
    {
        var t = text.TrimStart();
        var lead = text.Length - t.Length;
        foreach (var mark in ctx.Index.Vocabulary.PartMarks)
        {
            if (t.StartsWith(mark, StringComparison.Ordinal))
            {
                var end = lead + mark.Length;
                while (end < text.Length && text[end] is ':' or '：' or ' ' or '\u3000')
                {
                    end++;
                }

                return end;
            }
        }

        return 0;
    }

    /// <summary>
    /// A line that is only a unit's name right below an official letter's title (关于上报…自评的报告 / 临夏州某某局): the
    /// letter's addressee (主送机关), never its writer.
    /// </summary>
    internal static bool IsAddressee(ReadContext ctx, TextLine line)
    {
        var endings = ctx.Index.Vocabulary.LetterTitleEndings;
        var i = IndexOfLine(ctx, line);
        if (endings.Count == 0 || i < 0)
        {
            return false;
        }

        for (var k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            var above = ctx.Lines[k];
            var a = above.Text.Trim();
            if (above.Chrome || a.Length == 0)
            {
                continue;
            }

            return EndsAsLetterTitle(ctx.Index.Vocabulary, VocabularyLoader.Fold(a));
        }

        return false;
    }

    /// <summary>A title ending as an official letter's (letterTitleEndings: 关于…的报告, …的请示).</summary>
    private static bool EndsAsLetterTitle(ReadingVocabulary v, ReadOnlySpan<char> title) => VocabularyIndex.EndingWord(title, v.LetterTitleEndings) is not null;

    private static int IndexOfLine(ReadContext ctx, TextLine line)
    {
        // The line itself first: the pieces of a file line whose breaks were lost share its number.
        for (var i = 0; i < ctx.Lines.Count; i++)
        {
            if (ReferenceEquals(ctx.Lines[i], line))
            {
                return i;
            }
        }

        for (var i = 0; i < ctx.Lines.Count; i++)
        {
            if (ctx.Lines[i].Number == line.Number)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A name alone on a line at the head of the text (under a stray 目录, above or below the title: 湖南省某某院), which the
    /// text also writes opening a clause and calls itself by the name's ending (我院): the unit; so is such a name on the line
    /// right under the title (the author line), without more. Never an addressee, a bare region or a name without its
    /// region. As weak as the opening self-evaluation clause.
    /// </summary>
    private static void ReadStandaloneNameUnit(ReadContext ctx, List<(int Index, TextLine Line)> title)
    {
        var v = ctx.Index.Vocabulary;
        // The name alone on the line right under the title (科普活动项目支出 / 绩效自评报告 / 株洲市渌口区科学技术协会), or in brackets
        // there (2018年度部门整体支出绩效自评报告 / (冷水滩区环境保护局)): the report's author line, led by its region and ending as a
        // unit's name does. Above a page's publisher (发文机关 | 某某区财政局): the document's own words beat the site's.
        if (ctx.Builder.CanSet("unit", 3) && title.Count > 0 && AuthorLineIndex(ctx, title[^1].Index) is { } at && ctx.Lines[at] is { Chrome: false } under
            && AuthorName(under.Text) is { Length: <= 30 } name && name.All(TextNormalizer.IsCjk) && ctx.CleanUnit(name) == name && !ctx.IsRegionOnly(name)
            && RegionLed(ctx, name) && !IsAddressee(ctx, under))
        {
            var lead = under.Text.IndexOf(name, StringComparison.Ordinal);
            ctx.Builder.SetText("unit", name, new ReadValue("unit", name, under.Span(lead, name.Length)) { Stated = name, How = "标题下一行单独写出的单位名称（署名）" }, 3);
            return;
        }

        // A run-together copy's author line glued between the title and the first heading (…绩效自评报告某某县医疗保障局一、基本情况…):
        // the words after the title's last title word, when they are a whole name led by its region.
        if (ctx.Builder.CanSet("unit", 3) && title.Count > 0 && title[^1].Line is var head && GluedAuthor(ctx, head.Text) is { } glued)
        {
            var gluedAt = head.Text.LastIndexOf(glued, StringComparison.Ordinal);
            ctx.Builder.SetText("unit", glued, new ReadValue("unit", glued, head.Span(gluedAt, glued.Length)) { Stated = glued, How = "连排文本中标题后、第一个标题序号前的单位名称（署名）" }, 3);
            return;
        }

        if (!ctx.Builder.CanSet("unit", 2))
        {
            return;
        }

        foreach (var (i, line) in OpeningLines(ctx.Lines, 6))
        {
            var t = line.Text.Trim();
            if (SectionReader.HeadingOf(t, ctx.Index) is { Section: not null })
            {
                return;
            }

            if (t.Length > 30 || !t.All(TextNormalizer.IsCjk) || ctx.CleanUnit(t) != t || ctx.IsRegionOnly(t) || !RegionLed(ctx, t) || IsAddressee(ctx, line))
            {
                continue;
            }

            var others = ctx.Lines.Where((l, k) => k != i && !l.Chrome).ToList();
            if (v.SelfReferences.Any(r => t.EndsWith(r[1..], StringComparison.Ordinal) && others.Any(l => l.Text.Contains(r, StringComparison.Ordinal)))
                && others.Any(l => OpensClause(l.Text, t)))
            {
                var lead = line.Text.Length - line.Text.TrimStart().Length;
                ctx.Builder.SetText("unit", t, new ReadValue("unit", t, line.Span(lead, t.Length)) { Stated = t, How = "开头单独一行的单位名称，正文以其为主语并以其简称自称（“我院”）" }, 2);
                return;
            }
        }
    }

    /// <summary>
    /// The name run on after a title's last title word (…自评报告某某县医疗保障局) when the title line was cut at the first heading of
    /// a run-together copy: a whole name, led by its region, nothing after it; null otherwise.
    /// </summary>
    private static string? GluedAuthor(ReadContext ctx, string text)
    {
        var t = text.TrimEnd();
        var end = ctx.Index.Vocabulary.TitleWords.Select(w => (Word: w, At: t.LastIndexOf(w, StringComparison.Ordinal))).Where(x => x.At > 0)
            .Select(x => x.At + x.Word.Length).DefaultIfEmpty(-1).Max();
        if (end < 0 || end >= t.Length)
        {
            return null;
        }

        // (After a letter's title, 关于…的报告, the name is its addressee, as on a line of its own.)
        var name = t[end..];
        if (EndsAsLetterTitle(ctx.Index.Vocabulary, t.AsSpan(0, end)))
        {
            return null;
        }

        return name.Length is >= 4 and <= 30 && name.All(TextNormalizer.IsCjk) && ctx.CleanUnit(name) == name && !ctx.IsRegionOnly(name) && RegionLed(ctx, name) ? name : null;
    }

    /// <summary>The text of an author line, without the brackets that may enclose it ((冷水滩区环境保护局)).</summary>
    private static string AuthorName(string text)
    {
        var t = text.Trim();
        return t.Length > 2 && t[0] is '(' or '（' && t[^1] is ')' or '）' ? t[1..^1].Trim() : t;
    }

    /// <summary>
    /// The first line under the title that is neither blank nor a page's chrome, past the year line that completes the
    /// title (部门整体支出绩效自评报告 / (2023年度) / 某某县林业局; 2018年度部门整体支出绩效自评报告 / 湖南省审计厅 sjt… 时间:… /
    /// 湖南省审计厅): where a report's author line stands. Null past the text's end or after three such lines.
    /// </summary>
    private static int? AuthorLineIndex(ReadContext ctx, int titleIndex)
    {
        var byline = BylineDates.GetValue(ctx.Index.Vocabulary, BylineDatePattern);
        var yearSeen = false;
        var passed = 0;
        for (var at = titleIndex + 1; at < ctx.Lines.Count && passed <= 3; at++)
        {
            var line = ctx.Lines[at];
            var blank = line.Text.AsSpan().Trim().IsEmpty;
            passed += blank ? 0 : 1;
            // A page's byline under the title (湖南省审计厅 sjt.hunan.gov.cn 时间:2019年06月27日 00:54 【字体:) names the site, not the
            // author; the author line may follow it.
            if (line.Chrome || blank || byline?.IsMatch(line.Text) == true)
            {
                continue;
            }

            if (!yearSeen && BracketedYearLine().IsMatch(line.Text))
            {
                yearSeen = true;
                continue;
            }

            return at;
        }

        return null;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReadingVocabulary, System.Text.RegularExpressions.Regex?> BylineDates = [];

    /// <summary>One of bylineDateLabels, a colon and a year (时间:2019年06月27日, 日期：2024-03-20); null when the list is empty.</summary>
    private static System.Text.RegularExpressions.Regex? BylineDatePattern(ReadingVocabulary v) =>
        v.BylineDateLabels.Count == 0 ? null : new System.Text.RegularExpressions.Regex(
            "(?:" + string.Join('|', v.BylineDateLabels.Select(System.Text.RegularExpressions.Regex.Escape)) + @")[:：]\s*(?:19|20)\d{2}\s*[-年/.]");

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[(（]?\s*(?:19|20)\d{2}\s*年度?\s*[)）]?\s*$")]
    private static partial System.Text.RegularExpressions.Regex BracketedYearLine();

    /// <summary>
    /// The evaluated object named in quotes after 对 at the opening (通过对“某某县动物疫病预防控制中心动物防疫专项经费”资金
    /// 支出过程…跟踪问效, 对“某某局某某项目”进行评价): a project or fund (its name ends in one of subItemEndings) whose name
    /// opens with a unit led by its region is that unit's. Weakest source, in the first 15 lines; several objects of
    /// different units name none.
    /// </summary>
    private static void ReadEvaluatedObjectUnit(ReadContext ctx)
    {
        var v = ctx.Index.Vocabulary;
        if (!ctx.Builder.CanSet("unit", 1) || v.SubItemEndings.Count == 0)
        {
            return;
        }

        (string Name, SourceRef Source)? found = null;
        foreach (var (_, line) in OpeningLines(ctx.Lines, 15))
        {
            var t = line.Text;
            foreach (System.Text.RegularExpressions.Match m in EvaluatedObject().Matches(t))
            {
                var obj = m.Groups["obj"];
                var folded = VocabularyLoader.Fold(obj.Value);
                if (!v.SubItemEndings.Any(e => folded.EndsWith(e, StringComparison.Ordinal)) || UnitBeforeProject(ctx, obj.Value) is not { } unit
                    || !RegionLed(ctx, unit))
                {
                    continue;
                }

                if (found is { } f && f.Name != unit)
                {
                    return;
                }

                found ??= (unit, line.Span(obj.Index, unit.Length));
            }
        }

        if (found is { } u)
        {
            ctx.Builder.SetText("unit", u.Name, new ReadValue("unit", u.Name, u.Source) { Stated = u.Name, How = "开头写明评价对象（对“某某单位某某经费”…），其名称以单位开头" }, 1);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"对[“""](?<obj>[^“”""，,。；;]{6,40})[”""]")]
    private static partial System.Text.RegularExpressions.Regex EvaluatedObject();

    /// <summary>How a unit read from a title's subject is described (a part of undecided kind keeps it where its publisher states it).</summary>
    internal const string TitleUnitHow = "标题中的单位名称（单位 + 年度 + 文档类型）";

    /// <summary>How <see cref="ReadSelfDescribedUnit"/> describes what it read (a part of undecided kind keeps it where the text calls itself so).</summary>
    internal const string SelfDescribedHow = "概况开头单位自述（“XX是…”）";

    /// <summary>How <see cref="ReadSignatureUnit"/> describes what it read (a part of undecided kind keeps it: the text is signed so).</summary>
    internal const string SignatureHow = "落款的单位名称（其下一行是日期）";

    /// <summary>How <see cref="ReadSelfReferredUnit"/> begins what it read (a part of undecided kind keeps it).</summary>
    internal const string SelfReferredHow = "正文自称";

    /// <summary>How <see cref="ReadSelfEvaluatorUnit"/> describes what it read (a part of undecided kind keeps it).</summary>
    internal const string SelfEvaluatorHow = "开头写明由谁进行了自评（“XX对…进行了绩效自评”）";

    /// <summary>How <see cref="ReadNewsSubjectUnit"/> describes what it read: a news item keeps a unit read so.</summary>
    internal const string NewsSubjectHow = "新闻标题以单位开头，正文又以其为主语";

    /// <summary>
    /// A news item (其他) whose headline opens with a unit led by its region (陕西省财政厅创新实施四项工作机制…, 江苏某某县财政局全面
    /// 开展…) and whose text writes that unit opening a clause, in full, as the region-led name the headline ends with
    /// (某某县财政局 in 江苏某某县财政局) or without its place (省财政厅): the unit the item is about. Weakest source; never a
    /// headline that opens with a name without its region (市财政局召开…) or a sentence.
    /// </summary>
    private static void ReadNewsSubjectUnit(ReadContext ctx)
    {
        var v = ctx.Index.Vocabulary;
        // Where the headline's unit was already read as a title's (which a news item does not keep), this rule may only confirm
        // that same unit, above it; any other unit read stands.
        var current = ctx.Builder.Values.FirstOrDefault(x => x.Path == "unit");
        if (ctx.Kind != DocumentKind.Other || (current is not null && current.How != TitleUnitHow))
        {
            return;
        }

        var priority = (ctx.Builder.PriorityOf("unit") ?? 0) + 1;
        var first = -1;
        for (var i = 0; i < ctx.Lines.Count && i < 8; i++)
        {
            if (!ctx.Lines[i].Chrome && ctx.Lines[i].Text.Trim().Length > 0)
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return;
        }

        var line = ctx.Lines[first];
        var t = line.Text.Trim();
        if (t.Length is < 8 or > 60 || t.IndexOfAny(['，', ',', '。', '；', ';', '：', ':']) >= 0 || SectionReader.HeadingOf(t, ctx.Index) is not null)
        {
            return;
        }

        var body = ctx.Lines.Where((l, k) => k != first && !l.Chrome).Select(l => l.Text).ToList();
        for (var len = Math.Min(t.Length - 2, 24); len >= 5; len--)
        {
            var head = t[..len];
            if (!head.All(TextNormalizer.IsCjk) || ctx.CleanUnit(head) != head || ctx.IsRegionOnly(head) || !RegionLed(ctx, head))
            {
                continue;
            }

            // The forms the text may write: the name, the region-led name it ends with, the name without its place.
            var forms = new List<(string Written, string Unit)> { (head, head) };
            for (var k = 1; k <= head.Length - 4; k++)
            {
                var tail = head[k..];
                if (ctx.CleanUnit(tail) == tail && !ctx.IsRegionOnly(tail) && RegionLed(ctx, tail))
                {
                    forms.Add((tail, tail));
                }
            }

            for (var k = 2; k <= Math.Min(head.Length - 2, 10); k++)
            {
                if (v.RegionSuffixes.Contains(head[(k - 1)..k]) && ctx.IsRegionOnly(head[..k]) && ctx.CleanUnit(head[(k - 1)..]) is not null)
                {
                    forms.Add((head[(k - 1)..], head));
                    break;
                }
            }

            foreach (var (written, unit) in forms)
            {
                if (body.Any(b => OpensClause(b, written)) && (current is null || current.Value == unit))
                {
                    var at = t.IndexOf(unit, StringComparison.Ordinal);
                    var lead = line.Text.IndexOf(t, StringComparison.Ordinal);
                    ctx.Builder.SetText("unit", unit, new ReadValue("unit", unit, line.Span(lead + at, unit.Length)) { Stated = head, How = NewsSubjectHow }, priority);
                    return;
                }
            }

            return;
        }
    }

    /// <summary>The text writes <paramref name="name"/> at a line's or clause's start (after punctuation, a colon or spaces).</summary>
    private static bool OpensClause(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var k = at - 1;
            while (k >= 0 && text[k] == ' ')
            {
                k--;
            }

            if (k < 0 || text[k] is '，' or ',' or '。' or '；' or ';' or '：' or ':' or '、')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A site banner (欢迎进入南昌市某某局网站!) names the site's owner, a unit led by its region; the page also writes that
    /// unit opening a clause or a chrome field, in full or without its place (来源:市某某局, 县政协坚持…): the unit. Weakest
    /// source; never for a project (a department's site publishes its units' projects), never when the text calls
    /// itself by another ending (我局 under a 政协 banner).
    /// </summary>
    private static void ReadSiteOwnerUnit(ReadContext ctx)
    {
        var v = ctx.Index.Vocabulary;
        if (!ctx.Builder.CanSet("unit", 1) || ctx.IsProject || v.SiteGreetings.Count == 0 || v.SiteNameEndings.Count == 0)
        {
            return;
        }

        for (var i = 0; i < Math.Min(ctx.Lines.Count, 8); i++)
        {
            var t = ctx.Lines[i].Text.Trim().TrimEnd('!', '！', '。', ' ');
            var greeting = v.SiteGreetings.FirstOrDefault(g => t.StartsWith(g, StringComparison.Ordinal));
            var ending = v.SiteNameEndings.FirstOrDefault(e => t.EndsWith(e, StringComparison.Ordinal));
            if (greeting is null || ending is null || t.Length <= greeting.Length + ending.Length)
            {
                continue;
            }

            var name = t[greeting.Length..^ending.Length];
            if (!name.All(TextNormalizer.IsCjk) || ctx.CleanUnit(name) != name || ctx.IsRegionOnly(name))
            {
                return;
            }

            // The short form: the region's last character and the rest (南昌市某某局 → 市某某局, 南县政协 → 县政协).
            string? shortForm = null;
            for (var k = 2; k <= Math.Min(name.Length - 2, 10); k++)
            {
                if (v.RegionSuffixes.Contains(name[(k - 1)..k]) && ctx.IsRegionOnly(name[..k]) && ctx.CleanUnit(name[(k - 1)..]) is not null)
                {
                    shortForm = name[(k - 1)..];
                    break;
                }
            }

            if (shortForm is null)
            {
                return;
            }

            var others = ctx.Lines.Where((l, k) => k != i).ToList();
            var selfCalls = v.SelfReferences.Where(r => others.Any(l => !l.Chrome && l.Text.Contains(r, StringComparison.Ordinal))).ToList();
            if (selfCalls.Any(r => !name.EndsWith(r[1..], StringComparison.Ordinal)))
            {
                return;
            }

            if (others.FirstOrDefault(l => OpensClause(l.Text, name) || OpensClause(l.Text, shortForm)) is not null)
            {
                var line = ctx.Lines[i];
                var at = line.Text.IndexOf(name, StringComparison.Ordinal);
                ctx.Builder.SetText("unit", name, new ReadValue("unit", name, line.Span(at, name.Length)) { Stated = name, How = "网站横幅写明的单位，页面又以其全称或不带地名的简称为主语（“来源：市某某局”“县政协坚持…”）" }, 1);
            }

            return;
        }
    }

    /// <summary>
    /// A breadcrumb (page chrome) with a step that is a unit's name led by its region (首页 >> 部门信息公开 >> 某某县交通运输局 >> 正文):
    /// the column of that unit, the page's publisher. As weak as 来源; two such steps name no one unit; a project's only
    /// where the text names that unit acting.
    /// </summary>
    private static void ReadBreadcrumbUnit(ReadContext ctx)
    {
        var v = ctx.Index.Vocabulary;
        if (!ctx.Builder.CanSet("unit", 1) || v.BreadcrumbSeparators.Count == 0)
        {
            return;
        }

        for (var i = 0; i < Math.Min(ctx.Lines.Count, 12); i++)
        {
            var line = ctx.Lines[i];
            var folded = VocabularyLoader.Fold(line.Text);
            if (!line.Chrome || !v.BreadcrumbSeparators.Any(x => folded.Contains(x, StringComparison.Ordinal)))
            {
                continue;
            }

            var steps = folded.Split([.. v.BreadcrumbSeparators], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            // (Not a name opening with a bare level, 县城市管理和综合执法局: which county's, the page does not say.)
            var units = steps.Where(x => x.Length >= 4 && x.All(TextNormalizer.IsCjk) && ctx.CleanUnit(x) == x && !ctx.IsRegionOnly(x) && RegionLed(ctx, x)
                && !v.RegionSuffixes.Any(r => r.Length == 1 && x.StartsWith(r, StringComparison.Ordinal))).Distinct().ToList();
            if (units.Count != 1 || (ctx.IsProject && !ctx.BodyNames(units[0])))
            {
                continue;
            }

            var at = line.Text.IndexOf(units[0], StringComparison.Ordinal);
            if (at < 0)
            {
                return;
            }

            ctx.Builder.SetText("unit", units[0], new ReadValue("unit", units[0], line.Span(at, units[0].Length)) { Stated = units[0], How = "页面路径（面包屑）中的单位栏目" }, 1);
            // The column's short name (海棠新城开发区管理委员会) that the text writes in full (重庆市大足区海棠新城开发区管理委员会于…成立).
            ExpandAbbreviatedUnit(ctx);
            return;
        }
    }

    /// <summary>
    /// A name that begins with its region (某某县水利局: 某某县 + 水利局), the region at least three characters and holding
    /// no unit's ending (我局商同某某市财政局 is a sentence, not a name).
    /// </summary>
    /// <summary>
    /// A name cut from a sentence that opens with a word joining two names (nameJoiners: 和, 与, 及) and goes on with a unit led
    /// by its region (…)和某某市城市执法局《…》): the second of two names, not the subject of a clause. A place whose name is
    /// the word and one character more (和平区, 和县) is no joined name; a longer one that begins so (和田地区, 和林格尔县) is
    /// lost: missing rather than wrong.
    /// </summary>
    internal static bool JoinedName(ReadContext ctx, string name)
    {
        var v = ctx.Index.Vocabulary;
        var folded = VocabularyLoader.Fold(name);
        foreach (var joiner in v.NameJoiners)
        {
            if (folded.StartsWith(joiner, StringComparison.Ordinal) && folded.Length > joiner.Length + 3
                && folded[joiner.Length..] is var rest && !v.RegionSuffixes.Any(r => rest.IndexOf(r, StringComparison.Ordinal) is >= 0 and <= 1)
                && RegionLed(ctx, rest) && ctx.CleanUnit(rest) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An essay site's title: a compilation (精选7篇), a template word (templateTitleWords: 范文, 模板) or a sample's number at
    /// its end (sampleEndMarks + count: 篇1, 篇一).
    /// </summary>
    internal static bool IsTemplateTitle(string title, ReadingVocabulary v)
    {
        var folded = VocabularyLoader.Fold(title).TrimEnd();
        if (KindClassifier.IsCompilation(folded, v) || v.TemplateTitleWords.Any(w => folded.Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }

        var count = folded.Length;
        while (count > 0 && TextNormalizer.IsCount(folded.AsSpan(count - 1, 1)))
        {
            count--;
        }

        return count < folded.Length && folded.Length - count <= 2 && v.SampleEndMarks.Any(m => folded.AsSpan(0, count).TrimEnd().EndsWith(m, StringComparison.Ordinal));
    }

    /// <summary>The name opens with a region (某某县财政局, 池州市贵池区…) and goes on past it.</summary>
    /// <param name="delimited">
    /// The name is a whole value set apart by its label (发布机构, 信息来源: 寿县融媒体中心): a region of two characters (寿县, 沛县)
    /// may lead it. In running text one character and a region's ending are as often a word and an office (由区财政局, 在市委).
    /// </param>
    internal static bool RegionLed(ReadContext ctx, string name, bool delimited = false)
    {
        var v = ctx.Index.Vocabulary;
        var folded = VocabularyLoader.Fold(name);
        if (v.NationalBodyPrefixes.FirstOrDefault(p => folded.StartsWith(p, StringComparison.Ordinal)) is { } national)
        {
            // 中国共产主义青年团南宁市西乡塘区委员会: the region comes after the national body's name.
            folded = folded[national.Length..];
        }

        for (var k = delimited ? 2 : 3; k <= folded.Length - 2; k++)
        {
            var region = folded[..k];
            if (v.RegionSuffixes.Any(r => region.EndsWith(r, StringComparison.Ordinal)) && ctx.IsRegionOnly(region)
                && !v.UnitSuffixes.Any(u => !v.RegionSuffixes.Contains(u) && region.Contains(u, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The name opens with a bare level (区住建局, 县财政局, 市商务局: one of the one-character regionSuffixes) and goes on to a
    /// whole unit's name of at least three characters: how a site names its own region's bodies.
    /// </summary>
    internal static bool LevelLed(ReadContext ctx, string name)
    {
        var v = ctx.Index.Vocabulary;
        var folded = VocabularyLoader.Fold(name);
        return folded.Length >= 4 && folded.All(TextNormalizer.IsCjk)
            && v.RegionSuffixes.Any(r => r.Length == 1 && folded.StartsWith(r, StringComparison.Ordinal))
            && !v.RegionSuffixes.Any(r => folded[1..].StartsWith(r, StringComparison.Ordinal))
            && v.UnitSuffixes.Any(u => folded.EndsWith(u, StringComparison.Ordinal)) && !ctx.IsRegionOnly(folded);
    }

    /// <summary>
    /// A unit read without its region (红十字会, from a shared file's name) that the text writes after a masked region
    /// (XX年度XX市红十字会整体支出绩效评价报告: maskedRegionMarks + a region's ending): a sample whose writer is withheld.
    /// </summary>
    private static void WithdrawMaskedRegionUnit(ReadContext ctx)
    {
        var v = ctx.Index.Vocabulary;
        if (ctx.Builder.Unit is not { Length: >= 2 } unit || RegionLed(ctx, unit) || v.MaskedRegionMarks.Count == 0)
        {
            return;
        }

        foreach (var line in ctx.Lines)
        {
            if (line.Chrome)
            {
                continue;
            }

            var t = line.Text;
            for (var at = t.IndexOf(unit, StringComparison.Ordinal); at > 0; at = t.IndexOf(unit, at + 1, StringComparison.Ordinal))
            {
                var before = t[..at];
                var suffix = v.RegionSuffixes.FirstOrDefault(r => before.EndsWith(r, StringComparison.Ordinal));
                if (suffix is not null && v.MaskedRegionMarks.FirstOrDefault(m => before[..^suffix.Length].EndsWith(m, StringComparison.OrdinalIgnoreCase)) is { } mark)
                {
                    ctx.Builder.WithdrawUnit($"文中写“{mark}{suffix}{unit}”，地区被隐去，是范本，不取单位");
                    return;
                }
            }
        }
    }

    /// <summary>
    /// 昆明海口林场 in a title, 昆明市海口林场 in the text: a name whose leading region lost its one-character ending (regionSuffixes:
    /// 市, 县 …) that the text also writes with it, led by that region; the first such form, or null.
    /// </summary>
    private static (string Name, SourceRef Source)? RegionSuffixRestored(ReadContext ctx, string shortName)
    {
        var endings = ctx.Index.Vocabulary.RegionSuffixes.Where(r => r.Length == 1).ToList();
        for (var k = 2; k <= Math.Min(4, shortName.Length - 2); k++)
        {
            foreach (var ending in endings)
            {
                var full = shortName[..k] + ending + shortName[k..];
                if (!RegionLed(ctx, full))
                {
                    continue;
                }

                foreach (var line in ctx.Lines)
                {
                    var at = line.Chrome ? -1 : line.Text.IndexOf(full, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        return (full, line.Span(at, full.Length));
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A unit read from the page (发布机构 昌宁县公安局) whose part writes the text (下达我大队…): the text speaks of itself by a
    /// noun the unit's name does not end with (selfReferences: 我大队 → 大队), and names one body that is the unit's name
    /// followed by more words ending with that noun, opening a clause (昌宁县公安局交通警察大队2018年度收到补助经费…): that body.
    /// </summary>
    private static void ReadSubUnitOfReadUnit(ReadContext ctx)
    {
        var b = ctx.Builder;
        var v = ctx.Index.Vocabulary;
        if (b.Unit is not { Length: >= 3 } unit || b.PriorityOf("unit") is not { } priority)
        {
            return;
        }

        var body = ctx.Lines.Where(l => !l.Chrome).ToList();
        var endings = ctx.SelfReferenceEndings;
        // (A one-character noun, 我校 → 校, ends too many phrases: 某某中学是一所市直高中学校.)
        if (endings is not [{ Length: >= 2 } ending] || unit.EndsWith(ending, StringComparison.Ordinal))
        {
            return;
        }

        (string Name, SourceRef Source)? found = null;
        foreach (var line in body)
        {
            var t = line.Text;
            for (var at = t.IndexOf(unit, StringComparison.Ordinal); at >= 0; at = t.IndexOf(unit, at + 1, StringComparison.Ordinal))
            {
                if (!OpensClause(t, at))
                {
                    continue;
                }

                var from = at + unit.Length;
                var stop = t.IndexOf(ending, from, StringComparison.Ordinal);
                if (stop < 0 || stop - from > MaxSubUnitWords || !t.AsSpan(from, stop - from).ToString().All(TextNormalizer.IsCjk))
                {
                    continue;
                }

                var name = t[at..(stop + ending.Length)];
                if (ctx.CleanUnit(name) != name)
                {
                    continue;
                }

                if (found is { } f && f.Name != name)
                {
                    return;
                }

                found ??= (name, line.Span(at, name.Length));
            }
        }

        if (found is { } sub)
        {
            b.SetText("unit", sub.Name, new ReadValue("unit", sub.Name, sub.Source) { Stated = sub.Name, How = $"单位“{unit}”之下、正文自称“我{ending}”的单位全称" }, priority + 1);
        }
    }

    /// <summary>
    /// Whether what starts at <paramref name="at"/> opens the line or a clause in prose: nothing before it, a clause mark, or a
    /// list mark alone (1.重庆市大足区某某管理委员会于2013年成立).
    /// </summary>
    private static bool OpensClause(string t, int at)
    {
        var lead = t[..at].TrimEnd();
        return lead.Length == 0 || lead[^1] is ',' or '，' or '。' or ';' or '；' || AfterListMark(lead, 0) == lead.Length;
    }

    /// <summary>The most words between a unit's name and its part's noun (公安局 + 交通警察 + 大队).</summary>
    private const int MaxSubUnitWords = 8;

    /// <summary>
    /// A unit read as a town or a street alone (发布机构 东湖区董家窑街道, 奉节县云雾土家族乡) is its government, as the text names it
    /// (东湖区董家窑街道办事处开展了…评价, 云雾土家族乡人民政府): the name followed by one of townGovernmentWords (乡, 镇) or
    /// streetGovernmentWords (街道) where a non-chrome line writes it, not inside a longer word.
    /// </summary>
    private static void CompleteTownUnit(ReadContext ctx)
    {
        var v = ctx.Index.Vocabulary;
        var b = ctx.Builder;
        if (b.Unit is not { Length: >= 3 } town || b.PriorityOf("unit") is not { } priority)
        {
            return;
        }

        var folded = VocabularyLoader.Fold(town);
        var words = v.StreetSuffixes.Any(x => folded.EndsWith(x, StringComparison.Ordinal)) ? v.StreetGovernmentWords
            : v.TownSuffixes.Any(x => folded.EndsWith(x, StringComparison.Ordinal)) && !v.TownLikeWords.Any(w => folded.EndsWith(w, StringComparison.Ordinal)) ? v.TownGovernmentWords
            : [];
        if (GovernmentNamed(ctx, town, words, withChrome: false, afterRegion: false) is { } named)
        {
            b.SetText("unit", named.Name, new ReadValue("unit", named.Name, named.Source) { Stated = named.Name, How = $"单位名称“{town}”只写乡镇（街道）名，正文写明“{named.Name}”" }, priority + 1);
        }
    }

    /// <summary>
    /// The first place a line writes the town followed by one of <paramref name="words"/> (田心乡人民政府, 董家窑街道办事处) standing
    /// as a name: at the line's start or after no Chinese character, or (<paramref name="afterRegion"/>) after a region's name
    /// (衡山县田心乡人民政府). Chrome lines only <paramref name="withChrome"/>.
    /// </summary>
    private static (string Name, SourceRef Source)? GovernmentNamed(ReadContext ctx, string town, IReadOnlyList<string> words, bool withChrome, bool afterRegion)
    {
        foreach (var line in ctx.Lines)
        {
            if (line.Chrome && !withChrome)
            {
                continue;
            }

            foreach (var word in words)
            {
                var full = town + word;
                var at = line.Text.IndexOf(full, StringComparison.Ordinal);
                if (at >= 0 && (at == 0 || !TextNormalizer.IsCjk(line.Text[at - 1])
                    || (afterRegion && ctx.IsRegionOnly(line.Text[..at].Split(' ', ':', '：', '|', ',', '，').Last()))))
                {
                    return (full, line.Span(at, full.Length));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A unit read in a short form (九江市某某区发改委 in a title) that the text also writes in full (九江市某某区发展和改革委员会
    /// 具体职责如下): the full name, at the same strength.
    /// </summary>
    private static void ExpandAbbreviatedUnit(ReadContext ctx)
    {
        var b = ctx.Builder;
        if (b.Unit is not { Length: >= 3 } shortName || b.PriorityOf("unit") is not { } priority)
        {
            return;
        }

        // 贵阳市市政工程管理处(以下简称“市政处”): the text's own full name for the short one.
        if (!RegionLed(ctx, shortName) && DeclaredFullName(ctx, shortName) is { } declared)
        {
            b.SetText("unit", declared.Name, new ReadValue("unit", declared.Name, declared.Source) { Stated = declared.Name, How = $"单位名称“{shortName}”是简称，正文以“以下简称”写明其全称" }, priority + 1);
            return;
        }

        if (!RegionLed(ctx, shortName) && RegionQualifiedOnce(ctx, shortName) is { } qualified)
        {
            b.SetText("unit", qualified.Name, new ReadValue("unit", qualified.Name, qualified.Source) { Stated = qualified.Name, How = $"单位名称“{shortName}”未写地区，文中（含发布机构）只有一个带地区的同名单位" }, priority + 1);
            return;
        }

        if (!RegionLed(ctx, shortName) && RegionalBodyOnce(ctx, shortName) is { } regional)
        {
            b.SetText("unit", regional.Name, new ReadValue("unit", regional.Name, regional.Source) { Stated = regional.Name, How = $"单位名称“{shortName}”是全国性组织的名称，文中只有一个在它之后写明地区的本级组织" }, priority + 1);
            return;
        }

        if (RegionLed(ctx, shortName) && OuterRegionOnce(ctx, shortName) is { } outer)
        {
            b.SetText("unit", outer.Name, new ReadValue("unit", outer.Name, outer.Source) { Stated = outer.Name, How = $"单位名称“{shortName}”未写上级地区，正文以带上级地区的全称为主语" }, priority + 1);
            return;
        }

        // A name opening with a region's ending alone (区园林和林业局, 省规划展览馆) is a short form: the text's full name that ends
        // with it (单位名称:蔡甸区园林和林业局) is the unit, when there is one.
        if (FullNameOfShortForm(ctx, shortName) is { } fullName)
        {
            b.SetText("unit", fullName.Name, new ReadValue("unit", fullName.Name, fullName.Source) { Stated = fullName.Name, How = $"单位名称“{shortName}”以地区的后缀开头，是简称；文中有以它结尾、带地区的全称" }, priority + 1);
            return;
        }

        if (!RegionLed(ctx, shortName) && RegionSuffixRestored(ctx, shortName) is { } restored)
        {
            b.SetText("unit", restored.Name, new ReadValue("unit", restored.Name, restored.Source) { Stated = restored.Name, How = $"单位名称“{shortName}”的地名省去了后缀；文中写有带后缀的同一名称" }, priority + 1);
            return;
        }

        var head = shortName[..2];
        for (var i = 0; i < ctx.Lines.Count; i++)
        {
            var line = ctx.Lines[i];
            if (line.Chrome)
            {
                continue;
            }

            var t = line.Text;
            for (var at = t.IndexOf(head, StringComparison.Ordinal); at >= 0; at = t.IndexOf(head, at + 1, StringComparison.Ordinal))
            {
                if (at > 0 && TextNormalizer.IsCjk(t[at - 1]))
                {
                    continue;
                }

                for (var len = Math.Min(30, t.Length - at); len > shortName.Length; len--)
                {
                    var full = t.Substring(at, len);
                    if (Abbreviates(shortName, full) && ctx.CleanUnit(full) == full)
                    {
                        b.SetText("unit", full, new ReadValue("unit", full, line.Span(at, len)) { Stated = full, How = $"正文写明“{shortName}”的全称" }, priority + 1);
                        return;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The words before a name end with a place the name itself names (中共梧州 before 中国共产党梧州市委员会宣传部, a PDF's
    /// overlapping text): no region above it, the same one written twice.
    /// </summary>
    /// <remarks>Only the last two characters need asking: any longer ending the name holds contains them.</remarks>
    private static bool NamesItsPlaceAgain(string before, string name) =>
        before.Length >= 2 && name.Contains(before[^2..], StringComparison.Ordinal);

    /// <summary>
    /// 某某区商务委员会 (led by its district) that the text (page chrome aside) also writes, opening a line or clause, led by
    /// the region above it (某某市某某区商务委员会…, 要求,某某市某某区某某街道办事处及时…): that full name, where every such
    /// writing names the same region. A clause word before the region (根据, 和) makes no name.
    /// </summary>
    private static (string Name, SourceRef Source)? OuterRegionOnce(ReadContext ctx, string shortName)
    {
        (string Name, SourceRef Source)? found = null;
        foreach (var line in ctx.Lines)
        {
            if (line.Chrome)
            {
                continue;
            }

            var t = line.Text;
            for (var at = t.Length > 1 ? t.IndexOf(shortName, 1, StringComparison.Ordinal) : -1; at > 0; at = at + 1 < t.Length ? t.IndexOf(shortName, at + 1, StringComparison.Ordinal) : -1)
            {
                var from = at;
                while (from > 0 && at - from < 10 && TextNormalizer.IsCjk(t[from - 1]))
                {
                    from--;
                }

                // Opening the line or a clause in prose; a label's value (部门:某某市某某中学) or a cell is not the text acting.
                if (!OpensClause(t, from) || from == at || !ctx.IsRegionOnly(t[from..at]))
                {
                    continue;
                }

                var full = t[from..(at + shortName.Length)];
                if (ctx.CleanUnit(full) != full || JoinedName(ctx, full) || NamesItsPlaceAgain(t[from..at], shortName))
                {
                    continue;
                }

                // Two writings of which one ends the other (现将2021年度某某市某某区… runs a year's words in): the shorter.
                if (found is { } f && f.Name != full)
                {
                    if (f.Name.EndsWith(full, StringComparison.Ordinal))
                    {
                        found = (full, line.Span(from, full.Length));
                    }
                    else if (!full.EndsWith(f.Name, StringComparison.Ordinal))
                    {
                        return null;
                    }

                    continue;
                }

                found ??= (full, line.Span(from, full.Length));
            }
        }

        return found;
    }

    /// <summary>
    /// A national body's name read alone (中国共产主义青年团 from a file name) that the text writes once with its region and its own
    /// ending after it (中国共产主义青年团邵阳市北塔区委员会, a region's committee): that region's body, the longest such name; null when the text names none
    /// or more than one.
    /// </summary>
    private static (string Name, SourceRef Source)? RegionalBodyOnce(ReadContext ctx, string shortName)
    {
        const int MaxRegionalCommittee = 14;
        (string Name, SourceRef Source)? found = null;
        foreach (var line in ctx.Lines)
        {
            var t = line.Text;
            for (var at = t.IndexOf(shortName, StringComparison.Ordinal); at >= 0; at = t.IndexOf(shortName, at + 1, StringComparison.Ordinal))
            {
                var from = at + shortName.Length;
                for (var end = Math.Min(t.Length, from + MaxRegionalCommittee); end >= from + 4; end--)
                {
                    var rest = t[from..end];
                    var name = shortName + rest;
                    if (!ctx.Index.Vocabulary.RegionalCommitteeEndings.Any(e => rest.EndsWith(e, StringComparison.Ordinal)) || !rest.All(TextNormalizer.IsCjk) || !RegionLed(ctx, rest) || ctx.IsRegionOnly(rest)
                        || ctx.CleanUnit(name) != name)
                    {
                        continue;
                    }

                    if (found is { } f && f.Name != name)
                    {
                        return null;
                    }

                    found ??= (name, line.Span(at, name.Length));
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// 林业局 written without its region, and the text (page chrome included: 发布机构: 零陵区林业局) naming one and only one
    /// region's unit of that name: that unit (the longest form, when a copy cut it at a line's start).
    /// </summary>
    private static (string Name, SourceRef Source)? RegionQualifiedOnce(ReadContext ctx, string shortName)
    {
        (string Name, SourceRef Source)? found = null;
        foreach (var line in ctx.Lines)
        {
            var t = line.Text;
            for (var at = t.Length > 1 ? t.IndexOf(shortName, 1, StringComparison.Ordinal) : -1; at > 0; at = at + 1 < t.Length ? t.IndexOf(shortName, at + 1, StringComparison.Ordinal) : -1)
            {
                var start = at;
                while (start > 0 && at - start < 12 && TextNormalizer.IsCjk(t[start - 1]))
                {
                    start--;
                }

                // The longest region right before the name (池州市贵池区 before 林业局).
                // A label glued before the region (部门名称南昌县黄马乡) is no part of it: the region starts after it.
                for (var k = start; k < at; k++)
                {
                    if (ctx.Index.Labels.LongestAt(t, k) is { } label && label.End <= at)
                    {
                        start = Math.Max(start, label.End);
                    }
                }

                for (var from = start; from <= at - 2; from++)
                {
                    if (!ctx.IsRegionOnly(t[from..at]))
                    {
                        continue;
                    }

                    // One region's unit: a name cut at a line's start (陵区林业局) is the end of the longer one.
                    var full = t[from..(at + shortName.Length)];
                    if (found is { } f && !f.Name.EndsWith(full, StringComparison.Ordinal))
                    {
                        if (!full.EndsWith(f.Name, StringComparison.Ordinal))
                        {
                            return null;
                        }

                        found = null;
                    }

                    found ??= (full, line.Span(from, full.Length));
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// 发改委 of 发展和改革委员会, 住建局 of 住房和城乡建设局: after their common beginning (at least two characters, the
    /// region), at least two characters of the short name are left and appear in order in the full one, the last among
    /// its last three. 某某县水利局 is no short name of 某某县水利水电工程管理局 (only 局 is left); 某某满族自治县某某局 is none of
    /// 某某县满族自治县某某局 (its rest is written whole there).
    /// </summary>
    internal static bool Abbreviates(string shortName, string full)
    {
        var common = 0;
        while (common < shortName.Length && common < full.Length && shortName[common] == full[common])
        {
            common++;
        }

        if (full.Length <= shortName.Length || common < 2 || shortName.Length - common < 2 || !full.All(TextNormalizer.IsCjk)
            || full.AsSpan(full.Length - 3).IndexOf(shortName[^1]) < 0
            // The short name's rest written whole in the other: words put in before it (围场县满族… for 围场满族…), no short form.
            || full.Contains(shortName[common..], StringComparison.Ordinal))
        {
            return false;
        }

        var k = common;
        for (var j = common; j < full.Length && k < shortName.Length; j++)
        {
            if (full[j] == shortName[k])
            {
                k++;
            }
        }

        return k == shortName.Length;
    }

    /// <summary>A link to an attached file: an attachment word, its number, a colon, a file name (附件2:XX报告.pdf).</summary>
    private static bool IsAttachmentLink(string text, VocabularyIndex ix)
    {
        foreach (var word in ix.Vocabulary.AttachmentWords.Where(w => text.StartsWith(w, StringComparison.Ordinal)))
        {
            var i = word.Length;
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || char.IsAsciiDigit(text[i]) || TextNormalizer.IsChineseNumeral(text[i])))
            {
                i++;
            }

            if (i < text.Length && text[i] is ':' or '：' && AttachedFile().IsMatch(text[(i + 1)..]))
            {
                return true;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AttachedFile();

    /// <summary>
    /// 一、基本情况 / 湘阴县残疾人联合会是一个履行…职能的…: the overview opening with the unit describing itself (a unit's name
    /// followed by 是). Weakest of all sources: only when nothing else names the unit. A table of contents may give the overview's
    /// heading first (目录 / 第一部分单位概况 / 一、职能简介 …): the heading's second occurrence, in the body, is tried too.
    /// </summary>
    private static void ReadSelfDescribedUnit(ReadContext ctx)
    {
        var lines = ctx.Lines;
        var tried = 0;
        for (var i = 0; i < lines.Count && tried < 2; i++)
        {
            if (lines[i].Chrome || SectionReader.HeadingOf(lines[i].Text, ctx.Index) is not { Section.Section: "overview" })
            {
                continue;
            }

            var seen = 0;
            var prose = false;
            for (var k = i + 1; k < lines.Count && seen < 3; k++)
            {
                var t = lines[k].Text.Trim();
                if (t.Length == 0 || lines[k].Chrome)
                {
                    continue;
                }

                seen++;
                prose |= t.Length > 30 || t.IndexOfAny(['。', '，', ',', '；', ';']) >= 0;
                if (SetSelfDescribed(ctx, lines[k], lines[k].Text.Length - lines[k].Text.TrimStart().Length, t, exact: false))
                {
                    return;
                }
            }

            // An entry of a table of contents (第一部分 部门概况 / 一、主要职能、职责 / 第二部分 …): short lines without a pause
            // follow it, no description; the body's own heading further on is still tried.
            if (prose)
            {
                tried++;
            }
        }

        ReadRunOnSelfDescribedUnit(ctx);
    }

    private static readonly System.Buffers.SearchValues<char> HeadingNumberEnds = System.Buffers.SearchValues.Create(")）、");

    /// <summary>
    /// A document run together on one line (…一、项目概况(一)项目单位基本情况福安市农业局是市政府直属机构…): an overview heading
    /// inside the line, its number just before its words, and the unit describing itself right after them.
    /// </summary>
    private static void ReadRunOnSelfDescribedUnit(ReadContext ctx)
    {
        foreach (var line in ctx.Lines)
        {
            var t = line.Text;
            if (line.Chrome || t.Length < 60)
            {
                continue;
            }

            for (var i = 1; i < t.Length; i++)
            {
                if (ctx.Index.SectionWords.LongestAt(t, i) is not { } m || m.Values[0].Section != "overview")
                {
                    continue;
                }

                // The heading's number closes at most 8 characters before its words, no pause between (…(一)项目单位基本情况).
                var before = t.AsSpan(Math.Max(0, i - 8), Math.Min(i, 8));
                var mark = before.LastIndexOfAny(HeadingNumberEnds);
                if (mark < 0 || before[(mark + 1)..].IndexOfAny(SentenceMarks) >= 0)
                {
                    continue;
                }

                if (SetSelfDescribed(ctx, line, m.End, t[m.End..], exact: true))
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// The unit describing itself at the start of <paramref name="text"/> (某某县统计局是…), which begins at <paramref name="offset"/>
    /// of the line: set as the unit (weakest of all sources), true. <paramref name="exact"/>: only a name right at the start that
    /// needs no cleaning (in text run together, anything else is the words before it).
    /// </summary>
    private static bool SetSelfDescribed(ReadContext ctx, TextLine line, int offset, string text, bool exact)
    {
        if (SelfDescription(ctx.Index.Vocabulary) is not { } selfDescription
            || selfDescription.Match(text) is not { Success: true } m || m.Groups["name"] is var name && ctx.CleanUnit(name.Value) is not { } described
            || (exact && (name.Index != 0 || described != name.Value)) || ctx.IsRegionOnly(described) || JoinedName(ctx, described))
        {
            return false;
        }

        // A name opening with a region's ending alone (省规划展览馆成立于…) is a short form: the text's full name that ends with it
        // (项目名称:海南省规划展览馆运行维护项目) is the unit, when there is one.
        var unit = FullNameOfShortForm(ctx, described)?.Name ?? described;
        ctx.Builder.SetText("unit", unit, new ReadValue("unit", unit, line.Span(offset + name.Index, name.Length)) { Stated = name.Value, How = SelfDescribedHow }, 1);
        return true;
    }

    /// <summary>
    /// Where a line introduces a short name (abbreviationMarks: 山东省红十字会(以下简称“省红十字会”)): each mark's position and
    /// length, mark by mark in the vocabulary's order. The full name stands before the mark, the short name after it.
    /// </summary>
    internal static IEnumerable<(int At, int Length)> AbbreviationMarksIn(string text, ReadingVocabulary v)
    {
        foreach (var mark in v.AbbreviationMarks)
        {
            for (var at = text.IndexOf(mark, StringComparison.Ordinal); at >= 0; at = text.IndexOf(mark, at + 1, StringComparison.Ordinal))
            {
                yield return (at, mark.Length);
            }
        }
    }

    /// <summary>
    /// A project's name that opens with the unit carrying it out (项目名称:海南省平山医院卫生健康发展专项资金项目): that unit, led by
    /// its region, when nothing else named the unit. Weakest source; a name that opens with a region alone (某某县2021年农村公路
    /// 建设项目) names none.
    /// </summary>
    private static void ReadProjectNameUnit(ReadContext ctx)
    {
        var v = ctx.Index.Vocabulary;
        if (!ctx.Builder.CanSet("unit", 1) || ctx.Builder.ProjectName is not { Length: > 6 } project
            || ctx.Builder.Values.FirstOrDefault(x => x.Path == "projectName") is not { } read)
        {
            return;
        }

        var mark = v.ProjectNameMarks.Concat(v.TitleFundMarks).Select(m => IndexOfFolded(project, m)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
        if (mark > 0 && UnitBeforeProject(ctx, project[..mark]) is { } unit && RegionLed(ctx, unit) && project.StartsWith(unit, StringComparison.Ordinal))
        {
            ctx.Builder.SetText("unit", unit, new ReadValue("unit", unit, read.Source with { Length = unit.Length }) { Stated = unit, How = "项目名称开头的单位名称" }, 1);
        }
    }

    /// <summary>
    /// The unit the opening lines introduce with the short name the text will use (洪山区卫生和计划生育委员会(以下简称区卫计委)的主要
    /// 职能: abbreviationMarks): the one region-led unit so introduced, when nothing firmer named the unit. Weakest source; a
    /// firm (…咨询有限公司(以下简称…)) is no unit, and a document that is no self-evaluation (a firm's evaluation introducing
    /// the bureau that commissioned it) has none so.
    /// </summary>
    private static void ReadAbbreviatedUnit(ReadContext ctx)
    {
        var v = ctx.Index.Vocabulary;
        if (ctx.Kind == DocumentKind.Other || !ctx.Builder.CanSet("unit", 1) || v.AbbreviationMarks.Count == 0)
        {
            return;
        }

        var found = OneDeclaredName(ctx, ctx.Lines.Where(l => !l.Chrome).Take(40), (_, _) => true);
        if (found is { } unit)
        {
            ctx.Builder.SetText("unit", unit.Name, new ReadValue("unit", unit.Name, unit.Source) { Stated = unit.Name, How = "开头以“以下简称”引出的单位全称" }, 1);
        }
    }

    /// <summary>Where the longest region-led unit's name ending right before the bracket at <paramref name="close"/> starts, or null.</summary>
    private static int? NameBeforeBracket(ReadContext ctx, string t, int close)
    {
        for (var start = Math.Max(0, close - 30); start <= close - 4; start++)
        {
            // A name never opens right after a digit: a year's 年 (2018年原省…局) is no region's ending.
            var name = t[start..close];
            if ((start == 0 || !char.IsAsciiDigit(t[start - 1])) && name.All(TextNormalizer.IsCjk) && ctx.CleanUnit(name) == name && RegionLed(ctx, name) && !ctx.IsRegionOnly(name))
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>
    /// The full name the text gives a short name (贵阳市市政工程管理处(以下简称“市政处”) for 市政处): the region-led unit's name right
    /// before the bracket whose abbreviation mark introduces exactly <paramref name="shortName"/>; null when none or several.
    /// </summary>
    private static (string Name, SourceRef Source)? DeclaredFullName(ReadContext ctx, string shortName) =>
        OneDeclaredName(ctx, ctx.Lines.Where(l => !l.Chrome), (t, after) =>
            t.AsSpan(after).TrimStart(Quotes) is var rest && rest.StartsWith(shortName, StringComparison.Ordinal)
            && rest[shortName.Length..].TrimStart(Quotes) is [')' or '）', ..]);

    /// <summary>
    /// The one region-led unit's name the lines introduce before an abbreviation mark in brackets (某某局(以下简称…)) whose short
    /// part <paramref name="accept"/> takes (given the line and where the mark ends); null when none, or when two differ.
    /// </summary>
    private static (string Name, SourceRef Source)? OneDeclaredName(ReadContext ctx, IEnumerable<TextLine> lines, Func<string, int, bool> accept)
    {
        (string Name, SourceRef Source)? found = null;
        foreach (var line in lines)
        {
            var t = line.Text;
            foreach (var (at, length) in AbbreviationMarksIn(t, ctx.Index.Vocabulary))
            {
                var close = at - 1;
                if (close < 0 || t[close] is not ('(' or '（') || !accept(t, at + length) || NameBeforeBracket(ctx, t, close) is not { } start)
                {
                    continue;
                }

                var name = t[start..close];
                if (found is { } f && f.Name != name)
                {
                    return null;
                }

                found = (name, line.Span(start, name.Length));
            }
        }

        return found;
    }

    private const string Quotes = "“”\"'‘’「」";

    /// <summary>
    /// Words that are one or more regions, each a name of two to six characters and its ending (成都市, 湖南省长沙市), then the one to
    /// four characters of a place's name that the short form's leading ending completes (武侯 + 区): 成都市武侯, not 全区建立起了由.
    /// </summary>
    private static bool RegionsThenPlace(ReadContext ctx, string words)
    {
        var suffixes = ctx.Index.Vocabulary.RegionSuffixes;
        bool From(int at, int regions)
        {
            var rest = words.Length - at;
            if (regions > 0 && rest is >= 1 and <= 4 && words[at..].All(TextNormalizer.IsCjk) && !suffixes.Any(x => words[at..].EndsWith(x, StringComparison.Ordinal)))
            {
                return true;
            }

            for (var len = 2; len <= 6 && at + len < words.Length; len++)
            {
                foreach (var x in suffixes)
                {
                    if (string.CompareOrdinal(words, at + len, x, 0, x.Length) == 0 && words.AsSpan(at, len).IndexOfAny(['，', ',', '。', ' ']) < 0 && From(at + len + x.Length, regions + 1))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        return From(0, 0);
    }

    /// <summary>
    /// A title opening with its year and then a unit's short form led by a region's ending alone (2015年区红十字会开展…项目绩效
    /// 评价自评报告), where the text writes that name in full, led by its region (成都市武侯区红十字会始终坚持…): the full name,
    /// as strong as a title's unit. The short form alone names nobody in particular and gives none.
    /// </summary>
    private static void ReadTitleShortFormUnit(ReadContext ctx, List<(int Index, TextLine Line)> title)
    {
        if (!ctx.Builder.CanSet("unit", 5))
        {
            return;
        }

        foreach (var (_, line) in title)
        {
            var t = line.Text;
            if (LeadingYear().Match(t) is not { Success: true } year)
            {
                continue;
            }

            // (Only a short form opens with a region's ending: any other title is passed at once, without trying its prefixes.)
            var start = year.Index + year.Length;
            if (!ctx.Index.Vocabulary.RegionSuffixes.Any(r => string.CompareOrdinal(t, start, r, 0, r.Length) == 0))
            {
                continue;
            }

            for (var len = Math.Min(20, t.Length - start); len >= 3; len--)
            {
                var head = t.Substring(start, len);
                if (head.All(TextNormalizer.IsCjk) && ctx.CleanUnit(head) == head && !ctx.IsRegionOnly(head) && FullNameOfShortForm(ctx, head, twoLevels: true) is { } full)
                {
                    ctx.Builder.SetText("unit", full.Name, new ReadValue("unit", full.Name, full.Source) { Stated = full.Name, How = $"标题在年度后写单位简称“{head}”（以地区的后缀开头），文中有以它结尾、带地区的全称" }, 5);
                    return;
                }
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:19|20)\d{2}\s*年度?")]
    private static partial System.Text.RegularExpressions.Regex LeadingYear();

    /// <summary>
    /// For a name opening with a region's ending alone (省规划展览馆, 区园林和林业局: a short form), the region-led name in the text
    /// (outside page chrome, starting a word) that ends with it and adds the region before it (海南 + 省规划展览馆): the longest
    /// such and where it stands, or null (also for a name that is no such short form).
    /// </summary>
    /// <param name="twoLevels">Only a full name whose added words are regions of their own followed by a place's name (成都市武侯 +
    /// 区红十字会), never words of a sentence that merely end before the short form (全区建立起了由 + 区红十字会).</param>
    private static (string Name, SourceRef Source)? FullNameOfShortForm(ReadContext ctx, string shortName, bool twoLevels = false) =>
        !ctx.Index.Vocabulary.RegionSuffixes.Any(r => shortName.StartsWith(r, StringComparison.Ordinal)) ? null
            : LongestLedForm(ctx.Lines.Where(l => !l.Chrome), shortName, 8,
                (full, lead) => RegionLed(ctx, full) && ctx.CleanUnit(full) == full && !JoinedName(ctx, full) && (!twoLevels || RegionsThenPlace(ctx, lead)),
                ctx.Index.Vocabulary.NameJoiners);

    /// <summary>
    /// The longest writing of <paramref name="name"/> with up to <paramref name="maxLead"/> characters before it that
    /// <paramref name="accept"/> takes (given the whole and the words before the name), all CJK and starting a word (after a
    /// colon, a space or the line's start, not inside glued words: 2024年度镇江…, 项目实施单位区园林…), and where it stands.
    /// With <paramref name="joiners"/> a writing may also start after one of them that starts a word (…976号)和宁波市奉化区农业农村局:
    /// the second of two names).
    /// </summary>
    private static (string Name, SourceRef Source)? LongestLedForm(IEnumerable<TextLine> lines, string name, int maxLead, Func<string, string, bool> accept, IReadOnlyList<string>? joiners = null)
    {
        static bool WordStart(string t, int start) => start == 0 || !(TextNormalizer.IsCjk(t[start - 1]) || char.IsAsciiDigit(t[start - 1]));

        (string Name, SourceRef Source)? best = null;
        foreach (var line in lines)
        {
            var t = line.Text;
            for (var at = t.IndexOf(name, StringComparison.Ordinal); at >= 0; at = t.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                for (var start = Math.Max(0, at - maxLead); start < at; start++)
                {
                    var full = t[start..(at + name.Length)];
                    if ((WordStart(t, start) || (joiners?.Any(j => start >= j.Length && t.AsSpan(0, start).EndsWith(j, StringComparison.Ordinal) && WordStart(t, start - j.Length)) ?? false))
                        && full.All(TextNormalizer.IsCjk) && (best is null || full.Length > best.Value.Name.Length) && accept(full, t[start..at]))
                    {
                        best = (full, line.Span(start, full.Length));
                    }
                }
            }
        }

        return best;
    }

    // The date may stand in brackets (某某县农业综合行政执法大队 (2022年 2 月 23 日), a cover's author and date).
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<name>\S{3,40}?)\s+[(（]?(?<date>(?:19|20)\d{2}\s*[年\-./].{2,14}?)[)）]?$")]
    private static partial System.Text.RegularExpressions.Regex SignatureWithDate();

    // The end of a line whose breaks were lost: a name alone between a space (or a full stop) and a full date that ends the line.
    [System.Text.RegularExpressions.GeneratedRegex(@"[\s。](?<name>[^\s，,。；;:：、()（）]{3,40})\s+(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")]
    private static partial System.Text.RegularExpressions.Regex RunOnSignature();

    // 某某县统计局是…, 某某县统计局为县人民政府工作部门, 某某县统计局（以下简称县统计局）是…, 某某联合社成立于1951年…, 某某乡人民政府内设…:
    // the name, then what it is, when it was founded or what it holds (fields.yaml selfDescriptionVerbs).
    private static System.Text.RegularExpressions.Regex? SelfDescription(ReadingVocabulary v) =>
        v.SelfDescriptionVerbs.Count == 0 ? null : SelfDescriptions.GetValue(v, x => new System.Text.RegularExpressions.Regex(
            @"^(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]\s*)?(?<name>[^\s，,。；;:：“”""()（）]{4,30}?)(?:[(（]以下简称[^)）]{1,20}[)）])?(?:"
            + string.Join('|', x.SelfDescriptionVerbs.Select(System.Text.RegularExpressions.Regex.Escape)) + ")"));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReadingVocabulary, System.Text.RegularExpressions.Regex> SelfDescriptions = [];

    // 2024年3月15日, 2024年三月十五日 (a Chinese year is already in digits), 2024年3月, 2024-03-15, 2024.3.15.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?|(?:19|20)\d{2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2})$")]
    private static partial System.Text.RegularExpressions.Regex DateLine();

    /// <summary>A line that begins with a name or code label (预算编码: …, 部门名称 …): a cover field, never the continuation of a sentence.</summary>
    internal static bool StartsField(string line, VocabularyIndex ix) =>
        ix.Labels.LongestAt(line, 0) is { } m
        && ((m.Values.Any(e => e.Field is { Role: ValueRole.Text or ValueRole.Code })
                && (m.End >= line.Length || line[m.End] is ' ' or ':' or '：' or '|' or '\t' or '(' or '（' || GluedName(line, m.End, ix)))
            // An amount label alone on its line (计划安排资金 over (万元) / 55: a cover copied one cell a line) is a cell of its own,
            // never the end of the long cell above it (2021年 1 月起至 2021 年 12 月止).
            || (m.End >= line.Length && m.Values.Any(e => e.Field is { Role: ValueRole.Amount })));

    /// <summary>
    /// A heading that is a figure's label and nothing else ((一)自评得分, 2.预算执行率:): its figure may stand alone on the next
    /// line. A score's or rate's label alone without a heading's number or colon is a table's cell (自评得分 / 1 / 规划 (15分): a
    /// header run one cell a line over the row number), read with the table; a money label alone is one whatever marks it (年度预算
    /// 金额 | / 4992万元 |, its bars lost to tabs or spaces): the figure under it must carry its own money unit.
    /// </summary>
    private static bool FigureLabelAlone(string line, VocabularyIndex ix)
    {
        var trimmed = line.Trim();
        // A web table's cell one a line (年度预算金额 |): its closing bar marks it as a colon does.
        var barred = trimmed.Length > 1 && trimmed.IndexOf('|', StringComparison.Ordinal) == trimmed.Length - 1;
        var cell = barred ? trimmed.TrimEnd('|', ' ', '\t') : trimmed;
        var t = VocabularyLoader.Fold(NumberedHeadingPrefix().Replace(cell, string.Empty)).TrimEnd(':');
        var marked = barred || t.Length < VocabularyLoader.Fold(cell).Length;
        return t.Length > 0 && ix.Labels.LongestAt(t, 0) is { } m && m.End == t.Length
            && m.Values.Any(e => e.Field is { Role: ValueRole.Amount } || (marked && e.Field is { Role: ValueRole.Score or ValueRole.Rate }));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*")]
    private static partial System.Text.RegularExpressions.Regex NumberedHeadingPrefix();

    /// <summary>预算单位某某医院 的项目…: a name label with a unit's name written right after it, up to the first space.</summary>
    private static bool GluedName(string line, int at, VocabularyIndex ix)
    {
        var stop = line.AsSpan(at).IndexOfAny(' ', '\t', '|');
        var word = VocabularyLoader.Fold(stop < 0 ? line[at..] : line.Substring(at, stop));
        return word.Length is >= 4 and <= 30 && TextNormalizer.IsCjk(line[at]) && ix.Vocabulary.UnitSuffixes.Any(x => word.EndsWith(x, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether the line above (the nearest one not empty) is a page's metadata label alone whose value stands under it: a
    /// publisher's label (发布机构, 来源: fields.yaml labels marked chrome) or one of chrome.yaml valueBelow.
    /// </summary>
    private static bool UnderMetadataLabel(IReadOnlyList<TextLine> lines, int index, VocabularyIndex ix)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var t = lines[i].Text.Trim().Trim('|').Trim();
            if (t.Length == 0)
            {
                continue;
            }

            var folded = VocabularyLoader.Fold(t).TrimEnd(':').Trim('[', ']', '【', '】');
            return ix.Vocabulary.Chrome.ValueBelow.Contains(folded, StringComparer.Ordinal)
                || (ix.Labels.LongestAt(folded, 0) is { } label && label.End == folded.Length && label.Values.Any(e => e.Field is { Chrome: true }));
        }

        return false;
    }

    /// <summary>
    /// The title: among the first non-chrome lines (before a numbered heading or a long line), those
    /// that carry a title cue of some kind (at most three), each with the short line just above it
    /// (2022年度XX组织部（本级） / 部门整体支出绩效自评表).
    /// </summary>
    /// <param name="tableHead">Also take the name at the head of a table run together on one line (for the kind only: such a
    /// head often names the supervising department, not the unit that spent the money).</param>
    internal static List<(int Index, TextLine Line)> TitleLines(IReadOnlyList<TextLine> lines, VocabularyIndex ix, bool tableHead = false)
    {
        var cues = ix.Vocabulary.KindCues.Where(c => c.InTitle && c.Weight > 0).Select(c => c.Text).Distinct().ToList();
        // A part's opening title may also be named by an opening title word (…项目绩效评价情况); only titleWords split a file.
        var words = ix.Vocabulary.TitleWords.Concat(ix.Vocabulary.OpeningTitleWords).ToList();
        var result = new List<(int Index, TextLine Line)>();
        var seen = 0;
        (int Index, TextLine Line)? previous = null;
        for (var i = 0; i < lines.Count && seen < 12 && result.Count < 4; i++)
        {
            var line = lines[i];
            if (line.Chrome)
            {
                // A page's metadata between a menu's last item and the title (• 走进水利 / [ 发布机构 ] 市水利局 / 重庆市2018年度…):
                // the line above the metadata is no first half of the title.
                previous = null;
                continue;
            }

            if (line.Text.Trim().Length == 0)
            {
                continue;
            }

            // A link to an attached file (附件2:XX项目绩效评价报告.pdf) names another document, not this one.
            if (IsAttachmentLink(line.Text.Trim(), ix))
            {
                continue;
            }

            seen++;
            var folded = VocabularyLoader.Fold(line.Text);
            if (result.Count > 0 && CitesADocument(folded, ix))
            {
                // The first sentence after the title, citing the notice it answers (根据《…部门整体支出和项目支出绩效自评…的通知》…):
                // no part of the title, however short its copy.
                break;
            }

            var runOn = false;
            if (folded.Length > 90 && (TitleHead(line, ix, tableHead) ?? (result.Count == 0 ? RunOnTitleToken(line, ix) : null)) is { } head)
            {
                // A whole document run together on one line: its title, then 一、… (XX报告一、基本情况…). A sharing site's
                // page mark before it (1、 XX项目绩效自评报告自评得分100分…) is no heading number.
                line = WithoutPageMark(head);
                folded = VocabularyLoader.Fold(line.Text);
                runOn = true;
            }

            if (folded.Length > 90 && result.Count == 0 && seen <= 3)
            {
                // A metadata or chrome line before the title.
                continue;
            }

            if (seen > 1 && result.Count == 0 && WebListTitle(line.Text, ix, words) is { } listed)
            {
                // A page's list of links numbered by the site (1. <rp…> / 2. 项目综合绩效评价报告): an item that is itself a
                // document's name is the title, its number no outline heading.
                line = line with { Text = listed };
                folded = VocabularyLoader.Fold(line.Text);
            }
            else if (folded.Length > 90 || (seen > 1 && SectionReader.HeadingOf(line.Text, ix) is { Numbered: true }))
            {
                break;
            }

            // A title line names a document (报告, 自评表 …) or is the first half of one that does.
            var named = words.Any(w => folded.Contains(w, StringComparison.Ordinal))
                || (!runOn && NextText(lines, i) is { } next && words.Any(w => next.Contains(w, StringComparison.Ordinal)));
            // A sentence (…开展了自评,现将自评情况报告如下:) is no title, even a short one.
            if (named && !folded.Contains('。', StringComparison.Ordinal) && !folded.Contains(',', StringComparison.Ordinal) && cues.Any(c => folded.Contains(c, StringComparison.Ordinal)))
            {
                // (Not a metadata label's value one cell a line: 发布机构 / 某某县教育体育局 names the publisher, not a title's half.)
                if (previous is { } p && !result.Contains(p) && VocabularyLoader.Fold(p.Line.Text).Length <= 40 && !UnderMetadataLabel(lines, p.Index, ix))
                {
                    result.Add(p);
                }

                result.Add((i, line));
            }

            if (runOn)
            {
                break;
            }

            previous = (i, line);
        }

        if (result.Count > 0)
        {
            return result;
        }

        var quoted = QuotedTitle(lines, ix, cues, words);
        return quoted.Count > 0 ? quoted : OpeningTitle(lines, ix, words);
    }

    /// <summary>
    /// A line holding a web list's number and words (2. 项目综合绩效评价报告: an Arabic number and a point) with the number blanked,
    /// the words at their own columns, when the words alone are a title — a document's word last, title cues that reach
    /// kindThreshold, no sentence marks — else null.
    /// </summary>
    private static string? WebListTitle(string text, VocabularyIndex ix, List<string> words)
    {
        var m = WebListNumber().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var rest = VocabularyLoader.Fold(text[m.Length..]);
        return rest.Length is >= 6 and <= 60 && rest.IndexOfAny(['。', ',', ';', ':']) < 0 && words.Any(w => rest.EndsWith(w, StringComparison.Ordinal))
            && KindClassifier.SelfEvaluationTitleScore(rest, ix) >= ix.Vocabulary.KindThreshold ? new string(' ', m.Length) + text[m.Length..] : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[0-9]{1,2}[.．]\s*(?=[^0-9\s])")]
    private static partial System.Text.RegularExpressions.Regex WebListNumber();

    /// <summary>
    /// No title line: the name the opening sentence gives the document (…，现将2022年XX局XX资金项目绩效自评总结报告如下：),
    /// as a line holding only that name at its place, when the name alone tells one kind before any other.
    /// </summary>
    private static List<(int Index, TextLine Line)> OpeningTitle(IReadOnlyList<TextLine> lines, VocabularyIndex ix, IReadOnlyList<string> words)
    {
        // The opening sentence may follow a cover's few labels (评价年度:2024 / 评价单位: … / 填报日期: …) or a page's menu
        // (移动端应用 / 政务微信 / …) that no chrome rule knows.
        foreach (var (i, line) in OpeningLines(lines, 6))
        {
            if (OpeningName(line, ix, words) is { } name)
            {
                return [(i, name)];
            }

            if ((NoticeSubjectTitle(lines, i, ix) ?? EvaluatedSubjectTitle(lines, i, ix)) is { } subject)
            {
                return [(i, subject)];
            }
        }

        return [];
    }

    /// <summary>
    /// The name a line gives the document between opening title marks (…，现将2022年XX局XX资金项目绩效自评总结报告如下：), as a line
    /// holding only that name at its place, when the name alone tells one kind before any other; otherwise null.
    /// </summary>
    private static TextLine? OpeningName(TextLine line, VocabularyIndex ix, IReadOnlyList<string> words)
    {
        foreach (var (lead, tail) in ix.Vocabulary.OpeningTitleMarks)
        {
            if (Between(line.Text, lead, tail) is not { } at)
            {
                continue;
            }

            var (start, close) = (at.Start, at.Close);
            var name = line.Text[start..close];
            var folded = VocabularyLoader.Fold(name);
            if (folded.Length <= 90 && words.Any(w => folded.Contains(w, StringComparison.Ordinal))
                && folded.IndexOfAny([',', '。', ';', ':']) < 0 && KindClassifier.TitleLeader(folded, ix) is not null)
            {
                return line with { Text = new string(' ', start) + name };
            }
        }

        return null;
    }

    /// <summary>
    /// For the kind only: the name the opening sentence gives the document (现将博乐市2020年抗疫特别国债项目支出绩效自评工作报告如下)
    /// when the title read names no kind before every other (关于抗疫特别国债执行情况绩效自评报告, XX局2022年绩效自评报告) — the
    /// document's own words for what it is. Folded, or empty. Only the first lines after the title are asked.
    /// </summary>
    internal static string OpeningNameForKind(IReadOnlyList<TextLine> lines, VocabularyIndex ix, string title)
    {
        if (title.Length == 0 || KindClassifier.TitleLeader(title, ix) is not null)
        {
            return string.Empty;
        }

        var words = ix.Vocabulary.TitleWords.Concat(ix.Vocabulary.OpeningTitleWords).ToList();
        foreach (var (_, line) in OpeningLines(lines, 4))
        {
            if (OpeningName(line, ix, words) is { } name)
            {
                return VocabularyLoader.Fold(name.Text);
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// The words between a lead and the first tail after it (现将…如下, 关于开展…的通知), at least six characters: where the lead
    /// opens, where the words start and where the tail begins; null when the marks are absent or enclose fewer words.
    /// </summary>
    private static (int Open, int Start, int Close)? Between(string text, string lead, string tail)
    {
        var open = text.IndexOf(lead, StringComparison.Ordinal);
        var close = open < 0 ? -1 : text.IndexOf(tail, open + lead.Length, StringComparison.Ordinal);
        return close - open - lead.Length < 6 ? null : (open, open + lead.Length, close);
    }

    /// <summary>
    /// The opening cites the notice that commissioned the document and names the document a report (根据《关于开展2017年度
    /// 市级部门单位整体支出自我绩效评价的通知》…，形成本评价报告。): the notice's subject, followed by 报告, as a line holding
    /// only that title at its place (报告 stands where the notice's tail 的通知 stood), when it tells one kind before any other.
    /// </summary>
    private static TextLine? NoticeSubjectTitle(IReadOnlyList<TextLine> lines, int at, VocabularyIndex ix)
    {
        var line = lines[at];
        var text = line.Text;

        // The opening sentence as it continues on the next lines (a PDF's or a copied page's line breaks), up to its end.
        var sentence = text;
        for (var k = at + 1; k < lines.Count && k <= at + 3 && !sentence.Contains('。', StringComparison.Ordinal); k++)
        {
            sentence += lines[k].Text.Trim();
        }

        foreach (var (lead, tail) in ix.Vocabulary.OpeningNoticeMarks)
        {
            if (Between(text, lead, tail) is not { } marks || text.LastIndexOf('《', marks.Open) < 0 || text.IndexOf('》', marks.Close) < 0
                || !ix.Vocabulary.OpeningReportWords.Any(w => sentence.IndexOf(w, marks.Close, StringComparison.Ordinal) >= 0))
            {
                continue;
            }

            var subject = text[marks.Start..marks.Close];
            var title = VocabularyLoader.Fold(subject) + "报告";
            if (title.Length <= 60 && title.IndexOfAny([',', '。', ';', ':', '《']) < 0 && KindClassifier.TitleLeader(title, ix) is not null)
            {
                return line with { Text = new string(' ', marks.Start) + subject + "报告" };
            }
        }

        return null;
    }

    /// <summary>
    /// The opening says what the unit evaluated and names the document a report (我局对2017年度道路清扫保洁项目资金实施了绩效评价,
    /// 形成本报告如下): the subject between the marks (openingSubjectMarks), followed by 绩效评价报告, as a line holding only that
    /// title at its place, when it names a self-evaluation (its cues reach kindThreshold for some kind but 其他; a tie between two
    /// kinds, 科技专项资金绩效评价报告 naming a project's and a transfer's report alike, is left to the body's cues). One of
    /// openingSubjectWords (绩效) must follow the tail and a report word the subject; the title read is the subject followed by
    /// openingSubjectTitle (绩效评价报告).
    /// </summary>
    private static TextLine? EvaluatedSubjectTitle(IReadOnlyList<TextLine> lines, int at, VocabularyIndex ix)
    {
        var line = lines[at];
        var text = line.Text;
        var v = ix.Vocabulary;
        if (v.OpeningSubjectTitle.Length == 0)
        {
            return null;
        }

        foreach (var (lead, tail) in v.OpeningSubjectMarks)
        {
            // A tail that itself names the evaluation (开展了…绩效自评) needs no word after it: the subject and the evaluation make the
            // title (2024年度部门绩效自评报告), with openingActTitleEnding.
            var act = v.OpeningSubjectWords.Any(w => tail.StartsWith(w, StringComparison.Ordinal));
            if ((act && v.OpeningActTitleEnding.Length == 0) || Between(text, lead, tail) is not { } marks
                || (!act && text[(marks.Close + tail.Length)..].TrimStart() is var after && !v.OpeningSubjectWords.Any(w => after.StartsWith(w, StringComparison.Ordinal)))
                || !v.OpeningReportWords.Any(w => text.IndexOf(w, marks.Close, StringComparison.Ordinal) >= 0))
            {
                continue;
            }

            var subject = text[marks.Start..marks.Close];
            var named = act ? subject + tail + v.OpeningActTitleEnding : subject + v.OpeningSubjectTitle;
            var title = VocabularyLoader.Fold(named);
            if (title.Length <= 60 && title.IndexOfAny([',', '。', ';', ':', '《', '》']) < 0 && KindClassifier.SelfEvaluationTitleScore(title, ix) >= ix.Vocabulary.KindThreshold)
            {
                return line with { Text = new string(' ', marks.Start) + named };
            }
        }

        return null;
    }

    /// <summary>
    /// No title line: the document's name a sharing site quotes in its notice (《部门整体绩效自评表.docx》由会员分享…),
    /// as a line holding only that name at its place in the notice.
    /// </summary>
    private static List<(int Index, TextLine Line)> QuotedTitle(IReadOnlyList<TextLine> lines, VocabularyIndex ix, List<string> cues, IReadOnlyList<string> words)
    {
        for (var i = 0; i < lines.Count && i < 12; i++)
        {
            var line = lines[i];
            if (!line.Chrome)
            {
                continue;
            }

            var open = line.Text.IndexOf('《', StringComparison.Ordinal);
            var close = open < 0 ? -1 : line.Text.IndexOf('》', open + 1);
            if (close - open < 6)
            {
                continue;
            }

            var name = line.Text[(open + 1)..close];
            var dot = name.LastIndexOf('.');
            if (dot > 0 && name.Length - dot <= 5 && name[(dot + 1)..].All(char.IsAsciiLetter))
            {
                name = name[..dot];
            }

            var folded = VocabularyLoader.Fold(name);
            if (folded.Length <= 90 && words.Any(w => folded.Contains(w, StringComparison.Ordinal)) && cues.Any(c => folded.Contains(c, StringComparison.Ordinal)))
            {
                return [(i, line with { Text = new string(' ', open + 1) + name, Chrome = false })];
            }
        }

        return [];
    }

    /// <summary>The folded text of the next non-empty, non-chrome line (at most 90 characters), or null.</summary>
    private static string? NextText(IReadOnlyList<TextLine> lines, int i)
    {
        for (var k = i + 1; k < lines.Count && k <= i + 3; k++)
        {
            if (!lines[k].Chrome && lines[k].Text.Trim().Length > 0)
            {
                var f = VocabularyLoader.Fold(lines[k].Text);
                return f.Length <= 90 ? f : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The head of a long line up to its first level-1 heading (XX自评报告一、基本情况 …), or with <paramref name="tableHead"/> up to
    /// a document's name directly followed by a cover label (XX项目绩效自评表填报日期:…项目名称…: a table run together), as a
    /// line of its own, or null.
    /// </summary>
    private static TextLine? TitleHead(TextLine line, VocabularyIndex ix, bool tableHead = false, bool spacedHeading = false)
    {
        var text = line.Text;
        for (var k = 6; k < Math.Min(text.Length, 100); k++)
        {
            if (k > 0 && text[k - 1] is '。' or ',' or '，' or ';' or '；')
            {
                return null;
            }

            if (tableHead && ix.Vocabulary.TitleWords.Any(w => text.AsSpan(0, k).EndsWith(w, StringComparison.Ordinal))
                && (ix.CoverKeys.LongestAt(text, k) is not null || ix.Labels.LongestAt(text, k) is { } label && label.Values.Any(e => e.Field is not null)))
            {
                return line with { Text = text[..k].TrimEnd() };
            }

            // A run-on document whose first sentence follows its title with no break (2018年度项目支出绩效自评报告根据洪山区财政局…的
            // 要求,…): the head ends in a title word, names a kind, and the sentence opens with a clause opening (fields.yaml
            // clauseOpenings: 根据, 按照, 为 …).
            if (ix.Vocabulary.TitleWords.Any(w => text.AsSpan(0, k).EndsWith(w, StringComparison.Ordinal))
                && ix.Vocabulary.ClauseOpenings.Any(c => text.AsSpan(k).StartsWith(c, StringComparison.Ordinal))
                && KindClassifier.SelfEvaluationTitleScore(text[..k], ix) >= ix.Vocabulary.KindThreshold)
            {
                return line with { Text = text[..k].TrimEnd() };
            }

            // A run-on page: the title, then the page's date or source line (XX自评报告 发布时间:2024-04-19 …, XX自评报告.docx 上传人:…):
            // the head names a document and holds no chrome of its own (no breadcrumb, no label's colon).
            if (text[k - 1] == ' ' && k - 1 >= 6 && ix.Vocabulary.Chrome.StartsWith.Any(c => text.AsSpan(k).StartsWith(c, StringComparison.Ordinal)))
            {
                var head = text[..k].TrimEnd();
                // A site's name before the title (某某市人民政府门户网站 XX委员会2022年度…自评报告) is no part of it.
                var words = head.Split(' ');
                var site = Array.FindLastIndex(words, w => ix.Vocabulary.SiteNameEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal)));
                var start = words.Take(site + 1).Sum(w => w.Length + 1);
                // Nor a breadcrumb (您现在位置: 首页 > 专题专栏 > 民生工程 XX自评报告): the title starts after its last step.
                var crumb = head.LastIndexOfAny(BreadcrumbMarks);
                if (crumb >= start)
                {
                    var step = crumb + 1;
                    while (step < head.Length && head[step] == ' ')
                    {
                        step++;
                    }

                    var end = head.IndexOf(' ', step);
                    start = end < 0 ? head.Length : end + 1;
                }

                // A shared file's name (…自评报告.docx): the title without its extension.
                if (ix.Vocabulary.SharedFileExtensions.FirstOrDefault(e => head.EndsWith(e, StringComparison.OrdinalIgnoreCase)) is { } extension)
                {
                    head = head[..^extension.Length];
                }

                if (start < head.Length && ix.Vocabulary.TitleWords.Any(w => head.EndsWith(w, StringComparison.Ordinal)) && head.IndexOfAny(RunOnChromeMarks, start) < 0)
                {
                    return line with { Text = new string(' ', start) + head[start..] };
                }
            }

            // The first level-1 heading of a run-on document: 一、 (or 第一部分).
            // With spacedHeading also 一 alone between spaces, where a Word text lost its line breaks (…总结报告 一 绩效管理工作开展情况。).
            if ((text[k] == '一' && k + 1 < text.Length && text[k + 1] is '、' or '.') || text.AsSpan(k).StartsWith("第一部分", StringComparison.Ordinal)
                || (spacedHeading && text[k] == '一' && text[k - 1] == ' ' && k + 2 < text.Length && text[k + 1] == ' ' && TextNormalizer.IsCjk(text[k + 2])))
            {
                var head = text[..k].TrimEnd();
                return head.Length >= 6 ? line with { Text = head } : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A page run together on one line whose metadata comes first (索引号 … 发布机构 区交通运输局 发文日期 2022-08-05
    /// 2021年XX项目专项资金绩效自评报告 字体:【大】 …): the first of its pieces between spaces, bars or bullets, within its first
    /// 400 characters and before any 一、, that ends in a title word (a bracketed addition after it allowed) and names a
    /// self-evaluation by itself; its place in the line is kept.
    /// </summary>
    private static TextLine? RunOnTitleToken(TextLine line, VocabularyIndex ix)
    {
        var text = line.Text;
        if (TextNormalizer.Compact(text) is var compact && ix.Vocabulary.AttachmentWords.Any(w => compact.StartsWith(w, StringComparison.Ordinal)))
        {
            // A list of attached files (附件:1.XX自评报告 2.…) names other documents.
            return null;
        }

        var limit = Math.Min(text.Length, 400);
        var start = 0;
        for (var k = 0; k <= limit; k++)
        {
            if (k < limit && text[k] is not (' ' or '|' or '•' or '\t'))
            {
                continue;
            }

            var piece = text[start..k];
            if (piece.StartsWith("一、", StringComparison.Ordinal) || piece.StartsWith("第一部分", StringComparison.Ordinal))
            {
                return null;
            }

            // (Not the rest of a title cut at a space: 2020 年度“…”绩效自评报告 gives 年度“…”.)
            if (piece.Length >= 8 && piece[0] != '年' && piece.IndexOfAny(SentenceMarks) < 0 && TitleEnd(piece, ix) is { } end
                && KindClassifier.SelfEvaluationTitleScore(piece[..end], ix) >= ix.Vocabulary.KindThreshold)
            {
                return line with { Text = new string(' ', start) + piece };
            }

            start = k + 1;
        }

        return null;
    }

    /// <summary>Where the piece's title word ends, when nothing but a bracketed addition follows it (…自评报告(2022年XX经费)), or null.</summary>
    private static int? TitleEnd(string piece, VocabularyIndex ix)
    {
        foreach (var w in ix.Vocabulary.TitleWords)
        {
            var at = piece.LastIndexOf(w, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var end = at + w.Length;
            var rest = piece[end..];
            if (rest.Length == 0 || (rest[0] is '(' or '（' && rest[^1] is ')' or '）'))
            {
                return end;
            }
        }

        return null;
    }

    /// <summary>A line opening a clause by citing a document (根据《…》, 按照《…》): a sentence, never a title.</summary>
    private static bool CitesADocument(string folded, VocabularyIndex ix)
    {
        var t = folded.TrimStart();
        return ix.Vocabulary.ClauseOpenings.Any(c => t.StartsWith(c, StringComparison.Ordinal) && t.Length > c.Length && t[c.Length] is '《' or '<');
    }

    /// <summary>Marks that end a clause: no title or heading runs over one.</summary>
    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("。,，;；:：");

    private static readonly char[] RunOnChromeMarks = ['>', '»', ':', '：', '|'];

    private static readonly char[] BreadcrumbMarks = ['>', '»', '›'];

    /// <summary>The line without a leading page mark (1、 of a sharing site's preview), its place kept by spaces.</summary>
    private static TextLine WithoutPageMark(TextLine line)
    {
        var t = line.Text;
        var k = 0;
        while (k < t.Length && t[k] == ' ')
        {
            k++;
        }

        var digits = k;
        while (digits < t.Length && char.IsAsciiDigit(t[digits]))
        {
            digits++;
        }

        return digits > k && digits - k <= 2 && digits < t.Length && t[digits] == '、' ? line with { Text = new string(' ', digits + 1) + t[(digits + 1)..] } : line;
    }

    /// <summary>The first <paramref name="count"/> lines with text that are not page chrome, with their index.</summary>
    private static IEnumerable<(int Index, TextLine Line)> OpeningLines(IReadOnlyList<TextLine> lines, int count)
    {
        var seen = 0;
        for (var i = 0; i < lines.Count && seen < count; i++)
        {
            if (lines[i].Chrome || lines[i].Text.Trim().Length == 0)
            {
                continue;
            }

            seen++;
            yield return (i, lines[i]);
        }
    }

    // ------------------------------------------------------------------ year

    private static void ReadYear(ReadContext ctx, List<(int Index, TextLine Line)> title)
    {
        var v = ctx.Index.Vocabulary;

        // A title about a span of years and no single year (某某县2020-2022年度高标准农田建设专项资金绩效评价报告): the document
        // covers several years, none of them the evaluated one (the years of the notices it cites are not its own).
        if (TitleSpansYears(title))
        {
            ctx.Builder.Miss("year", "标题写的是几个年度（起止年份），没有单一的评价年度，不取");
            return;
        }

        // A sample or template writes its years masked (现将我馆20xx年度项目支出绩效自评情况报告如下): a year in its file name or
        // title (2024年项目支出绩效评估报告(精选11篇)) is when it was compiled, not the year evaluated.
        if (v.MaskedYears.FirstOrDefault(m => ctx.Lines.Any(l => !l.Chrome && l.Text.Contains(m, StringComparison.OrdinalIgnoreCase))) is { } masked)
        {
            ctx.Builder.Miss("year", $"文中年份写作“{masked}”（范文或模板），标题或文件名中的年份不是评价年度，不取");
            return;
        }

        var titleSet = title.Select(t => t.Index).ToHashSet();
        var published = PublishedYear(ctx);
        var scores = new Dictionary<int, (int Score, int Best, TextLine Line, int Column, int Length)>();
        var spans = new List<(int From, int To)>();
        for (var i = 0; i < ctx.Lines.Count && i < 600; i++)
        {
            var line = ctx.Lines[i];
            if (line.Chrome || IsFormNote(line.Text, v) || KindClassifier.IsCompilation(VocabularyLoader.Fold(line.Text), v))
            {
                // (A form's note, 注:…可参照2014年预算编制…, tells how to fill it in: its years are the template's. An essay site's
                // compilation title, 2023年绩效评价自评报告模版(汇总16篇), dates the collection, not a sample's evaluated year.)
                continue;
            }

            var text = line.Text;
            for (var k = 0; k + 4 <= text.Length; k++)
            {
                if (!IsYearAt(text, k, out var year))
                {
                    continue;
                }

                // A date (2023年3月, 2023-03-15) is not the evaluated year, unless a cue names that date
                // (截止2023年12月31日: the end of the evaluated year).
                var after = k + 4;
                while (after < text.Length && text[after] == ' ')
                {
                    after++;
                }

                // The end of a span of years (2017-2019年, 2021至2023年): several years, none of them the evaluated one.
                if (k >= 5 && IsSpanMark(text[k - 1]) && IsYearAt(text, k - 5, out var from))
                {
                    spans.Add((from, year));
                    continue;
                }

                // A period of dates across years (项目期限 2015年11月起至2020年1月止, 2003 年至 2005 年): both ends are the period's,
                // neither the evaluated year (a period within one year, 2019年1月至2019年12月, keeps its cue).
                if (EndsADatePeriod(text, k, year))
                {
                    continue;
                }

                // The last of a list of years sharing one 年 (2016及2017年财政支出项目绩效目标表, 2021、2022年): the 年 is every listed
                // year's, so its cues name none of them alone.
                if (k >= 5 && text[k - 1] is '及' or '和' or '与' or '、' && IsYearAt(text, k - 5, out _))
                {
                    continue;
                }

                // A year after the page's own publication (an essay site's title 2023年度…自评报告 on a page of 2022-10-24): never the
                // year evaluated, which ends before its report is published.
                if (published is { } p && year > p)
                {
                    continue;
                }

                var date = IsDate(text, after);
                var weight = 0;
                var length = 4;

                // One cell per line: a key on the line before the year alone (评价年度 / 2023) reads as 评价年度:2023.
                var above = k == 0 && text.Trim().Length <= 6 && PreviousText(ctx.Lines, i) is { Length: <= 12 } prev ? prev + ":" : null;
                foreach (var cue in v.YearCues)
                {
                    if (date && !cue.After.Contains('月', StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if (cue.UnderTitle && !UnderTitleLine(ctx.Lines, i, titleSet))
                    {
                        continue;
                    }

                    var keyAbove = above is not null && cue.Before.EndsWith(':') && EndsAt(above, above.Length, cue.Before);
                    if ((keyAbove || EndsAt(text, k, cue.Before)) && StartsAt(text, k + 4, cue.After) is var end && end >= 0
                        && (!cue.WholeLine || (text[..(k - cue.Before.Length)].Trim().Length == 0 && text[end..].Trim().Length == 0)))
                    {
                        weight += cue.Weight;
                        length = Math.Max(length, end - k);
                    }
                }

                if (weight <= 0)
                {
                    continue;
                }

                if (titleSet.Contains(i))
                {
                    weight += v.TitleYearWeight;
                }

                var current = scores.GetValueOrDefault(year);
                scores[year] = current.Line is null
                    ? (weight, weight, line, k, length)
                    : (current.Score + weight, Math.Max(current.Best, weight), weight > current.Best ? line : current.Line, weight > current.Best ? k : current.Column, weight > current.Best ? length : current.Length);
            }
        }

        if (scores.Count == 0)
        {
            return;
        }

        var ranked = scores.OrderByDescending(kv => kv.Value.Score).ThenByDescending(kv => kv.Value.Best).ToList();
        var best = ranked[0];

        // Two years weighing the same, each by its strongest cue too (2017年…批复 / 2016年…安排 in a text naming no year as its
        // own): nothing tells which is the evaluated one.
        if (ranked.Count > 1 && ranked[1].Value.Score == best.Value.Score && ranked[1].Value.Best == best.Value.Best)
        {
            ctx.Builder.Miss("year", $"年度不确定：{best.Key} 和 {ranked[1].Key} 的线索同样多（权重 {best.Value.Score}），不取");
            return;
        }

        var (_, _, bestLine, column, len) = best.Value;
        var fromTitle = titleSet.Contains(ctx.Lines.ToList().IndexOf(bestLine));

        // No year in the title, and the text states a span of years (2020-2022年省级财政共计安排…) holding the best year, and
        // writes every year of that span on its own (2020年度预算支出…, 2021年…, 2022年…): the text covers those years
        // together, none of them the evaluated one. A span whose years the text does not each write (规划2021-2025年) is no
        // such account.
        if (!fromTitle && spans.FirstOrDefault(s => s.From < s.To && s.To - s.From <= 5 && best.Key >= s.From && best.Key <= s.To
                && Enumerable.Range(s.From, s.To - s.From + 1).All(scores.ContainsKey)) is { From: > 0 } covered)
        {
            ctx.Builder.Miss("year", $"标题未写年度，正文写的是 {covered.From}-{covered.To} 年几个年度合在一起，没有单一的评价年度，不取");
            return;
        }

        // A document-sharing copy whose file name (《…2022年度部门整体绩效自评表.docx》) names another year: the copy contradicts itself.
        if (SharedFileYear(ctx) is { } named && named != best.Key)
        {
            ctx.Builder.Miss("year", $"文库页面的文件名写 {named} 年，正文读得 {best.Key} 年，两者矛盾，不取");
            return;
        }

        var y = best.Key.ToString(CultureInfo.InvariantCulture);
        var how = fromTitle ? "标题中的年度" : "年度线索（reading/fields.yaml years）";
        var others = scores.Where(kv => kv.Key != best.Key).Select(kv => $"{kv.Key}（{kv.Value.Score}）");
        ctx.Builder.SetText("year", y, new ReadValue("year", y, bestLine.Span(column, len)) { Stated = bestLine.Text.Substring(column, Math.Min(len, bestLine.Text.Length - column)), Weight = best.Value.Score, How = $"{how}，权重 {best.Value.Score}" + (scores.Count > 1 ? "；其他年份：" + string.Join("、", others) : string.Empty) }, 5);
        ctx.Year = best.Key;
    }

    /// <summary>
    /// The year a page was published, from a date its first lines give under a publication label (publicationDateLabels, the
    /// whole word before the colon: 时间:2022-10-24 15:20:05, 发布日期：2023年3月8日 — not 评价时间 or 立项时间): the latest such
    /// year, or null when no line so dates the page.
    /// </summary>
    private static int? PublishedYear(ReadContext ctx)
    {
        var labels = ctx.Index.Vocabulary.PublicationDateLabels;
        int? latest = null;
        foreach (var line in ctx.Lines.Take(30))
        {
            foreach (System.Text.RegularExpressions.Match m in PublicationDate().Matches(line.Text))
            {
                if (labels.Contains(m.Groups["label"].Value) && int.TryParse(m.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
                {
                    latest = Math.Max(latest ?? y, y);
                }
            }
        }

        return latest;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\p{IsCJKUnifiedIdeographs})(?<label>\p{IsCJKUnifiedIdeographs}{2,4})\s*[:：]\s*(?<year>20\d{2})\s*[-/.年]\s*\d{1,2}")]
    private static partial System.Text.RegularExpressions.Regex PublicationDate();

    /// <summary>
    /// The year at <paramref name="k"/> opens or closes a period of dates across years (2015年11月起至2020年1月止, 2003 年至 2005 年,
    /// 2018年1月—2019年12月); a period whose other end is the same year (2019年1月至2019年12月) is none.
    /// </summary>
    private static bool EndsADatePeriod(string text, int k, int year)
    {
        if (DateSpanStart().Match(text, k) is { Success: true } after && int.Parse(after.Groups["to"].ValueSpan, CultureInfo.InvariantCulture) != year)
        {
            return true;
        }

        // (The end side looks back over the 24 characters before the year alone, as its own input: no substring per year read.)
        var from = Math.Max(0, k - 24);
        return DateSpanEnd().Match(text, from, k - from) is { Success: true } before && int.Parse(before.Groups["from"].ValueSpan, CultureInfo.InvariantCulture) != year;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:19|20)[0-9]{2} ?年(?: ?[0-9]{1,2} ?[0-9]? ?月(?: ?[0-9]{1,2} ?日)?)? ?起? ?[至到\-－–—―~～] ?(?<to>(?:19|20)[0-9]{2}) ?年")]
    private static partial System.Text.RegularExpressions.Regex DateSpanStart();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<from>(?:19|20)[0-9]{2}) ?年(?: ?[0-9]{1,2} ?[0-9]? ?月(?: ?[0-9]{1,2} ?日)?)? ?起? ?[至到\-－–—―~～] ?$")]
    private static partial System.Text.RegularExpressions.Regex DateSpanEnd();

    /// <summary>A mark between the years of a span (2017-2019年, 2015―2016年, 2021至2023年).</summary>
    private static bool IsSpanMark(char c) => c is '-' or '－' or '–' or '—' or '―' or '~' or '～' or '至';

    /// <summary>A form's note (注:…, formNoteLeads): only the line's first characters are folded.</summary>
    private static bool IsFormNote(string text, ReadingVocabulary v)
    {
        var t = text.TrimStart();
        return v.FormNoteLeads.Count > 0 && VocabularyLoader.Fold(t[..Math.Min(t.Length, 8)]) is var head
            && v.FormNoteLeads.Any(n => head.StartsWith(n, StringComparison.Ordinal));
    }

    /// <summary>
    /// The one year the shared file names of a document-sharing copy give (《某某局2022年度部门整体绩效自评表.docx》由会员分享…, or the
    /// name alone on a line): null when there is no such name, when they give no year or several, or a span (2020-2022年).
    /// </summary>
    private static int? SharedFileYear(ReadContext ctx)
    {
        var extensions = ctx.Index.Vocabulary.SharedFileExtensions;
        int? found = null;
        foreach (var line in ctx.Lines)
        {
            var text = line.Text;
            foreach (var extension in extensions)
            {
                for (var at = text.IndexOf(extension, StringComparison.OrdinalIgnoreCase); at > 0; at = text.IndexOf(extension, at + 1, StringComparison.OrdinalIgnoreCase))
                {
                    var stop = at + extension.Length;
                    var open = text.LastIndexOf('《', at);
                    string name;
                    if (open >= 0 && stop < text.Length && text[stop] == '》' && text.IndexOf('》', open) >= stop)
                    {
                        name = text[(open + 1)..at];
                    }
                    else if (text[stop..].Trim().Length == 0 && !text[..at].Contains('》', StringComparison.Ordinal))
                    {
                        name = text[..at].Trim();
                    }
                    else
                    {
                        continue;
                    }

                    for (var k = 0; k + 4 <= name.Length; k++)
                    {
                        if (!IsYearAt(name, k, out var year))
                        {
                            continue;
                        }

                        var after = k + 4 < name.Length && name[k + 4] == '年' ? k + 5 : k + 4;
                        var spanned = (after < name.Length && IsSpanMark(name[after]))
                            || (k > 0 && IsSpanMark(name[k - 1]));
                        if (spanned || (found is { } other && other != year))
                        {
                            return null;
                        }

                        found = year;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The title lines write a span of years (2020-2022年度, 2021年至2023年) and no year outside a span.</summary>
    private static bool TitleSpansYears(List<(int Index, TextLine Line)> title)
    {
        var span = false;
        foreach (var (_, line) in title)
        {
            var text = line.Text;
            var endOfSpan = -1;
            for (var k = 0; k + 4 <= text.Length; k++)
            {
                if (!IsYearAt(text, k, out _))
                {
                    continue;
                }

                if (k == endOfSpan)
                {
                    continue;
                }

                var after = k + 4;
                if (after < text.Length && text[after] == '年')
                {
                    after++;
                }

                while (after < text.Length && text[after] == ' ')
                {
                    after++;
                }

                if (after < text.Length && IsSpanMark(text[after]))
                {
                    var next = after + 1;
                    while (next < text.Length && text[next] == ' ')
                    {
                        next++;
                    }

                    if (IsYearAt(text, next, out _))
                    {
                        span = true;
                        endOfSpan = next;
                        continue;
                    }
                }

                // A single year in the title: the evaluated one, whatever spans stand beside it.
                return false;
            }
        }

        return span;
    }

    private static bool IsYearAt(string text, int k, out int year)
    {
        year = 0;
        if (k > 0 && (char.IsAsciiLetterOrDigit(text[k - 1]) || text[k - 1] == '.'))
        {
            return false;
        }

        if (k + 4 > text.Length || !(text[k] is '1' or '2') || !char.IsAsciiDigit(text[k + 1]) || !char.IsAsciiDigit(text[k + 2]) || !char.IsAsciiDigit(text[k + 3]))
        {
            return false;
        }

        if (k + 4 < text.Length && (char.IsAsciiDigit(text[k + 4]) || text[k + 4] == '.'))
        {
            return false;
        }

        year = int.Parse(text.AsSpan(k, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        return year is >= 1990 and <= 2100;
    }

    /// <summary>年 followed by a month (2023年3月), or an ISO date (2023-03-15, 2023/3/15, 2023.03).</summary>
    private static bool IsDate(string text, int i)
    {
        if (i < text.Length && text[i] is '-' or '/' or '.')
        {
            return i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);
        }

        if (i >= text.Length || text[i] != '年')
        {
            return false;
        }

        var j = i + 1;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        var d = j;
        while (d < text.Length && char.IsAsciiDigit(text[d]))
        {
            d++;
        }

        // 2023年十二月, 2024年三月: a month in Chinese numerals.
        if (d == j)
        {
            while (d < text.Length && d - j < 3 && TextNormalizer.IsChineseNumeral(text[d]))
            {
                d++;
            }

            return d > j && d < text.Length && text[d] == '月';
        }

        if (d - j > 2)
        {
            return false;
        }

        while (d < text.Length && text[d] == ' ')
        {
            d++;
        }

        return d < text.Length && text[d] == '月';
    }

    /// <summary>The trimmed text of the nearest non-empty line before line <paramref name="i"/>, or null.</summary>
    /// <summary>The nearest non-empty line above line <paramref name="i"/> is one of the title lines.</summary>
    private static bool UnderTitleLine(IReadOnlyList<TextLine> lines, int i, HashSet<int> title)
    {
        for (var k = i - 1; k >= 0 && k >= i - 2; k--)
        {
            if (lines[k].Text.Trim().Length > 0)
            {
                return title.Contains(k);
            }
        }

        return false;
    }

    private static string? PreviousText(IReadOnlyList<TextLine> lines, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 2; k--)
        {
            if (lines[k].Text.Trim().Length > 0)
            {
                return lines[k].Text.Trim();
            }
        }

        return null;
    }

    private static bool EndsAt(string text, int end, string folded)
    {
        var j = end - 1;
        for (var k = folded.Length - 1; k >= 0; k--)
        {
            while (j >= 0 && text[j] is ' ' or '\t' && !(folded[k] == ':' && text[j] == '\t'))
            {
                j--;
            }

            // A key and its value in cells (评价年度 | 2023, 评价年度<tab>2023) as after a colon.
            if (j >= 0 && folded[k] == ':' && text[j] is '|' or '\t')
            {
                j--;
                continue;
            }

            if (j < 0 || VocabularyLoader.FoldChar(text[j]) != folded[k])
            {
                return false;
            }

            j--;
        }

        return true;
    }

    private static int StartsAt(string text, int start, string folded)
    {
        var j = start;
        for (var k = 0; k < folded.Length; k++)
        {
            while (j < text.Length && text[j] == ' ')
            {
                j++;
            }

            if (j >= text.Length || VocabularyLoader.FoldChar(text[j]) != folded[k])
            {
                return -1;
            }

            j++;
        }

        return j;
    }

    // ------------------------------------------------------------------ tables' unit

    private static MoneyUnit? FindTableUnit(IReadOnlyList<TextLine> lines, ReadingVocabulary v)
    {
        foreach (var line in lines)
        {
            if (line.Chrome || !line.Text.Contains('元', StringComparison.Ordinal))
            {
                continue;
            }

            var folded = VocabularyLoader.Fold(line.Text);
            foreach (var cue in v.TableUnitCues)
            {
                if (folded.Contains(cue.Text, StringComparison.Ordinal))
                {
                    return v.MoneyUnits.FirstOrDefault(u => u.Unit == cue.Unit);
                }
            }
        }

        return null;
    }

    // ------------------------------------------------------------------ unit from the title

    /// <summary>
    /// Unit + year + kind (花都区直属机关工委 2021 年部门整体支出绩效自评报告), year + unit + kind, or an
    /// official title (百色市财政局关于印发…的通知). Single title lines are read before two joined lines;
    /// a subject that is only a region (厦门市2021年…) is no unit.
    /// </summary>
    private static void ReadTitleUnit(ReadContext ctx, List<(int Index, TextLine Line)> title)
    {
        // A sharing page's file name above the document's own title (南县组织部2020年…报告及表格.docx / 中共南县县委组织部2020年度…
        // 报告): the uploader's short name gives way to the name the document gives itself.
        var fileNames = title.Where(t => PublishedImporter.IsFileName(t.Line.Text.Trim(), ctx.Index)).ToList();
        if (fileNames.Count > 0 && fileNames.Count < title.Count && ReadTitleUnit(ctx, title, title.Except(fileNames).ToList()))
        {
            return;
        }

        ReadTitleUnit(ctx, title, title);
    }

    /// <summary>The unit of the title lines <paramref name="lines"/> (of the whole <paramref name="title"/>); whether one was read.</summary>
    private static bool ReadTitleUnit(ReadContext ctx, List<(int Index, TextLine Line)> title, List<(int Index, TextLine Line)> lines)
    {
        var ix = ctx.Index;
        var v = ix.Vocabulary;
        var cues = v.KindCues.Where(c => c.InTitle && c.Weight > 0).Select(c => c.Text).Append("绩效").Distinct().ToList();

        // The title may run over two lines: 2022年度XX组织部（本级） / 部门整体支出绩效自评表.
        foreach (var span in new[] { 1, 2 })
        {
            for (var t = 0; t + span <= lines.Count; t++)
            {
                var line = lines[t].Line;
                var text = string.Concat(lines.Skip(t).Take(span).Select(x => x.Line.Text.Trim()));
                var kindAt = cues.Select(c => IndexOfFolded(text, c)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
                if (kindAt <= 0)
                {
                    continue;
                }

                var yearAt = -1;
                var yearEnd = -1;
                for (var k = 0; k + 4 <= kindAt; k++)
                {
                    if (IsYearAt(text, k, out _))
                    {
                        yearAt = k;
                        yearEnd = k + 4;
                        while (yearEnd < text.Length && text[yearEnd] == ' ')
                        {
                            yearEnd++;
                        }

                        if (yearEnd < text.Length && text[yearEnd] == '年')
                        {
                            yearEnd++;
                            if (yearEnd < text.Length && text[yearEnd] == '度')
                            {
                                yearEnd++;
                            }
                        }

                        break;
                    }
                }

                var candidates = new List<(int Start, int End)>();
                var issuerAt = v.UnitIssuerMarks.Select(m => IndexOfFolded(text, m)).Where(i => i > 0 && i < kindAt).DefaultIfEmpty(-1).Min();
                if (issuerAt > 0 && (yearAt < 0 || yearAt > issuerAt))
                {
                    candidates.Add((0, issuerAt));
                }

                if (yearAt > 0)
                {
                    candidates.Add((0, yearAt));
                }

                if (yearEnd > 0 && yearEnd < kindAt)
                {
                    candidates.Add((yearEnd, kindAt));
                }

                if (yearAt < 0)
                {
                    candidates.Add((0, kindAt));
                }

                foreach (var (start, end) in candidates)
                {
                    var raw = text[start..end];
                    if (StartsWithAny(text, end, v.TitleBondMarks))
                    {
                        continue;
                    }

                    // …照料中心项目绩效自评报告: the words before a named project are its name, not a unit.
                    var named = end == kindAt && StartsWithAny(text, kindAt, v.ProjectNameMarks) && !StartsWithAny(text, kindAt, v.ProjectKindWords);
                    var mark = v.ProjectNameMarks.Select(m => IndexOfFolded(raw, m)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
                    var unit = named ? UnitBeforeProject(ctx, raw) : TitleUnit(ctx, raw) ?? (mark > 0 ? UnitBeforeProject(ctx, raw[..mark]) : null)
                        ?? (end == kindAt && StartsWithAny(text, kindAt, v.TitleFundMarks) ? UnitBeforeProject(ctx, raw) : null)
                        ?? (end == kindAt && span == 1 && (EndsWithFolded(raw, v.TitleFundEndings) || StartsWithAny(text, kindAt, v.TitleFundEndings))
                            && UnitBeforeProject(ctx, raw) is { } fundUnit && RegionLed(ctx, fundUnit) ? fundUnit : null)
                        ?? JointIssuerUnit(ctx, raw);
                    if (unit is not null && !RegionLed(ctx, unit) && IsTemplateTitle(text, v))
                    {
                        // 妇幼保健院绩效考核自评报告范文, 青少年活动中心事前绩效评估报告(精选7篇) / … 篇1: an essay site's category or
                        // sample names a kind of unit, not a unit; only a name led by its region is one.
                        continue;
                    }

                    if (unit is not null && start < line.Text.Trim().Length)
                    {
                        if (RegionQualified(ctx, title, unit) is { } full)
                        {
                            ctx.Builder.SetText("unit", full.Name, new ReadValue("unit", full.Name, full.Source) { Stated = full.Name, How = "标题中的单位名称，另一标题行在其前写明所属地区" }, 5);
                            return true;
                        }

                        var lead = line.Text.Length - line.Text.TrimStart().Length;
                        var source = line.Span(lead + start, Math.Min(end, line.Text.Trim().Length) - start);
                        ctx.Builder.SetText("unit", unit, new ReadValue("unit", unit, source) { Stated = raw.Trim(), How = TitleUnitHow }, 5);
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// 攀枝花市财政局 攀枝花市文化广播电视和旅游局 关于…: a document two bodies issue together, the finance body (fiscalPublishers)
    /// with the one whose money it is: the other body is the unit where the page's publisher (来源, 发布机构) names it too. Null
    /// unless there are exactly two whole names, exactly one a finance body (a joint report copied elsewhere names no
    /// single unit).
    /// </summary>
    private static string? JointIssuerUnit(ReadContext ctx, string raw)
    {
        var names = raw.Split([' ', '\u3000', '、'], StringSplitOptions.RemoveEmptyEntries);
        if (names.Length != 2 || names.Any(n => ctx.CleanUnit(n) != n || ctx.IsRegionOnly(n)))
        {
            return null;
        }

        var other = ctx.IsFiscalBody(names[0]) == ctx.IsFiscalBody(names[1]) ? null : ctx.IsFiscalBody(names[0]) ? names[1] : names[0];
        return other is not null && ctx.Lines.Any(l => l.Chrome && l.Text.Contains(other, StringComparison.Ordinal)) ? other : null;
    }

    /// <summary>
    /// A Word text run together on one line right after the title lines, its title first and its first heading written
    /// 一 between spaces (许昌市某某中心 2022 年整体…自评总结报告 一 绩效管理工作开展情况。…): that title's unit, when the
    /// title lines named none. Only the unit is read from it (kinds keep to the title lines).
    /// </summary>
    private static void ReadRunOnTitleUnit(ReadContext ctx, List<(int Index, TextLine Line)> title)
    {
        if (title.Count == 0 || !ctx.Builder.CanSet("unit", 5))
        {
            return;
        }

        var last = title.Max(t => t.Index);
        for (var i = last + 1; i < ctx.Lines.Count && i <= last + 2; i++)
        {
            var line = ctx.Lines[i];
            if (line.Chrome || VocabularyLoader.Fold(line.Text).Length <= 90)
            {
                continue;
            }

            if (TitleHead(line, ctx.Index, spacedHeading: true) is { } head)
            {
                ReadTitleUnit(ctx, [(i, head)]);
            }

            return;
        }
    }

    /// <summary>
    /// A project's name in brackets on the line below the title (2022年度项目支出绩效自评报告 / （某某县某某专业合作社冷链设施建设
    /// 项目）): the unit its name opens with, led by its region, as strong as a title's; a project named without a unit
    /// （某某工作领导小组会议经费项目） gives none.
    /// </summary>
    private static void ReadBracketedProjectUnit(ReadContext ctx, List<(int Index, TextLine Line)> title)
    {
        var v = ctx.Index.Vocabulary;
        if (title.Count == 0 || !ctx.Builder.CanSet("unit", 5) || v.ProjectNameMarks.Count == 0)
        {
            return;
        }

        foreach (var (index, _) in title)
        {
            var next = ctx.NextLine(index);
            if (next is null)
            {
                continue;
            }

            var t = next.Text.Trim();
            if (t.Length < 8 || t[0] is not ('(' or '（') || t[^1] is not (')' or '）'))
            {
                continue;
            }

            var inner = t[1..^1].Trim();
            var folded = VocabularyLoader.Fold(inner);
            if (!v.ProjectNameMarks.Any(m => folded.EndsWith(m, StringComparison.Ordinal)) || UnitBeforeProject(ctx, inner) is not { } unit || !RegionLed(ctx, unit))
            {
                continue;
            }

            var at = next.Text.IndexOf(unit, StringComparison.Ordinal);
            ctx.Builder.SetText("unit", unit, new ReadValue("unit", unit, next.Span(at, unit.Length)) { Stated = unit, How = "标题下括号中的项目名称以单位开头" }, 5);
            return;
        }
    }

    /// <summary>
    /// The unit as another title line names it with its region before it (贯塘乡人民政府 in one line,
    /// 411001-衡山县贯塘乡人民政府2023年部门决算 in the next): the fuller name, or null.
    /// </summary>
    private static (string Name, SourceRef Source)? RegionQualified(ReadContext ctx, List<(int Index, TextLine Line)> title, string unit)
    {
        foreach (var (_, line) in title)
        {
            var text = line.Text;
            for (var k = text.IndexOf(unit, StringComparison.Ordinal); k > 0; k = text.IndexOf(unit, k + 1, StringComparison.Ordinal))
            {
                // The longest run of characters right before the name that is only a region (衡山县, 绥芬河市).
                for (var start = Math.Max(0, k - 12); start <= k - 2; start++)
                {
                    var region = text[start..k];
                    // The run starts at the line's start, after a mark, or after a year (2023年度遵义市): never inside a word or a
                    // year's own words (年度遵义市 is no region).
                    if (!region.All(TextNormalizer.IsCjk) || (start > 0 && !(text[start] != '度' && ClauseReader.AfterAYear(text, start)) && (TextNormalizer.IsCjk(text[start - 1]) || char.IsAsciiDigit(text[start - 1])))
                        || !ctx.IsRegionOnly(region))
                    {
                        continue;
                    }

                    var full = region + unit;
                    return (full, line.Span(start, full.Length));
                }
            }
        }

        return null;
    }

    private static bool StartsWithAny(string text, int at, IReadOnlyList<string> folded) =>
        folded.Any(f => PhraseIndex<string>.MatchAt(text, at, f) > 0);

    /// <summary>
    /// The unit at the start of a project's name (隆回县人居环境指挥部乡村振兴 → 隆回县人居环境指挥部): the longest
    /// proper beginning that is a unit's name led by its region (县, 州 …), not ending in a region; null when
    /// there is none (健全现代医院管理制度 names no unit).
    /// </summary>
    private static string? UnitBeforeProject(ReadContext ctx, string raw)
    {
        var t = raw.TrimEnd();
        var regions = ctx.Index.Vocabulary.RegionSuffixes;
        for (var len = t.Length - 2; len >= 4; len--)
        {
            var head = t[..len];
            var folded = VocabularyLoader.Fold(head);
            if (regions.Any(r => folded.EndsWith(r, StringComparison.Ordinal)))
            {
                continue;
            }

            if (ctx.CleanUnit(head) is { } unit && !ctx.IsRegionOnly(unit) && !CutsPlaceWord(ctx, folded, VocabularyLoader.Fold(t[len..]))
                && regions.Any(r => folded.IndexOf(r, 2, StringComparison.Ordinal) is var k && k > 0 && k + r.Length < folded.Length - 1))
            {
                // 滨河家园垃圾转运站提升改造项目: a facility followed by the works done on it is the project's object.
                var rest = VocabularyLoader.Fold(t[len..]);
                return ctx.Index.Vocabulary.ProjectWorkWords.Any(w => rest.StartsWith(w, StringComparison.Ordinal)) ? null : unit;
            }
        }

        return null;
    }

    private static bool EndsWithFolded(string raw, IReadOnlyList<string> endings)
    {
        var folded = VocabularyLoader.Fold(raw.TrimEnd());
        return endings.Any(e => folded.EndsWith(e, StringComparison.Ordinal) && folded.Length > e.Length);
    }

    /// <summary>A name cut inside a word of placeWords (某某社|区产业…: 社区): the head ends in its beginning and the rest goes on with its end.</summary>
    private static bool CutsPlaceWord(ReadContext ctx, string head, string rest) =>
        ctx.Index.Vocabulary.PlaceWords.Any(w => Enumerable.Range(1, w.Length - 1)
            .Any(p => head.EndsWith(w[..p], StringComparison.Ordinal) && rest.StartsWith(w[p..], StringComparison.Ordinal)));

    /// <summary>A title's subject as a unit: a unit's name, possibly followed by words of the kind (预算, 部门 …); never a bare region.</summary>
    private static string? TitleUnit(ReadContext ctx, string raw)
    {
        var unit = ctx.CleanUnit(raw);

        // Several such words may follow each other (某某区残联中央转移支付: 转移支付, then 中央), and the fund or project the
        // title is about may stand in brackets after the name (某某区应急管理局(中央自然灾害救灾资金—第一批…补助)转移支付).
        for (var rest = raw.TrimEnd(); unit is null;)
        {
            var folded = VocabularyLoader.Fold(rest);
            var w = ctx.Index.Vocabulary.UnitTrailingWords.FirstOrDefault(x => folded.EndsWith(x, StringComparison.Ordinal) && folded.Length > x.Length);
            if (w is not null)
            {
                rest = ReadContext.TrimFoldedEnd(rest, w.Length);
            }
            else if (BracketedFund(ctx, folded) is { } open)
            {
                rest = ReadContext.TrimFoldedEnd(rest, folded.Length - open);
            }
            else
            {
                break;
            }

            unit = ctx.CleanUnit(rest);
        }

        return unit is not null && !ctx.IsRegionOnly(unit) ? unit : null;
    }

    /// <summary>
    /// Where a folded title subject ends in brackets naming a fund or project (…(中央自然灾害救灾资金—第一批洪涝灾害救灾补助),
    /// its words ending in one of subItemEndings) after at least a few characters: the bracket's start, else null.
    /// </summary>
    private static int? BracketedFund(ReadContext ctx, string folded)
    {
        var open = folded.LastIndexOf('(');
        if (!folded.EndsWith(')') || open < 4)
        {
            return null;
        }

        var inner = folded[(open + 1)..^1];
        return inner.Length >= 4 && !inner.Contains('(', StringComparison.Ordinal)
            && ctx.Index.Vocabulary.SubItemEndings.Any(e => inner.EndsWith(e, StringComparison.Ordinal)) ? open : null;
    }

    private static int IndexOfFolded(string text, string folded)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (PhraseIndex<string>.MatchAt(text, i, folded) > 0)
            {
                return i;
            }
        }

        return -1;
    }
}
