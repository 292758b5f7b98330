using Jixiao.Documents.Import;

namespace Jixiao.Documents.Reading;

/// <summary>What a number (or value) read for a field stands for; decides which suffix it must carry.</summary>
public enum ValueRole
{
    /// <summary>An amount of money (元/万元/亿元, converted to 万元).</summary>
    Amount,

    /// <summary>A rate in percent.</summary>
    Rate,

    /// <summary>A score (分).</summary>
    Score,

    /// <summary>A weight (分值).</summary>
    Weight,

    /// <summary>A grade word (优/良/中/差).</summary>
    Grade,

    /// <summary>A name (unit, department, project).</summary>
    Text,

    /// <summary>A code (预算编码).</summary>
    Code,
}

/// <summary>A label of a field as written in published text, with the options of its entry.</summary>
/// <param name="Text">The label, with punctuation folded to ASCII (（→( ：→: ，→,).</param>
/// <param name="Field">The field path it fills (budget.adjusted, stated.totalScore, unit …).</param>
/// <param name="Gap">Most characters between the label's end and its value's start.</param>
/// <param name="Bare">A number without its role's suffix is accepted after this label.</param>
/// <param name="Boundary">The character before the label must not be a Chinese character.</param>
/// <param name="Priority">Higher wins when several labels state the same field.</param>
/// <param name="Chrome">May be read from page chrome lines (发布机构, 来源).</param>
/// <param name="Origin">File and line of the entry (reading/fields.yaml:23).</param>
public sealed record FieldLabel(string Text, string Field, ValueRole Role, int Gap, bool Bare, bool Boundary, int Priority, bool Chrome, string Origin, bool Prose = false);

/// <summary>A money unit and its factor to 万元.</summary>
/// <summary>
/// A money unit and its factor to 万元; a <paramref name="Standalone"/> unit (万) counts only where no word continues it
/// (350万, but not 5200万人次), or where one of <paramref name="FollowedBy"/> does (350万已全部到位).
/// </summary>
public sealed record MoneyUnit(string Unit, decimal Factor, bool Standalone = false, IReadOnlyList<string>? FollowedBy = null);

/// <summary>Whose figure a number is (基本支出, 项目支出 …); <see cref="Default"/> is the measure of a bare figure.</summary>
public sealed record SubjectLabel(string Text, string Subject, string? Default, string Origin);

/// <summary>A grade word (优秀) and the grade it states (优).</summary>
public sealed record GradeWord(string Word, string Grade);

/// <summary>A cue of the evaluated year: the text before and after a four-digit year, and its weight.</summary>
public sealed record YearCue(string Before, string After, int Weight, string Text)
{
    /// <summary>The cue counts only as the whole line (a table's （2023年度） under its title).</summary>
    public bool WholeLine { get; init; }

    /// <summary>The cue counts only right under a title line (财政项目支出绩效自评表 / 2020年度).</summary>
    public bool UnderTitle { get; init; }
}

/// <summary>A numbering form of headings: text before and after a numeral of the given kind.</summary>
public sealed record HeadingForm(string Before, NumeralKind Numeral, string After, int Level, string Text);

/// <summary>Kinds of numerals in heading forms.</summary>
public enum NumeralKind
{
    /// <summary>{汉字数}: 一 二 … 二十.</summary>
    Chinese,

    /// <summary>{数字}: 1–99.</summary>
    Arabic,

    /// <summary>{圈数}: ① ② ….</summary>
    Circled,
}

/// <summary>A narrative section and the words of its headings.</summary>
public sealed record SectionEntry(string Section, string Name, IReadOnlyList<string> Words)
{
    /// <summary>The document kinds the section belongs to (empty: every self-evaluation).</summary>
    public IReadOnlyList<DocumentKind> Kinds { get; init; } = [];

    /// <summary>
    /// Two words that name the section together when a heading has none of <see cref="Words"/> (资金…使用: 项目资金申报及使用情况),
    /// the second within a few characters of the first in the same clause.
    /// </summary>
    public IReadOnlyList<(string First, string Second)> Pairs { get; init; } = [];

    /// <summary>
    /// A section written as a list of items (存在的问题, 改进措施): a deeper numbered heading inside it is one of its items
    /// (三、改进措施 / 3.规范资金管理), not the heading of another section its words name, unless that section is a list too
    /// (四、存在的问题及改进措施 / （二）改进措施).
    /// </summary>
    public bool List { get; init; }

    /// <summary>True when a document of <paramref name="kind"/> has this section.</summary>
    public bool AppliesTo(DocumentKind kind) => Kinds.Count == 0 || Kinds.Contains(kind);
}

/// <summary>
/// A weighted cue of a document kind, in the title or in the body. A <paramref name="News"/> cue (其他 only) marks a news
/// item or notice about others' evaluation work: when such cues alone reach the threshold and 其他 wins, the document is
/// kept like a part of undecided kind (only a labelled unit and a title's year; the units, years and figures it names are
/// mostly those of the work it reports).
/// </summary>
public sealed record KindCue(DocumentKind Kind, string Text, bool InTitle, int Weight, bool News = false);

/// <summary>A table header cell and the column it heads (a field path or a column role such as weight, score, reason).</summary>
public sealed record HeaderCell(string Text, string Column);

