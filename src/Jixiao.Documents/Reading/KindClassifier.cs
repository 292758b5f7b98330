using System.Globalization;
using Jixiao.Documents.Import;

namespace Jixiao.Documents.Reading;

/// <summary>
/// Document kind from the weighted cues of the vocabulary (reading/kinds.yaml): every cue found in
/// the title or in the body adds its weight to its kind; the heaviest kind wins when it reaches the
/// threshold, and the reason lists the cues that decided.
/// </summary>
internal static partial class KindClassifier
{
    /// <summary>
    /// The kind, the reason, and whether the document is a news item or notice about others' evaluation work: 其他 won and
    /// its news cues alone (kinds.yaml news: true) reach the threshold.
    /// </summary>
    public static (DocumentKind? Kind, string Reason, bool News) Classify(IReadOnlyList<TextLine> segment, VocabularyIndex ix)
    {
        var v = ix.Vocabulary;
        var titleLines = DocumentReader.TitleLines(segment, ix, tableHead: true);
        var title = VocabularyLoader.Fold(string.Concat(titleLines.Select(t => t.Line.Text)));
        // A sharing page's file name that names a kind on its own (某某项目绩效自评报告.doc) is the title the uploader gave: the
        // file's cover below it, copied from a template, may name another (部门整体支出绩效评价报告 over one project's report).
        if (titleLines.Count > 1 && PublishedImporter.IsFileName(titleLines[0].Line.Text.Trim(), ix)
            && VocabularyLoader.Fold(titleLines[0].Line.Text) is var fileName && TitleLeader(fileName, ix) is not null)
        {
            title = fileName;
        }

        // A title naming no kind before every other (XX局2022年绩效自评报告): the opening sentence's name for the document
        // (现将…项目支出绩效自评工作报告如下) is read with it.
        title += DocumentReader.OpeningNameForKind(segment, ix, title);
        var body = VocabularyLoader.Fold(string.Concat(segment.Take(400).Where(l => !l.Chrome).Select(l => l.Text)));

        // The body's statement that it carried out a self-evaluation (selfEvaluationVerbs: 开展自评 …), looked for only where asked.
        string? StatedVerb() => v.SelfEvaluationVerbs.FirstOrDefault(w => body.Contains(w, StringComparison.Ordinal));
        var scores = new Dictionary<DocumentKind, (int Score, List<string> Cues)>();
        var news = 0;
        var titleScores = new Dictionary<DocumentKind, int>();
        var compilation = IsCompilation(title, v);
        // An essay site's sample (事前绩效评估报告范文(通用5篇)) whose text says it carried out a self-evaluation (…开展自评如下): the
        // title's 其他 words are the site's category, not the sample's. (The sample's text speaking for a kind by its outline alone,
        // 项目概况 / 项目背景, is no such statement: an ex-ante assessment has that outline too.)
        var sampleSelfEvaluation = DocumentReader.IsTemplateTitle(title, v) && StatedVerb() is not null;
        var matched = new List<KindCue>();
        foreach (var cue in v.KindCues)
        {
            var where = cue.InTitle ? title : body;
            if (!where.Contains(cue.Text, StringComparison.Ordinal) || (!cue.InTitle && !OutsideUntickedBoxes(body, cue.Text))
                || (compilation && cue.InTitle && cue.Weight < 0) || (sampleSelfEvaluation && cue.InTitle && cue.Kind == DocumentKind.Other))
            {
                continue;
            }

            // 我所 on a page whose head names an institute (某某报告 -- 收费标准 -- 海南省产品质量监督检验所): the institute's own voice.
            if (!cue.InTitle && v.OutsideVoices.Contains(cue.Text) && PageHead(segment).Any(l => NamesUnitEndingIn(l.Text, cue.Text[^1])))
            {
                continue;
            }

            matched.Add(cue);
            news += cue.News ? cue.Weight : 0;
            titleScores[cue.Kind] = titleScores.GetValueOrDefault(cue.Kind) + (cue.InTitle ? cue.Weight : 0);
            var current = scores.TryGetValue(cue.Kind, out var s) ? s : (0, []);
            current.Cues.Add(string.Create(CultureInfo.InvariantCulture, $"{(cue.InTitle ? "标题" : "正文")}含“{cue.Text}”({(cue.Weight > 0 ? "+" : string.Empty)}{cue.Weight})"));
            scores[cue.Kind] = (current.Score + cue.Weight, current.Cues);
        }

        // 我所本着…原则,对市政处…进行了绩效考评 under 市政处关于…绩效评价报告: a body calling itself by an ending the title's unit
        // does not have is another body, an outside firm; its voice counts twice (an institute's own report names 所 in its title).
        void AddOther(int weight, string reason)
        {
            var current = scores.TryGetValue(DocumentKind.Other, out var os) ? os : (0, []);
            current.Cues.Add(string.Create(CultureInfo.InvariantCulture, $"{reason}(+{weight})"));
            scores[DocumentKind.Other] = (current.Score + weight, current.Cues);
        }

        foreach (var voice in v.OutsideVoices)
        {
            if (title.Length > 0 && !title.Contains(voice[^1], StringComparison.Ordinal) && matched.FirstOrDefault(c => c.Kind == DocumentKind.Other && !c.InTitle && c.Text == voice) is { } cue)
            {
                AddOther(cue.Weight, $"正文自称“{voice}”而标题中的单位不是“{voice[^1]}”：是他人的评价");
            }
        }

        // 山东省财政厅2020年省级公租房保障和棚户区改造资金绩效评价报告: a finance body's evaluation of a fund it allocates (its own
        // self-evaluation says 自评) is the finance evaluation, 其他 — weighed as the 其他 title cue 财政评价 (kinds.yaml) is.
        if (FinanceEvaluationOfAFund(title, v) && v.KindCues.FirstOrDefault(c => c.Kind == DocumentKind.Other && c.InTitle && c.Text == FinanceEvaluationCue) is { } financeCue)
        {
            AddOther(financeCue.Weight, "标题以财政部门开头、评价资金而不称自评：是财政评价");
        }

        if (scores.Count == 0)
        {
            return (null, "标题和正文中没有任何文档类型的线索", false);
        }

        // A tie with 其他 is no evidence of a self-evaluation: 其他 goes first among equals.
        var ranked = scores.OrderByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Key == DocumentKind.Other ? 0 : 1).ThenBy(kv => (int)kv.Key).ToList();
        var tied = ranked.Count > 1 && ranked[0].Value.Score == ranked[1].Value.Score;

