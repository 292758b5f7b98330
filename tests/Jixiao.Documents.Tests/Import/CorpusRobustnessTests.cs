using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Documents.Import;
using Xunit.Abstractions;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// The development corpus rewritten as published copies of the same documents come (the forms of
/// scripts/reading/perturb-probe.py that the reader fully withstands): every headline fact read correctly from the original
/// is read correctly from the copy, and the copy adds no wrong or invented value. Unseen documents differ from the corpus
/// as much in how the copy reached us as in what they say; a rule tuned to one form of a text fails this test.
/// </summary>
public partial class CorpusRobustnessTests(ITestOutputHelper output)
{
    private static string Corpus => Path.Combine(Repo.Root, "testdata", "corpus");

    private static readonly Lazy<CorpusMeasurement> Original = new(() => CorpusMeasure.MeasureDirectory(Corpus));

    public static TheoryData<string, int, int> Forms => new()
    {
        // form, headline facts it may lose, wrong or invented values it may add (measured 4 December 2026 on 343 files:
        // chrome loses the three facts of one one-cell-a-line table; the other allowances are what the reader does not yet
        // withstand — lower them as it improves, never raise them without saying why; joined, every line of a page run
        // into one, lost 359 facts by the probe's count before lost line breaks were restored, 153 after, 128 once chrome
        // or a headline run on into the first sentence was cut off (139 and 29 by this test's count once a cover's name ran on
        // into the next cell was cut at it; joined 140 lost and spaced 12 lost when the originals' one-cell-a-line cover
        // amounts (实际支出 / (万元) / 55) were read: a fact gained in the original that those forms do not keep); wrapped, every
        // line hard-wrapped at 38 characters as a PDF's text is, lost 93 and added 52 wrong or invented values before
        // wrapped lines were joined, 60 and 15 after, 46 and 5 once bar rows cut in a cell, quoted titles closing at the
        // width, prose with spaced names and a next line opening with a pause (、) were joined too, 36 and 5 once a
        // paragraph was normalized whole; spaced, the characters of short label lines spaced out as PDF cells come,
        // measured 26 and 3 when added, 21 and 0 once spaced brackets with digits and two-character cells by a column gap
        // were collapsed, 17 and 0 once spaced amounts (4 7 5 3 . 6 6 万 元) were, 11 and 0 with signs in brackets
        // (( 2 0 分 * 执 行 率 )); cells, a bar-separated table copied one cell a line as web tables are, measured 16 and 6
        // when added; flat, a table's cells run on with single spaces as document-sharing pages copy them, 13 and 1 when
        // added, 12 and 0 once a seal mark after a name and a ticked option were no longer read into the unit, 4 and 0
        // (columns 10 → 2, tabs 4 → 0, cells 16 → 12) once a short budget row took the columns every fitting placement
        // agrees on; cells 12 and 6 then, 1 and 4 once a metadata label's value under it was chrome (chrome.yaml
        // valueBelow) and a header cell with a spaced note (得分 (20分*执行率)) stayed one cell, 1 and 1 once a score label in a
        // header run, a bare 部门 over a name without its region and a publisher's value above a title half were no longer read;
        // joined 138 and 29 then, 138 and 27 once a numbered item right after its heading (三、资金使用情况 1.某某经费。…) or
        // opening with its year (1.2021年第一批…) was cut to a line of its own, its figures the item's, 138 and 26 once a label
        // cell right after a header cell (指标说明及评分标准 | 自评得分 | 1 | 规划…) was a header run's, no label with a value,
        // 137 and 25 once a two-level heading run on into a sentence opening with its year (1.2部门支出描述 2018年度支出…)
        // was cut from it, so the sentence no longer read as a listed item's, 136 and 24 once a numbered item after a space
        // that follows a closing bracket (…(分值100分,自评得分97分) 1、投入…) started a line of its own; 140 and 25 when the
        // former held-out set v15 joined the corpus (367 files): its joined copies lose 4 facts and add 1 more; synonyms 18
        // and 1, joined 147 and 28, wrapped 41 and 6, spaced 12 and 1 when v16 joined (387 files: the same by the reader of
        // the eighth session's end, so its 20 files' copies, not the ninth session's rules, account for the rise); joined 147
        // and 32, wrapped 45 and 7 once v18 joined too (410 files; the probe gives the reader of the moment v18 joined as many
        // or more: joined 152 lost, wrapped 45); joined 148 and 32 once a sharing page's file name decided the kind over a
        // template cover below it (a joined copy has no file-name line: he-tangshan's kind, right in the original, stays wrong);
        // 149 and 33 once a compilation title's category no longer spoke against a kind (the joined copies of the two
        // compilations concerned keep the old kind: their title runs into the sample's text); joined 95 and 28 once a
        // table copied onto one line (more bars than any real row has) was read one cell a line and a line's pieces were
        // indexed as themselves, not by their shared file-line number (a label's value in the next piece was lost); joined 87
        // and 27 once a table whose cells were apart by spaces was cut at its header run and at its rows' labels (年度资金总额: 880
        // 880 880 10 10 其中:本年财政拨款 …) and a cover run on after chrome (字号: 打印 项目名称 …) at its first key; wrapped 47
        // and 7 then: the five facts the originals gained by those cuts (two scrambled PDF tables) are not gained in their
        // wrapped copies, whose lines are too short to be cut; synonyms 0 and 0 (from 18 and 1) once a header run whose cells
        // were run together took other units' wording of its cells (年初预算安排数, 全年实际支出数) as a whole cell does; joined 94
        // and 29, wrapped 51 and 7 once v20 joined (426 files): its joined and wrapped copies lose 7 and 4 facts and add 2 (a
        // sharing site's one-line table whose blurb lines run into its title; a report with its table run together); joined
        // 95 once an essay site's numbered sample (…【第二篇】) started a document of its own: the joined copy runs it into the text;
        // spaced 13 once an amount label alone on its line started a cell of its own (计划安排资金 / (万元) / 55 under a long cell):
        // the fact gained in the original is not gained where the label's characters are spaced; joined 96 once 下拨 stated a
        // budget (the joined copy of that page reads no kind, so none of its facts); joined 107 and 32 once v19 joined (450
        // files: its 24 files' joined copies lose 11 facts and add 3); joined 107 and 35 once v21 joined (472 files: the joined
        // copy of a transfer report written in parts, one per fund, loses the part heading that withholds the first part's
        // budget, spending and rate from the whole report); joined 114 and 37, chrome 4, cnyear 1 and cells 2 and 2 once v23
        // joined too (496 files): the probe gives the session's starting reader the same losses and additions on those forms
        // (a goal table's and a project table's chrome-like lines, a Chinese-numeral year, two kinds in one-cell-a-line copies);
        // wrapped 52 and 8, joined 118 once Fujian's department table was read by its layout (fj-dept-funds): the wrapped copy
        // cuts 99.92 at the width, and 99.9 still fits the rate's identity; the joined copy runs the table into one line, so
        // the four facts the original gains are lost there; wrapped 55 and 9 once v22 joined (520 files; the reader of the
        // moment v22 joined gives the same losses on the probe); joined 120 and synonyms 1 and 1 once v27 joined (532 files,
        // the reader unchanged: its joined copies lose 2 facts; one page holds two titles, a 项目…绩效自评表 and the form's
        // 转移支付…自评表, whose kinds tie when 绩效自评表 becomes 绩效自我评价表, and the tie goes to the project table); joined
        // 125 once v28 joined (551 files: the probe gives the session's starting reader 135 facts lost or changed on joined
        // copies and the reader of the moment 134); joined 127 and 39, columns 3 and 1, flat 4 and 1 once v31 joined (568 files,
        // thirteenth session: the probe script gives the session's starting reader the same losses on those 568 files' joined,
        // columns and flat copies as the reader of the moment — 136, 4 and 5 by its count — so the change comes from the new
        // files; columns and flat both read 重庆市开州区民政局 from a table's title where the original's cell gives the text's
        // typo 开州区区民政局); joined 115 and 38 once a run-on page's title after its metadata date (发文日期 2022-08-05
        // 2021年XX项目…自评报告) stayed a title, and the first piece of a run-on line naming a self-evaluation became its title;
        // joined 115 and 39 once v32 joined (591 files: its joined copies add one wrong value); joined 119 and 40 once a text
        // stating its self-evaluation took its kind at selfEvaluationActThreshold: the four facts a bureau's untitled-kind
        // report gains are not gained in its joined copy, which reads another kind; joined 120 once the one amount a stated
        // rate proves became the budget where no budget label stands: the same report's budget, again not in its joined copy;
        // joined 120 and 43 once v34 joined (611 files: a Traditional-script table's joined copy reads another kind, a
        // rectification report's another unit and year), wrapped 56 when a header cell's note on its own line stopped ending a
        // table: the three figures a table gains by it are not gained in its wrapped copy; wrapped 58 once v35 joined (631
        // files: a Traditional-script mirror's wrapped copy reads its language switch 中文版 | 蒙文版 into the title's unit, a
        // mirror's wrapped title loses its unit); wrapped 62 and 12 once v36 joined (651 files: a department report's wrapped
        // copy splits into two documents, a sharing site's wrapped copy reads another unit; four of their facts are lost wrapped);
        // tightened at the fourteenth session's end (651 files) to joined 109 and 40, wrapped 58 and 12: run-on pages keep
        // their signature, nested title brackets, metadata values, titles after a metadata label and shared files' names,
        // and a header cell cut by a wrap is joined.
        // Fifteenth session: 672 files once v39 and v40 joined — joined 123 and 42, wrapped 58 and 13, spaced 15 and 1; joined 124 once a unit written again without its region was read once, 113 and 41 once a title glued to its first heading (…自评报告一、项目概况) after other words was cut out, 109 once a title right after a chrome label of its own (主题词) was, 103 and 38 once a title opening with its year after a chrome value (时效性 有效 2018年…报告) was; 100 and 37 at the end of the session's reading rules. The cells, wrapped and synonyms copies each lose one more fact: a score read since (a total row under a score column alone, 自评得分 without 分) that those copies do not gain. 705 files once v42 and v44 joined: cells 3 and 4, joined 105 and 40, flat 5, wrapped 64 and 19.
        // Sixteenth session: 737 files once v45–v47 joined — joined 112 and 46, flat 6 and 2 (the probe script gives the reader of the moment they joined 125 facts lost or changed on joined copies against 115 on the 705 files before, and flat 6: the new files' copies; the session's rules since add 2 on joined, facts the originals gain that their joined copies do not); wrapped 60 and 14. Joined 112 and 47 once a page's author line (作者) named the unit: a county portal's page of a bureau's final accounts, posted by the finance bureau (作者:某某县财政局), reads the bureau's own name from its title in the original, but its joined copy runs the title into the chrome and takes the author.
        // 748 files once v48 and v49 joined at the session's end: joined 113 and 49, flat 6 and 3, tabs 0 and 1, columns 3 and 2, cells 4 and 8, synonyms 4 and 3 — mostly the new files' copies (a results summary's copies that split into two documents or read a unit in a tab-separated line, an essay sample's and a score table's synonym copies that read another kind). Joined 114 and wrapped 61 once a cover's author with the date in brackets signed the report and a formula after a rate's label was skipped: one fact each that the originals gain and their joined and wrapped copies do not.
        // Seventeenth session: 790 files once v51–v54 joined — joined 122 and 56, wrapped 67 and 15, flat 10, synonyms 7 and 5, cells 5 and 9, spaced 16, cnyear 3: the losses of the files there before are unchanged on flat, synonyms and cnyear (the new ones are a Hunan form's years written 二〇一九年 in copies, a Yunnan project table's flat copy, a Hainan report's synonym copy).
        // 845 files once v55–v58, v60 and v62 joined at the session's end: joined 133 and 57, wrapped 76 and 17, cells 6 and 10 — the new files' copies (the other forms' losses unchanged).
        // Eighteenth session: 972 text files once v65–v72 and v74–v76 joined (105 files) — joined 161 and 74, wrapped 85, cells 8 and 12, flat 11 and 4, spaced 18 and 2: the new files' copies, mostly joined pages losing a signature or a chrome label run into their one line; the synonyms copies gave 11 and 8 under a first version of the session's generic-title rule (自我评价报告 was not a generic cue) and are back to 7 and 5.
        // Nineteenth session: 1,025 text files once v80–v91 joined (53 files) — joined 172 and 80, wrapped 89 and 19, spaced 20: the new files' copies (a sharing page's preview run into one line, a portal's metadata row joined to its title), the other forms' losses unchanged. Joined 175 and 77, spaced 22 once a sharing site's download box, menu and preview marks (第3页 / 共15页) became chrome: the originals gain their titles (kind, year, unit of three files), their joined and spaced copies, whose marks are run together or spaced out, do not.
        // Twentieth session: 1,111 text files once v95–v108 joined (82 files) — joined 184 and 78, wrapped 91, spaced 20 and 3, cells 6 and 10: the new files' copies (joined pages whose title runs into chrome, a table cut by the width), net of the session's run-on and spaced rules (a title a run-on head gives twice, a bare kind's name under a metadata label as chrome, a row's figures going on after the width, a letter-spaced score line: joined 3220 → 3225 correct, spaced 3364 → 3366 by the probe's count). Joined 186 and cells 7 once a results summary (…自评结果汇总表) and a department's goal table (部门整体支出绩效目标表) read as 其他: the originals gain their kind (and the summary its year), the joined copies and the summary's one-cell-a-line copy do not.
        // Twenty-first session: 1,133 text files once v111 and v112 joined (22 files) — joined 189 and 78, wrapped 90, spaced 19, cells 7 and 9, chrome 7: the new files' copies (a final-accounts page split in two whose chrome copy loses its first part's kind and year, a project table's figures), and a breadcrumb column's unit now written in full from the text (重庆市大足区…管理委员会), which the chrome copy, its breadcrumb pushed below the first twelve lines by the added header, and the joined copy do not gain.
        // 1,156 text files once v113–v116 joined (23 files): joined 195 and 81, wrapped 92 and 20 — the new files' copies; chrome 5 once a contents entry stopped splitting a final-accounts page (its chrome copy no longer loses the first part's kind and year).
        // 1,182 text files once v118–v122 joined (26 files): joined 201, wrapped 93 and 21 — the new files' copies.
        // Flat 14, columns 6, tabs 3 and joined 82 once a web table's cells one a line with their bars (计划安排资金 (万元) | / 2,489.4 |) gave their amounts: three Hunan project forms gain their budgets (and spending) in the originals, which their copies without the bars (run on with spaces, tabs or columns) do not.
        // Joined 83 and wrapped 22 once the cycle's other documents (…结果应用, 整改, 事前绩效评估, 绩效监控 in a title) spoke against the self-evaluation kinds: a results summary's first part is no longer read as a project report in the original (refused, honestly), while its joined and wrapped copies, whose titles run into other words, still read it so — the same mistake the original made before, now counted against the copies.
        // Twenty-third session: 1,243 files once v140–v143 joined; joined 197 and 85, wrapped 89 and 22, spaced 19 and 3 once page
        // chrome run on into a long first sentence was split off, an Arabic-numbered subheading after a space started a line, 时间:
        // started a chrome line, a label ending its line read the next line's first cell and the outline kind cues read untitled
        // bodies in every form (lowered from 202/86, 93/22 and 19/4).
        { "trad", 0, 0 },
        { "fullwidth", 0, 0 },
        { "halfwidth", 0, 0 },
        { "crlf", 0, 0 },
        { "cnyear", 3, 0 },
        { "chrome", 4, 0 },
        { "yuan", 1, 0 },
        { "tabs", 3, 1 },
        { "columns", 6, 2 },
        { "flat", 16, 6 },
        { "synonyms", 7, 5 },
        // joined 197 → 198 and wrapped 89 → 90 lost in the twenty-fourth session: eleven documents joined the corpus (v145, v147,
        // v148), and one fact of each of two of them is lost in that copy (a Traditional-script mirror's unit once joined, a
        // transfer report's unit once wrapped); no rule made an older file worse. Joined 85 → 84 added after the session's kind rules.
        // Twenty-fifth session: joined 198 → 196 lost and 84 → 81 added (a government page's metadata labels and reading aids are
        // chrome, a title after a chrome value is its own line) though 23 documents joined (v150–v153, v155–v159); wrapped
        // 90 → 91 lost: one of them (a street office's report, v151) loses its kind once wrapped, no older file is worse.
        // Twenty-sixth session: 30 files joined (v162, v165–v168, v171–v177, v179) — joined 196 → 204 lost and 81 → 85 added,
        // spaced 19 → 22 lost. By the probe script the new files' copies account for 7 of the joined changes (3 facts lost, 4
        // wrong: a provincial poverty office's three reports to 财政部, transfer reports in the original, keep the project reading
        // once joined) and all 3 of the spaced ones (two Henan pages' units, a Xiangtan cover's budget read from its cells one a
        // line, 年度预算金额 | / 1045.99万元 |, whose label the spaced copy letter-spaces); the rest of the joined rise are facts the
        // originals gain by the session's rules (money keys over their amounts, initial-budget labels) that joined copies do not.
        // Joined 206 and spaced 23 once a line opening with a short key and its colon (申报金额:93万元) stopped continuing the line
        // before it: a review form's unit and a project table's total score are gained in the originals, not in those copies.
        // Twenty-seventh session: 231 files joined (v183, v189–v200, most of them look-alikes: final accounts, budgets, news). On the
        // files that were already here no form is worse (joined 206 → 202 lost, 85 → 84 added, once a letter's signature run on at
        // the end of a joined text was cut off; chrome 5 → 4 lost; wrapped, spaced, flat and cells as before); the rises are the
        // new files' copies: joined +19 lost and +13 added, wrapped +4 and +2, spaced +5 and +3, flat +2 and +1, cells +1 added.
        // Thirty-first session: joined 221 → 214 lost once a heading glued to the sentence after it (二、预算执行情况本年度总预算…)
        // stopped blocking the figure as an unknown item's and a unit label's value ended at the next heading's number.
        // Thirty-fourth session: 28 look-alikes joined (v203); their copies lose one fact wrapped and two spaced (units of a
        // notice and of a final account). Joined +1 lost and +3 added: a project table's two forms joined on one line, whose second
        // table's total row (30 30 10 100% 99: a score above its weight) is now read by its rate alone — in the joined copy the
        // reading lands in the first form's document. Joined 216 lost once budgets' contents read as 其他 (部门预算表, 收支总表): a
        // health centre's budget, now read for its kind, gains its unit from a body sentence in the original only.
        // Thirty-fifth session: 31 look-alikes joined (v204, budgets and final accounts); their copies lose 9 facts (a budget's
        // kind, unit and year wrapped and again in a PDF mirror's budget, a notice's unit joined and spaced, a budget's unit):
        // joined +2, wrapped +6 and +2 added, spaced +1. The session's reading rules touch only sections (no headline fact).
        // v205 (14 look-alikes) joined after: a goal table's flat copy (cells joined by spaces) reads a wrong unit, flat +1 added.
        { "joined", 218, 100 },
        { "wrapped", 102, 26 },
        { "spaced", 31, 6 },
        { "cells", 9, 11 },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void DevelopmentCorpus_InAnotherForm_ReadsTheSameHeadlineFacts(string form, int allowedLost, int allowedAdded)
    {
        var dir = Directory.CreateTempSubdirectory("jixiao-form-");
        try
        {
            foreach (var file in Directory.GetFiles(Corpus))
            {
                var name = Path.GetFileName(file);
                if (name.EndsWith(".expected.yaml", StringComparison.Ordinal))
                {
                    File.Copy(file, Path.Combine(dir.FullName, name));
                }
                else if (name.EndsWith(".txt", StringComparison.Ordinal) && File.Exists(file[..^4] + ".expected.yaml"))
                {
                    File.WriteAllText(Path.Combine(dir.FullName, name), Rewrite(form, File.ReadAllText(file, Encoding.UTF8)), new UTF8Encoding(false));
                }
            }

            var copy = CorpusMeasure.MeasureDirectory(dir.FullName);
            Assert.Empty(copy.Problems);
            var before = Headline(Original.Value);
            var after = Headline(copy);
            var lost = before.Where(o => o.Value == Verdict.Correct && after.GetValueOrDefault(o.Key) != Verdict.Correct).Select(o => o.Key).Order(StringComparer.Ordinal).ToList();
            var added = after.Where(o => o.Value is Verdict.Wrong or Verdict.Invented && before.GetValueOrDefault(o.Key) != o.Value).Select(o => $"{o.Value} {o.Key}").Order(StringComparer.Ordinal).ToList();
            output.WriteLine($"{form}: {lost.Count} lost, {added.Count} wrong or invented added");
            lost.ForEach(l => output.WriteLine("  lost " + l));
            Assert.True(added.Count <= allowedAdded, $"{form}: {added.Count} wrong or invented values added (allowed {allowedAdded}): {string.Join("；", added)}");
            Assert.True(lost.Count <= allowedLost, $"{form}: {lost.Count} headline facts lost (allowed {allowedLost}): {string.Join("；", lost)}");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static Dictionary<string, Verdict> Headline(CorpusMeasurement m) =>
        m.Outcomes.Where(o => o.Field != "sections").GroupBy(o => $"{o.Document} {o.Field}").ToDictionary(g => g.Key, g => g.First().Verdict, StringComparer.Ordinal);

    private static string Rewrite(string form, string text) => form switch
    {
        "trad" => Traditional(text),
        "fullwidth" => string.Concat(text.Select(c => c is (>= '0' and <= '9') or '.' or '%' ? (char)(c + 0xFEE0) : c)),
        "halfwidth" => string.Concat(text.Select(c => c switch { '，' => ',', '：' => ':', '（' => '(', '）' => ')', '；' => ';', '％' => '%', '．' => '.', _ => c })),
        "crlf" => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal),
        "cnyear" => YearBefore年().Replace(text, m => string.Concat(m.Value.Select(d => "〇一二三四五六七八九"[d - '0']))),
        "yuan" => WanYuan().Replace(text, m => (decimal.Parse(m.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) * 10000m).ToString("#,##0.00", CultureInfo.InvariantCulture) + "元"),
        "tabs" => CellBar().Replace(text, "\t"),
        "wrapped" => string.Join('\n', text.Split('\n').SelectMany(l => l.Chunk(38).Select(c => new string(c)).DefaultIfEmpty(string.Empty))),
        "spaced" => string.Join('\n', text.Split('\n').Select(l => l.Trim() is { Length: > 0 and <= 12 } s && s.Any(c => c is >= '\u4e00' and <= '\u9fff') ? string.Join(' ', s.ToCharArray()) : l)),
        "cells" => string.Join('\n', text.Split('\n').SelectMany(l => l.Count(c => c == '|') >= 2
            ? l.Trim().Trim('|').Split('|').Select(c => c.Trim()).Where(c => c.Length > 0).Append(string.Empty)
            : [l])),
        "joined" => string.Join(' ', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)),
        "columns" => CellBar().Replace(text, "   "),
        "flat" => CellBar().Replace(text, " ").Replace("\n ", "\n", StringComparison.Ordinal),
        "synonyms" => Synonyms.Aggregate(text, (t, p) => t.Replace(p.Of, p.As, StringComparison.Ordinal)),
        "chrome" => "网站首页 | 政务公开 | 政务服务 | 互动交流\n无障碍浏览  长者模式  登录  注册\n当前位置：首页 > 政务公开 > 财政信息\n【字体：大 中 小】 【打印本页】 【关闭窗口】\n分享到：\n"
            + text + "\n相关链接\n上一篇：关于做好信息公开工作的通知\n下一篇：无\n网站地图 | 联系我们 | 隐私声明\n技术支持：某某网络科技有限公司",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
    };

    private static readonly Lazy<Dictionary<char, char>> SimplifiedToTraditional = new(() =>
    {
        // The reverse of the reader's own table (its first Traditional form of each Simplified character).
        var map = new Dictionary<char, char>();
        var table = Path.Combine(Repo.Root, "src", "Jixiao.Documents", "Import", "Data", "ts-characters.txt");
        foreach (var line in File.ReadLines(table, Encoding.UTF8).Where(l => !l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 2 && parts[0].Length == 1 && parts[1].Length == 1)
            {
                map.TryAdd(parts[1][0], parts[0][0]);
            }
        }

        return map;
    });

    private static string Traditional(string text)
    {
        var map = SimplifiedToTraditional.Value;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(map.GetValueOrDefault(c, c));
        }

        return sb.ToString();
    }

