using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Jixiao.Documents.Import;
using Jixiao.Domain.Checks;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao audit DIR [--json] [-o report.html] [--csv report.csv]`: every document in a folder
/// imported and checked, recycled text compared across all of them, a summary table in the
/// terminal, and a CSV and a self-contained HTML report (click a row to see its findings and the
/// evidence). Each document shows what was read (unit, year, kind, score, grade, budget, spending,
/// rate, sections) and what could be checked; a document of which nothing checkable was read is
/// 未能核查 with “—” counts. Unreadable and unsupported files are listed with the reason, not dropped.
/// </summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "要复核的文件夹（含子文件夹）" };
        var json = new Option<bool>("--json") { Description = "输出 JSON（每个文档及其发现）" };
        var html = new Option<string?>("--output", "-o") { Description = "写出 HTML 复核报告（同名 .csv 一并写出）" };
        var csv = new Option<string?>("--csv") { Description = "写出 CSV 汇总（每个发现一行）" };
        var limit = new Option<int>("--limit") { Description = "终端汇总表最多显示的行数（按问题严重程度排序）", DefaultValueFactory = _ => 40 };
        var command = new Command("audit", "批量复核一个文件夹：逐个导入和检查，并比对文字是否套用往年或他人");
        command.Arguments.Add(dir);
        command.Options.Add(json);
        command.Options.Add(html);
        command.Options.Add(csv);
        command.Options.Add(limit);
        command.SetAction(parse => Run(parse, parse.GetValue(dir)!, parse.GetValue(json), parse.GetValue(html), parse.GetValue(csv), parse.GetValue(limit)));
        return command;
    }

    private static int Run(ParseResult parse, string dir, bool asJson, string? htmlPath, string? csvPath, int limit)
    {
        if (!Directory.Exists(dir))
        {
            return CliIo.Fail(parse, $"{dir}：找不到文件夹");
        }

        var all = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var files = all.Where(Supported).ToList();
        var skipped = all.Where(f => !Supported(f))
            .Select(f => (File: Path.GetRelativePath(dir, f), Error: (string?)$"不支持的文件类型“{(Path.GetExtension(f).Length > 0 ? Path.GetExtension(f) : "无扩展名")}”，未读取（支持 {string.Join(" ", ReviewInputs.Extensions)}）"))
            .ToList();
        var console = CliIo.Console(parse, pageWidth: 240); // fourteen columns: room for names when the output is a file
        var perFile = new List<ReviewedDocument>[files.Count];
        var errors = new string?[files.Count];

        void Process(int i)
        {
            var read = ReviewInputs.Read(files[i]);
            if (read.IsSuccess)
            {
                perFile[i] = [.. read.Value.Select(ReviewInputs.Check)];
            }
            else
            {
                perFile[i] = [];
                errors[i] = string.Join("；", read.Errors.Select(e => e.ToString()));
            }
        }

        var interactive = ReferenceEquals(CliIo.Out(parse), System.Console.Out) && !System.Console.IsOutputRedirected && !asJson;
        if (interactive)
        {
            AnsiConsole.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("导入并检查", maxValue: Math.Max(1, files.Count));
                    Parallel.For(0, files.Count, i =>
                    {
                        Process(i);
                        task.Increment(1);
                    });
                });
        }
        else
        {
            Parallel.For(0, files.Count, Process);
        }

        var docs = perFile.SelectMany(x => x).ToList();
        ReviewInputs.CompareTexts(docs);

        var unreadable = files.Select((f, i) => (File: Path.GetRelativePath(dir, f), Error: errors[i])).Where(x => x.Error is not null).Concat(skipped)
            .OrderBy(x => x.File, StringComparer.Ordinal).ToList();

        if (htmlPath is not null)
        {
            CliIo.WriteAtomically(htmlPath, Html(dir, docs, unreadable));
            csvPath ??= Path.ChangeExtension(htmlPath, ".csv");
        }

        if (csvPath is not null)
        {
            CliIo.WriteAtomically(csvPath, Csv(docs, unreadable));
        }

        if (asJson)
        {
            var root = new JsonObject
            {
                ["folder"] = dir,
                ["files"] = all.Count,
                ["documents"] = new JsonArray([.. docs.Select(d => (JsonNode)ReviewInputs.ToJson(d))]),
                ["unreadable"] = new JsonArray([.. unreadable.Select(u => (JsonNode)new JsonObject { ["file"] = u.File, ["error"] = u.Error })]),
            };
            CliIo.Out(parse).WriteLine(root.ToJsonString(ImportJson.Options));
            return CliApp.Ok;
        }

        Summary(console, all.Count, docs, unreadable, limit);
        if (htmlPath is not null)
        {
            console.WriteLine($"HTML 报告：{htmlPath}");
        }

        if (csvPath is not null)
        {
            console.WriteLine($"CSV：{csvPath}");
        }

        return CliApp.Ok;
    }

    private static bool Supported(string file) => ReviewInputs.Extensions.Contains(Path.GetExtension(file).ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>Documents with findings first (most certain first), then those that could not be checked, then the rest.</summary>
    private static List<ReviewedDocument> Ordered(IEnumerable<ReviewedDocument> docs) =>
        [.. docs.OrderByDescending(d => d.Count(Severity.Certain)).ThenByDescending(d => d.Count(Severity.Suspect)).ThenByDescending(d => d.Count(Severity.Note))
            .ThenByDescending(d => d.Unchecked).ThenBy(d => d.File, StringComparer.Ordinal)];

    private static void Summary(IAnsiConsole console, int files, List<ReviewedDocument> docs, List<(string File, string? Error)> unreadable, int limit)
    {
        var table = new Table().AddColumn("文件").AddColumn("单位").AddColumn("年度").AddColumn("类型").AddColumn("得分").AddColumn("等级")
            .AddColumn(new TableColumn("预算").RightAligned()).AddColumn(new TableColumn("执行数").RightAligned()).AddColumn(new TableColumn("执行率").RightAligned()).AddColumn("章节").AddColumn("核查")
            .AddColumn(new TableColumn("确定").RightAligned()).AddColumn(new TableColumn("疑似").RightAligned()).AddColumn(new TableColumn("提示").RightAligned());
        var ordered = Ordered(docs);
        foreach (var d in ordered.Take(Math.Max(0, limit)))
        {
            var r = ReadFacts.Of(d);
            table.AddRow(CliIo.Escape(d.File), CliIo.Escape(r.Unit ?? "（未读取）"), r.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "—", CliIo.Escape(d.Kind),
                CheckCommand.Score(d.Score), CliIo.Escape(d.Grade ?? "—"), ReadFacts.Amount(r.Budget), ReadFacts.Amount(r.Executed), CliIo.Escape(r.Rate), CliIo.Escape(Sections(r)),
                d.Coverage.Status.Name(), d.CountText(Severity.Certain), d.CountText(Severity.Suspect), d.CountText(Severity.Note));
        }

        foreach (var (file, _) in unreadable.Take(Math.Max(0, limit - ordered.Count)))
        {
            table.AddRow(CliIo.Escape(file), "—", "—", "—", "—", "—", "—", "—", "—", "—", "无法读取", "—", "—", "—");
        }

        console.Write(table);
        var shown = Math.Min(ordered.Count + unreadable.Count, Math.Max(0, limit));
        if (ordered.Count + unreadable.Count > shown)
        {
            console.WriteLine($"（另有 {(ordered.Count + unreadable.Count - shown).ToString(CultureInfo.InvariantCulture)} 个文档未列出，见 HTML/CSV/JSON）");
        }

        var checkedDocs = docs.Where(d => !d.Unchecked).ToList();
        console.WriteLine($"共 {files.ToString(CultureInfo.InvariantCulture)} 个文件、{docs.Count.ToString(CultureInfo.InvariantCulture)} 个文档；"
            + $"已核查（含部分核查）{N(checkedDocs.Count)} 个，未能核查 {N(docs.Count - checkedDocs.Count)} 个，无法读取 {N(unreadable.Count)} 个文件；"
            + $"发现：确定 {N(docs.Sum(d => d.Count(Severity.Certain)))}，疑似 {N(docs.Sum(d => d.Count(Severity.Suspect)))}，提示 {N(docs.Sum(d => d.Count(Severity.Note)))}；套用文字 {N(docs.Sum(d => d.Findings.Count(f => f.Code == "RECYCLED-TEXT")))} 处。");
        foreach (var d in docs.Where(d => d.Unchecked).OrderBy(d => d.File, StringComparer.Ordinal))
        {
            console.WriteLine($"未能核查：{d.File}：未读取到{ReadFacts.Of(d).NotRead()}，没有可核查的数字");
        }

        foreach (var (file, error) in unreadable)
        {
            console.WriteLine($"无法读取：{file}：{error}");
        }
    }

    private static string Sections(ReadFacts r) => r.Sections.Count == 0 ? "—" : r.Sections.Count.ToString(CultureInfo.InvariantCulture) + " 节";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// CSV: one line per finding (documents without findings get one line), each with what was read and the
    /// coverage; unreadable files get a line with the reason. UTF-8 with BOM for Excel.
    /// </summary>
    internal static string Csv(IEnumerable<ReviewedDocument> docs, IEnumerable<(string File, string? Error)> unreadable)
    {
        var sb = new StringBuilder("\uFEFF文件,单位,年度,类型,得分,等级,预算（万元）,执行数（万元）,执行率,章节,核查,未核查,代码,程度,说明,字段,依据\n");
        foreach (var d in docs)
        {
            var r = ReadFacts.Of(d);
            var head = string.Join(",", Cell(d.File), Cell(r.Unit), Cell(r.Year?.ToString(CultureInfo.InvariantCulture)), Cell(d.Kind), Cell(d.Score?.ToString("0.##", CultureInfo.InvariantCulture)), Cell(d.Grade),
                Cell(r.Budget?.ToString("0.##", CultureInfo.InvariantCulture)), Cell(r.Executed?.ToString("0.##", CultureInfo.InvariantCulture)), Cell(r.RatePercent is null ? null : r.Rate), Cell(string.Join("、", r.Sections)),
                Cell(d.Coverage.Status.Name()), Cell(string.Join("；", d.Coverage.NotRun.Select(i => i.Text))));
            if (d.Findings.Count == 0)
            {
                sb.Append(head).Append(",,,").Append(Cell(d.Coverage.Verdict(0))).Append(",,\n");
                continue;
            }

            foreach (var f in d.Findings)
            {
                var evidence = string.Join("；", f.Evidence.Select(v => $"{v.Label}={v.Value}（{v.Source}）"));
                sb.Append(head).Append(',').Append(string.Join(",", Cell(f.Code), Cell(f.Severity.Name()), Cell(f.Message), Cell(f.Path), Cell(evidence))).Append('\n');
            }
        }

        foreach (var (file, error) in unreadable)
        {
            sb.Append(Cell(file)).Append(",,,,,,,,,,无法读取,,,,").Append(Cell(error)).Append(",,\n");
        }

        return sb.ToString();
    }

    private static string Cell(string? value)
    {
        var v = value ?? string.Empty;

        // Formula injection: a cell starting with = + - @ is text, not a formula.
        if (v.Length > 0 && v[0] is '=' or '+' or '-' or '@')
        {
            v = "'" + v;
        }

        return v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }

    /// <summary>A self-contained HTML report: summary table linking to each document's findings with their evidence. All text is HTML-escaped.</summary>
    internal static string Html(string dir, List<ReviewedDocument> docs, List<(string File, string? Error)> unreadable)
    {
        static string H(string? s) => WebUtility.HtmlEncode(s ?? string.Empty);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>绩效自评复核报告</title><style>")
          .Append("body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
          .Append("td,th{border:1px solid #bbb;padding:4px 8px;vertical-align:top}th{background:#eef}tr.doc:hover{background:#ffd}")
          .Append(".c{color:#b00;font-weight:bold}.s{color:#b60}.n{color:#555}details{margin:.4em 0}summary{cursor:pointer}section{border-top:2px solid #88a;margin-top:2em}")
          .Append("</style></head><body>\n");
        sb.Append("<h1>绩效自评复核报告</h1><p>文件夹：").Append(H(dir)).Append("；文档 ").Append(docs.Count.ToString(CultureInfo.InvariantCulture))
          .Append(" 个，其中未能核查 ").Append(docs.Count(d => d.Unchecked).ToString(CultureInfo.InvariantCulture))
          .Append(" 个；无法读取的文件 ").Append(unreadable.Count.ToString(CultureInfo.InvariantCulture))
          .Append(" 个。确定 ").Append(docs.Sum(d => d.Count(Severity.Certain)).ToString(CultureInfo.InvariantCulture))
          .Append("，疑似 ").Append(docs.Sum(d => d.Count(Severity.Suspect)).ToString(CultureInfo.InvariantCulture))
          .Append("，提示 ").Append(docs.Sum(d => d.Count(Severity.Note)).ToString(CultureInfo.InvariantCulture)).Append("。点击文件名查看发现和依据；“未能核查”的文档没有读到可核查的数字，其计数显示为“—”。</p>\n");
        sb.Append("<table><thead><tr><th>文件</th><th>单位</th><th>年度</th><th>类型</th><th>得分</th><th>等级</th><th>预算（万元）</th><th>执行数（万元）</th><th>执行率</th><th>章节</th><th>核查</th><th>确定</th><th>疑似</th><th>提示</th></tr></thead><tbody>\n");
        for (var i = 0; i < docs.Count; i++)
        {
            var d = docs[i];
            var r = ReadFacts.Of(d);
            sb.Append("<tr class=\"doc\"><td><a href=\"#d").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(H(d.File)).Append("</a></td><td>").Append(H(r.Unit ?? "（未读取）"))
              .Append("</td><td>").Append(r.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "—").Append("</td><td>").Append(H(d.Kind))
              .Append("</td><td>").Append(H(CheckCommand.Score(d.Score))).Append("</td><td>").Append(H(d.Grade ?? "—"))
              .Append("</td><td>").Append(H(ReadFacts.Amount(r.Budget))).Append("</td><td>").Append(H(ReadFacts.Amount(r.Executed))).Append("</td><td>").Append(H(r.Rate))
              .Append("</td><td>").Append(H(r.SectionText)).Append("</td><td>").Append(H(d.Coverage.Status.Name()))
              .Append("</td><td class=\"c\">").Append(d.CountText(Severity.Certain))
              .Append("</td><td class=\"s\">").Append(d.CountText(Severity.Suspect))
              .Append("</td><td class=\"n\">").Append(d.CountText(Severity.Note)).Append("</td></tr>\n");
        }

        foreach (var (file, error) in unreadable)
        {
            sb.Append("<tr><td>").Append(H(file)).Append("</td><td colspan=\"9\">").Append(H(error)).Append("</td><td>无法读取</td><td>—</td><td>—</td><td>—</td></tr>\n");
        }

        sb.Append("</tbody></table>\n");
        if (unreadable.Count > 0)
        {
            sb.Append("<h2>无法读取的文件</h2><ul>");
            foreach (var (file, error) in unreadable)
            {
                sb.Append("<li>").Append(H(file)).Append('：').Append(H(error)).Append("</li>");
            }

            sb.Append("</ul>\n");
        }

        for (var i = 0; i < docs.Count; i++)
        {
            var d = docs[i];
            var e = d.Subject.Evaluation;
            sb.Append("<section id=\"d").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\"><h2>").Append(H(d.File)).Append("</h2><p>")
              .Append(H($"{d.Kind}；{e.Unit}；{(e.Year > 0 ? e.Year.ToString(CultureInfo.InvariantCulture) : "年度不详")}；得分 {CheckCommand.Score(d.Score)} {d.Grade}")).Append("</p>");
            sb.Append("<p>已读取：").Append(H(ReadFacts.Of(d).Line())).Append("</p>");
            sb.Append("<p><b>").Append(H(d.Coverage.Status.Name())).Append("</b>：").Append(H(d.Coverage.Verdict(d.Findings.Count))).Append("</p><ul>");
            foreach (var item in d.Coverage.Items)
            {
                sb.Append("<li>").Append(item.Ran ? "已核查 " : "<span class=\"s\">未核查</span> ").Append(H(item.Name)).Append('：').Append(H(item.Text)).Append("</li>");
            }

            sb.Append("</ul>");

            foreach (var f in d.Findings.OrderByDescending(f => f.Severity))
            {
                var cls = f.Severity switch { Severity.Certain => "c", Severity.Suspect => "s", Severity.Note => "n" };
                sb.Append("<details><summary><span class=\"").Append(cls).Append("\">[").Append(H(f.Severity.Name())).Append("]</span> ").Append(H(f.Code)).Append('：').Append(H(f.Message)).Append("</summary>");
                sb.Append("<table><tr><th>依据</th><th>值</th><th>出处</th></tr>");
                foreach (var v in f.Evidence)
                {
                    sb.Append("<tr><td>").Append(H(v.Label)).Append("</td><td>").Append(H(v.Value)).Append("</td><td>").Append(H(v.Source)).Append("</td></tr>");
                }

                sb.Append("</table></details>\n");
            }

            if (d.Imported is { Missing.Count: > 0 } imported)
            {
                sb.Append("<details><summary>未找到的字段（").Append(imported.Missing.Count.ToString(CultureInfo.InvariantCulture)).Append("）</summary><ul>");
                foreach (var m in imported.Missing)
                {
                    sb.Append("<li>").Append(H(m.Path)).Append('：').Append(H(m.Note)).Append("</li>");
                }

                sb.Append("</ul></details>");
            }

            sb.Append("<p><a href=\"#\">返回汇总</a></p></section>\n");
        }

        sb.Append("</body></html>\n");
        return sb.ToString();
    }
}
