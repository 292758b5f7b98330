using System.Globalization;
using Jixiao.Documents.Import;
using Jixiao.Domain;
using Jixiao.Domain.Checks;

namespace Jixiao.Documents.Reading;

/// <summary>
/// Label → value within one clause, cell or row, whatever the sentence shape: every label of the
/// vocabulary found in a piece of text takes the first value of its role that follows it in the
/// same clause (no sentence end, no other label in between, within the label's gap). A subject
/// right before a budget label qualifies it (基本支出预算数); figures of a named item (党建经费项目预算数)
/// become stated rates of that item, not the department's; figures of another year, of income or
/// of next year are not the document's. Approximate figures are kept as text, flagged.
/// </summary>
internal sealed partial class ClauseReader(ReadContext ctx)
{
    private readonly VocabularyIndex ix = ctx.Index;
    private readonly ReadingVocabulary v = ctx.Index.Vocabulary;

    /// <summary>The units a figure ends with: money units (not 万 alone) and the rate and score suffixes.</summary>
    private readonly string[] figureUnits = [.. ctx.Index.Vocabulary.MoneyUnits.Where(m => !m.Standalone).Select(m => m.Unit)
        .Concat(ctx.Index.Vocabulary.RoleSuffixes.Values.SelectMany(x => x))];
    private readonly DocBuilder b = ctx.Builder;

    /// <summary>A piece of text and how to map its offsets back to source lines.</summary>
    public sealed record Piece(string Text, Func<int, int, SourceRef> Locate, bool Cells, bool ChromeOnly, int LastLineIndex);

    /// <summary>What a sentence's figures belong to.</summary>
    private sealed class SubItem
    {
        public required string Name { get; init; }

        public decimal? Budget { get; set; }

        public decimal? Executed { get; set; }

        public decimal? Rate { get; set; }

        public SourceRef? Source { get; set; }
    }

    public void Read(Piece piece)
    {
        var text = piece.Text;
        if (text.Length == 0)
        {
            return;
        }

        if (!piece.ChromeOnly)
        {
            pieces.Add(piece);
        }

        var hits = ix.Labels.FindAll(text, m => Accept(text, m, piece.ChromeOnly));
        if (hits.Count == 0 && !text.Contains(TextNormalizer.Ticked, StringComparison.Ordinal))
        {
            return;
        }

        // (A web table's cell one a line keeps its bar, 计划安排资金 (万元) | / 2,489.4 |: a row of one cell is such a line too.)
        if (!piece.ChromeOnly && (!piece.Cells || OneCell(text)) && hits.Count == 1 && (ReadCellBelow(piece, hits[0]) || ReadAmountBelow(piece, hits[0])))
        {
            return;
        }

        var numbers = NumberScanner.Scan(text, v);
        var sentenceStart = 0;
        SubItem? sub = null;
        var blocked = false;
        // The label of scores listed part by part in this sentence (产出指标自评得分50分、效益指标自评得分30分…), when they blocked it.
        string? listedScoreLabel = null;
        var afterAddition = false;
        decimal? addition = null;
        // The budget read in this sentence from a label of the whole year's money, with where its label starts.
        (NumberToken Token, int LabelStart, string How, int Priority)? sentenceBudget = null;
        (int Start, int End, decimal Rate, string? Source)? sentenceRate = null;
        // 1.青少年管理事务工作经费。该项目财政拨入资金30万元…: a paragraph that opens with a listed item's name is that item's.
        var listedItems = OpensWithListedItem(text);
        SubjectLabel? sentenceSubject = null;
        for (var h = 0; h < hits.Count; h++)
        {
            var hit = hits[h];

            // A new sentence resets the subject.
            var end = LastSentenceEnd(text, sentenceStart, hit.Start);
            if (end >= 0)
            {
                FlushSub(sub);
                sub = null;
                blocked = false;
                listedScoreLabel = null;
                afterAddition = false;
                addition = null;
                sentenceBudget = null;
                sentenceSubject = null;
                sentenceStart = end + 1;
            }

            var fields = hit.Values.Where(e => e.Field is not null).Select(e => e.Field!).ToList();
            var subject = hit.Values.FirstOrDefault(e => e.Subject is not null)?.Subject;
            var next = h + 1 < hits.Count ? hits[h + 1] : (PhraseMatch<LabelEntry>?)null;
            if (fields.Count == 0 && subject is not null)
            {
                // A subject whose figure follows directly (基本支出：642.19万元) takes its default measure.
                var qualifiesNext = next is { } n && n.Values.Any(e => e.Field is not null) && Gap(text, hit.End, n.Start) <= 2;
                if (!qualifiesNext && subject.Default is not null && VocabularyLoader.KnownSubjects[subject.Subject] is { } target)
                {
                    var token = FindNumber(text, hit.End, NextStart(hits, h, text), 6, ValueRole.Amount, bare: false, piece.Cells, numbers);
                    // (基本支出	1000.00	1000.00	990.00	99.00%: a subject cell followed by a row of figure cells is a table's row.)
                    if (token is not null && !OtherYear(text, sentenceStart, hit.Start) && !(piece.Cells && RowOfFigures(text, token, numbers)))
                    {
                        SetNumber(piece, $"{target}.{subject.Default}", token, ValueRole.Amount, $"主体“{subject.Text}”（{subject.Origin}）", 5);
                        if (ctx.IsProject && subject.Subject == "project" && subject.Default == "executed" && (hit.Start == 0 || !TextNormalizer.IsCjk(text[hit.Start - 1]) || v.ProjectDemonstratives.Any(d => text.AsSpan(0, hit.Start).EndsWith(d, StringComparison.Ordinal)))
                            && !v.GoalWords.Any(w => text.AsSpan(sentenceStart, hit.Start - sentenceStart).Contains(w, StringComparison.Ordinal)))
                        {
                            // (…整体支出绩效目标:资金总额…万元,…,项目支出102万元: a figure of a sentence that states goals is planned, not spent.)
                            // 该项目支出4.37万元, 本项目支出…: the project the report is about, pointed at.
                            // 参与绩效评价的项目共4个,项目支出609.74万元: in a project's own report the projects' spending is the
                            // document's (not when a word qualifies it: 财政拨款项目支出15万元 is a part). Weaker than any executed label.
                            SetNumber(piece, "budget.executed", token, ValueRole.Amount, $"项目报告中的主体“{subject.Text}”（{subject.Origin}）即项目的执行数", 2);
                        }
                    }
                }

                if (subject.Subject is "income" or "other" && next is { } after && Gap(text, hit.End, after.Start) <= 2
                    && text.AsSpan(hit.End, Math.Max(0, after.Start - hit.End)).IndexOfAny(",，;；。") < 0)
                {
                    // (Not across a clause mark: …收入合计2024.05万元(均为一般公共预算收入),财政拨款支出合计…: the next clause's own.)
                    // 收入预算数, 下年预算: the next label's figure is not the document's budget.
                    h++;
                }

                continue;
            }

            // Qualified by the subject right before it?
            var previous = h > 0 ? hits[h - 1] : (PhraseMatch<LabelEntry>?)null;
            SubjectLabel? qualifier = null;
            if (previous is { } p && p.Start >= sentenceStart && Gap(text, p.End, hit.Start) <= 1 && p.Values.FirstOrDefault(e => e.Subject is not null)?.Subject is { } ps)
            {
                qualifier = ps;
                sentenceSubject = ps.Subject is "project" or "income" or "other" ? null : ps;
            }
            else if (sentenceSubject is not null && fields.Any(f => f.Field is "budget.adjusted" or "budget.initial" or "budget.executed" or "budget.statedRatePercent"))
            {
                // 公用经费预算数1711.84万元,实际执行1608.57万元(,完成预算的94%): the sentence's later figures are the same part's.
                qualifier = sentenceSubject;
            }

            foreach (var label in fields.OrderByDescending(f => f.Priority))
            {
                if (label.Prose && piece.Cells)
                {
                    // 项目得分 in a row of cells is one project's or one indicator's column, not the document's score.
                    continue;
                }

                switch (label.Role)
                {
                    case ValueRole.Text or ValueRole.Code:
                        ReadText(piece, hit, label);
                        continue;
                    case ValueRole.Grade:
                        ReadGrade(piece, hit, label, numbers, NextStart(hits, h, text));
                        continue;
                    default:
                        break;
                }

                if (piece.ChromeOnly)
                {
                    continue;
                }

                if (piece.Cells && InHeaderRun(text, hit))
                {
                    // 指标说明及评分标准 | 自评得分 | 1 | 规划…; 预算数 | 执行数 | 执行率 | 100 | 90 | 90%: a label cell right after a
                    // header cell, no value between, is a header run's; the cell after it is the first row's, not its value.
                    continue;
                }

                // (A formula in brackets right after the label, 执行率(当年预算支出数/当年预算计划数)87.4%, holds labels of its own: the
                // value is looked for after it.)
                var formulaEnd = FormulaBracketEnd(text, hit.End, Math.Min(text.Length, hit.End + 60));
                var stop = formulaEnd > hit.End ? hits.Where(x => x.Start >= formulaEnd).Select(x => x.Start).DefaultIfEmpty(text.Length).First() : NextStart(hits, h, text);
                if (label.Field is "budget.adjusted" or "budget.initial" or "budget.executed" && !piece.Cells && MaskedAmount(text, hit.End, label.Gap))
                {
                    // 下达给我单位资金 点击查看>> 万元,其中…2.35万元: the label's amount is hidden; a later number is not it.
                    if (label.Field == "budget.adjusted")
                    {
                        maskedBudget ??= $"第 {piece.Locate(hit.Start, hit.End - hit.Start).Line} 行“{text[hit.Start..Math.Min(text.Length, hit.End + 12)]}…”";
                    }

                    continue;
                }

                var token = FindNumber(text, RecipientEnd(text, hit.End, stop, label), stop, label.Gap, label.Role, label.Bare || piece.Cells && IsWholeCell(text, hit) || KeyedScore(text, hit, label, piece.Cells) || KeyedAmount(text, hit, label, stop, numbers), piece.Cells, numbers, StatesOwnUnit(label))
                    ?? LabelUnitNumber(text, hit.End, stop, label, piece.Cells, numbers);
                if (token is null && label.Field == "budget.executed" && GluedExecutedAndRate(piece, hit, label, numbers))
                {
                    continue;
                }

                if (token is null)
                {
                    ReadInequalityText(piece, hit, label);
                    continue;
                }

                if (OtherYear(text, sentenceStart, hit.Start))
                {
                    continue;
                }

                // The words between the label and its amount (下达各市,包括发展资金18377万元: 各市,包括发展资金), which the checks
                // below look into.
                var gapLength = Math.Max(0, token.Start - hit.End);
                bool GapHolds(IReadOnlyList<string> words) => GapContainsAny(text, hit.End, gapLength, words);

                if (label.Field is "budget.adjusted" or "budget.initial" && SpentInGap(text.AsSpan(hit.End, gapLength)))
                {
                    // 2020年公共预算财政拨款支出1386.33万元: a budget word that only qualifies the spending named between it and the
                    // amount (一般公共预算财政拨款支出) labels the money spent, never the budget. (支付 is no such word: 下达…转移支付
                    // 资金755.19万元 names the kind of money; nor is a spending word inside a fund's name: 财政下达红十字事业支出专项资金
                    // 28万元, the words after it ending as a fund's name does.)
                    continue;
                }

                if ((label.Field is "budget.adjusted" or "budget.initial" && SourceInGap(text.AsSpan(hit.End, gapLength)))
                    || (label.Field is "budget.executed" && IsFundSource(text.AsSpan(hit.End, gapLength).Trim())))
                {
                    // 2023年年初预算县级资金1887.85万元: one level's money (fundSources + 资金) named between the label and the amount
                    // is that level's part of the budget, not the budget.
                    continue;
                }

                if (label.Field is "budget.adjusted" or "budget.initial" && !piece.Cells && token.Value == 0)
                {
                    // 上年年初预算安排 0 万元 (a "三公" item's line in a department's report): a budget of nothing written in a
                    // sentence is one category's, never the document's. (A form's cell, 年初预算数 0, is read with its table.)
                    continue;
                }

                if (label.Field is "budget.adjusted" or "budget.initial" or "budget.executed"
                    && GapHolds(v.BreakdownWords))
                {
                    // 我省于2016年7月26日下达各市,包括发展资金18377万元,国有贫困农场资金302万元…: a breakdown opened between the label and
                    // the amount (breakdownWords) makes the amount one of the parts, never the whole.
                    continue;
                }

                if (label.Field is "budget.adjusted" or "budget.initial" && (GapHolds(v.ReceivedWords)
                    || ReceivedBefore(text, hit.Start)))
                {
                    // 项目资金共到位1130.71万元 / 预算资金实际到位50万元: a budget word whose amount is named received (receivedWords
                    // between them) states the money that arrived, never the budget; so does one whose clause names it received
                    // before it (实际落实到位的城乡医疗救助补贴资金总额543.14万元).
                    continue;
                }

                if (label.Field is "budget.adjusted" or "budget.initial" or "budget.executed" && BracketedParts(text, hit.End, token, numbers, piece.Cells) is { } parts)
                {
                    // 全区执行数1032849.44(含中央资金689139.31万元,地方资金332524.99万元,其他资金11185.14万元): the amounts in a
                    // bracket opened by 含 are parts of the bare number before it; that number is the figure when they add up to it.
                    if (parts.Whole is not { } whole)
                    {
                        continue;
                    }

                    token = whole;
                }

                if (label.Field is "budget.adjusted" or "budget.initial" or "budget.executed" && ctx.IsProject
                    && v.WholeUnitWords.Any(w => text.AsSpan(0, hit.Start).EndsWith(w, StringComparison.Ordinal))
                    && GapHolds(v.TotalWords))
                {
                    // 2021年部门预算总计100.46万元,其中项目资金两项:… in a project's report: the whole department's total, not the
                    // project's money (项目列入部门预算经费为3483万元 is the project's).
                    continue;
                }

                if (label.Field == "budget.adjusted" && (ctx.Kind == DocumentKind.TransferPaymentReport || GapHolds(Commas)) && MatchingFund(text, sentenceStart, hit.Start, token))
                {
                    // 我市安排…保费补贴预算271万元,用于…本级配套 / 县财政配套资金30.9万元: a level's own matching money, not the
                    // transfer's budget. In any report where a comma parts the label from its amount (…列入预算,县财政配套40万元): the
                    // amount's own clause names it a level's share (a project funded by one level alone, 预算安排资金市级配套4.4万元,
                    // keeps it).
                    continue;
                }

                if (label.Field is "budget.adjusted" && v.PartWorkLabels.Contains(hit.Phrase) && text.AsSpan(sentenceStart, hit.Start - sentenceStart).Contains("其中", StringComparison.Ordinal)
                    && text.Substring(hit.End, gapLength).Count(TextNormalizer.IsCjk) >= 2)
                {
                    // 总计280万元。其中:预算绩效评价55万元,预算编制与结算24万元…: a bare 预算 (fields.yaml partWorkLabels) opening a part's
                    // name after 其中 names that part's work, never the budget (其中:本级财政当年预算19.20万元 is the budget's part).
                    continue;
                }

                if (label.Field is "budget.adjusted" or "budget.initial" && GapHolds(v.UseWords))
                {
                    // 提前下达资金项目,用于残疾人康复及评定补贴1.065万元,五个一文化进家庭2.1万元…: the amount after 用于 is the share
                    // of one use, the first of a list, never the money allocated as a whole.
                    continue;
                }

                if (label.Field is "budget.adjusted" or "budget.initial" or "budget.executed" && label.Role == ValueRole.Amount
                    && (GapHolds(v.StandardWords) || PerPiece(text, token)))
                {
                    // 发放标准为42元/户·月, 支出标准为每人1万元: a standard of payment, not the money of the year.
                    continue;
                }

                if (label.Field is "budget.adjusted" or "budget.initial" && ComparedBefore(text, Math.Max(sentenceStart, hit.Start - ComparisonReach), hit.Start))
                {
                    // 决算为7.04万元,比同口径预算安排的7.2万元,减少0.16万元: the amount compared with is no budget of the year.
                    continue;
                }

                if (label.Field is "budget.adjusted" or "budget.initial" && hit.End < token.Start
                    && v.BudgetChangeWords.Any(w => text.AsSpan(hit.End, token.Start - hit.End).TrimStart().StartsWith(w, StringComparison.Ordinal)))
                {
                    // 年初预算147.5万元,年中预算调减0.695万元,调整后预算146.805万元: the amount after the change word is the change.
                    continue;
                }

                if (label.Field is "budget.adjusted" or "budget.initial" && v.AddedWords.Any(w => text.AsSpan(0, hit.Start).TrimEnd().EndsWith(w, StringComparison.Ordinal)))
                {
                    // 年初预算560万元,执行中追加预算1,690,235.03元: the amount added during the year, never the budget itself; the
                    // spending stated after it in its sentence (追加预算82.25万元,支出7.48万元) is the addition's, unless a word naming
                    // the whole leads it (…,全年实际支出729万元).
                    afterAddition = true;
                    addition = token.Value * token.Factor;
                    if (sentenceBudget is { } first && !b.Stated("budget.initial") && b.Adjusted == first.Token.Value * first.Token.Factor
                        && GapContainsAny(text, sentenceStart, first.LabelStart - sentenceStart, v.InitialTimeWords))
                    {
                        // 2023年初我局申请预算资金2000万元,年底追加预算资金1000万元: the budget asked for at the year's start, before
                        // the addition, is the initial budget; the year's whole budget is not stated.
                        b.WithdrawAdjusted("同一句先写年初的预算、再写追加的资金，前者是年初预算，全年预算未写明");
                        SetNumber(piece, "budget.initial", first.Token, ValueRole.Amount, first.How + "；句中其后写了追加的资金：是年初预算", first.Priority);
                    }

                    continue;
                }

                if (label.Field is "budget.adjusted" or "budget.initial" && PartOfAmountBefore(text, hit.Start, token, numbers, piece.Cells) is { } outer)
                {
                    // 行动资金800万元(财政预算740万元,年底追加…资金60万元): the label stands in a bracket of parts that add up to the
                    // amount before it. Beside an addition (addedWords: 追加) the labelled part is the budget first set and the
                    // amount before the bracket the budget after it; otherwise the labelled part is only a part.
                    if (outer.Added)
                    {
                        SetNumber(piece, "budget.initial", token, label.Role, $"标签“{hit.Phrase}”（{label.Origin}），括号中与追加的资金相加等于括号前的金额：是年初的预算", label.Priority);
                        SetNumber(piece, "budget.adjusted", outer.Whole, label.Role, $"标签“{hit.Phrase}”（{label.Origin}），括号前的金额等于括号中的预算与追加之和：是追加后的预算", label.Priority);
                    }

                    continue;
                }

                if (label.Field is "budget.adjusted" or "budget.initial" or "budget.executed" && NamedPartsAfterLabel(text, hit.End, token, numbers))
                {
                    // 下达了园林绿化经费:514.56万元,行道树养护费:30.58万元: the label names money stated item by item, each amount
                    // after its item's name; the first is one item's, never the whole (no total is stated in the list).
                    continue;
                }

                if (label.Field == "budget.executed" && v.BalanceTotals.Contains(hit.Phrase) && BalancedBefore(text, sentenceStart, hit.Start, token, numbers, piece.Cells))
                {
                    // 2023年度收入总计2043.32万元,支出总计2043.32万元: a final account's two totals that balance, not the spending.
                    continue;
                }

                if (label.Field == "budget.statedRatePercent" && StatesAGoal(text, sentenceStart, hit.Start))
                {
                    // 项目绩效目标：预算执行率达到100%: a target set, not the rate achieved.
                    continue;
                }

                if (label.Field == "stated.totalScore" && !piece.Cells && ListedScores(text, sentenceStart, hit))
                {
                    // 普通国省道建设绩效自评分数为73.18分、省交通事业发展保障支出绩效自评分数为89.03分: the scores of listed parts.
                    blocked = true;
                    listedScoreLabel ??= text[hit.Start..hit.End];
                    continue;
                }

                if (label.Field == "stated.totalScore" && !piece.Cells && MaximumBeforeScore(text, hits, h, token, numbers))
                {
                    // 总分100分，自评得分95.5分: the first number is the maximum.
                    continue;
                }

                var how = $"标签“{hit.Phrase}”（{label.Origin}）";
                if (label.Field == "stated.totalScore" && BracketedMaximum(text, hit.End, token, numbers) is { } scored)
                {
                    // 自评总分（100分）92分: the bracketed number right after the label is the maximum, the next one the score.
                    token = scored;
                    how += "，括号中的数是满分，其后的数是得分";
                }
                else if (label.Field == "stated.totalScore" && InBracketedFormula(text, hit.End, token))
                {
                    // 得分(20分*执行率): a bracket after the label that goes on past its number holds a rule, not the score.
                    continue;
                }

                if (label.Field == "stated.totalScore" && TotalRowScore(text, hit, token, numbers, piece.Cells) is { } score)
                {
                    // 总分 | 100 | 96: a total row's cells are its weight, then its score (reading/tables.yaml indicatorTotal).
                    token = score;
                    how += "，合计行的第二个数（第一个是分值）";
                    ReadTotalRowGrade(piece, score, label.Priority);
                }
                else if (label.Field == "stated.totalScore" && piece.Cells && TotalsIndicators(hit.Phrase) && RowOfFigures(text, token, numbers))
                {
                    // 总分	100	95.8下一步…: a total row's first cell is its weight; the score cell after it, run into the next words,
                    // is not read, and the weight is no score.
                    continue;
                }
                if (qualifier is not null)
                {
                    if (VocabularyLoader.KnownSubjects[qualifier.Subject] is { } line && label.Field is "budget.adjusted" or "budget.initial" or "budget.executed")
                    {
                        var measure = label.Field == "budget.executed" ? "executed" : "budget";
                        SetNumber(piece, $"{line}.{measure}", token, label.Role, $"主体“{qualifier.Text}”+{how}", label.Priority);
                    }

                    continue;
                }

                if (label.Field == "budget.executed" && IncomeSentence(text, sentenceStart, hit))
                {
                    // 单位年初预算收入785.59万元,决算数为885.63万元: a final figure named without spending words in a sentence about
                    // income is the income's, not the spending.
                    continue;
                }

                // (Spending larger than the addition, 追加预算资金1000万元…已使用资金2924.27万元, cannot be the addition's: it is the year's.)
                if ((blocked && !TotalAfterListedScores(label, text[hit.Start..hit.End], listedScoreLabel))
                    || (afterAddition && label.Field is "budget.executed" or "budget.statedRatePercent" && !AfterTotalSubject(text, hit.Start)
                    && !(label.Field == "budget.executed" && addition is { } added && token.Value * token.Factor > added)))
                {
                    continue;
                }

                if (ctx.Kind == DocumentKind.DepartmentReport && label.Field is "budget.executed" or "budget.statedRatePercent" && !AfterTotalSubject(text, hit.Start)
                    && FundAmountBefore(text, sentenceStart, hit.Start, numbers))
                {
                    // A department's 安排专项资金5.6万元,支出1.51万元: the spending after a fund's amount is that fund's, not the
                    // department's.
                    continue;
                }

                if (label.Field is "budget.adjusted" or "budget.initial" or "budget.executed" or "budget.statedRatePercent"
                    && (EnumeratedPart(text, sentenceStart, hit.Start) || LaterNumberedItem(text, sentenceStart) || BetweenNumberedItems(text, sentenceStart, hit.End)))
                {
                    // 一是布达拉宫管理处，下达预算资金9378万元；二是…: the figures of one enumerated part, up to the sentence's end.
                    blocked = true;
                    continue;
                }

                if (label.Field is "budget.adjusted" or "budget.initial" or "budget.executed" && NumberedItem(text, sentenceStart) is not null)
                {
                    // 项目1:编辑出版工作经费,项目预算15万元,支出15万元: one numbered item's money (its rate is weighed with the other
                    // items' below).
                    continue;
                }

                if (label.Field is "budget.adjusted" or "budget.initial" or "budget.executed" or "budget.statedRatePercent"
                    && (listedItems || IsItemLead(text[sentenceStart..hit.Start])))
                {
                    // 1、烈士纪念设施维修项目：预算35.3万元，实际支付35.3万元。…共支出20万元: the figures of listed items, up to the
                    // paragraph's end, are the items', not the document's.
                    blocked = true;
                    listedItems = true;
                    continue;
                }

                if (sub is null && ctx.SubItemsApply && label.Field is "budget.adjusted" or "budget.initial" or "budget.executed" or "budget.statedRatePercent")
                {
                    var owner = Owner(text, sentenceStart, hit.Start, previous);
                    if (owner == Ownership.Blocked)
                    {
                        blocked = true;
                        continue;
                    }

                    if (owner == Ownership.Item)
                    {
                        var name = ItemName(text, sentenceStart, hit.Start);
                        sub = new SubItem { Name = name.Length > 0 ? name : Topic(text, sentenceStart, hit.Start) };
                    }
                }

                if (sub is null && !ctx.SubItemsApply && label.Field == "budget.statedRatePercent" && token.Value is not null && !token.Approximate
                    && (EnumeratedItem(text, sentenceStart) ?? NumberedItem(text, sentenceStart) ?? (piece.Cells ? null : OpeningFundItem(text, sentenceStart))) is { } item)
                {
                    // (1)…执行率99.7%。(2)…执行率59%: decided once all enumerated items are read. So are sentences opening with a
                    // named fund (农机购置补贴资金100万元，执行率95%；农业信贷担保资金30万元，执行率80%).
                    enumeratedRates.Add((item, piece, token, label.Role, how, label.Priority));
                    continue;
                }

                if (sub is not null)
                {
                    if (token.Value is { } val && !token.Approximate)
                    {
                        var amount = ToUnit(token, label.Role, piece.Cells);
                        switch (label.Field)
                        {
                            case "budget.adjusted" or "budget.initial":
                                sub.Budget ??= amount;
                                break;
                            case "budget.executed":
                                sub.Executed ??= amount;
                                break;
                            case "budget.statedRatePercent":
                                sub.Rate ??= val;
                                break;
                            default:
                                break;
                        }

                        sub.Source ??= piece.Locate(token.NumStart, token.End - token.NumStart);
                    }

                    continue;
                }

                // 年初预算合计2389万元 after 中央年初下达2077万元: a label followed by a total word states the whole, over its parts.
                var total = label.Field is "budget.adjusted" or "budget.initial" or "budget.executed" && v.TotalWords.Any(w => string.CompareOrdinal(text, hit.End, w, 0, w.Length) == 0);
                if (label.Field == "budget.adjusted" && !total && token.Value is not null && !token.Approximate && FundSourceAt(text, hit) is { } fundSource)
                {
                    sourceAllocations.Add((fundSource, ToUnit(token, label.Role, piece.Cells)));
                }

                if (label.Field == "budget.adjusted" && token.Value is not null && !token.Approximate && v.AllocationLabels.Contains(hit.Phrase)
                    && !(token.Start > 0 && text[token.Start - 1] is '各') && !text.AsSpan(sentenceStart, hit.Start - sentenceStart).Contains("其中", StringComparison.Ordinal))
                {
                    // 分别下达宣汉县和万源市各80万元: each recipient's share of an allocation passed on is no allocation of its own; nor is
                    // a part after 其中 (共22171万元,其中下达地市9397万元).
                    // 共计下达, 累计下达, 资金共下达: the whole of the allocations, not one of them.
                    var whole = total || label.Priority > 5 || v.TotalWords.Any(w => hit.Phrase.StartsWith(w, StringComparison.Ordinal))
                        || (hit.Start > 0 && text[hit.Start - 1] is '共') || hit.Phrase.StartsWith("累计", StringComparison.Ordinal);
                    allocations.Add((ToUnit(token, label.Role, piece.Cells), whole, text[hit.Start..token.Start]));
                }

                if (label.Field == "budget.statedRatePercent" && !piece.Cells && token is { Value: not null, Approximate: false } && !AfterTotalSubject(text, hit.Start))
                {
                    // …补助-竹编已及时划拨…,资金使用率100%;薅草锣鼓项目资金使用334896元,资金使用率83.72%: clauses of one sentence
                    // joined by a semicolon state two different rates, one per part, and no total; neither is the document's. So do
                    // rates after the money of different sources (中央资金完成636.75万元,预算执行率81.97%,省级资金完成…,预算执行率99.28%).
                    var rate = ToUnit(token, label.Role, piece.Cells);
                    var period = text.LastIndexOfAny(['。', '!', '！', '?', '？'], Math.Max(0, hit.Start - 1)) + 1;
                    var source = SourceBefore(text, period, hit.Start);
                    if (sentenceRate is { } first && first.Start == period && first.Rate != rate && first.End <= hit.Start
                        && (text.AsSpan(first.End, hit.Start - first.End).IndexOfAny(';', '；') >= 0 || (source is not null && first.Source is not null && source != first.Source))
                        && !text.AsSpan(period, hit.Start - period).Contains("其中", StringComparison.Ordinal))
                    {
                        if (b.StatedRate == first.Rate)
                        {
                            b.WithdrawRate($"同一句中分别写出了执行率 {Money.FormatShort(first.Rate)}% 和 {Money.FormatShort(rate)}%，是各部分的，未写总的执行率");
                        }

                        blocked = true;
                        continue;
                    }

                    sentenceRate = (period, token.End, rate, source);
                }

                if (label.Field == "stated.totalScore" && !piece.Cells && hit.Phrase.Length <= 2 && RateScore(piece.Text, token.Start))
                {
                    // …执行率为100%,得分10分。: a bare 得分 after the rate in its sentence is the execution indicator's points (绩效自评
                    // 分数为93分 after a rate stays the document's).
                    continue;
                }

                SetNumber(piece, label.Field, token, label.Role, total ? how + "（合计）" : how, label.Priority + (total ? 2 : 0));
                if (label.Field == "budget.adjusted" && !total)
                {
                    sentenceBudget = (token, hit.Start, how, label.Priority);
                }

                if (label.Field == "stated.totalScore" && !piece.Cells)
                {
                    ReadGradeAfterScore(piece, token, label.Priority - 1);
                }
            }
        }

        FlushSub(sub);
        ReadBudgetByRate(piece, numbers);
    }

