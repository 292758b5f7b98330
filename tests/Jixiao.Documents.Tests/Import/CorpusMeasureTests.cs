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

    // The target is every stated headline fact correct; measured on 2 December 2026 the reader gets 197 of the 212
    // stated headline facts of the development corpus (249 of 266 with sections), with nothing wrong or invented. The
    // floor below keeps that from sliding back; raise it when the reader improves, never lower it.
    private const int DevelopmentHeadlineCorrectFloor = 197;

    // Held out (never used to tune): measured 79 of 165 facts correct, 19 wrong, 10 invented — short of the target
    // (nothing invented, nine in ten correct). The test guards against regression and prints every failure.
    private const int HeldOutCorrectFloor = 79;
    private const int HeldOutInventedCeiling = 10;

    [Fact]
    public void DevelopmentCorpus_NothingWrongOrInvented_HeadlineRecallNoWorseThanMeasured()
    {
        var m = CorpusMeasure.MeasureDirectory(Dir("corpus"));
        output.WriteLine(m.ToTable());
        Assert.Empty(m.Problems);
        Assert.True(m.Files >= 53, $"only {m.Files} expected-facts files");
        Assert.Empty(m.Outcomes.Where(o => o.Verdict == Verdict.Invented).Select(o => $"{o.Document} {o.Field}={o.Actual}"));
        Assert.Empty(m.Outcomes.Where(o => o.Verdict == Verdict.Wrong).Select(o => $"{o.Document} {o.Field}: {o.Expected} ≠ {o.Actual}"));
        var headline = m.Outcomes.Count(o => o.Field != "sections" && o.Verdict == Verdict.Correct);
        Assert.True(headline >= DevelopmentHeadlineCorrectFloor, $"{headline} headline facts correct, floor {DevelopmentHeadlineCorrectFloor}");
    }

    [Fact]
    public void HeldOutCorpus_NoWorseThanMeasured()
    {
        var m = CorpusMeasure.MeasureDirectory(Dir("corpus-holdout"));
        output.WriteLine(m.ToTable());
        Assert.Empty(m.Problems);
        var invented = m.Outcomes.Count(o => o.Verdict == Verdict.Invented);
        var correct = m.Outcomes.Count(o => o.Verdict == Verdict.Correct);
        Assert.True(invented <= HeldOutInventedCeiling, $"{invented} invented values (ceiling {HeldOutInventedCeiling})");
        Assert.True(correct >= HeldOutCorrectFloor, $"{correct} correct (floor {HeldOutCorrectFloor})");
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
