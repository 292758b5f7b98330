using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Domain.Tests.Checks;

/// <summary>Recycled narrative by character n-grams: copied sections are found with the shared passage; different text is not.</summary>
public class RecycledTextTests
{
    private const string Problems2021 = "一是项目绩效指标及目标值有待进一步细化和量化，部分指标难以考核；二是对预算执行过程事中监管不够，资金支付进度偏慢。";

    private static CheckSubject Doc(string name, string unit, int year, string problems, string? measures = null) => new()
    {
        Name = name,
        Evaluation = new Evaluation { Unit = unit, Year = year, Kind = EvaluationKind.Department, FrameworkId = string.Empty, Narrative = new Narrative { Problems = problems, Measures = measures } },
    };

    [Fact]
    public void Find_SameUnitCopiesLastYear_FindingOnLaterYearWithPassage()
    {
        var findings = RecycledText.Find([Doc("a-2021.txt", "某局", 2021, Problems2021), Doc("a-2022.txt", "某局", 2022, Problems2021.Replace("偏慢", "较慢", StringComparison.Ordinal))]);
        var (subject, f) = Assert.Single(findings);
        Assert.Equal("a-2022.txt", subject);
        Assert.Equal("RECYCLED-TEXT", f.Code);
        Assert.Equal(Severity.Suspect, f.Severity);
        Assert.Equal("a-2021.txt", f.OtherDocument);
        Assert.Contains("本单位 2021 年", f.Message, StringComparison.Ordinal);
        Assert.Contains(f.Evidence, e => e.Label == "最长相同段落" && e.Value.Contains("一是项目绩效指标及目标值有待进一步细化和量化", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_OtherUnitCopies_BothNamed()
    {
        var findings = RecycledText.Find([Doc("x.txt", "甲局", 2022, Problems2021), Doc("y.txt", "乙局", 2022, Problems2021)]);
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, x => x.Subject == "x.txt" && x.Finding.OtherDocument == "y.txt" && x.Finding.Message.Contains("乙局", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_DifferentText_Quiet()
    {
        var findings = RecycledText.Find([
            Doc("x.txt", "甲局", 2022, Problems2021),
            Doc("y.txt", "乙局", 2022, "资产管理台账更新不及时，部分固定资产未贴标签；政府采购意向公开存在延迟，合同备案晚于规定时限三天。"),
        ]);
        Assert.Empty(findings);
    }

    [Fact]
    public void Find_SameReportTwoFiles_NotRecycling() =>
        Assert.Empty(RecycledText.Find([Doc("a.docx", "某局", 2022, Problems2021), Doc("a.pdf", "某局", 2022, Problems2021)]));

    [Fact]
    public void Containment_PunctuationAndSpacesIgnored()
    {
        Assert.Equal(1m, RecycledText.Containment("一是 预算编制，不够精细。", "一是预算编制不够精细", 3));
        Assert.Equal(0m, RecycledText.Containment("资产管理台账", "预算编制不够精细", 3));
        Assert.True(RecycledText.Jaccard("预算编制不够精细", "预算编制不够精细化", 3) > 0.8m);
    }
}

/// <summary>Word-for-word copies are found even when the text is so common that its n-grams nominate nothing.</summary>
public class RecycledTextAtScaleTests
{
    [Fact]
    public void Find_SameTextInFortyUnits_EveryCopyNamed()
    {
        const string problems = "一是预算编制与实际需求衔接不够紧密，年中调剂次数偏多；二是绩效指标偏重过程描述，量化程度不高。";
        var subjects = Enumerable.Range(0, 40).Select(i => new CheckSubject
        {
            Name = $"d{i}.txt",
            Evaluation = new Evaluation { Unit = $"第{i}局", Year = 2022, Kind = EvaluationKind.Department, FrameworkId = string.Empty, Narrative = new Narrative { Problems = problems } },
        }).ToList();
        var findings = RecycledText.Find(subjects);
        Assert.Equal(40, findings.Count);
        Assert.All(findings, f => Assert.Equal("RECYCLED-TEXT", f.Finding.Code));
    }
}

/// <summary>Recycled text on real documents: headings the importer does not know, merged sections, a report and its table.</summary>
public class RecycledTextRealDocumentTests
{
    private const string Problems = "一是部分项目前期论证不充分，预算编制与实际需求衔接不够紧密；二是绩效目标设置偏重产出，效益指标量化不足。";
    private const string Measures = "一是加强项目前期论证，提高预算编制的准确性；二是细化量化绩效目标，完善效益指标。";

    private static CheckSubject Doc(string name, string unit, int year, Narrative? narrative = null, params string[] lines) => new()
    {
        Name = name,
        Evaluation = new Evaluation { Unit = unit, Year = year, Kind = EvaluationKind.Department, FrameworkId = string.Empty, Narrative = narrative ?? new Narrative() },
        Text = [.. lines.Select((l, i) => new SourceLine(i + 1, l))],
    };

    [Fact]
    public void Find_MergedSectionAgainstSplitSections_Found()
    {
        var earlier = Doc("2020.txt", "某局", 2020, new Narrative { Problems = Problems, Measures = Measures });
        var later = Doc("2022.txt", "某局", 2022, new Narrative { Problems = Problems + Measures });
        var (subject, f) = Assert.Single(RecycledText.Find([earlier, later]));
        Assert.Equal("2022.txt", subject);
        Assert.Equal(Severity.Suspect, f.Severity);
    }

    [Theory]
    [InlineData("五、存在的不足", "六、下一步工作打算")]
    [InlineData("存在问题：" + Problems, "改进措施：" + Measures)]
    [InlineData("（三）问题和不足", "（四）意见建议")]
    public void Find_SectionsOnlyInText_FoundWhateverTheHeading(string problemHeading, string measureHeading)
    {
        var earlier = Doc("2020.txt", "某局（本级）", 2020, new Narrative { Problems = Problems, Measures = Measures });
        var lines = new List<string> { "一、基本情况", "本局职责略。", problemHeading };
        if (!problemHeading.Contains('：'))
        {
            lines.Add(Problems);
        }

        lines.Add(measureHeading);
        if (!measureHeading.Contains('：'))
        {
            lines.Add(Measures);
        }

        lines.Add("填报人：张三");
        var later = Doc("2022.txt", "某局", 2022, null, [.. lines]);
        var texts = RecycledText.SectionTexts(later);
        Assert.Equal(RecycledText.Clean(Problems), RecycledText.Clean(texts["problems"]));
        Assert.Equal(RecycledText.Clean(Measures), RecycledText.Clean(texts["measures"]));
        var findings = RecycledText.Find([earlier, later]);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, x => Assert.Contains("本单位 2020 年", x.Finding.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Find_ReportAndItsTableSameUnitAndYear_NotRecycling()
    {
        var report = Doc("report.txt", "某局", 2022, new Narrative { Problems = Problems });
        var table = Doc("table.txt", "某局", 2022, new Narrative { Problems = Problems }) with { Evaluation = report.Evaluation with { Kind = EvaluationKind.Project } };
        Assert.Empty(RecycledText.Find([report, table with { Name = "table.txt" }]));
    }
}
