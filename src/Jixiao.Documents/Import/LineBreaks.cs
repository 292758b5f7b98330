using System.Text.RegularExpressions;
using Jixiao.Documents.Reading;

namespace Jixiao.Documents.Import;

/// <summary>
/// Restores the line breaks a copied page lost. A page whose lines were joined with spaces (a web mirror, a search
/// excerpt, a copy out of a PDF viewer) keeps a space where each break was; an outline heading (一、 （二） 3.) or a new
/// sentence after a space where no Chinese text writes one marks such a break. Nothing is cut where no space stands:
/// a paragraph that lists （一）…；（二）… in one sentence stays one line.
/// </summary>
internal static partial class LineBreaks
{
    /// <summary>
    /// The pieces of a line at its lost breaks; the line alone when it shows none. isTitle tells a title anywhere,
    /// isOpeningTitle one that opens the line (a weaker test: a page's first words are its title by their place).
    /// </summary>
    public static List<string> Reflow(string text, Jixiao.Documents.Reading.ReadingVocabulary v, Func<string, bool> isTitle, Func<string, bool> isOpeningTitle, Func<string, bool> isChrome)
    {
        var pieces = new List<string>();

        // Before the page's first sentence: only chrome or a site's name read so far.
        bool Opening() => pieces.All(p => isChrome(p) || p.Length <= MaxSiteNameLength);
        void Add(string piece)
        {
            if (piece.Length == 0)
            {
                return;
            }

            // A page's chrome run on after a space (牟定县人民政府 首页 >> …; …报告 发布时间:2022-02-11 来源:某某局): a line of
            // its own from its first word, as the page had it. Only a starter of three characters or more, or one with its
            // colon (来源: but not 来源于), starts one.
            if (ChromeStart(piece, v.Chrome.StartsWith) is { } chromeAt)
            {
                Add(piece[..chromeAt].Trim());
                Add(piece[chromeAt..]);
                return;
            }

            // A page's chrome label run on into the title below it (浏览量 • 主题词 某某馆2022年度项目支出绩效自评报告(…): the title
            // is a line of its own, as the page had it.
            // Before the page's first sentence a title is one by its place, as for a title run on below.
            if (isChrome(piece) && TitleAfterChrome(piece, Opening() ? x => isTitle(x) || isOpeningTitle(x) : isTitle, isChrome, v.UnitSuffixes) is { } titleAt)
            {
                Add(piece[..titleAt].Trim());
                pieces.Add(piece[titleAt..]);
                return;
            }

            // A title standing between spaces inside a page's chrome run on into a table's cover (作者:暂无 上传时间:… 返回上级 附表2
            // 2022年度某某项目自评表 项目单位(盖章):某某馆 …): the title is a line of its own, the chrome before it another, and what
            // follows is read on. Only a title opening with its year, after chrome only.
            if (isChrome(piece) && TitleInsideChrome(piece, isTitle, isChrome, v.TitleWords) is var (inFrom, inTo))
            {
                Add(piece[..inFrom].Trim());
                pieces.Add(piece[inFrom..inTo]);
                Add(piece[inTo..].Trim());
                return;
            }

            // A page's date run on into the text's first heading (发布日期:2024-04-12一、部门概况…, a page copied as one line): the
            // heading and what follows are the text, not the date line's.
            if (isChrome(piece) && piece.IndexOf(FirstHeadingMark, StringComparison.Ordinal) is var headingAt and > 0
                && (char.IsAsciiDigit(piece[headingAt - 1]) || piece[headingAt - 1] == '日'))
            {
                Add(piece[..headingAt].Trim());
                Add(piece[headingAt..]);
                return;
            }

            // A page's chrome line run on into the text's first sentence (分享到: 微信 qq 微博 • 近日,按照…; 发布时间:2023-04-23
            // 来源:某某局 根据《…》要求,现将…): the chrome is a line of its own up to the first word that reads as a sentence.
            // So too where the run-on text makes the piece too long to be read as chrome whole: the words before the sentence are,
            // a chrome line's length at most.
            if (SentenceAfterChrome(piece) is { } bodyAt && (isChrome(piece) || (bodyAt <= MaxChromeHeadLength && isChrome(piece[..bodyAt].Trim()))))
            {
                Add(piece[..bodyAt].Trim());
                Add(piece[bodyAt..]);
                return;
            }

            // A page's chrome run on into a cover's first key (字号: 打印 项目名称 某某经费 主管部门 某某局 …, a table's cover
            // whose breaks were lost): the cover is a line of its own from its first key.
            if (isChrome(piece) && CoverAfterChrome(piece, VocabularyIndex.Of(v)) is { } coverAt)
            {
                Add(piece[..coverAt].Trim());
                Add(piece[coverAt..]);
                return;
            }

            // A page's headline run on into its first sentence (某某厅创新实施四项工作机制 提升绩效自评质效 2025年,省财政厅…):
            // words before the page's first sentence, with no sentence mark of their own, are a line of their own (not a list item's
            // or a heading's start: 1、 某某馆2020年度 项目绩效自评报告自评得分100分,… is one line as written).
            if (Opening() && SentenceAfterChrome(piece) is { } textAt
                && piece.AsSpan(0, textAt).Trim() is { Length: >= MinTitleLength and <= MaxTitleLength } headline && headline.IndexOfAny(SentenceMarks) < 0
                && !ListMark().IsMatch(headline) && headline.IndexOfAny(LinkMarks) < 0 && Balanced(headline))
            {
                Add(piece[..textAt].Trim());
                Add(piece[textAt..]);
                return;
            }

            // A table of contents' heading run on between the cover and its entries (… 2025年5月 目 录 一、…): a line of
            // its own, as it was.
            foreach (var w in v.ContentsWords)
            {
                if (StandingWord(piece, w) is var (at, length))
                {
                    // Entries with leader dots and pages (目录 一、基本情况 …… 2) stay on the heading's line, as a contents
                    // line that reads as no heading.
                    var entries = piece[(at + length)..].Trim();
                    var leaders = ContentsEntryEnd().IsMatch(entries) || LeaderDots().IsMatch(entries);
                    Add(piece[..at].Trim());
                    pieces.Add(leaders ? piece[at..].Trim() : piece.Substring(at, length));
                    if (!leaders)
                    {
                        Add(entries);
                    }

                    return;
                }
            }

            // A title run on with the page's chrome before it or the first heading or sentence after it (…[ 有效性 ]
            // 某某局2020年度部门整体支出绩效自评报告 一、…; 某某中心 2022 年整体支出绩效自评报告 一 绩效管理工作开展情况。): the
            // title is a line of its own, and so are the parts around it. Before the page's first sentence (only chrome or
            // a site's name so far) a title is one by its place.
            var opening = Opening();
            if (RunOnTitle(piece, v.TitleWords, isTitle, opening ? isOpeningTitle : null) is var (from, to))
            {
                foreach (var part in (string[])[piece[..from], piece[from..to], piece[to..]])
                {
                    if (part.Trim() is { Length: > 0 } t)
                    {
                        pieces.Add(t);
                    }
                }

                return;
            }

            // An outline heading run on into its text (四、存在的主要问题 一是预算编制不够精细。; 1.2部门支出描述 2018年度支出…:
            // a two-level number followed by words, not by a unit, is a heading too): the heading is a line of its
            // own, its words being the first word after the mark; a year or a figure after the space continues the heading
            // ((三) 2022 年预算执行情况), but a numbered list item (三、资金使用情况 1.某某经费。该项目…) starts a line of its own,
            // as the page had it: its figures are the item's, not the document's; so does a sentence opening with its year
            // glued to its words (1.2部门支出描述 2018年度支出…).
            if (HeadingRunOn().Match(piece) is { Success: true } h)
            {
                pieces.Add(piece[..h.Length].TrimEnd());
                Add(piece[h.Length..].Trim());
                return;
            }

            pieces.Add(piece);
        }

        var start = 0;
        var cuts = LostBreak().Matches(text).Select(m => (Index: m.Index, Length: m.Length)).Concat(TableRowStarts(text, VocabularyIndex.Of(v)).Select(at => (Index: at, Length: 0)))
            .OrderBy(c => c.Index + c.Length).ToList();
        foreach (var m in cuts)
        {
            var cut = m.Index + m.Length;

            // A table of contents (一、基本情况 ……… 2 (一)资金情况 ……… 2) lists headings with their pages: it stays one line.
            if (cut <= start || (m.Index > start && ContentsEntryEnd().IsMatch(text.AsSpan(start, m.Index - start))))
            {
                continue;
            }

            var piece = text[start..cut].Trim();
            if (piece.Length > 0)
            {
                Add(piece);
            }

            start = cut;
        }

        var rest = text[start..].Trim();

        // A letter's signature run on at the end of its text (…[点击下载] 某某镇人民政府 2025年12月30日): the writer's name and the
        // date are lines of their own, as the letter had them. Only a name ending as a unit's does, right before the closing date.
        if (TrailingSignature().Match(rest) is { Success: true } sign && v.UnitSuffixes.Any(x => sign.Groups["name"].Value.EndsWith(x, StringComparison.Ordinal)))
        {
            Add(rest[..sign.Index].Trim());
            pieces.Add(sign.Groups["name"].Value);
            pieces.Add(sign.Groups["date"].Value);
            return pieces;
        }

        if (rest.Length > 0)
        {
            Add(rest);
        }

        return pieces;
    }