/// <summary>A special table row (indicator total, budget total, fund source) and what its numbers are.</summary>
public sealed record RowEntry(string Row, IReadOnlyList<string> Labels, IReadOnlyList<string> Values);

/// <summary>An identity between a layout's columns: target = left op right (op is / or * or +).</summary>
public sealed record LayoutIdentity(string Target, string Left, char Operator, string Right, string Text);

/// <summary>The signature of a known table layout.</summary>
public sealed record TableLayout
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Cells after which the layout's values follow (総预算), or empty.</summary>
    public IReadOnlyList<string> Anchor { get; init; } = [];

    /// <summary>Lines after the anchor within which the value row must be.</summary>
    public int Within { get; init; } = 15;

    /// <summary>Column order of the value row after an anchor (null: a column not read).</summary>
    public IReadOnlyList<string?> Columns { get; init; } = [];

    /// <summary>Column order of a header this layout recognises (fields or column roles).</summary>
    public IReadOnlyList<string> Header { get; init; } = [];

    public IReadOnlyList<LayoutIdentity> Identities { get; init; } = [];

    /// <summary>Level-1 parts of a table of this layout (决策, 过程, 产出, 效益).</summary>
    public IReadOnlyList<string> Level1 { get; init; } = [];

    /// <summary>Keys of a key–value cover page (they end a value and are never values themselves).</summary>
    public IReadOnlyList<string> CoverKeys { get; init; } = [];

    public string Origin { get; init; } = string.Empty;
}

/// <summary>A list of named amounts (支出按功能分类：一般公共服务支出 523.39 万元；…).</summary>
public sealed record ListEntry(string List, IReadOnlyList<string> Leads, IReadOnlyList<string> ItemEndings, IReadOnlyList<string> Items);

/// <summary>A scoring framework recognised by marks of its table.</summary>
public sealed record FrameworkCue(string Framework, string Note, IReadOnlyList<string> Cues);

/// <summary>A caption that gives the unit of a table's bare numbers.</summary>
public sealed record TableUnitCue(string Text, string Unit);

/// <summary>Lines of page chrome and boilerplate.</summary>
public sealed record ChromeRules(IReadOnlyList<string> StartsWith, IReadOnlyList<string> Contains, IReadOnlyList<string> EqualTo)
{
    /// <summary>Words of a site's navigation bar (首页, 政务公开, 无障碍, 登录): a line made only of two or more of them is chrome.</summary>
    public IReadOnlyList<string> Navigation { get; init; } = [];

    /// <summary>
    /// Metadata labels whose value, when the page's cells come one a line (索引号 / 11500230…, 体裁分类 / 财政预算、决算), stands
    /// alone on the line under the label: that line is chrome too.
    /// </summary>
    public IReadOnlyList<string> ValueBelow { get; init; } = [];
}

/// <summary>
/// The importer's reading vocabulary (reading/*.yaml): labels and synonyms of every field, money
/// units, approximation marks, section headings, kind cues, table headers and layouts, page
/// chrome. Loaded and validated by <see cref="VocabularyLoader"/>; what varies between provinces
/// lives here, not in code.
/// </summary>
/// <summary>
/// Marks a plain word list of the reading vocabulary: its YAML key is the property's name in camelCase (AbbreviationMarks →
/// abbreviationMarks), and <see cref="VocabularyLoader"/> reads it with no code of its own — adding a word list is adding such a
/// property and its words in reading/*.yaml. Words are folded as every word of the vocabulary is (VocabularyLoader.Fold) and kept
/// once; <paramref name="longestFirst"/>: ordered longest first, so the longest match wins.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WordListAttribute(bool longestFirst = false) : Attribute
{
    public bool LongestFirst { get; } = longestFirst;
}

public sealed class ReadingVocabulary
{
    public IReadOnlyList<string> Files { get; init; } = [];

    public IReadOnlyList<MoneyUnit> MoneyUnits { get; init; } = [];

    public IReadOnlyList<string> ApproxBefore { get; init; } = [];

    public IReadOnlyList<string> ApproxAfter { get; init; } = [];

    public IReadOnlyList<string> Inequalities { get; init; } = [];

    /// <summary>Suffixes by role (rate: %, score: 分 …); amounts use <see cref="MoneyUnits"/>.</summary>
    public IReadOnlyDictionary<ValueRole, IReadOnlyList<string>> RoleSuffixes { get; init; } = new Dictionary<ValueRole, IReadOnlyList<string>>();

    public IReadOnlyList<FieldLabel> Labels { get; init; } = [];