    /// <summary>
    /// One cell a line (自评得分 / 92 / 评价等级 / 优; 总分(100分) / 100 / 自评等级 / 优): a total-score or grade label alone on its
    /// line (a bracketed maximum and a colon allowed: the maximum is no score) takes the next non-empty line when that line is
    /// a single number (a score, at most the maximum) or a single grade word. Not a bare two-character score label other than a
    /// total row's (得分 is an indicator column's header; 分值 and 满分 are maximums, no score labels), and not when the line after
    /// the value is another value of the same kind (总分 / 100 / 92: a weight then a score; 等级 / 优 / 良: a scale).
    /// </summary>
    private bool ReadCellBelow(Piece piece, PhraseMatch<LabelEntry> hit)
    {
        var text = piece.Text;
        var fields = hit.Values.Where(e => e.Field is { Role: ValueRole.Score or ValueRole.Grade, Prose: false }
            && e.Field.Field is "stated.totalScore" or "stated.grade").Select(e => e.Field!).ToList();
        if (fields.Count == 0 || CellText(text[..hit.Start]).Length > 0)
        {
            return false;
        }

        // After the label: an optional remark in brackets (the maximum: (100分), (满分100分)), an optional colon, cell bars.
        var rest = text[hit.End..].Trim();
        decimal? maximum = null;
        if (rest.Length > 0 && rest[0] is '(' or '（')
        {
            var close = rest.IndexOfAny([')', '）']);
            if (close < 0 || close > 12)
            {
                return false;
            }

            var inside = NumberScanner.Scan(rest[1..close], v);
            if (inside.Count > 1 || inside.Count == 1 && (inside[0].Value is null || inside[0].Approximate))
            {
                return false;
            }

            maximum = inside.Count == 1 ? inside[0].Value : null;
            rest = rest[(close + 1)..].Trim();
        }

        if (CellText(rest.TrimStart(':', '：')).Length > 0)
        {
            return false;
        }

        // A header run one cell a line (…指标分值 / 指标说明及评分标准 / 自评得分 / 1 / 规划…): the cell below is the first row's.
        if (NextCell(piece.LastLineIndex) is not { } below || PreviousCellIsLabel(piece.LastLineIndex))
        {
            return false;
        }

        var (index, line, cell, column) = below;
        var after = NextCell(index);
        var how = $"标签“{hit.Phrase}”单独一行（一格一行），其值在下一行";
        if (fields.FirstOrDefault(f => f.Role == ValueRole.Score) is { } scoreLabel
            && FirmScoreLabel(hit.Phrase)
            && SingleScore(cell) is { } token && token.Value is { } score && score <= (maximum ?? 100)
            && (after is null || SingleScore(after.Value.Cell) is null))
        {
            var valuePiece = new Piece(cell, (o, n) => line.Span(column + o, n), false, false, index);
            SetNumber(valuePiece, "stated.totalScore", token, ValueRole.Score, $"{how}（{scoreLabel.Origin}）", scoreLabel.Priority);
            return true;
        }

        if (fields.FirstOrDefault(f => f.Role == ValueRole.Grade) is { } gradeLabel
            && ix.GradeWords.LongestAt(cell, 0) is { } g && g.Start == 0 && g.End == cell.Length
            && !(after is { } n2 && ix.GradeWords.LongestAt(n2.Cell, 0) is { Start: 0 } g2 && g2.End == n2.Cell.Length))
        {
            b.SetText("stated.grade", g.Values[0].Grade, new ReadValue("stated.grade", g.Values[0].Grade, line.Span(column, cell.Length)) { Stated = cell, How = $"{how}的等级用词（{gradeLabel.Origin}）" }, gradeLabel.Priority);
            return true;
        }

        return false;
    }

    /// <summary>
    /// 实际支出 / (万元) / 55: a cover copied one cell a line, an amount label alone on its line (its money unit in brackets after
    /// it or on the next line alone), the amount alone on the line below. Read only when the money unit is stated there or
    /// by the table (tables.yaml tableUnitCues), the label is no header run (the cell before it is no label alone) and the
    /// amount is no column of numbers (the cell after it is no number): 全年预算数 / 全年执行数 / 100 / 90 is a header over
    /// its values, not a label over its own.
    /// </summary>
    private bool ReadAmountBelow(Piece piece, PhraseMatch<LabelEntry> hit)
    {
        var text = piece.Text;
        if (hit.Values.Select(e => e.Field).FirstOrDefault(f => f is { Role: ValueRole.Amount, Prose: false }) is not { } label
            || CellText(text[..hit.Start]).Length > 0)
        {
            return false;
        }

        var rest = text[hit.End..].Trim().TrimEnd('|').TrimEnd();
        var unit = MoneyUnitCell(rest);
        // 计划投资额 / (万元)18821.06: the label's word ending a figure (figureLabelEndings: 额, 数) after a shorter label.
        if (rest.Length > 0 && unit is null && !v.FigureLabelEndings.Contains(rest))
        {
            return false;
        }

        if (NextCell(piece.LastLineIndex) is not { } below)
        {
            return false;
        }

        if (unit is null && MoneyUnitCell(below.Cell) is { } own)
        {
            unit = own;
            if (NextCell(below.Index) is not { } value)
            {
                return false;
            }

            below = value;
        }
        else if (unit is null && NumberScanner.BracketedMoneyUnit(below.Cell, 0, v) is { } mark && mark.End < below.Cell.Length)
        {
            // (万元)18821.06: the unit in brackets, then the amount, on the line below the label.
            unit = mark.Unit;
            var at = mark.End;
            while (at < below.Cell.Length && below.Cell[at] == ' ')
            {
                at++;
            }

            below = (below.Index, below.Line, below.Cell[at..], below.Column + at);
        }

        unit ??= ctx.TableUnit;
        var (index, line, cell, column) = below;
        if (unit is null
            || NumberScanner.Scan(cell, v) is not [{ Start: 0, Value: not null, Approximate: false, Glued: false, Suffix: NumberSuffix.None } token] || token.End != cell.Length
            || NextCell(index) is { } after && NumberScanner.Scan(after.Cell, v) is [{ Start: 0 } n] && n.End == after.Cell.Length
            || PreviousCellIsLabel(piece.LastLineIndex))
        {
            return false;
        }

        var valuePiece = new Piece(cell, (o, n) => line.Span(column + o, n), false, false, index);
        var amount = token with { Suffix = NumberSuffix.Money, Unit = unit.Unit, Factor = unit.Factor };
        SetNumber(valuePiece, label.Field, amount, ValueRole.Amount, $"标签“{hit.Phrase}”单独一行（一格一行），其值在下一行（{label.Origin}）", label.Priority);
        return true;
    }

    /// <summary>
    /// A publisher named by its level alone (发布机构 区住建局) under a label that names the publisher (above the weakest, 来源), on a
    /// self-evaluation and not a finance body: the page's own region's body as its site names it.
    /// </summary>
    private bool PublisherByLevelAlone(FieldLabel label, string name) =>
        label.Priority > SourceLabelPriority && ctx.Kind != DocumentKind.Other && !ctx.IsFiscalBody(name) && DocumentReader.LevelLed(ctx, name);

    /// <summary>
    /// A town led by its county (发文机关:白沙黎族自治县邦溪镇, 发布机构 | 同心县下马关镇 |) under a label that names the publisher
    /// (above the weakest, 来源), on a self-evaluation: the town's own page, the town (its government) the unit — a region, yet
    /// one that evaluates its own spending. Not where the text speaks as a region above a town (我市, 我县: a town posting its
    /// city's transfer report).
    /// </summary>
    private bool PublishingTown(FieldLabel label, string name) =>
        label.Priority > SourceLabelPriority && ctx.Kind != DocumentKind.Other
        && !ctx.SpokenRegionReferences().Any(r => !v.TownSuffixes.Contains(r[1..], StringComparer.Ordinal))
        && v.TownSuffixes.Any(x => name.EndsWith(x, StringComparison.Ordinal)) && !v.TownLikeWords.Any(w => name.EndsWith(w, StringComparison.Ordinal))
        && Enumerable.Range(3, Math.Max(0, name.Length - 4)).Any(k => !v.TownSuffixes.Any(x => name[..k].EndsWith(x, StringComparison.Ordinal)) && ctx.IsRegionOnly(name[..k]));

    /// <summary>A line that is one cell of a web table (its text, then a bar: 2,489.4 |).</summary>
    private static bool OneCell(string text) => CellText(text) is { Length: > 0 } cell && !cell.Contains('|', StringComparison.Ordinal);

    /// <summary>A line's text as one cell: its bars and spaces at both ends trimmed (计划安排资金 (万元) | → 计划安排资金 (万元)).</summary>
    private static string CellText(string text) => text.Trim().Trim('|').Trim();

    /// <summary>A cell that is only a money unit in brackets ((万元), （元）), or null.</summary>
    private MoneyUnit? MoneyUnitCell(string cell) =>
        NumberScanner.BracketedMoneyUnit(cell, 0, v) is { } mark && mark.End == cell.Length ? mark.Unit : null;

    /// <summary>Whether a label alone on its line stands in a header run one cell a line (<see cref="HeadsHeaderRun"/>).</summary>
    private bool PreviousCellIsLabel(int index) => HeadsHeaderRun(CellsAbove(index), labelAloneCounts: true);

    /// <summary>The cells on the lines above <paramref name="index"/> (up to five lines), nearest first; empty and chrome lines skipped.</summary>
    private IEnumerable<string> CellsAbove(int index)
    {
        for (var i = index - 1; i >= 0 && i >= index - 5; i--)
        {
            var cell = CellText(ctx.Lines[i].Text);
            if (!ctx.Lines[i].Chrome && cell.Length > 0)
            {
                yield return cell;
            }
        }
    }

    /// <summary>
    /// Whether the cells before a label (nearest first) make it a header run's, not a label over or before its value: one of
    /// the two nearest is a table's header cell with no value between (指标分值 / 指标说明及评分标准 / 自评得分), or, where
    /// <paramref name="labelAloneCounts"/> (cells one a line), the nearest is a field's label alone. A value (a cell with
    /// digits naming no column: 自评得分 / 92 / 评价等级) or an empty cell ends the search: a cover's pair, no header run.
    /// </summary>
    private bool HeadsHeaderRun(IEnumerable<string> before, bool labelAloneCounts)
    {
        var seen = 0;
        foreach (var cell in before)
        {
            if (seen == 2 || cell.Length == 0)
            {
                return false;
            }

            if (ix.HeaderColumn(cell) is not null || (labelAloneCounts && seen == 0 && ix.Labels.LongestAt(cell, 0) is { } l && l.End >= cell.Length - 1))
            {
                return true;
            }

            if (cell.Any(char.IsAsciiDigit))
            {
                return false;
            }

            seen++;
        }

        return false;
    }

    /// <summary>The next non-empty, non-chrome line after <paramref name="index"/> as one cell (bars and spaces trimmed), unless read as a table's.</summary>
    private (int Index, TextLine Line, string Cell, int Column)? NextCell(int index)
    {
        for (var i = index + 1; i < ctx.Lines.Count && i <= index + 3; i++)
        {
            var line = ctx.Lines[i];
            var cell = CellText(line.Text);
            if (line.Chrome || cell.Length == 0)
            {
                continue;
            }

            if (ctx.Consumed.Contains(i) || cell.Contains('|', StringComparison.Ordinal) || cell.Contains('\t', StringComparison.Ordinal))
            {
                return null;
            }

            return (i, line, cell, line.Text.IndexOf(cell, StringComparison.Ordinal));
        }

        return null;
    }

    /// <summary>A cell that is one number only, bare or with 分.</summary>
    private NumberToken? SingleScore(string cell) =>
        NumberScanner.Scan(cell, v) is [{ Start: 0, Value: not null, Approximate: false, Glued: false } token] && token.End == cell.Length
        && token.Suffix is NumberSuffix.None or NumberSuffix.Points ? token : null;

    /// <summary>
    /// 自评结果：92分，优秀 / 总得分92分，属于“优”等级 / 综合得分92分，达到优秀等级: right after a stated total score, in the same
    /// sentence and with no figure between, a grade word standing alone after the score's comma, or followed by a grade
    /// suffix (等级, 等次), is the stated grade. A scale (优、良、中、差; 90分以上为优秀等级) is not.
    /// </summary>
    private void ReadGradeAfterScore(Piece piece, NumberToken score, int priority)
    {
        var text = piece.Text;
        var limit = Math.Min(text.Length, score.End + 12);
        for (var i = score.End; i < limit; i++)
        {
            if (text[i] is '(' or '（' && text[score.End..i].Trim().Length == 0 && ix.GradeWords.LongestAt(text, i + 1) is { } inBrackets
                && inBrackets.End < text.Length && text[inBrackets.End] is ')' or '）')
            {
                // 95.5分（优）: the grade in brackets right after the score.
                b.SetText("stated.grade", inBrackets.Values[0].Grade, new ReadValue("stated.grade", inBrackets.Values[0].Grade, piece.Locate(inBrackets.Start, inBrackets.End - inBrackets.Start)) { Stated = text[inBrackets.Start..inBrackets.End], How = "得分后括号中的等级用词" }, priority);
                return;
            }

            if (IsSentenceEnd(text[i]) || char.IsAsciiDigit(text[i]) || text[i] is '(' or '（')
            {
                return;
            }

            if (ix.GradeWords.LongestAt(text, i) is not { } g || IsScaleList(text, g))
            {
                continue;
            }

            var after = g.End;
            while (after < text.Length && text[after] is '"' or '”' or '」' or ' ')
            {
                after++;
            }

            var suffixed = v.GradeSuffixes.Any(s => string.CompareOrdinal(text, after, s, 0, s.Length) == 0);
            var alone = text[score.End..g.Start].All(c => c is ',' or '，' or ' ' or '"' or '“' or '「')
                && (after >= text.Length || IsSentenceEnd(text[after]) || text[after] is ',' or '，');
            if (!suffixed && !alone)
            {
                return;
            }

            var how = suffixed ? $"得分后的“{text[g.Start..after]}{text.Substring(after, Math.Min(2, text.Length - after))}”" : "得分后单独的等级用词";
            b.SetText("stated.grade", g.Values[0].Grade, new ReadValue("stated.grade", g.Values[0].Grade, piece.Locate(g.Start, g.End - g.Start)) { Stated = text[g.Start..g.End], How = how }, priority);
            return;
        }
    }

    /// <summary>总分 | 100 | 96 | 优: a grade word alone in the cell right after a total row's score is the stated grade.</summary>
    private void ReadTotalRowGrade(Piece piece, NumberToken score, int priority)
    {
        var text = piece.Text;
        var i = score.End;
        while (i < text.Length && text[i] is ' ' or '|' or '\t')
        {
            i++;
        }

        if (i == score.End || ix.GradeWords.LongestAt(text, i) is not { } g)
        {
            return;
        }

        var after = g.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        if (after < text.Length && text[after] is not ('|' or '\t' or '\n'))
        {
            return;
        }

        b.SetText("stated.grade", g.Values[0].Grade, new ReadValue("stated.grade", g.Values[0].Grade, piece.Locate(g.Start, g.End - g.Start)) { Stated = text[g.Start..g.End], How = "合计行得分后单独一格的等级用词" }, priority);
    }

    /// <summary>
    /// 总分100分，自评得分95.5分 / 自评总分（100分），得分96分: a total-score label whose number with 分 is followed, in the same
    /// sentence, by another total-score label and a number with 分 no greater than it: the first number is the maximum, not
    /// the score.
    /// </summary>
    private static bool MaximumBeforeScore(string text, List<PhraseMatch<LabelEntry>> hits, int h, NumberToken token, List<NumberToken> numbers)
    {
        if (token.Value is not { } first || token.Suffix != NumberSuffix.Points)
        {
            return false;
        }

        for (var k = h + 1; k < hits.Count; k++)
        {
            var next = hits[k];
            if (next.Start < token.End)
            {
                continue;
            }

            if (text[token.End..next.Start].Any(IsSentenceEnd))
            {
                return false;
            }

            if (!next.Values.Any(e => e.Field is { Field: "stated.totalScore" }))
            {
                continue;
            }

            var n = numbers.FirstOrDefault(t => t.Start >= next.End);
            return n is { Value: { } second, Suffix: NumberSuffix.Points, Approximate: false } && second <= first && Gap(text, next.End, n.Start) <= 3
                && !text[next.End..n.Start].Any(IsSentenceEnd);
        }

        return false;
    }

    /// <summary>
    /// 自评总分（100分）92分 / 自评总分（100分）92: a number with 分 in brackets right after a total-score label, followed in the same
    /// clause (no comma or sentence end between) by another number no greater than it, is the maximum; that next number is
    /// the score. Null when no number follows (项目自评得分（92分），…: the bracketed number is the score).
    /// </summary>
    /// <summary>The number opens a bracket right after the label and the bracket goes on past it (得分(20分*执行率)): a rule's number.</summary>
    private static bool InBracketedFormula(string text, int labelEnd, NumberToken first)
    {
        if (text[labelEnd..first.Start].Trim() is not ("(" or "（"))
        {
            return false;
        }

        var i = first.End;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && text[i] is not (')' or '）');
    }