    /// <summary>
    /// Where the rows of a table start in a line whose breaks were lost and whose cells were apart by spaces (项目资金 (万元)
    /// 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 年度资金总额: 880 880 880 10 10 其中:本年财政拨款 880 880 880 - -
    /// 上年结转资金 - - …): before a run of three or more header cells, and before a special row's label (tables.yaml rows:
    /// 年度资金总额, 其中:财政拨款, 总分 …) followed by two figures or empty cells' marks or glued to the figure before it. Not
    /// after the header run: what follows it may be a cell's note (得分 (20分*执行率)) or its values as a scrambled PDF text
    /// gives them (年初预算数 … 得分 250000.00 250000.00 215,457.6 10 8.62). A label in running text (资金总额 120万元) is
    /// followed by one figure with its unit and starts no row.
    /// </summary>
    private static IEnumerable<int> TableRowStarts(string text, VocabularyIndex ix)
    {
        var words = SpacedWordAt().Matches(text);
        for (var w = 0; w < words.Count; w++)
        {
            var run = 0;
            while (w + run < words.Count && ix.HeaderColumn(words[w + run].Value) is { } column && RowColumns.Contains(column))
            {
                run++;
            }

            if (run >= MinHeaderRun)
            {
                if (w > 0)
                {
                    yield return words[w].Index;
                }

                w += run - 1;
                continue;
            }

            // A row's label glued to the figures of the row before it and to its own (… 10 0 0其中:本年财政拨款202.64 132.912 …, a PDF's
            // text): the row starts at its label.
            if (GluedRowAt(words[w].Value, ix) is { } glued)
            {
                yield return words[w].Index + glued;
                continue;
            }

            // A fund source's row only after the figures of the row before it (其中:本年财政拨款 880 880 880 - - 上年结转资金 - -): after
            // other words it is a column of a breakdown's header (区本级资金 上级补助资金 1,297.59 …).
            if (w > 0 && w + 2 < words.Count && ix.RowKindsOf(words[w].Value) is { Count: > 0 } kinds && IsCellFigure(words[w + 1].Value) && IsCellFigure(words[w + 2].Value)
                && (kinds.Any(k => k != "fundSource") || IsCellFigure(words[w - 1].Value)))
            {
                yield return words[w].Index;
            }
        }
    }

