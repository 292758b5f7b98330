using System.Text.RegularExpressions;
using Jixiao.Domain.Checks;
using Jixiao.Documents.Reading;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Documents.Import;

/// <summary>Options of the importer.</summary>
public sealed record ImportOptions
{
    /// <summary>Frameworks a score table may be mapped onto (the best-matching one by indicator names is chosen).</summary>
    public IReadOnlyList<Framework> Frameworks { get; init; } = FrameworkCatalog.BuiltIn;

    /// <summary>The reading vocabulary (labels, headings, kind cues, table layouts); default: the built-in reading/*.yaml.</summary>
    public ReadingVocabulary Vocabulary { get; init; } = VocabularyCatalog.BuiltIn;
}

/// <summary>
/// Importer of published self-evaluation text (导入已公开的自评报告/自评表): finds the documents in a
/// file, detects their kind and extracts what they state, each value with its source line. It
/// never invents a value and never throws.
/// </summary>
public static partial class PublishedImporter
{
    /// <summary>The words of a warning that reports a bug in the importer (never bad input): the corpus measure fails on it.</summary>
    public const string InternalError = "导入时发生内部错误";

    public static ImportResult ImportFile(string path, ImportOptions? options = null) =>
        ImportRead(path, path, Path.GetFileName(path), options);

