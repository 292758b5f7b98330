using System.CommandLine;
using System.Globalization;
using System.Text;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Markdown;
using Jixiao.Documents.OwnFiles;
using Jixiao.Documents.Pdf;
using Jixiao.Documents.Reports;
using Jixiao.Documents.Word;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao report FILE --format docx|xlsx|pdf|md|html -o OUT`: the 自评报告 (DOCX, Markdown, HTML),
/// the 自评表 (XLSX) or either as PDF. `jixiao report DIR|FILE.jsonl --format … -o OUTDIR` does a
/// batch with a progress bar and a summary; PDFs of a batch go through one LibreOffice run per
/// chunk. Every file is written to a temporary name and renamed, so nothing is half-written.
/// </summary>
internal static class ReportCommands
{
    private const int PdfChunk = 40;

    private static readonly string[] Formats = ["docx", "xlsx", "pdf", "md", "html"];

    public static Command Create()
    {
        var input = new Argument<string>("INPUT") { Description = "评价文件（.yaml/.json）、含评价文件的目录，或每行一个评价的 JSON Lines 文件（.jsonl）" };
        var format = new Option<string>("--format", "-f") { Description = "输出格式：docx（自评报告）、xlsx（自评表）、pdf、md、html", DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o") { Description = "输出文件；批量时为输出目录（省略时写在输入文件旁，md/html 单个文件时输出到屏幕）" };
        var table = new Option<bool>("--table") { Description = "pdf 格式时输出自评表（默认输出自评报告）" };
        var final = new Option<bool>("--final") { Description = "终稿：缺少必填内容（叙述、机构人员、收入、上年问题整改等）或评分表有名称缺失的指标时拒绝生成并列出缺项（默认生成带【待填写】标记和“草稿”水印的草稿）" };
        var notes = new Option<bool>("--notes") { Description = "生成自评表说明（按评分表各部分说明每项得分的依据），格式 docx、pdf、md 或 html" };
        var scoreFirst = new Option<bool>("--score-first") { Description = "把“自评结论”放在报告最前（默认按评分表设置）" };
        var framework = new Option<string?>("--framework") { Description = "使用指定的评分表文件，而不是评价文件中 frameworkId 对应的内置评分表" };
        var command = new Command("report", "生成自评报告（DOCX/PDF/Markdown/HTML）或自评表（XLSX/PDF），可批量");
        command.Arguments.Add(input);
        foreach (var option in new Option[] { format, output, table, notes, final, scoreFirst, framework })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var settings = new Settings(
                parse.GetValue(format)!,
                parse.GetValue(table) || parse.GetValue(format) == "xlsx",
                new ReportOptions { Final = parse.GetValue(final), ScoreFirst = parse.GetValue(scoreFirst) ? true : null },
                parse.GetValue(framework))
            {
                Notes = parse.GetValue(notes),
            };
            if (settings.Notes && settings.Table)
            {
                return CliIo.Fail(parse, "--notes 生成自评表说明，格式应为 docx、pdf、md 或 html（不能与 xlsx 或 --table 同用）");
            }

            var path = parse.GetValue(input)!;
            var outPath = parse.GetValue(output);
            if (Directory.Exists(path) || EvaluationFiles.IsJsonLines(path))
            {
                return Batch(parse, path, outPath, settings);
            }

            return Single(parse, path, outPath, settings);
        });
        return command;
    }

    private static int Single(ParseResult parse, string path, string? outPath, Settings settings)
    {
        var evaluation = EvaluationFiles.Load(path, out var text);
        if (!evaluation.IsSuccess)
        {
            return CliIo.Fail(parse, evaluation.Errors);
        }

        var rendered = Render(evaluation.Value, settings, out var warnings, out var markers);
        if (!rendered.IsSuccess)
        {
            // Scoring errors point into the file; report errors (missing narrative) name the field.
            var located = rendered.Errors.All(e => e.Code.StartsWith("report.", StringComparison.Ordinal))
                ? rendered.Errors
                : EvaluationSerializer.WithPositions(rendered.Errors, text, path);
            return CliIo.Fail(parse, located, $"无法生成：{path}");
        }

        foreach (var w in warnings)
        {
            CliIo.Err(parse).WriteLine("提示：" + w);
        }

        if (markers > 0)
        {
            CliIo.Err(parse).WriteLine($"提示：草稿中还有 {markers.ToString(CultureInfo.InvariantCulture)} 处待补内容（【待填写】或名称缺失的指标），补全后用 --final 生成终稿");
        }

        if (outPath is null && settings.Format is "md" or "html")
        {
            CliIo.Out(parse).Write(Encoding.UTF8.GetString(rendered.Value));
            return CliApp.Ok;
        }

        var target = outPath ?? Path.ChangeExtension(path, (settings.Notes ? ".说明" : string.Empty) + "." + Extension(settings));
        if (settings.Format == "pdf")
        {
            return Pdf(parse, [(target, rendered.Value)], settings) is { Count: 0 } ? CliApp.Ok : CliApp.InvalidInput;
        }

        AtomicFile.WriteBytes(target, rendered.Value);
        CliIo.Out(parse).WriteLine($"已生成：{target}");
        return CliApp.Ok;
    }

    private static int Batch(ParseResult parse, string path, string? outDir, Settings settings)
    {
        if (outDir is null)
        {
            return CliIo.Fail(parse, "批量生成须用 -o 指定输出目录");
        }

        Directory.CreateDirectory(outDir);
        var failures = new List<string>();
        var done = new List<string>();
        var markersByTarget = new Dictionary<string, int>(StringComparer.Ordinal);
        var pending = new List<(string Target, byte[] Bytes)>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var items = Items(path).ToList();
        // A live progress bar on a terminal; redirected output gets the summary only.
        var terminal = ReferenceEquals(CliIo.Out(parse), Console.Out) && !Console.IsOutputRedirected;
        var console = terminal ? AnsiConsole.Console : CliIo.Console(parse);
        console.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("生成中", maxValue: Math.Max(1, items.Count));
                foreach (var (source, evaluation) in items)
                {
                    task.Increment(1);
                    if (!evaluation.IsSuccess)
                    {
                        failures.Add($"{source}：{string.Join("；", evaluation.Errors)}");
                        continue;
                    }

                    var rendered = Render(evaluation.Value, settings, out _, out var markers);
                    if (!rendered.IsSuccess)
                    {
                        failures.Add($"{source}：{string.Join("；", rendered.Errors)}");
                        continue;
                    }

                    var target = Path.Combine(outDir, UniqueName(evaluation.Value, names) + "." + Extension(settings));
                    if (markers > 0)
                    {
                        markersByTarget[target] = markers;
                    }

                    if (settings.Format == "pdf")
                    {
                        pending.Add((target, rendered.Value));
                        continue;
                    }

                    AtomicFile.WriteBytes(target, rendered.Value);
                    done.Add(target);
                }
            });

        if (pending.Count > 0)
        {
            for (var i = 0; i < pending.Count; i += PdfChunk)
            {
                var chunk = pending.Skip(i).Take(PdfChunk).ToList();
                var failed = Pdf(parse, chunk, settings);
                failures.AddRange(failed);
                done.AddRange(chunk.Select(c => c.Target).Where(File.Exists));
                if (failed.Count == chunk.Count && failed.Any(f => f.Contains("LibreOffice", StringComparison.Ordinal) && f.Contains("未找到", StringComparison.Ordinal)))
                {
                    break;
                }
            }
        }

        // A draft is written but not finished: the summary says how many documents still hold markers.
        var drafts = done.Where(markersByTarget.ContainsKey).ToList();
        var summary = new Table().AddColumns("结果", "数量");
        summary.AddRow("成功（完整）", (done.Count - drafts.Count).ToString(CultureInfo.InvariantCulture));
        summary.AddRow("成功（草稿，有待补内容）", drafts.Count.ToString(CultureInfo.InvariantCulture));
        summary.AddRow("失败", failures.Count.ToString(CultureInfo.InvariantCulture));
        console.Write(summary);
        console.WriteLine($"输出目录：{Path.GetFullPath(outDir)}");
        foreach (var d in drafts)
        {
            CliIo.Err(parse).WriteLine($"提示：{Path.GetFileName(d)}：{markersByTarget[d].ToString(CultureInfo.InvariantCulture)} 处待补内容");
        }

        foreach (var f in failures)
        {
            CliIo.Err(parse).WriteLine("错误：" + f);
        }

        if (drafts.Count > 0)
        {
            CliIo.Err(parse).WriteLine($"警告：{drafts.Count.ToString(CultureInfo.InvariantCulture)} 份文件仍有待补内容（共 {drafts.Sum(d => markersByTarget[d]).ToString(CultureInfo.InvariantCulture)} 处），是草稿，不能作为终稿提交");
        }

        return failures.Count == 0 ? CliApp.Ok : CliApp.InvalidInput;
    }

    /// <summary>Converts rendered DOCX/XLSX to PDF in one LibreOffice run; returns the failures.</summary>
    private static List<string> Pdf(ParseResult parse, List<(string Target, byte[] Bytes)> files, Settings settings)
    {
        var converter = LibreOfficePdfConverter.Create();
        if (!converter.IsSuccess)
        {
            CliIo.Err(parse).WriteLine("错误：" + converter.Errors[0].Message);
            return files.Select(f => $"{f.Target}：{converter.Errors[0].Message}").ToList();
        }

        var work = Directory.CreateTempSubdirectory("jixiao-report-").FullName;
        try
        {
            var inputs = new List<string>();
            for (var i = 0; i < files.Count; i++)
            {
                var input = Path.Combine(work, i.ToString("D5", CultureInfo.InvariantCulture) + (settings.Table ? ".xlsx" : ".docx"));
                File.WriteAllBytes(input, files[i].Bytes);
                inputs.Add(input);
            }

            using var lo = converter.Value;
            var result = lo.Convert(inputs, Path.Combine(work, "pdf"));
            var failures = new List<string>();
            for (var i = 0; i < files.Count; i++)
            {
                var pdf = Path.Combine(work, "pdf", Path.GetFileNameWithoutExtension(inputs[i]) + ".pdf");
                if (File.Exists(pdf))
                {
                    AtomicFile.WriteBytes(files[i].Target, File.ReadAllBytes(pdf));
                    if (files.Count == 1)
                    {
                        CliIo.Out(parse).WriteLine($"已生成：{files[i].Target}");
                    }
                }
                else
                {
                    failures.Add($"{files[i].Target}：{(result.IsSuccess ? "LibreOffice 未生成 PDF" : string.Join("；", result.Errors.Select(e => e.Message).Distinct()))}");
                }
            }

            if (files.Count == 1)
            {
                foreach (var f in failures)
                {
                    CliIo.Err(parse).WriteLine("错误：" + f);
                }
            }

            return failures;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The document's bytes, its warnings and how many 【待填写】 markers it holds.</summary>
    private static Result<byte[]> Render(Evaluation evaluation, Settings settings, out IReadOnlyList<string> warnings, out int markers)
    {
        warnings = [];
        markers = 0;
        var scored = EvaluationFiles.Score(evaluation, settings.FrameworkFile);
        if (!scored.IsSuccess)
        {
            return Result<byte[]>.Failure(scored.Errors);
        }

        var (framework, score) = scored.Value;
        if (settings.Table)
        {
            // The table shows framework rows as they are: a name the source lost blocks a final table.
            var placeholders = ReportBuilder.PlaceholderRows(framework, score);
            if (settings.Options.Final && placeholders.Count > 0)
            {
                return Result<byte[]>.Failure(placeholders.Select(ReportBuilder.FinalError).ToList());
            }

            warnings = placeholders.Select(ReportBuilder.Warning).ToList();
            markers = placeholders.Count;
            return Result<byte[]>.Success(XlsxScoreTableWriter.ToBytes(evaluation, framework, score));
        }

        var report = settings.Notes
            ? TableNotesBuilder.Build(evaluation, framework, score, settings.Options)
            : ReportBuilder.Build(evaluation, framework, score, settings.Options);
        if (!report.IsSuccess)
        {
            return Result<byte[]>.Failure(report.Errors);
        }

        warnings = report.Value.Warnings;
        markers = report.Value.Missing.Count;
        return settings.Format switch
        {
            "md" => Result<byte[]>.Success(new UTF8Encoding(false).GetBytes(MarkdownReportWriter.ToMarkdown(report.Value))),
            "html" => Result<byte[]>.Success(new UTF8Encoding(false).GetBytes(MarkdownReportWriter.ToHtml(report.Value))),
            _ => Result<byte[]>.Success(DocxReportWriter.DocumentBytes(report.Value, evaluation, framework, score)),
        };
    }

    private static IEnumerable<(string Source, Result<Evaluation> Evaluation)> Items(string path)
    {
        if (EvaluationFiles.IsJsonLines(path))
        {
            Stream stream;
            try
            {
                stream = File.OpenRead(path);
            }
            catch (IOException ex)
            {
                return [(path, Result<Evaluation>.Failure(new DomainError("io", path, "无法读取文件：" + ex.Message)))];
            }

            return ReadLines(stream, path);
        }

        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, EvaluationFiles.Load(f)));
    }

    private static IEnumerable<(string Source, Result<Evaluation> Evaluation)> ReadLines(Stream stream, string path)
    {
        using (stream)
        {
            foreach (var (line, result) in EvaluationSerializer.ReadJsonLines(stream, path))
            {
                yield return ($"{path}:{line.ToString(CultureInfo.InvariantCulture)}", result);
            }
        }
    }

    /// <summary>File name from unit, project and year, made unique within the batch.</summary>
    private static string UniqueName(Evaluation e, HashSet<string> used)
    {
        var baseName = string.Concat((e.Unit + (e.ProjectName is { } p ? "-" + p : string.Empty) + "-" + e.Year.ToString(CultureInfo.InvariantCulture))
            .Select(ch => Path.GetInvalidFileNameChars().Contains(ch) || ch is ' ' or '/' or '\\' ? '_' : ch));
        if (baseName.Length > 80)
        {
            baseName = baseName[..80];
        }

        var name = baseName;
        for (var n = 2; !used.Add(name); n++)
        {
            name = baseName + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }

    private static string Extension(Settings s) => s.Format switch
    {
        "pdf" => "pdf",
        "md" => "md",
        "html" => "html",
        _ => s.Table ? "xlsx" : "docx",
    };

    private sealed record Settings(string Format, bool Table, ReportOptions Options, string? FrameworkFile)
    {
        /// <summary>The 自评表说明 instead of the report.</summary>
        public bool Notes { get; init; }
    }
}
