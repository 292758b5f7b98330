using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao score FILE [--json] [--framework FILE]`: a table (or JSON) of every indicator with its
/// score and arithmetic, the total and the grade. FILE may be JSON Lines (.jsonl): one evaluation
/// per line, streamed, one result line each.
/// </summary>
internal static class ScoreCommand
{
    private static readonly JsonWriterOptions CompactJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions IndentedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "评价文件（.yaml / .json），或每行一个评价的 JSON Lines 文件（.jsonl）" };
        var json = new Option<bool>("--json") { Description = "输出 JSON：total、grade 及每个指标的 code、name、weight、score、explanation" };
        var framework = new Option<string?>("--framework") { Description = "使用指定的评分表文件，而不是评价文件中 frameworkId 对应的内置评分表" };
        var command = new Command("score", "为评价打分：各指标得分、计算过程、总分和评价等级");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.Options.Add(framework);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var asJson = parse.GetValue(json);
            var frameworkFile = parse.GetValue(framework);
            return EvaluationFiles.IsJsonLines(path)
                ? ScoreLines(parse, path, asJson, frameworkFile)
                : ScoreOne(parse, path, asJson, frameworkFile);
        });
        return command;
    }

    private static int ScoreOne(ParseResult parse, string path, bool asJson, string? frameworkFile)
    {
        var evaluation = EvaluationFiles.Load(path, out var text);
        if (!evaluation.IsSuccess)
        {
            return CliIo.Fail(parse, evaluation.Errors);
        }

        var scored = EvaluationFiles.Score(evaluation.Value, frameworkFile);
        if (!scored.IsSuccess)
        {
            return CliIo.Fail(parse, EvaluationSerializer.WithPositions(scored.Errors, text, path), $"无法计分：{path}");
        }

        var (fw, score) = scored.Value;
        if (asJson)
        {
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, IndentedJson))
            {
                WriteJson(writer, evaluation.Value, score, line: null, explanations: true);
            }

            CliIo.Out(parse).WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            return CliApp.Ok;
        }

        WriteTable(CliIo.Console(parse), evaluation.Value, fw, score);
        return CliApp.Ok;
    }

    internal static void WriteTable(IAnsiConsole console, Evaluation evaluation, Framework framework, ScoreResult score)
    {
        var subject = evaluation.ProjectName is { } p ? $"{evaluation.Unit} · {p}" : evaluation.Unit;
        console.WriteLine($"{subject}  {evaluation.Year.ToString(CultureInfo.InvariantCulture)} 年度{evaluation.Kind.Name()}支出绩效自评");
        console.WriteLine($"评分表：{framework.Name}（{framework.Id}）");
        var hasReview = score.Indicators.Any(i => i.ReviewScore != i.Score);
        var table = new Table()
            .AddColumn(new TableColumn("编码").NoWrap())
            .AddColumn(new TableColumn("指标").NoWrap())
            .AddColumn(new TableColumn("分值").NoWrap())
            .AddColumn(new TableColumn("自评分").NoWrap());
        if (hasReview)
        {
            table.AddColumn("复核分");
        }

        table.AddColumn("计算");
        foreach (var i in score.Indicators)
        {
            var name = new string('　', i.Level - 1) + i.Name + (i.NotApplicable ? "（不适用）" : string.Empty);
            var cells = new List<string> { CliIo.Escape(i.Code), CliIo.Escape(name), Money.FormatShort(i.Weight), Money.Format(i.Score) };
            if (hasReview)
            {
                cells.Add(Money.Format(i.ReviewScore));
            }

            cells.Add(CliIo.Escape(i.IsLeaf ? i.Explanation.Arithmetic : string.Empty));
            table.AddRow(cells.ToArray());
        }

        console.Write(table);
        console.WriteLine($"总分：{Money.Format(score.Total)}（满分 {Money.FormatShort(score.MaxTotal)}）  评价等级：{score.Grade?.Name ?? "（无对应等级）"}");
        if (hasReview)
        {
            console.WriteLine($"复核总分：{Money.Format(score.ReviewTotal)}  复核等级：{score.ReviewGrade?.Name ?? "（无对应等级）"}");
        }
    }

    /// <summary>The JSON shape of a score: unit, year, frameworkId, total, grade, review, indicators[code, name, weight, score, explanation].</summary>
    internal static void WriteJson(Utf8JsonWriter w, Evaluation evaluation, ScoreResult score, long? line, bool explanations)
    {
        w.WriteStartObject();
        if (line is { } l)
        {
            w.WriteNumber("line", l);
        }

        w.WriteString("unit", evaluation.Unit);
        if (evaluation.ProjectName is { } project)
        {
            w.WriteString("projectName", project);
        }

        w.WriteNumber("year", evaluation.Year);
        w.WriteString("frameworkId", score.FrameworkId);
        w.WriteNumber("total", Num(score.Total));
        w.WriteNumber("maxTotal", Num(score.MaxTotal));
        w.WriteString("grade", score.Grade?.Name);
        w.WriteNumber("reviewTotal", Num(score.ReviewTotal));
        w.WriteString("reviewGrade", score.ReviewGrade?.Name);
        w.WriteStartArray("indicators");
        foreach (var i in score.Indicators)
        {
            w.WriteStartObject();
            w.WriteString("code", i.Code);
            w.WriteString("name", i.Name);
            w.WriteNumber("level", i.Level);
            w.WriteNumber("weight", Num(i.Weight));
            w.WriteNumber("score", Num(i.Score));
            w.WriteNumber("reviewScore", Num(i.ReviewScore));
            if (i.NotApplicable)
            {
                w.WriteBoolean("notApplicable", true);
            }

            if (explanations)
            {
                w.WriteStartObject("explanation");
                w.WriteString("rule", i.Explanation.Rule);
                w.WriteStartArray("inputs");
                foreach (var input in i.Explanation.Inputs)
                {
                    w.WriteStartObject();
                    w.WriteString("name", input.Name);
                    w.WriteString("value", input.Value);
                    w.WriteString("source", input.Source);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteString("arithmetic", i.Explanation.Arithmetic);
                w.WriteString("text", i.Explanation.Text);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// JSON Lines: each line parsed, scored and written before the next is read. Output per line:
    /// "行号 单位 总分 等级" (text) or one compact JSON object (--json, indicators without explanations).
    /// Errors name the line; the run goes on and ends with exit code 1 if any line failed.
    /// </summary>
    private static int ScoreLines(ParseResult parse, string path, bool asJson, string? frameworkFile)
    {
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CliIo.Fail(parse, [new DomainError(ErrorCatalogue.Missing, path, ex is FileNotFoundException or DirectoryNotFoundException ? "找不到文件" : "无法读取文件：" + ex.Message)]);
        }

        var console = CliIo.Out(parse);
        var error = CliIo.Err(parse);
        var cache = new FrameworkCache(frameworkFile);
        long ok = 0, failed = 0;

        // On the real console the lines go, UTF-8 and buffered, straight to standard output (no
        // flush per line); tests and other writers get the same text through their TextWriter.
        var direct = ReferenceEquals(console, Console.Out) ? new BufferedStream(Console.OpenStandardOutput(), 1 << 16) : null;
        var buffer = new ArrayBufferWriterStream();
        Stream sink = direct is not null ? direct : buffer;
        var text = direct is not null ? new StreamWriter(direct, new UTF8Encoding(false), 1 << 16) { AutoFlush = false } : console;
        using (stream)
        using (var writer = new Utf8JsonWriter(sink, CompactJson))
        {
            foreach (var (line, evaluation) in EvaluationSerializer.ReadJsonLines(stream, path))
            {
                var scored = evaluation.IsSuccess
                    ? EvaluationFiles.Score(evaluation.Value, frameworkFile, cache, explain: false)
                    : Result<(Framework, ScoreResult)>.Failure(evaluation.Errors);
                if (!scored.IsSuccess)
                {
                    failed++;
                    foreach (var e in scored.Errors)
                    {
                        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"错误：{path} 第 {line} 行：{e}"));
                    }

                    continue;
                }

                ok++;
                var score = scored.Value.Item2;
                if (asJson)
                {
                    if (direct is null)
                    {
                        buffer.Clear();
                    }

                    writer.Reset(sink);
                    WriteJson(writer, evaluation.Value, score, line, explanations: false);
                    writer.Flush();
                    if (direct is null)
                    {
                        console.WriteLine(buffer.Text());
                    }
                    else
                    {
                        direct.WriteByte((byte)'\n');
                    }
                }
                else
                {
                    text.Write(line.ToString(CultureInfo.InvariantCulture));
                    text.Write('\t');
                    text.Write(evaluation.Value.Unit);
                    if (evaluation.Value.ProjectName is { } p)
                    {
                        text.Write(" · ");
                        text.Write(p);
                    }

                    text.Write('\t');
                    text.Write(Money.Format(score.Total));
                    text.Write('\t');
                    text.Write(score.Grade?.Name ?? "-");
                    text.Write('\n');
                }
            }
        }

        text.Flush();
        direct?.Flush();
        error.WriteLine($"共 {ok + failed} 条评价：{ok} 条计分成功，{failed} 条有误。");
        return failed == 0 ? CliApp.Ok : CliApp.InvalidInput;
    }

    /// <summary>Without trailing zeros: 99.00 → 99, 0.50 → 0.5.</summary>
    private static decimal Num(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>A reusable in-memory stream for one JSON line at a time.</summary>
    private sealed class ArrayBufferWriterStream : MemoryStream
    {
        public void Clear() => SetLength(0);

        public string Text() => Encoding.UTF8.GetString(GetBuffer(), 0, (int)Length);
    }
}
