using System.Net;
using System.Text;
using Jixiao.Documents.Reports;

namespace Jixiao.Documents.Markdown;

/// <summary>
/// The report as Markdown (terminal, pull requests) and as a standalone HTML page (web preview).
/// Both render the same <see cref="ReportDocument"/> as the DOCX. All narrative text is escaped:
/// HTML-encoded in HTML, and in Markdown with <c>&lt;</c>, <c>&amp;</c> and table pipes escaped so a
/// renderer never executes or reinterprets what a unit typed.
/// </summary>
public static class MarkdownReportWriter
{
    public static string ToMarkdown(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Inline(report.Title)).AppendLine();
        if (report.Warnings.Count > 0)
        {
            md.AppendLine("> **草稿：以下内容待填写**");
            foreach (var w in report.Warnings)
            {
                md.Append("> - ").AppendLine(Inline(w));
            }

            md.AppendLine();
        }

        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case CoverBlock c:
                    md.Append("**").Append(Inline(c.Title)).AppendLine("**").AppendLine();
                    foreach (var (label, value) in c.Fields)
                    {
                        md.Append("- ").Append(Inline(label)).Append('：').AppendLine(Inline(value));
                    }

                    md.AppendLine();
                    if (c.Issuer is { } issuer)
                    {
                        md.AppendLine(Inline(issuer)).AppendLine();
                    }

                    md.AppendLine("---").AppendLine();
                    break;
                case SignatureBlock sig:
                    md.AppendLine(Inline(sig.Unit)).AppendLine();
                    md.AppendLine(Inline(sig.Date)).AppendLine();
                    if (sig.DateNote is { } note)
                    {
                        md.Append("**").Append(Inline(note)).AppendLine("**").AppendLine();
                    }

                    break;
                case HeadingBlock h:
                    md.Append(new string('#', h.Level + 1)).Append(' ').AppendLine(Inline(h.Text)).AppendLine();
                    break;
                case ParagraphBlock p when p.Text.Length > 0:
                    foreach (var line in p.Text.Split('\n'))
                    {
                        var text = Inline(line);
                        md.AppendLine(p.IsPlaceholder ? "**" + text + "**" : text).AppendLine();
                    }

                    break;
                case TableBlock t:
                    md.Append("**").Append(Inline(t.Caption)).AppendLine("**").AppendLine();
                    md.Append("| ").AppendJoin(" | ", t.Header.Select(Cell)).AppendLine(" |");
                    md.Append('|').AppendJoin("|", t.Header.Select((_, i) => t.NumericColumns.Contains(i) ? "---:" : "---")).AppendLine("|");
                    foreach (var row in t.Rows)
                    {
                        md.Append("| ").AppendJoin(" | ", row.Select(c => Cell(c ?? string.Empty))).AppendLine(" |");
                    }

                    md.AppendLine();
                    if (t.Footer is { } footer)
                    {
                        md.AppendLine(Inline(footer)).AppendLine();
                    }

