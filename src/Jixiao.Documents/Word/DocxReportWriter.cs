using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.OwnFiles;
using Jixiao.Documents.Reports;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Word;

/// <summary>
/// Writes the 自评报告 as DOCX: A4 with official-document margins, 仿宋/黑体/楷体 with their
/// English names and Noto CJK as fallbacks, <c>w:lang eastAsia="zh-CN"</c>, page numbers in the
/// footer, Heading 1/2 styles (navigation pane), narrative sections in tagged content controls
/// (read back by <see cref="OwnDocumentReader"/>) and the evaluation in a custom XML part.
/// The output is deterministic: fixed timestamps, sequential ids, fixed zip order.
/// </summary>
public static class DocxReportWriter
{
    /// <summary>Prefix of the content-control tags of narrative sections.</summary>
    public const string NarrativeTagPrefix = "jixiao:narrative:";

    private const int TextWidthTwips = 11906 - 1587 - 1474;

    /// <summary>Composes the report and writes it; the result carries the report (with its warnings) or why it was refused.</summary>
    public static Result<ReportDocument> Write(Evaluation evaluation, Framework framework, ScoreResult score, Stream output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var built = ReportBuilder.Build(evaluation, framework, score, options);
        if (!built.IsSuccess)
        {
            return built;
        }

        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            Fill(package, built.Value, evaluation, framework, score);
        }

        DeterministicZip.Normalize(buffer, output);
        return built;
    }

    /// <summary>Convenience: the DOCX as bytes.</summary>
    public static Result<byte[]> ToBytes(Evaluation evaluation, Framework framework, ScoreResult score, ReportOptions? options = null)
    {
        using var stream = new MemoryStream();
        var result = Write(evaluation, framework, score, stream, options);
        return result.IsSuccess ? Result<byte[]>.Success(stream.ToArray()) : Result<byte[]>.Failure(result.Errors);
    }

    private static void Fill(WordprocessingDocument package, ReportDocument report, Evaluation evaluation, Framework framework, ScoreResult score)
    {
        var stamp = evaluation.Date is { } d ? d.ToDateTime(TimeOnly.MinValue) : new DateTime(evaluation.Year + 1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        CoreProperties.Add(package, report.Title, stamp);

        var main = package.AddMainDocumentPart();
        WordStyles.AddTo(main);
        var footer = main.AddNewPart<FooterPart>("rIdFooter1");
        footer.Footer = PageNumberFooter();

        var body = new Body();
        body.Append(TitlePara(report.Title, evaluation.Unit));
        var ids = new IdSource();
        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    body.Append(Para(h.Text, h.Level == 1 ? WordStyles.Heading1 : WordStyles.Heading2));
                    break;
                case ParagraphBlock p when p.NarrativeField is { } key:
                    body.Append(NarrativeBlock(p, key, ids));
                    break;
                case ParagraphBlock p:
                    foreach (var line in p.Text.Split('\n'))
                    {
                        body.Append(Para(line, WordStyles.Body));
                    }

                    break;
                case TableBlock t:
                    body.Append(Para(t.Caption, WordStyles.Caption));
                    body.Append(Table(t));
                    body.Append(Para(string.Empty, WordStyles.TableText));
                    break;
            }
        }

        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter1" },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 2098, Right = 1474U, Bottom = 1984, Left = 1587U, Header = 851U, Footer = 992U, Gutter = 0U },
            new PageNumberType { Start = 1 },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = 579 }));
        main.Document = new Document(body);
        OwnData.From(OwnData.ReportKind, evaluation, framework, score).AddTo(main);
    }

    private static SdtBlock NarrativeBlock(ParagraphBlock p, string key, IdSource ids)
    {
        var field = NarrativeFields.ByKey(key);
        var content = new SdtContentBlock();
        foreach (var line in p.Text.Split('\n'))
        {
            content.Append(p.IsPlaceholder ? PlaceholderPara(line) : Para(line, WordStyles.Body));
        }

        return new SdtBlock(
            new SdtProperties(
                new SdtAlias { Val = field?.Title ?? key },
                new Tag { Val = NarrativeTagPrefix + key },
                new SdtId { Val = ids.Next() }),
            content);
    }

    internal static Paragraph Para(string text, string style)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        if (text.Length > 0)
        {
            paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    /// <summary>The title on two lines: the unit, then "YYYY年度…自评报告" (as published reports set it).</summary>
    private static Paragraph TitlePara(string title, string unit)
    {
        if (!title.StartsWith(unit, StringComparison.Ordinal) || title.Length == unit.Length)
        {
            return Para(title, WordStyles.Title);
        }

        return new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Title }),
            new Run(new Text(unit)),
            new Run(new Break(), new Text(title[unit.Length..])));
    }

    private static Paragraph PlaceholderPara(string text) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Body }),
        new Run(
            new RunProperties(new RunStyle { Val = WordStyles.Placeholder }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Footer PageNumberFooter() => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Footer }, new Justification { Val = JustificationValues.Center }),
        new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));

    internal static Table Table(TableBlock t)
    {
        var totalWeight = t.Widths.Sum();
        var widths = t.Widths.Select(w => TextWidthTwips * w / totalWeight).ToArray();
        var table = new Table(new TableProperties(
            new TableStyle { Val = WordStyles.TableGrid },
            new TableWidth { Width = TextWidthTwips.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0" }));
        var grid = new TableGrid();
        foreach (var w in widths)
        {
            grid.Append(new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        table.Append(Row(t.Header.Cast<string?>().ToList(), null, widths, header: true, bold: true, t.NumericColumns));
        for (var r = 0; r < t.Rows.Count; r++)
        {
            var next = r + 1 < t.Rows.Count ? t.Rows[r + 1] : null;
            table.Append(Row(t.Rows[r], next, widths, header: false, bold: t.BoldRows.Contains(r), t.NumericColumns));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string?> cells, IReadOnlyList<string?>? next, int[] widths, bool header, bool bold, IReadOnlySet<int> numeric)
    {
        var row = new TableRow();
        var rowProps = new TableRowProperties(new CantSplit());
        if (header)
        {
            rowProps.Append(new TableHeader());
        }

        row.Append(rowProps);
        for (var c = 0; c < cells.Count; c++)
        {
            var text = cells[c];
            var props = new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (text is null)
            {
                props.Append(new VerticalMerge { Val = MergedCellValues.Continue });
            }
            else if (next is not null && c < next.Count && next[c] is null)
            {
                props.Append(new VerticalMerge { Val = MergedCellValues.Restart });
            }

            if (header)
            {
                props.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
            }

            props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            var justification = header ? JustificationValues.Center : numeric.Contains(c) ? JustificationValues.Center : JustificationValues.Left;
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.TableText }, new Justification { Val = justification }));
            if (!string.IsNullOrEmpty(text))
            {
                var run = new Run();
                if (bold || header)
                {
                    run.Append(new RunProperties(new Bold()));
                }

                run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
                paragraph.Append(run);
            }

            row.Append(new TableCell(props, paragraph));
        }

        return row;
    }

    private sealed class IdSource
    {
        private int next = 1000;

        public int Next() => next++;
    }
}
