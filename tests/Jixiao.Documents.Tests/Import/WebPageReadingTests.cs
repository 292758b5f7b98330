using System.Text;
using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Reports as users save them from the web or from Word: a page saved from a government site (menus, scripts, the
/// article in a layout table), Word's "save as web page" (GB2312, source wrapped mid-sentence, cells of paragraphs,
/// conditional comments, hidden text), LibreOffice's HTML export, MHT web archives from Word and from Chrome, and a
/// Traditional-script page in Big5. Each must read as the same report reads as text.
/// </summary>
public sealed class WebPageReadingTests : IDisposable
{
    private const string Article = """
        <h1>某某县农业农村局2023年度部门整体支出绩效自评报告</h1>
        <p>&nbsp;&nbsp;一、基本情况</p>
        <p>（一）部门概况</p>
        <p>某某县农业农村局是县政府工作部门，内设机构6个。</p>
        <p>（二）部门预算及执行情况</p>
        <p>2023年全年预算数为1200万元，全年执行数为1080万元，预算执行率为90%。</p>
        <table border="1">
        <tr><td rowspan="2"><p>项目</p></td><td colspan="2"><p>预算（万元）</p></td><td rowspan="2">执行数（万元）</td></tr>
        <tr><td>年初</td><td>调整后</td></tr>
        <tr><td>合计</td><td>1000</td><td>1200</td><td>1080</td></tr>
        </table>
        <p>二、存在的问题</p>
        <p>绩效目标设置不够细化，部分指标难以量化。</p>
        <p>三、改进措施</p>
        <p>1.细化绩效目标。<br>2.加强预算执行监控。</p>
        """;

    private readonly string dir = Directory.CreateTempSubdirectory("jixiao-web-").FullName;

    static WebPageReadingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void GovernmentSitePage_MenusScriptsAndLayoutTable_ReadAsTheArticle()
    {
        var page = $$"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>信息公开</title>
            <script>document.write("<p>脚本写出的字</p>");</script><style>.a{color:red}</style></head><body>
            <div class="top"><ul><li><a href="/">首页</a></li><li><a href="/xxgk">政务公开</a></li><li><a href="/hd">互动交流</a></li></ul></div>
            <table width="1000"><tr>
            <td width="200"><ul><li><a href="/tz">通知公告</a></li><li><a href="/zc">政策文件</a></li><li><a href="/cz">财政资金</a></li></ul></td>
            <td><div class="info">发布机构：某某县农业农村局　发布日期：2024-04-01</div>{{Article}}
            <p>附件：<a href="/u/1.pdf">1.某某县农业农村局2023年度部门整体支出绩效自评表.pdf</a> <a href="/u/2.xls?id=3">2.项目支出绩效自评表.xls</a></p>
            <div style="display:none">隐藏的字</div></td></tr></table>
            <nav><a href="/a">上一篇</a></nav>
            <select><option>相关链接</option><option>中国政府网</option></select>
            </body></html>
            """;
        var path = Write("page.html", Encoding.UTF8.GetBytes(page));

        var (lines, warnings) = PublishedTextReader.Read(path);

        Assert.Empty(warnings);
        Assert.Equal("发布机构：某某县农业农村局　发布日期：2024-04-01", lines[0]);
        Assert.Equal("某某县农业农村局2023年度部门整体支出绩效自评报告", lines[1]);
        Assert.Equal("一、基本情况", lines[2]);
        // Header cells under a rowspan get an empty cell, a colspan widens its cell: columns stay aligned.
        Assert.Contains("项目 | 预算（万元） |  | 执行数（万元） | ", lines);
        Assert.Contains(" | 年初 | 调整后 |  | ", lines);
        Assert.Contains("合计 | 1000 | 1200 | 1080 | ", lines);
        Assert.Contains("1.细化绩效目标。", lines);
        Assert.Contains("2.加强预算执行监控。", lines);
        Assert.Contains("附件：1.某某县农业农村局2023年度部门整体支出绩效自评表.pdf 2.项目支出绩效自评表.xls", lines); // attachments are no menu
        Assert.DoesNotContain(lines, l => l.Contains("首页", StringComparison.Ordinal) || l.Contains("通知公告", StringComparison.Ordinal)
            || l.Contains("脚本", StringComparison.Ordinal) || l.Contains("隐藏", StringComparison.Ordinal) || l.Contains("中国政府网", StringComparison.Ordinal)
            || l.Contains("上一篇", StringComparison.Ordinal) || l.Contains("color", StringComparison.Ordinal));
        OfficeFileReadingTests.AssertReport(PublishedImporter.ImportFile(path));
    }

    [Fact]
    public void WordSavedAsWebPage_Gb2312WrappedMidSentence_ReadsAsTheText()
    {
        var path = Write("报告.htm", Encoding.GetEncoding("GB18030").GetBytes(WordPage()));

        var (lines, warnings) = PublishedTextReader.Read(path);

        Assert.Empty(warnings);
        // The source breaks lines inside sentences and numbers' neighbours; a browser-like reading joins them back.
        Assert.Contains("2023年全年预算数为1200万元，全年执行数为1080万元，预算执行率为90%。", lines);
        Assert.Contains("项目 | 预算（万元） |  | 执行数（万元） | ", lines);
        var list = lines.ToList();
        Assert.Equal(string.Empty, list[list.IndexOf("（三）附表说明") - 1]); // Word's empty paragraph <p>&nbsp;</p>; the hidden one makes none
        Assert.DoesNotContain(lines, l => l.Contains("Print", StringComparison.Ordinal) || l.Contains("隐藏", StringComparison.Ordinal)
            || l.Contains("MsoNormal", StringComparison.Ordinal));
        OfficeFileReadingTests.AssertReport(PublishedImporter.ImportFile(path));
    }

    [Fact]
    public void WordWebArchive_QuotedPrintableGb2312_ReadsAsTheText()
    {
        var html = Encoding.GetEncoding("GB18030").GetBytes(WordPage());
        var mht = "MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01D9.ABC\"\r\n\r\n"
            + "此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n\r\n------=_NextPart_01D9.ABC\r\nContent-Location: file:///C:/x/report.htm\r\n"
            + "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"gb2312\"\r\n\r\n" + QuotedPrintable(html) + "\r\n\r\n"
            + "------=_NextPart_01D9.ABC\r\nContent-Location: file:///C:/x/report.files/image001.png\r\nContent-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\n"
            + "iVBORw0KGgo=\r\n\r\n------=_NextPart_01D9.ABC--\r\n";
        var path = Write("报告.mht", Encoding.GetEncoding("GB18030").GetBytes(mht));

        var result = PublishedImporter.ImportFile(path);

        Assert.Empty(result.Warnings);
        OfficeFileReadingTests.AssertReport(result);
    }

    [Fact]
    public void ChromeWebArchive_NamedAsPageButSniffedByContent_ReadsAsTheText()
    {
        var html = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"utf-8\"></head><body>{Article}</body></html>");
        var mht = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.example.gov.cn/a.html\r\nSubject: =?utf-8?Q?x?=\r\n"
            + "Date: Mon, 1 Apr 2024 08:00:00 +0800\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc----\"\r\n\r\n\r\n"
            + "------MultipartBoundary--abc----\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: base64\r\n"
            + "Content-Location: https://www.example.gov.cn/a.html\r\n\r\n" + Convert.ToBase64String(html, Base64FormattingOptions.InsertLineBreaks)
            + "\r\n\r\n------MultipartBoundary--abc------\r\n";
        var path = Write("报告.html", Encoding.ASCII.GetBytes(mht));

        var result = PublishedImporter.ImportFile(path);

        Assert.Empty(result.Warnings);
        OfficeFileReadingTests.AssertReport(result);
    }

    [Fact]
    public void WebArchiveWithoutAPage_SaysSo()
    {
        var mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n";
        var path = Write("图片.mht", Encoding.ASCII.GetBytes(mht));

        var result = PublishedImporter.ImportFile(path);

        Assert.Empty(result.Documents);
        Assert.Contains(result.Warnings, w => w.StartsWith(path + "：MHT 网页存档中没有网页正文", StringComparison.Ordinal));
    }

    [Fact]
    public void LibreOfficeHtmlExport_OfAnotherWordReport_ReadsAsTheDocx()
    {
        var html = OfficeFileReadingTests.Convert(OfficeFileReadingTests.WriteReport(dir, "report.docx"), "html", dir);

        var result = PublishedImporter.ImportFile(html);

        OfficeFileReadingTests.AssertReport(result);
    }

    [Fact]
    public void TraditionalPageInBig5_IsDecodedByItsDeclaredCharset()
    {
        var page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head><body>"
            + "<p>某某縣農業農村局2023年度部門整體支出績效自評報告</p><p>2023年全年預算數為1200萬元，全年執行數為1080萬元，預算執行率為90%。</p></body></html>";
        var path = Write("big5.html", Encoding.GetEncoding("big5").GetBytes(page));

        var (lines, _) = PublishedTextReader.Read(path);
        var doc = Assert.Single(PublishedImporter.ImportFile(path).Documents);

        Assert.Contains("某某縣農業農村局2023年度部門整體支出績效自評報告", lines);
        Assert.Equal((1200m, 1080m, 90m), (doc.Evaluation.Budget.Adjusted, doc.Evaluation.Budget.Executed, doc.Evaluation.Budget.StatedRatePercent));
    }

    [Fact]
    public void DataTableCell_ParagraphsJoinedAndPipesKept_RowStaysOneLine()
    {
        var page = "<table><tr><td>指标</td><td>评分标准</td></tr><tr><td>预算执行率</td><td><p>1.执行率≥90%得满分；</p><p>2.每低1%扣0.1分|不得负分。</p></td></tr></table>";

        var text = PublishedTextReader.HtmlToText(page);

        Assert.Equal("指标 | 评分标准 | \n预算执行率 | 1.执行率≥90%得满分； 2.每低1%扣0.1分｜不得负分。 | \n", text);
    }

    [Fact]
    public void PageTitle_IsAFirstLineOnlyWhenThePageDoesNotShowIt()
    {
        Assert.Equal("某某局2023年度项目支出绩效自评报告\n正文\n", PublishedTextReader.HtmlToText("<title>某某局2023年度项目支出绩效自评报告_某某县人民政府</title><p>正文</p>"));
        Assert.Equal("某某局2023年度项目支出绩效自评报告\n", PublishedTextReader.HtmlToText("<title>某某局2023年度项目支出绩效自评报告_某某县人民政府</title><h1>某某局2023年度项目支出绩效自评报告</h1>"));
        Assert.Equal("正文\n", PublishedTextReader.HtmlToText("<title>文档</title><p>正文</p>"));
    }

    /// <summary>The article as Word's "save as web page" writes it: MsoNormal paragraphs, source lines wrapped every few characters.</summary>
    private static string WordPage()
    {
        var body = new StringBuilder();
        foreach (var line in Article.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var text = line.Replace("<p>", "<p class=MsoNormal style='text-indent:21.0pt'><span lang=EN-US>", StringComparison.Ordinal)
                .Replace("</p>", "<o:p></o:p></span></p>", StringComparison.Ordinal);
            body.Append(Wrap(text)).Append("\r\n");
        }

        return "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">"
            + "<title>文档</title><!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->"
            + "<style><!-- p.MsoNormal {margin:0cm;} --></style></head><body lang=ZH-CN><div class=WordSection1>\r\n"
            + body + "<p class=MsoNormal>&nbsp;</p>\r\n<p class=MsoNormal><span style='display:none;mso-hide:all'>隐藏的批注<o:p></o:p></span></p>\r\n"
            + "<p class=MsoNormal><![if !supportLists]><span>（三）</span><![endif]>附表说明</p></div></body></html>";

        // A line break after every 7th Chinese character followed by another, as Word breaks its source (never inside a tag).
        static string Wrap(string s)
        {
            var sb = new StringBuilder();
            var inTag = false;
            var n = 0;
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                sb.Append(c);
                inTag = c == '<' || (inTag && c != '>');
                if (!inTag && c > '\u2E80' && ++n % 7 == 0 && i + 1 < s.Length && s[i + 1] > '\u2E80')
                {
                    sb.Append("\r\n");
                }
            }

            return sb.ToString();
        }
    }

    private static string QuotedPrintable(byte[] bytes)
    {
        var sb = new StringBuilder();
        var column = 0;
        foreach (var b in bytes)
        {
            var piece = b is >= 33 and <= 126 and not (byte)'=' ? ((char)b).ToString() : b is 13 or 10 ? (b == 10 ? "\r\n" : string.Empty) : $"={b:X2}";
            if (b == 10)
            {
                sb.Append(piece);
                column = 0;
                continue;
            }

            if (column + piece.Length > 75)
            {
                sb.Append("=\r\n");
                column = 0;
            }

            sb.Append(piece);
            column += piece.Length;
        }

        return sb.ToString();
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
