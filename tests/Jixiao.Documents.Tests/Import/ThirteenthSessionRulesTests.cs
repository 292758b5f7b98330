using Jixiao.Documents.Import;
using Jixiao.Documents.Reading;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the thirteenth session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class ThirteenthSessionRulesTests
{
    /// <summary>The narrative sections read, by key (overview, finances …).</summary>
    private static List<string> Sections(ImportedDocument d) =>
        [.. d.Sources.Keys.Where(k => k.StartsWith("narrative.", StringComparison.Ordinal)).Select(k => k["narrative.".Length..])];

    [Theory]
    [InlineData("二、项目资金申报及使用情况", "finances")]
    [InlineData("(一)资金计划、到位及使用情况", "finances")]
    [InlineData("(一)中央下达农村环境整治资金预算情况", "finances")]
    [InlineData("二、预算执行完成情况", "finances")]
    [InlineData("三、项目绩效实现情况", "goalAnalysis")]
    [InlineData("三、绩效目标自评完成情况分析", "goalAnalysis")]
    [InlineData("(三)项目自评价步骤", "management")]
    public void HeadingWithAPairOfWords_NamesItsSection(string heading, string section)
    {
        var d = One($"""
            某某县某某局2023年度项目支出绩效自评报告
            一、项目概况
            某某项目由某某局实施。
            {heading}
            本节正文写明有关情况。
            """);
        Assert.Contains(section, Sections(d));
        SpansHold(d);
    }

    [Theory]
    [InlineData("二、资金")]                       // one word of the pair only
    [InlineData("二、资金来源，使用方向")]           // the pair split by a comma: two clauses
    [InlineData("二、资金用于购置设备和维修房屋等日常使用")] // the second word too far from the first
    public void HeadingWithoutThePair_NamesNoSection(string heading)
    {
        var d = One($"""
            某某县某某局2023年度项目支出绩效自评报告
            一、项目概况
            某某项目由某某局实施。
            {heading}
            本节正文写明有关情况。
            """);
        Assert.DoesNotContain("finances", Sections(d));
    }

    [Fact]
    public void SectionWordTakesPrecedenceOverAPair()
    {
        // 资金…使用 would say finances; the heading's own words (绩效目标完成情况) decide.
        var d = One("""
            某某县某某局2023年度项目支出绩效自评报告
            一、项目概况
            某某项目由某某局实施。
            二、资金使用绩效目标完成情况
            各项指标均已完成。
            """);
        Assert.Contains("goalAnalysis", Sections(d));
        Assert.DoesNotContain("finances", Sections(d));
    }

    [Fact]
    public void Pairs_AreData_AProvinceAddsOne()
    {
        var files = VocabularyCatalog.Sources().Append(("reading/xx-province.yaml", "sections:\n  - section: finances\n    words: []\n    pairs: [专款…落实]\n"));
        var vocabulary = VocabularyLoader.Load(files);
        Assert.True(vocabulary.IsSuccess, string.Join("\n", vocabulary.Errors));
        var text = """
            某某县某某局2023年度项目支出绩效自评报告
            一、项目概况
            某某项目由某某局实施。
            二、专款拨付落实情况
            已全部拨付。
            """;
        var d = Assert.Single(PublishedImporter.ImportText(text, "x.txt", new ImportOptions { Vocabulary = vocabulary.Value }).Documents);
        Assert.Contains("finances", Sections(d));
        Assert.DoesNotContain("finances", Sections(One(text)));
    }

    [Theory]
    [InlineData("[资金使用]")]
    [InlineData("[资金…]")]
    [InlineData("[…使用]")]
    [InlineData("[资金…使用…情况]")]
    public void Pair_WithoutTwoWords_ErrorNamesFileAndLine(string pairs)
    {
        var result = VocabularyLoader.Load([("reading/bad.yaml", $"description: x\nsections:\n  - section: finances\n    words: [收支情况]\n    pairs: {pairs}\n")], complete: false);
        var e = Assert.Single(result.Errors);
        Assert.Equal("reading/bad.yaml:5", e.Path);
        Assert.Contains("pairs", e.Message, StringComparison.Ordinal);
    }
}
