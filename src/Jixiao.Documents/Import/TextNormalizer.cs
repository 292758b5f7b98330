using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Import;

/// <summary>
/// Normalises published text before parsing: full-width ASCII to half-width, the ideographic
/// space, Wingdings check boxes (þ ticked, ¨ empty), Traditional → Simplified characters (OpenCC's character table,
/// one character for one: no phrase conversion), pinyin ruby glosses (申請(qǐng) → 申请), and spaced-out labels ("预 算 编 码").
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>Ticked and empty check boxes after normalisation.</summary>
    public const char Ticked = '☑';

    public const char Unticked = '☐';

    // Traditional → Simplified pairs (traditional, simplified) seen in budget and performance documents: the table before
    // OpenCC's was added; they win over it (帳 → 账, where OpenCC has 帐), and 著 → 着 is not in OpenCC's character table.
    internal const string TraditionalPairs =
        "預预績绩評评價价報报門门體体執执數数額额萬万區区單单項项標标級级財财資资經经費费員员務务機机關关會会黨党組组織织設设計计劃划實实際际況况問问題题進进構构調调決决結结轉转餘余購购產产質质時时滿满總总優优負负責责錄录現现發发與与為为對对於于個个這这們们來来過过還还將将應应當当舉举權权處处據据條条規规範范長长開开環环護护農农業业醫医療疗衛卫節节約约運运營营維维點点線线網网電电腦脑車车輛辆廣广東东縣县鎮镇鄉乡園园書书記记學学習习訓训練练檢检驗验監监辦办廳厅別别類类種种認认證证確确險险養养殘残貧贫幫帮災灾禦御億亿兩两閱阅覽览歷历傳传統统達达準准備备續续穩稳協协動动態态勢势願愿專专獎奖勵励補补貼贴稅税減减損损擔担壓压適适選选議议講讲話话讀读寫写採采歸归屬属註注說说導导領领幹干團团製制術术庫库帳账賬账戶户載载觀观視视頻频圖图號号碼码樣样縮缩虧亏積积極极參参眾众後后裡里麼么著着從从並并麗丽陽阳華华豐丰偉伟義义內内兒儿冊册軍军凍冻則则剛刚創创劉刘勞劳勳勋卻却廠厂廢废變变葉叶嚴严圍围國国圓圆場场壞坏壯壮聲声復复奪夺奮奋婦妇孫孙寧宁審审寶宝層层屆届嶺岭幣币帥帅師师帶带張张彈弹徵征懷怀戰战撥拨擁拥擴扩攜携斷断槍枪樹树橋桥殺杀氣气沒没測测濟济滅灭灣湾燈灯爭争爾尔獨独獲获畝亩畫画盡尽盤盘碩硕礎础禮礼稱称簡简糧粮緊紧細细終终絕绝絲丝綜综綠绿繳缴職职聯联聽听腳脚膽胆興兴舊旧藥药裝装覺觉觸触訂订託托許许訴诉診诊詞词試试詳详語语談谈請请論论識识貝贝賢贤貨货貸贷賓宾賽赛贊赞趕赶軟软輕轻輸输邊边遠远遺遗郵邮鋼钢錢钱鐵铁閉闭間间陣阵陰阴隊队隨随難难霧雾韓韩頁页順顺須须頭头風风飛飞館馆髮发鬥斗麥麦齊齐齒齿債债鳳凤徑径堅坚無无瀏浏鍵键見见響响揮挥貫贯徹彻強强籌筹轄辖遷迁編编歡欢擊击釋释匯汇滙汇証证綫线獻献讓让雙双顧顾馬马魚鱼鳥鸟龍龙齡龄蘇苏遼辽陝陕貴贵雲云濱滨莊庄鹽盐滬沪閩闽贛赣粵粤瓊琼";

    // Of the pairs above, those whose Traditional character is also written in Simplified text and that the OpenCC file does
    // not already mark so: 著 (显著, 著作).
    private const string LocalAlsoSimplified = "著";

    /// <summary>The embedded table: OpenCC's TSCharacters.txt, made by scripts/text/ts-characters.py.</summary>
    private const string TableResource = "Jixiao.Documents.Import.Data.ts-characters.txt";

    private const byte TraditionalOnly = 1;
    private const byte AlsoSimplified = 2;
    private const byte SimplifiedOnly = 3;

    // Indexed by UTF-16 code unit: the Simplified form ('\0' when none) and the character's class (0 when none of the three).
    private static readonly char[] SimplifiedOf = new char[char.MaxValue + 1];
    private static readonly byte[] ClassOf = new byte[char.MaxValue + 1];
    private static readonly int TableSize = BuildTable();

    private static int BuildTable()
    {
        using var stream = typeof(TextNormalizer).Assembly.GetManifestResourceStream(TableResource)
            ?? throw new InvalidOperationException("Missing resource " + TableResource);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var also = string.Empty;
        var only = string.Empty;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length < 3 || line[0] == '#' || line[1] != '\t')
            {
                continue;
            }

            switch (line[0])
            {
                case '=':
                    also = line[2..];
                    break;
                case '-':
                    only = line[2..];
                    break;
                default:
                    // Key, tab, first candidate (the script keeps only single BMP characters).
                    SimplifiedOf[line[0]] = line[2];
                    ClassOf[line[0]] = TraditionalOnly;
                    break;
            }
        }

        for (var i = 0; i + 1 < TraditionalPairs.Length; i += 2)
        {
            SimplifiedOf[TraditionalPairs[i]] = TraditionalPairs[i + 1];
            ClassOf[TraditionalPairs[i]] = TraditionalOnly;
        }

        foreach (var c in also + LocalAlsoSimplified)
        {
            if (SimplifiedOf[c] != '\0')
            {
                ClassOf[c] = AlsoSimplified;
            }
        }

        foreach (var c in only)
        {
            if (ClassOf[c] == 0)
            {
                ClassOf[c] = SimplifiedOnly;
            }
        }

        return SimplifiedOf.Count(c => c != '\0');
    }

    /// <summary>Number of characters in the Traditional → Simplified table.</summary>
    public static int TraditionalTableSize => TableSize;

    /// <summary>
    /// True when the lines are clearly Traditional: at least three characters that are only Traditional (預, 執, 為), and
    /// more of them than characters that are only Simplified (预, 这). Characters that are both (乾, 於, 著) are converted
    /// only in such text, so that a Simplified document keeps 乾县, 显著 and 於 (a surname).
    /// </summary>
    public static bool IsTraditional(IEnumerable<string> lines)
    {
        var (traditional, simplified) = (0, 0);
        foreach (var line in lines)
        {
            Count(line, ref traditional, ref simplified);
        }

        return traditional >= 3 && traditional > simplified;
    }

    /// <summary>A line alone is clearly Traditional: at least two Traditional-only characters, more than Simplified-only ones.</summary>
    private static bool IsTraditionalLine(string line)
    {
        var (traditional, simplified) = (0, 0);
        Count(line, ref traditional, ref simplified);
        return traditional >= 2 && traditional > simplified;
    }

    private static void Count(string line, ref int traditional, ref int simplified)
    {
        foreach (var c in line)
        {
            switch (ClassOf[c])
            {
                case TraditionalOnly:
                    traditional++;
                    break;
                case SimplifiedOnly:
                    simplified++;
                    break;
            }
        }
    }

    /// <summary>
    /// Normalises one line (no line breaks expected). Traditional characters that are also Simplified (乾, 於, 著) become
    /// Simplified only when <paramref name="traditional"/> says the document is Traditional (<see cref="IsTraditional"/>)
    /// or the line itself clearly is; the others always.
    /// </summary>
    public static string NormalizeLine(string line, bool traditional = false)
    {
        if (line.Length == 0)
        {
            return line;
        }

        // A web page copied with its markup left in (&nbsp;, &amp;, <span>…</span>): the entities decoded, inline tags dropped.
        if (line.Contains('&', StringComparison.Ordinal) && line.Contains(';', StringComparison.Ordinal))
        {
            line = System.Net.WebUtility.HtmlDecode(line);
        }

        if (line.Contains('<', StringComparison.Ordinal))
        {
            line = InlineTag().Replace(line, string.Empty);
        }

        var sb = new StringBuilder(line.Length);
        bool? lineTraditional = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case '，' or '；' or '：' or '！' or '？' or '（' or '）':
                    // Chinese text punctuation stays; a full-width comma between digits is a thousands separator.
                    sb.Append(c == '，' && sb.Length > 0 && char.IsAsciiDigit(sb[^1]) && IsDigitAt(line, i + 1) ? ',' : c);
                    break;
                case >= '\uFF01' and <= '\uFF5E':
                    sb.Append((char)(c - 0xFEE0));
                    break;
                case '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u200B' or '\uFEFF':
                    sb.Append(c is '\u200B' or '\uFEFF' ? string.Empty : " ");
                    break;
                case 'þ' or '■' or '√' or '✓' or '✔' or '☒' or '▣':
                    sb.Append(Ticked);
                    break;
                case '¨' or '□' or '☐':
                    sb.Append(Unticked);
                    break;
                case '\r':
                    break;
                default:
                    var simplified = SimplifiedOf[c];
                    if (simplified != '\0' && ClassOf[c] == AlsoSimplified)
                    {
                        lineTraditional ??= traditional || IsTraditionalLine(line);
                        simplified = lineTraditional.Value ? simplified : '\0';
                    }

                    sb.Append(simplified != '\0' ? simplified : c);
                    break;
            }
        }

        var text = ChineseNumeralYears(sb.ToString());

        // Markdown: headings, bold marks and table rules carry no content.
        if (text.StartsWith('#'))
        {
            text = text.TrimStart('#').TrimStart();
        }

        if (text.Contains("**", StringComparison.Ordinal))
        {
            text = text.Replace("**", string.Empty, StringComparison.Ordinal);
        }

        if (text.Length > 2 && text.All(ch => ch is '|' or '-' or ':' or ' '))
        {
            return string.Empty;
        }

        // Pinyin ruby glosses after a character (請(qǐng)求, 鎮(zhèn)): a lowercase syllable with a tone mark in brackets.
        if (text.Contains('(', StringComparison.Ordinal) || text.Contains('（', StringComparison.Ordinal))
        {
            text = PinyinGloss().Replace(text, string.Empty);
        }

        if (text.Contains(' ', StringComparison.Ordinal))
        {
            text = SpacedBracketAll().Replace(text, m => m.Value.Any(IsCjk) ? m.Value.Replace(" ", string.Empty, StringComparison.Ordinal) : m.Value);
        }

        text = SpacedLabel().Replace(text, m => m.Value.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (text.Contains(' ', StringComparison.Ordinal))
        {
            // The same spacing inside a column's bracketed letters or unit (全 年 执 行 数 ( B ), 执 行 率 ( B / A ), ( 万 元 )) and in a spaced
            // year before 年 (2 0 2 2 年 度, 20 19 年度): PDF extraction spaces every character of a label cell.
            text = SpacedBracket().Replace(text, m => m.Value.Replace(" ", string.Empty, StringComparison.Ordinal));
            text = SpacedYear().Replace(text, m => m.Value.Replace(" ", string.Empty, StringComparison.Ordinal));

            // An amount cell spaced out with its unit (4 7 5 3 . 6 6 万 元, 9 5 . 5 %, 1 0 0 %): digits one space apart are one
            // number only with their spaced decimal point or a spaced 万 元 or % after them (5 5 分 inside a line, 第 1 2 3 4 号 stay
            // apart).
            text = SpacedAmount().Replace(text, m => m.Value.Replace(" ", string.Empty, StringComparison.Ordinal));

            // A short line whose every character is spaced out, digits too (1 0 0 分 。, 9 5 . 5 分): a PDF's letter-spaced line, one
            // figure with its unit (a line of cells holds words, not single characters alone).
            if (SpacedScoreLine().IsMatch(text))
            {
                text = text.Replace(" ", string.Empty, StringComparison.Ordinal);
            }

            // A two-character label cell spaced out (分 值, 得 分: a line or a cell of its own), and the space such a label
            // keeps before its column letters or colon (全年预算数 (A), 年度资金总额 :).
            text = SpacedPairCell().Replace(text, m => m.Value.Replace(" ", string.Empty, StringComparison.Ordinal));
            text = SpaceBeforeColumnMark().Replace(text, string.Empty);
        }

        // A space between a number and its unit (2022 年, 76.36 万元, 95 %), as PDF extraction and text copied from PDFs
        // write them: the number and its unit are one token, as in the text typed without the space.
        if (text.Contains(' ', StringComparison.Ordinal))
        {
            text = NumberUnitSpace().Replace(text, string.Empty);
        }

        // A text layer that writes every figure twice (申报金额 7070 万元,…实际到位 106.5106.5 万元,支出 36.9436.94 万元: a sharing
        // site's bold glyphs drawn twice): where a line shows it by an amount doubled into no number at all (two decimal points
        // before its money unit), every amount of that line written twice before its unit is read once. A line without that
        // proof keeps its figures (7070 may be 7070), and so do a table's cells run together (28.128.1 28.1: no unit after).
        if (DoubledDecimal().IsMatch(text))
        {
            text = DoubledFigure().Replace(text, "$1");
        }

        return text.TrimEnd();
    }

    [GeneratedRegex(@"(?<![0-9.])([0-9]+\.[0-9]+)\1(?=[万亿元])")]
    private static partial Regex DoubledDecimal();

    [GeneratedRegex(@"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)\1(?=[万亿元])")]
    private static partial Regex DoubledFigure();

    private static bool IsDigitAt(string line, int i) => i < line.Length && (char.IsAsciiDigit(line[i]) || line[i] is >= '０' and <= '９');

    /// <summary>Removes every space between two CJK characters (PDF breaks inside words: "组 织部" → "组织部").</summary>
    public static string JoinCjk(string text) => CjkSpace().Replace(text, string.Empty);

    /// <summary>Removes all whitespace (for comparing names).</summary>
    public static string Compact(string text)
    {
        // One pass: no whitespace, （）：；， folded as FoldPunctuation does (called for every line, often more than once).
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c switch { '（' => '(', '）' => ')', '：' => ':', '；' => ';', '，' => ',', _ => c });
            }
        }

        return sb.Length == text.Length && sb.Equals(text) ? text : sb.ToString();
    }

    /// <summary>（）：；， as ASCII, for matching labels and titles (not for text shown to people).</summary>
    public static string FoldPunctuation(string text) =>
        text.Replace('（', '(').Replace('）', ')').Replace('：', ':').Replace('；', ';').Replace('，', ',');

    /// <summary>A key for comparing indicator names: no whitespace, quotes or punctuation.</summary>
    public static string NameKey(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '”' or '\'' or '‘' or '’' or '(' or ')' or '（' or '）' or '、' or ',' or '，' or '.' or '。' or ':' or '：')
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>True when the text is a template placeholder (参考提纲, "(100字以内)", "……", "指标2:").</summary>
    public static bool IsPlaceholder(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var t = text.Trim();
        return t.Contains("字以内", StringComparison.Ordinal)
            || t.StartsWith("【待填写】", StringComparison.Ordinal)
            || t.Contains("参考提纲", StringComparison.Ordinal)
            || Placeholder().IsMatch(t)
            || t.StartsWith("对照年度目标", StringComparison.Ordinal)
            || t.StartsWith("结合自评情况", StringComparison.Ordinal)
            || t.StartsWith("针对项目自评中发现的问题", StringComparison.Ordinal)
            || t.StartsWith("1.预算执行率=", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]*[āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜńňǹ])[a-zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüńňǹ]{1,7}[)）]")]
    private static partial Regex PinyinGloss();

    [GeneratedRegex(@"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}(?![\u4e00-\u9fff])")]
    private static partial Regex SpacedLabel();

    [GeneratedRegex(@"[(（] ?[A-Za-z\u4e00-\u9fff](?: ?[/÷×+\-]? ?[A-Za-z\u4e00-\u9fff]){0,7} ?[)）]")]
    private static partial Regex SpacedBracket();

    // A bracket whose every character is spaced out, digits and signs too: ( 2 0 2 4 年 度 ), ( 2 0 1 7   年 度 ),
    // ( 2 0 分 * 执 行 率 ) (with a CJK character).
    [GeneratedRegex(@"[(（] {0,3}(?:[0-9A-Za-z\u4e00-\u9fff*×/÷+%.\-] {1,3}){2,}[0-9A-Za-z\u4e00-\u9fff] {0,3}[)）]")]
    private static partial Regex SpacedBracketAll();

    // A cell is a line's, a bar's or a tab's, or stands apart by a column's gap of two spaces or more (行 次   全年预算数).
    [GeneratedRegex(@"(?<=^ *|[|\t] *|  )[\u4e00-\u9fff] [\u4e00-\u9fff](?= *(?:[|\t]|$)|  )")]
    private static partial Regex SpacedPairCell();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff]) (?=[(（][A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff/÷×+\-]{0,4}[)）]|[:：])")]
    private static partial Regex SpaceBeforeColumnMark();

    [GeneratedRegex(@"(?<![0-9.] ?)[0-9](?: [0-9])* (?:\. [0-9](?: [0-9])* (?:万 元|元|%|％)|\. [0-9](?: [0-9])*(?![0-9])|[0-9](?: [0-9])* (?:万 元|%|％))")]
    private static partial Regex SpacedAmount();

    [GeneratedRegex(@"^ *[0-9](?: [0-9.]){0,6} (?:分|万 元|元)(?: [。.])? *$")]
    private static partial Regex SpacedScoreLine();

    // Every digit spaced (2 0 2 2 年) or the century cut off from the rest (岳阳楼区20 19 年度, a PDF's kerning).
    [GeneratedRegex(@"(?<![0-9.] ?)(?:[12] [0-9] [0-9] [0-9]|(?:19|20) [0-9]{2})(?= ?年)")]
    private static partial Regex SpacedYear();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff“”（）《》、，。：；])[ \t]+(?=[\u4e00-\u9fff“”（）《》、，。：；])")]
    private static partial Regex CjkSpace();

    // 年 only after a four-digit year: a row number before a label (1 年度资金总额) keeps its space; 分 not as a label's start
    // (1 分值).
    [GeneratedRegex(@"(?<=\d) (?=(?:万元|万|亿元|亿|元|%|分(?![值项类配解]))(?![\d.]))|(?<=(?<![\d.])\d{4}) (?=年)")]
    private static partial Regex NumberUnitSpace();


    [GeneratedRegex(@"^(?:[.…。·\-—_/\s]+|指标\d+[:：]?\s*|[(（]?参考提纲[)）]?|[(（]?\d+字以内[)）]?)$")]
    private static partial Regex Placeholder();

    private const string ChineseDigits = "〇一二三四五六七八九";

    /// <summary>一 to 十: the numerals of headings, attachments and months (附件一, 三月).</summary>
    /// <summary>A count written in ASCII or Chinese digits (6, 十二): every character one of them.</summary>
    internal static bool IsCount(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && !IsChineseNumeral(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsChineseNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';

    /// <summary>
    /// 二〇二三年 → 2023年: a year written in Chinese digits (〇 or 零 for zero; 19xx or 20xx) before 年, in ASCII digits so
    /// that every reader sees one form. The length is kept, so spans stay where they were.
    /// </summary>
    internal static string ChineseNumeralYears(string text)
    {
        if (text.IndexOf('年') < 4)
        {
            return text;
        }

        char[]? chars = null;
        for (var i = 0; i + 4 < text.Length; i++)
        {
            if (text[i + 4] != '年' || !(text[i] == '二' && text[i + 1] is '〇' or '零' || text[i] == '一' && text[i + 1] == '九'))
            {
                continue;
            }

            var digits = new int[4];
            var ok = true;
            for (var k = 0; k < 4 && ok; k++)
            {
                var c = text[i + k] == '零' ? '〇' : text[i + k];
                digits[k] = ChineseDigits.IndexOf(c);
                ok = digits[k] >= 0;
            }

            if (!ok)
            {
                continue;
            }

            chars ??= text.ToCharArray();
            for (var k = 0; k < 4; k++)
            {
                chars[i + k] = (char)('0' + digits[k]);
            }
        }

        return chars is null ? text : new string(chars);
    }

    [GeneratedRegex(@"</?(?:span|b|i|u|strong|em|font|sup|sub|a|p|br|div|td|th|tr|tbody|table|li|ul|ol|h[1-6])(?:\s[^<>]{0,200})?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();
}

/// <summary>A number as written: the value, whether it was approximate (余/多/约/左右), and whether it had a % sign.</summary>
public readonly record struct StatedNumber(decimal Value, bool Approximate, bool Percent, string Text);

/// <summary>Parses numbers as published: thousands separators, 余/多 approximations, percent signs.</summary>
public static partial class NumberText
{
    /// <summary>Parses a cell or token that is only a number (optionally with %, 余, 万元 …).</summary>
    public static bool TryParseCell(string? text, out StatedNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var m = CellNumber().Match(text.Trim());
        if (!m.Success)
        {
            return false;
        }

        return TryMake(m.Groups["n"].Value, m.Groups["pct"].Success && m.Groups["pct"].Length > 0, m.Groups["approx"].Length > 0, text.Trim(), out number);
    }

    /// <summary>Finds the first number in a text (e.g. "≥50个" → 50).</summary>
    public static bool TryFind(string? text, out StatedNumber number)
    {
        number = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var m = AnyNumber().Match(text);
        if (!m.Success)
        {
            return false;
        }

        var approx = m.Groups["approx"].Length > 0 || text.Contains('约', StringComparison.Ordinal);
        return TryMake(m.Groups["n"].Value, m.Groups["pct"].Length > 0, approx, m.Value, out number);
    }

    /// <summary>Parses a number written with optional thousands separators ("2,322.6").</summary>
    public static bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal).Replace("−", "-", StringComparison.Ordinal),
            NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static bool TryMake(string digits, bool percent, bool approximate, string text, out StatedNumber number)
    {
        number = default;
        if (digits.Length > 28 || !TryParse(digits, out var value))
        {
            return false;
        }

        number = new StatedNumber(value, approximate, percent, text);
        return true;
    }

    /// <summary>The regex for a number inside text, for callers that build bigger patterns.</summary>
    public const string NumberPattern = @"(?<![\d.])(?:-?\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,6})?|-?\d{1,15}(?:\.\d{1,6})?)(?![\d])";

    [GeneratedRegex(@"^(?:[≥≤<>=]\s*)?(?<n>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*(?<approx>余|多)?\s*(?<pct>%|％)?\s*(?:分|万元|元|个|次|人次|人|天|期|项|家|户|份|台|套|篇|场|部|条|件|小时|百分比)?$")]
    private static partial Regex CellNumber();

    [GeneratedRegex(@"(?<![\d.,])(?<n>-?\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,6})?|-?\d{1,15}(?:\.\d{1,6})?)(?![\d])\s*(?<approx>余|多)?\s*(?<pct>%)?")]
    private static partial Regex AnyNumber();
}
