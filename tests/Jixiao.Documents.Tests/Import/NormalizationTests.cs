using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import;

/// <summary>Full-width and Traditional text, thousands separators, approximations, HTML and DOCX sources.</summary>
public class NormalizationTests
{
    private const string Report = """
        某某区某某局 2023 年部门整体支出绩效自评报告
        一、基本情况
        （三）部门整体收支情况
        本部门 2023 年预算数 １，２３４.５６ 万元，执行数 １，１１１.１１ 万元，完成预算的 ９０.０％。
        二、综合评价分析
        （一）自评结论综述
        2023 年部门整体支出绩效自评得分 ９２.５ 分，评级为“优”。
        三、存在的主要问题
        一是预算编制不够精细。
        四、下一步改进措施
        一是细化预算编制。
        """;

    [Fact]
    public void NormalizeLine_FullWidthDigitsAndPercent_HalfWidth()
    {
        Assert.Equal("预算数 1,234.56万元，完成 90.0%", TextNormalizer.NormalizeLine("预算数 １，２３４.５６ 万元，完成 ９０.０％"));
    }

    [Theory]
    // PDF text and text copied from PDFs: a space between a number and its unit.
    [InlineData("2022 年支出 76.36 万元,其中基本支出 76.36 万元", "2022年支出 76.36万元,其中基本支出 76.36万元")]
    [InlineData("执行率 95.5 %，得分 9.5 分", "执行率 95.5%，得分 9.5分")]
    // Space-separated cells of a flattened table keep their spaces: no unit follows the number.
    [InlineData("产出 20.00 20.00 优", "产出 20.00 20.00 优")]
    [InlineData("年初预算数 120 全年预算数 120", "年初预算数 120 全年预算数 120")]
    // A row number before a label opening with 年 or 分 is no number with its unit.
    [InlineData("1 年度资金总额 120.5 130 117 10 90% 9", "1 年度资金总额 120.5 130 117 10 90% 9")]
    [InlineData("2 分值 10", "2 分值 10")]
    public void NormalizeLine_SpaceBetweenANumberAndItsUnit_Dropped(string raw, string normalized)
    {
        Assert.Equal(normalized, TextNormalizer.NormalizeLine(raw));
    }