    private static NumberToken? BracketedMaximum(string text, int labelEnd, NumberToken first, List<NumberToken> numbers)
    {
        if (text[labelEnd..first.Start].Trim() is not ("(" or "（") || first.Suffix != NumberSuffix.Points || first.Value is not { } maximum)
        {
            return null;
        }

        var close = first.End;
        while (close < text.Length && text[close] == ' ')
        {
            close++;
        }

        if (close >= text.Length || text[close] is not (')' or '）'))
        {
            return null;
        }

        var k = numbers.IndexOf(first);
        if (k < 0 || k + 1 >= numbers.Count)
        {
            return null;
        }

        var next = numbers[k + 1];
        var between = text[(close + 1)..next.Start];
        return next.Value is { } score && score <= maximum && !next.Approximate && !next.Glued && next.Inequality is null
            && next.Suffix is NumberSuffix.None or NumberSuffix.Points && between.Length <= 4
            && !between.Any(c => IsSentenceEnd(c) || c is ',' or '，' or '、') ? next : null;
    }

    /// <summary>
    /// In cells, a total row's label (总分, 合计) followed by two numbers, the second no greater than the first, gives the
    /// weight and then the score: the second number, or null when the row does not have that shape. Outside cells (a table's
    /// total row copied as a line of text, 总分 100分 98分) only two numbers in points, parted by spaces alone.
    /// </summary>
    private NumberToken? TotalRowScore(string text, PhraseMatch<LabelEntry> hit, NumberToken first, List<NumberToken> numbers, bool cells)
    {
        if (!TotalsIndicators(hit.Phrase))
        {
            return null;
        }

        var k = numbers.IndexOf(first);
        if (k < 0 || k + 1 >= numbers.Count || first.Value is not { } weight)
        {
            return null;
        }

        var second = numbers[k + 1];
        var between = text[first.End..second.Start];
        if (!cells && !(first.Suffix == NumberSuffix.Points && second.Suffix == NumberSuffix.Points && between.Length > 0 && between.All(c => c == ' ')))
        {
            return null;
        }

        // 合计	100	91.6下一步工作打算…: in cells, the score cell run into the next paragraph's heading (a copy run together) is the
        // score; the heading's words are no measure of it.
        if (cells && second.Suffix == NumberSuffix.Other && second.Start == second.NumStart && HeadingFollows(text, second.NumEnd))
        {
            second = second with { End = second.NumEnd, Suffix = NumberSuffix.None, Unit = null };
        }

        return second.Value is { } score && score <= weight && !second.Approximate && second.Suffix is NumberSuffix.None or NumberSuffix.Points
            && between.All(c => c is ' ' or '|' or '\t') ? second : null;
    }

    /// <summary>
    /// 补助资金2.00万元，资金已使用2.00万元，资金执行率100%: when a sentence states the document's
    /// executed amount and rate but no budget label, the amount named by a fund (a name ending in
    /// 资金, 经费 …) before the executed amount is the budget when it alone satisfies rate = executed ÷ it.
    /// </summary>
    private void ReadBudgetByRate(Piece piece, List<NumberToken> numbers)
    {
        if (piece.ChromeOnly || b.Adjusted is not null || b.Initial is not null || b.Executed is not { } executed || b.StatedRate is not { } rate || b.Stated("budget.adjusted") || b.Stated("budget.initial"))
        {
            return;
        }

        var text = piece.Text;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsSentenceEnd(text[i]))
            {
                continue;
            }

            var inSentence = numbers.Where(t => t.Start >= start && t.End <= i && t.Value is not null && !t.Approximate && t.Inequality is null).ToList();
            var rateAt = inSentence.FindIndex(t => t.Suffix == NumberSuffix.Percent && t.Value == rate);
            var executedAt = rateAt < 0 ? -1 : inSentence.FindLastIndex(rateAt, t => t.Suffix == NumberSuffix.Money && ToUnit(t, ValueRole.Amount, piece.Cells) == executed);
            if (rateAt >= 0 && executedAt >= 0)
            {
                var decimals = inSentence[rateAt].Decimals;
                var candidates = inSentence.Take(executedAt)
                    .Where(t => t.Suffix == NumberSuffix.Money && ToUnit(t, ValueRole.Amount, piece.Cells) is var a && a > 0 && RateAgreement.Agrees(executed / a * 100m, rate, decimals))
                    .Where(t => FundName(text, start, t.Start) is { Length: > 0 } || IsStatedIncome(text, start, t.Start))
                    .ToList();
                if (candidates.Select(t => ToUnit(t, ValueRole.Amount, piece.Cells)).Distinct().Count() == 1)
                {
                    // 财政拨款收入合计2024.05万元,财政拨款支出合计2024.05万元,预算执行率100%: the income total the rate is taken on.
                    var t = candidates[0];
                    var name = FundName(text, start, t.Start) is { Length: > 0 } fund ? fund : "收入合计";
                    SetNumber(piece, "budget.adjusted", t, ValueRole.Amount, $"“{name}”的金额：同一句写了执行数和执行率，只有这个数满足 执行率 = 执行数 ÷ 它", 4);
                    return;
                }
            }

