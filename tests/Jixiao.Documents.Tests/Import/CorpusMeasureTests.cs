using Jixiao.Documents.Import;
using Xunit.Abstractions;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Precision and recall per field over the development corpus (testdata/corpus) and the held-out
/// documents (testdata/corpus-holdout, never used to tune the reader), against the facts a person
/// wrote down by reading each text (*.expected.yaml). The table is printed with every run.
/// </summary>
public class CorpusMeasureTests(ITestOutputHelper output)
{
    private static string Dir(string name) => Path.Combine(Repo.Root, "testdata", name);

    [Fact]
    public void DevelopmentCorpus_EveryStatedHeadlineFactCorrect_NothingInvented()
    {
        var m = CorpusMeasure.MeasureDirectory(Dir("corpus"));
        output.WriteLine(m.ToTable());
        Assert.Empty(m.Problems);
        Assert.True(m.Files >= 53, $"only {m.Files} expected-facts files");
        Assert.Empty(m.Outcomes.Where(o => o.Verdict == Verdict.Invented).Select(o => $"{o.Document} {o.Field}={o.Actual}"));
        Assert.Empty(m.Outcomes.Where(o => o.Verdict == Verdict.Wrong).Select(o => $"{o.Document} {o.Field}: {o.Expected} ≠ {o.Actual}"));
        Assert.Empty(m.Outcomes.Where(o => o.Verdict == Verdict.Missed && o.Field != "sections").Select(o => $"{o.Document} {o.Field}: {o.Expected}"));
    }

    [Fact]
    public void HeldOutCorpus_NothingInvented_NineInTenHeadlineFactsCorrect()
    {
        var m = CorpusMeasure.MeasureDirectory(Dir("corpus-holdout"));
        output.WriteLine(m.ToTable());
        Assert.Empty(m.Problems);
        Assert.Empty(m.Outcomes.Where(o => o.Verdict == Verdict.Invented).Select(o => $"{o.Document} {o.Field}={o.Actual}"));
        var headline = m.Outcomes.Where(o => o.Field != "sections" && o.Expected is not null).ToList();
        var correct = headline.Count(o => o.Verdict == Verdict.Correct);
        Assert.True(correct * 10 >= headline.Count * 9, $"{correct} of {headline.Count} headline facts correct");
    }

    [Fact]
    public void Measure_WrongMissedAndInventedValues_AreCountedApart()
    {
        var expected = CorpusMeasure.Parse("""
            documents:
              - kind: 部门整体自评报告
                unit: 某某局
                year: 2022
                budget: 100
                sections: [problems]
            """).Documents!;
        var imported = PublishedImporter.ImportText("某某局2023年度部门整体支出绩效自评报告\n全年预算数为100万元，全年执行数为90万元，自评得分95分。\n", "t.txt").Documents;
        var byField = CorpusMeasure.Compare("t.txt", expected, imported).Where(o => o.Field != "sections").ToDictionary(o => o.Field, o => o.Verdict);
        Assert.Equal(Verdict.Correct, byField["kind"]);
        Assert.Equal(Verdict.Correct, byField["unit"]);
        Assert.Equal(Verdict.Wrong, byField["year"]);
        Assert.Equal(Verdict.Correct, byField["budget"]);
        Assert.Equal(Verdict.Invented, byField["executed"]);
        Assert.Equal(Verdict.Invented, byField["totalScore"]);
        Assert.Equal(Verdict.NotStated, byField["grade"]);
        Assert.Contains(CorpusMeasure.Compare("t.txt", expected, imported), o => o.Field == "sections" && o.Verdict == Verdict.Missed);
    }
}