    /// <summary>
    /// Where a row's label (其中: perhaps before it) starts inside a word, right after a figure's digit, followed by a figure of
    /// its own or by nothing (a row of empty cells: …132.912上年结转资金 其他资金).
    /// </summary>
    private static int? GluedRowAt(string word, VocabularyIndex ix)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsAsciiDigit(word[i - 1]) || char.IsAsciiDigit(word[i]))
            {
                continue;
            }

            if (ix.RowLabelAt(word, i) is { } label && (label.End == word.Length || char.IsAsciiDigit(word[label.End])
                || (word[label.End] == ':' && (label.End + 1 == word.Length || char.IsAsciiDigit(word[label.End + 1])))))
            {
                return i;
            }
        }

        return null;
    }

    private static bool IsCellFigure(string word) => TableReader.IsEmptyMark(word) || CellFigure().IsMatch(word);

    /// <summary>
    /// The cells of a table copied onto one line (a page whose breaks were lost: 报表编号 | 部门预算项目支出绩效自评表 | … | 总额 |
    /// 238.93 | 251.89 | … | 其中:财政资金 | …): a line holding more bars than any row of a real table, each cell with the bar
    /// that closes it, as a page that puts one cell on a line has it (a bar with nothing before it is an empty cell), and the
    /// text after the last bar. Null when the line holds fewer bars.
    /// </summary>
    public static List<string>? JoinedCells(string text)
    {
        if (text.AsSpan().Count('|') < MinJoinedBars || text.AsSpan().Trim().Trim('|').Trim().Length == 0)
        {
            return null;
        }

        var cells = new List<string>();
        var start = 0;
        for (var bar = text.IndexOf('|'); bar >= 0; bar = text.IndexOf('|', start))
        {
            if (text.AsSpan(start, bar - start).Trim().Length > 0)
            {
                cells.Add(text[start..(bar + 1)].Trim());
            }

            start = bar + 1;
        }

        if (text[start..].Trim() is { Length: > 0 } rest)
        {
            cells.Add(rest);
        }

        return cells;
    }

    /// <summary>
    /// Where a title stands in a piece that is more than the title: a title word ending the piece or followed by a space,
    /// back to the start of its word, and further back over words while the title so far starts with its year (某某中心
    /// 2022 年整体…报告: the unit before a spaced year is the title's). A site's name before a title that starts with its
    /// unit stays out (某某市人民政府门户网站 某某局2022年度…报告).
    /// </summary>
    /// <summary>The mark of a text's first outline heading (一、).</summary>
    private const string FirstHeadingMark = "一、";

    private static (int From, int To)? RunOnTitle(string piece, IReadOnlyList<string> titleWords, Func<string, bool> isTitle, Func<string, bool>? isOpeningTitle)
    {
        foreach (var w in titleWords)
        {
            var to = piece.EndsWith(w, StringComparison.Ordinal) ? piece.Length : piece.IndexOf(w + " ", StringComparison.Ordinal) is var i and >= 0 ? i + w.Length : -1;
            if (to < 0 && BracketedTail(piece, w) is { } tailEnd)
            {
                // A title word followed by its bracketed subject (…自评报告(特殊教育公用经费补助资金)): the bracket is the title's.
                to = tailEnd;
            }

            // A title glued to the first heading of its text (…文档简介 1、某某馆…项目绩效自评报告一、项目概况…, a page run together)
            // after other words: its own line. A line that starts with such a title is left as written.
            var gluedToHeading = false;
            if (to < 0 && piece.IndexOf(w + FirstHeadingMark, StringComparison.Ordinal) is var glued and > 0)
            {
                to = glued + w.Length;
                gluedToHeading = true;
            }

            if (to < 0)
            {
                continue;
            }

            // The shortest title back over up to MaxTitleWords words (某某市2018年度部门整体支出 绩效评价自评报告), a word of
            // marks alone (>, |, •: a breadcrumb's or a list's) ending the search; then further back while it starts with its
            // year (某某中心 2022 年整体…报告). A title in the page's opening, before its first sentence (某某镇人民政府2024年度
            // 绩效自评报告 根据…; 首页 > 民生工程 某某县2021年…资金绩效自评报告 发布时间:…), is a title by its place, as a first
            // line is, when its words name a kind at all (isOpeningTitle).
            var from = WordStart(piece, to - w.Length);
            var found = false;
            for (var words = 1; words <= MaxTitleWords; words++)
            {
                if (IsTitleAt(piece, from, to, isTitle) || (isOpeningTitle is not null && IsTitleAt(piece, from, to, isOpeningTitle)))
                {
                    found = true;
                    break;
                }

                var before = WordBefore(piece, from);
                if (from == 0 || !piece.AsSpan(before, from - before).ContainsAnyExcept(Marks))
                {
                    break;
                }

                from = before;
            }

            // A cover run on into the title with no space (…主要负责人签字:某某2022年3月30日衡阳市某某局2021年度…自评报告一、…):
            // the title starts after the cover's date, the last one before it.
            if (!found && gluedToHeading && GluedDate().Matches(piece[from..(to - w.Length)]) is { Count: > 0 } dates
                && from + dates[^1].Index + dates[^1].Length is var afterDate && IsTitleAt(piece, afterDate, to, isTitle))
            {
                from = afterDate;
                found = true;
            }

            if (!found)
            {
                continue;
            }

            // A title spaced apart after its year (某某局 2022年财政衔接推进乡村振兴 补助资金项目绩效监控总结报告): the word that
            // opens with the year is the title's, and so (below) is the word before it.
            if (from > 0 && WordBefore(piece, from) is var yearWord && YearOpening().IsMatch(WordAt(piece, yearWord))
                && piece.AsSpan(yearWord, from - yearWord).IndexOfAny(SentenceMarks) < 0 && to - yearWord <= MaxTitleLength)
            {
                from = yearWord;
            }

            // Not back onto a date or a number of the page's metadata (发文日期 2022-08-05 2021年XX项目…报告): it is no title's.
            while (from > 0 && (char.IsAsciiDigit(piece[from]) || piece[from] == '年')
                && WordAt(piece, WordBefore(piece, from)).AsSpan().IndexOfAny(DateMarks) < 0)
            {
                from = WordBefore(piece, from);
            }

            // A unit's name spaced apart in the title (中国共产党某某区委员会 组织部 2022 年度…报告): a title that starts with a
            // short word of Chinese characters alone (组织部, 人民法院) takes the word of Chinese characters before it.
            if (from > 0 && WordAt(piece, from) is { Length: >= 2 and <= MaxUnitTailLength } head && head.All(TextNormalizer.IsCjk))
            {
                var before = WordBefore(piece, from);
                if (WordAt(piece, before) is { Length: >= 2 and <= MaxSiteNameLength } name && name.All(TextNormalizer.IsCjk) && to - before <= MaxTitleLength)
                {
                    from = before;
                }
            }

            if ((from > 0 || to < piece.Length) && !(gluedToHeading && from == 0))
            {
                return (from, to);
            }
        }

        return null;
    }

    /// <summary>
    /// The end of a title word's bracketed tail ending the piece or followed by a space, if any; brackets inside it are
    /// allowed when they close (…自评报告(2022年公共图书馆文化馆(站)免费开放市级补助经费)).
    /// </summary>
    private static int? BracketedTail(string piece, string w)
    {
        for (var at = piece.IndexOf(w, StringComparison.Ordinal); at >= 0; at = piece.IndexOf(w, at + 1, StringComparison.Ordinal))
        {
            var open = at + w.Length;
            if (open < piece.Length && piece[open] is '(' or '（' && MatchingClose(piece, open) is { } close and > 1
                && piece.AsSpan(open + 1, close - 1).IndexOfAny(SentenceMarks) < 0 && piece.AsSpan(open + 1, close - 1).IndexOfAny(Spaces) < 0
                && (open + close + 1 == piece.Length || char.IsWhiteSpace(piece[open + close + 1])))
            {
                return open + close + 1;
            }
        }

        return null;
    }

    /// <summary>Where the bracket opened at <paramref name="open"/> closes, relative to it, within MaxBracketLength; null when it does not.</summary>
    private static int? MatchingClose(string piece, int open)
    {
        var depth = 0;
        for (var k = open; k < Math.Min(piece.Length, open + MaxBracketLength); k++)
        {
            depth += piece[k] is '(' or '（' ? 1 : piece[k] is ')' or '）' ? -1 : 0;
            if (depth == 0)
            {
                return k - open;
            }
        }

        return null;
    }

    private static bool IsTitleAt(string piece, int from, int to, Func<string, bool> isTitle) =>
        to - from is >= MinTitleLength and <= MaxTitleLength && piece.AsSpan(from, to - from).IndexOfAny(SentenceMarks) < 0
        && Balanced(piece.AsSpan(from, to - from)) && isTitle(piece[from..to]);

    /// <summary>
    /// Every quote and bracket the words close they also open: words that close one they did not open (中共中央 国务院关于…的
    /// 意见》和《…》精神) start inside a quotation, no title or headline.
    /// </summary>
    private static bool Balanced(ReadOnlySpan<char> words)
    {
        foreach (var (open, close) in (ReadOnlySpan<(char, char)>)[('《', '》'), ('“', '”'), ('（', '）'), ('(', ')')])
        {
            var depth = 0;
            foreach (var c in words)
            {
                depth += c == open ? 1 : c == close ? -1 : 0;
                if (depth < 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Where the first chrome starter after a space stands in the piece (not at its start), if any.</summary>
    private static int? ChromeStart(string piece, IReadOnlyList<string> starters)
    {
        int? first = null;
        foreach (var s in starters)
        {
            // The starter's first word, its marks perhaps spaced off (首页 >> … for 首页>).
            var word = s.TrimEnd('>', '»') is { Length: > 0 } w ? w : s;
            for (var at = piece.IndexOf(word, 1, StringComparison.Ordinal); at > 0; at = piece.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if (word.Length < s.Length)
                {
                    var mark = piece.AsSpan(end).TrimStart(' ');
                    if (!mark.StartsWith(s.AsSpan(word.Length), StringComparison.Ordinal))
                    {
                        continue;
                    }

                    end = piece.Length - mark.Length + s.Length - word.Length;
                }

                if (char.IsWhiteSpace(piece[at - 1]) && (s.Length >= 3 || (end < piece.Length && piece[end] is ':' or '：')))
                {
                    first = first is { } f ? Math.Min(f, at) : at;
                    break;
                }
            }
        }

        return first;
    }

    /// <summary>Where a title stands after a piece of chrome (主题词 某某馆…自评报告(…), the title one word to the end), if anywhere.</summary>
    private static int? TitleAfterChrome(string piece, Func<string, bool> isTitle, Func<string, bool> isChrome, IReadOnlyList<string> unitSuffixes)
    {
        // The word right before the title is chrome of its own (主题词, 浏览量), or the title opens with its year after a chrome
        // line's value (时效性 有效 2018年某某院绩效自评报告): a title's own words spaced apart (某某局 2022年… 补助资金项目…报告)
        // are no chrome.
        // A unit's name before a title that opens with its year (…[ 有效性 ] 某某管理所 2023年度决算公开报告) is the title's.
        // A title that opens otherwise (…是否有效 有效 某某市某某项目绩效自评报告) stands after a chrome value, never after a year
        // (2022年度 某某…报告: the title's own words) or a breadcrumb's mark (首页 > 财政预决算: a page's section, no title).
        var at = piece.LastIndexOf(' ');
        var title = at > 0 ? piece[(at + 1)..] : string.Empty;
        var before = at > 0 ? WordAt(piece, WordBefore(piece, at)) : string.Empty;
        var afterValue = YearOpening().IsMatch(title) || (!YearOpening().IsMatch(before) && before.AsSpan().ContainsAnyExcept(Marks));
        return title.Length is >= MinTitleLength and <= MaxTitleLength && title.IndexOfAny(SentenceMarks) < 0 && isTitle(title)
            && (isChrome(before) || (afterValue && !unitSuffixes.Any(u => before.EndsWith(u, StringComparison.Ordinal)) && isChrome(piece[..at].Trim())))
            ? at + 1 : null;
    }

    /// <summary>
    /// Where a title opening with its year stands between spaces inside a piece of chrome, the words before it chrome and words
    /// after it (…返回上级 附表2 2022年度某某项目自评表 项目单位(盖章):…): its start and end, if anywhere.
    /// </summary>
    private static (int From, int To)? TitleInsideChrome(string piece, Func<string, bool> isTitle, Func<string, bool> isChrome, IReadOnlyList<string> titleWords)
    {
        foreach (Match m in SpacedWord().Matches(piece))
        {
            var end = m.Index + m.Length;
            // A document's name the page gives twice (its header, then the article's heading: 某某网站 2024年度…绩效评价报告 分享 时间:
            // 加入收藏 2024年度…绩效评价报告) is its title, though its words alone tell no kind.
            // (What stands before it is then the page's head, chrome or a site's name without a sentence's marks.)
            if (m.Index == 0 || end >= piece.Length || m.Length is < MinTitleLength or > MaxTitleLength || !YearOpening().IsMatch(m.Value)
                || m.Value.IndexOfAny(SentenceMarks) >= 0)
            {
                continue;
            }

            var head = piece[..m.Index].Trim();
            var twice = titleWords.Any(w => m.Value.EndsWith(w, StringComparison.Ordinal)) && piece.IndexOf(m.Value, end, StringComparison.Ordinal) > 0;
            if ((isTitle(m.Value) || twice) && (isChrome(head) || (twice && head.Length <= MaxTitleLength && head.IndexOfAny(SentenceMarks) < 0)))
            {
                return (m.Index, end);
            }
        }

        return null;
    }

    /// <summary>
    /// Where the first sentence starts in a piece of chrome: the first word after a space that holds a sentence's comma or
    /// full stop after Chinese text and runs on (近日,按照…; 根据《…》要求,我局…), not the chrome's own words (发布时间:…,
    /// 主题词:;决算;财政; 【字体:大 中 小】).
    /// </summary>
    private static int? SentenceAfterChrome(string piece)
    {
        foreach (Match m in SpacedWord().Matches(piece))
        {
            if (m.Index > 0 && m.Length >= MinSentenceWordLength && SentenceInWord().IsMatch(m.Value))
            {
                return m.Index;
            }
        }

        return null;
    }

    /// <summary>
    /// Where a cover's first key stands after a space in a piece of chrome (项目名称, 主管部门, 实施单位: a label of a field of
    /// words or codes, or a cover key), followed by a space as a table's cover cell is (a key with its colon, 部门: | 财政局 |, is
    /// the page's own metadata); null when there is none.
    /// </summary>
    private static int? CoverAfterChrome(string piece, VocabularyIndex ix)
    {
        foreach (Match m in SpacedWord().Matches(piece))
        {
            var end = ix.Labels.LongestAt(piece, m.Index) is { } label && label.Values.Any(e => e.Field is { Role: ValueRole.Text or ValueRole.Code }) ? label.End
                : ix.CoverKeys.LongestAt(piece, m.Index)?.End ?? -1;
            if (end > m.Index && end < piece.Length && piece[end] == ' ')
            {
                return m.Index;
            }
        }

        return null;
    }

    /// <summary>A word standing between spaces (or the piece's ends), its characters perhaps spaced (目 录).</summary>
    private static (int At, int Length)? StandingWord(string piece, string word)
    {
        for (var at = 0; at < piece.Length; at++)
        {
            // Its start: a space, the piece's start, or a cover's date glued to it (2022年11月目录一、…: normalising the spaced
            // 目 录 joined them), where the first entry's heading mark must follow.
            var dated = at > 0 && piece[at - 1] is '年' or '月' or '日';
            if (piece[at] != word[0] || (at > 0 && !char.IsWhiteSpace(piece[at - 1]) && !dated))
            {
                continue;
            }

            var i = at;
            var k = 0;
            while (i < piece.Length && k < word.Length && (piece[i] == word[k] || (k > 0 && piece[i] == ' ')))
            {
                k += piece[i] == word[k] ? 1 : 0;
                i++;
            }

            // Its end: a space, the piece's end, or the first entry's heading mark (目录一、基本情况: normalising the spaced
            // 目 录 joined them).
            if (k == word.Length && (dated ? HeadingStart().IsMatch(piece.AsSpan(i)) : i == piece.Length || char.IsWhiteSpace(piece[i]) || HeadingStart().IsMatch(piece.AsSpan(i))))
            {
                return (at, i - at);
            }
        }

        return null;
    }

    /// <summary>The space-delimited word that starts at position at.</summary>
    private static readonly System.Buffers.SearchValues<char> DateMarks = System.Buffers.SearchValues.Create("-/:：.");

    private static string WordAt(string piece, int at)
    {
        var end = piece.AsSpan(at).IndexOfAny(Spaces);
        return end < 0 ? piece[at..] : piece.Substring(at, end);
    }

    /// <summary>The start of the word before position at (the spaces before at skipped).</summary>
    private static int WordBefore(string piece, int at) => WordStart(piece, piece.AsSpan(0, at).TrimEnd().Length - 1);

    /// <summary>The start of the space-delimited word holding position at.</summary>
    private static int WordStart(string piece, int at)
    {
        if (at < 0)
        {
            return 0;
        }

        var space = piece.AsSpan(0, at + 1).LastIndexOfAny(Spaces);
        return space + 1;
    }

    private const int MinTitleLength = 8;

    // More bars than a row of any real table in the corpus has (at most 14, for 13 cells).
    private const int MinJoinedBars = 18;

    private const int MinHeaderRun = 3;

    // The column roles of a budget row's or an indicator row's header. A department's spending categories (基本支出 项目支出 …)
    // head a breakdown's columns and start no row.
    private static readonly HashSet<string> RowColumns = new(StringComparer.Ordinal)
    {
        "budget.initial", "budget.adjusted", "budget.executed", "budget.statedRatePercent", "weight", "score", "reason", "measure",
        "level1", "level2", "level3", "operator", "target", "unitOfMeasure", "actual", "received",
    };

    private const int MinSentenceWordLength = 16;

    /// <summary>The longest page chrome split off the sentence it runs on into when the whole would be too long for chrome.</summary>
    private const int MaxChromeHeadLength = 80;

    private const int MaxBracketLength = 32;

    private const int MaxTitleLength = 60;

    private const int MaxTitleWords = 4;

    private const int MaxSiteNameLength = 20;

    private const int MaxUnitTailLength = 4;

    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create(" \t\u3000>|•·/\\-—»›");

    private static readonly System.Buffers.SearchValues<char> LinkMarks = System.Buffers.SearchValues.Create(">|•·»›");

    private static readonly System.Buffers.SearchValues<char> Spaces = System.Buffers.SearchValues.Create(" \t\u3000");

    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("，。；：,;:");

    // A break: whitespace after a sentence's end (。；！？), or whitespace before an outline heading: 一、 （一） (一) or an
    // Arabic 1、 1. 1．that follows a sentence's end (an item opening with its year, 1.2021年第一批…, is one: no decimal
    // runs on into 年), or after a space that follows a closing bracket (二、绩效评价情况(分值100分,自评得分97分) 1、投入…:
    // a heading's bracketed note, then its first item). The match ends where the next line starts.
    [GeneratedRegex(@"(?<=[。；！？])\s+(?=\S)|\s+(?=第[一二三四五六七八九十]{1,3}[部章]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[（(][0-9]{1,2}[）)][\u4e00-\u9fff])|(?<=[。；：！？])\s*(?=[0-9]{1,2}(?:[、.．](?![0-9])|[.．](?:19|20)[0-9]{2}年))|(?<=[)）])\s+(?=[0-9]{1,2}[、.．][\u4e00-\u9fff])")]
    private static partial Regex LostBreak();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．][0-9]{1,2}(?![0-9.．%％])(?=[\u4e00-\u9fff])(?![万亿千百元个人年月日次项分倍]))\s*[^\s。，；：,;:0-9]{2,30}?[。:：]?\s+(?:(?=[0-9]{1,2}(?:[、.．](?![0-9])|[.．](?:19|20)[0-9]{2}年)|(?:19|20)[0-9]{2}年[^\s0-9])|(?![0-9年月万元%％.…·]))(?=\S)")]
    private static partial Regex HeadingRunOn();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[部章])")]
    private static partial Regex HeadingStart();

    [GeneratedRegex(@"^(?:[0-9]{1,2}\s*[、.．]|[一二三四五六七八九十]{1,3}\s*、|[（(][一二三四五六七八九十0-9]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[部章])")]
    private static partial Regex ListMark();

    /// <summary>A unit's name and a date closing a text after a space (… 某某镇人民政府 2025年12月30日).</summary>
    [GeneratedRegex(@"(?<=\S)\s+(?<name>\p{IsCJKUnifiedIdeographs}{4,30})\s+(?<date>(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)\s*$")]
    private static partial Regex TrailingSignature();

    /// <summary>A full date (2022年3月30日), as a cover's signature line ends.</summary>
    [GeneratedRegex(@"(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日")]
    private static partial Regex GluedDate();

    [GeneratedRegex(@"^(?:19|20)[0-9]{2}\s*年")]
    private static partial Regex YearOpening();

    [GeneratedRegex(@"(?<=\s)\S+")]
    private static partial Regex SpacedWord();

    [GeneratedRegex(@"\S+")]
    private static partial Regex SpacedWordAt();

    // A table cell's figure: digits with decimals or thousands separators, perhaps a percent, nothing else.
    [GeneratedRegex(@"^-?[0-9][0-9,]*(?:\.[0-9]+)?[%％]?$")]
    private static partial Regex CellFigure();

    // A sentence's comma or full stop after two Chinese characters, with more text after it; the sentence may open with a
    // run-in heading of six Chinese characters or more and its colon (…项目绩效自评综述:根据年初设定的绩效目标,…), never a
    // chrome label's (发布时间:, 主题词:).
    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}{6,}[:：])?[^:：|\[\]【】]*?\p{IsCJKUnifiedIdeographs}{2}[，,。](?=\S)")]
    private static partial Regex SentenceInWord();

    [GeneratedRegex(@"(\.{3,}|…{2,}|·{3,})\s*[0-9]{1,3}(?![0-9])")]
    private static partial Regex LeaderDots();

    [GeneratedRegex(@"(\.{3,}|…{2,}|·{3,})\s*[0-9]{1,3}\s*$")]
    private static partial Regex ContentsEntryEnd();
}