            start = i + 1;
        }
    }

    /// <summary>The fund a figure is the amount of: the words right before it end in a fund word (资金, 经费 …); empty otherwise.</summary>
    /// <summary>
    /// The amount is named as the income of the year, possibly as its total (财政拨款收入合计2024.05万元, 收入总计…): an income
    /// subject or the income total's label right before it.
    /// </summary>
    private bool IsStatedIncome(string text, int sentenceStart, int numberStart)
    {
        var end = numberStart;
        while (end > sentenceStart && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '为' or ':' or '：'))
        {
            end--;
        }

        var name = text[sentenceStart..end];
        foreach (var w in v.TotalWords)
        {
            if (name.EndsWith(w, StringComparison.Ordinal))
            {
                name = name[..^w.Length];
                break;
            }
        }

        return v.Subjects.Any(x => x.Subject == "income" && x.Text.Contains("收入", StringComparison.Ordinal) && name.EndsWith(x.Text, StringComparison.Ordinal))
            || v.Labels.Any(x => x.Field == "stated.totalIncome" && name.EndsWith(x.Text, StringComparison.Ordinal));
    }

    private string FundName(string text, int sentenceStart, int numberStart)
    {
        var end = numberStart;
        while (end > sentenceStart && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '为' or ':' or '：'))
        {
            end--;
        }

        var name = ItemName(text, sentenceStart, end);
        return v.SubItemEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal)) ? name : string.Empty;
    }

    private readonly List<(string Item, Piece Piece, NumberToken Token, ValueRole Role, string How, int Priority)> enumeratedRates = [];

    private readonly List<Piece> pieces = [];

    /// <summary>Budget amounts stated by labels in prose, in reading order (several allocations of one fund).</summary>
    private readonly List<decimal> budgetStatements = [];

    /// <summary>
    /// Several different budget amounts stated (下达…预算463142万元；…预算163455万元；…预算44440万元) and a
    /// total word (合计, 共计, 总计) with an amount equal to their sum (资金合计671037万元): the total is the budget.
    /// </summary>
    public void FlushBudgetTotal()
    {
        var parts = budgetStatements.Distinct().ToList();
        if (parts.Count < 2)
        {
            return;
        }

        var sum = parts.Sum();
        foreach (var piece in pieces)
        {
            var text = piece.Text;
            foreach (var word in v.TotalWords)
            {
                for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
                {
                    var numbers = NumberScanner.Scan(text, v);
                    if (FindNumber(text, at + word.Length, text.Length, 3, ValueRole.Amount, bare: false, piece.Cells, numbers) is { } token
                        && token.Value is not null && !token.Approximate && ToUnit(token, ValueRole.Amount, piece.Cells) == sum)
                    {
                        SetNumber(piece, "budget.adjusted", token, ValueRole.Amount, $"“{word}”的金额等于前面分别写出的 {parts.Count} 笔预算（{string.Join(" + ", parts.Select(Money.FormatShort))}）之和", TotalPriority);
                        return;
                    }
                }
            }
        }
    }

    private const int TotalPriority = 7;

    /// <summary>The priority of the weakest chrome labels (来源, 信息来源, 作者: fields.yaml), which name where a page came from, not who published it.</summary>
    private const int SourceLabelPriority = 1;

    /// <summary>Allocations stated with the level that gave them (中央下达…9056万元, 省级下达资金804万元), in reading order.</summary>
    private readonly List<(string Source, decimal Amount)> sourceAllocations = [];

    /// <summary>The level of government (fundSources) a budget label names or follows right before it (中央下达, 市县下达), or null.</summary>
    private string? FundSourceAt(string text, PhraseMatch<LabelEntry> hit)
    {
        foreach (var source in v.FundSources.Concat(v.AllocationBatches))
        {
            if (text.AsSpan(hit.Start, hit.End - hit.Start).StartsWith(source, StringComparison.Ordinal)
                || (hit.Start >= source.Length && text.AsSpan(hit.Start - source.Length, source.Length).SequenceEqual(source)))
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>
    /// 收到中央下达…资金9056万元 … 省级下达资金804万元 … 市县下达资金2040.56万元, and no total: the budget read is one level's
    /// allocation, not the money of the transfer as a whole; it is withdrawn with the reason. Runs after the totals were looked for.
    /// </summary>
    public void FlushSourceAllocations()
    {
        var sources = sourceAllocations.Select(a => a.Source).Distinct().Count();
        if (sources < 2 || b.Adjusted is not { } read || !sourceAllocations.Any(a => a.Amount == read)
            || sourceAllocations.Sum(a => a.Amount) == read)
        {
            return;
        }

        b.WithdrawAdjusted($"文中分别写出了{string.Join("、", sourceAllocations.Select(a => $"{a.Source} {Money.FormatShort(a.Amount)} 万元"))}，未写合计：先读到的一笔不是全部资金");
    }

    /// <summary>Amounts stated by allocation labels (allocationLabels: 下达我市…资金900万元), in reading order; whole when a total's.</summary>
    private readonly List<(decimal Amount, bool Whole, string Words)> allocations = [];

    /// <summary>
    /// 1、…下达我市中央和省级自然灾害救灾资金900万元 2、…下达我市省级…资金100万元 3、…下达我市省级…资金30万元, and no total:
    /// the budget read is one of several allocations, not the money of the document as a whole; it is withdrawn with the
    /// reason. An allocation is no other part where it is the read one's own part: the amounts stated right after it that
    /// add up to it (中央下达我市土壤污染防治资金共1737万元 … 下达…1300万元 … 下达…437万元) are its batches. Runs last of the
    /// budget flushes; a total stated by a label (共计下达, 累计下达) or found by <see cref="FlushBudgetTotal"/> stays.
    /// </summary>
    public void FlushSeveralAllocations(string title)
    {
        if (b.Adjusted is not { } read || allocations.Any(a => a.Whole && a.Amount == read))
        {
            return;
        }

        var at = allocations.FindIndex(a => a.Amount == read);
        if (at < 0)
        {
            return;
        }

        if (TitleFund(title) is { } fund && allocations[at].Words.Contains(fund, StringComparison.Ordinal))
        {
            // **河县2023年度中央水利发展资金绩效自评报告: 下达**河县2023年中央水利发展资金2263万元 is the fund the report is
            // about; the other allocations (衔接资金791万元, 自治区…资金5万元) are other funds'.
            return;
        }

        // The read amount's own parts: the allocations right after it that add up to it.
        var own = new HashSet<int> { at };
        var sum = 0m;
        for (var i = at + 1; i < allocations.Count && sum < read; i++)
        {
            if (allocations[i].Amount == read)
            {
                own.Add(i);
                continue;
            }

            sum += allocations[i].Amount;
            own.Add(i);
        }

        if (sum != read)
        {
            own = [.. Enumerable.Range(0, allocations.Count).Where(i => allocations[i].Amount == read)];
        }

        var others = Enumerable.Range(0, allocations.Count).Where(i => !own.Contains(i)).Select(i => allocations[i].Amount).Distinct().ToList();
        if (others.Count == 0 || others.Sum() == read)
        {
            return;
        }

        b.WithdrawAdjusted($"文中分别写出了 {others.Count + 1} 笔下达的资金（{string.Join("、", new[] { read }.Concat(others).Select(a => $"{Money.FormatShort(a)} 万元"))}），未写合计：读到的一笔不是全部资金");
    }

    /// <summary>
    /// 安排,共计239万元,其中上级资金179.25万元,本级59.75万元: in a project or transfer document without a
    /// budget label, a total (共/共计/合计/总计) that its parts after 其中 add up to exactly is the money the
    /// project has, its budget, unless the sentence before it speaks of spending or income. Also where the budget read
    /// is one of those parts (收到中央下达…1372.7万元 … 收到财政资金共2330.9万元，其中：中央资金1372.7万元，…): the part
    /// of one source is not the whole.
    /// </summary>
    public void FlushSourceSplitTotal()
    {
        var partRead = b.Stated("budget.adjusted") ? b.Adjusted : null;
        if (ctx.Kind is not (DocumentKind.ProjectReport or DocumentKind.TransferPaymentReport) || (b.Stated("budget.initial") && partRead is null)
            || (b.Stated("budget.adjusted") && partRead is null))
        {
            return;
        }

        foreach (var piece in pieces)
        {
            var text = piece.Text;
            if (!SplitTotalWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
            {
                continue;
            }

            var numbers = NumberScanner.Scan(text, v);
            foreach (var word in partRead is null ? v.TotalWords : SplitTotalWords)
            {
                for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
                {
                    if (FindNumber(text, at + word.Length, text.Length, word.Length == 1 ? 0 : 3, ValueRole.Amount, bare: false, piece.Cells, numbers) is not { Value: not null, Approximate: false } total)
                    {
                        continue;
                    }

                    var sentenceStart = at;
                    while (sentenceStart > 0 && !IsSentenceEnd(text[sentenceStart - 1]))
                    {
                        sentenceStart--;
                    }

                    var before = text[sentenceStart..at];
                    if (SpeaksOfSpendingOrIncome(before))
                    {
                        continue;
                    }

                    var k = total.End;
                    while (k < text.Length && (char.IsWhiteSpace(text[k]) || text[k] is ',' or '，'))
                    {
                        k++;
                    }

                    if (!text.AsSpan(k).StartsWith("其中", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    // Parts may be listed with semicolons (其中下达地市9397万元；区直文博系统12774.00万元); a full stop ends them.
                    var (parts, from) = PartsAfter(text, k + 2, numbers, semicolons: true);

                    var amount = ToUnit(total, ValueRole.Amount, piece.Cells);
                    if (parts.Count >= 2 && parts.Sum(t => ToUnit(t, ValueRole.Amount, piece.Cells)) == amount && !SpeaksOfSpendingOrIncome(text[k..from])
                        && (partRead is null || parts.Any(t => ToUnit(t, ValueRole.Amount, piece.Cells) == partRead) || amount > partRead))
                    {
                        var how = $"“{word}”的金额，其后“其中”所列 {parts.Count} 笔（{string.Join(" + ", parts.Select(t => text[t.Start..t.End]))}）之和正好等于它：项目的资金总额"
                            + (partRead is null ? string.Empty : $"；先读到的 {Money.FormatShort(partRead.Value)} 只是其中一笔");
                        SetNumber(piece, "budget.adjusted", total, ValueRole.Amount, how, partRead is null ? 4 : TotalPriority + 1);
                        return;
                    }
                }
            }
        }
    }

    /// <summary>
    /// 预算收入69.06万元，其中年初预算57.28万元，调整追加11.78万元: an amount right before 其中 whose parts, the first
    /// labelled as the initial budget and equal to the one read, add up to it exactly is the year's budget after
    /// adjustment, whatever word names it. Not where the sentence before it speaks of spending (支出76.36万元，其中…).
    /// </summary>
    public void FlushInitialSplitTotal()
    {
        if (b.Stated("budget.adjusted") || b.Initial is not { } initial)
        {
            return;
        }

        foreach (var piece in pieces)
        {
            var text = piece.Text;
            List<NumberToken>? numbers = null;
            for (var at = text.IndexOf("其中", StringComparison.Ordinal); at >= 0; at = text.IndexOf("其中", at + 2, StringComparison.Ordinal))
            {
                var from = at + 2;
                while (from < text.Length && text[from] is ':' or '：' or ',' or '，' or ' ')
                {
                    from++;
                }

                if (!v.Labels.Any(l => l.Field == "budget.initial" && text.AsSpan(from).StartsWith(l.Text, StringComparison.Ordinal)))
                {
                    continue;
                }

                var k = at;
                while (k > 0 && (char.IsWhiteSpace(text[k - 1]) || text[k - 1] is ',' or '，'))
                {
                    k--;
                }

                numbers ??= NumberScanner.Scan(text, v);
                if (numbers.LastOrDefault(t => t.End == k) is not { Value: not null, Approximate: false, Suffix: NumberSuffix.Money } total)
                {
                    continue;
                }

                var sentenceStart = total.Start;
                while (sentenceStart > 0 && !IsSentenceEnd(text[sentenceStart - 1]) && text[sentenceStart - 1] is not (',' or '，'))
                {
                    sentenceStart--;
                }

                if (v.SpendingWords.Any(w => text.AsSpan(sentenceStart, total.Start - sentenceStart).Contains(w, StringComparison.Ordinal)))
                {
                    continue;
                }

                var (parts, _) = PartsAfter(text, from, numbers, semicolons: false);

                var amount = ToUnit(total, ValueRole.Amount, piece.Cells);
                if (parts.Count >= 2 && ToUnit(parts[0], ValueRole.Amount, piece.Cells) == initial
                    && parts.Sum(t => ToUnit(t, ValueRole.Amount, piece.Cells)) == amount)
                {
                    SetNumber(piece, "budget.adjusted", total, ValueRole.Amount,
                        $"“其中”所列 {parts.Count} 笔（{string.Join(" + ", parts.Select(t => text[t.Start..t.End]))}）以年初预算开头，之和正好等于它：调整后的全年预算", 4);
                    return;
                }
            }
        }
    }

    /// <summary>
    /// The amount found for a label lies in a bracket opened by 含 (执行数1032849.44(含中央资金689139.31万元,…)): the bracket's
    /// amounts are parts. Whole is the bare number right before the bracket, given the parts' unit, when they add up to it
    /// exactly; null otherwise (then nothing is read). Null when the amount is not in such a bracket.
    /// </summary>
    private (NumberToken? Whole, int Count)? BracketedParts(string text, int labelEnd, NumberToken token, List<NumberToken> numbers, bool cells)
    {
        var open = text.LastIndexOfAny(['(', '（'], Math.Max(0, token.Start - 1), Math.Max(0, token.Start - labelEnd));
        if (open < labelEnd || open + 1 >= text.Length || text[open + 1] != '含' || text.IndexOfAny([')', '）'], open, token.Start - open) >= 0)
        {
            return null;
        }

        var close = text.IndexOfAny([')', '）'], token.End);
        if (close < 0)
        {
            return (null, 0);
        }

        var parts = numbers.Where(t => t.Start > open && t.End <= close && t.Suffix == NumberSuffix.Money && t.Value is not null && !t.Approximate).ToList();
        var bare = numbers.LastOrDefault(t => t.End <= open && t.Start >= labelEnd);
        if (bare is not { Suffix: NumberSuffix.None, Value: { } value, Approximate: false } || text[bare.End..open].Trim().Length > 0
            || parts.Count < 2 || parts.Select(t => t.Factor).Distinct().Count() != 1)
        {
            return (null, parts.Count);
        }

        var sum = parts.Sum(t => ToUnit(t, ValueRole.Amount, cells));
        return sum == value * parts[0].Factor ? (bare with { Suffix = NumberSuffix.Money, Unit = parts[0].Unit, Factor = parts[0].Factor }, parts.Count) : (null, parts.Count);
    }


    /// <summary>
    /// The label and its amount stand in a bracket opened right after an amount of money (资金800万元(财政预算740万元,年底追加…
    /// 60万元)) and the bracket's amounts add up to it exactly: that amount is the whole, the labelled one a part. Added is true
    /// when another part is named an addition (addedWords: 追加). Null otherwise.
    /// </summary>
    private (NumberToken Whole, bool Added)? PartOfAmountBefore(string text, int labelStart, NumberToken token, List<NumberToken> numbers, bool cells)
    {
        var open = text.LastIndexOfAny(['(', '（'], Math.Max(0, labelStart - 1), Math.Min(labelStart, 16));
        if (open < 1 || text.IndexOfAny([')', '）'], open, labelStart - open) >= 0)
        {
            return null;
        }

        var close = text.IndexOfAny([')', '）'], token.End);
        var whole = numbers.LastOrDefault(t => t.End <= open);
        if (close < 0 || whole is not { Suffix: NumberSuffix.Money, Value: not null, Approximate: false } || text[whole.End..open].Trim().Length > 0)
        {
            return null;
        }

        var parts = numbers.Where(t => t.Start > open && t.End <= close).ToList();
        if (parts.Count < 2 || parts.Any(t => t is not { Suffix: NumberSuffix.Money, Value: not null, Approximate: false })
            || parts.Sum(t => ToUnit(t, ValueRole.Amount, cells)) != ToUnit(whole, ValueRole.Amount, cells))
        {
            return null;
        }

        var inside = text[(open + 1)..close];
        return (whole, v.AddedWords.Any(w => inside.Contains(w, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The parts listed after 其中 from <paramref name="from"/>: amounts one after the other, each after a short name (上级资金
    /// 179.25万元,本级59.75万元), up to the sentence's end (with <paramref name="semicolons"/>, a semicolon does not end it); and
    /// where the last part ends.
    /// </summary>
    private static (List<NumberToken> Parts, int End) PartsAfter(string text, int from, List<NumberToken> numbers, bool semicolons)
    {
        var parts = new List<NumberToken>();
        foreach (var t in numbers.Where(t => t.Start >= from))
        {
            if (t.Start - from > 12 || text[from..t.Start].Any(c => IsSentenceEnd(c) && !(semicolons && c is ';' or '；'))
                || t.Suffix != NumberSuffix.Money || t.Value is null || t.Approximate)
            {
                break;
            }

            parts.Add(t);
            from = t.End;
        }

        return (parts, from);
    }

    /// <summary>A received word with 的 after it (到位的) in the clause before <paramref name="at"/>: what follows names money received.</summary>
    private bool ReceivedBefore(string text, int at)
    {
        var clause = text.AsSpan(0, at);
        clause = clause[(clause.LastIndexOfAny(ClauseEnds) + 1)..];
        foreach (var w in v.ReceivedWords)
        {
            if (clause.IndexOf(w + "的", StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("，,。；;：:！!？?");

    private static readonly string[] Commas = [",", "，"];

    /// <summary>Whether the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> hold one of <paramref name="words"/>.</summary>
    internal static bool GapContainsAny(string text, int start, int length, IReadOnlyList<string> words)
    {
        var gap = text.AsSpan(start, length);
        foreach (var w in words)
        {
            if (gap.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// After scores listed part by part under one label (产出指标自评得分50分、效益指标自评得分30分…), a score under another label
    /// that names a whole (totalScoreWords: 综合得分100分, 总得分, 得分合计) is the document's.
    /// </summary>
    private bool TotalAfterListedScores(FieldLabel label, string phrase, string? listedLabel) =>
        listedLabel is not null && label.Field == "stated.totalScore" && phrase != listedLabel
        && v.TotalScoreWords.Any(w => phrase.Contains(w, StringComparison.Ordinal));

    /// <summary>The same score label twice in one sentence, the statements listed with 、 (A绩效自评分数为73.18分、B绩效自评分数为89.03分).</summary>
    private static bool ListedScores(string text, int sentenceStart, PhraseMatch<LabelEntry> hit)
    {
        var end = sentenceStart;
        while (end < text.Length && !IsSentenceEnd(text[end]))
        {
            end++;
        }

        var phrase = text[hit.Start..hit.End];
        var first = text.IndexOf(phrase, sentenceStart, end - sentenceStart, StringComparison.Ordinal);
        var second = first < 0 ? -1 : text.IndexOf(phrase, first + phrase.Length, end - first - phrase.Length, StringComparison.Ordinal);
        return second > 0 && text.AsSpan(first, second - first).Contains('、');
    }

    /// <summary>
    /// The sentence so far speaks of income (收入) and the label and the words before it of no spending (支出, 使用 …): a label
    /// such as 决算数 there states the income's final figure.
    /// </summary>
    private bool IncomeSentence(string text, int sentenceStart, PhraseMatch<LabelEntry> hit)
    {
        var before = text[sentenceStart..hit.Start];
        var label = text[hit.Start..hit.End];
        return before.Contains("收入", StringComparison.Ordinal)
            && !v.SpendingWords.Any(w => before.Contains(w, StringComparison.Ordinal) || (label.Contains(w, StringComparison.Ordinal) && w != "决算"));
    }

    /// <summary>The words speak of spending or income (支出, 拨付 …); 转移支付 is the name of a kind of fund, not a payment.</summary>
    private bool SpeaksOfSpendingOrIncome(string words)
    {
        var w = words.Contains("转移支付", StringComparison.Ordinal) ? words.Replace("转移支付", "转移", StringComparison.Ordinal) : words;
        return v.SpendingWords.Concat(v.IncomeWords).Any(x => w.Contains(x, StringComparison.Ordinal));
    }

    /// <summary>
    /// A total of parts one of which was read as the budget may also be 共 right before the amount (收到财政资金共2330.9万元，
    /// 其中：…); without a part read, 共 alone is too weak (纳入绩效评价的资金共…, the scope of an evaluation): fields.yaml
    /// totalWords and partTotalWords.
    /// </summary>
    private IEnumerable<string> SplitTotalWords => v.TotalWords.Concat(v.PartTotalWords);

    /// <summary>
    /// Rates stated in enumerated items ((1)…, （2）…, ①…): one value is the document's rate (as any
    /// statement); different values are the items' own rates (several funds or parts), and none is
    /// the document's.
    /// </summary>
    public void FlushEnumeratedRates()
    {
        var values = enumeratedRates.Select(r => ToUnit(r.Token, r.Role, r.Piece.Cells)).Distinct().ToList();
        if (values.Count == 1)
        {
            foreach (var r in enumeratedRates)
            {
                SetNumber(r.Piece, "budget.statedRatePercent", r.Token, r.Role, r.How, r.Priority);
            }

            // The rate is the document's only now: the fund amount of its sentence may be the budget it is taken on.
            foreach (var piece in enumeratedRates.Select(r => r.Piece).Distinct())
            {
                ReadBudgetByRate(piece, NumberScanner.Scan(piece.Text, v));
            }
        }
        else if (values.Count > 1)
        {
            foreach (var r in enumeratedRates)
            {
                var path = $"stated.rates[{b.Rates.Count}]";
                b.Rates.Add(new StatedRate(r.Item, null, null, ToUnit(r.Token, r.Role, r.Piece.Cells), path));
                b.Source(path, r.Piece.Locate(r.Token.NumStart, r.Token.End - r.Token.NumStart));
            }

            if (b.StatedRate is null)
            {
                b.Miss("budget.statedRatePercent", $"列举或分别写出的 {enumeratedRates.Count} 项各写了执行率（{string.Join("、", enumeratedRates.Select(r => r.Piece.Text[r.Token.Start..r.Token.End]))}），是各项的，未写总的执行率");
            }
        }

        enumeratedRates.Clear();
    }

    /// <summary>
    /// The fund a sentence opens with (天然商品林管护补助资金全年共…万元，…预算执行率0%): the longest beginning of its first
    /// clause, before any figure, that ends like an item (subItemEndings) and is longer than a generic one (项目资金), years and
    /// total words left out. Null when the sentence opens otherwise, with 其中 (a part of a total stated before), or with the
    /// fund the title names (the document's own), or when its first clause states a total (合计, 共计, 总计).
    /// </summary>
    private string? OpeningFundItem(string text, int sentenceStart)
    {
        var i = sentenceStart;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '”'))
        {
            i++;
        }

        if (text.AsSpan(i).StartsWith("其中", StringComparison.Ordinal))
        {
            return null;
        }

        var end = i;
        while (end < text.Length && end - i < 40 && !char.IsAsciiDigit(text[end]) && !IsSentenceEnd(text[end]) && text[end] is not (',' or '，' or ':' or '：' or '、' or '(' or '（'))
        {
            end++;
        }

        // …补助资金合计7505万元: a total, the document's own money.
        if (v.TotalWords.Any(w => text.AsSpan(i, end - i).Contains(w, StringComparison.Ordinal)))
        {
            return null;
        }

        string? best = null;
        for (var k = end; k > i && best is null; k--)
        {
            var name = ItemName(text[i..k], 0, k - i);
            if (name.Length > 0 && v.SubItemEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal) && name.Length > e.Length + 2) && text[k - 1] == name[^1])
            {
                best = name;
            }
        }

        return best is null || (ctx.Title.Length > 0 && ctx.Title.Contains(best, StringComparison.Ordinal)) ? null : best;
    }

    /// <summary>The item a sentence opening with an enumerator ((1), （2）, ①) names: its words up to the first figure or comma; null when it does not open so.</summary>
    private static string? EnumeratedItem(string text, int sentenceStart)
    {
        var i = sentenceStart;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        int start;
        if (i < text.Length && text[i] is >= '①' and <= '⑳')
        {
            start = i + 1;
        }
        else if (i + 2 < text.Length && text[i] is '(' or '（' && char.IsAsciiDigit(text[i + 1]))
        {
            var j = i + 1;
            while (j < text.Length && j <= i + 3 && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (j >= text.Length || text[j] is not (')' or '）'))
            {
                return null;
            }

            start = j + 1;
        }
        else
        {
            return null;
        }

        var end = start;
        while (end < text.Length && end - start < 60 && !char.IsAsciiDigit(text[end]) && text[end] is not (',' or '，' or ':' or '：' or '。' or ';' or '；'))
        {
            end++;
        }

        return text[start..end].Trim();
    }

    private void FlushSub(SubItem? sub)
    {
        if (sub is { Rate: { } rate, Source: { } source })
        {
            var path = $"stated.rates[{b.Rates.Count}]";
            b.Rates.Add(new StatedRate(sub.Name.Length == 0 ? "未命名" : sub.Name, sub.Budget, sub.Executed, rate, path));
            b.Source(path, source);
        }
    }

    /// <summary>Labels accepted where they stand: a boundary label must not continue a longer word; chrome lines take only chrome labels.</summary>
    private bool Accept(string text, PhraseMatch<LabelEntry> m, bool chromeOnly)
    {
        var field = m.Values.Select(e => e.Field).FirstOrDefault(f => f is not null);
        if (chromeOnly && !m.Values.Any(e => e.Field is { Chrome: true }))
        {
            return false;
        }

        // 90分≤得分≤100分: a range of a scale, not a statement of the field.
        var before = m.Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        if (before >= 0 && text[before] is '≤' or '≥' or '<' or '>' or '＜' or '＞' && m.Values.All(e => e.Field is null || e.Field.Role is not (ValueRole.Text or ValueRole.Code)))
        {
            return false;
        }

        if (m.Values.Any(e => e.Field is { Boundary: true }) && m.Start > 0 && TextNormalizer.IsCjk(text[m.Start - 1]) && !AfterAYear(text, m.Start)
            && !(m.Values.Any(e => e.Field is { Boundary: true, Role: ValueRole.Amount }) && AfterTotalSubject(text, m.Start)))
        {
            return m.Values.Any(e => e.Field is { Boundary: false } || e.Subject is not null);
        }

        _ = field;
        return true;
    }

    /// <summary>
    /// 截至12月31日支出117万元, 部门支出, 合计支出: a word naming the whole (totalSubjects) right before an amount label is no
    /// longer word the label would continue.
    /// </summary>
    private bool AfterTotalSubject(string text, int at) =>
        v.TotalSubjects.Any(w => w.Length <= at && string.CompareOrdinal(text, at - w.Length, w, 0, w.Length) == 0);

    /// <summary>2022年支出76.36万元, 2022年度支出: a year before a label is no longer word the label would continue.</summary>
    internal static bool AfterAYear(string text, int at)
    {
        var k = at - 1;
        if (k >= 1 && text[k] == '度' && text[k - 1] == '年')
        {
            k--;
        }

        return k >= 4 && text[k] == '年' && char.IsAsciiDigit(text[k - 1]) && char.IsAsciiDigit(text[k - 2]) && char.IsAsciiDigit(text[k - 3]) && char.IsAsciiDigit(text[k - 4]);
    }

    private static int NextStart(List<PhraseMatch<LabelEntry>> hits, int h, string text) => h + 1 < hits.Count ? hits[h + 1].Start : text.Length;

    private static int LastSentenceEnd(string text, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (IsSentenceEnd(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsSentenceEnd(char c) => c is '。' or '；' or ';' or '！' or '？' or '!' or '?' or '\n';

    /// <summary>The length of a currency word (人民币) right before the number at <paramref name="start"/>, after <paramref name="from"/>; 0 if none.</summary>
    private int CurrencyBefore(string text, int from, int start) => VocabularyIndex.EndingWord(text.AsSpan(from, start - from).TrimEnd(), v.CurrencyWords)?.Length ?? 0;

    /// <summary>Characters between two offsets that are not spaces, cell bars or quotes.</summary>
    private static int Gap(string text, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('|' or '"' or '“' or '”'))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// Whether the label is a whole cell in a row of cells run on into its rows (a table copied as one line), right after its
    /// bar, and the cells before it make it a header run's (<see cref="HeadsHeaderRun"/>), not a label with its value.
    /// </summary>
    private bool InHeaderRun(string text, PhraseMatch<LabelEntry> hit)
    {
        if (!IsWholeCell(text, hit))
        {
            return false;
        }

        var bar = text.AsSpan(0, hit.Start).LastIndexOfAny('|', '\t');
        return bar > 0 && text.AsSpan(bar + 1, hit.Start - bar - 1).Trim().Length == 0 && HeadsHeaderRun(CellsBefore(text, bar), labelAloneCounts: false);
    }

    /// <summary>The cells of a row before the cell mark at <paramref name="bar"/>, nearest first (trimmed; empty ones too).</summary>
    private static IEnumerable<string> CellsBefore(string text, int bar)
    {
        while (bar > 0)
        {
            var open = text.AsSpan(0, bar).LastIndexOfAny('|', '\t');
            yield return text[(open + 1)..bar].Trim();
            bar = open;
        }
    }

    private bool IsWholeCell(string text, PhraseMatch<LabelEntry> hit)
    {
        var start = hit.Start;
        while (start > 0 && char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = hit.End;
        while (end < text.Length && (char.IsWhiteSpace(text[end]) || text[end] is ':' or '：'))
        {
            end++;
        }

        var before = start == 0 || text[start - 1] is '|' or '\t';
        var after = end >= text.Length || text[end] is '|' or '\t' || (end > hit.End && end - hit.End >= 2);
        if (!before || !after)
        {
            // A label followed by its marks: 全年预算数(A) | 120.0.
            var close = end < text.Length && text[end] == '(' ? text.IndexOf(')', end) : -1;
            return before && close > 0 && close - end <= 8 && (close + 1 >= text.Length || text[close + 1] is '|' or ' ' or '\t');
        }

        _ = ix;
        return true;
    }

    /// <summary>
    /// 预算数 62.73 到位数 62.73 执行数 62.73 under 金额单位:万元: a table's row copied with spaces, each amount label keyed to a
    /// bare number that is a cell of its own: only spaces or a colon before it; after it the row's end, a cell mark, or (after
    /// spaces or none: 预算数62.73到位数62.73) the next label, cover key or received-money word. Only a label that names a figure
    /// (fields.yaml figureLabelEndings: …数, …额): 预算执行 4 in a scoring table is an indicator and its weight. The number is in the table's declared unit;
    /// without a declared unit (tables.yaml tableUnitCues) it is no amount.
    /// </summary>
    private bool KeyedAmount(string text, PhraseMatch<LabelEntry> hit, FieldLabel label, int stop, List<NumberToken> numbers)
    {
        if (label.Role != ValueRole.Amount || label.Prose || ctx.TableUnit is null || !v.FigureLabelEndings.Any(e => label.Text.EndsWith(e, StringComparison.Ordinal)))
        {
            return false;
        }

        var token = numbers.FirstOrDefault(n => n.Start >= hit.End);
        if (token is not { Suffix: NumberSuffix.None, Value: not null, Glued: false } || token.Start > stop)
        {
            return false;
        }

        if (!OnlyKeyMarks(text, hit.End, token.Start))
        {
            return false;
        }

        var after = token.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return after >= text.Length || text[after] is '|' or '\t' || NextCellWordsAt(text, after);
    }

    /// <summary>
    /// Whether the next cell's words start at <paramref name="at"/>: a field's label (any length, unlike a cover field's
    /// <see cref="NextFieldAt"/>), a cover key or a word of money received (预算数62.73到位数…, 计划投资额(万元)515实际到位资金…) —
    /// the figure before it ends there.
    /// </summary>
    private bool NextCellWordsAt(string text, int at) =>
        ix.Labels.LongestAt(text, at) is not null || ix.CoverKeys.LongestAt(text, at) is not null
        || v.ReceivedWords.Any(w => text.AsSpan(at).StartsWith(w, StringComparison.Ordinal));

    /// <summary>
    /// 预算数62.73到位数62.73执行数62.73100.00: a table row whose cells were run together, the spending glued to the execution
    /// rate after it. Under a declared table unit, with the budget already read, the run is split only when exactly one cut
    /// gives two well-formed numbers whose second is the rate the first gives over the budget (rate = executed ÷ budget, to the
    /// rate's decimals); otherwise nothing is taken and the run is reported (无法可靠拆分).
    /// </summary>
    private bool GluedExecutedAndRate(Piece piece, PhraseMatch<LabelEntry> hit, FieldLabel label, List<NumberToken> numbers)
    {
        var text = piece.Text;
        if (ctx.TableUnit is null || b.Adjusted is not { } budget || budget <= 0
            || numbers.FirstOrDefault(n => n.Start >= hit.End) is not { Glued: true } glued
            || !OnlyKeyMarks(text, hit.End, glued.Start))
        {
            return false;
        }

        var digits = text[glued.NumStart..glued.NumEnd];
        var fits = new List<(decimal Executed, decimal Rate, int Cut)>();
        for (var cut = 1; cut < digits.Length; cut++)
        {
            if (WellFormed(digits[..cut]) is not { } executed || WellFormed(digits[cut..]) is not { } rate)
            {
                continue;
            }

            var decimals = digits[cut..].Contains('.', StringComparison.Ordinal) ? digits.Length - digits.IndexOf('.', cut) - 1 : 0;
            var expected = Math.Round(executed * ctx.TableUnit.Factor / budget * 100m, decimals, MidpointRounding.AwayFromZero);
            if (rate == expected)
            {
                fits.Add((executed, rate, cut));
            }
        }

        if (fits.Count != 1)
        {
            b.Miss("budget.executed", $"第 {piece.Locate(glued.Start, glued.End - glued.Start).Line} 行“{text[hit.Start..glued.End]}”无法可靠拆分（{(fits.Count == 0 ? "没有一种拆法" : "有多种拆法")}符合 执行率 = 执行数 ÷ 预算数），原文保留，未取值");
            return true;
        }

        var (value, statedRate, at) = fits[0];
        var how = $"标签“{hit.Phrase}”后连在一起的数字“{digits}”只有一种拆法符合 执行率 = 执行数 ÷ 预算数（{Money.FormatShort(value * ctx.TableUnit.Factor)} ÷ {Money.FormatShort(budget)} = {Money.FormatShort(statedRate)}%）（{label.Origin}）";
        var first = glued with { End = glued.NumStart + at, NumEnd = glued.NumStart + at, Digits = digits[..at], Value = value, Suffix = NumberSuffix.None, Unit = null, Glued = false };
        var second = glued with { Start = glued.NumStart + at, NumStart = glued.NumStart + at, Digits = digits[at..], Value = statedRate, Suffix = NumberSuffix.Percent, Unit = "%", Glued = false };
        SetNumber(piece, "budget.executed", first, ValueRole.Amount, how, label.Priority);
        SetNumber(piece, "budget.statedRatePercent", second with { End = glued.NumEnd }, ValueRole.Rate, how, label.Priority - 1);
        return true;
    }

    /// <summary>A number as a cell states it (<see cref="NumberScanner.WellFormedCell"/>, any decimals), or null.</summary>
    private static decimal? WellFormed(string digits) =>
        NumberScanner.WellFormedCell(digits, 0, digits.Length, int.MaxValue) ? decimal.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Only spaces or a colon between a label's end and its value (预算数: 62.73, 预算数62.73).</summary>
    private static bool OnlyKeyMarks(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or ':' or '：'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first number after <paramref name="from"/> of the role, before <paramref name="stop"/> and a sentence end, within the gap.</summary>
    private NumberToken? FindNumber(string text, int from, int stop, int gap, ValueRole role, bool bare, bool cells, List<NumberToken> numbers, bool unitInLabel = false)
    {
        foreach (var token in numbers)
        {
            if (token.Start < from)
            {
                continue;
            }

            if (token.Start >= stop && token.NumStart >= stop)
            {
                return null;
            }

            // 当年预算执行率(当年预算支出数/当年预算计划数)87.4%: a formula in brackets right after the label says how the figure is
            // made; the gap is counted after it.
            var between = Gap(text, FormulaBracketEnd(text, from, token.Start), token.Start);
            if (between > gap && between - CurrencyBefore(text, from, token.Start) > gap)
            {
                return null;
            }

            for (var i = from; i < token.Start; i++)
            {
                // A label inside a cited document's title (关于下达…的通知》, 4.13万元) has no value after the title ends.
                if (IsSentenceEnd(text[i]) || ix.Vocabulary.ValueStops.Any(w => i + w.Length <= token.Start && text.AsSpan(i).StartsWith(w, StringComparison.Ordinal)))
                {
                    return null;
                }
            }

            if (token.Glued)
            {
                return null;
            }

            // 综合得分（满分100分）：92: the maximum is skipped, the score follows.
            // 总分值100分: the label (总分) is the start of a maximum word.
            if (role is ValueRole.Score && v.MaximumWords.Any(w => text.AsSpan(0, token.Start).TrimEnd().EndsWith(w, StringComparison.Ordinal)))
            {
                continue;
            }

            if (Compatible(token, role, bare, cells))
            {
                return token;
            }

            // 自评总分(分)97.6部门联系人: the label states the number's unit, so the words right after the number are the next
            // cell run together with it (a table copied as one line), not its unit.
            // 自评总分: 69 单位领导审签: a form's cells run together with a space, the next cell's key read as the number's measure
            // word (项, 单位); a keyed number followed by a space and a cover key or a label is the cell's whole value.
            if ((unitInLabel || (bare && NextCellAfterSpace(text, token.NumEnd)))
                && token.Suffix == NumberSuffix.Other && token.Start == token.NumStart && Compatible(token with { Suffix = NumberSuffix.None }, role, bare: true, cells))
            {
                return token with { End = token.NumEnd, Suffix = NumberSuffix.None, Unit = null };
            }

            // 预算支出910.42、7万元 (a page break splitting 910.47万元 and a list's 2、): the number right after an amount's label,
            // ending its clause without a unit, is its figure; a later number with one is not. (执行数1032849.44(含中央资金…万元)
            // gives the unit in the brackets after it.)
            if (role is ValueRole.Amount && token.Suffix == NumberSuffix.None && between == 0 && token.NumEnd < text.Length && text[token.NumEnd] is '、' or '\n' or '\r')
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where a bracket right after <paramref name="from"/> (spaces skipped) closes, when it holds a formula (a division or product
    /// mark: (当年预算支出数/当年预算计划数), （执行数÷预算数）) and closes before <paramref name="to"/>, or where a formula between
    /// equals signs ends (=执行数/预算数=); else <paramref name="from"/>.
    /// </summary>
    private static int FormulaBracketEnd(string text, int from, int to)
    {
        var open = from;
        while (open < to && char.IsWhiteSpace(text[open]))
        {
            open++;
        }

        // 预算执行率=执行数/预算数=98.5%: the formula between two equals signs.
        if (open < to && text[open] is '=' or '＝' && text.AsSpan(open + 1, to - open - 1).IndexOfAny("=＝") is var second and > 0 and <= 30
            && text.AsSpan(open + 1, second).IndexOfAny("/÷×*") >= 0)
        {
            return open + second + 2;
        }

        if (open >= to || text[open] is not ('(' or '（'))
        {
            return from;
        }

        var close = text.AsSpan(open + 1, to - open - 1).IndexOfAny(")）");
        return close > 0 && close <= 40 && text.AsSpan(open + 1, close).IndexOfAny("/÷×*") >= 0 ? open + close + 2 : from;
    }

    /// <summary>A label ending in its value's unit as a mark (自评总分(分), 执行率(%)): a score's or a rate's suffix in brackets.</summary>
    /// <summary>
    /// 全年预算(万元):1300: an amount label followed by its money unit in brackets states the unit of the bare number after
    /// it (within the label's gap, after an optional colon).
    /// </summary>
    private NumberToken? LabelUnitNumber(string text, int labelEnd, int stop, FieldLabel label, bool cells, List<NumberToken> numbers)
    {
        if (label.Role != ValueRole.Amount)
        {
            return null;
        }

        var k = labelEnd;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        if (NumberScanner.BracketedMoneyUnit(text, k, v) is not { } mark)
        {
            return null;
        }

        // The first number after the mark, bare: nothing after it, or the next field's words after a space (1300.00 全年执行数).
        var found = numbers.FirstOrDefault(n => n.Start >= mark.End);
        if (found is null || found.Start >= stop || found.Glued || found.Value is null || found.Approximate || Gap(text, mark.End, found.Start) > 2
            || text[mark.End..found.Start].Any(IsSentenceEnd))
        {
            return null;
        }

        // 年度资金总额(万元): 1 52.800000 in a table with a 行次 column: the first number is the row's number, the amount follows it.
        if (found.Suffix is NumberSuffix.None or NumberSuffix.Other && found.Decimals == 0 && found.Value is >= 0 and <= 99 && HasRowNumberColumn()
            && numbers.FirstOrDefault(n => n.Start > found.Start) is { Glued: false, Value: not null, Approximate: false } amount
            && amount.Start < stop && found.NumEnd < amount.Start && text[found.NumEnd..amount.Start].All(char.IsWhiteSpace))
        {
            found = amount;
        }

        // (Or the next cell's label glued to it, a cover run together: 计划投资额(万元)515实际到位资金(万元)515; or the next part's
        // heading: 实际支出(万元)299.4二、支出明细情况.)
        var bare = found.Suffix == NumberSuffix.None || (found.Suffix == NumberSuffix.Other && found.NumEnd < text.Length
            && (text[found.NumEnd] == ' ' || NextCellWordsAt(text, found.NumEnd) || HeadingFollows(text, found.NumEnd)));
        return bare ? found with { End = found.NumEnd, Suffix = NumberSuffix.Money, Unit = mark.Unit.Unit, Factor = mark.Unit.Factor } : null;
    }

    /// <summary>
    /// 自评得分:92 / 自评得分 | 92: a score label keyed to a value that is only a number (nothing after it in its cell or
    /// line) takes it without 分. Not a bare 得分 (an indicator's 得分 | 20 in a row of cells): a label of two characters only
    /// when it is a total row's label (总分, tables.yaml indicatorTotal).
    /// </summary>
    private bool? rowNumberColumn;

    /// <summary>The document's tables number their rows: a cell of its own is a row-number header (rowNumberHeaders: 行次).</summary>
    private bool HasRowNumberColumn() => rowNumberColumn ??= v.RowNumberHeaders.Count > 0 && ctx.Lines.Any(l =>
        l.Text.Split([' ', '\t', '|', '\u3000'], StringSplitOptions.RemoveEmptyEntries).Any(cell => v.RowNumberHeaders.Contains(VocabularyLoader.Fold(cell))));

    /// <summary>A score label that can stand for the total on its own: three characters or more (自评得分), or a total row's label (总分).</summary>
    private bool FirmScoreLabel(string phrase) => phrase.Length >= 3 || TotalsIndicators(phrase);

    private bool KeyedScore(string text, PhraseMatch<LabelEntry> hit, FieldLabel label, bool cells)
    {
        // In a prose sentence, 得分：95.5，等级：优 (a two-character label and its colon, the sentence going on after the number)
        // is keyed as well; 得分:20 alone on its line may be one indicator's score and is not.
        var colon = !cells && hit.End < text.Length && text[hit.End] is ':' or '：' && SentenceGoesOn(text, hit.End + 1);
        if (label.Role is not (ValueRole.Score or ValueRole.Weight) || !colon && !FirmScoreLabel(hit.Phrase))
        {
            return false;
        }

        var i = hit.End;

        // 综合得分（满分100分）：92: a remark in brackets between the label and its colon.
        if (i < text.Length && text[i] is '(' or '（' && text.IndexOfAny([')', '）'], i) is var close and > 0 && close - i <= 12)
        {
            i = close + 1;
        }

        var spaced = i < text.Length && text[i] == ' ';
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        // 总得分 92 (a space only): taken when the number ends the line.
        if (spaced && i < text.Length && char.IsAsciiDigit(text[i]))
        {
            return text[DigitsEnd(text, i)..].Trim().Length == 0;
        }

        // 自评分数100。 (the number right after the label, nothing between): taken when it ends the sentence.
        if (!spaced && !cells && i == hit.End && i < text.Length && char.IsAsciiDigit(text[i]))
        {
            var d = DigitsEnd(text, i);
            return d >= text.Length || text[d] is '。' or ';' or '；';
        }

        if (i >= text.Length || text[i] is not (':' or '：' or '|' or '\t') && !(i > hit.End && text[i - 1] == '\t'))
        {
            return false;
        }

        i++;
        while (i < text.Length && text[i] is ' ' or '\t' or '|')
        {
            i++;
        }

        var digits = i;
        i = DigitsEnd(text, i);
        var numberEnd = i;
        while (i < text.Length && text[i] is ' ')
        {
            i++;
        }

        // The number ends the cell: the line, a separator, or (cover fields run together on one line: 自评总分: 95 项目实施单位 …)
        // a space and the next field's label.
        return i > digits && (i >= text.Length || text[i] is '|' or '\t' or ';' or '；' or '。' or ',' or '，'
            || (i > numberEnd && NextFieldAt(text, i)));
    }

    /// <summary>A space, then a cover key or a label of three characters or more (the next field of a cover run together on one line).</summary>
    private bool NextCellAfterSpace(string text, int at)
    {
        if (at >= text.Length || text[at] != ' ')
        {
            return false;
        }

        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return NextFieldAt(text, at);
    }

    /// <summary>The next field of a cover run together on one line starts here: a label of three characters or more, or a cover key.</summary>
    private bool NextFieldAt(string text, int at) =>
        ix.Labels.LongestAt(text, at) is { } next && next.End - next.Start >= 3 || ix.CoverKeys.LongestAt(text, at) is not null;

    /// <summary>Where the run of digits and decimal points from <paramref name="at"/> ends.</summary>
    private static int DigitsEnd(string text, int at)
    {
        while (at < text.Length && (char.IsAsciiDigit(text[at]) || text[at] == '.'))
        {
            at++;
        }

        return at;
    }

    /// <summary>A bare number at <paramref name="at"/> (after spaces) followed by a comma and more words of the same line.</summary>
    private static bool SentenceGoesOn(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        var digits = at;
        while (at < text.Length && (char.IsAsciiDigit(text[at]) || text[at] == '.'))
        {
            at++;
        }

        return at > digits && at + 1 < text.Length && text[at] is ',' or '，' && text[at + 1] != '\n';
    }

    /// <summary>
    /// 下达霍山县中央专项彩票公益金支持残疾人事业发展补助资金93.61万元: after an allocation label (recipientLabels) the name of the
    /// region that receives the money (two to six characters ending in a region suffix, no digit) is skipped before the gap
    /// is counted, as after 下达我县; the long fund name is then within the label's gap.
    /// </summary>
    private int RecipientEnd(string text, int labelEnd, int stop, FieldLabel label)
    {
        if (!v.RecipientLabels.Contains(label.Text))
        {
            return labelEnd;
        }

        var limit = Math.Min(Math.Min(stop, text.Length), labelEnd + 7);
        for (var end = limit; end >= labelEnd + 3; end--)
        {
            var name = text[labelEnd..end];
            if (v.RegionSuffixes.Any(r => r.Length == 1 && name.EndsWith(r, StringComparison.Ordinal)) && name.All(TextNormalizer.IsCjk))
            {
                return end;
            }
        }

        return labelEnd;
    }

    private bool StatesOwnUnit(FieldLabel label)
    {
        if (label.Role is not (ValueRole.Score or ValueRole.Weight or ValueRole.Rate) || !label.Text.EndsWith(')'))
        {
            return false;
        }

        var open = label.Text.LastIndexOf('(');
        var mark = open < 0 ? string.Empty : label.Text[(open + 1)..^1];
        return mark.Length > 0 && (v.RoleSuffixes.GetValueOrDefault(label.Role) ?? []).Contains(mark, StringComparer.Ordinal);
    }

    private bool Compatible(NumberToken t, ValueRole role, bool bare, bool cells) => role switch
    {
        ValueRole.Amount => t.Suffix == NumberSuffix.Money || (t.Suffix == NumberSuffix.None && (bare || cells) && ctx.TableUnit is not null),
        ValueRole.Rate => t.Suffix == NumberSuffix.Percent || (t.Suffix == NumberSuffix.None && bare),
        ValueRole.Score or ValueRole.Weight => (t.Suffix == NumberSuffix.Points || (t.Suffix == NumberSuffix.None && bare)) && t.Value is >= 0 and <= 1000,
        _ => false,
    };

    private decimal ToUnit(NumberToken t, ValueRole role, bool cells)
    {
        var value = t.Value ?? 0m;
        if (role != ValueRole.Amount)
        {
            return value;
        }

        var factor = t.Suffix == NumberSuffix.Money ? t.Factor : ctx.TableUnit?.Factor ?? 1m;
        _ = cells;
        try
        {
            return value * factor;
        }
        catch (OverflowException)
        {
            return value;
        }
    }

    private void SetNumber(Piece piece, string path, NumberToken token, ValueRole role, string how, int priority)
    {
        var source = piece.Locate(token.Start, token.End - token.Start);
        var stated = piece.Text[token.Start..token.End];
        var unit = token.Suffix is NumberSuffix.Money or NumberSuffix.Percent or NumberSuffix.Points ? token.Unit : (role == ValueRole.Amount ? ctx.TableUnit?.Unit : null);
        if (token.Inequality is not null && role is ValueRole.Score or ValueRole.Weight)
        {
            // 得分<60分, 得分≥90分: a band of a grade scale, not the document's score.
            return;
        }

        if (token.Approximate || token.Value is null)
        {
            b.AddApproximate(new ReadValue(path, stated, source) { Stated = stated, Unit = unit, Approximate = true, How = how + "；只写了约数，不作为确数" });
            return;
        }

        if (path is "stated.totalScore" && token.Value < v.TotalScoreFloor)
        {
            // …稳中有升。(自评得分5分): no document scores itself so low; the points are an indicator's or an item's.
            return;
        }

        if (path is "stated.totalScore" && IsEnumeratedItemScore(piece.Text[..token.Start]))
        {
            // 1.预算编制：得分3.00分 — the score of a numbered item (a block of the table's notes), not the document's.
            return;
        }

        if (path is "stated.totalScore" && !piece.Cells && IndicatorScore(piece.Text, token.Start))
        {
            // …年初目标值≥90%,实际完成值≥90%,自评得分20分; — an indicator's score, stated after its target and actual value.
            return;
        }

        var value = ToUnit(token, role, piece.Cells);
        if (path is "stated.totalScore" && b.TotalScore is { } first && first != value)
        {
            b.FirstStatement("totalScore", value, source);
            return;
        }

        if (path is "budget.statedRatePercent")
        {
            b.FirstStatement("executionRate", value, source);
        }
        else if (path is "stated.totalScore")
        {
            b.FirstStatement("totalScore", value, source);
        }

        if (path == "budget.adjusted" && priority < TotalPriority)
        {
            budgetStatements.Add(value);
        }

        var read = new ReadValue(path, Money.FormatShort(value), source) { Stated = stated, Unit = unit, How = how };
        if (path == "budget.statedRatePercent")
        {
            rateStatements.Add((value, token.Decimals, read, priority));
        }

        b.SetNumber(path, value, read, priority);
    }

    /// <summary>
    /// 2020年度预算安排人社专项经费388万元,…年中追加人社专项经费140.8万元,…全年实际拨入人社专项经费528.8万元: a sentence that
    /// states the budget read, then a change to it (budgetChangeWords; budgetDecreaseWords subtract), then an amount that is
    /// exactly the budget with the change: that amount is the year's budget after the change, and the first the initial budget
    /// where its clause names it a budget (budgetSetWords: 预算安排, 预算资金; not money passed down, 下达…).
    /// Not a change against another year (比上年增加…: comparisonMarks before the word), not an amount whose clause names it
    /// spent (an executed label), and only when the initial budget was not read otherwise.
    /// </summary>
    public void FlushBudgetByChange()
    {
        if (b.Adjusted is not { } budget || budget <= 0 || b.Stated("budget.initial") || b.PriorityOf("budget.adjusted") is not { } priority || priority >= TotalPriority)
        {
            return;
        }

        foreach (var piece in pieces)
        {
            var text = piece.Text;
            if (!v.BudgetChangeWords.Any(w => text.Contains(w, StringComparison.Ordinal)))
            {
                continue;
            }

            var numbers = NumberScanner.Scan(text, v);
            for (var k = 0; k < numbers.Count; k++)
            {
                var first = numbers[k];
                if (!IsExactMoney(first) || ToUnit(first, ValueRole.Amount, piece.Cells) != budget)
                {
                    continue;
                }

                // The changes stated after the budget in its sentence, each the first amount after its word.
                var changes = new List<(NumberToken Token, decimal Signed)>();
                for (var i = first.End; i < text.Length && !IsSentenceEnd(text[i]); i++)
                {
                    var word = v.BudgetChangeWords.FirstOrDefault(w => string.CompareOrdinal(text, i, w, 0, w.Length) == 0);
                    if (word is null || ComparedBefore(text, Math.Max(0, i - ChangeComparisonReach), i))
                    {
                        continue;
                    }

                    var change = numbers.FirstOrDefault(t => t.Start >= i + word.Length);
                    if (change is not null && IsExactMoney(change) && Gap(text, i + word.Length, change.Start) <= ChangeGap
                        && !text.AsSpan(i + word.Length, change.Start - i - word.Length).ContainsAny(SentenceMarks))
                    {
                        var amount = ToUnit(change, ValueRole.Amount, piece.Cells);
                        changes.Add((change, v.BudgetDecreaseWords.Contains(word) ? -amount : amount));
                    }

                    i += word.Length - 1;
                }

                if (changes.Count == 0)
                {
                    continue;
                }

                var targets = changes.Select(c => budget + c.Signed).Append(budget + changes.Sum(c => c.Signed)).Where(t => t > 0).ToHashSet();
                var after = changes[0].Token.End;
                var total = numbers.FirstOrDefault(t => t.Start >= after && LastSentenceEnd(text, after, t.Start) < 0
                    && IsExactMoney(t) && targets.Contains(ToUnit(t, ValueRole.Amount, piece.Cells)) && !SpentClause(text, t.Start));
                if (total is null)
                {
                    continue;
                }

                var sum = Money.FormatShort(ToUnit(total, ValueRole.Amount, piece.Cells));
                var clauseStart = text.AsSpan(0, first.Start).LastIndexOfAny(ClauseEnds) + 1;
                if (GapContainsAny(text, clauseStart, first.Start - clauseStart, v.BudgetSetWords))
                {
                    // (Only a budget named so: money first passed down, 下达我区111万元…调减40万元…全年实际下达71万元, is an
                    // allocation in instalments, not a budget first set.)
                    SetNumber(piece, "budget.initial", first, ValueRole.Amount, $"同一句先写预算，再写调整（追加或调减），其后的金额 {sum} 恰为二者之和或差：这是年初的预算", priority);
                }

                SetNumber(piece, "budget.adjusted", total, ValueRole.Amount, $"同一句先写预算 {Money.FormatShort(budget)}，再写调整（追加或调减），此金额恰为二者之和或差：是调整后的全年预算", priority + 1);
                return;
            }
        }
    }

    /// <summary>
    /// The sentence before <paramref name="at"/> states another of balanceTotals (收入总计) with the same amount as
    /// <paramref name="token"/>: the two totals of a final account that balance.
    /// </summary>
    private bool BalancedBefore(string text, int sentenceStart, int at, NumberToken token, List<NumberToken> numbers, bool cells)
    {
        var amount = ToUnit(token, ValueRole.Amount, cells);
        foreach (var other in numbers.Where(t => t.Start >= sentenceStart && t.End <= at && IsExactMoney(t) && ToUnit(t, ValueRole.Amount, cells) == amount))
        {
            var before = text.AsSpan(sentenceStart, other.Start - sentenceStart).TrimEnd("为是:：");
            foreach (var w in v.BalanceTotals)
            {
                if (before.EndsWith(w, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsExactMoney(NumberToken t) => t is { Suffix: NumberSuffix.Money, Value: not null, Approximate: false, Glued: false };

    /// <summary>Whether the clause before <paramref name="at"/> holds a label of spending (实际支出, 已支付 …).</summary>
    private bool SpentClause(string text, int at)
    {
        var start = text.AsSpan(0, at).LastIndexOfAny(ClauseEnds) + 1;
        for (var i = start; i < at; i++)
        {
            if (ix.Labels.LongestAt(text, i) is { } hit && hit.End <= at && hit.Values.Any(e => e.Field is { Field: "budget.executed" }))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Most characters between a budget's change word and its amount (年中追加人社专项经费140.8万元: a fund named between).</summary>
    private const int ChangeGap = 12;

    /// <summary>How far before a change word a comparison mark is looked for (比上年增加: two characters between).</summary>
    private const int ChangeComparisonReach = 4;

    /// <summary>
    /// 到位资金0.26万元 … 支出资金0.26万元，执行率100%: a document that states its executed amount and rate but no budget
    /// label, where exactly one amount named as the money received (receivedWords, right before the amount) satisfies
    /// rate = executed ÷ it to the rate's stated precision: that amount is the budget the rate is taken on. Money received is
    /// not the budget by itself (a project may receive less than its budget, or in several instalments): the stated rate
    /// has to confirm it, and two different confirmed amounts give nothing.
    /// </summary>
    public void FlushBudgetByReceived()
    {
        if (v.ReceivedWords.Count == 0 || b.Stated("budget.adjusted") || b.Stated("budget.initial") || b.Adjusted is not null || b.Initial is not null
            || b.Executed is not { } executed || b.StatedRate is not { } rate || rate <= 0)
        {
            return;
        }

        var found = new List<(Piece Piece, NumberToken Token, decimal Amount, string Word)>();
        foreach (var piece in pieces)
        {
            var text = piece.Text;
            List<NumberToken>? numbers = null;
            var sentenceStart = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (IsSentenceEnd(text[i]))
                {
                    sentenceStart = i + 1;
                    continue;
                }

                var word = v.ReceivedWords.FirstOrDefault(w => string.CompareOrdinal(text, i, w, 0, w.Length) == 0);
                if (word is null)
                {
                    continue;
                }

                numbers ??= NumberScanner.Scan(text, v);
                var from = i + word.Length;
                var token = numbers.FirstOrDefault(t => t.Start >= from);
                if (token is { Suffix: NumberSuffix.Money, Value: not null, Approximate: false } && Gap(text, from, token.Start) <= ReceivedGap
                    && !text.AsSpan(from, token.Start - from).ContainsAny(SentenceMarks) && !OtherYear(text, sentenceStart, i))
                {
                    var amount = ToUnit(token, ValueRole.Amount, piece.Cells);
                    if (RateAgreement.Agrees(executed, amount, rate))
                    {
                        found.Add((piece, token, amount, word));
                    }
                }

                i += word.Length - 1;
            }
        }

        if (found.Select(f => f.Amount).Distinct().Count() != 1)
        {
            return;
        }

        var (p, t, _, w) = found[0];
        SetNumber(p, "budget.adjusted", t, ValueRole.Amount, $"“{w}”的金额：文中没有预算数，写了执行数和执行率，只有这个到位金额满足 执行率 = 执行数 ÷ 它（{Money.FormatShort(executed)} ÷ 它 = {Money.FormatShort(rate)}%）", 2);
    }

    /// <summary>
    /// 2023年中央下达…预算资金1465万元 … 2024年结转…资金合计680.315万元,全年预算执行数合计233.64万元。预算执行率34.3%: the budget read
    /// disagrees with the executed amount and the rate stated (233.64 ÷ 1465 is not 34.3%), while exactly one other amount stated
    /// in the text satisfies rate = executed ÷ it to the rate's precision (rounded or cut): that amount is the budget the rate is
    /// taken on, and replaces the one read. Nothing changes when no amount or several different amounts fit, at a rate of 100% or
    /// more (the executed amount itself would fit), or when the budget read agrees.
    /// </summary>
    public void FlushBudgetByRate()
    {
        // No budget read at all (…专项资金项目共计113个,财政资金3267.28万元 … 支出2856.63万元,执行率87.43%): the one amount that
        // fits is the budget too, in a self-evaluation, when the rate is written with its decimals (a whole percentage fits too
        // many amounts by chance).
        var budget = b.Adjusted;
        var unread = budget is null && b.Initial is null && !b.Stated("budget.adjusted") && !b.Stated("budget.initial") && ctx.Kind != DocumentKind.Other
            && b.StatedRate is { } stated && RateAgreement.Scale(stated) >= 1;
        if ((budget is null && !unread) || budget <= 0 || b.Executed is not { } executed || b.StatedRate is not { } rate || rate <= 0 || rate >= 100 || executed <= 0)
        {
            return;
        }

        var unit = RateAgreement.Unit(RateAgreement.Scale(rate));
        if (budget is { } read && Math.Abs((executed / read * 100m) - rate) <= unit + 0.01m)
        {
            return;
        }

        bool Fits(decimal amount)
        {
            var computed = executed / amount * 100m;
            return Math.Abs(computed - rate) <= (unit / 2) + 0.001m || (computed >= rate && computed - rate < unit);
        }

        if (OnlyAmount(amount => amount > executed && amount != budget && Fits(amount)) is not { } only)
        {
            return;
        }

        var (p, t) = only;

        if (budget is not { } wrong)
        {
            SetNumber(p, "budget.adjusted", t, ValueRole.Amount, $"文中没有预算数的标签，只有这个金额满足 执行率 = 执行数 ÷ 它（{Money.FormatShort(executed)} ÷ 它 = {Money.FormatShort(rate)}%）", 2);
            return;
        }

        b.ForgetAdjusted();
        SetNumber(p, "budget.adjusted", t, ValueRole.Amount, $"文中只有这个金额满足 执行率 = 执行数 ÷ 它（{Money.FormatShort(executed)} ÷ 它 = {Money.FormatShort(rate)}%），读到的 {Money.FormatShort(wrong)} 万元与之不符", 2);
    }

    /// <summary>
    /// 项目预算资金322.14万元 … 已使用96.9576万元 … 预算执行率30.10%: a budget and a rate written with its decimals are read but no
    /// spending label stands. The one amount below the budget that the rate proves (rate = it ÷ budget) is the spending, in a
    /// self-evaluation. Nothing is taken with two different fitting amounts, at a whole percentage, or at 100% or more (the
    /// budget itself would fit).
    /// </summary>
    public void FlushExecutedByRate()
    {
        if (ctx.Kind == DocumentKind.Other || b.Executed is not null || b.Stated("budget.executed") || b.Adjusted is not { } budget || budget <= 0
            || b.StatedRate is not { } rate || rate <= 0 || rate >= 100 || RateAgreement.Scale(rate) < 1)
        {
            return;
        }

        if (OnlyAmount(amount => amount < budget && amount > 0 && RateAgreement.Agrees(amount, budget, rate)) is not { } only)
        {
            return;
        }

        var (p, t) = only;

        SetNumber(p, "budget.executed", t, ValueRole.Amount, $"文中没有执行数的标签，只有这个金额满足 执行率 = 它 ÷ 预算数（它 ÷ {Money.FormatShort(budget)} = {Money.FormatShort(rate)}%）", 2);
    }

    /// <summary>
    /// The exact amounts of money (万元) anywhere in the text that <paramref name="fits"/> accepts, when they are all one figure
    /// (written once or more): its first statement; null when none or two different figures fit.
    /// </summary>
    private (Piece Piece, NumberToken Token)? OnlyAmount(Func<decimal, bool> fits)
    {
        (Piece Piece, NumberToken Token, decimal Amount)? first = null;
        foreach (var piece in pieces)
        {
            foreach (var token in NumberScanner.Scan(piece.Text, v))
            {
                if (token is not { Suffix: NumberSuffix.Money, Value: not null, Approximate: false } || ToUnit(token, ValueRole.Amount, piece.Cells) is var amount && !fits(amount))
                {
                    continue;
                }

                if (first is { } f && f.Amount != amount)
                {
                    return null;
                }

                first ??= (piece, token, amount);
            }
        }

        return first is { } found ? (found.Piece, found.Token) : null;
    }

    /// <summary>
    /// 收到上级下达…补助资金118.92万元,全年发放108.61万元。…项目预算执行率91.33 %: the document states its execution rate but
    /// neither its budget nor its spending by a label. In the paragraph that states the rate, before it, exactly one pair of
    /// amounts (the larger first) satisfies rate = second ÷ first to the rate's precision: the first is the budget and the second
    /// the spending, proved by the rate. Nothing is taken when no pair or several different pairs fit, at a rate of 100% or more
    /// (any amount written twice would fit), or when an amount is approximate, glued or of another year.
    /// </summary>
    public void FlushPairByRate()
    {
        if (ctx.Kind == DocumentKind.Other || b.StatedRate is not { } rate || rate <= 0 || rate >= 100 || b.Adjusted is not null || b.Initial is not null || b.Executed is not null
            || b.Stated("budget.adjusted") || b.Stated("budget.initial") || b.Stated("budget.executed"))
        {
            return;
        }

        var decimals = RateAgreement.Scale(rate);
        var found = new List<(Piece Piece, NumberToken Budget, NumberToken Executed, decimal A, decimal B)>();
        foreach (var piece in pieces)
        {
            if (piece.ChromeOnly || piece.Cells)
            {
                continue;
            }

            var text = piece.Text;
            var numbers = NumberScanner.Scan(text, v);
            var rateAt = numbers.FindIndex(t => t.Suffix == NumberSuffix.Percent && t.Value == rate && !t.Approximate);
            if (rateAt < 0)
            {
                continue;
            }

            var amounts = numbers.Take(rateAt)
                .Where(t => t is { Suffix: NumberSuffix.Money, Value: > 0, Approximate: false, Glued: false } && !OtherYear(text, LastSentenceEnd(text, 0, t.Start) + 1, t.Start))
                .ToList();
            for (var i = 0; i < amounts.Count; i++)
            {
                for (var j = i + 1; j < amounts.Count; j++)
                {
                    var a = ToUnit(amounts[i], ValueRole.Amount, false);
                    var bb = ToUnit(amounts[j], ValueRole.Amount, false);
                    if (a > bb && RateAgreement.Agrees(bb, a, rate))
                    {
                        found.Add((piece, amounts[i], amounts[j], a, bb));
                    }
                }
            }
        }

        if (found.Select(f => (f.A, f.B)).Distinct().Count() != 1)
        {
            return;
        }

        var (p, budget, spent, _, _) = found[0];
        var how = $"文中写了执行率 {Money.FormatShort(rate)}% 而没有预算数、执行数的标签；同一段中执行率之前只有这一对金额满足 执行率 = 后者 ÷ 前者";
        SetNumber(p, "budget.adjusted", budget, ValueRole.Amount, how + "：前者是预算", 1);
        SetNumber(p, "budget.executed", spent, ValueRole.Amount, how + "：后者是执行数", 1);
    }

    /// <summary>Where a budget label's amount was hidden (资金总额万元, 下达给我单位资金 点击查看>> 万元), or null.</summary>
    private string? maskedBudget;

    /// <summary>
    /// The amount after a budget label is hidden: a money unit follows within the label's reach with no digit before it, right
    /// after the label (资金总额万元: blanked) or right after a mask mark (点击查看>> 万元, **万元, xx万元). A unit in brackets
    /// (预算数(万元)) or after a colon (单位:万元) names the unit of a column, and is no hidden amount.
    /// </summary>
    private bool MaskedAmount(string text, int labelEnd, int gap)
    {
        var limit = Math.Min(text.Length, labelEnd + gap + 12);
        for (var i = labelEnd; i < limit; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c) || IsSentenceEnd(c) || c is ',' or '，' or '(' or '（' or ':' or '：')
            {
                return false;
            }

            if (v.MoneyUnits.FirstOrDefault(u => string.CompareOrdinal(text, i, u.Unit, 0, u.Unit.Length) == 0 && !u.Standalone) is not null)
            {
                var j = i;
                while (j > labelEnd && text[j - 1] == ' ')
                {
                    j--;
                }

                return j == labelEnd || text[j - 1] is '*' or '＊' or '>' or 'x' or 'X' or '×';
            }
        }

        return false;
    }

    /// <summary>
    /// 下达给我单位资金 点击查看>> 万元，其中… / 下达给我单位资金1.53万元，其中…: where the text hides the amount of a budget statement, a
    /// budget read from another statement in prose may be a part of the hidden one or one of several: it is withdrawn with the
    /// place of the hidden amount. A budget read from a table (higher priority) stays.
    /// </summary>
    public void FlushMaskedBudget()
    {
        if (maskedBudget is null || b.Adjusted is null || b.PriorityOf("budget.adjusted") is not { } p || p > 5)
        {
            return;
        }

        b.WithdrawAdjusted($"{maskedBudget}的预算金额被隐去，另处读到的金额不能确定是全部资金");
    }

    /// <summary>Most characters between a received-money word and its amount (到位资金为0.26万元, 资金到位共计12万元).</summary>
    private const int ReceivedGap = 4;

    /// <summary>The fund a title names (…2023年度中央水利发展资金绩效自评报告 → 中央水利发展资金), or null when too short.</summary>
    private static string? TitleFund(string title)
    {
        var fundEnd = title.LastIndexOf("资金", StringComparison.Ordinal);
        if (fundEnd < 0)
        {
            return null;
        }

        fundEnd += 2;
        var fundStart = fundEnd;
        while (fundStart > 0 && TextNormalizer.IsCjk(title[fundStart - 1]) && title[fundStart - 1] is not ('年' or '度'))
        {
            fundStart--;
        }

        var fund = title[fundStart..fundEnd];
        return fund.Length >= MinFundNameMatch ? fund : null;
    }

    /// <summary>
    /// A transfer report whose title names the fund evaluated (…2024年度转移支付财政衔接推进乡村振兴补助资金绩效评价自评报告) and
    /// whose body states no budget by a label: the amount written right after that fund's name (…市财政衔接推进乡村振兴补助资金
    /// 1749万元) is the fund's budget, when the name is matched on at least <see cref="MinFundNameMatch"/> characters ending in
    /// 资金 and all such amounts agree. The weakest source of a budget.
    /// </summary>
    public void FlushTitleFundBudget(string title)
    {
        if (ctx.Kind != DocumentKind.TransferPaymentReport || b.Stated("budget.adjusted") || b.Stated("budget.initial"))
        {
            return;
        }

        var fundEnd = title.LastIndexOf("资金", StringComparison.Ordinal);
        if (fundEnd < 0)
        {
            return;
        }

        fundEnd += 2;
        var fundStart = fundEnd;
        while (fundStart > 0 && TextNormalizer.IsCjk(title[fundStart - 1]) && title[fundStart - 1] != '年')
        {
            fundStart--;
        }

        var fund = title[fundStart..fundEnd];
        if (fund.Length < MinFundNameMatch)
        {
            return;
        }

        var found = new List<(Piece Piece, NumberToken Token, int Match)>();
        foreach (var piece in pieces)
        {
            foreach (var token in NumberScanner.Scan(piece.Text, v))
            {
                if (token.Suffix != NumberSuffix.Money || token.Value is null || token.Approximate || token.Glued)
                {
                    continue;
                }

                // The fund's name right before the amount, or before a short note in brackets (…救灾资金(水利部分)6800万元).
                var before = token.Start;
                if (before > 0 && piece.Text[before - 1] is ')' or '）')
                {
                    var open = piece.Text.LastIndexOfAny(['(', '（'], before - 1);
                    before = open >= 0 && before - open <= 12 ? open : before;
                }

                var match = 0;
                while (match < fund.Length && before - match - 1 >= 0 && piece.Text[before - match - 1] == fund[^(match + 1)])
                {
                    match++;
                }

                var sentenceStart = LastSentenceEnd(piece.Text, 0, token.Start) + 1;
                if (match >= MinFundNameMatch && !OtherYear(piece.Text, sentenceStart, token.Start))
                {
                    found.Add((piece, token, match));
                }
            }
        }

        if (found.Count == 0 || found.Select(f => ToUnit(f.Token, ValueRole.Amount, f.Piece.Cells)).Distinct().Count() != 1)
        {
            return;
        }

        var (p, t, m) = found[0];
        SetNumber(p, "budget.adjusted", t, ValueRole.Amount, $"标题所评资金“{fund}”在正文中紧接其名称（“{p.Text[(t.Start - m)..t.Start]}”）的金额", 2);
    }

    /// <summary>How many characters of the title's fund name, ending in 资金, must stand right before the amount.</summary>
    private const int MinFundNameMatch = 6;

    /// <summary>Execution rates stated by labels in prose, in reading order.</summary>
    private readonly List<(decimal Value, int Decimals, ReadValue Read, int Priority)> rateStatements = [];

    /// <summary>
    /// Several execution rates stated for the document (专项资金…执行率61%，财政资金…执行率58%，总支出2939.83万元，执行率63%)
    /// and the one read first contradicts the document's own budget and executed figures: the one other stated rate that
    /// equals executed ÷ budget is the document's. Nothing changes when none or several agree.
    /// </summary>
    public void FlushRateByIdentity()
    {
        if (b.StatedRate is not { } current || (b.Adjusted ?? b.Initial) is not { } basis || basis <= 0 || b.Executed is not { } executed)
        {
            return;
        }

        var computed = executed / basis * 100m;
        var mine = rateStatements.Where(r => r.Value == current).ToList();
        if (mine.Count == 0 || mine.Any(r => RateAgreement.Agrees(computed, r.Value, r.Decimals)))
        {
            return;
        }

        var agreeing = rateStatements.Where(r => r.Value != current && RateAgreement.Agrees(computed, r.Value, r.Decimals)).ToList();
        if (agreeing.Select(r => r.Value).Distinct().Count() != 1)
        {
            return;
        }

        var (value, _, read, _) = agreeing[0];
        var how = read.How + $"；文中先写的执行率 {Money.FormatShort(current)}% 与执行数 ÷ 预算数（{Money.FormatShort(executed)} ÷ {Money.FormatShort(basis)}）不符，取唯一相符的这一个";
        b.SetNumber("budget.statedRatePercent", value, read with { How = how }, mine.Max(r => r.Priority) + 1);
    }


    /// <summary>
    /// Whether the words are one level of government alone (fundSources): 财政拨款支出中央24.63万元、省级资金17.44万元 spends that
    /// level's share, not the whole.
    /// </summary>
    private bool IsFundSource(ReadOnlySpan<char> words)
    {
        foreach (var source in v.FundSources)
        {
            if (words.SequenceEqual(source))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the words between a budget label and its amount name one level's money (县级资金, 中央资金: fundSources + 资金).</summary>
    private bool SourceInGap(ReadOnlySpan<char> gap)
    {
        foreach (var source in v.FundSources)
        {
            var at = gap.IndexOf(source, StringComparison.Ordinal);
            if (at >= 0 && gap[(at + source.Length)..].StartsWith("资金", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words between a budget label and its amount name spending (spentWords), not as part of a fund's name: a
    /// spending word whose words after it end as a fund's name does (fundNameEndings: 红十字事业支出专项资金) is the fund's name.
    /// </summary>
    private bool SpentInGap(ReadOnlySpan<char> gap)
    {
        foreach (var w in v.SpentWords)
        {
            var at = gap.LastIndexOf(w, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var rest = gap[(at + w.Length)..].TrimEnd();
            var named = false;
            foreach (var ending in v.FundNameEndings)
            {
                named |= rest.Length > ending.Length && rest.EndsWith(ending, StringComparison.Ordinal);
            }

            if (!named)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an indicator's target or actual value (indicatorValueWords) is stated earlier in the score's sentence: the word
    /// followed by its figure (目标值≥90%, 完成值=100%), not merely named (对照…各项指标值进行打分,自评得分100分).
    /// </summary>
    private bool IndicatorScore(string text, int at) =>
        StatedWithFigure(SentenceBefore(text, at), v.IndicatorValueWords, (c, _) => c is '为' or '达' or ':' or ' ' or '≥' or '≤' or '=' or '>' or '<');

    /// <summary>
    /// Whether the score's sentence states the execution rate before it (…实际使用资金11万元,执行率为100%,得分10分。): with a bare
    /// 得分, the points of the budget-execution indicator, not the document's score.
    /// </summary>
    private bool RateScore(string text, int at) =>
        StatedWithFigure(SentenceBefore(text, at), v.Labels.Where(l => l.Field == "budget.statedRatePercent" && l.Text.Length >= 3).Select(l => l.Text), (c, skipped) => skipped < 3 && !char.IsAsciiDigit(c));

    /// <summary>The folded words of the sentence before <paramref name="at"/>.</summary>
    private static string SentenceBefore(string text, int at) => VocabularyLoader.Fold(text[(text.AsSpan(0, at).LastIndexOfAny(SentenceEnds) + 1)..at]);

    /// <summary>
    /// Whether one of <paramref name="words"/> stands in <paramref name="sentence"/> followed by a figure, after characters
    /// <paramref name="skippable"/> lets pass (given the character and how many were passed already).
    /// </summary>
    private static bool StatedWithFigure(string sentence, IEnumerable<string> words, Func<char, int, bool> skippable)
    {
        foreach (var w in words)
        {
            for (var i = sentence.IndexOf(w, StringComparison.Ordinal); i >= 0; i = sentence.IndexOf(w, i + 1, StringComparison.Ordinal))
            {
                var k = i + w.Length;
                while (k < sentence.Length && skippable(sentence[k], k - i - w.Length))
                {
                    k++;
                }

                if (k < sentence.Length && char.IsAsciiDigit(sentence[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。；;！!？?");

    /// <summary>
    /// The text before a score opens a numbered item with its own name (1.预算编制：, （2）资产管理：), and that name is not
    /// itself a total-score label of the vocabulary (1.自评得分：95分 stays the document's score).
    /// </summary>
    private bool IsEnumeratedItemScore(string before)
    {
        // (1) 建设项目立项(2分)…自评得2分。 / 一、投入(14分): an item of the indicator system with its own weight.
        if (WeightedItem().IsMatch(before))
        {
            return true;
        }

        var m = EnumeratedItem().Match(before);
        if (!m.Success)
        {
            return false;
        }

        var name = m.Groups["name"].Value;
        return !v.Labels.Any(l => l.Field == "stated.totalScore" && !l.Boundary && l.Gap == 0 && l.Text.Length >= 3 && name.Contains(l.Text, StringComparison.Ordinal));
    }

    /// <summary>An enumerated item named before its figures: 1、烈士纪念设施维修项目： (the label follows the colon; the name ends like an item, subItemEndings).</summary>
    /// <summary>
    /// The text opens with an enumerator and a listed item's own name, ended by 。 or a colon (1.青少年管理事务工作经费。…,
    /// (2)共青团代表大会费用：…): a name ending like an item (subItemEndings) and longer than a generic one (项目资金).
    /// </summary>
    private bool OpensWithListedItem(string text) =>
        (ListedItemOpening().Match(text) is { Success: true } m && m.Groups["name"].Value is var name
            && v.SubItemEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal) && name.Length > e.Length + 2))
        // 1.2021年第一批统筹整合使用财政涉农资金虹鳟鱼鲟鱼养殖基地建设项目,项目实施…: a long item's name ended by a comma (at least
        // eight characters before its ending, so that 1.部门预算资金,… stays the document's).
        || (ListedItemComma().Match(text) is { Success: true } c && c.Groups["name"].Value is var long_
            && v.SubItemEndings.Any(e => long_.EndsWith(e, StringComparison.Ordinal) && long_.Length >= e.Length + 8));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\d{1,2}[、.．]|[(（]\d{1,2}[)）])\s*(?<name>[^:：,，。;；]{10,48})[,，]")]
    private static partial System.Text.RegularExpressions.Regex ListedItemComma();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\d{1,2}[、.．]|[(（]\d{1,2}[)）])\s*(?<name>[^:：,，。;；]{2,30})[。:：]")]
    private static partial System.Text.RegularExpressions.Regex ListedItemOpening();

    /// <summary>
    /// The label stands in a clause run opened by a part lead (partLeads: 一是, 二是 …) at the sentence's start or after a
    /// clause mark, and the lead's words up to the label, the first figure or the first clause mark name an item: a name
    /// (years and total words left out) ending like an item (subItemEndings) and longer than a generic one, like a unit
    /// (unitSuffixes) or in one of partNameEndings. 一是严格预算执行，全年预算执行率100% names no item and stays the document's.
    /// </summary>
    private bool EnumeratedPart(string text, int sentenceStart, int labelStart)
    {
        if (v.PartLeads.Count == 0)
        {
            return false;
        }

        for (var i = labelStart - 1; i >= sentenceStart; i--)
        {
            var lead = v.PartLeads.FirstOrDefault(w => i + w.Length <= labelStart && string.CompareOrdinal(text, i, w, 0, w.Length) == 0);
            if (lead is null || (i > sentenceStart && TextNormalizer.IsCjk(text[i - 1])))
            {
                continue;
            }

            var end = i + lead.Length;
            while (end < labelStart && !char.IsAsciiDigit(text[end]) && text[end] is not (',' or '，' or ':' or '：' or ';' or '；' or '、'))
            {
                end++;
            }

            var name = ItemName(text[(i + lead.Length)..end], 0, end - i - lead.Length);
            return v.SubItemEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal) && name.Length > e.Length + 2)
                || (name.Length >= 4 && (v.UnitSuffixes.Any(e => name.EndsWith(e, StringComparison.Ordinal)) || v.PartNameEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal))));
        }

        return false;
    }

    /// <summary>
    /// The label's amount follows an item's name and a colon (下达了园林绿化经费:514.56万元) and the next clause states another
    /// item's money the same way (,行道树养护费:30.58万元): the amounts are the items', listed one by one. Item names end like an
    /// item (subItemEndings, partNameEndings).
    /// </summary>
    private bool NamedPartsAfterLabel(string text, int labelEnd, NumberToken token, List<NumberToken> numbers)
    {
        if (NamedItemBefore().Match(text, labelEnd, token.Start - labelEnd) is not { Success: true } first || !EndsLikeItem(first.Groups["name"].Value))
        {
            return false;
        }

        var at = numbers.IndexOf(token);
        if (at < 0 || at + 1 >= numbers.Count || numbers[at + 1] is not { Suffix: NumberSuffix.Money } next)
        {
            return false;
        }

        var between = text[token.End..next.Start];
        return NamedItemAfter().Match(between) is { Success: true } second && EndsLikeItem(second.Groups["name"].Value);
    }

    private bool EndsLikeItem(string name) =>
        name.Length >= 3 && (v.SubItemEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal)) || v.PartNameEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal)));

    [System.Text.RegularExpressions.GeneratedRegex(@"\G[了的]?\s*(?<name>\p{IsCJKUnifiedIdeographs}{2,20})\s*[:：]\s*$")]
    private static partial System.Text.RegularExpressions.Regex NamedItemBefore();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[,，、;；]\s*(?<name>\p{IsCJKUnifiedIdeographs}{2,20})\s*[:：]\s*$")]
    private static partial System.Text.RegularExpressions.Regex NamedItemAfter();

    /// <summary>
    /// 已分配资金中:(1)…;(2)…;(3)计提工作经费20.00万元,实际支出17.05万元,资金支出率85%: a sentence opening with a bracketed
    /// numbered item after the first ((2), (3)), the item before it numbered in the same paragraph, and the item's name (ending as an item
    /// does: 经费, 资金 …) followed at once by its amount: the figures up to the sentence's end are that item's.
    /// </summary>
    private bool LaterNumberedItem(string text, int sentenceStart)
    {
        if (NumberedItemAmount().Match(text, sentenceStart) is not { Success: true } m || !int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 2
            || !EndsLikeItem(m.Groups["name"].Value.TrimEnd()))
        {
            return false;
        }

        var before = text.AsSpan(0, sentenceStart);
        var previous = (n - 1).ToString(CultureInfo.InvariantCulture);
        return before.Contains($"({previous})", StringComparison.Ordinal) || before.Contains($"（{previous}）", StringComparison.Ordinal);
    }

    /// <summary>
    /// A sentence inside a numbered item of its line, the item's mark before it and the next one after
    /// ((1)某某项目资金拨付率100%。该项目…已拨付资金100.6万元,及时率71.86%;(2)某某项目…): the item's figures, not the document's.
    /// </summary>
    private static bool BetweenNumberedItems(string text, int sentenceStart, int labelEnd)
    {
        // The last item mark before the sentence, found without copying the text (this runs for every budget word).
        var last = (Index: -1, Length: 0);
        foreach (var m in ItemMark().EnumerateMatches(text.AsSpan(0, sentenceStart)))
        {
            last = (m.Index, m.Length);
        }

        if (last.Index < 0 || !int.TryParse(text.AsSpan(last.Index + 1, last.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        var next = (n + 1).ToString(CultureInfo.InvariantCulture);
        var after = text.AsSpan(labelEnd);
        return after.Contains($"({next})", StringComparison.Ordinal) || after.Contains($"（{next}）", StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[(（]\d{1,2}[)）]")]
    private static partial System.Text.RegularExpressions.Regex ItemMark();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*[(（](?<n>\d{1,2})[)）]\s*(?<name>[^:：,，。;；()（）\d]{2,30}?)\s*\d")]
    private static partial System.Text.RegularExpressions.Regex NumberedItemAmount();

    private bool IsItemLead(string before) =>
        (ItemLead().Match(before) is { Success: true } m && v.SubItemEndings.Any(e => m.Groups["name"].Value.EndsWith(e, StringComparison.Ordinal)))
        // A few words may follow the item's colon before the label (1、档案管理项目资金:2016年县财政下达30万元, the item opening
        // mid-line after a heading's colon): then only a named item (at least five characters before its ending), so that
        // 1、部门预算资金:2022年预算… stays the document's.
        || (ItemLeadWithWords().Match(before) is { Success: true } w && w.Groups["name"].Value is var name
            && v.SubItemEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal) && name.Length >= e.Length + 5));

    /// <summary>The Chinese numerals an item's number may be written in (子项目二).</summary>
    private const string ItemNumerals = "一二三四五六七八九十";

    /// <summary>The numbered item (项目1, 子项目二; numberedItemWords) a sentence opens with before its colon, or null.</summary>
    private string? NumberedItem(string text, int sentenceStart)
    {
        var t = text.AsSpan(sentenceStart).TrimStart();
        foreach (var w in v.NumberedItemWords)
        {
            if (!t.StartsWith(w, StringComparison.Ordinal))
            {
                continue;
            }

            var k = w.Length;
            var digits = 0;
            while (k < t.Length && digits < 3 && (char.IsAsciiDigit(t[k]) || ItemNumerals.Contains(t[k], StringComparison.Ordinal)))
            {
                k++;
                digits++;
            }

            if (digits > 0 && k < t.Length && t[k] is ':' or '：')
            {
                return t[..k].ToString();
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[^\d.])(?:\d{1,2}[、.．]|[(（]\d{1,2}[)）])\s*(?<name>[^:：,，。;；]{2,30})[:：][^:：,，。;；]{1,12}$")]
    private static partial System.Text.RegularExpressions.Regex ItemLeadWithWords();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[^\d.])(?:\d{1,2}[、.．]|[(（]\d{1,2}[)）])\s*(?<name>[^:：,，。;；]{2,30})[:：]\s*$")]
    private static partial System.Text.RegularExpressions.Regex ItemLead();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])\s*(?<name>[^:：,，。;；]{2,20})[:：]")]
    private static partial System.Text.RegularExpressions.Regex EnumeratedItem();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\d{1,2}[.、．]|[(（][\d一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)\s*[^:：,，。;；(（]{2,20}[(（]\d{1,2}(?:\.\d)?分")]
    private static partial System.Text.RegularExpressions.Regex WeightedItem();

    /// <summary>≤预算, &lt;预算: an inequality stated instead of a figure.</summary>
    private void ReadInequalityText(Piece piece, PhraseMatch<LabelEntry> hit, FieldLabel label)
    {
        var text = piece.Text;
        var i = hit.End;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is ':' or '：' or '为' or '|'))
        {
            i++;
        }

        foreach (var q in v.Inequalities)
        {
            if (i + q.Length < text.Length && string.CompareOrdinal(text, i, q, 0, q.Length) == 0 && !char.IsAsciiDigit(text[i + q.Length]) && text[i + q.Length] != ' ')
            {
                var end = i + q.Length;
                while (end < text.Length && end - i < 8 && TextNormalizer.IsCjk(text[end]))
                {
                    end++;
                }

                if (end > i + q.Length)
                {
                    var stated = text[i..end];
                    b.AddApproximate(new ReadValue(label.Field, stated, piece.Locate(i, end - i)) { Stated = stated, Approximate = true, How = $"标签“{hit.Phrase}”（{label.Origin}）；写的是不等式，不是数额" });
                }

                return;
            }
        }
    }

    private enum Ownership
    {
        Total,
        Item,
        Blocked,
    }

    /// <summary>Whose figure a label in a sentence states: the document's (nothing or a total word before it), an item's (a name ending in 项目/经费 …), or unknown (blocked).</summary>
    private Ownership Owner(string text, int sentenceStart, int labelStart, PhraseMatch<LabelEntry>? previous)
    {
        var name = ItemName(text, sentenceStart, labelStart);
        if (name.Length == 0)
        {
            // Nothing right before the label: the sentence's topic, when it opens the sentence before
            // any other label (1. 基层党建工作，…等项目，预算执行率均达到100%), names whose figure it is.
            if (previous is { } p && p.Start >= sentenceStart)
            {
                return Ownership.Total;
            }

            var topic = Topic(text, sentenceStart, labelStart);
            return topic.Length > 0 && v.SubItemEndings.Any(e => topic.EndsWith(e, StringComparison.Ordinal)) ? Ownership.Item : Ownership.Total;
        }

        if (v.SubItemEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal)) || AfterPartsMark(text, sentenceStart, labelStart))
        {
            return Ownership.Item;
        }

        _ = previous;
        return name.Length <= 4 || GovernedByTitleUnit(name) || ShortNameOfItself(name) || NamedInTitle(name) || OpensLinesAsUnit(name) ? Ownership.Total : Ownership.Blocked;
    }

    /// <summary>
    /// 开远市人民政府扶贫开发办公室2016年度支出合计174万元 in a text without a title whose lines open with that unit and a year
    /// (…2016年度参与整体支出绩效自评单位共1个 / …2016年度收入合计…): the name before the figure, without its year, is the unit the
    /// text speaks as (DocumentReader.RepeatedOpeningUnit), so the figure is the document's own.
    /// </summary>
    private bool OpensLinesAsUnit(string name) =>
        ctx.OpeningUnit is { } opening && VocabularyLoader.Fold(opening.Unit) == WithoutTrailingYear(name);

    /// <summary>
    /// 某某县民政局2016年度支出合计174万元 under the title 某某县民政局2016年度部门整体支出绩效自评报告: the name before the figure,
    /// without the year it ends in, is the title's unit, so the figure is the document's own.
    /// </summary>
    private bool NamedInTitle(string name)
    {
        var unit = WithoutTrailingYear(name);
        return unit.Length >= 4 && ctx.Title.Length > 0 && ctx.Title.Contains(unit, StringComparison.Ordinal) && ctx.CleanUnit(unit) == unit;
    }

    /// <summary>
    /// Where a year written at <paramref name="k"/> ends: four digits or a masked year (maskedYears: 20xx), maybe spaces, then
    /// 年 or 年度; null when no year starts there.
    /// </summary>
    private int? YearEnd(string raw, int k)
    {
        var digits = 0;
        while (k + digits < raw.Length && char.IsAsciiDigit(raw[k + digits]))
        {
            digits++;
        }

        var length = digits == 4 ? 4
            : v.MaskedYears.FirstOrDefault(m => raw.AsSpan(k).StartsWith(m, StringComparison.OrdinalIgnoreCase)) is { } masked ? masked.Length
            : 0;
        if (length == 0)
        {
            return null;
        }

        var rest = raw.AsSpan(k + length).TrimStart(' ');
        return rest is ['年', ..] ? raw.Length - rest.Length + (rest is ['年', '度', ..] ? 2 : 1) : null;
    }

    /// <summary>A name before a figure, folded, without the year it ends in (某某县民政局2016年度 → 某某县民政局).</summary>
    private static string WithoutTrailingYear(string name)
    {
        var folded = VocabularyLoader.Fold(name);
        var year = TrailingYear().Match(folded);
        return year.Success ? folded[..year.Index] : folded;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:19|20)[0-9]{2}年度?$")]
    private static partial System.Text.RegularExpressions.Regex TrailingYear();

    /// <summary>
    /// 省红十字会批复支出预算… in a text that named itself so (山东省红十字会(以下简称“省红十字会”)…): the short name the text
    /// gives itself (abbreviationMarks), maybe with a verb of the figure after it (批复), is the document's own subject, not one
    /// of its parts.
    /// </summary>
    private bool ShortNameOfItself(string name) =>
        v.AbbreviationMarks.Count > 0 && (shortNames ??= ReadShortNames()).Any(s => name.StartsWith(s, StringComparison.Ordinal) && name.Length - s.Length <= 3);

    private HashSet<string>? shortNames;

    private static readonly System.Buffers.SearchValues<char> ShortNameEnds = System.Buffers.SearchValues.Create("”\"’'」)）,，。;；");

    private HashSet<string> ReadShortNames()
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in ctx.Lines.Take(40))
        {
            foreach (var (at, length) in DocumentReader.AbbreviationMarksIn(line.Text, v))
            {
                var rest = line.Text.AsSpan(at + length).TrimStart("“\"‘'「:：");
                var end = rest.IndexOfAny(ShortNameEnds);
                if (end is >= 2 and <= 20)
                {
                    found.Add(rest[..end].ToString());
                }
            }

            if (found.Count > 0)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// 丰都县江池镇年初预算… in the report of 丰都县江池镇人民政府: the place whose government the title names is the
    /// document's own subject.
    /// </summary>
    private bool GovernedByTitleUnit(string name) =>
        ctx.Title.Length > 0 && v.TownGovernmentWords.Any(w => ctx.Title.Contains(VocabularyLoader.Fold(name) + w, StringComparison.Ordinal));

    /// <summary>
    /// The label's clause opens right after 其中 (…，其中，法院执行年初预算数6万元): a named figure there is a part of the
    /// total before it, not the document's.
    /// </summary>
    private static bool AfterPartsMark(string text, int sentenceStart, int labelStart)
    {
        var i = labelStart - 1;
        while (i >= sentenceStart && text[i] is not (',' or '，' or ':' or '：' or ';' or '；'))
        {
            i--;
        }

        while (i >= sentenceStart && (char.IsWhiteSpace(text[i]) || text[i] is ',' or '，' or ':' or '：'))
        {
            i--;
        }

        return i - 1 >= sentenceStart && text[i] == '中' && text[i - 1] == '其';
    }

    /// <summary>The sentence's words before the label, cut at its last clause that names something (等项目，… → …等项目).</summary>
    private string Topic(string text, int sentenceStart, int labelStart)
    {
        var end = labelStart;
        while (end > sentenceStart && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '，' or ':' or '：'))
        {
            end--;
        }

        var start = end;
        while (start > sentenceStart && text[start - 1] is not (',' or '，' or ':' or '：'))
        {
            start--;
        }

        var clause = text[start..end];
        return clause.Length > 160 ? string.Empty : ItemName(clause, 0, clause.Length);
    }

    /// <summary>The text before <paramref name="end"/> ends with a money unit (元, 万元; not 万 alone) or a rate or score suffix (%, 分).</summary>
    private bool EndsWithUnit(string text, int end) => figureUnits.Any(u => text.AsSpan(0, end).EndsWith(u, StringComparison.Ordinal));

    /// <summary>The words before a label in its clause, without years, total words and punctuation.</summary>
    private string ItemName(string text, int sentenceStart, int labelStart)
    {
        var start = sentenceStart;
        for (var i = labelStart - 1; i >= sentenceStart; i--)
        {
            // A space after a figure (全年预算数1300万元 全年执行数…: cover fields on one line) also ends the clause before.
            if (text[i] is ',' or '，' or ':' or '：' or '、' or '|' or '(' or '（' or ')' or '）'
                || (char.IsWhiteSpace(text[i]) && i > sentenceStart && (char.IsAsciiDigit(text[i - 1]) || EndsWithUnit(text, i))))
            {
                start = i + 1;
                break;
            }
        }

        var raw = text[start..labelStart];
        var sb = new System.Text.StringBuilder();
        var k = 0;
        while (k < raw.Length)
        {
            // A run-together copy's heading glued to the sentence after its number (二、预算执行情况本年度总预算3456万元, 二、部门整体
            // 支出管理及使用情况2023年全年预算数…): the words up to the last heading ending (gluedHeadingEndings) name no item.
            if (k == 0 && start > 0 && text[start - 1] is '、' or ')' or '）' && GluedHeadingEnd(raw) is { } headingEnd)
            {
                k = headingEnd;
                continue;
            }

            if (char.IsWhiteSpace(raw[k]) || raw[k] is '"' or '“' or '”' or '的')
            {
                k++;
                continue;
            }

            // A year (2021年, 2021年度), or a sample's masked one (20xx年财政拨款支出为314.86万元: maskedYears): no part's name.
            if (YearEnd(raw, k) is { } afterYear)
            {
                k = afterYear;
                continue;
            }

            if (ix.TotalSubjects.LongestAt(raw, k) is { } total)
            {
                k = total.End;
                continue;
            }

            sb.Append(raw[k]);
            k++;
        }

        return sb.ToString();
    }

    /// <summary>
    /// A heading of any form opens the text at <paramref name="at"/> (下一步工作打算：…, 二、支出明细情况): the words right after a
    /// figure are the next part's, not its measure. Called only for a figure followed by a word, so the copy is rare.
    /// </summary>
    private bool HeadingFollows(string text, int at) => SectionReader.HeadingOf(text[at..], ix) is not null;

    /// <summary>The label totals an indicator table (tables.yaml indicatorTotal: 总分, 合计 …).</summary>
    private bool TotalsIndicators(string phrase) => ix.RowKindsOf(phrase).Contains("indicatorTotal");

    /// <summary>The figure is followed, cell after cell with nothing but separators between, by another figure.</summary>
    private static bool RowOfFigures(string text, NumberToken token, List<NumberToken> numbers)
    {
        var next = numbers.FirstOrDefault(n => n.Start >= token.End);
        if (next is null)
        {
            return false;
        }

        var between = text.AsSpan(token.End, next.Start - token.End);
        return between.Length > 0 && between.IndexOfAny('|', '\t') >= 0 && between.Trim(" \t|").IsEmpty;
    }

    /// <summary>Where the last of gluedHeadingEndings in a clause ends, when more words follow it; null when none does.</summary>
    private int? GluedHeadingEnd(string raw)
    {
        int? end = null;
        foreach (var e in v.GluedHeadingEndings)
        {
            var at = raw.LastIndexOf(e, StringComparison.Ordinal);
            if (at > 0 && at + e.Length < raw.Length && (end is null || at + e.Length > end))
            {
                end = at + e.Length;
            }
        }

        return end;
    }

    /// <summary>Where the label's clause starts: after the last comma before it in its sentence, or at the sentence's start.</summary>
    private static int CommaClauseStart(string text, int sentenceStart, int labelStart)
    {
        var comma = labelStart > sentenceStart ? text.AsSpan(sentenceStart, labelStart - sentenceStart).LastIndexOfAny(',', '，') : -1;
        return comma < 0 ? sentenceStart : sentenceStart + comma + 1;
    }

    /// <summary>The label's clause (from its sentence's start or last comma) names a goal before it (goalWords: 目标, 力争 …).</summary>
    private bool StatesAGoal(string text, int sentenceStart, int labelStart)
    {
        var start = CommaClauseStart(text, sentenceStart, labelStart);

        if (v.GoalWords.Any(w => text.AsSpan(start, labelStart - start).Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }

        // A list of targets opened earlier in the sentence (投入目标:市级财政投入金额2000万元,财政资金使用率100%): every rate in it
        // is a target, unless words of what was done stand between the list's colon and the label (目标:…,实际执行率98%).
        foreach (var w in v.GoalWords)
        {
            for (var at = text.IndexOf(w, sentenceStart, labelStart - sentenceStart, StringComparison.Ordinal); at >= 0;
                 at = at + w.Length < labelStart ? text.IndexOf(w, at + w.Length, labelStart - at - w.Length, StringComparison.Ordinal) : -1)
            {
                var colon = at + w.Length;
                if (colon < labelStart && text[colon] is ':' or '：'
                    && !v.ActualWords.Any(a => text.AsSpan(colon, labelStart - colon).Contains(a, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The amount of a budget label is matching money (matchingWords: 配套, 自筹): a matching word in the label's clause (from the
    /// sentence's start or last comma up to the amount) or in the clause right after the amount that states its use (用于…本级配套).
    /// </summary>
    private bool MatchingFund(string text, int sentenceStart, int labelStart, NumberToken token)
    {
        if (v.MatchingWords.Count == 0)
        {
            return false;
        }

        var start = CommaClauseStart(text, sentenceStart, labelStart);

        if (v.MatchingWords.Any(w => text.AsSpan(start, token.Start - start).Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }

        var after = token.End;
        while (after < text.Length && text[after] is ' ')
        {
            after++;
        }

        if (after >= text.Length || text[after] is not (',' or '，'))
        {
            return false;
        }

        var from = after + 1;
        var end = from;
        while (end < text.Length && !IsSentenceEnd(text[end]) && text[end] is not (',' or '，'))
        {
            end++;
        }

        var next = text[from..end];
        return v.UseWords.Any(w => next.StartsWith(w, StringComparison.Ordinal)) && v.MatchingWords.Any(w => next.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>True when the clause before the label names a year other than the document's (a figure of another year).</summary>
    private bool OtherYear(string text, int sentenceStart, int labelStart)
    {
        if (ctx.Year is not { } year)
        {
            return false;
        }

        var start = CommaClauseStart(text, sentenceStart, labelStart);

        for (var i = start; i + 4 < labelStart; i++)
        {
            var after = i + 4;
            while (after < labelStart && text[after] == ' ')
            {
                after++;
            }

            if (char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1])) && after < text.Length && text[after] == '年'
                && int.TryParse(text.AsSpan(i, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100 && y != year
                && !AfterDateLabel(text, start, i) && !SigningDate(text, start, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The year at <paramref name="at"/> opens a whole date (2022年5月28日) with no cutoff mark before it (dateCutoffMarks: 截至): when
    /// something was done or signed, not the year of the figures after it.
    /// </summary>
    private bool SigningDate(string text, int start, int at) =>
        WholeDate().IsMatch(text, at) && VocabularyIndex.EndingWord(text.AsSpan(start, at - start).TrimEnd(), v.DateCutoffMarks) is null;

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\d{4} *年 *\d{1,2} *月 *\d{1,2} *日")]
    private static partial System.Text.RegularExpressions.Regex WholeDate();

    /// <summary>The year at <paramref name="at"/> follows a date label (dateLabels: 填报日期:2022 年 8 月): the form's date, not a figure's year.</summary>
    private bool AfterDateLabel(string text, int start, int at)
    {
        var i = at;
        while (i > start && text[i - 1] is ' ' or ':' or '：')
        {
            i--;
        }

        return VocabularyIndex.EndingWord(text.AsSpan(start, i - start), v.DateLabels) is not null;
    }

    // ------------------------------------------------------------------ grades

    private void ReadGrade(Piece piece, PhraseMatch<LabelEntry> hit, FieldLabel label, List<NumberToken> numbers, int stop)
    {
        var text = piece.Text;
        var i = hit.End;

        // A label ending in its own connector (评为, 自评为, 结果为) may be followed by a one-character grade (评为优).
        var connector = hit.Phrase.EndsWith('为') || hit.Phrase.EndsWith('是');
        var limit = Math.Min(text.Length, hit.End + label.Gap + 4);
        while (i < limit && i < stop + 8)
        {
            var c = text[i];
            if (IsSentenceEnd(c) || char.IsAsciiDigit(c))
            {
                return;
            }

            if (ix.GradeWords.LongestAt(text, i) is { } g)
            {
                var word = g.Values[0];
                var single = g.End - g.Start == 1;
                if (single && !connector && !(i == hit.End && (hit.Start == 0 || !TextNormalizer.IsCjk(text[hit.Start - 1]))
                    && (g.End >= text.Length || IsSentenceEnd(text[g.End]) || text[g.End] is ',' or '，')))
                {
                    // 等级优。 (the word alone right after a label opening its clause) is a grade; 等级优良率 and 工程质量等级优，
                    // (a label continuing another word) are not.
                    return;
                }

                if (IsScaleList(text, g))
                {
                    return;
                }

                // A grade word running on into another word (优质, 评定为“合格工程”, 评为优秀单位) is part of that word, not a
                // grade, unless the word is one of gradeSuffixes (优秀等次).
                // (优一、项目基本情况: a run-together copy's next heading, its number right after the grade, is no such word.)
                if (g.End < text.Length && TextNormalizer.IsCjk(text[g.End]) && !v.GradeSuffixes.Any(s => string.CompareOrdinal(text, g.End, s, 0, s.Length) == 0)
                    && !SectionReader.LeadsAt(text, g.End, ix))
                {
                    return;
                }

                if (numbers.Any(n => n.Start > hit.End && n.Start < g.Start))
                {
                    return;
                }

                var how = $"标签“{hit.Phrase}”（{label.Origin}）后的等级用词“{g.Phrase}”";
                b.SetText("stated.grade", word.Grade, new ReadValue("stated.grade", word.Grade, piece.Locate(g.Start, g.End - g.Start)) { Stated = text[g.Start..g.End], How = how }, label.Priority);
                if (!piece.ChromeOnly && ScoreInBrackets(text, g.End) is { } at && numbers.FirstOrDefault(n => n.NumStart == at && n.Suffix == NumberSuffix.Points && !n.Approximate) is { } score)
                {
                    // 评价结果：优（95.5分）: the score in brackets right after the grade.
                    SetNumber(piece, "stated.totalScore", score, ValueRole.Score, how + "后括号中的得分", label.Priority - 1);
                }

                return;
            }

            connector = c is ':' or '：' or '为' or '是' or '"' or '“' or '「' or '『' or ' ' or '|' or '(' or '（' or '【';
            if (!connector && !TextNormalizer.IsCjk(c) && c is not ',' and not '，')
            {
                connector = true;
            }

            i++;
        }
    }

    /// <summary>优、良、中、差 or 优(90-100): a scale, not a stated grade.</summary>
    private static bool IsScaleList(string text, PhraseMatch<GradeWord> g)
    {
        if (ScoreInBrackets(text, g.End) is not null)
        {
            return false;
        }

        var after = g.End;
        while (after < text.Length && text[after] is ' ' or '"' or '”' or '」')
        {
            after++;
        }

        if (after < text.Length && (text[after] is '、' or '/' or '≥' or '>' or '(' or '（' or '：' or ':' || char.IsAsciiDigit(text[after])))
        {
            return after < text.Length && !(text[after] is '(' or '（' && after + 1 < text.Length && !char.IsAsciiDigit(text[after + 1]));
        }

        var before = g.Start - 1;
        while (before >= 0 && text[before] is ' ' or '"' or '“' or '「')
        {
            before--;
        }

        return before >= 0 && text[before] is '、' or '/';
    }

    /// <summary>
    /// 优（95.5分）: one number with 分 alone in brackets right after a grade word, the brackets not followed by a list mark or
    /// another list mark (优（90分）、良（80分） is a scale): where that number starts, or null.
    /// </summary>
    private static int? ScoreInBrackets(string text, int at)
    {
        if (at >= text.Length || text[at] is not ('(' or '（'))
        {
            return null;
        }

        var i = at + 1;
        var digits = i;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
        {
            i++;
        }

        if (i == digits || i >= text.Length || text[i] != '分' || i + 1 >= text.Length || text[i + 1] is not (')' or '）'))
        {
            return null;
        }

        var after = i + 2;
        if (after < text.Length && text[after] is '、' or '/' or ';' or '；' || after < text.Length && char.IsAsciiDigit(text[after]))
        {
            return null;
        }

        return digits;
    }

    /// <summary>☑优 ☐良: a ticked grade anywhere in the document.</summary>
    public void ReadTicks(Piece piece)
    {
        var text = piece.Text;
        for (var i = text.IndexOf(TextNormalizer.Ticked, StringComparison.Ordinal); i >= 0 && i < text.Length; i = text.IndexOf(TextNormalizer.Ticked, i + 1))
        {
            var j = i + 1;
            while (j < text.Length && text[j] == ' ')
            {
                j++;
            }

            if (ix.GradeWords.LongestAt(text, j) is { } g)
            {
                b.SetText("stated.grade", g.Values[0].Grade, new ReadValue("stated.grade", g.Values[0].Grade, piece.Locate(i, g.End - i)) { Stated = text[i..g.End], How = "勾选的等级（☑）" }, 9);
                return;
            }
        }
    }

    // ------------------------------------------------------------------ names (unit, department, project)

    /// <summary>
    /// The fund source (fundSources: 中央, 省级 …) whose money (中央资金) the clause before the label names, in the label's
    /// sentence: the last one between the sentence's start and the label, or null.
    /// </summary>
    private string? SourceBefore(string text, int sentenceStart, int labelStart)
    {
        var best = -1;
        string? found = null;
        if (labelStart <= sentenceStart)
        {
            return null;
        }

        foreach (var source in v.FundSources)
        {
            var at = text.LastIndexOf(source + "资金", labelStart - 1, labelStart - sentenceStart, StringComparison.Ordinal);
            if (at > best)
            {
                (best, found) = (at, source);
            }
        }

        return found;
    }

    /// <summary>
    /// In the label's sentence, an amount of money right after a fund's name (…安排专项资金5.6万元, ending like an item:
    /// subItemEndings) stands before the label with only a clause mark between: the label's figure is that fund's.
    /// </summary>
    private bool FundAmountBefore(string text, int sentenceStart, int labelStart, List<NumberToken> numbers)
    {
        var amount = numbers.LastOrDefault(t => t.End <= labelStart && t.Start >= sentenceStart);
        if (amount is not { Suffix: NumberSuffix.Money } || text[amount.End..labelStart].Trim() is not ("," or "，"))
        {
            return false;
        }

        var before = text[sentenceStart..amount.Start].TrimEnd();
        // 2022年预算资金449.69万元,已支付461.85万元: money named by a budget label alone (预算资金) is the department's budget, no
        // fund of its own; nor is money named received (…,实际到位资金726.85万元,已支付461.85万元: receivedWords), the department's
        // own money as it came in.
        return v.SubItemEndings.Any(e => before.EndsWith(e, StringComparison.Ordinal) && !BudgetLabelBefore(before[..^e.Length]))
            && !v.ReceivedWords.Any(w => before.EndsWith(w, StringComparison.Ordinal));
    }

    /// <summary>The words end in a budget label (预算, 年初预算 …: reading/fields.yaml budget.adjusted, budget.initial).</summary>
    private bool BudgetLabelBefore(string words) =>
        v.Labels.Any(l => l.Field is "budget.adjusted" or "budget.initial" && words.EndsWith(l.Text, StringComparison.Ordinal));

    /// <summary>A list item's number at <paramref name="at"/> (2.主要内容, 3、, (2)), followed by words.</summary>
    private static bool NextItemNumberAt(string text, int at)
    {
        var k = at;
        var bracket = k < text.Length && text[k] is '(' or '（';
        k += bracket ? 1 : 0;
        var digits = k;
        while (k < text.Length && char.IsAsciiDigit(text[k]))
        {
            k++;
        }

        if (k == digits || k - digits > 2 || k >= text.Length)
        {
            return false;
        }

        if (bracket ? text[k] is not (')' or '）') : text[k] is not ('.' or '、' or '．'))
        {
            return false;
        }

        return k + 1 < text.Length && TextNormalizer.IsCjk(text[k + 1]);
    }

    /// <summary>Where a seal mark (labelSealMarks: (公章), (盖章) …) standing at <paramref name="at"/> ends; else <paramref name="at"/>.</summary>
    private int SealMarkEnd(string text, int at)
    {
        foreach (var seal in ix.Vocabulary.LabelSealMarks)
        {
            if (PhraseIndex<string>.MatchAt(text, at, seal) is var end and > 0)
            {
                return end;
            }
        }

        return at;
    }

    /// <summary>
    /// A unit's value without the seal mark after it (labelSealMarks: 某某县民政事业服务中心 (公章) → 某某县民政事业服务中心), when the
    /// name before the mark is one word; otherwise the value as it is.
    /// </summary>
    private string WithoutTrailingSeal(string value) =>
        ix.Vocabulary.LabelSealMarks.FirstOrDefault(m => EndsWithFolded(value, m)) is { } seal && value.Length > seal.Length
            && value[..^seal.Length].TrimEnd() is var name && !name.Any(char.IsWhiteSpace) ? name : value;

    /// <summary>An amount per head or piece: a slash right after it and a Chinese character after that (42元/户, 500元/只).</summary>
    private static bool PerPiece(string text, NumberToken token) =>
        token.End + 1 < text.Length && text[token.End] is '/' or '／' && TextNormalizer.IsCjk(text[token.End + 1]);

    /// <summary>How far before a budget label a comparison mark is looked for (比同口径预算: four characters between).</summary>
    private const int ComparisonReach = 6;

    /// <summary>
    /// A comparison mark (comparisonMarks: 比, 较) in text[from..to) within its clause (no clause mark after it), not inside a word
    /// of comparisonMarkWords (比例, 占比 …).
    /// </summary>
    private bool ComparedBefore(string text, int from, int to)
    {
        for (var k = to - 1; k >= from; k--)
        {
            if (IsClauseEnd(text[k]) || text[k] is '：' or ':')
            {
                return false;
            }

            foreach (var mark in v.ComparisonMarks)
            {
                if (string.CompareOrdinal(text, k, mark, 0, mark.Length) != 0)
                {
                    continue;
                }

                var inWord = v.ComparisonMarkWords.Any(w => w.IndexOf(mark, StringComparison.Ordinal) is var at and >= 0
                    && k - at >= 0 && k - at + w.Length <= text.Length && string.CompareOrdinal(text, k - at, w, 0, w.Length) == 0);
                if (!inWord)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// 本项目, 该项目 (projectDemonstratives + projectNameMarks), then perhaps 预算 or 的, right before <paramref name="at"/>; or the
    /// demonstrative alone before a label that opens with 项目 (该项目实施单位).
    /// </summary>
    private bool ProjectDemonstrativeBefore(string text, int at, string label)
    {
        foreach (var d in v.ProjectDemonstratives)
        {
            // 该项目实施单位为…: the label's own 项目 follows the demonstrative.
            foreach (var mark in v.ProjectNameMarks.Select(m => label.StartsWith(m, StringComparison.Ordinal) ? string.Empty : m))
            {
                foreach (var link in mark.Length == 0 ? [string.Empty] : DemonstrativeLinks)
                {
                    var phrase = d + mark + link;
                    if (phrase.Length <= at && string.CompareOrdinal(text, at - phrase.Length, phrase, 0, phrase.Length) == 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static readonly string[] DemonstrativeLinks = ["", "的", "预算", "的预算"];

    private static bool IsClauseEnd(char c) => c is ',' or '，' or '。' or ';' or '；' or '、' or '(' or '（';

    private void ReadText(Piece piece, PhraseMatch<LabelEntry> hit, FieldLabel label)
    {
        var text = piece.Text;

        // 主管部门(公章):XX, 单位名称（盖章） XX: a seal mark right after the label belongs to the label.
        var labelEnd = SealMarkEnd(text, hit.End);

        var i = labelEnd;
        // [ 发布机构 ] 某某县民政局: a label in brackets, its value after the closing bracket.
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is ':' or '：' or '|' || (text[i] is ']' or '】' && i - labelEnd <= 1)))
        {
            i++;
        }

        // 部门名称:(公章)某某局: the seal mark after the label's colon, before the name, is the label's too.
        if (SealMarkEnd(text, i) is var afterSeal && afterSeal > i)
        {
            for (i = afterSeal; i < text.Length && char.IsWhiteSpace(text[i]); i++)
            {
            }
        }

        // 主管部门为XX局, 项目业主为XX委: 为 right after the label stands for its colon.
        var demonstrated = false;
        if (i == labelEnd && i < text.Length && text[i] == '为')
        {
            i++;
            // 本项目预算主管部门为宁波市奉化区教育局,…: inside a sentence, the label of the project the report is about (本项目,
            // 该项目) is a statement of its unit, up to the clause's end.
            demonstrated = label.Field == "unit" && ProjectDemonstrativeBefore(text, hit.Start, hit.Phrase);
        }

        // The label must start its cell or line (a label inside a sentence is not a cover field).
        var s = hit.Start - 1;
        while (s >= 0 && char.IsWhiteSpace(text[s]))
        {
            s--;
        }

        // 评价机构:☐中介机构 ☐专家组 ☑项目单位评价组: a check box's option that holds a label's words is a choice, not a field.
        if (s >= 0 && text[s] is TextNormalizer.Ticked or TextNormalizer.Unticked)
        {
            return;
        }

        // Cells run together (…自评表单位名称:襄阳市中心医院填报日期:…): a label directly followed by a colon is a cover
        // field wherever it stands; its value ends at the next label.
        var keyed = labelEnd < text.Length && text[labelEnd] is ':' or '：';
        var glued = false;
        // A unit label right after a colon follows a cover field left empty (是否为专项资金:实施(主管)单位某某法院): a cover field too.
        var afterEmptyField = label.Field == "unit" && !piece.ChromeOnly && text[Math.Max(0, hit.Start - 1)] is ':' or '：' && hit.Start > 1 && TextNormalizer.IsCjk(text[hit.Start - 2]);
        if (!keyed && !afterEmptyField && !demonstrated && s >= 0 && hit.Start > 0 && !char.IsWhiteSpace(text[hit.Start - 1]) && text[hit.Start - 1] is not ('|' or '\t'))
        {
            // Cells run together without colons (主管部门某某省教育厅项目实施单位某某学院项目类别…): a unit label right
            // after another cover field's value is a cover field too; a label inside a sentence is not.
            if (label.Field != "unit" || piece.ChromeOnly || !AfterCoverField(text, hit.Start))
            {
                return;
            }

            glued = true;
        }

        // A pair of labels over a pair of values (项目实施单位/项目负责人 某某中心/张三): the first value is this label's.
        var paired = false;
        if (i == labelEnd && i < text.Length && text[i] is '/' or '／'
            && (ix.Labels.LongestAt(text, i + 1)?.End ?? ix.CoverKeys.LongestAt(text, i + 1)?.End) is { } pairEnd)
        {
            i = pairEnd;
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is ':' or '：'))
            {
                i++;
            }

            paired = true;
        }

        // The value written right after the label (预算单位某某医院 的项目…): only a name that ends where the words end.
        glued |= i == labelEnd && i < text.Length && TextNormalizer.IsCjk(text[i]);

        var end = i;
        // Inside a bracket the value opened after its first word (某某局（含下属单位）), a label's words are the bracket's, not the
        // next field's; a bracket opening the value is the label's own (预算部门(单位) 某某局), not the value's.
        var open = 0;

        // On a page-chrome line a name ends at the first space (发布机构 厦门市农业农村局 文 号).
        while (end < text.Length && text[end] is not ('|' or '\t') && !(text[end] == ' ' && ((end + 1 < text.Length && text[end + 1] == ' ') || piece.ChromeOnly))
            && !(demonstrated && IsClauseEnd(text[end])))
        {
            open += text[end] is '(' or '（' && end > i ? 1 : text[end] is ')' or '）' && open > 0 ? -1 : 0;
            if (open == 0 && (ix.Labels.LongestAt(text, end) is { } other && other.Values.Any(e => e.Field is not null) || ix.CoverKeys.LongestAt(text, end) is not null))
            {
                break;
            }

            // Page chrome run together (信息来源:XX局文字大小:[ ]): the next chrome field ends the name.
            if (piece.ChromeOnly && end > i && ix.Vocabulary.Chrome.StartsWith.Any(c => PhraseIndex<string>.MatchAt(text, end, c) > 0))
            {
                break;
            }

            // A list run together (1.项目实施主体:自治区国土资源厅 2.主要内容:…): the next item's number ends the value.
            if (end > i && text[end] == ' ' && NextItemNumberAt(text, end + 1))
            {
                break;
            }

            // A run-together copy's sentence end or next heading (单位名称：某某局一、部门概况…): the name ends there.
            if (end > i && (IsSentenceEnd(text[end]) || SectionReader.LeadsAt(text, end, ix)))
            {
                break;
            }

            end++;
        }

        var value = text[i..end].Trim();
        if (paired && value.IndexOfAny(['/', '／']) is var slash and > 0)
        {
            value = value[..slash].Trim();
        }

        // 承担单位: 某某县民政事业服务中心 (公章): the seal mark after a name is where the seal goes, not part of the name (a name
        // of two words before it is left to the rules for names split by a space).
        if (label.Field is "unit" or "department" && WithoutTrailingSeal(value) is var unsealed && unsealed.Length < value.Length)
        {
            value = unsealed;
            end = i + value.Length;
        }

        SourceRef source;
        var fromNextLine = false;
        if (value.Length == 0 && end < text.Length && CellText(text[end..]).Length > 0)
        {
            // Another label follows on the same line (主管部门 实施单位 天长市水利局): this one has no value.
            return;
        }

        if (value.Length == 0)
        {
            if (ctx.NextLine(piece.LastLineIndex) is not { } nextLine)
            {
                return;
            }

            // A next line that opens with a label of its own and its value (中央主管部门 / 地方主管部门 某某局 资金使用单位 某某局) is a
            // row of its own, not this label's value.
            // A table row wrapped after its label's cell (发布机构 / | 腾冲市林业和草原局 |): the next line's first cell, its opening bar
            // aside.
            var first = nextLine.Text.TrimStart().TrimStart('|').Split('|')[0].Trim();
            if (first.Length == 0 || ix.Labels.LongestAt(first, 0) is { End: var e } && (e >= first.Length - 1 || char.IsWhiteSpace(first[e]))
                || ix.CoverKeys.LongestAt(first, 0) is not null)
            {
                return;
            }

            // 项目单位全称 / 乌海市精神卫生中心(公章): a seal mark after the next line's name is dropped there too.
            if (label.Field is "unit" or "department")
            {
                first = WithoutTrailingSeal(first);
            }

            var col = nextLine.Text.IndexOf(first, StringComparison.Ordinal);
            fromNextLine = true;
            value = first;
            source = nextLine.Span(col, first.Length);
        }
        else
        {
            source = piece.Locate(i, end - i);
            if (label.Field == "unit" && (BrokenAfterRegion(piece, value, end) ?? SpacedAfterRegion(value)) is { } joined)
            {
                value = joined;
            }
        }

        var how = $"标签“{hit.Phrase}”（{label.Origin}）";
        switch (label.Field)
        {
            case "unit" or "department":
                {
                    // A bare label (部门, 单位) glued to the words after it is the head of a longer word (1.部门概况开阳县…, 部门文件贺兰县…:
                    // a heading, a breadcrumb), never a label with its value.
                    if (glued && !fromNextLine && label.Boundary)
                    {
                        return;
                    }

                    var name = ctx.CleanName(value, requireSuffix: label.Field == "unit");
                    if (glued && !fromNextLine && label.Field == "unit" && (name is null || value.Any(char.IsWhiteSpace))
                        && GluedUnit(piece, i, end) is { } head)
                    {
                        // Glued to its label, a name is only the beginning of what follows that is a unit and ends
                        // where a cover run goes on (a space, a slash, another label) or is led by its region.
                        name = head;
                        value = head;
                        source = piece.Locate(i, head.Length);
                    }

                    if (name is null && !fromNextLine && label.Priority >= 7 && value.IndexOf(' ', StringComparison.Ordinal) is var space and >= 3
                        && StartsCell(value, space + 1)
                        && ctx.CleanName(value[..space], requireSuffix: label.Field == "unit") is { } first && first == value[..space])
                    {
                        // 实施单位 某某镇人民政府 项目资金(万元) …: a cover whose line breaks were lost runs the next cell on after a
                        // space; the name is the first word when that word alone is a whole name and the next word opens a known
                        // cell (a label, a cover key or a header). Not a label of the department (主管部门), only a name label.
                        name = first;
                        value = first;
                        source = piece.Locate(i, first.Length);
                    }

                    if (name is null)
                    {
                        return;
                    }

                    // 部门: / 财政局 — a page's metadata one cell a line: a bare 部门 or 单位 over a name without its region names
                    // the office that posted the page as often as the unit; not read.
                    if (fromNextLine && label.Boundary && !DocumentReader.RegionLed(ctx, name))
                    {
                        return;
                    }

                    // Page chrome (发布机构, 来源) names the publisher: a region's site, or for a project the
                    // 主管部门 that publishes it, not the 实施单位. A chrome label names the publisher also where the
                    // line is not recognised as chrome (栏目: | 专项资金 | 来源: | 财政局综合股 |).
                    // A project's publisher that is a finance body, or on a page whose text calls itself (我局, 我校 …), is its unit
                    // only where the text names that unit as acting (兴庆区住建局严格按照…) or calls itself by its ending (我局 under
                    // 某某市退役军人事务局; 我校 under an 教育体育局's page is another body); on a page that never calls itself nor
                    // mentions the publisher (根据某某区住建局下达的计划: another's act), another publisher (发布机构 施甸县农业农村局 over
                    // the county's 糖料蔗…项目绩效自评报告) is the unit, as for other kinds.
                    // A publisher's name without its region (发布单位:林业局, 来源:厅公共服务处) could be any county's: not read; one led
                    // by its level alone (发布机构 区住建局) is the page's own region's body as its site names it, under a label that
                    // names the publisher (发布机构, 发文机关, 责任部门: above the weakest) — not a mere source (来源:县城管执法局 posts its
                    // centre's report as often as its own) — and not a finance body (发布机构 县财政局 publishes the county's transfer
                    // reports) nor on a page that is no self-evaluation (发布机构 市水利局 over others' results).
                    // The office that posted a page (来源:某某市财政局预算科) is a division of its unit, not the unit.
                    if ((piece.ChromeOnly || label.Chrome)
                        && ((ctx.IsRegionOnly(name) && !PublishingTown(label, name)) || ctx.IsDivision(name)
                            || !(DocumentReader.RegionLed(ctx, name, delimited: true) || PublisherByLevelAlone(label, name))))
                    {
                        return;
                    }

                    // A third party's report names who commissioned it (受某某县财政局委托): a publisher so named is not the unit. Nor
                    // is one whose name holds none of the region endings the text speaks with (来源 某某县某某镇政府 over 我市对…).
                    // Nor, on a document that is no self-evaluation and says the same body at another level commissioned it (来源:红寺堡区
                    // 乡村振兴局 over 受自治区乡村振兴局委托,某某会计师事务所…), a mere source (来源): the page reports the level above's
                    // outside evaluation and names who posted it, not whose it is.
                    if ((piece.ChromeOnly || label.Chrome) && (ctx.Commissioned(name) || ctx.SpeaksForAnotherRegion(name)
                        || (ctx.Kind == DocumentKind.Other && label.Priority <= SourceLabelPriority && name.Length > 3
                            && ctx.Commissioners().Any(who => who.EndsWith(VocabularyLoader.Fold(name)[^3..], StringComparison.Ordinal)))))
                    {
                        return;
                    }

                    var fiscal = ctx.IsFiscalBody(name);
                    if ((piece.ChromeOnly || label.Chrome) && ((ctx.IsProject && (fiscal || ctx.CallsItself() || ctx.Mentions(name))) || (ctx.Kind == DocumentKind.TransferPaymentReport && fiscal)) && !ctx.BodyNames(name))
                    {
                        // Kept aside: the text may still call itself by the publisher's ending (我局).
                        ctx.Publishers.Add((name, source));
                        return;
                    }

                    var priority = label.Priority + (ctx.IsProject && hit.Phrase.Contains("实施单位", StringComparison.Ordinal) ? 2 : 0);
                    b.SetText(label.Field, name, new ReadValue(label.Field, name, source) { Stated = value, How = how }, priority);
                    return;
                }

            case "projectName":
                {
                    var name = value;
                    var dash = name.IndexOfAny(['-', '－', '—']);
                    if (dash >= 10 && name[..dash].All(char.IsAsciiLetterOrDigit))
                    {
                        var code = name[..dash];
                        b.SetText("projectCode", code, new ReadValue("projectCode", code, source) { Stated = value, How = how + "（编码）" }, label.Priority);
                        name = name[(dash + 1)..].Trim();
                    }

                    if (name.Length > 0 && !TextNormalizer.IsPlaceholder(name))
                    {
                        b.SetText("projectName", name, new ReadValue("projectName", name, source) { Stated = value, How = how }, label.Priority);
                    }

                    return;
                }

            case "unitCount":
                {
                    var digits = new string(value.TakeWhile(char.IsAsciiDigit).ToArray());
                    if (digits.Length is > 0 and <= 5 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                    {
                        if (b.UnitCount is null)
                        {
                            b.UnitCount = count;
                            b.Source("unitCount", source);
                        }
                    }

                    return;
                }

            case "unitCode":
                {
                    var code = new string(value.TakeWhile(char.IsAsciiLetterOrDigit).ToArray());
                    if (code.Length >= 3)
                    {
                        b.SetText("unitCode", code, new ReadValue("unitCode", code, source) { Stated = value, How = how }, label.Priority);
                    }

                    return;
                }

            default:
                return;
        }
    }

    /// <summary>
    /// A cover field's value ends right before <paramref name="at"/>: a name or code label (or a cover key) ends
    /// at most 30 characters before it, with at least two characters of value between and no sentence
    /// punctuation (主管部门某某省教育厅|项目实施单位…).
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("，,。；;！!？?");

    private bool AfterCoverField(string text, int at)
    {
        for (var k = Math.Max(0, at - 30); k < at - 2; k++)
        {
            if (text.AsSpan(k, at - k).IndexOfAny(SentenceMarks) >= 0)
            {
                continue;
            }

            var labelEnd = ix.Labels.LongestAt(text, k) is { } m && m.Values.Any(e => e.Field is { Role: ValueRole.Text or ValueRole.Code }) ? m.End : -1;
            var keyEnd = ix.CoverKeys.LongestAt(text, k)?.End ?? -1;
            if (Math.Max(labelEnd, keyEnd) is var e && e > k && e <= at - 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A unit label's value that is only its region and ends its line, the next line's first cell going on with a body's name
    /// (部门(单位)全称:某某县 / 人民法院(公章)): the name broken over two lines, joined; a seal mark after it is dropped.
    /// A next line that is itself led by a region, or a label, or no unit's name joined, gives nothing.
    /// </summary>
    private string? BrokenAfterRegion(Piece piece, string value, int end)
    {
        if (value.Length < 3 || !ix.Vocabulary.RegionSuffixes.Any(r => value.EndsWith(r, StringComparison.Ordinal) && value.Length > r.Length) || piece.Text[end..].Trim().Length > 0
            || ctx.NextLine(piece.LastLineIndex) is not { } next)
        {
            return null;
        }

        return JoinedAfterRegion(value, next.Text.Split('|')[0].Trim());
    }

    /// <summary>
    /// A name split by a space after its region (全称:某某自治县 人民法院(公章), as a cover whose line breaks were lost
    /// gives it): the two words as one name, on the same terms as a name broken over two lines.
    /// </summary>
    private string? SpacedAfterRegion(string value)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        if (space < 3 || value.IndexOfAny([' ', '\t'], space + 1) >= 0)
        {
            return null;
        }

        var head = value[..space];
        return ix.Vocabulary.RegionSuffixes.Any(r => head.EndsWith(r, StringComparison.Ordinal) && head.Length > r.Length) ? JoinedAfterRegion(head, value[(space + 1)..].Trim()) : null;
    }

    private string? JoinedAfterRegion(string value, string rest)
    {
        foreach (var seal in ix.Vocabulary.LabelSealMarks)
        {
            if (rest.EndsWith(seal, StringComparison.Ordinal))
            {
                rest = rest[..^seal.Length].TrimEnd();
                break;
            }
        }

        if (rest.Length < 2 || !rest.All(TextNormalizer.IsCjk) || ix.Labels.LongestAt(rest, 0) is not null || ix.CoverKeys.LongestAt(rest, 0) is not null
            || DocumentReader.RegionLed(ctx, rest) || ctx.IsRegionOnly(rest) || ctx.CleanUnit(rest) != rest)
        {
            return null;
        }

        var joined = value + rest;
        return ctx.CleanUnit(joined) == joined && !ctx.IsRegionOnly(joined) ? joined : null;
    }

    /// <summary>Whether a known cell opens at <paramref name="at"/> (after spaces): a field's label, a cover key or a table header.</summary>
    private bool StartsCell(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at < text.Length && (ix.Labels.LongestAt(text, at) is not null || ix.CoverKeys.LongestAt(text, at) is not null || ix.HeaderPhrases.LongestAt(text, at) is not null);
    }

    /// <summary>Whether the text ends with a folded phrase, its characters folded one by one (（公章） ends with (公章)).</summary>
    private static bool EndsWithFolded(string text, string folded)
    {
        if (text.Length < folded.Length)
        {
            return false;
        }

        var from = text.Length - folded.Length;
        for (var k = 0; k < folded.Length; k++)
        {
            if (VocabularyLoader.FoldChar(text[from + k]) != folded[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The unit at the start of a value glued to its label (某某医院 的项目…, 某某县水利局资金情况…): the longest beginning,
    /// up to a space or a slash, that is a unit's name and is followed by the end of the value, a space, a slash or
    /// another label or the end of its source line, or that is led by its region (某某县水利局); null when there is none.
    /// </summary>
    private string? GluedUnit(Piece piece, int from, int to)
    {
        var text = piece.Text;
        var stop = from;
        while (stop < to && !char.IsWhiteSpace(text[stop]) && text[stop] is not ('/' or '／' or '(' or '（' or '|'))
        {
            stop++;
        }

        for (var len = Math.Min(stop - from, 30); len >= 3; len--)
        {
            var head = text.Substring(from, len);
            if (ctx.CleanUnit(head) != head || ctx.IsRegionOnly(head))
            {
                continue;
            }

            var after = from + len;
            var bounded = after >= to || after == stop || piece.Locate(after, 1).Line != piece.Locate(after - 1, 1).Line
                || (ix.Labels.LongestAt(text, after) is { } m && m.Values.Any(e => e.Field is { Role: ValueRole.Text or ValueRole.Code }))
                || ix.CoverKeys.LongestAt(text, after) is not null;
            if (bounded || DocumentReader.RegionLed(ctx, head))
            {
                return head;
            }
        }

        return null;
    }
}