                    break;
            }
        }

        return md.ToString();
    }

    public static string ToHtml(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
        html.Append("<title>").Append(E(report.Title)).AppendLine("</title>");
        html.AppendLine("<style>body{font-family:'FangSong','仿宋','Noto Serif CJK SC',serif;max-width:52em;margin:2em auto;line-height:1.8;padding:0 1em}"
            + "h1{text-align:center;font-family:'SimSun','宋体','Noto Serif CJK SC',serif}h2{font-family:'SimHei','黑体','Noto Sans CJK SC',sans-serif}"
            + "h3{font-family:'KaiTi','楷体','Noto Serif CJK SC',serif}p{text-indent:2em;margin:.3em 0}"
            + "table{border-collapse:collapse;width:100%;font-size:.85em;margin:.5em 0 1em}th,td{border:1px solid #000;padding:.2em .4em;vertical-align:middle}"
            + "th{background:#d9e2f3}td.n{text-align:center}caption{font-weight:bold;padding:.3em}.pending{color:#c00000;background:#fff2cc;font-weight:bold}"
            + ".warnings{border:1px solid #c00000;padding:.5em 1em;background:#fff8f0}.sign{text-align:right;text-indent:0}.cover{text-align:center;margin-bottom:3em}"
            + ".draft{position:fixed;top:40%;left:0;right:0;text-align:center;font-size:8em;color:rgba(128,128,128,.25);transform:rotate(-45deg);pointer-events:none}</style>");
        html.AppendLine("</head><body>");
        if (report.IsDraft)
        {
            html.AppendLine("<div class=\"draft\" aria-hidden=\"true\">草稿</div>");
        }

        html.Append("<h1>").Append(E(report.Title)).AppendLine("</h1>");
        if (report.Warnings.Count > 0)
        {
            html.AppendLine("<div class=\"warnings\"><strong>草稿：以下内容待填写</strong><ul>");
            foreach (var w in report.Warnings)
            {
                html.Append("<li>").Append(E(w)).AppendLine("</li>");
            }

            html.AppendLine("</ul></div>");
        }

        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case CoverBlock c:
                    html.Append("<section class=\"cover\"><h1>").Append(E(c.Title)).AppendLine("</h1><dl>");
                    foreach (var (label, value) in c.Fields)
                    {
                        html.Append("<dt>").Append(E(label)).Append("</dt><dd>").Append(E(value)).AppendLine("</dd>");
                    }

                    html.Append("</dl>");
                    if (c.Issuer is { } issuer)
                    {
                        html.Append("<p class=\"issuer\">").Append(E(issuer)).Append("</p>");
                    }

                    html.AppendLine("</section>");
                    break;
                case SignatureBlock sig:
                    html.Append("<p class=\"sign\">").Append(E(sig.Unit)).Append("<br>").Append(E(sig.Date)).AppendLine("</p>");
                    if (sig.DateNote is { } note)
                    {
                        html.Append("<p><span class=\"pending\">").Append(E(note)).AppendLine("</span></p>");
                    }

                    break;
                case HeadingBlock h:
                    var tag = h.Level == 1 ? "h2" : "h3";
                    html.Append('<').Append(tag).Append('>').Append(E(h.Text)).Append("</").Append(tag).AppendLine(">");
                    break;
                case ParagraphBlock p when p.Text.Length > 0:
                    foreach (var line in p.Text.Split('\n'))
                    {
                        html.Append(p.IsPlaceholder ? "<p><span class=\"pending\">" : "<p>").Append(E(line)).AppendLine(p.IsPlaceholder ? "</span></p>" : "</p>");
                    }

                    break;
                case TableBlock t:
                    AppendTable(html, t);
                    break;
            }
        }

        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static void AppendTable(StringBuilder html, TableBlock t)
    {
        html.Append("<table><caption>").Append(E(t.Caption)).AppendLine("</caption>");
        html.Append("<thead><tr>");
        foreach (var h in t.Header)
        {
            html.Append("<th>").Append(E(h)).Append("</th>");
        }

        html.AppendLine("</tr></thead><tbody>");
        for (var r = 0; r < t.Rows.Count; r++)
        {
            html.Append("<tr>");
            var row = t.Rows[r];
            for (var c = 0; c < row.Count; c++)
            {
                if (row[c] is not { } text)
                {
                    continue;
                }

                var span = 1;
                while (r + span < t.Rows.Count && c < t.Rows[r + span].Count && t.Rows[r + span][c] is null)
                {
                    span++;
                }

                html.Append("<td");
                if (span > 1)
                {
                    html.Append(" rowspan=\"").Append(span.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('"');
                }

                if (t.NumericColumns.Contains(c))
                {
                    html.Append(" class=\"n\"");
                }

                html.Append('>');
                html.Append(text.Contains(Markers.Pending, StringComparison.Ordinal) ? "<span class=\"pending\">" + E(text) + "</span>"
                    : t.BoldRows.Contains(r) ? "<strong>" + E(text) + "</strong>" : E(text));
                html.Append("</td>");
            }

            html.AppendLine("</tr>");
        }

        html.AppendLine("</tbody></table>");
        if (t.Footer is { } footer)
        {
            html.Append("<p>").Append(E(footer)).AppendLine("</p>");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Inline(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal)
        .Replace("`", "\\`", StringComparison.Ordinal)
        .Replace("[", "\\[", StringComparison.Ordinal);

    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
}