        // A report and a table of the same scope tied (…项目绩效评价报告 over a project table's cover), the title speaking for
        // the one and not for the other: the title decides.
        if (tied && SameScope(ranked[0].Key, ranked[1].Key)
            && titleScores.GetValueOrDefault(ranked[0].Key) <= 0 && titleScores.GetValueOrDefault(ranked[1].Key) > 0)
        {
            (ranked[0], ranked[1]) = (ranked[1], ranked[0]);
        }
        // Two self-evaluation kinds tied (…资金绩效自评报告 names a transfer's and a project's report alike): the one the body's
        // outline speaks for more decides (绩效目标分解下达情况, 转移支付 …).
        else if (tied && ranked[0].Key != DocumentKind.Other && ranked[1].Key != DocumentKind.Other
            && !SameScope(ranked[0].Key, ranked[1].Key) && BodyScore(ranked[1]) > BodyScore(ranked[0]))
        {
            (ranked[0], ranked[1]) = (ranked[1], ranked[0]);
        }
        // Named alike by the title alone, no body cue for either (…专项资金绩效评价报告): four of the five such reports in the
        // development corpus are one project's or fund's, evaluated by its own unit.
        else if (tied && ranked[0].Key == DocumentKind.TransferPaymentReport && ranked[1].Key == DocumentKind.ProjectReport
            && BodyScore(ranked[1]) == 0 && BodyScore(ranked[0]) == 0)
        {
            (ranked[0], ranked[1]) = (ranked[1], ranked[0]);
        }

