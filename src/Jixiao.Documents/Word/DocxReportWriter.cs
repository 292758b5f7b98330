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

        WriteDocument(built.Value, evaluation, framework, score, output);
        return built;
    }

    /// <summary>Writes a composed document (the report, or the 自评表说明 of <see cref="TableNotesBuilder"/>).</summary>
    public static void WriteDocument(ReportDocument report, Evaluation evaluation, Framework framework, ScoreResult score, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            Fill(package, report, evaluation, framework, score);
        }

        DeterministicZip.Normalize(buffer, output);
    }

    /// <summary>A composed document as DOCX bytes.</summary>
    public static byte[] DocumentBytes(ReportDocument report, Evaluation evaluation, Framework framework, ScoreResult score)
    {
        using var stream = new MemoryStream();
        WriteDocument(report, evaluation, framework, score, stream);
        return stream.ToArray();
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
        if (report.IsDraft)
        {
            var header = main.AddNewPart<HeaderPart>("rIdHeader1");
            header.Header = DraftWatermark.Header();
        }

        var body = new Body();
        var ids = new IdSource();
        var titled = false;
        foreach (var block in report.Blocks)
        {
            if (block is not CoverBlock && !titled)
            {
                body.Append(TitlePara(report.Title, evaluation.Unit));
                titled = true;
            }

            switch (block)
            {
                case CoverBlock c:
                    body.Append(CoverPage(c));
                    break;
                case HeadingBlock h:
                    body.Append(Para(h.Text, h.Level == 1 ? WordStyles.Heading1 : WordStyles.Heading2));
                    break;
                case ParagraphBlock p when p.NarrativeField is { } key:
                    body.Append(NarrativeBlock(p, key, ids));
                    break;
                case ParagraphBlock p:
                    foreach (var line in p.Text.Split('\n'))
                    {
                        body.Append(p.IsPlaceholder ? PlaceholderPara(line) : Para(line, WordStyles.Body));
                    }

                    break;
                case TableBlock t:
                    body.Append(Para(t.Caption, WordStyles.Caption));
                    body.Append(Table(t));
                    body.Append(t.Footer is { } f ? KeptPara(f, WordStyles.TableFooter) : Para(string.Empty, WordStyles.TableText));
                    break;
                case SignatureBlock sig:
                    body.Append(KeptPara(string.Empty, WordStyles.Body));
                    body.Append(KeptPara(sig.Unit, WordStyles.Signature));
                    body.Append(sig.DateNote is null ? Para(sig.Date, WordStyles.Signature) : KeptPara(sig.Date, WordStyles.Signature));
                    if (sig.DateNote is { } note)
                    {
                        body.Append(PlaceholderPara(note));
                    }

                    break;
            }
        }

        if (!titled)
        {
            body.Append(TitlePara(report.Title, evaluation.Unit));
        }

        var sectionProperties = new SectionProperties();
        if (report.IsDraft)
        {
            sectionProperties.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader1" });
        }

        body.Append(sectionProperties);
        sectionProperties.Append(
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter1" },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 2098, Right = 1474U, Bottom = 1984, Left = 1587U, Header = 851U, Footer = 992U, Gutter = 0U },
            new PageNumberType { Start = 1 },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = 579 });
        main.Document = new Document(body);
        OwnData.From(OwnData.ReportKind, evaluation, framework, score).AddTo(main);
    }

    /// <summary>The cover page: title, label/value lines, the issuer; then a page break.</summary>
    private static IEnumerable<OpenXmlElement> CoverPage(CoverBlock c)
    {
        yield return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Title }, new SpacingBetweenLines { Before = "2400", After = "2400" }), new Run(new Text(c.Title)));
        foreach (var (label, value) in c.Fields)
        {
            yield return new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Body }, new Indentation { Left = "1280", FirstLine = "0", FirstLineChars = 0 }),
                new Run(new Text(label + "：") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new RunProperties(new Underline { Val = UnderlineValues.Single }), new Text(value.Length == 0 ? "　　　　" : value) { Space = SpaceProcessingModeValues.Preserve }));
        }

        if (c.Issuer is { } issuer)
        {
            yield return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Body }, new SpacingBetweenLines { Before = "2400" }, new Justification { Val = JustificationValues.Center }), new Run(new Text(issuer)));
        }

        yield return new Paragraph(new Run(new Break { Type = BreakValues.Page }));
    }

    /// <summary>A paragraph kept on the page of the next one (total rows, the grade line, the 落款).</summary>
    private static Paragraph KeptPara(string text, string style)
    {
        var p = Para(text, style);
        p.ParagraphProperties!.Append(new KeepNext());
        return p;
    }

    private static SdtBlock NarrativeBlock(ParagraphBlock p, string key, IdSource ids)
    {
        var alias = NarrativeFields.ByKey(key)?.Title ?? key;
        var content = new SdtContentBlock();
        foreach (var line in p.Text.Split('\n'))
        {
            // LibreOffice drops run formatting directly inside a block content control; the marker
            // keeps its red only inside an inline control of its own, so it stays red in the PDF.
            content.Append(p.IsPlaceholder
                ? new Paragraph(
                    new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Body }),
                    new SdtRun(new SdtProperties(new SdtId { Val = ids.Next() }), new SdtContentRun(PlaceholderRun(line, bold: true))))
                : Para(line, WordStyles.Body));
        }

        return new SdtBlock(
            new SdtProperties(
                new SdtAlias { Val = alias },
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
        PlaceholderRun(text, bold: true));

    /// <summary>
    /// A red marker run: the character style for Word/WPS and the same colour and shading as direct
    /// formatting, which LibreOffice keeps when it converts to PDF.
    /// </summary>
    private static Run PlaceholderRun(string text, bool bold)
    {
        var props = new RunProperties(new RunStyle { Val = WordStyles.Placeholder });
        if (bold)
        {
            props.Append(new Bold());
        }

        props.Append(
            new Color { Val = WordStyles.PlaceholderColor },
            new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = WordStyles.PlaceholderFill });
        return new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

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
        table.Append(Row(t.Header.Cast<string?>().ToList(), null, widths, header: true, bold: true, t.NumericColumns, keep: true));
        // A bold total row never starts a page alone: it is kept with the row before it, and with the footer line after it.
        var lastBold = t.BoldRows.Count > 0 ? t.BoldRows.Max() : -1;
        for (var r = 0; r < t.Rows.Count; r++)
        {
            var next = r + 1 < t.Rows.Count ? t.Rows[r + 1] : null;
            var keep = (lastBold == t.Rows.Count - 1 && r >= t.Rows.Count - 2) || (t.Footer is not null && r == t.Rows.Count - 1);
            table.Append(Row(t.Rows[r], next, widths, header: false, bold: t.BoldRows.Contains(r), t.NumericColumns, keep));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string?> cells, IReadOnlyList<string?>? next, int[] widths, bool header, bool bold, IReadOnlySet<int> numeric, bool keep)
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
            var paragraphProps = new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.TableText });
            if (keep)
            {
                paragraphProps.Append(new KeepNext());
            }

            paragraphProps.Append(new Justification { Val = justification });
            var paragraph = new Paragraph(paragraphProps);
            if (text is not null && text.Contains(Markers.Pending, StringComparison.Ordinal))
            {
                paragraph.Append(PlaceholderRun(text, bold: false));
            }
            else if (!string.IsNullOrEmpty(text))
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
