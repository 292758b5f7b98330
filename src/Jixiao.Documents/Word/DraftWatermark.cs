using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Word;

/// <summary>
/// The 草稿 watermark of a draft: a grey, half-transparent diagonal text in the page header, the
/// shape Word writes for 设计 › 水印 (VML "PowerPlusWaterMarkObject"), which Word, WPS and
/// LibreOffice show on every page and print, and which LibreOffice keeps in the PDF.
/// </summary>
internal static class DraftWatermark
{
    public const string Text = "草稿";

    public static Header Header() => new(
        "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
        + "<w:p><w:pPr><w:pStyle w:val=\"" + WordStyles.Footer + "\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:pict>"
        + "<v:shapetype id=\"_x0000_t136\" coordsize=\"21600,21600\" o:spt=\"136\" adj=\"10800\" path=\"m@7,l@8,m@5,21600l@6,21600e\">"
        + "<v:formulas><v:f eqn=\"sum #0 0 10800\"/><v:f eqn=\"prod #0 2 1\"/><v:f eqn=\"sum 21600 0 @1\"/><v:f eqn=\"sum 0 0 @2\"/><v:f eqn=\"sum 21600 0 @3\"/>"
        + "<v:f eqn=\"if @0 @3 0\"/><v:f eqn=\"if @0 21600 @1\"/><v:f eqn=\"if @0 0 @2\"/><v:f eqn=\"if @0 @4 21600\"/><v:f eqn=\"mid @5 @6\"/><v:f eqn=\"mid @8 @5\"/>"
        + "<v:f eqn=\"mid @7 @8\"/><v:f eqn=\"mid @6 @7\"/><v:f eqn=\"sum @6 0 @5\"/></v:formulas>"
        + "<v:path textpathok=\"t\" o:connecttype=\"custom\" o:connectlocs=\"@9,0;@10,10800;@11,21600;@12,10800\" o:connectangles=\"270,180,90,0\"/>"
        + "<v:textpath on=\"t\" fitshape=\"t\"/><o:lock v:ext=\"edit\" text=\"t\" shapetype=\"t\"/></v:shapetype>"
        + "<v:shape id=\"PowerPlusWaterMarkObject1\" o:spid=\"_x0000_s2049\" type=\"#_x0000_t136\" "
        + "style=\"position:absolute;margin-left:0;margin-top:0;width:360pt;height:180pt;rotation:315;z-index:-251657216;"
        + "mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin\" "
        + "o:allowincell=\"f\" fillcolor=\"#bfbfbf\" stroked=\"f\">"
        + "<v:fill opacity=\".5\"/><v:textpath style=\"font-family:&quot;黑体&quot;;font-size:1pt\" string=\"" + Text + "\"/>"
        + "<w10:wrap xmlns:w10=\"urn:schemas-microsoft-com:office:word\" anchorx=\"margin\" anchory=\"margin\"/></v:shape>"
        + "</w:pict></w:r></w:p></w:hdr>");
}
