using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Word;

/// <summary>
/// Styles, fonts and settings of the report. Chinese official-document habits: 仿宋 body, 黑体
/// level-1 and 楷体 level-2 headings, 宋体 bold title; each font names its English alias and the
/// fallback used where it is not installed (the PDF converter maps them to Noto CJK).
/// </summary>
internal static class WordStyles
{
    public const string Body = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Caption = "TableCaption";
    public const string TableText = "TableText";
    public const string Footer = "Footer";
    public const string Placeholder = "PendingText";
    public const string TableGrid = "TableGrid";
    public const string TableFooter = "TableFooter";
    public const string Signature = "Signature";

    /// <summary>Colour and shading of 【待填写】 markers.</summary>
    public const string PlaceholderColor = "C00000";
    public const string PlaceholderFill = "FFF2CC";

    /// <summary>Font names and their English and fallback names (fontTable altName).</summary>
    public static readonly (string Name, string AltName, string Panose)[] Fonts =
    [
        ("仿宋", "FangSong", "02010609060101010101"),
        ("黑体", "SimHei", "02010609060101010101"),
        ("楷体", "KaiTi", "02010609060101010101"),
        ("宋体", "SimSun", "02010600030101010101"),
        ("Times New Roman", "Times New Roman", "02020603050405020304"),
    ];

    public static void AddTo(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        styles.Styles = Styles();
        var fonts = main.AddNewPart<FontTablePart>("rIdFonts");
        fonts.Fonts = FontTable();
        var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
        settings.Settings = new Settings(
            new DefaultTabStop { Val = 420 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });
    }

    private static Styles Styles()
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "仿宋", ComplexScript = "Times New Roman" },
                new Kern { Val = 2U },
                new FontSize { Val = "32" },
                new FontSizeComplexScript { Val = "32" },
                new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact }))));

        styles.Append(ParagraphStyle(Body, "Normal", null, isDefault: true, new StyleParagraphProperties(
            new WidowControl(),
            new Indentation { FirstLineChars = 200, FirstLine = "640" },
            new Justification { Val = JustificationValues.Both })));
        styles.Append(ParagraphStyle(Title, "Title", Body, false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "240", After = "480", Line = "700", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLineChars = 0, FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new RunFonts { EastAsia = "宋体" }, new Bold(), new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" })));
        styles.Append(ParagraphStyle(Heading1, "heading 1", Body, false,
            new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new RunFonts { EastAsia = "黑体" })));
        styles.Append(ParagraphStyle(Heading2, "heading 2", Body, false,
            new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = 1 }),
            new StyleRunProperties(new RunFonts { EastAsia = "楷体" })));
        styles.Append(ParagraphStyle(TableText, "Table Text", Body, false,
            new StyleParagraphProperties(
                new SnapToGrid { Val = false },
                new SpacingBetweenLines { After = "0", Line = "280", LineRule = LineSpacingRuleValues.AtLeast },
                new Indentation { FirstLineChars = 0, FirstLine = "0" },
                new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" })));
        styles.Append(ParagraphStyle(Caption, "Table Caption", TableText, false,
            new StyleParagraphProperties(new KeepNext(), new SnapToGrid { Val = false }, new SpacingBetweenLines { Before = "120", After = "60", Line = "360", LineRule = LineSpacingRuleValues.Exact }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new RunFonts { EastAsia = "黑体" }, new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" })));
        styles.Append(ParagraphStyle(TableFooter, "Table Footer", TableText, false,
            new StyleParagraphProperties(new KeepNext(), new SnapToGrid { Val = false }, new SpacingBetweenLines { Before = "60", After = "240", Line = "360", LineRule = LineSpacingRuleValues.AtLeast })));
        styles.Append(ParagraphStyle(Signature, "Signature", Body, false,
            new StyleParagraphProperties(new KeepLines(), new Indentation { FirstLineChars = 0, FirstLine = "0", Right = "640" }, new Justification { Val = JustificationValues.Right })));
        styles.Append(ParagraphStyle(Footer, "footer", Body, false,
            new StyleParagraphProperties(new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Indentation { FirstLineChars = 0, FirstLine = "0" }),
            new StyleRunProperties(new RunFonts { EastAsia = "宋体" }, new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })));

        styles.Append(new Style(
            new StyleName { Val = "Pending Text" },
            new UIPriority { Val = 99 },
            new StyleRunProperties(new Bold(), new Color { Val = PlaceholderColor }, new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = PlaceholderFill }))
        { Type = StyleValues.Character, StyleId = Placeholder });

        styles.Append(new Style(
            new StyleName { Val = "Table Grid" },
            new UIPriority { Val = 59 },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "30", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "30", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = TableGrid });
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties paragraph, StyleRunProperties? run = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (id is Heading1 or Heading2)
        {
            style.Append(new NextParagraphStyle { Val = Body });
        }

        style.Append(new UIPriority { Val = id == Body ? 0 : 9 });
        style.Append(new PrimaryStyle());
        style.Append(paragraph);
        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static Fonts FontTable()
    {
        var fonts = new Fonts();
        foreach (var (name, alt, panose) in Fonts)
        {
            var font = new Font { Name = name };
            if (alt != name)
            {
                font.Append(new AltName { Val = alt });
            }

            font.Append(new Panose1Number { Val = panose });
            font.Append(new FontCharSet { Val = alt == name ? "00" : "86" });
            font.Append(new FontFamily { Val = FontFamilyValues.Roman });
            font.Append(new Pitch { Val = FontPitchValues.Variable });
            fonts.Append(font);
        }

        return fonts;
    }
}