        int BodyScore(KeyValuePair<DocumentKind, (int Score, List<string> Cues)> kv) => kv.Value.Score - titleScores.GetValueOrDefault(kv.Key);

        // 2018裕安区美丽乡村建设自评报告: a department report read from generic words alone (genericReportCues: 自评报告, 评价报告)
        // whose title names a subject before the kind's words that is no unit (a project, a fund) is that subject's report.
        if (ranked[0].Key == DocumentKind.DepartmentReport && v.GenericReportCues.Count > 0
            && matched.Where(c => c.Kind == DocumentKind.DepartmentReport && c.Weight > 0).All(c => v.GenericReportCues.Contains(c.Text))
            && GenericTitleSubject(title, v) is { } named)
        {
            var current = scores.TryGetValue(DocumentKind.ProjectReport, out var ps) ? ps : (0, []);
            current.Cues.Add($"标题只有通用的报告名称，其前写明的评价对象“{named}”不是单位");
            var departmentScore = ranked[0].Value.Score;
            ranked.RemoveAll(kv => kv.Key == DocumentKind.ProjectReport);
            ranked.Insert(0, new(DocumentKind.ProjectReport, (Math.Max(current.Score, departmentScore), current.Cues)));
        }

        var (kind, (score, cues)) = (ranked[0].Key, ranked[0].Value);
        var runnerUp = ranked.Count > 1 ? $"；次之：{ranked[1].Key.Name()} {ranked[1].Value.Score.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        if (score < v.KindThreshold && news >= v.KindThreshold)
        {
            // A text no kind reaches that opens like news (近日，…) though its headline names 自评 (临河区开展…绩效自评…填报,
            // which speaks against 其他): nothing calls it a self-evaluation, and its news cues alone say what it is.
            var newsCues = v.KindCues.Where(c => c.News && (c.InTitle ? title : body).Contains(c.Text, StringComparison.Ordinal)).Select(c => $"{(c.InTitle ? "标题" : "正文")}含“{c.Text}”");
            return (DocumentKind.Other, string.Create(CultureInfo.InvariantCulture, $"{DocumentKind.Other.Name()}：没有哪种自评文档达到 {v.KindThreshold} 分（最接近的是{kind.Name()} {score} 分），新闻线索{string.Join("、", newsCues)}达到 {news} 分；是新闻或通知，只读类型及写明的单位和标题年度"), true);
        }

