using Jixiao.Documents.Import;
using Jixiao.Documents.Reading;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules made from the failures of the set v27 (read once unseen, then joined to the development corpus): each with a
/// synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class TwelfthSessionRulesTests
{
    private const string ItemScoreReport = """
        某某区2021年度衔接推进乡村振兴补助资金绩效自评报告
        一、资金保障
        2021年区级衔接资金投入只增不减,稳中有升。(自评得分5分)
        二、存在的问题
        项目储备不足。
        """;

    [Fact]
    public void ScoreBelowTheFloor_IsAnItemsPoints_NoTotalScore()
    {
        // (自评得分5分) after an item's sentence: no document scores itself 5 of 100 (totalScoreFloor 30).
        var d = One(ItemScoreReport);
        Assert.Null(d.Stated.TotalScore);
        Assert.DoesNotContain(d.Values, v => v.Path == "stated.totalScore");
    }

    [Theory]
    [InlineData("自评得分95分", 95)]
    [InlineData("自评得分30分", 30)]
    [InlineData("经自评，综合得分为71.7分", 71.7)]
    public void ScoreAtOrAboveTheFloor_IsTheDocuments(string sentence, double score)
    {
        var d = One($"""
            某某县某某局2023年度部门整体支出绩效自评报告
            一、自评结论
            {sentence}。
            二、存在的问题
            绩效目标不够细化。
            """);
        Assert.Equal((decimal)score, d.Stated.TotalScore);
        SpansHold(d);
    }

    [Fact]
    public void TotalScoreFloor_IsData_ZeroKeepsEveryScore()
    {
        // A region whose documents are scored on another scale lowers the floor in its own file, no code.
        var files = VocabularyCatalog.Sources().Append(("reading/xx-province.yaml", "totalScoreFloor: 0\n"));
        var vocabulary = VocabularyLoader.Load(files);
        Assert.True(vocabulary.IsSuccess, string.Join("\n", vocabulary.Errors));
        var d = Assert.Single(PublishedImporter.ImportText(ItemScoreReport, "x.txt", new ImportOptions { Vocabulary = vocabulary.Value }).Documents);
        Assert.Equal(5m, d.Stated.TotalScore);
    }

    [Fact]
    public void TotalScoreFloor_OutOfRange_ErrorNamesFileAndLine()
    {
        var result = VocabularyLoader.Load([("reading/bad.yaml", "description: x\ntotalScoreFloor: 120\n")], complete: false);
        var e = Assert.Single(result.Errors);
        Assert.Equal("reading/bad.yaml:2", e.Path);
        Assert.Contains("totalScoreFloor", e.Message, StringComparison.Ordinal);
    }
}