    /// <summary>
    /// An upload's bytes read as the file <paramref name="fileName"/> would be (its extension and content decide the
    /// format): a private temporary copy is read and removed; warnings name <paramref name="fileName"/>.
    /// </summary>
    public static ImportResult ImportBytes(byte[] bytes, string fileName, ImportOptions? options = null)
    {
        var name = Path.GetFileName(fileName);
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-upload-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(dir);
            var path = Path.Combine(dir, "upload" + Path.GetExtension(name).ToLowerInvariant());
            File.WriteAllBytes(path, bytes);
            return ImportRead(path, name, name, options);
        }
        catch (Exception ex)
        {
            return Failed(name, ex);
        }
        finally
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // Removed by the OS's temp cleaning.
            }
            catch (UnauthorizedAccessException)
            {
                // Removed by the OS's temp cleaning.
            }
        }
    }

    /// <summary>The file at <paramref name="path"/> read and imported; warnings name it <paramref name="name"/>, the result's source is <paramref name="source"/>.</summary>
    private static ImportResult ImportRead(string path, string name, string source, ImportOptions? options)
    {
        try
        {
            var (lines, warnings) = PublishedTextReader.Read(path, name);
            var result = ImportLines(lines, source, options);
            return result with { Warnings = [.. warnings, .. result.Warnings] };
        }
        catch (Exception ex)
        {
            return Failed(name, ex);
        }
    }

    private static ImportResult Failed(string name, Exception ex) =>
        new() { Source = name, Warnings = [$"{name}：{InternalError}（{ex.GetType().Name}：{ex.Message}）"] };

    public static ImportResult ImportText(string text, string sourceName, ImportOptions? options = null)
    {
        try
        {
            var warnings = new List<string>();
            var lines = PublishedTextReader.SplitLines(text ?? string.Empty, warnings, sourceName);
            var result = ImportLines(lines, sourceName, options);
            return result with { Warnings = [.. warnings, .. result.Warnings] };
        }
        catch (Exception ex)
        {
            return Failed(sourceName, ex);
        }
    }

    public static ImportResult ImportLines(IReadOnlyList<string> rawLines, string sourceName, ImportOptions? options = null)
    {
        options ??= new ImportOptions();
        var warnings = new List<string>();
        try
        {
            var ix = VocabularyIndex.Of(options.Vocabulary);
            var lines = new List<TextLine>(rawLines.Count);
            var traditional = TextNormalizer.IsTraditional(rawLines);
            var barLinesSeparate = rawLines.Any(IsBarsOnly) && !rawLines.Any(l => l.Contains('|', StringComparison.Ordinal) && !IsBarsOnly(l));
            var raws = new string[rawLines.Count];
            var texts = new string[rawLines.Count];
            for (var i = 0; i < rawLines.Count; i++)
            {
                raws[i] = rawLines[i].Length > PublishedTextReader.MaxLineLength ? rawLines[i][..PublishedTextReader.MaxLineLength] : rawLines[i];
                texts[i] = TextNormalizer.NormalizeLine(raws[i], traditional);
                // A line of cell bars alone (| or ||||||) between cells on lines of their own, in a copy where no cell carries a
                // bar (a web mirror's row and cell ends): it says nothing and reads as an empty line, so that the cells around it
                // stay one run of cells. Where cells end in bars (238.93 |), a bar alone is an empty cell and stays.
                if (barLinesSeparate && texts[i].Length > 0 && IsBarsOnly(texts[i]))
                {
                    texts[i] = string.Empty;
                }
            }

            // A PDF's text hard-wrapped at its page width: each paragraph is read as one line, under its first line's number.
            // Whether a line is chrome is decided once: the wrap joiner asks it of every line and a line left alone keeps it.
            var chrome = Array.ConvertAll(texts, t => IsChrome(t, options.Vocabulary));
            for (var i = 0; i + 1 < texts.Length; i++)
            {
                // A metadata label alone on its line (体裁分类, [ 索引号 ]: a page's cells one a line): the value under it is chrome too,
                // unless it names a self-evaluation (主题词 left empty, the title under it).
                if (chrome[i] && !chrome[i + 1] && texts[i + 1].Trim().Length is > 0 and <= MetadataValueMaxLength && IsLabelAboveValue(texts[i], options.Vocabulary)
                    && !NamesASelfEvaluation(texts[i + 1], ix))
                {
                    chrome[i + 1] = true;
                }
            }

            foreach (var (first, count) in LineWraps.Paragraphs(raws, texts, k => chrome[k], options.Vocabulary))
            {
                var i = first;
                var raw = count == 1 ? raws[i] : string.Concat(raws.Skip(first).Take(count).Select((r, k) => k == 0 ? r.TrimEnd() : r.Trim()));
                // A paragraph is normalized whole: a gloss or a spaced label cut by the wrap (報 / (bào)告) reads as one.
                var text = count == 1 ? texts[i] : TextNormalizer.NormalizeLine(raw, traditional);

                List<string>? Reflow(string t, int min = LostBreaksMinLength) => t.Length >= min
                    && LineBreaks.Reflow(t, options.Vocabulary, x => IsTitle(TextNormalizer.Compact(x), ix), x => KindClassifier.TitleScore(TextNormalizer.Compact(x), ix) >= options.Vocabulary.KindThreshold, x => IsChrome(x, options.Vocabulary)) is { Count: > 1 } p ? p : null;

                // A table copied onto one line (| 总额 | 238.93 | 251.89 | … | 其中:财政资金 | …): a line of its own for each cell,
                // and a long cell (a note) reflowed as any line; so is the text before the table, shorter (a page's chrome and the
                // table's title run on into its first cell: 上传时间:… 返回上级 附表2 2022年度某某项目自评表 项目单位(盖章):…).
                var pieces = LineBreaks.JoinedCells(text) is { } cells ? [.. cells.SelectMany((c, k) => Reflow(c, k == 0 ? LostBreaksBeforeTableMinLength : LostBreaksMinLength) ?? [c])] : Reflow(text);
                if (pieces is not null)
                {
                    // A page whose line breaks were lost (headings and sentences run on with a space between them): each piece
                    // is read as a line of its own, under the file's line number.
                    var at = 0;
                    var underLabel = false;
                    foreach (var piece in pieces)
                    {
                        at = text.IndexOf(piece, at, StringComparison.Ordinal);
                        // A metadata label's cell and its value's cell run on in one line ([ 体裁分类 ] | 财政预算、决算 |): the value is
                        // chrome too, as on a page with one cell a line.
                        var isChrome = IsChrome(piece, options.Vocabulary) || (underLabel && piece.Trim().Length <= MetadataValueMaxLength
                            && !NamesASelfEvaluation(piece, ix)
                            && SectionReader.HeadingOf(piece, ix) is not { Numbered: true });
                        underLabel = isChrome && IsLabelAboveValue(piece, options.Vocabulary);
                        if (isChrome && TitleAfterLastLabel(piece, ix) is { } titleAt)
                        {
                            // A metadata line run on into the title it names (发布日期: 2025-10-22 15:26 名 称: 某某幼儿园2024年…自评情况报告):
                            // the title is a line of its own.
                            lines.Add(TextLine.Piece(i + 1, raw, text, at, titleAt) with { Chrome = true });
                            lines.Add(TextLine.Piece(i + 1, raw, text, at + titleAt, piece.Length - titleAt));
                        }
                        else
                        {
                            lines.Add(TextLine.Piece(i + 1, raw, text, at, piece.Length) with { Chrome = isChrome });
                        }

                        at += piece.Length;
                    }

                    continue;
                }

                lines.Add(new TextLine(i + 1, raw, text) { Chrome = count == 1 ? chrome[i] : IsChrome(text, options.Vocabulary) });
            }

            var documents = new List<ImportedDocument>();
            var undecided = new List<ImportedDocument>();
            List<TextLine>? previous = null;
            foreach (var found in Split(lines, ix))
            {
                var segment = found;
                var (kind, reason, news) = KindClassifier.Classify(segment, ix);
                if (kind is null)
                {
                    if (segment.Any(l => l.Text.Trim().Length > 0 && !l.Chrome))
                    {
                        var part = ReadUndecided(segment, options, news: false) with { KindReason = reason };
                        undecided.Add(part);
                        warnings.Add($"{sourceName} 第 {segment[0].Number}–{segment[^1].Number} 行：未识别出自评报告或自评表（{reason}）{NamedBy(part)}");
                    }

                    previous = null;
                    continue;
                }

                // A news item or notice about others' evaluation work (近日，市财政局召开…) is 其他 and kept like a part of
                // undecided kind: the units, years and figures it names are mostly those of the work it reports.
                var document = news ? ReadUndecided(segment, options, news: true) : Parse(kind.Value, segment, options);

                // A department's report or table of the same unit and year right after the one before (the page gives the report
                // again below its attachments): one document, read from both parts. A unit has one whole-spending evaluation a year.
                if (!news && previous is not null && kind is DocumentKind.DepartmentReport or DocumentKind.DepartmentScoreTable
                    && documents[^1] is { } last && last.Kind == kind && last.Evaluation.Unit.Length > 0
                    && (document.Evaluation.Unit.Length == 0 || last.Evaluation.Unit == document.Evaluation.Unit) && last.Evaluation.Year == document.Evaluation.Year)
                {
                    segment = [.. previous, .. segment];
                    document = Parse(kind.Value, segment, options);
                    reason = last.KindReason;
                    documents.RemoveAt(documents.Count - 1);
                }

                documents.Add(document with { KindReason = reason, Text = [.. segment.Where((l, k) => k == 0 || segment[k - 1].Number != l.Number).Select(l => new SourceLine(l.Number, l.FileLine))] });
                previous = segment;
            }

            if (documents.Count == 0 && warnings.Count == 0)
            {
                warnings.Add($"{sourceName}：没有可识别的内容");
            }

            return new ImportResult { Source = sourceName, Documents = documents, Undecided = undecided, Warnings = warnings, LineCount = rawLines.Count };
        }
        catch (Exception ex)
        {
            // A bug, not bad input: report it as a warning so that an audit of thousands of files goes on.
            warnings.Add($"{sourceName}：{InternalError}（{ex.GetType().Name}：{ex.Message}）");
            return new ImportResult { Source = sourceName, Warnings = warnings };
        }
    }

    private static ImportedDocument Parse(DocumentKind kind, List<TextLine> segment, ImportOptions options) => kind switch
    {
        DocumentKind.DepartmentReport or DocumentKind.TransferPaymentReport or DocumentKind.ProjectReport or DocumentKind.Other => ReportParser.Parse(kind, segment, options.Vocabulary),
        DocumentKind.DepartmentScoreTable => ScoreTableParser.Parse(segment, options),
        DocumentKind.ProjectTable or DocumentKind.TransferPaymentTable => ProjectTableParser.Parse(kind, segment, options.Vocabulary),
    };

    /// <summary>
    /// A part of undecided kind, read as a document that is no self-evaluation (其他), keeping only what names it
    /// firmly: a unit under a label (单位名称：…) and a year weighing at least undecidedYearWeight (a report's body whose title
    /// was lost: 2024年县级下达福彩公益金…), a news item's only as much as a title's (titleYearWeight: the years it names are
    /// mostly those of the work it reports, and a year in its first sentence its date). A title guessed in a page of undecided
    /// kind is often a site's name. Score, grade and sections are not kept: without a kind nothing says they are a self-evaluation's; figures only
    /// where a budget, its spending and a rate that is their quotient prove themselves (as in any document of kind 其他).
    /// A news item also keeps the unit its headline opens with where its text acts under that name; a part also keeps a
    /// title's unit that its page's publisher (chrome) states too, and, when it is no news item, the unit its opening
    /// says evaluated itself (某某苏木人民政府开展并完成了…绩效自评工作) or its overview describes (某某市公安局是…) where the text
    /// calls itself so (我局, 我单位), or the one unit of its self-reference's ending the text names (我局 … 某某市公安局是…), or the
    /// unit that signs it (落款: the name alone on a line with a date on the next, 某某市文体广电和旅游局 / 2023年6月27日).
    /// </summary>
    private static ImportedDocument ReadUndecided(List<TextLine> segment, ImportOptions options, bool news)
    {
        var d = ReportParser.Parse(DocumentKind.Other, segment, options.Vocabulary);
        var firm = d.Values.Where(v => v.Path switch
        {
            "unit" => v.How.StartsWith("标签", StringComparison.Ordinal) || (news && v.How == DocumentReader.NewsSubjectHow)
                || (v.How is DocumentReader.TitleUnitHow or DocumentReader.NewsSubjectHow && segment.Any(l => l.Chrome && l.Text.Contains(v.Value, StringComparison.Ordinal)))
                || (!news && v.How == DocumentReader.SelfEvaluatorHow)
                || (!news && v.How == DocumentReader.SignatureHow)
                || (!news && v.How == DocumentReader.RepeatedSubjectHow)
                || (!news && v.How == DocumentReader.SelfDescribedHow && CallsItself(segment, v.Value, options.Vocabulary))
                || (!news && v.How.StartsWith(DocumentReader.SelfReferredHow, StringComparison.Ordinal)),
            "year" => v.Weight >= (news ? options.Vocabulary.TitleYearWeight : options.Vocabulary.UndecidedYearWeight),
            "budget.adjusted" or "budget.initial" or "budget.executed" or "budget.statedRatePercent" => true,
            _ => false,
        }).ToList();
        var unit = firm.FirstOrDefault(v => v.Path == "unit")?.Value ?? string.Empty;
        var year = firm.FirstOrDefault(v => v.Path == "year") is { } y ? int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        // A form's own year cell (年度: | 2023 |) naming another year than the one the text weighs (2022年共开展…): the part
        // contradicts itself, and a part of undecided kind has nothing else to settle it — no year.
        if (year > 0 && segment.Any(l => FormYearCell(l.Text, options.Vocabulary) is { } cell && cell != year))
        {
            firm.RemoveAll(v => v.Path == "year");
            year = 0;
        }

        return d with
        {
            Evaluation = d.Evaluation with
            {
                Unit = unit, Year = year, Budget = d.Evaluation.Budget, Narrative = new(), Goals = [], OverallGoal = null, GoalCompletion = null,
                Inputs = new Dictionary<string, Jixiao.Domain.Evaluations.LeafInput>(),
            },
            Stated = new(),
            Sources = d.Sources.Where(kv => firm.Any(v => v.Path == kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            Values = firm,
            Missing = [],
            Approximate = [],
            Inferred = [],
        };
    }

    /// <summary>
    /// The year of a line that is only a form's year cell and its value (yearCellLabels: 年度: | 2023 |, 年度：2023), or null.
    /// </summary>
    private static int? FormYearCell(string line, ReadingVocabulary v)
    {
        var t = VocabularyLoader.Fold(line).Trim('|');
        foreach (var label in v.YearCellLabels)
        {
            if (t.StartsWith(label, StringComparison.Ordinal) && t[label.Length..] is var rest
                && (rest.StartsWith(':') ? rest[1..] : rest).Trim('|') is { Length: 4 } y && y.All(char.IsAsciiDigit) && y[..2] is "19" or "20")
            {
                return int.Parse(y, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>
    /// The text calls itself by a self-name (我单位) or by a self-reference whose ending the unit's name ends in (我局 for
    /// 某某市公安局).
    /// </summary>
    private static bool CallsItself(List<TextLine> segment, string unit, ReadingVocabulary v)
    {
        var body = segment.Where(l => !l.Chrome).Select(l => l.Text).ToList();
        return v.SelfNames.Any(n => body.Any(t => t.Contains(n, StringComparison.Ordinal)))
            || v.SelfReferences.Any(r => unit.EndsWith(r[1..], StringComparison.Ordinal) && body.Any(t => t.Contains(r, StringComparison.Ordinal)));
    }

    /// <summary>；文中写明：单位“XX”（第 3 行）、年度 2021（第 1 行） — whose the part is, when it says so; else nothing.</summary>
    private static string NamedBy(ImportedDocument part)
    {
        var named = part.Values.Where(v => v.Path is "unit" or "year").OrderBy(v => v.Source.Line).Select(v => v.Path == "unit"
            ? $"单位“{v.Value}”（第 {v.Source.Line} 行）"
            : $"年度 {v.Value}（第 {v.Source.Line} 行）").ToList();
        return named.Count == 0 ? string.Empty : "；文中写明：" + string.Join("、", named);
    }

    /// <summary>A line of cell bars and spaces only (|, ||||).</summary>
    private static bool IsBarsOnly(string line) => line.Contains('|', StringComparison.Ordinal) && line.All(c => c == '|' || char.IsWhiteSpace(c));

    private const int LostBreaksMinLength = 120;

    /// <summary>The shortest text before a table copied onto one line that may hold lost breaks (a page's chrome, the title).</summary>
    private const int LostBreaksBeforeTableMinLength = 40;

    private static readonly char[] LeadingMarks = ['-', '*', '|', '·', '•', '[', ' ', '\t'];

    private const int MetadataValueMaxLength = 40;

    /// <summary>The most characters of a bare kind's name (自评报告, 绩效评价报告): a page's category, never a document's title.</summary>
    private const int BareKindNameMaxLength = 6;

    /// <summary>
    /// Whether a metadata label's value names a self-evaluation, as a title does (主题词 left empty, the title under it); a bare
    /// kind's name (公开目录 | 自评报告: the page's category) does not.
    /// </summary>
    private static bool NamesASelfEvaluation(string value, VocabularyIndex ix) =>
        TextNormalizer.Compact(value) is var c && c.Length > BareKindNameMaxLength && KindClassifier.SelfEvaluationTitleScore(c, ix) >= ix.Vocabulary.KindThreshold;

    /// <summary>A line that is only a metadata label whose value may stand under it (chrome.yaml valueBelow): 体裁分类, [ 索引号 ], 发布日期:.</summary>
    private static bool IsLabelAboveValue(string text, ReadingVocabulary v)
    {
        var t = text.Trim().TrimStart(LeadingMarks).TrimEnd(' ', '\t', ']', '】', '|', ':', '：');
        return t.Length > 0 && v.Chrome.ValueBelow.Contains(VocabularyLoader.Fold(t).TrimEnd(':'), StringComparer.Ordinal);
    }

    /// <summary>
    /// Where a title starts that ends a metadata line after its last label's colon (… 名 称: 某某局2024年度…自评报告): the last
    /// word after the colon names a self-evaluation by itself and ends in a title word. Null when it does not.
    /// </summary>
    private static int? TitleAfterLastLabel(string piece, VocabularyIndex ix)
    {
        var trimmed = piece.TrimEnd();
        var colon = trimmed.LastIndexOfAny([':', '：']);
        if (colon < 0)
        {
            return null;
        }

        // The last word only (时效性: 有效 某某局2020年…评价报告: 有效 is the label's value).
        var start = Math.Max(colon, trimmed.LastIndexOf(' ')) + 1;

        var title = piece[start..].TrimEnd();
        var compact = TextNormalizer.Compact(title);
        return compact.Length >= 8 && compact.IndexOfAny(SentenceMarks) < 0 && ix.Vocabulary.TitleWords.Any(w => compact.EndsWith(w, StringComparison.Ordinal))
            && KindClassifier.SelfEvaluationTitleScore(compact, ix) >= ix.Vocabulary.KindThreshold ? start : null;
    }

    /// <summary>Page chrome or boilerplate by the vocabulary's chrome rules.</summary>
    internal static bool IsChrome(string text, ReadingVocabulary v)
    {
        // Leading list or table marks (- 时效性: 有效, | 发布机构 | …, [ 索引号 ]) are no part of the words.
        var t = text.Trim().TrimStart(LeadingMarks);
        if (t.Length == 0 || t.Length > 200)
        {
            return false;
        }

        var folded = VocabularyLoader.Fold(t);
        var chrome = v.Chrome;
        return IsMenuItem(folded, v) || IsPreviewMark(t, v)
            || chrome.EqualTo.Contains(folded, StringComparer.Ordinal)
            || chrome.StartsWith.Any(x => folded.StartsWith(x, StringComparison.Ordinal))
            || chrome.Contains.Any(x => folded.Contains(x, StringComparison.Ordinal))
            || IsNavigationBar(t, chrome.Navigation);
    }

    /// <summary>A menu's item with its arrow, alone on a line (• 研究报告>, 政务公开 »): never a title or its first half.</summary>
    private static bool IsMenuItem(string folded, ReadingVocabulary v) =>
        folded.Length <= MenuItemMaxLength && v.BreadcrumbSeparators.FirstOrDefault(s => folded.EndsWith(s, StringComparison.Ordinal)) is { } arrow
        && folded[..^arrow.Length].TrimEnd() is { Length: >= 2 } item && item.All(TextNormalizer.IsCjk);

    private const int MenuItemMaxLength = 12;

    private static readonly System.Buffers.SearchValues<char> NavigationSeparators = System.Buffers.SearchValues.Create(" \t|/·•【】[]\u3000");

    private const int MinNavigationLead = 3;
    private const int MaxNavigationLinkLength = 6;

    /// <summary>
    /// A site's navigation bar: two or more navigation words (首页 | 政务公开 | 互动交流, 无障碍浏览 长者模式 登录) and nothing else, or,
    /// after three of them, the site's own short links too (走进周至 专题专栏), a third of the parts at most.
    /// </summary>
    internal static bool IsNavigationBar(string text, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return false;
        }

        // Part by part, stopping at the first that is no navigation word (most lines: the first), unless the line opens with
        // three of them: then a site's own short links among them (首页 新闻中心 信息公开 政务服务 政民互动 走进周至 专题专栏) are
        // the bar's too, as long as they are a third of its parts at most and as short as links are.
        var parts = 0;
        var others = 0;
        var rest = text.AsSpan();
        while (rest.Length > 0)
        {
            var cut = rest.IndexOfAny(NavigationSeparators);
            var part = cut < 0 ? rest : rest[..cut];
            rest = cut < 0 ? [] : rest[(cut + 1)..];
            if (part.Length == 0)
            {
                continue;
            }

            if (!words.Contains(VocabularyLoader.Fold(part.ToString()), StringComparer.Ordinal))
            {
                if (parts - others < MinNavigationLead || part.Length > MaxNavigationLinkLength || part.ContainsAnyInRange('0', '9'))
                {
                    return false;
                }

                others++;
            }

            parts++;
        }

        return parts >= 2 && others * 3 <= parts;
    }

    /// <summary>Splits the lines into documents at repeated titles (e.g. two project tables one after the other).</summary>
    internal static List<List<TextLine>> Split(List<TextLine> lines, VocabularyIndex ix)
    {
        var titles = new List<int>();
        var afterContents = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Chrome)
            {
                continue;
            }

            var compact = TextNormalizer.Compact(lines[i].Text);
            if (compact.Length == 0 || compact.Length > 120)
            {
                continue;
            }

            // A table of contents (目录) is followed by the body of the same document, which repeats its title. So is a
            // list of the tables that follow (XX局项目绩效自评表清单: a title's words, then a list word), the page's first
            // line or not: the first table after it is of the same document.
            if (((titles.Count > 0 || i > 0) && ix.Vocabulary.ContentsWords.Contains(compact, StringComparer.Ordinal)) || IsListOfDocuments(compact, ix))
            {
                afterContents = true;
                continue;
            }

            // A page's running header (某某局2020年部门整体支出绩效评价报告 5: the title and a page number) starts no document.
            if (IsListedAttachment(lines, i, ix) || ContinuesSentence(lines, i) || UnderNumberedHeading(lines, i, ix) || (PageNumbered().IsMatch(lines[i].Text) && (titles.Count > 0 || InContentsList(lines, i))))
            {
                continue;
            }

            var next = i + 1 < lines.Count ? TextNormalizer.Compact(lines[i + 1].Text) : string.Empty;
            if (IsTitle(compact, ix) || IsSampleTitle(compact, ix) || (next.Length < 60 && !IsTitle(next, ix) && SectionReader.HeadingOf(compact, ix) is not { Numbered: true } && IsTitle(compact + next, ix)))
            {
                // After a table of contents: its entries naming an attachment (附件：…评分表) start nothing, and the first
                // title is the body's, of the same document (the cover's title repeated, often shorter or longer by the
                // unit's name).
                if (afterContents)
                {
                    if (!ix.Vocabulary.AttachmentWords.Any(w => compact.StartsWith(w, StringComparison.Ordinal)))
                    {
                        afterContents = false;
                    }

                    continue;
                }

                if (titles.Count == 0 || i - titles[^1] > 3)
                {
                    titles.Add(i);
                }
            }
        }

        var segments = new List<List<TextLine>>();
        var start = 0;
        int? segmentTitle = null;
        foreach (var t in titles)
        {
            if (t <= start)
            {
                segmentTitle ??= t;
                continue;
            }

            // The table a companion table's title heads (基础数据表) goes on under the next title (附件2 部门整体支出绩效自评表): one document.
            if (segmentTitle is { } companion && t > companion && ix.Vocabulary.CompanionTitleWords.Any(w => TextNormalizer.Compact(lines[companion].Text).Contains(w, StringComparison.Ordinal)))
            {
                segmentTitle = t;
                continue;
            }

            var cutAt = t;

            // A header line just above the title ("2022年度XX单位（本级）") belongs to the new document.
            if (cutAt - 1 > start && IsYearHeader(TextNormalizer.Compact(lines[cutAt - 1].Text)))
            {
                cutAt--;
            }

            // So does the unit's name on a line of its own right above the title (附件3 / 长安区医疗保障局 / 2023年度整体支出绩效自评
            // 报告: the title's first half), with the attachment mark above it, blank lines between.
            if (LineAbove(lines, cutAt, start) is { } name && IsUnitNameLine(TextNormalizer.Compact(lines[name].Text), ix))
            {
                cutAt = name;
                if (LineAbove(lines, cutAt, start) is { } mark && IsAttachmentMark(TextNormalizer.Compact(lines[mark].Text), ix))
                {
                    cutAt = mark;
                }
            }

            // A cover (项目名称 / 项目主管部门 / 2024年8月) between a title and the same title repeated (年度 or 年, with or
            // without the unit's name) is the cover of that report, not a document of its own.
            var body = BodyOf(lines, start, cutAt, ix);
            if (body == Body.Full || (body == Body.CoverOnly && !(segmentTitle is { } previous && SameTitle(lines[previous].Text, lines[t].Text))))
            {
                segments.Add(lines.GetRange(start, cutAt - start));
                start = cutAt;
                segmentTitle = t;
            }
            else
            {
                segmentTitle ??= t;
            }
        }

        if (start < lines.Count)
        {
            segments.Add(lines.GetRange(start, lines.Count - start));
        }

        return segments;
    }

    /// <summary>
    /// 某某局本级单位项目绩效自评表清单: a line ending in a list word (listWords) whose words before it name a kind of
    /// self-evaluation (a title's cues reach the kind threshold): the heading of a list of the documents that follow. Words
    /// naming no self-evaluation (某某局整改问题清单: 其他's cue 整改) head a list of problems, not of documents.
    /// </summary>
    private static bool IsListOfDocuments(string compact, VocabularyIndex ix) =>
        compact.Length <= 60
        && ix.Vocabulary.ListWords.FirstOrDefault(w => compact.Length > w.Length && compact.EndsWith(w, StringComparison.Ordinal)) is { } word
        && KindClassifier.SelfEvaluationTitleScore(compact[..^word.Length], ix) >= ix.Vocabulary.KindThreshold;

    /// <summary>
    /// 附件4.项目支出绩效评价调查问卷 / 附件5.项目支出决算表: a line of a list of attachments (a numbered 附件 line with
    /// another right above or below it) names a document attached elsewhere; it starts none here.
    /// </summary>
    private static bool IsListedAttachment(List<TextLine> lines, int i, VocabularyIndex ix)
    {
        bool Numbered(string compact) => ix.Vocabulary.AttachmentWords.Any(w => compact.Length > w.Length && compact.StartsWith(w, StringComparison.Ordinal) && char.IsAsciiDigit(compact[w.Length]));
        string Near(int step)
        {
            for (var k = i + step; k >= 0 && k < lines.Count && Math.Abs(k - i) <= 2; k += step)
            {
                var c = TextNormalizer.Compact(lines[k].Text);
                if (c.Length > 0)
                {
                    return c;
                }
            }

            return string.Empty;
        }

        return Numbered(TextNormalizer.Compact(lines[i].Text)) && (Numbered(Near(-1)) || Numbered(Near(1)));
    }

    /// <summary>
    /// 2. 绩效目标及自评情况 / 某某县人民检察院项目支出绩效自评表: a table's title right under a numbered heading of the text above is
    /// the section's content, embedded in the same document; it starts none. A report's title there (an essay site's next
    /// sample after an outline's last heading) still starts one.
    /// </summary>
    private static bool UnderNumberedHeading(List<TextLine> lines, int i, VocabularyIndex ix)
    {
        var k = i - 1;
        while (k >= 0 && (lines[k].Chrome || lines[k].Text.Trim().Length == 0))
        {
            k--;
        }

        return k >= 0 && SectionReader.HeadingOf(lines[k].Text, ix) is { Numbered: true } heading && heading.InlineBody < 0 && lines[k].Text.Trim().Length <= 30
            && KindClassifier.TitleLeader(VocabularyLoader.Fold(TextNormalizer.Compact(lines[i].Text)), ix) is { } leader && leader.IsTable();
    }

    /// <summary>
    /// The line right above ends inside a sentence (…财政部、 / …，): this line continues it (a PDF's or a copied page's line
    /// break), whatever titles it quotes (农业农村部、水利部《关于印发…管理办法的通知》…规定的开支), and starts no document.
    /// </summary>
    private static bool ContinuesSentence(List<TextLine> lines, int i)
    {
        var above = i > 0 ? lines[i - 1].Text.TrimEnd() : string.Empty;
        return above.Length > 0 && !lines[i - 1].Chrome && above[^1] is '、' or '，' or ',' or '(' or '（' or '“' or '《';
    }

    /// <summary>True when one of the first lines is a document title.</summary>
    internal static bool HasTitle(IReadOnlyList<TextLine> lines, VocabularyIndex ix) =>
        lines.Where(l => !l.Chrome).Take(8).Any(l => IsTitle(TextNormalizer.Compact(l.Text), ix));

    /// <summary>A title: short, no full stop, comma or semicolon (a sentence or a list's clause), and its title cues alone reach the kind threshold.</summary>
    private static bool IsTitle(string compact, VocabularyIndex ix) =>
        compact.Length is > 0 and <= 100 && compact.IndexOfAny(SentenceMarks) < 0
        && !ix.Vocabulary.AppendixPrefixes.Any(p => VocabularyLoader.Fold(compact).StartsWith(p, StringComparison.Ordinal))
        && !(compact.Length > 1 && compact[0] == '表' && char.IsAsciiDigit(compact[1]))
        && ix.Vocabulary.TitleWords.Any(w => OutsideQuotedTitles(compact).Contains(w, StringComparison.Ordinal))
        && SectionReader.HeadingOf(compact, ix) is not { Numbered: true }
        && KindClassifier.TitleScore(compact, ix) >= ix.Vocabulary.KindThreshold + 4;

    /// <summary>
    /// The words of a line outside the documents it quotes (…绩效评价工作是在符合《省人民政府关于推进预算绩效管理工作暂行办法》: the
    /// 办法 is the quoted rule's, and the line names no document of its own); an unclosed 《 quotes to the line's end.
    /// </summary>
    private static string OutsideQuotedTitles(string compact)
    {
        var open = compact.IndexOf('《', StringComparison.Ordinal);
        if (open < 0)
        {
            return compact;
        }

        var sb = new System.Text.StringBuilder(compact.Length);
        var depth = 0;
        foreach (var c in compact)
        {
            if (c == '《')
            {
                depth++;
            }
            else if (c == '》' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static readonly char[] SentenceMarks = ['。', ',', ';', '；'];

    /// <summary>An essay site's numbered sample title (…自评报告的重要性及应用【第二篇】, kinds.yaml sampleMarks) whose cues reach kindThreshold.</summary>
    private static bool IsSampleTitle(string compact, VocabularyIndex ix)
    {
        var t = compact.TrimEnd('】', ')', '）');
        foreach (var (lead, tail) in ix.Vocabulary.SampleMarks)
        {
            var open = t.EndsWith(tail, StringComparison.Ordinal) ? t.LastIndexOf(lead, t.Length - tail.Length, StringComparison.Ordinal) : -1;
            if (open > 0 && t.AsSpan(open + lead.Length, t.Length - tail.Length - open - lead.Length) is { Length: > 0 and <= 3 } count
                && TextNormalizer.IsCount(count)
                && compact.IndexOfAny(SentenceMarks) < 0 && KindClassifier.TitleScore(compact, ix) >= ix.Vocabulary.KindThreshold)
            {
                return true;
            }
        }

        return false;
    }

    private enum Body
    {
        None,

        /// <summary>Only a project label (项目名称: a cover's or a table's first row).</summary>
        CoverOnly,
        Full,
    }

    /// <summary>
    /// The same title twice: equal once 年度 is read as 年 and a unit's name before the year is dropped
    /// (甘谷县2023年度…评价报告 / 2023年…评价报告).
    /// </summary>
    private static bool SameTitle(string a, string b)
    {
        static string Core(string text)
        {
            var c = TextNormalizer.Compact(text).Replace("年度", "年", StringComparison.Ordinal);
            var year = c.IndexOf('年', StringComparison.Ordinal);
            return year >= 4 && c[(year - 4)..year].All(char.IsAsciiDigit) ? c[(year - 4)..] : c;
        }

        var (x, y) = (Core(a), Core(b));
        return x.Length >= 8 && string.Equals(x, y, StringComparison.Ordinal);
    }

    /// <summary>Whether a body line stands between two titles: a recognised section heading, an indicator total, a header row
    /// (<see cref="Body.Full"/>), or only a project label (<see cref="Body.CoverOnly"/>).</summary>
    private static Body BodyOf(List<TextLine> lines, int from, int to, VocabularyIndex ix)
    {
        var found = Body.None;
        for (var i = from; i < to; i++)
        {
            var t = lines[i].Text.Trim();
            if (t.Length == 0 || lines[i].Chrome || IsFileName(t, ix))
            {
                continue;
            }

            var first = t.Split('|', '\t')[0].Trim();
            var firstWord = first.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words[0] : first;
            if (SectionReader.HeadingOf(t, ix) is { Section: not null }
                || ix.RowKindsOf(firstWord).Count > 0
                || ix.HeaderColumn(firstWord) is not null)
            {
                return Body.Full;
            }

            if (ix.Labels.LongestAt(first, 0) is { } label && label.Values.Any(e => e.Field is { Field: "projectName" })
                && !NamesTheDocument(first[label.End..], ix))
            {
                found = Body.CoverOnly;
            }
        }

        return found;
    }

    /// <summary>A sharing page's file name on a line of its own (三、绩效分析及评价结论.doc): it names a file, no heading of a body.</summary>
    internal static bool IsFileName(string text, VocabularyIndex ix) =>
        ix.Vocabulary.SharedFileExtensions.Any(e => text.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A cover's 项目名称 whose value is a document's title (项目名称:部门整体支出绩效评价报告): it names the report, not a project
    /// evaluated, and is no body (the title repeated after the cover starts no second document).
    /// </summary>
    private static bool NamesTheDocument(string value, VocabularyIndex ix) =>
        IsTitle(TextNormalizer.Compact(value).TrimStart(':', '|').Trim(), ix);

    /// <summary>The nearest non-blank line above <paramref name="at"/>, after <paramref name="start"/>, or null.</summary>
    private static int? LineAbove(List<TextLine> lines, int at, int start)
    {
        for (var k = at - 1; k > start; k--)
        {
            if (lines[k].Text.Trim().Length > 0)
            {
                return lines[k].Chrome ? null : k;
            }
        }

        return null;
    }

    /// <summary>A name alone on its line, ending as a unit's does (长安区医疗保障局): 4 to 30 CJK characters, no title.</summary>
    private static bool IsUnitNameLine(string compact, VocabularyIndex ix) =>
        compact.Length is >= 4 and <= 30 && compact.All(TextNormalizer.IsCjk) && !IsTitle(compact, ix)
        && ix.Vocabulary.UnitSuffixes.Any(u => compact.EndsWith(u, StringComparison.Ordinal));

    /// <summary>附件3, 附件 3:, 附件三: an attachment's mark alone on its line.</summary>
    private static bool IsAttachmentMark(string compact, VocabularyIndex ix) =>
        ix.Vocabulary.AttachmentWords.FirstOrDefault(w => compact.StartsWith(w, StringComparison.Ordinal)) is { } w
        && compact[w.Length..].TrimEnd(':', '：') is { Length: >= 1 and <= 3 } n && TextNormalizer.IsCount(n);

    /// <summary>2022年度XX单位（本级）: a year, then a short name.</summary>
    private static bool IsYearHeader(string compact) =>
        compact.Length is >= 7 and <= 48 && (compact.StartsWith("19", StringComparison.Ordinal) || compact.StartsWith("20", StringComparison.Ordinal))
        && compact.Take(4).All(char.IsAsciiDigit) && compact[4] == '年' && !DateHeader().IsMatch(compact);

    /// <summary>
    /// An entry of a table of contents whose 目录 the page's first line gave or lost (…整体支出绩效评价报告 24 between 四、评价结论及建议 26
    /// and 一、项目概况 27): of the two non-empty lines on each side, at least two end with a page number too.
    /// </summary>
    private static bool InContentsList(List<TextLine> lines, int i)
    {
        var numbered = 0;
        foreach (var step in (ReadOnlySpan<int>)[-1, 1])
        {
            var seen = 0;
            for (var k = i + step; k >= 0 && k < lines.Count && seen < 2; k += step)
            {
                if (lines[k].Text.Trim().Length == 0)
                {
                    continue;
                }

                seen++;
                numbered += PageNumbered().IsMatch(lines[k].Text) ? 1 : 0;
            }
        }

        return numbered >= 2;
    }

    /// <summary>Words, then a space and a page number of one to three digits at the line's end (…绩效评价报告 5).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[^\s\d]\s+\d{1,3}\s*$")]
    private static partial System.Text.RegularExpressions.Regex PageNumbered();

    /// <summary>
    /// A sharing page's preview mark, one a page: 第3页 / 共15页, or a shared file's name (sharedFileExtensions) and _第3页
    /// (某某项目.docx_第3页).
    /// </summary>
    private static bool IsPreviewMark(string t, ReadingVocabulary v)
    {
        if (PageOfPages().IsMatch(t))
        {
            return true;
        }

        var mark = t.LastIndexOf("_第", StringComparison.Ordinal);
        return mark > 0 && PageOnly().IsMatch(t.AsSpan(mark + 1)) && v.SharedFileExtensions.Any(e => t.AsSpan(0, mark).EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^第\d{1,4}页\s*/\s*共\d{1,4}页$")]
    private static partial System.Text.RegularExpressions.Regex PageOfPages();

    [System.Text.RegularExpressions.GeneratedRegex(@"^第\d{1,4}页$")]
    private static partial System.Text.RegularExpressions.Regex PageOnly();

    /// <summary>2024年3月15日, 2024年三月: a date (a signature's), not a header naming the year.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月")]
    private static partial System.Text.RegularExpressions.Regex DateHeader();
}