    // Wordings other units use for the same thing (each seen in published documents), as in scripts/reading/perturb-probe.py.
    private static readonly (string Of, string As)[] Synonyms =
    [
        ("预算执行率", "资金执行率"), ("全年执行数", "全年实际支出数"), ("年初预算数", "年初预算安排数"), ("自评得分", "自评分数"),
        ("绩效自评报告", "绩效自我评价报告"), ("绩效自评表", "绩效自我评价表"), ("实际支出", "实际使用"), ("执行率为", "执行率达"),
    ];

    [GeneratedRegex(@"(?<![0-9.,])([0-9][0-9,]*(?:\.[0-9]+)?)万元", RegexOptions.CultureInvariant)]
    private static partial Regex WanYuan();

    [GeneratedRegex(@" *\| *", RegexOptions.CultureInvariant)]
    private static partial Regex CellBar();

    [GeneratedRegex("(?<![0-9.])20[0-9]{2}(?=年)", RegexOptions.CultureInvariant)]
    private static partial Regex YearBefore年();

    [Fact]
    public void Rewrite_Forms_ChangeTheText()
    {
        Assert.Equal("預算執行率", Rewrite("trad", "预算执行率"));
        Assert.Equal("二〇二二年度", Rewrite("cnyear", "2022年度"));
        Assert.Equal("９５．５％", Rewrite("fullwidth", "95.5%"));
        Assert.Equal("a\r\nb", Rewrite("crlf", "a\nb"));
        Assert.Equal("1,234,500.00元", Rewrite("yuan", "123.45万元"));
        Assert.Equal("全年实际使用数\t分值", Rewrite("tabs", Rewrite("synonyms", "全年执行数 | 分值"))); // replacements apply in order, as in the probe
    }
}
