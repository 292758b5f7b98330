using System.Text.Json.Nodes;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao import`, `check` and `audit` on the corpus copies in testdata/corpus/.</summary>
public class ReviewCommandTests
{
    private static string Corpus(string name) => Repo.Path("testdata", "corpus", name);

    [Fact]
    public void Import_HaizhuScoreTableJson_ScoresTo99Excellent()
    {
        var run = CliRun.Of("import", Corpus("gz-haizhu-zuzhibu-2022-dept-scoretable.txt"), "--json");
        Assert.Equal(0, run.ExitCode);
        var doc = JsonNode.Parse(run.Out)!["documents"]![0]!;
        var evaluation = EvaluationSerializer.ParseJson(doc["evaluation"]!.ToJsonString(), "import.json");
        Assert.True(evaluation.IsSuccess, string.Join("；", evaluation.Errors));
        var score = Scorer.Score(FrameworkCatalog.Get(evaluation.Value.FrameworkId).Value, evaluation.Value).Value;
        Assert.Equal(99m, score.Total);
        Assert.Equal("优", score.Grade?.Name);

        // The lost name is reported missing, with its line; no name is invented for it.
        var missing = doc["missing"]!.AsArray().Select(m => m!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("stated.scoreRows[12].name", missing);
        Assert.Null(doc["stated"]!["scoreRows"]![12]!["name"]);
        Assert.Equal(259, doc["source"]!["stated.scoreRows[12]"]!["line"]!.GetValue<int>());
        Assert.Equal(105, doc["source"]!["budget.adjusted"]!["line"]!.GetValue<int>());
    }

    [Fact]
    public void ImportText_AndAudit_OfASavedWebArchive_ShowWhatWasReadAndReadIt()
    {
        // A report saved from a bureau's site as a web archive (.mht: the page, base64, in a MIME message) with the
        // site's menu around it: `import --text` shows the lines read, numbered as --json's sources; audit reads it.
        using var dir = new TempDir();
        var lines = File.ReadAllLines(Corpus("gz-huadu-jiguan-gongwei-2021-dept-report.txt"));
        var html = System.Text.Encoding.UTF8.GetBytes("<html><body><ul><li><a href=\"/\">首页</a></li><li><a href=\"/x\">信息公开</a></li></ul>"
            + string.Concat(lines.Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>\r\n")) + "</body></html>");
        var mht = dir.File("花都报告.mht", "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
            + "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + Convert.ToBase64String(html, Base64FormattingOptions.InsertLineBreaks) + "\r\n--b--\r\n");

        var text = CliRun.Of("import", mht, "--text");
        var import = CliRun.Of("import", mht, "--json");
        var audit = CliRun.Of("audit", dir.Path, "--csv", Path.Combine(dir.Path, "out.csv"));

        Assert.Equal(0, text.ExitCode);
        var shown = text.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.DoesNotContain(shown, l => l.Contains("首页", StringComparison.Ordinal));
        var unit = JsonNode.Parse(import.Out)!["documents"]![0]!["source"]!["unit"]!;
        Assert.Equal($"{unit["line"]!.GetValue<int>()}\t{unit["text"]!.GetValue<string>()}", shown[unit["line"]!.GetValue<int>() - 1]);
        Assert.Equal(0, audit.ExitCode);
        Assert.Contains("花都报告.mht,中共广州市花都区直属机关工作委员会,2021,部门整体自评报告,", File.ReadAllText(Path.Combine(dir.Path, "out.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void ImportAndAudit_AWord97ReportAndAnExcelWebPage_AreRead()
    {
        // A report attached as Word 97–2003 (.doc, made here by LibreOffice from the corpus text) and a table a download
        // system served as .xls that is really a web page: both read like their text.
        using var dir = new TempDir();
        var text = dir.File("花都报告.txt", File.ReadAllText(Corpus("gz-huadu-jiguan-gongwei-2021-dept-report.txt")));
        using (var converter = Jixiao.Documents.Pdf.LibreOfficePdfConverter.Create().Value)
        {
            var made = converter.Convert([text], Path.Combine(dir.Path, "doc"), "doc", TimeSpan.FromSeconds(180));
            Assert.True(made.IsSuccess, string.Join("；", made.Errors));
            File.Move(made.Value[0], Path.Combine(dir.Path, "花都报告.doc"));
        }

        File.Delete(text);
        Directory.Delete(Path.Combine(dir.Path, "doc"));
        dir.File("导出.xls", "<html><body><table><tr><td>2023年度项目支出绩效自评表</td></tr><tr><td>主管部门</td><td>某某县交通运输局</td><td>实施单位</td><td>某某县交通运输局</td></tr>"
            + "<tr><td>项目资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>"
            + "<tr><td>年度资金总额</td><td>100</td><td>120</td><td>108</td><td>10</td><td>90.00%</td><td>9</td></tr></table></body></html>");

        var import = CliRun.Of("import", Path.Combine(dir.Path, "花都报告.doc"), "--json");
        Assert.Equal(0, import.ExitCode);
        var evaluation = JsonNode.Parse(import.Out)!["documents"]![0]!["evaluation"]!;
        Assert.Equal("中共广州市花都区直属机关工作委员会", evaluation["unit"]!.GetValue<string>());
        Assert.Equal(714.07m, evaluation["budget"]!["executed"]!.GetValue<decimal>());

        var audit = CliRun.Of("audit", dir.Path, "--csv", Path.Combine(dir.Path, "out.csv"));
        Assert.Equal(0, audit.ExitCode);
        Assert.Contains("无法读取 0 个文件", audit.Out, StringComparison.Ordinal);
        var csv = File.ReadAllText(Path.Combine(dir.Path, "out.csv"));
        Assert.Contains("花都报告.doc,中共广州市花都区直属机关工作委员会,2021,部门整体自评报告,", csv, StringComparison.Ordinal);
        Assert.Contains("导出.xls,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OutputYaml_ThenScoreCommandGives99()
    {
        using var dir = new TempDir();
        var yaml = dir.File("haizhu.yaml");
        Assert.Equal(0, CliRun.Of("import", Corpus("gz-haizhu-zuzhibu-2022-dept-scoretable.txt"), "-o", yaml).ExitCode);
        var score = CliRun.Of("score", yaml);
        Assert.Equal(0, score.ExitCode);
        Assert.Contains("99.00", score.Out, StringComparison.Ordinal);
        Assert.Contains("优", score.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Huadu2021Json_RoundingNoteAndExecutionWarnings()
    {
        var run = CliRun.Of("check", Corpus("gz-huadu-jiguan-gongwei-2021-dept-report.txt"), "--json");
        Assert.Equal(0, run.ExitCode);
        var findings = JsonNode.Parse(run.Out)![0]!["findings"]!.AsArray();
        var sum = findings.Single(f => f!["code"]!.GetValue<string>() == "SUM-FUNCTION")!;
        Assert.Equal("提示", sum["severity"]!.GetValue<string>());
        Assert.Contains(findings, f => f!["code"]!.GetValue<string>() == "EXEC-REASON" && f["severity"]!.GetValue<string>() == "疑似");
    }

    [Fact]
    public void Check_OwnEvaluationYaml_NoFindings()
    {
        var run = CliRun.Of("check", Repo.Path("testdata", "haizhu-2022", "evaluation.yaml"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("未发现问题", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DocumentWithNoFigures_UnableToCheckNeverNoProblems()
    {
        using var dir = new TempDir();
        var file = dir.File("no-figures.txt", "2022年度某某区文化广电旅游体育局部门整体支出绩效自评报告\n一、基本情况\n本局认真履行职责，各项工作有序推进。\n三、存在的主要问题\n绩效管理水平有待提高。\n");
        var run = CliRun.Of("check", file);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("核查范围：未能核查", run.Out, StringComparison.Ordinal);
        Assert.Contains("未核查 执行率：未读取到预算数据，未核查执行率", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("未发现问题", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("确定 0", run.Out, StringComparison.Ordinal);

        var json = JsonNode.Parse(CliRun.Of("check", file, "--json").Out)![0]!["coverage"]!;
        Assert.Equal("未能核查", json["status"]!.GetValue<string>());
        Assert.Empty(json["ran"]!.AsArray());
        Assert.Contains(json["notRun"]!.AsArray(), n => n!["family"]!.GetValue<string>() == "rates" && n["reason"]!.GetValue<string>() == "未读取到预算数据，未核查执行率");
        Assert.Equal("某某区文化广电旅游体育局", json["read"]!["unit"]!.GetValue<string>()); // a year-first title names the unit
        Assert.Equal(2022, json["read"]!["year"]!.GetValue<int>());
    }

    [Fact]
    public void Check_Huadu2021Json_CoverageSaysWhatRanAndWhatWasRead()
    {
        var coverage = JsonNode.Parse(CliRun.Of("check", Corpus("gz-huadu-jiguan-gongwei-2021-dept-report.txt"), "--json").Out)![0]!["coverage"]!;
        Assert.Equal("部分核查", coverage["status"]!.GetValue<string>());
        var ran = coverage["ran"]!.AsArray().Select(n => n!["family"]!.GetValue<string>()).ToList();
        Assert.Contains("sums", ran);
        Assert.Contains("rates", ran);
        Assert.Contains("monitoring", ran);
        Assert.Contains(coverage["notRun"]!.AsArray(), n => n!["family"]!.GetValue<string>() == "recycled");
        var read = coverage["read"]!;
        Assert.Equal(714.07m, read["executed"]!.GetValue<decimal>());
        Assert.Equal(890.33m, read["budget"]!.GetValue<decimal>());
        Assert.Contains("存在的主要问题", read["sections"]!.AsArray().Select(x => x!.GetValue<string>()));
    }

    [Fact]
    public void Check_OwnTablePdf_Total99ExcellentNoSuspectOrCertain()
    {
        // The must-show of issue 9: our own table PDF read back through its text layer (one LibreOffice run).
        using var dir = new TempDir();
        var pdf = dir.File("t.pdf");
        var report = CliRun.Of("report", Repo.Path("testdata", "haizhu-2022", "evaluation.yaml"), "--format", "pdf", "--table", "-o", pdf);
        Assert.Equal(0, report.ExitCode);

        var run = CliRun.Of("check", pdf);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("t.pdf：本系统自评表（PDF） 中国共产党广州市海珠区委员会组织部 2022  得分 99 优", run.Out, StringComparison.Ordinal);
        Assert.Contains("读取来源：PDF 文字层", run.Out, StringComparison.Ordinal);
        Assert.Contains("确定 0，疑似 0", run.Out, StringComparison.Ordinal);

        var json = JsonNode.Parse(CliRun.Of("check", pdf, "--json").Out)![0]!;
        Assert.Equal(99m, json["score"]!.GetValue<decimal>());
        Assert.Equal("优", json["grade"]!.GetValue<string>());
        Assert.DoesNotContain(json["findings"]!.AsArray(), f => f!["severity"]!.GetValue<string>() is "确定" or "疑似");

        // import reads it as ours: unit, year and every leaf score.
        var imported = CliRun.Of("import", pdf, "--json");
        Assert.Equal(0, imported.ExitCode);
        var evaluation = EvaluationSerializer.ParseJson(imported.Out, "t.json").Value;
        Assert.Equal("中国共产党广州市海珠区委员会组织部", evaluation.Unit);
        Assert.Equal(99m, Scorer.Score(FrameworkCatalog.Get(evaluation.FrameworkId).Value, evaluation).Value.Total);
    }

    [Fact]
    public void Check_OwnDocxScoreEditedByHand_VisibleHiddenDifferenceFinding()
    {
        using var dir = new TempDir();
        var docx = dir.File("h.docx");
        Assert.Equal(0, CliRun.Of("report", Repo.Path("testdata", "haizhu-2022", "evaluation.yaml"), "--format", "docx", "-o", docx).ExitCode);
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, true))
        {
            var row = doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
                .Single(r => r.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Any(t => t.Text == "部门预算资金支出率"));
            row.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Single(t => t.Text is "9" or "9.00").Text = "10.00";
        }

        var findings = JsonNode.Parse(CliRun.Of("check", docx, "--json").Out)![0]!["findings"]!.AsArray();
        var f = Assert.Single(findings, x => x!["code"]!.GetValue<string>() == "OWN-VISIBLE-DIFF")!;
        Assert.Equal("疑似", f["severity"]!.GetValue<string>());
        Assert.Contains("“部门预算资金支出率”得分", f["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingFile_ExitOneChineseMessage()
    {
        var run = CliRun.Of("check", "/nonexistent/x.txt");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("找不到文件", run.Err, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Audit_CorpusFolder_SummaryCsvHtmlEscapedAndRecycledText()
    {
        using var dir = new TempDir();
        foreach (var f in Directory.GetFiles(Repo.Path("testdata", "corpus"), "*.txt"))
        {
            File.Copy(f, Path.Combine(dir.Path, Path.GetFileName(f)));
        }

        // A later report of another unit that copies Huadu 2021's problems, and a hostile unit name.
        var copy = File.ReadAllText(Corpus("gz-huadu-jiguan-gongwei-2021-dept-report.txt"))
            .Replace("中共广州市花都区直属机关工作委员会", "某某区<script>alert(1)</script>局", StringComparison.Ordinal)
            .Replace("2021", "2022", StringComparison.Ordinal);
        dir.File("copy-2022.txt", copy);
        dir.File("notes.txt", "这只是一个便条，没有报告。");
        dir.File("slides.ppt", "not read");
        dir.File("no-figures.txt", "2022年度某某区文化广电旅游体育局部门整体支出绩效自评报告\n一、基本情况\n本局认真履行职责，各项工作有序推进。\n");
        var html = Path.Combine(dir.Path, "out", "report.html");
        Directory.CreateDirectory(Path.GetDirectoryName(html)!);

        // The whole corpus in the terminal's table (by default it lists the 40 documents with the most findings).
        var run = CliRun.Of("audit", dir.Path, "-o", html, "--limit", "5000");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("中共广州市花都区直属机关工作委员会", run.Out, StringComparison.Ordinal);
        Assert.Contains("无法读取：notes.txt", run.Out, StringComparison.Ordinal);
        Assert.Contains("无法读取：slides.ppt：不支持的文件类型“.ppt”", run.Out, StringComparison.Ordinal);
        Assert.Contains("未能核查：no-figures.txt", run.Out, StringComparison.Ordinal);
        Assert.Contains("890.33", run.Out, StringComparison.Ordinal);
        Assert.Contains("714.07", run.Out, StringComparison.Ordinal);

        var page = File.ReadAllText(html);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#d0\"", page, StringComparison.Ordinal);
        Assert.Contains("RECYCLED-TEXT", page, StringComparison.Ordinal);
        var csv = File.ReadAllText(Path.ChangeExtension(html, ".csv"));
        Assert.StartsWith("文件,单位,年度", csv, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(Path.ChangeExtension(html, ".csv")).Take(3));
        Assert.Contains("SUM-SOURCE,确定", csv, StringComparison.Ordinal);
        var lines = csv.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("no-figures.txt,", StringComparison.Ordinal) && l.Contains(",未能核查,", StringComparison.Ordinal) && !l.Contains("未发现问题", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("slides.ppt,", StringComparison.Ordinal) && l.Contains("无法读取", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("gz-huadu-jiguan-gongwei-2021-dept-report.txt,中共广州市花都区直属机关工作委员会,2021,部门整体自评报告,", StringComparison.Ordinal) && l.Contains(",890.33,714.07,80.2%,", StringComparison.Ordinal));
        Assert.Contains("slides.ppt", page, StringComparison.Ordinal);
        Assert.Contains("<td>未能核查</td><td class=\"c\">—</td>", page, StringComparison.Ordinal);

        var json = JsonNode.Parse(CliRun.Of("audit", dir.Path, "--json").Out)!;
        var recycled = json["documents"]!.AsArray()
            .SelectMany(d => d!["findings"]!.AsArray().Select(f => (File: d["file"]!.GetValue<string>(), Finding: f!)))
            .Where(x => x.Finding["code"]!.GetValue<string>() == "RECYCLED-TEXT")
            .ToList();
        Assert.Contains(recycled, x => x.File == "copy-2022.txt" && x.Finding["otherDocument"]!.GetValue<string>() == "gz-huadu-jiguan-gongwei-2021-dept-report.txt");
    }

    [Fact]
    public void Audit_ReportIntoAFolderNotYetMade_CreatesItAndListsTheRestAsUnlisted()
    {
        using var dir = new TempDir();
        File.Copy(Corpus("gz-huadu-jiguan-gongwei-2021-dept-report.txt"), Path.Combine(dir.Path, "a.txt"));
        dir.File("b.txt", "2022年度某某区文化广电旅游体育局部门整体支出绩效自评报告\n一、基本情况\n本局认真履行职责，各项工作有序推进。\n");
        var html = Path.Combine(dir.Path, "新建", "2024", "汇总.html");

        var run = CliRun.Of("audit", dir.Path, "-o", html, "--limit", "1");
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(html), run.Out + run.Err);
        Assert.True(File.Exists(Path.ChangeExtension(html, ".csv")));
        Assert.Contains("（另有 1 个文档未列出，见 HTML/CSV/JSON）", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("内部错误", run.Out + run.Err, StringComparison.Ordinal);
    }
}