    /// <summary>Field path → its Chinese name.</summary>
    public IReadOnlyDictionary<string, string> FieldNames { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<SubjectLabel> Subjects { get; init; } = [];

    public IReadOnlyList<ListEntry> Lists { get; init; } = [];
    [WordList]

    public IReadOnlyList<string> SubItemEndings { get; init; } = [];
    [WordList(longestFirst: true)]

    public IReadOnlyList<string> TotalSubjects { get; init; } = [];

    public IReadOnlyList<GradeWord> Grades { get; init; } = [];
    [WordList]

    public IReadOnlyList<string> GradeSuffixes { get; init; } = [];
    [WordList(longestFirst: true)]

    public IReadOnlyList<string> UnitSuffixes { get; init; } = [];
    [WordList]

    public IReadOnlyList<string> UnitStripPrefixes { get; init; } = [];
    [WordList]

    public IReadOnlyList<string> UnitQualifiers { get; init; } = [];

    /// <summary>Endings of a standing group's office (领导小组办公室): a body of its own, though its name holds nameNeverHolds' 领导小组.</summary>
    [WordList]
    public IReadOnlyList<string> NameOfficeEndings { get; init; } = [];

    /// <summary>Words opening a bracket after a unit's name that says what its figures include (（包含区棚改服务中心）), not its name.</summary>
    [WordList]
    public IReadOnlyList<string> UnitScopeLeads { get; init; } = [];

    /// <summary>Endings of a region's name (省, 市, 县 …): a title's subject that is only a region is no unit.</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> RegionSuffixes { get; init; } = [];

    /// <summary>Words after the issuing body in an official title (XX局关于印发…的通知).</summary>
    [WordList]
    public IReadOnlyList<string> UnitIssuerMarks { get; init; } = [];

    /// <summary>A word that ends a named project in a title (…照料中心项目绩效自评报告): the words before it are a project's name, not a unit.</summary>
    [WordList]
    public IReadOnlyList<string> ProjectNameMarks { get; init; } = [];

    /// <summary>
    /// Words that begin a fund named in a title (永州市统计局第四次全国经济普查专项资金绩效评价报告): when the words before them are
    /// no unit, the unit is the name at their start.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> TitleFundMarks { get; init; } = [];

    /// <summary>Endings of a fund's name in a title without a year (某某县交通运输局农村公路养护资金绩效自评报告): the unit is the name at its start.</summary>
    [WordList]
    public IReadOnlyList<string> TitleFundEndings { get; init; } = [];

    /// <summary>
    /// Labels that open each item of a report going through its projects one by one ((1)项目名称:… / (2)项目名称:…): the figures
    /// from the first item on are the items', not the report's.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> ItemisedProjectLabels { get; init; } = [];

    /// <summary>
    /// Words that number one of several items followed by a colon (项目1:编辑出版工作经费,项目预算15万元,…): the sentence's figures
    /// are that item's, not the document's.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> NumberedItemWords { get; init; } = [];

    /// <summary>Words pointing at the project a report is about (该项目支出4.37万元, 本项目支出…): its spending, like a bare 项目支出.</summary>
    [WordList]
    public IReadOnlyList<string> ProjectDemonstratives { get; init; } = [];

    /// <summary>
    /// What follows a unit's name where the overview opens with the unit describing itself (某某县统计局是…, …成立于1951年,
    /// 某某乡人民政府内设…): the name is the unit, the weakest source.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> SelfDescriptionVerbs { get; init; } = [];

    /// <summary>
    /// Words by which the text gives its own full name after what it calls itself (我单位全称为某某县某某中心): the name after them
    /// is the unit.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> FullNameWords { get; init; } = [];

    /// <summary>
    /// The date labels of a page's byline under its title (湖南省审计厅 sjt.hunan.gov.cn 时间:2019年06月27日 …): a line holding one,
    /// a colon and a year names the site and the date, not the report's author, and the author line may follow it.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> BylineDateLabels { get; init; } = [];

    /// <summary>
    /// The marks that number the parts of final accounts or a budget (第一部分 …): lines opening with one and the same unit name it;
    /// before a candidate name the mark is no part of it.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> PartMarks { get; init; } = [];

    /// <summary>
    /// Budget labels that may open the name of a part's work after 其中 (其中:预算绩效评价55万元,预算编制与结算24万元): followed by
    /// words before its amount, such a label names that part, never the budget.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> PartWorkLabels { get; init; } = [];

    /// <summary>
    /// Words of a debt issued by a government (江苏省政府专项债券项目绩效自评价报告): the government a title names right before
    /// them issued the bond; it is not the unit that evaluates the project.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> TitleBondMarks { get; init; } = [];

    /// <summary>
    /// Words before the short name a text gives itself (山东省红十字会(以下简称“省红十字会”)): figures the text states under that
    /// short name are its own, not a part's.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> AbbreviationMarks { get; init; } = [];

    /// <summary>Phrases that begin with a project-name mark but name the kind (项目支出).</summary>
    [WordList]
    public IReadOnlyList<string> ProjectKindWords { get; init; } = [];

    /// <summary>Works done on a facility (提升改造, 建设 …): a name followed by one is the project's object, not a unit.</summary>
    [WordList]
    public IReadOnlyList<string> ProjectWorkWords { get; init; } = [];

    /// <summary>Words that may follow a unit's name in a title before the kind (XX学院预算绩效管理办法).</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> UnitTrailingWords { get; init; } = [];

    /// <summary>Endings of the smallest regions whose government is itself a budget department (乡, 镇).</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> TownSuffixes { get; init; } = [];

    /// <summary>Words that end like a town and are none (城乡, 乡镇, 全镇 …): never a town's name read from running text.</summary>
    [WordList]
    public IReadOnlyList<string> TownLikeWords { get; init; } = [];

    /// <summary>
    /// Words of places that begin with a unit's ending (社区 with 社, 园区 with 园): a name cut inside one (某某镇某某社|区…)
    /// names no unit.
    /// </summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> PlaceWords { get; init; } = [];

    /// <summary>Endings of the finance body that publishes a region's transfer-payment reports (财政局): a page publisher so
    /// ending is the transfer report's unit only where the text names it acting.</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> FiscalPublishers { get; init; } = [];

    /// <summary>
    /// Marks around the body that commissioned an evaluation (受…委托: 某某事务所受某某县财政局委托…): the page's publisher
    /// named so commissioned the report and is not the unit evaluated.
    /// </summary>
    public IReadOnlyList<(string Lead, string Tail)> CommissionMarks { get; init; } = [];

    /// <summary>
    /// The endings of a region's committee of a national body (中国共产主义青年团 + 某某区委员会): a national body's name read alone
    /// is the one such committee the text names right after it.
    /// </summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> RegionalCommitteeEndings { get; init; } = [];

    /// <summary>
    /// The names of national bodies that open a regional body's name before its region (中国共产主义青年团 + 南宁市西乡塘区委员会,
    /// 中共 + 甘肃省委党史研究室): such a name is led by the region after them.
    /// </summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> NationalBodyPrefixes { get; init; } = [];

    /// <summary>Words that make a town's name the name of its government (田心乡 + 人民政府).</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> TownGovernmentWords { get; init; } = [];

    /// <summary>How a street's name ends (董家窑街道): a unit read as a street alone is its office (streetGovernmentWords).</summary>
    [WordList]
    public IReadOnlyList<string> StreetSuffixes { get; init; } = [];

    /// <summary>The words after a street's name that name its office (董家窑街道办事处).</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> StreetGovernmentWords { get; init; } = [];

    /// <summary>
    /// How a government's name ends (某某市人民政府, 江苏省政府): above a town's, the authority that decides, never a sentence's
    /// subject reporting on its own work.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> GovernmentEndings { get; init; } = [];

    /// <summary>How a unit calls itself (我处, 我局 …): 我 or 本 followed by the ending of its own name.</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> SelfReferences { get; init; } = [];

    /// <summary>The verb of a self-evaluation (进行了绩效自评): the name opening its clause (XX对…进行了绩效自评) is the unit.</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> SelfEvaluationVerbs { get; init; } = [];

    /// <summary>
    /// The verb of an evaluation a body carried out on its own work (池州市人社局对2022年度城乡居保市级补贴使用情况开展了财政绩效
    /// 评价工作): for the unit only, read like <see cref="SelfEvaluationVerbs"/>, never a finance bureau's (fiscalPublishers: it
    /// evaluates others) and never a cue of the document's kind.
    /// </summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> EvaluatorVerbs { get; init; } = [];

    /// <summary>Words a unit calls itself by that end in no part of its name (我单位, 本部门); with <see cref="SelfReferences"/>
    /// they pair with the unit's name in brackets (我单位（某某县林业局）, 某某县林业局（以下简称“我局”）).</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> SelfNames { get; init; } = [];

    /// <summary>Headings that open a transfer report's outline (绩效目标分解下达情况): numbered below a level-1 heading, the report is in parts.</summary>
    [WordList]
    public IReadOnlyList<string> PartOutlineHeadings { get; init; } = [];

    /// <summary>Words that open one of several enumerated parts (一是, 二是 …): an item named after one states that part's figures.</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> PartLeads { get; init; } = [];

    /// <summary>Endings of an enumerated part's name besides items' and units' (用于其他教育管理事务支出).</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> PartNameEndings { get; init; } = [];

    /// <summary>Words naming money received (到位资金): its amount is the budget only when the stated rate confirms it.</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> ReceivedWords { get; init; } = [];

    /// <summary>Header cells of a row-number column (行次): in such a table a row's first whole number is its number, not an amount.</summary>
    [WordList]
    public IReadOnlyList<string> RowNumberHeaders { get; init; } = [];

    /// <summary>Words of the period before a header cell's known label (全年实际支出数 → 实际支出数): the same column.</summary>
    [WordList]
    public IReadOnlyList<string> HeaderQualifiers { get; init; } = [];

    /// <summary>Words after a header cell's known label that say nothing more (年初预算安排数 → 年初预算, 执行金额数 → 执行金额).</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> HeaderFillers { get; init; } = [];

    /// <summary>Batches of one fund's allocation (第一批, 第二批 …): like levels, several batches and no total are parts.</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> AllocationBatches { get; init; } = [];

    /// <summary>
    /// Budget labels of one allocation received (下达我市, 中央下达, 收到上级 …): several different allocations so stated, none
    /// the total of the others, and no total stated are parts, none of them the budget.
    /// </summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> AllocationLabels { get; init; } = [];

    /// <summary>Words leading a clause (根据, 按照 …): a wrapped line that opens with one before a quoted title is prose, not a title.</summary>
    [WordList]
    public IReadOnlyList<string> ClauseOpenings { get; init; } = [];

    /// <summary>Endings of an amount label that names a figure (数, 额): keyed to a bare cell under a stated table unit it gives that amount.</summary>
    [WordList]
    public IReadOnlyList<string> FigureLabelEndings { get; init; } = [];

    /// <summary>Words naming a use of the money (用于): a budget label's amount after one is the share of that use.</summary>
    [WordList]
    public IReadOnlyList<string> UseWords { get; init; } = [];

    /// <summary>Words of money spent (支出, 执行, 决算): between a budget label and its amount they make it the money spent.</summary>
    [WordList]
    public IReadOnlyList<string> SpentWords { get; init; } = [];

    /// <summary>Words of spending (支出, 使用, 拨付 …): a total or a sum in a sentence that names one is spending, not a budget.</summary>
    [WordList]
    public IReadOnlyList<string> SpendingWords { get; init; } = [];

    /// <summary>Words of income and balances (收入, 结余, 结转): with spendingWords, a sum's words that make it no budget total.</summary>
    [WordList]
    public IReadOnlyList<string> IncomeWords { get; init; } = [];

    /// <summary>Words of a total (合计, 共计, 总计): a budget or spending label right after one states the whole.</summary>
    [WordList]
    public IReadOnlyList<string> TotalWords { get; init; } = [];

    /// <summary>Weaker total words (共), read as a total only when one of its parts was read as the budget.</summary>
    [WordList]
    public IReadOnlyList<string> PartTotalWords { get; init; } = [];

    /// <summary>Allocation labels after which the receiving region's name is skipped before the gap (下达霍山县…资金93.61万元).</summary>
    [WordList]
    public IReadOnlyList<string> RecipientLabels { get; init; } = [];

    /// <summary>Words of matching money (配套, 自筹): a transfer report's budget label whose amount is so named is a level's own share, not the transfer's budget.</summary>
    [WordList]
    public IReadOnlyList<string> MatchingWords { get; init; } = [];

    /// <summary>Words of an addition to a budget (追加): beside a budget part in a bracket, that part is the budget first set.</summary>
    [WordList]
    public IReadOnlyList<string> AddedWords { get; init; } = [];

    /// <summary>
    /// Words dating money to the year's start (年初): a budget read from a label of the year's money in a sentence that names
    /// one of these before its label and then an addition (2023年初我局申请预算资金2000万元,年底追加预算资金1000万元) is the initial budget.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> InitialTimeWords { get; init; } = [];

    /// <summary>Words of a standard per head or per piece (标准, 每人, 人均 …) between a money label and its amount: the amount is a rate, not money of the year.</summary>
    [WordList]
    public IReadOnlyList<string> StandardWords { get; init; } = [];

    /// <summary>Marks of a comparison (比, 较) a few characters before a budget label (比同口径预算安排的7.2万元): the amount is the reference compared with, never the budget.</summary>
    [WordList]
    public IReadOnlyList<string> ComparisonMarks { get; init; } = [];

    /// <summary>Words a comparison mark is only part of (比例, 占比, 对比 …): no comparison.</summary>
    [WordList]
    public IReadOnlyList<string> ComparisonMarkWords { get; init; } = [];

    /// <summary>Words of a change to a budget right after its label (预算调减0.695万元): the amount is the change, never the budget.</summary>
    [WordList]
    public IReadOnlyList<string> BudgetChangeWords { get; init; } = [];

    /// <summary>
    /// Words naming money a budget set (预算安排, 预算资金), unlike money passed down (下达): before the first amount of a budget
    /// changed in its sentence, that amount is the initial budget.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> BudgetSetWords { get; init; } = [];

    /// <summary>
    /// The two totals of a final account that balance (收入总计, 支出总计): a spending total stated in a sentence right after
    /// the other with the same amount is that balance, not the year's spending.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> BalanceTotals { get; init; } = [];

    /// <summary>The change words of <see cref="BudgetChangeWords"/> that take money away (调减, 核减): the change is subtracted.</summary>
    [WordList]
    public IReadOnlyList<string> BudgetDecreaseWords { get; init; } = [];

    /// <summary>
    /// Words of an indicator's target or actual value (目标值, 完成值): a score stated in the same clause run after them
    /// (…年初目标值≥90%,实际完成值≥90%,自评得分20分;) is that indicator's, not the document's.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> IndicatorValueWords { get; init; } = [];

    /// <summary>
    /// Words opening a breakdown (其中, 包括): between a money label and its amount (下达各市,包括发展资金18377万元) they make the
    /// amount one of the parts, never the whole.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> BreakdownWords { get; init; } = [];

    /// <summary>
    /// Words of a score label that name the whole (综合得分, 总得分, 得分合计): after parts' scores listed under another label in
    /// the same sentence (产出指标自评得分50分、效益指标自评得分30分，综合得分100分), such a score is the document's.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> TotalScoreWords { get; init; } = [];

    /// <summary>
    /// A text speaking as a region (我市, 我县 …: 我 and the region's ending): a page's publisher whose name holds no such ending
    /// (来源 某某县某某镇政府 over 我市对…进行了绩效自评) reposted another's document and is not its unit.
    /// </summary>
    public IReadOnlyList<string> RegionSelfReferences { get; init; } = [];

    /// <summary>
    /// Region self-references that every body below the region also speaks with (我省: a district's notice says 对照我省区域绩效目标):
    /// they say nothing against a publisher of a lower level.
    /// </summary>
    public IReadOnlyList<string> SharedRegionSelfReferences { get; init; } = [];

    /// <summary>Words naming the whole unit (部门): in a project's document a money label right after one (部门预算总计…) is the unit's money, not the project's.</summary>
    [WordList]
    public IReadOnlyList<string> WholeUnitWords { get; init; } = [];

    /// <summary>Endings of a fund's name (资金, 经费): a spending word followed by words so ending (事业支出专项资金) is part of the name.</summary>
    [WordList]
    public IReadOnlyList<string> FundNameEndings { get; init; } = [];

    /// <summary>
    /// Words a heading ends in (情况, 概况): in a run-together copy, the words after a heading's number up to the last of these
    /// are the heading glued to the sentence (二、部门整体支出管理及使用情况2023年全年预算数为…), not an item's name.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> GluedHeadingEndings { get; init; } = [];

    /// <summary>Labels of a form's date (填报日期): a year right after one (填报日期:2022 年 8 月) dates the form, not a figure.</summary>
    [WordList]
    public IReadOnlyList<string> DateLabels { get; init; } = [];

    /// <summary>Marks right before a whole date that make it a cutoff (截至2022年6月30日): the figures after it are counted to that day.</summary>
    [WordList]
    public IReadOnlyList<string> DateCutoffMarks { get; init; } = [];

    /// <summary>Words of a goal set (目标, 力争, 确保): a rate in a clause that names one before it is a target, not the rate achieved.</summary>
    [WordList]
    public IReadOnlyList<string> GoalWords { get; init; } = [];

    /// <summary>Levels of government that allocate money (中央, 省级, 市县 …): several levels' allocations without a total are parts.</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> FundSources { get; init; } = [];

    /// <summary>Words that open a clause, never a unit's name (根据县财政局… is a clause, not the unit 根据县财政局).</summary>
    [WordList]
    public IReadOnlyList<string> NameNeverStarts { get; init; } = [];

    /// <summary>Words a unit's name never holds anywhere (根据, 报告): a name read with them is a sentence's words run on.</summary>
    [WordList]
    public IReadOnlyList<string> NameNeverHolds { get; init; } = [];

    /// <summary>Words joining two names (和, 与, 及): a name cut from running text that opens with one and goes on with a
    /// region-led unit (…)和某某市城市执法局《…》) is the second of two names, not a clause's subject.</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> NameJoiners { get; init; } = [];

    /// <summary>Endings of a shared document's file name (.docx, .pdf): a document-sharing page quotes it (《…2022年度…自评表.docx》由会员分享).</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> SharedFileExtensions { get; init; } = [];

    /// <summary>A self-evaluation done, written without 对 (组织开展了…绩效自评): the name opening the clause before it is the unit.</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> SelfEvaluationActs { get; init; } = [];

    /// <summary>How an official letter's title ends (关于…的报告): the name alone on the line below it is its addressee (主送机关), not its writer.</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> LetterTitleEndings { get; init; } = [];

    /// <summary>A site banner's greeting (欢迎进入, 欢迎来到) before the site owner's name.</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> SiteGreetings { get; init; } = [];

    /// <summary>What ends a site banner after the owner's name (网站, 门户网站).</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> SiteNameEndings { get; init; } = [];

    /// <summary>
    /// Endings of an internal division's name (处, 科, 股, 室): a page's publisher (来源, 发布机构) whose name ends so after its
    /// parent body's name or only the parent's ending (来源:某某市财政局预算科, 来源:厅公共服务处) is the office that posted the
    /// page, never the evaluated unit.
    /// </summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> DivisionEndings { get; init; } = [];

    /// <summary>Endings of bodies whose internal parts are divisions (局, 厅 …): 某某局 + 综合股 is that 局's division.</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> DivisionParents { get; init; } = [];

    /// <summary>Endings only a division's name has (a firm's 分所, the collective 处室): 河南分所, 财政处室 are never the evaluated unit.</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> DivisionOnlyEndings { get; init; } = [];

    /// <summary>Seal marks written right after a cover label ((公章), (盖章)): 主管部门(公章):XX is the label 主管部门.</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> LabelSealMarks { get; init; } = [];

    /// <summary>
    /// Words opening a clause that may stand between a self-evaluator's name and 对 (在…基础上，, 成立…工作专班，): 某某局成立
    /// 自评小组，对…进行了绩效自评 names 某某局.
    /// </summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> SelfEvaluationPreludes { get; init; } = [];

    /// <summary>What separates a breadcrumb's steps (首页 >> 部门信息公开 >> 某某县交通运输局 >> 正文).</summary>
    [WordList(longestFirst: true)]
    public IReadOnlyList<string> BreadcrumbSeparators { get; init; } = [];

    public IReadOnlyList<YearCue> YearCues { get; init; } = [];

    /// <summary>Years written masked (20xx, 20××): a sample's or template's text, whose file name's year is no evaluated year.</summary>
    [WordList]
    public IReadOnlyList<string> MaskedYears { get; init; } = [];

    /// <summary>Masks of a region's name in samples (XX in XX市红十字会): a unit the text so writes is withheld, none is read.</summary>
    [WordList]
    public IReadOnlyList<string> MaskedRegionMarks { get; init; } = [];

    /// <summary>Labels of a page's publication date (时间, 发布日期): no year after the page's is the one evaluated.</summary>
    [WordList]
    public IReadOnlyList<string> PublicationDateLabels { get; init; } = [];

    /// <summary>Leads of a form's note (注:): how to fill the form in, whose years are no evaluated year.</summary>
    [WordList]
    public IReadOnlyList<string> FormNoteLeads { get; init; } = [];

    public int TitleYearWeight { get; init; } = 10;

    /// <summary>The least weight of the year a part of undecided kind keeps (a news item keeps only a title's, <see cref="TitleYearWeight"/>).</summary>
    public int UndecidedYearWeight { get; init; } = 10;

    /// <summary>Labels of a form's own year cell (年度: | 2023 |: a line that is only the label and a year).</summary>
    [WordList]
    public IReadOnlyList<string> YearCellLabels { get; init; } = [];

    public IReadOnlyList<HeadingForm> HeadingForms { get; init; } = [];

    public IReadOnlyList<SectionEntry> Sections { get; init; } = [];

    public IReadOnlyList<KindCue> KindCues { get; init; } = [];

    public int KindThreshold { get; init; } = 4;

    /// <summary>
    /// The threshold for a text that states it carried out a self-evaluation (<see cref="SelfEvaluationVerbs"/>: 开展了绩效自评,
    /// 进行了自评 …): such a statement is evidence of its own, so the kind's cues may weigh this much (kinds.yaml
    /// selfEvaluationActThreshold; by default <see cref="KindThreshold"/>).
    /// </summary>
    public int? SelfEvaluationActThreshold { get; init; }

    /// <summary>Generic title cues of a report (自评报告): a department report read from these alone whose title names a subject is that subject's report.</summary>
    [WordList]
    public IReadOnlyList<string> GenericReportCues { get; init; } = [];

    /// <summary>
    /// A body's self-name by an ending (我所) whose ending the title does not hold (市政处关于…项目支出绩效评价报告): another body
    /// speaks, an outside firm's evaluation: the voice's own 其他 cue (kinds.yaml) counts twice.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> OutsideVoices { get; init; } = [];

    /// <summary>
    /// A title opening with a finance body (fiscalPublishers) that names a fund (fundNameEndings) and then one of these
    /// (评价) but none of <see cref="SelfEvaluationTitleWords"/>: the finance body's evaluation of a fund, weighed as 财政评价.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> FinanceEvaluationWords { get; init; } = [];

    /// <summary>
    /// Words right after a finance body's name in a title by which it reports about something (仪陇县财政局关于…项目绩效评价报告):
    /// what follows need not be a fund for the title to be the finance body's evaluation.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> FinanceEvaluationLeads { get; init; } = [];

    /// <summary>Words by which a title calls itself a self-evaluation (自评).</summary>
    [WordList]
    public IReadOnlyList<string> SelfEvaluationTitleWords { get; init; } = [];

    /// <summary>The words that end a title's subject (绩效, 自评, 评价: 2018裕安区美丽乡村建设自评报告).</summary>
    [WordList]
    public IReadOnlyList<string> SubjectEndWords { get; init; } = [];

    /// <summary>Words a title's subject may end with that name no subject (预算, 部门, 使用 in 2024年度部门预算绩效自评报告).</summary>
    [WordList]
    public IReadOnlyList<string> SubjectTrailingWords { get; init; } = [];

    /// <summary>
    /// The lowest figure a document's total score can be (totalScoreFloor): a score label with less (…稳中有升。(自评得分5分)) states an
    /// indicator's or an item's points. 0: every score is kept.
    /// </summary>
    public int TotalScoreFloor { get; init; }

    /// <summary>Words one of which a title line contains (报告, 自评表 …).</summary>
    public IReadOnlyList<string> TitleWords { get; init; } = [];

    /// <summary>
    /// Words that name a document only at its opening (评价情况): a line with one of them is read as the title of the part it
    /// opens, but starts no new document inside a file, where it is as likely a heading that lost its number.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> OpeningTitleWords { get; init; } = [];

    /// <summary>Marks of an essay site's compilation title after a count (精选6篇), whose words are the site's category, not the document's.</summary>
    [WordList]
    public IReadOnlyList<string> CompilationMarks { get; init; } = [];

    /// <summary>Words of an essay site's template title (范文, 模板): a unit it names without its region is a kind of unit, not one.</summary>
    [WordList]
    public IReadOnlyList<string> TemplateTitleWords { get; init; } = [];

    /// <summary>Marks of a sample's number at a title's end (篇 in …自评报告 篇1): the title is an essay site's sample.</summary>
    [WordList]
    public IReadOnlyList<string> SampleEndMarks { get; init; } = [];

    /// <summary>
    /// Words of what was done or judged (执行, 完成, 得分, 实际 …): a text without a title read as a table of some kind that holds
    /// none of them is a goal table set before the year (项目支出绩效目标申报表), 其他.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> ActualWords { get; init; } = [];

    /// <summary>
    /// Words of a title naming a table that a self-evaluation's next table or report completes (基础数据表, Hunan's 附件1 before
    /// 附件2 部门整体支出绩效自评表): the title right after it starts no new document.
    /// </summary>
    [WordList]
    public IReadOnlyList<string> CompanionTitleWords { get; init; } = [];

    /// <summary>Words saying a body was founded (成立, 挂牌): a sentence opening with a name and 于 and a year that says so names the unit.</summary>
    [WordList]
    public IReadOnlyList<string> FoundingWords { get; init; } = [];

    /// <summary>Prefixes of titles of tables appended to the same document (附表).</summary>
    [WordList]
    public IReadOnlyList<string> AppendixPrefixes { get; init; } = [];

    /// <summary>Words that name an attached file (附件): a line 附件2:XX报告.pdf links to another document, and a list of
    /// numbered ones (附件1./附件2.) names documents attached elsewhere.</summary>
    [WordList]
    public IReadOnlyList<string> AttachmentWords { get; init; } = [];

    /// <summary>Lines that open a table of contents (目录): the heading lines after it are its entries, not sections.</summary>
    public IReadOnlyList<string> ContentsWords { get; init; } = [];

    /// <summary>Words ending the heading of a list of the documents that follow (自评表清单): the first title after it is the same document's.</summary>
    public IReadOnlyList<string> ListWords { get; init; } = [];

    /// <summary>Prefixes of lines that end a narrative section (附表, 附件: an attached table or file follows).</summary>
    [WordList]
    public IReadOnlyList<string> SectionEndPrefixes { get; init; } = [];

    /// <summary>Words right before a number that make it the maximum, not the score (满分100分).</summary>
    [WordList]
    public IReadOnlyList<string> MaximumWords { get; init; } = [];

    /// <summary>Marks between a label and a number after which the label has no value (…的通知》: a cited title ended).</summary>
    [WordList]
    public IReadOnlyList<string> ValueStops { get; init; } = [];

    /// <summary>Words naming the currency right before an amount (项目资金为人民币324.11万元): not counted in a label's gap.</summary>
    [WordList]
    public IReadOnlyList<string> CurrencyWords { get; init; } = [];

    /// <summary>Marks around the name an opening sentence gives its document (现将…如下), read as the title when there is none.</summary>
    public IReadOnlyList<(string Lead, string Tail)> OpeningTitleMarks { get; init; } = [];

    /// <summary>Marks around the subject of a commissioning notice an opening sentence cites (关于开展…的通知).</summary>
    public IReadOnlyList<(string Lead, string Tail)> OpeningNoticeMarks { get; init; } = [];

    /// <summary>Words by which an opening sentence names its document a report (形成本评价报告, 现将…汇报如下).</summary>
    [WordList]
    public IReadOnlyList<string> OpeningReportWords { get; init; } = [];

    /// <summary>
    /// Marks around what an untitled document's opening says was evaluated (我局对2017年度道路清扫保洁项目资金实施了绩效评价,形成本报告如下):
    /// with 绩效 right after the tail and one of <see cref="OpeningReportWords"/> later in the sentence, the subject followed by
    /// 绩效评价报告 is read as the title when it tells one kind before any other.
    /// </summary>
    public IReadOnlyList<(string Lead, string Tail)> OpeningSubjectMarks { get; init; } = [];

    /// <summary>Words one of which opens what follows an opening subject mark (绩效: 开展了专项检查 is no evaluation).</summary>
    [WordList]
    public IReadOnlyList<string> OpeningSubjectWords { get; init; } = [];

    /// <summary>What an opening's evaluated subject is followed by to be read as the title (绩效评价报告); empty: the rule is off.</summary>
    public string OpeningSubjectTitle { get; init; } = string.Empty;

    /// <summary>
    /// What follows an opening mark whose tail names the evaluation itself (开展了…绩效自评) to make the title (报告: 2024年度部门
    /// 绩效自评报告); empty: such marks give no title.
    /// </summary>
    public string OpeningActTitleEnding { get; init; } = string.Empty;

    /// <summary>
    /// Marks of an essay site's numbered sample (…自评报告的重要性及应用【第二篇】: a count between the lead and the tail, ending the
    /// line, perhaps in brackets): such a line whose title cues reach kindThreshold starts a document of its own.
    /// </summary>
    public IReadOnlyList<(string Lead, string Tail)> SampleMarks { get; init; } = [];

    public IReadOnlyList<HeaderCell> HeaderCells { get; init; } = [];

    public IReadOnlyList<RowEntry> Rows { get; init; } = [];
    [WordList]

    public IReadOnlyList<string> Level1Names { get; init; } = [];

    public IReadOnlyList<TableUnitCue> TableUnitCues { get; init; } = [];

    public IReadOnlyList<TableLayout> Layouts { get; init; } = [];

    public IReadOnlyList<FrameworkCue> FrameworkCues { get; init; } = [];

    public ChromeRules Chrome { get; init; } = new([], [], []);

    /// <summary>Labels of every row entry of the given kind.</summary>
    public IEnumerable<string> RowLabels(string row) => Rows.Where(r => r.Row == row).SelectMany(r => r.Labels);

    /// <summary>The cover keys of every key–value layout.</summary>
    public IEnumerable<string> CoverKeys => Layouts.SelectMany(l => l.CoverKeys);
}
