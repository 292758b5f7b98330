using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Documents.OwnFiles;

/// <summary>
/// docProps/core.xml written by hand: System.IO.Packaging's PackageProperties stores them under a
/// random part name, which would make every file different.
/// </summary>
internal static class CoreProperties
{
    public static void Add(OpenXmlPackage package, string title, DateTime stamp)
    {
        var part = package switch
        {
            WordprocessingDocument w => w.AddCoreFilePropertiesPart(),
            SpreadsheetDocument s => s.AddCoreFilePropertiesPart(),
            _ => throw new ArgumentException("Unsupported package.", nameof(package)),
        };
        var when = stamp.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>" + SecurityElement.Escape(title) + "</dc:title>"
            + "<dc:creator>Jixiao</dc:creator><cp:lastModifiedBy>Jixiao</cp:lastModifiedBy>"
            + "<dc:language>zh-CN</dc:language>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified>"
            + "</cp:coreProperties>";
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        var bytes = new UTF8Encoding(false).GetBytes(xml);
        stream.Write(bytes);
    }
}
