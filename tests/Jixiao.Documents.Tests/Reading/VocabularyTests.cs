using Jixiao.Documents.Import;
using Jixiao.Documents.Reading;
using Jixiao.Domain;

namespace Jixiao.Documents.Tests.Reading;

/// <summary>The reading vocabulary (reading/*.yaml) loads and validates; bad files give errors that name file, line and entry.</summary>
public class VocabularyTests
{
    private static Result<ReadingVocabulary> LoadOne(string yaml, bool complete = false) =>
        VocabularyLoader.Load([("reading/bad.yaml", yaml)], complete);

    private static DomainError SingleError(string yaml)
    {
        var result = LoadOne(yaml);
        Assert.False(result.IsSuccess, "the file should not validate");
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Load_BuiltInFiles_ValidAndComplete()
    {
        var result = VocabularyLoader.Load(VocabularyCatalog.Sources());
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var v = result.Value;
        Assert.Contains(v.Labels, l => l.Field == "budget.executed" && l.Text == "支出决算");
        Assert.Contains(v.Labels, l => l.Field == "budget.initial" && l.Text == "年初批复");
        Assert.Contains(v.Labels, l => l.Field == "stated.totalScore" && l.Text == "综合评分");
        Assert.Contains(v.MoneyUnits, u => u.Unit == "亿元" && u.Factor == 10000m);
        Assert.Contains(v.Layouts, l => l.Id == "sichuan-project-budget");
        Assert.Contains(v.FrameworkCues, f => f.Framework == "sichuan-project");
    }

    [Fact]
    public void Sources_EmbeddedFiles_SameAsReadingFolder()
    {
        var embedded = VocabularyCatalog.Sources().ToDictionary(s => s.FileName, s => s.Yaml);
        var onDisk = Directory.GetFiles(Repo.Path("reading"), "*.yaml").ToDictionary(f => "reading/" + Path.GetFileName(f), File.ReadAllText);
        Assert.Equal(onDisk.Keys.Order(StringComparer.Ordinal), embedded.Keys.Order(StringComparer.Ordinal));
        Assert.All(onDisk, kv => Assert.Equal(kv.Value, embedded[kv.Key]));
    }

    [Fact]
    public void Load_ChromeValueBelow_LabelStartingNoChromeLine_Error()
    {
        var e = SingleError("""
            chrome:
              startsWith: [索引号, 体裁分类]
              valueBelow: [体裁分类, 项目名称]
            """);
        Assert.Contains("chrome.valueBelow", e.Message, StringComparison.Ordinal);
        Assert.Contains("项目名称", e.Message, StringComparison.Ordinal);
        Assert.True(LoadOne("chrome:\n  startsWith: [索引号, 体裁分类]\n  valueBelow: [体裁分类, 索引号]\n").IsSuccess);
    }

    [Fact]
    public void Load_UnknownField_ErrorNamesFileLineAndEntry()
    {
        var e = SingleError("""
            fields:
              - field: budget.adjusted
                role: amount
                labels: [全年预算数]
              - field: budget.spent
                role: amount
                labels: [支出数]
            """);
        Assert.Equal("reading/bad.yaml:5", e.Path);
        Assert.Contains("fields[1]（budget.spent）", e.Message, StringComparison.Ordinal);
        Assert.Contains("未知的字段", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("第 5 行", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongRoleAndDuplicateLabel_BothReportedWithTheirLines()
    {
        var result = LoadOne("""
            fields:
              - field: budget.statedRatePercent
                role: amount
                labels:
                  - 执行率
                  - { text: 支出率, gap: 5 }
                  - 执行率
            """);
        Assert.False(result.IsSuccess);
        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Path == "reading/bad.yaml:3" && e.Message.Contains("角色应为 rate", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Path == "reading/bad.yaml:7" && e.Message.Contains("labels[2]“执行率”", StringComparison.Ordinal) && e.Message.Contains("标签重复（已在 reading/bad.yaml:5 定义）", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_YearCueWithoutPlaceholder_Error()
    {
        var e = SingleError("""
            years:
              - { cue: "({年}年度)", weight: 8 }
              - { cue: "年度部门整体", weight: 3 }
            """);
        Assert.Equal("reading/bad.yaml:3", e.Path);
        Assert.Contains("years[1]“年度部门整体”", e.Message, StringComparison.Ordinal);
        Assert.Contains("{年}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UndecidedYearWeight_DefaultsToTheTitlesAndRejectsZero()
    {
        Assert.Equal(12, LoadOne("titleYearWeight: 12\n").Value.UndecidedYearWeight);
        Assert.Equal(5, LoadOne("titleYearWeight: 12\nundecidedYearWeight: 5\n").Value.UndecidedYearWeight);
        var e = SingleError("undecidedYearWeight: 0\n");
        Assert.StartsWith("reading/bad.yaml:1", e.Path, StringComparison.Ordinal);
        Assert.Contains("undecidedYearWeight", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RegionSelfReferenceOfOneCharacter_ErrorNotDropped()
    {
        var e = SingleError("regionSelfReferences: [我市, 市]\n");
        Assert.StartsWith("reading/bad.yaml:1", e.Path, StringComparison.Ordinal);
        Assert.Contains("“市”", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HeadingFormWithoutNumeral_Error()
    {
        var e = SingleError("""
            headingForms:
              - { form: "{汉字数}、", level: 1 }
              - { form: "第部分", level: 1 }
            """);
        Assert.Equal("reading/bad.yaml:3", e.Path);
        Assert.Contains("headingForms[1]“第部分”", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownKindAndBadWhere_Errors()
    {
        var result = LoadOne("""
            kinds:
              - kind: DepartmentReport
                cues:
                  - { text: 自评报告, where: heading, weight: 4 }
              - kind: BudgetReport
                cues: []
            """);
        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Path == "reading/bad.yaml:4" && e.Message.Contains("kinds[0]（DepartmentReport）的 cues[0]的 where", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Path == "reading/bad.yaml:5" && e.Message.Contains("未知的文档类型", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NewsCueOnSelfEvaluationKind_Error()
    {
        var e = SingleError("""
            kinds:
              - kind: ProjectReport
                cues:
                  - { text: "近日,", where: body, weight: 6, news: true }
            """);
        Assert.Equal("reading/bad.yaml:4", e.Path);
        Assert.Contains("kinds[0]（ProjectReport）的 cues[0]的 news", e.Message, StringComparison.Ordinal);
        Assert.Contains("只有“其他”", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LayoutIdentityOnUnknownColumn_Error()
    {
        var e = SingleError("""
            layouts:
              - id: x-budget
                name: 某表样
                header: [budget.adjusted, budget.executed, budget.statedRatePercent]
                identities: ["budget.statedRatePercent = budget.executed / budget.initial"]
            """);
        Assert.Equal("reading/bad.yaml:5", e.Path);
        Assert.Contains("layouts[0]（x-budget）的 identities[0]", e.Message, StringComparison.Ordinal);
        Assert.Contains("“budget.initial”不是本表样的列", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownFrameworkAndUnknownSection_Errors()
    {
        var result = LoadOne("""
            frameworkCues:
              - { framework: hunan-project, cues: [绩效指标(90分)] }
            sections:
              - { section: lessons, words: [经验教训] }
            """);
        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Path == "reading/bad.yaml:2" && e.Message.Contains("未知的评分表", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Path == "reading/bad.yaml:4" && e.Message.Contains("未知的叙述部分", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SyntaxError_LineAndColumnInChinese()
    {
        var e = SingleError("fields:\n  - field: unit\n    labels: [单位名称\n");
        Assert.Equal(ErrorCatalogue.Syntax, e.Code);
        Assert.StartsWith("reading/bad.yaml:", e.Path, StringComparison.Ordinal);
        Assert.Contains("文件格式错误（第", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownTopLevelSection_Error()
    {
        var e = SingleError("synonyms:\n  - 预算数\n");
        Assert.Equal("reading/bad.yaml:1", e.Path);
        Assert.Contains("无法识别的部分名", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WordList_ReadIntoItsPropertyFoldedAndLongestFirst()
    {
        // A plain word list needs no loader code: its key is its property's name; words are folded (spaces, full-width
        // brackets); receivedWords is ordered longest first, abbreviationMarks kept in the file's order.
        var result = LoadOne("receivedWords: [到位, 实际 到位]\nabbreviationMarks: [简称, （以下简称]\n");
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(["实际到位", "到位"], result.Value!.ReceivedWords);
        Assert.Equal(["简称", "(以下简称"], result.Value.AbbreviationMarks);
    }

    [Fact]
    public void Load_WordListAMapping_ErrorNamesKeyAndLine()
    {
        var e = SingleError("description: x\nreceivedWords:\n  到位: 实际到位\n");
        Assert.Equal("reading/bad.yaml:3", e.Path);
        Assert.Contains("receivedWords", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_IncompleteSet_SaysWhatIsMissing()
    {
        var result = LoadOne("moneyUnits:\n  - { unit: 万元, factor: 1 }\n", complete: true);
        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Message.Contains("字段 budget.executed 没有任何标签", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("缺少年度线索", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ProvinceFileAddsWording_ImporterReadsIt()
    {
        // A province's wording is a data file: a new label for the executed figure, no code.
        var files = VocabularyCatalog.Sources().Append(("reading/xx-province.yaml", """
            fields:
              - field: budget.executed
                role: amount
                labels: [资金兑现数]
            """));
        var vocabulary = VocabularyLoader.Load(files);
        Assert.True(vocabulary.IsSuccess, string.Join("\n", vocabulary.Errors));
        const string text = """
            某某县某某局2023年部门整体支出绩效自评报告
            本单位2023年全年预算数120.00万元，资金兑现数96.50万元，资金支出进度80.5%。
            """;
        // (A rate that proved 96.50 ÷ 120.00 would take it without a label: FlushExecutedByRate.)
        var without = Assert.Single(PublishedImporter.ImportText(text, "x.txt").Documents);
        Assert.Null(without.Evaluation.Budget.Executed);
        var with = Assert.Single(PublishedImporter.ImportText(text, "x.txt", new ImportOptions { Vocabulary = vocabulary.Value }).Documents);
        Assert.Equal(96.50m, with.Evaluation.Budget.Executed);
    }

    [Fact]
    public void Load_ProvinceFileAddsASpentWord_BudgetLabelBeforeItReadsNoBudget()
    {
        // Words of money spent are data: a region whose reports write 兑付 for paying out adds it, no code.
        var files = VocabularyCatalog.Sources().Append(("reading/xx-province.yaml", "spentWords: [兑付]\n"));
        var vocabulary = VocabularyLoader.Load(files);
        Assert.True(vocabulary.IsSuccess, string.Join("\n", vocabulary.Errors));
        const string text = """
            某某县某某局2023年部门整体支出绩效自评报告
            本单位2023年预算资金兑付96.50万元。
            """;
        var without = Assert.Single(PublishedImporter.ImportText(text, "x.txt").Documents);
        Assert.Equal(96.50m, without.Evaluation.Budget.Adjusted);
        var with = Assert.Single(PublishedImporter.ImportText(text, "x.txt", new ImportOptions { Vocabulary = vocabulary.Value }).Documents);
        Assert.Null(with.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void Load_ProvinceFileAddsAFigureLabelEnding_KeyedBareCellReadsAsAmount()
    {
        // Which labels name a figure (…数, …额) is data: a region whose tables write 全年预算 | 62.73 adds the ending 算.
        var files = VocabularyCatalog.Sources().Append(("reading/xx-province.yaml", "figureLabelEndings: [算]\n"));
        var vocabulary = VocabularyLoader.Load(files);
        Assert.True(vocabulary.IsSuccess, string.Join("\n", vocabulary.Errors));
        const string text = """
            2021年度预算项目绩效自评表
            项目名称:某某项目 实施(主管)单位:某某局 金额单位:万元
            全年预算 62.73 执行数 50
            """;
        var without = Assert.Single(PublishedImporter.ImportText(text, "x.txt").Documents);
        Assert.Null(without.Evaluation.Budget.Adjusted);
        Assert.Equal(50m, without.Evaluation.Budget.Executed);
        var with = Assert.Single(PublishedImporter.ImportText(text, "x.txt", new ImportOptions { Vocabulary = vocabulary.Value }).Documents);
        Assert.Equal(62.73m, with.Evaluation.Budget.Adjusted);
    }
}