    [Fact]
    public void Import_PdfStyleSpacedNumbers_ReadLikeTheTypedText()
    {
        var r = PublishedImporter.ImportText("""
            株洲市某某区某某协会 2022 年度部门整体支出绩效自评报告
            一、部门整体支出情况
            2022 年预算收入 69.06 万元,其中年初预算 57.28 万元,调整追加 11.78 万元。
            2022 年支出 76.36 万元,其中基本支出 76.36 万元,项目支出 0 万元。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(2022, d.Evaluation.Year);
        Assert.Equal(76.36m, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void Split_LineContinuingASentence_QuotingARulesTitle_StartsNoDocument()
    {
        var r = PublishedImporter.ImportText("""
            某某省中央农业生产和水利救灾资金转移支付2022年度绩效自评报告
            一、绩效目标分解下达情况
            全年预算数6800万元,全年执行数4132.8万元,预算执行率60.78%。项目建设单位严格按照财政部、
            农业农村部、水利部《关于印发农业生产和水利救灾资金管理办法的通知》(财农〔2022〕79号)规定的开支
            范围使用资金,确保资金的使用效益。
            二、绩效目标完成情况分析
            项目均已完工。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.TransferPaymentReport, d.Kind);
        Assert.Equal(60.78m, d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void NormalizeLine_TraditionalCharacters_Simplified()
    {
        Assert.Equal("部门整体支出绩效自评报告", TextNormalizer.NormalizeLine("部門整體支出績效自評報告"));
        Assert.Equal("预算执行数", TextNormalizer.NormalizeLine("預算執行數"));
        Assert.True(TextNormalizer.TraditionalTableSize > 300);
    }

    [Theory]
    [InlineData("預算執行率為98.5%", "预算执行率为98.5%")]
    [InlineData("宣城市農業農村局", "宣城市农业农村局")]
    [InlineData("項目支出績效自評表", "项目支出绩效自评表")]
    [InlineData("該項目僅完成階段性目標，擬於下一年度繼續實施", "该项目仅完成阶段性目标，拟于下一年度继续实施")]
    [InlineData("臺山市黃岡鎮衛生院", "台山市黄冈镇卫生院")]
    public void NormalizeLine_TraditionalLine_Simplified(string traditional, string simplified)
    {
        Assert.Equal(simplified, TextNormalizer.NormalizeLine(traditional));
        Assert.True(TextNormalizer.TraditionalTableSize > 2500);
    }

    [Theory]
    [InlineData("乾县财政局2023年项目成效显著，於某某同志负责预算编制")]
    [InlineData("著力提升资金使用效益，后续跟踪")]
    [InlineData("乾")]
    public void NormalizeLine_SimplifiedLineWithCharactersAlsoTraditional_Unchanged(string simplified)
    {
        Assert.Equal(simplified, TextNormalizer.NormalizeLine(simplified));
        Assert.False(TextNormalizer.IsTraditional([simplified]));
    }

    [Fact]
    public void NormalizeLine_CharactersAlsoSimplified_ConvertedOnlyInTraditionalText()
    {
        // 於 and 後 are old-table pairs: a lone one stays unless the document is Traditional.
        Assert.Equal("於後", TextNormalizer.NormalizeLine("於後"));
        Assert.Equal("于", TextNormalizer.NormalizeLine("於", traditional: true));
        Assert.Equal("后续", TextNormalizer.NormalizeLine("後續", traditional: true));

        // 乾 is a place's name in these documents (乾县, 乾安县, 乾州街道), also in Traditional text: never converted
        // (scripts/text/ts-characters.py KEEP).
        Assert.Equal("乾州街道办事处", TextNormalizer.NormalizeLine("乾州街道辦事處", traditional: true));
        Assert.Equal("吉首市乾州街道办事处", TextNormalizer.NormalizeLine("吉首市乾州街道辦事處"));

        // The line alone is clearly Traditional (預, 執: two Traditional-only characters, no Simplified-only one).
        Assert.Equal("于年初预算执行", TextNormalizer.NormalizeLine("於年初預算執行"));

        // A Simplified line with one stray Traditional character is not Traditional: 於 stays, 預 still converts.
        Assert.Equal("於某某负责预算的编制", TextNormalizer.NormalizeLine("於某某负责預算的编制"));
    }

    [Fact]
    public void NormalizeLine_OldTablePairs_StillConverted()
    {
        var pairs = TextNormalizer.TraditionalPairs;
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            Assert.Equal(pairs[i + 1].ToString(), TextNormalizer.NormalizeLine(pairs[i].ToString(), traditional: true));
        }

        // The old table wins over OpenCC (帳 → 帐 there).
        Assert.Equal("账户", TextNormalizer.NormalizeLine("帳戶"));
    }

    [Fact]
    public void IsTraditional_Documents_ByCharacterCounts()
    {
        Assert.True(TextNormalizer.IsTraditional(["項目支出績效自評表", "於2023年"]));
        Assert.False(TextNormalizer.IsTraditional(["项目支出绩效自评表", "預算"]));
        Assert.False(TextNormalizer.IsTraditional(["这个项目的预算执行率为98%，較好", "績效評價"]));
    }

    [Fact]
    public void NormalizeLine_SpacedLabelAndCheckBoxes_Collapsed()
    {
        Assert.Equal("预算编码:   906017", TextNormalizer.NormalizeLine("预 算 编 码:   906017"));
        Assert.Equal("☑优  ☐良", TextNormalizer.NormalizeLine("þ优  ¨良"));
    }

    [Theory]
    [InlineData("全 年 预 算 数 ( A )", "全年预算数(A)")]
    [InlineData("执 行 率 ( B / A )", "执行率(B/A)")]
    [InlineData("项 目 资 金 ( 万 元 )", "项目资金(万元)")]
    [InlineData("分 值", "分值")]
    [InlineData("序号 | 得 分 | 分 值", "序号 | 得分 | 分值")]
    [InlineData("年 度 资 金 总 额 :", "年度资金总额:")]
    [InlineData("2 0 2 2 年 度 项 目 支 出 绩 效 自 评 表", "2022年度项目支出绩效自评表")]
    [InlineData("( 2 0 2 4 年 度 )", "(2024年度)")]
    [InlineData("( 2 0 分 * 执 行 率 )", "(20分*执行率)")]
    [InlineData("4 7 5 3 . 6 6 万 元", "4753.66万元")]
    [InlineData("9 5 . 5 %", "95.5%")]
    [InlineData("1 0 0 %", "100%")]
    [InlineData("3 8 2 4 . 2 6", "3824.26")]
    [InlineData("( 2 0 1 7   年 度 )", "(2017年度)")]
    [InlineData("行 次   全 年 预 算 数", "行次   全年预算数")]
    [InlineData("序号   分 值   得 分", "序号   分值   得分")]
    [InlineData("1 0 0 分 。", "100分。")]
    [InlineData("9 5 . 5 分", "95.5分")]
    public void NormalizeLine_PdfSpacedLabelCells_Collapsed(string spaced, string typed) => Assert.Equal(typed, TextNormalizer.NormalizeLine(spaced));

    [Theory]
    [InlineData("5 5 分")]
    [InlineData("第 1 2 3 4 号")]
    [InlineData("共 3 人 4 年")]
    [InlineData("(1 2 3 4)")]
    [InlineData("第 1 2 3 4 号 5 5 分")]
    [InlineData("1 2 3 4 5 分值")]
    public void NormalizeLine_SpacedLooksAlike_NoDigitsJoined(string text) =>
        Assert.DoesNotContain("1234", TextNormalizer.NormalizeLine(text), StringComparison.Ordinal);

    // Words one space apart stay apart: only two single characters standing alone by a column's gap, a bar or the line's
    // ends collapse.
    [Theory]
    [InlineData("项目 名称  某某 道路", "某某 道路")]
    [InlineData("经过 自评 得分 为  92分", "自评 得分")]
    public void NormalizeLine_SpacedPairInProse_Kept(string text, string kept) =>
        Assert.Contains(kept, TextNormalizer.NormalizeLine(text), StringComparison.Ordinal);

    [Theory]
    [InlineData("2,322.6", 2322.6, false, false)]
    [InlineData("5200余", 5200, true, false)]
    [InlineData("100.00%", 100.00, false, true)]
    [InlineData("3800 多", 3800, true, false)]
    [InlineData("≥50个", 50, false, false)]
    public void TryParseCell_PublishedNumbers_ValueAndFlags(string text, double value, bool approximate, bool percent)
    {
        Assert.True(NumberText.TryParseCell(text, out var n));
        Assert.Equal((decimal)value, n.Value);
        Assert.Equal(approximate, n.Approximate);
        Assert.Equal(percent, n.Percent);
    }

    [Theory]
    [InlineData("(参考提纲)")]
    [InlineData("……")]
    [InlineData("指标2:")]
    [InlineData("结合自评情况,分析存在的问题及原因。(200字以内)")]
    public void IsPlaceholder_TemplateText_True(string text) => Assert.True(TextNormalizer.IsPlaceholder(text));

    [Fact]
    public void ImportText_FullWidthTraditionalReport_FiguresRead()
    {
        var traditional = Report.Replace("预算", "預算", StringComparison.Ordinal).Replace("执行", "執行", StringComparison.Ordinal).Replace("报告", "報告", StringComparison.Ordinal);
        var d = Assert.Single(PublishedImporter.ImportText(traditional, "t.txt").Documents);
        Assert.Equal((1234.56m, 1111.11m, 90.0m), (d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed, d.Evaluation.Budget.StatedRatePercent));
        Assert.Equal(92.5m, d.Stated.TotalScore);
        Assert.Equal("优", d.Stated.Grade);
        Assert.Equal("某某区某某局", d.Evaluation.Unit);
        Assert.Equal("一是预算编制不够精细。", d.Evaluation.Narrative.Problems);
    }

    [Fact]
    public void ImportText_TraditionalReport_CharactersAlsoSimplifiedConverted()
    {
        const string text = """
            臺山市衛生健康局 2023 年部門整體支出績效自評報告
            一、基本情況
            （三）部門整體收支情況
            本部門 2023 年預算數 １，２３４.５６ 萬元，執行數 １，１１１.１１ 萬元，完成預算的 ９０.０％。
            二、綜合評價分析
            （一）自評結論綜述
            2023 年部門整體支出績效自評得分 ９２.５ 分，評級為“優”。
            三、存在的主要問題
            一是預算編制不夠精細，於年初未細化。
            四、下一步改進措施
            一是細化預算編制。
            """;
        var d = Assert.Single(PublishedImporter.ImportText(text, "t.txt").Documents);
        Assert.Equal((1234.56m, 1111.11m, 90.0m), (d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed, d.Evaluation.Budget.StatedRatePercent));
        Assert.Equal("台山市卫生健康局", d.Evaluation.Unit);
        Assert.Equal("一是预算编制不够精细，于年初未细化。", d.Evaluation.Narrative.Problems);
    }

    [Fact]
    public void ImportText_SimplifiedReport_CharactersAlsoTraditionalKept()
    {
        var text = Report.Replace("某某区某某局", "乾县某某局", StringComparison.Ordinal)
            .Replace("一是预算编制不够精细。", "一是成效不够显著，於某某负责的預算编制不够精细。", StringComparison.Ordinal);
        var d = Assert.Single(PublishedImporter.ImportText(text, "s.txt").Documents);
        Assert.Equal("乾县某某局", d.Evaluation.Unit);
        Assert.Equal("一是成效不够显著，於某某负责的预算编制不够精细。", d.Evaluation.Narrative.Problems);
    }

    [Fact]
    public void ImportText_ApproximateActual_KeptMarked()
    {
        var text = """
            项目支出绩效自评表
            (2023年度)
            项目名称 培训项目 主管部门 某局 实施单位 某局
            年度绩效指标完成情况 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
            产出指标(50分) 数量指标 培训人次 ≥5000人次 5200余 50 50
            总分 100 100
            """;
        var d = Assert.Single(PublishedImporter.ImportText(text, "a.txt").Documents);
        var g = Assert.Single(d.Evaluation.Goals);
        Assert.Equal(5200m, g.Actual);
        Assert.Equal("5200余", g.ActualText);
        Assert.Contains("goals[0].actual", d.Approximate);
    }

    [Fact]
    public void ImportFile_Html_CellsAndEntities()
    {
        var html = "<html><body><h1>某某局 2023 年部门整体支出绩效自评报告</h1><p>本部门 2023 年预算数 500.00 万元，执行数 450.00 万元，完成预算的 90.0%。</p>"
            + "<p>2023 年部门整体支出绩效自评得分 93 分，评级为&ldquo;优&rdquo;。</p><table><tr><td>一般公共服务支出</td><td>450.00</td></tr></table></body></html>";
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, html);
        try
        {
            var d = Assert.Single(PublishedImporter.ImportFile(path).Documents);
            Assert.Equal((500.00m, 450.00m, 93m, "优"), (d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed, d.Stated.TotalScore, d.Stated.Grade));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ImportFile_ForeignDocx_ParagraphsAndTableRows()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-{Guid.NewGuid():N}.docx");
        using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            Paragraph P(string t) => new(new Run(new Text(t)));
            TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(P(c))));
            main.Document = new Document(new Body(
                P("部门预算项目支出绩效自评表(2023年度)"),
                new Table(
                    Row("项目名称", "51000021R000000012345-办公经费"),
                    Row("主管部门", "某县某局", "实施单位", "某县某局"),
                    Row("总额", "10.00", "12.00", "12.00", "100.00%", "10", "10", "年中追加办公设备采购资金"),
                    Row("绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"),
                    Row("产出指标", "数量指标", "采购设备数量", "≥", "5", "台", "5", "90", "90", ""),
                    Row("合计", "100", "100"))));
        }

        try
        {
            var d = Assert.Single(PublishedImporter.ImportFile(path).Documents);
            Assert.Equal(("办公经费", "某县某局", 2023), (d.Evaluation.ProjectName, d.Evaluation.Unit, d.Evaluation.Year));
            Assert.Equal((10.00m, 12.00m, 12.00m), (d.Evaluation.Budget.Initial, d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed));
            Assert.Equal(100m, d.Stated.TotalScore);
            var g = Assert.Single(d.Evaluation.Goals);
            Assert.Equal(("采购设备数量", 5m, "台", 5m, 90m), (g.Name, g.Target, g.Unit, g.Actual, g.Score));
            Assert.Equal("年中追加办公设备采购资金", d.Stated.ExecutionReason);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>PDF through pdftotext -layout (poppler-utils, installed by scripts/setup.sh).</summary>
public class PdfImportTests
{
    [Fact]
    public void ImportFile_Huadu2021Pdf_SameFiguresAsText()
    {
        var result = PublishedImporter.ImportFile(Path.Combine(CorpusFiles.Root, "testdata", "published", "huadu-2021-report.pdf"));
        var d = Assert.Single(result.Documents);
        Assert.Equal(("中共广州市花都区直属机关工作委员会", 2021), (d.Evaluation.Unit, d.Evaluation.Year));
        Assert.Equal((890.33m, 714.07m, 80.2m), (d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed, d.Evaluation.Budget.StatedRatePercent));
        Assert.Equal(91.28m, d.Stated.TotalScore);
        Assert.Equal(714.08m, d.Evaluation.Budget.ByFunction.Sum(f => f.Amount));
    }
}

/// <summary>Income by source against the stated total income.</summary>
public class IncomeImportTests
{
    [Fact]
    public void ImportAndCheck_IncomeSourcesNotAddingUp_SumIncomeCertain()
    {
        const string text = """
            某某区某某局 2023 年部门整体支出绩效自评报告
            一、基本情况
            （三）部门整体收支情况
            本年收入合计 1,000.00 万元，其中一般公共预算财政拨款 900.00 万元，其他收入 5.00 万元。
            """;
        var d = Assert.Single(PublishedImporter.ImportText(text, "income.txt").Documents);
        Assert.Equal(1000.00m, d.Stated.TotalIncome);
        Assert.Equal([("一般公共预算财政拨款", 900.00m), ("其他收入", 5.00m)], d.Evaluation.Budget.IncomeBySource.Select(i => (i.Name, i.Amount)));
        var f = Assert.Single(Jixiao.Domain.Checks.Checker.Run(d.ToCheckSubject("income.txt")), x => x.Code == "SUM-INCOME");
        Assert.Equal(Jixiao.Domain.Checks.Severity.Certain, f.Severity);
    }
}
