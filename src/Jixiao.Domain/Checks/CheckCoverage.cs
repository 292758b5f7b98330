namespace Jixiao.Domain.Checks;

/// <summary>核查范围 (what a run could check): a check family and whether it ran, with what it looked at or why it could not.</summary>
/// <param name="Family">Stable key (<c>sums</c>, <c>rates</c> …, see <see cref="CheckFamilies"/>).</param>
/// <param name="Ran">True when the family had the figures it needs and ran.</param>
/// <param name="Text">What it looked at (ran) or, in Chinese, why it could not run (e.g. <c>未读取到预算数据，未核查执行率</c>).</param>
public sealed record CoverageItem(string Family, bool Ran, string Text)
{
    public string Name => CheckFamilies.Name(Family);
}

/// <summary>Overall verdict of a run on one document.</summary>
public enum CoverageStatus
{
    /// <summary>未能核查: nothing checkable was read; the absence of findings means nothing.</summary>
    NothingChecked,

    /// <summary>部分核查: some families ran, others could not.</summary>
    Partly,

    /// <summary>已核查: every family ran.</summary>
    Fully,
}

/// <summary>The families of DOMAIN §11 and their Chinese names.</summary>
public static class CheckFamilies
{
    public const string Sums = "sums";
    public const string Rates = "rates";
    public const string Scores = "scores";
    public const string Rescore = "rescore";
    public const string Grade = "grade";
    public const string Explanations = "explanations";
    public const string Monitoring = "monitoring";
    public const string Lint = "lint";
    public const string Text = "text";
    public const string Recycled = "recycled";

    /// <summary>Families in the order they are reported.</summary>
    public static IReadOnlyList<string> All { get; } = [Sums, Rates, Scores, Rescore, Grade, Explanations, Monitoring, Lint, Text, Recycled];

    public static string Name(string family) => family switch
    {
        Sums => "合计关系",
        Rates => "执行率",
        Scores => "得分与分值",
        Rescore => "按评分表重算",
        Grade => "评价等级",
        Explanations => "未达标说明",
        Monitoring => "年终监控预警",
        Lint => "指标质量",
        Text => "文中数字与表述",
        Recycled => "套用文字",
        _ => family,
    };

    public static string Name(this CoverageStatus status) => status switch
    {
        CoverageStatus.NothingChecked => "未能核查",
        CoverageStatus.Partly => "部分核查",
        CoverageStatus.Fully => "已核查",
    };
}

/// <summary>What one run of the checks covered: every family, ran or not, in <see cref="CheckFamilies.All"/> order.</summary>
public sealed record CheckCoverage(IReadOnlyList<CoverageItem> Items)
{
    public IEnumerable<CoverageItem> Ran => Items.Where(i => i.Ran);

    public IEnumerable<CoverageItem> NotRun => Items.Where(i => !i.Ran);

    /// <summary>
    /// 未能核查 when no family that reads the document's own figures ran (套用文字 compares documents and
    /// does not count: a document of which nothing was read is not "checked" because its text was compared).
    /// </summary>
    public CoverageStatus Status =>
        !Items.Any(i => i.Ran && i.Family != CheckFamilies.Recycled) ? CoverageStatus.NothingChecked
        : Items.All(i => i.Ran) ? CoverageStatus.Fully
        : CoverageStatus.Partly;

    /// <summary>The same coverage with one family replaced (or added): e.g. 套用文字, known only to a run over several documents.</summary>
    public CheckCoverage With(CoverageItem item)
    {
        var items = Items.Where(i => i.Family != item.Family).Append(item).ToList();
        return new CheckCoverage([.. items.OrderBy(i => Order(i.Family))]);
    }

    /// <summary>
    /// The sentence a reviewer reads instead of a bare "no problems": 未能核查 never says 未发现问题; a partial run
    /// says the absence of findings holds only for what was checked.
    /// </summary>
    public string Verdict(int findings) => Status switch
    {
        CoverageStatus.NothingChecked => "未能核查：未从该文档读取到可核查的数字（预算、执行数、得分、指标或正文数字），没有发现不等于没有问题。",
        CoverageStatus.Partly when findings == 0 => "在已核查的范围内未发现问题（未核查的项目见上）。",
        CoverageStatus.Fully when findings == 0 => "未发现问题。",
        _ => $"发现 {findings.ToString(System.Globalization.CultureInfo.InvariantCulture)} 处，见下表。",
    };

    private static int Order(string family)
    {
        for (var i = 0; i < CheckFamilies.All.Count; i++)
        {
            if (CheckFamilies.All[i] == family)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}

/// <summary>The findings of one run and what it could check.</summary>
public sealed record CheckReport(IReadOnlyList<Finding> Findings, CheckCoverage Coverage);
