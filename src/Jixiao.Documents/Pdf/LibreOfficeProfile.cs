using System.Text;

namespace Jixiao.Documents.Pdf;

/// <summary>
/// A private LibreOffice profile (<c>-env:UserInstallation</c>): the font replacement table that maps the
/// Windows CJK fonts (仿宋, 宋体, 黑体, 楷体) to Noto CJK, formulas of Excel files recalculated on load
/// (so a table edited elsewhere prints its current figures), no first-start wizard.
/// </summary>
internal static class LibreOfficeProfile
{
    private static readonly (string From, string To)[] FontMap =
    [
        ("仿宋", "Noto Serif CJK SC"), ("仿宋_GB2312", "Noto Serif CJK SC"), ("FangSong", "Noto Serif CJK SC"),
        ("宋体", "Noto Serif CJK SC"), ("SimSun", "Noto Serif CJK SC"),
        ("楷体", "AR PL UKai CN"), ("KaiTi", "AR PL UKai CN"),
        ("黑体", "Noto Sans CJK SC"), ("SimHei", "Noto Sans CJK SC"),
        ("Times New Roman", "Liberation Serif"),
    ];

    /// <summary>Writes the profile into <paramref name="dir"/> (created when missing).</summary>
    public static void Write(string dir)
    {
        var user = Path.Combine(dir, "user");
        Directory.CreateDirectory(user);
        var xcu = new StringBuilder();
        xcu.AppendLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        xcu.AppendLine("<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        xcu.AppendLine("<item oor:path=\"/org.openoffice.Office.Common/Font/Substitution\"><prop oor:name=\"Replacement\" oor:op=\"fuse\"><value>true</value></prop></item>");
        for (var i = 0; i < FontMap.Length; i++)
        {
            var (from, to) = FontMap[i];
            xcu.Append("<item oor:path=\"/org.openoffice.Office.Common/Font/Substitution/FontPairs\"><node oor:name=\"_")
                .Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append("\" oor:op=\"replace\">")
                .Append("<prop oor:name=\"Always\" oor:op=\"fuse\"><value>true</value></prop>")
                .Append("<prop oor:name=\"OnScreenOnly\" oor:op=\"fuse\"><value>false</value></prop>")
                .Append("<prop oor:name=\"ReplaceFont\" oor:op=\"fuse\"><value>").Append(from).Append("</value></prop>")
                .Append("<prop oor:name=\"SubstituteFont\" oor:op=\"fuse\"><value>").Append(to).Append("</value></prop>")
                .AppendLine("</node></item>");
        }

        // Recalculate formulas of Excel 2007+ and ODF files on load (0 = always; the default never recalculates
        // files from other producers and keeps their cached values).
        xcu.AppendLine("<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>");
        xcu.AppendLine("<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop oor:name=\"ODFRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>");

        // No first-start wizard, no update checks, no recovery dialogs.
        xcu.AppendLine("<item oor:path=\"/org.openoffice.Office.Common/Misc\"><prop oor:name=\"FirstRun\" oor:op=\"fuse\"><value>false</value></prop></item>");
        xcu.AppendLine("</oor:items>");
        File.WriteAllText(Path.Combine(user, "registrymodifications.xcu"), xcu.ToString(), new UTF8Encoding(false));
    }
}
