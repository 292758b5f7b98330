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
/// evidence). Unreadable files are listed, not fatal.
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

        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => ReviewInputs.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant(), StringComparer.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var console = CliIo.Console(parse);
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
        var recycled = RecycledText.Find([.. docs.Select(d => d.Subject)]);
        var byName = docs.ToDictionary(d => d.File, StringComparer.Ordinal);
        foreach (var (subject, finding) in recycled)
        {
            if (byName.TryGetValue(subject, out var d))
            {
                d.Findings.Add(finding);
            }
        }

        var unreadable = files.Select((f, i) => (File: Path.GetRelativePath(dir, f), Error: errors[i])).Where(x => x.Error is not null).ToList();

        if (htmlPath is not null)
        {
            CliIo.WriteAtomically(htmlPath, Html(dir, docs, unreadable));
            csvPath ??= Path.ChangeExtension(htmlPath, ".csv");
        }

        if (csvPath is not null)
        {
            CliIo.WriteAtomically(csvPath, Csv(docs));
        }

        if (asJson)
        {
            var root = new JsonObject
            {
                ["folder"] = dir,
                ["files"] = files.Count,
                ["documents"] = new JsonArray([.. docs.Select(d => (JsonNode)ReviewInputs.ToJson(d))]),
                ["unreadable"] = new JsonArray([.. unreadable.Select(u => (JsonNode)new JsonObject { ["file"] = u.File, ["error"] = u.Error })]),
            };
            CliIo.Out(parse).WriteLine(root.ToJsonString(ImportJson.Options));
            return CliApp.Ok;
        }

        Summary(console, files.Count, docs, unreadable, limit);
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

    private static void Summary(IAnsiConsole console, int files, List<ReviewedDocument> docs, List<(string File, string? Error)> unreadable, int limit)
    {
        var table = new Table().AddColumn("文件").AddColumn("单位").AddColumn("年度").AddColumn("类型").AddColumn("得分").AddColumn("等级")
            .AddColumn(new TableColumn("确定").RightAligned()).AddColumn(new TableColumn("疑似").RightAligned()).AddColumn(new TableColumn("提示").RightAligned());
        var ordered = docs.OrderByDescending(d => d.Count(Severity.Certain)).ThenByDescending(d => d.Count(Severity.Suspect)).ThenBy(d => d.File, StringComparer.Ordinal).ToList();
        foreach (var d in ordered.Take(Math.Max(0, limit)))
        {
            var e = d.Subject.Evaluation;
            table.AddRow(CliIo.Escape(d.File), CliIo.Escape(e.Unit.Length > 0 ? e.Unit : "（未找到）"), e.Year > 0 ? e.Year.ToString(CultureInfo.InvariantCulture) : "—", CliIo.Escape(d.Kind),
                CheckCommand.Score(d.Score), CliIo.Escape(d.Grade ?? "—"), N(d.Count(Severity.Certain)), N(d.Count(Severity.Suspect)), N(d.Count(Severity.Note)));
        }

        console.Write(table);
        if (ordered.Count > limit)
        {
            console.WriteLine($"（另有 {(ordered.Count - limit).ToString(CultureInfo.InvariantCulture)} 个文档未列出，见 HTML/CSV/JSON）");
        }

        console.WriteLine($"共 {files.ToString(CultureInfo.InvariantCulture)} 个文件、{docs.Count.ToString(CultureInfo.InvariantCulture)} 个文档；发现：确定 {N(docs.Sum(d => d.Count(Severity.Certain)))}，疑似 {N(docs.Sum(d => d.Count(Severity.Suspect)))}，提示 {N(docs.Sum(d => d.Count(Severity.Note)))}；套用文字 {N(docs.Sum(d => d.Findings.Count(f => f.Code == "RECYCLED-TEXT")))} 处。");
        foreach (var (file, error) in unreadable)
        {
            console.WriteLine($"无法读取：{file}：{error}");
        }
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>CSV: one line per finding (documents without findings get one line), UTF-8 with BOM for Excel.</summary>
    internal static string Csv(IEnumerable<ReviewedDocument> docs)
    {
        var sb = new StringBuilder("\uFEFF文件,单位,年度,类型,得分,等级,代码,程度,说明,字段,依据\n");
        foreach (var d in docs)
        {
            var e = d.Subject.Evaluation;
            var head = string.Join(",", Cell(d.File), Cell(e.Unit), Cell(e.Year > 0 ? e.Year.ToString(CultureInfo.InvariantCulture) : string.Empty), Cell(d.Kind), Cell(d.Score?.ToString("0.##", CultureInfo.InvariantCulture)), Cell(d.Grade));
            if (d.Findings.Count == 0)
            {
                sb.Append(head).Append(",,,,,\n");
                continue;
            }

            foreach (var f in d.Findings)
            {
                var evidence = string.Join("；", f.Evidence.Select(v => $"{v.Label}={v.Value}（{v.Source}）"));
                sb.Append(head).Append(',').Append(string.Join(",", Cell(f.Code), Cell(f.Severity.Name()), Cell(f.Message), Cell(f.Path), Cell(evidence))).Append('\n');
            }
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
          .Append(" 个。确定 ").Append(docs.Sum(d => d.Count(Severity.Certain)).ToString(CultureInfo.InvariantCulture))
          .Append("，疑似 ").Append(docs.Sum(d => d.Count(Severity.Suspect)).ToString(CultureInfo.InvariantCulture))
          .Append("，提示 ").Append(docs.Sum(d => d.Count(Severity.Note)).ToString(CultureInfo.InvariantCulture)).Append("。点击文件名查看发现和依据。</p>\n");
        sb.Append("<table><thead><tr><th>文件</th><th>单位</th><th>年度</th><th>类型</th><th>得分</th><th>等级</th><th>确定</th><th>疑似</th><th>提示</th></tr></thead><tbody>\n");
        for (var i = 0; i < docs.Count; i++)
        {
            var d = docs[i];
            var e = d.Subject.Evaluation;
            sb.Append("<tr class=\"doc\"><td><a href=\"#d").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(H(d.File)).Append("</a></td><td>").Append(H(e.Unit))
              .Append("</td><td>").Append(e.Year > 0 ? e.Year.ToString(CultureInfo.InvariantCulture) : "—").Append("</td><td>").Append(H(d.Kind))
              .Append("</td><td>").Append(H(CheckCommand.Score(d.Score))).Append("</td><td>").Append(H(d.Grade ?? "—"))
              .Append("</td><td class=\"c\">").Append(d.Count(Severity.Certain).ToString(CultureInfo.InvariantCulture))
              .Append("</td><td class=\"s\">").Append(d.Count(Severity.Suspect).ToString(CultureInfo.InvariantCulture))
              .Append("</td><td class=\"n\">").Append(d.Count(Severity.Note).ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
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
            if (d.Findings.Count == 0)
            {
                sb.Append("<p>未发现问题。</p>");
            }

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