        // A text that says it carried out a self-evaluation (…资金开展了绩效自评工作) needs less: that statement is evidence too. Never
        // for 其他, and never when another kind weighs as much.
        var act = score < v.KindThreshold && v.SelfEvaluationActThreshold is { } lower && score >= lower && kind != DocumentKind.Other
            && (ranked.Count == 1 || ranked[1].Value.Score < score) && StatedVerb() is { } verb
            ? verb : null;
        if (score < v.KindThreshold && act is null)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"最接近的是{kind.Name()}（{score} 分，{string.Join("、", cues)}），未达到 {v.KindThreshold} 分"), false);
        }

        if (act is not null)
        {
            cues.Add($"正文写明“{act}”（自评的陈述，门槛 {v.SelfEvaluationActThreshold} 分）");
        }

        // A table without a title that says nothing was done or judged (no 执行, 完成, 得分 …): its targets were set before the year.
        if (title.Length == 0 && kind.IsTable()
            && v.ActualWords.Count > 0 && !v.ActualWords.Any(w => body.Contains(w, StringComparison.Ordinal)))
        {
            return (DocumentKind.Other, string.Create(CultureInfo.InvariantCulture, $"{DocumentKind.Other.Name()}：读作{kind.Name()}（{score} 分，{string.Join("、", cues)}），但没有标题，表中也没有任何执行、完成或评分的字样（{string.Join("、", v.ActualWords)}），是事前的绩效目标表"), false);
        }

        var isNews = kind == DocumentKind.Other && news >= v.KindThreshold;
        return (kind, string.Create(CultureInfo.InvariantCulture, $"{kind.Name()} {score} 分：{string.Join("、", cues)}{runnerUp}{(isNews ? "；是新闻或通知，只读类型及写明的单位和标题年度" : string.Empty)}"), isNews);
    }

    private const int FinanceTitleReach = 16;

    /// <summary>How many lines open a page (its head: the browser's title, the site's name) before its text, chrome not counted.</summary>
    private const int PageHeadLines = 3;

    /// <summary>The page's head: its lines up to the <see cref="PageHeadLines"/>th that is not chrome (a menu above does not push it out).</summary>
    private static IEnumerable<TextLine> PageHead(IReadOnlyList<TextLine> segment)
    {
        var text = 0;
        foreach (var l in segment)
        {
            if (!l.Chrome && ++text > PageHeadLines)
            {
                yield break;
            }

            yield return l;
        }
    }

    /// <summary>Whether <paramref name="text"/> holds a name of four or more characters ending in <paramref name="ending"/> (海南省产品质量监督检验所) at a word's end.</summary>
    private static bool NamesUnitEndingIn(string text, char ending)
    {
        for (var i = text.IndexOf(ending, StringComparison.Ordinal); i >= 0; i = text.IndexOf(ending, i + 1))
        {
            var start = i;
            while (start > 0 && TextNormalizer.IsCjk(text[start - 1]))
            {
                start--;
            }

            if (i - start >= 3 && (i + 1 == text.Length || !TextNormalizer.IsCjk(text[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The 其他 title cue whose weight a finance body's evaluation of a fund takes.</summary>
    private const string FinanceEvaluationCue = "财政评价";

    /// <summary>
    /// A title opening with a finance body (fiscalPublishers, after its region: 山东省财政厅…) that evaluates a fund (资金…评价)
    /// and does not call itself a self-evaluation (自评).
    /// </summary>
    private static bool FinanceEvaluationOfAFund(string title, ReadingVocabulary v)
    {
        // The finance body's name ends within the title's first characters (its region before it: 山东省财政厅).
        var at = v.FiscalPublishers.Select(p => title.IndexOf(p, StringComparison.Ordinal) is var i and >= 0 ? i + p.Length : -1).Where(i => i > 0).DefaultIfEmpty(-1).Min();
        if (at is not (> 0 and <= FinanceTitleReach) || v.SelfEvaluationTitleWords.Any(w => title.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }

        // (仪陇县财政局关于…项目绩效评价报告: the body reports about a project, as about a fund.)
        var fund = v.FinanceEvaluationLeads.Any(w => title.AsSpan(at).StartsWith(w, StringComparison.Ordinal)) ? at
            : v.FundNameEndings.Select(f => title.IndexOf(f, at, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
        return fund > 0 && v.FinanceEvaluationWords.Any(w => title.IndexOf(w, fund, StringComparison.Ordinal) > 0);
    }

    /// <summary>
    /// What a generic title names before the kind's words (subjectEndWords: 绩效, 自评, 评价), its years and trailing scope words
    /// (subjectTrailingWords: 预算, 部门, 使用 …) taken off: a subject when something is left that does not end like a unit's
    /// name (美丽乡村建设, 体彩公益金); null for a unit's own title (下桥镇人民政府2024年度绩效自评报告) or none.
    /// </summary>
    internal static string? GenericTitleSubject(string title, ReadingVocabulary v)
    {
        var end = v.SubjectEndWords.Select(w => title.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (end <= 0)
        {
            return null;
        }

        var head = TitleYear().Replace(title[..end], string.Empty).Trim();
        for (var trimmed = true; trimmed;)
        {
            trimmed = false;
            foreach (var w in v.SubjectTrailingWords)
            {
                if (head.Length >= w.Length && head.EndsWith(w, StringComparison.Ordinal))
                {
                    head = head[..^w.Length].TrimEnd();
                    trimmed = true;
                }
            }
        }

        return head.Length >= 2 && head.All(TextNormalizer.IsCjk) && !v.UnitSuffixes.Any(x => head.EndsWith(x, StringComparison.Ordinal)) ? head : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"20\d{2}\s*年?度?")]
    private static partial System.Text.RegularExpressions.Regex TitleYear();

    /// <summary>An essay site's compilation title: a compilation mark (篇)) right after a count (精选6篇, 通用13篇).</summary>
    internal static bool IsCompilation(string title, ReadingVocabulary v)
    {
        foreach (var mark in v.CompilationMarks)
        {
            for (var at = title.IndexOf(mark, StringComparison.Ordinal); at > 0; at = title.IndexOf(mark, at + 1, StringComparison.Ordinal))
            {
                if (char.IsAsciiDigit(title[at - 1]) || TextNormalizer.IsChineseNumeral(title[at - 1]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A report and a table of the same scope (部门整体, 项目, 转移支付).</summary>
    private static bool SameScope(DocumentKind a, DocumentKind b) => Scope(a) is { } s && s == Scope(b);

    private static int? Scope(DocumentKind k) => k switch
    {
        DocumentKind.DepartmentReport or DocumentKind.DepartmentScoreTable => 0,
        DocumentKind.ProjectReport or DocumentKind.ProjectTable => 1,
        DocumentKind.TransferPaymentReport or DocumentKind.TransferPaymentTable => 2,
        _ => null,
    };

    /// <summary>
    /// The cue occurs at least once where it is no unticked check box's option (评价机构:☐中介机构☐专家组☑项目单位评价组: an
    /// option not chosen speaks for nothing). A box lost in a scan as 口 counts where it opens the options (评价机构:口中介机构).
    /// </summary>
    private static bool OutsideUntickedBoxes(string body, string cue)
    {
        for (var at = body.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = body.IndexOf(cue, at + 1, StringComparison.Ordinal))
        {
            var box = at > 0 && (body[at - 1] == TextNormalizer.Unticked
                || (body[at - 1] == '口' && (at == 1 || body[at - 2] is ':' or '：' or ' ' or TextNormalizer.Unticked)));
            if (!box)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The kind the title cues alone of a name give before every other kind (strictly, reaching the threshold), or null.</summary>
    public static DocumentKind? TitleLeader(string folded, VocabularyIndex ix)
    {
        var ranked = TitleRanking(folded, ix);
        return ranked.Count > 0 && ranked[0].Score >= ix.Vocabulary.KindThreshold && (ranked.Count == 1 || ranked[1].Score < ranked[0].Score) ? ranked[0].Kind : null;
    }

    /// <summary>Score of the best kind from title cues alone, for one line (is it a title?).</summary>
    public static int TitleScore(string line, VocabularyIndex ix) => Math.Max(0, TitleRanking(VocabularyLoader.Fold(line), ix).FirstOrDefault().Score);

    /// <summary>Score of the best self-evaluation kind (其他 left out) from title cues alone, for one line.</summary>
    public static int SelfEvaluationTitleScore(string line, VocabularyIndex ix) =>
        Math.Max(0, TitleRanking(VocabularyLoader.Fold(line), ix).Where(x => x.Kind != DocumentKind.Other).FirstOrDefault().Score);

    /// <summary>Every kind with the summed weight of its title cues found in a folded name, heaviest first.</summary>
    private static List<(DocumentKind Kind, int Score)> TitleRanking(string folded, VocabularyIndex ix) =>
        [.. TitleCues.GetValue(ix.Vocabulary, GroupTitleCues)
            .Select(g => (Kind: g.Key, Score: g.Where(c => folded.Contains(c.Text, StringComparison.Ordinal)).Sum(c => c.Weight)))
            .OrderByDescending(x => x.Score)];

    // The title cues grouped by kind once per vocabulary (every line is asked whether it is a title).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReadingVocabulary, List<IGrouping<DocumentKind, KindCue>>> TitleCues = [];

    private static List<IGrouping<DocumentKind, KindCue>> GroupTitleCues(ReadingVocabulary v) =>
        [.. v.KindCues.Where(c => c.InTitle).GroupBy(c => c.Kind).Select(g => (IGrouping<DocumentKind, KindCue>)g)];
}
