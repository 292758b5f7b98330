using System.Globalization;
using Jixiao.Domain.Yaml;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Domain.Goals;

/// <summary>A first-level class of the goal form with the second-level classes it allows.</summary>
public sealed record GoalLevel(string Name, IReadOnlyList<string> Level2);

/// <summary>
/// Goal settings of a framework (<c>settings.goals</c>, docs/framework-format.md): the indicator tree of the goal form
/// (the 2021 national form with 成本指标 as a first level, or the older forms with 成本 under 产出), which classes are
/// required, whether duplicate third-level names are refused, and the word lists of the goal checks.
/// </summary>
public sealed record GoalSettings
{
    /// <summary>The older national tree (成本 under 产出); 成本指标 as a first level is accepted too but not required.</summary>
    public static IReadOnlyList<GoalLevel> DefaultLevels { get; } =
    [
        new("产出指标", ["数量指标", "质量指标", "时效指标", "成本指标"]),
        new("效益指标", ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]),
        new("满意度指标", ["服务对象满意度指标"]),
        new("成本指标", ["经济成本指标", "社会成本指标", "生态环境成本指标"]),
    ];

    /// <summary>一级 → allowed 二级. An indicator outside the tree is a finding.</summary>
    public IReadOnlyList<GoalLevel> Levels { get; init; } = DefaultLevels;

    /// <summary>Classes every indicator table must contain: <c>产出指标</c> or <c>产出指标/数量指标</c>.</summary>
    public IReadOnlyList<string> Required { get; init; } = ["产出指标", "效益指标"];

    /// <summary>Classes that are cost classes (a 成本 target is an upper bound: ≥ is wrong, it may not exceed its 预算支出标准).</summary>
    public IReadOnlyList<string> CostClasses { get; init; } = ["成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标"];

    /// <summary>Some provinces allow the same third-level name twice in one table; refused by default.</summary>
    public bool AllowDuplicateNames { get; init; }

    /// <summary>Words that make a 数量 indicator a spending or payment rate (invalid as a quantity).</summary>
    public IReadOnlyList<string> SpendingRateWords { get; init; } =
        ["支出率", "支付率", "执行率", "拨付率", "资金到位率", "付款率", "使用率", "支出进度", "支付进度", "资金执行"];

    /// <summary>
    /// Words a third-level name (or its unit) should show to fit its second level; a class without cues is not checked.
    /// </summary>
    public IReadOnlyList<GoalLevel> Level2Cues { get; init; } =
    [
        new("时效指标", ["及时", "时限", "按时", "按期", "时间", "期限", "天", "日", "月", "年底", "年内", "前", "进度", "周期", "时效"]),
        new("成本指标", ["成本", "费用", "经费", "单价", "标准", "资金", "预算", "元", "造价", "支出"]),
        new("满意度指标", ["满意"]),
        new("服务对象满意度指标", ["满意"]),
    ];

    /// <summary>Same class name, with or without the trailing 指标 (数量 = 数量指标).</summary>
    public static bool SameClass(string? a, string? b) => string.Equals(Stem(a), Stem(b), StringComparison.Ordinal);

    public static string Stem(string? name)
    {
        var t = (name ?? string.Empty).Trim();
        return t.EndsWith("指标", StringComparison.Ordinal) ? t[..^2] : t;
    }

    public GoalLevel? Level1(string name) => Levels.FirstOrDefault(l => SameClass(l.Name, name));

    public bool IsCost(string level1, string level2) => CostClasses.Any(c => SameClass(c, level1) || SameClass(c, level2));

    public IReadOnlyList<string> CuesFor(string level1, string level2) =>
        Level2Cues.FirstOrDefault(c => SameClass(c.Name, level2))?.Level2
        ?? (string.IsNullOrWhiteSpace(level2) ? Level2Cues.FirstOrDefault(c => SameClass(c.Name, level1))?.Level2 : null)
        ?? [];
}

/// <summary>Reads <c>settings.goals</c> of a framework file.</summary>
internal static class GoalSettingsReader
{
    public static GoalSettings Read(YamlNode? node, List<DomainError> errors)
    {
        var d = new GoalSettings();
        var map = YamlMap.From(node, "settings.goals", errors, required: false);
        if (map is null)
        {
            return d;
        }

        var levels = ReadLevels(map, "levels", errors) ?? d.Levels;
        var cues = ReadLevels(map, "level2Cues", errors) ?? d.Level2Cues;
        var required = map.Get("required") is null ? d.Required : map.Strings("required");
        var settings = new GoalSettings
        {
            Levels = levels,
            Required = required,
            CostClasses = map.Get("costClasses") is null ? d.CostClasses : map.Strings("costClasses"),
            AllowDuplicateNames = map.Bool("allowDuplicateNames") ?? d.AllowDuplicateNames,
            SpendingRateWords = map.Get("spendingRateWords") is null ? d.SpendingRateWords : map.Strings("spendingRateWords"),
            Level2Cues = cues,
        };
        map.RejectUnknown();

        for (var i = 0; i < required.Count; i++)
        {
            var parts = required[i].Split('/', 2);
            var level1 = settings.Level1(parts[0]);
            if (level1 is null || (parts.Length == 2 && !level1.Level2.Any(l => GoalSettings.SameClass(l, parts[1]))))
            {
                errors.Add(ErrorCatalogue.Invalid(string.Create(CultureInfo.InvariantCulture, $"settings.goals.required[{i}]"),
                    $"必填指标类别“{required[i]}”不在 levels 中（应写成“一级指标”或“一级指标/二级指标”）"));
            }
        }

        return settings;
    }

    /// <summary>A mapping 一级 → [二级 …], in file order; null when absent.</summary>
    private static List<GoalLevel>? ReadLevels(YamlMap map, string key, List<DomainError> errors)
    {
        var node = map.Get(key);
        if (node is null)
        {
            return null;
        }

        var path = map.Sub(key);
        if (node is not YamlMappingNode m)
        {
            errors.Add(ErrorCatalogue.Invalid(path, $"应为“一级指标: [二级指标, …]”的映射（{YamlTree.Position(node)}）"));
            return null;
        }

        var list = new List<GoalLevel>();
        foreach (var (k, v) in m.Children)
        {
            var name = (k as YamlScalarNode)?.Value;
            var items = v is YamlSequenceNode seq ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList() : null;
            if (string.IsNullOrWhiteSpace(name) || items is null || items.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add(ErrorCatalogue.Invalid(path, $"“{name}”应为二级指标名称的列表（{YamlTree.Position(v)}）"));
                continue;
            }

            if (list.Any(l => GoalSettings.SameClass(l.Name, name)))
            {
                errors.Add(ErrorCatalogue.Invalid(path + "." + name, $"一级指标“{name}”重复"));
                continue;
            }

            list.Add(new GoalLevel(name, items));
        }

        return list;
    }
}
