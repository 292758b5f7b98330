using System.Globalization;
using Jixiao.Domain.Yaml;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Domain.Frameworks;

/// <summary>
/// Reads a framework file (YAML, format in docs/framework-format.md and frameworks/*.yaml) and
/// validates all of it in one pass: every error comes back with its path
/// (<c>indicators[1].children[0].weight</c>).
/// </summary>
public static class FrameworkLoader
{
    public static Result<Framework> Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var loaded = YamlTree.Load(yaml, sourceName);
        if (!loaded.IsSuccess)
        {
            return Result<Framework>.Failure(loaded.Errors);
        }

        var errors = new List<DomainError>();
        var root = YamlMap.From(loaded.Value, string.Empty, errors);
        if (root is null)
        {
            return Result<Framework>.Failure(errors.Count > 0 ? errors : [ErrorCatalogue.Invalid(sourceName, "评分表文件为空")]);
        }

        var id = root.String("id", required: true);
        var name = root.String("name", required: true);
        var region = root.String("region") ?? string.Empty;
        var year = root.Int("year");
        var version = root.Int("version") ?? 1;
        var kindText = root.String("kind", required: true);
        var kind = EvaluationKind.Department;
        if (kindText is not null && !DomainText.TryParseKind(kindText, out kind))
        {
            errors.Add(ErrorCatalogue.Invalid("kind", $"评价类型应为“部门整体”或“项目”，实际为“{kindText}”"));
        }

        var totalWeight = root.Decimal("totalWeight") ?? 100m;
        var settings = ReadSettings(root.Get("settings"), errors);
        var grades = ReadGrades(root.List("grades"), totalWeight, errors);

        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var indicators = ReadNodes(root.List("indicators", required: true), "indicators", codes, errors);
        root.RejectUnknown();

        if (id is not null && !IsValidId(id))
        {
            errors.Add(ErrorCatalogue.Invalid("id", $"评分表编号“{id}”只能包含小写字母、数字和“-”"));
        }

        if (indicators.Count > 0)
        {
            var sum = indicators.Sum(n => n.Weight);
            if (Money.Round(sum) != Money.Round(totalWeight))
            {
                errors.Add(ErrorCatalogue.WeightsDoNotSum("indicators", name ?? "评分表", sum, totalWeight));
            }
        }

        if (errors.Count > 0)
        {
            return Result<Framework>.Failure(errors);
        }

        return Result<Framework>.Success(new Framework
        {
            Id = id!,
            Name = name!,
            Region = region,
            Year = year,
            Version = version,
            Kind = kind,
            TotalWeight = totalWeight,
            Settings = settings,
            Grades = grades,
            Indicators = indicators,
        });
    }

    private static bool IsValidId(string id) =>
        id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>settings.checks: thresholds, word lists and disabled codes of the reviewer checks (all optional).</summary>
    private static Checks.CheckSettings ReadChecks(YamlNode? node, List<DomainError> errors)
    {
        var d = new Checks.CheckSettings();
        var map = YamlMap.From(node, "settings.checks", errors, required: false);
        if (map is null)
        {
            return d;
        }

        IReadOnlyList<string> Words(string key, IReadOnlyList<string> fallback) => map.Get(key) is null ? fallback : map.Strings(key);
        var ngram = map.Decimal("ngramSize") ?? d.NgramSize;
        if (ngram is < 2 or > 8 || ngram != Math.Floor(ngram))
        {
            errors.Add(ErrorCatalogue.Invalid("settings.checks.ngramSize", "字片段长度应为 2 到 8 的整数"));
            ngram = d.NgramSize;
        }

        var checks = new Checks.CheckSettings
        {
            Disabled = Words("disabled", d.Disabled),
            SuspectShare = map.Decimal("suspectShare") ?? d.SuspectShare,
            ScoreOutrunPoints = map.Decimal("scoreOutrunPoints") ?? d.ScoreOutrunPoints,
            UnspentPercent = map.Decimal("unspentPercent") ?? d.UnspentPercent,
            AdjustmentPercent = map.Decimal("adjustmentPercent") ?? d.AdjustmentPercent,
            ImplausibleRatePercent = map.Decimal("implausibleRatePercent") ?? d.ImplausibleRatePercent,
            OverAchievementPercent = map.Get("overAchievementPercent") is null ? d.OverAchievementPercent : map.Decimal("overAchievementPercent"),
            VagueWords = Words("vagueWords", d.VagueWords),
            SurveyWords = Words("surveyWords", d.SurveyWords),
            CountableLevel2 = Words("countableLevel2", d.CountableLevel2),
            NgramSize = (int)ngram,
            RecycledContainment = map.Decimal("recycledContainment") ?? d.RecycledContainment,
            RecycledMinChars = (int)(map.Decimal("recycledMinChars") ?? d.RecycledMinChars),
            OverInitialPercent = map.Decimal("overInitialPercent") ?? d.OverInitialPercent,
            BoundedRateWords = Words("boundedRateWords", d.BoundedRateWords),
            CriterionWords = Words("criterionWords", d.CriterionWords),
            WithinBudgetPhrases = Words("withinBudgetPhrases", d.WithinBudgetPhrases),
            TotalLabels = Words("totalLabels", d.TotalLabels),
            ProblemHeadings = Words("problemHeadings", d.ProblemHeadings),
            MeasureHeadings = Words("measureHeadings", d.MeasureHeadings),
            SectionEndMarkers = Words("sectionEndMarkers", d.SectionEndMarkers),
        };
        if (checks.OverInitialPercent <= 100m)
        {
            errors.Add(ErrorCatalogue.Invalid("settings.checks.overInitialPercent", "“远超年初预算”的界限是年初预算的百分比，应大于 100"));
        }

        map.RejectUnknown();
        return checks;
    }

    private static FrameworkSettings ReadSettings(YamlNode? node, List<DomainError> errors)
    {
        var defaults = new FrameworkSettings();
        var map = YamlMap.From(node, "settings", errors, required: false);
        if (map is null)
        {
            return defaults;
        }

        var basis = defaults.ExecutionBasis;
        if (map.String("executionBasis") is { } basisText && !TryParseBasis(basisText, out basis))
        {
            errors.Add(ErrorCatalogue.Invalid("settings.executionBasis", $"应为“调整后预算”或“年初预算”，实际为“{basisText}”"));
        }

        var na = defaults.NotApplicable;
        switch (map.String("notApplicable"))
        {
            case null:
                break;
            case "按比例折算" or "rescale":
                na = NotApplicablePolicy.Rescale;
                break;
            case "满分" or "full-marks":
                na = NotApplicablePolicy.FullMarks;
                break;
            case var other:
                errors.Add(ErrorCatalogue.Invalid("settings.notApplicable", $"应为“按比例折算”或“满分”，实际为“{other}”"));
                break;
        }

        var achieved = defaults.Achieved;
        var partly = defaults.PartlyAchieved;
        var notAchieved = defaults.NotAchieved;
        if (YamlMap.From(map.Get("qualitative"), "settings.qualitative", errors, required: false) is { } q)
        {
            achieved = ReadRange(q, QualitativeAnswer.Achieved, achieved, errors);
            partly = ReadRange(q, QualitativeAnswer.PartlyAchieved, partly, errors);
            notAchieved = ReadRange(q, QualitativeAnswer.NotAchieved, notAchieved, errors);
            q.RejectUnknown();
        }

        var cutoff = map.Decimal("negativeCutoffMultiple") ?? defaults.NegativeCutoffMultiple;
        if (cutoff <= 1m)
        {
            errors.Add(ErrorCatalogue.Invalid("settings.negativeCutoffMultiple", "反向指标的零分倍数应大于 1"));
        }

        var settings = new FrameworkSettings
        {
            CapExecutionScore = map.Bool("capExecutionScore") ?? defaults.CapExecutionScore,
            ExecutionBasis = basis,
            NotApplicable = na,
            Achieved = achieved,
            PartlyAchieved = partly,
            NotAchieved = notAchieved,
            OverAchievementPercent = map.Get("overAchievementPercent") is null ? defaults.OverAchievementPercent : map.Decimal("overAchievementPercent"),
            NegativeCutoffMultiple = cutoff,
            NegativeUsesTargetOverActual = map.Bool("negativeUsesTargetOverActual") ?? defaults.NegativeUsesTargetOverActual,
            ReportScoreFirst = map.Bool("reportScoreFirst") ?? defaults.ReportScoreFirst,
            ReportTemplate = map.String("reportTemplate") ?? defaults.ReportTemplate,
            ExecutionReasonBelowPercent = map.Decimal("executionReasonBelowPercent") ?? defaults.ExecutionReasonBelowPercent,
            AcceptStatedScores = map.Bool("acceptStatedScores") ?? defaults.AcceptStatedScores,
            Checks = ReadChecks(map.Get("checks"), errors),
            BudgetCategories = ReadBudgetCategories(map.List("budgetCategories"), errors),
            Goals = Goals.GoalSettingsReader.Read(map.Get("goals"), errors),
        };
        map.RejectUnknown();
        return settings;
    }

    /// <summary>The most 年度预算资金类别 columns the score table has room for.</summary>
    public const int MaxBudgetCategories = 6;

    /// <summary>settings.budgetCategories: [{ group, columns: [{ name, field? }] }] (score table layout).</summary>
    private static List<BudgetCategoryColumn> ReadBudgetCategories(IReadOnlyList<YamlNode> groups, List<DomainError> errors)
    {
        var columns = new List<BudgetCategoryColumn>();
        for (var g = 0; g < groups.Count; g++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"settings.budgetCategories[{g}]");
            if (YamlMap.From(groups[g], path, errors) is not { } m)
            {
                continue;
            }

            var group = m.String("group") ?? string.Empty;
            var items = m.List("columns", required: true);
            for (var c = 0; c < items.Count; c++)
            {
                var columnPath = string.Create(CultureInfo.InvariantCulture, $"{path}.columns[{c}]");
                if (YamlMap.From(items[c], columnPath, errors) is not { } col)
                {
                    continue;
                }

                var name = col.String("name", required: true);
                var field = col.String("field");
                col.RejectUnknown();
                if (field is not null && !BudgetFields.IsKnown(field))
                {
                    errors.Add(ErrorCatalogue.Invalid(columnPath + ".field", $"未知的预算字段“{field}”（可用：{string.Join("、", BudgetFields.Paths)}）"));
                }

                if (name is not null)
                {
                    if (columns.Any(x => x.Name == name))
                    {
                        errors.Add(ErrorCatalogue.Invalid(columnPath + ".name", $"资金类别“{name}”重复"));
                    }

                    columns.Add(new BudgetCategoryColumn(group, name, field));
                }
            }

            m.RejectUnknown();
        }

        if (columns.Count > MaxBudgetCategories)
        {
            errors.Add(ErrorCatalogue.Invalid("settings.budgetCategories", $"资金类别最多 {MaxBudgetCategories} 列（自评表宽度所限），实际为 {columns.Count} 列"));
        }

        return columns;
    }

    internal static bool TryParseBasis(string text, out BudgetBasis basis)
    {
        switch (text.Trim())
        {
            case "调整后预算" or "全年预算" or "adjusted":
                basis = BudgetBasis.Adjusted;
                return true;
            case "年初预算" or "initial":
                basis = BudgetBasis.Initial;
                return true;
            default:
                basis = default;
                return false;
        }
    }

    /// <summary>达成年度指标: [80, 100] (percent of the weight).</summary>
    private static QualitativeRange ReadRange(YamlMap q, QualitativeAnswer answer, QualitativeRange fallback, List<DomainError> errors)
    {
        var key = answer.Name();
        var path = q.Sub(key);
        var items = q.List(key);
        if (items.Count == 0)
        {
            return fallback;
        }

        if (items.Count != 2 || items[0] is not YamlScalarNode { Value: { } a } || items[1] is not YamlScalarNode { Value: { } b }
            || !decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var min)
            || !decimal.TryParse(b, NumberStyles.Number, CultureInfo.InvariantCulture, out var max))
        {
            errors.Add(ErrorCatalogue.Invalid(path, "应为 [下限百分比, 上限百分比]，例如 [80, 100]"));
            return fallback;
        }

        if (min < 0m || max > 100m || min > max)
        {
            errors.Add(ErrorCatalogue.Invalid(path, "得分区间应满足 0 ≤ 下限 ≤ 上限 ≤ 100"));
            return fallback;
        }

        return new QualitativeRange(min / 100m, max / 100m);
    }

    private static GradeScale ReadGrades(IReadOnlyList<YamlNode> items, decimal totalWeight, List<DomainError> errors)
    {
        if (items.Count == 0)
        {
            return GradeScale.Default;
        }

        var bands = new List<GradeBand>();
        var before = errors.Count;
        for (var i = 0; i < items.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"grades[{i}]");
            if (YamlMap.From(items[i], path, errors) is not { } m)
            {
                continue;
            }

            var name = m.String("name", required: true);
            var min = m.Decimal("min", required: true);
            var max = m.Decimal("max", required: true);
            var minInclusive = m.Bool("minInclusive") ?? true;
            var maxInclusive = m.Bool("maxInclusive") ?? false;
            m.RejectUnknown();
            if (name is null || min is null || max is null)
            {
                continue;
            }

            if (min > max || (min == max && !(minInclusive && maxInclusive)))
            {
                errors.Add(ErrorCatalogue.Bands(path, $"等级“{name}”的下限大于上限或区间为空"));
            }

            bands.Add(new GradeBand(name, min.Value, minInclusive, max.Value, maxInclusive));
        }

        if (errors.Count > before)
        {
            return GradeScale.Default;
        }

        foreach (var dup in bands.GroupBy(b => b.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(ErrorCatalogue.Bands("grades", $"等级名称“{dup.Key}”重复"));
        }

        // The bands must cover [0, totalWeight] with neither gap nor overlap: adjacent bands meet at one
        // edge that exactly one of them includes (a "> 90" 优 next to a "< 90" 良 leaves 90 ungraded).
        var sorted = bands.OrderBy(b => b.Min).ThenBy(b => b.MinInclusive ? 0 : 1).ToList();
        if (sorted[0].Min > 0m || (sorted[0].Min == 0m && !sorted[0].MinInclusive))
        {
            errors.Add(ErrorCatalogue.Bands("grades", $"没有等级包含 0 分（最低等级“{sorted[0].Name}”从 {Money.FormatShort(sorted[0].Min)} 分起）"));
        }

        var top = sorted[^1];
        if (top.Max < totalWeight || (top.Max == totalWeight && !top.MaxInclusive))
        {
            errors.Add(ErrorCatalogue.Bands("grades", $"没有等级包含满分 {Money.FormatShort(totalWeight)} 分"));
        }

        for (var i = 1; i < sorted.Count; i++)
        {
            var lower = sorted[i - 1];
            var upper = sorted[i];
            if (lower.Max < upper.Min || (lower.Max == upper.Min && !lower.MaxInclusive && !upper.MinInclusive))
            {
                errors.Add(ErrorCatalogue.Bands("grades", $"等级“{lower.Name}”与“{upper.Name}”之间有空档：{Money.FormatShort(lower.Max)} 分不属于任何等级"));
            }
            else if (lower.Max > upper.Min || (lower.MaxInclusive && upper.MinInclusive))
            {
                errors.Add(ErrorCatalogue.Bands("grades", $"等级“{lower.Name}”与“{upper.Name}”重叠：{Money.FormatShort(upper.Min)} 分同时属于两个等级"));
            }
        }

        // Highest first, as GradeScale documents.
        return new GradeScale(bands.OrderByDescending(b => b.Min).ToList());
    }

    private static List<IndicatorNode> ReadNodes(IReadOnlyList<YamlNode> items, string path, Dictionary<string, string> codes, List<DomainError> errors)
    {
        var nodes = new List<IndicatorNode>();
        for (var i = 0; i < items.Count; i++)
        {
            var nodePath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (ReadNode(items[i], nodePath, codes, errors) is { } node)
            {
                nodes.Add(node);
            }
        }

        return nodes;
    }

    private static IndicatorNode? ReadNode(YamlNode item, string path, Dictionary<string, string> codes, List<DomainError> errors)
    {
        if (YamlMap.From(item, path, errors) is not { } m)
        {
            return null;
        }

        var code = m.String("code", required: true);
        var name = m.String("name", required: true);
        var weight = m.Decimal("weight", required: true);
        var explanation = m.String("explanation");
        var placeholder = m.Bool("nameIsPlaceholder") ?? false;
        var ruleNode = m.Get("rule");
        var children = ReadNodes(m.List("children"), m.Sub("children"), codes, errors);
        m.RejectUnknown();

        if (code is not null)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                errors.Add(ErrorCatalogue.Invalid(m.Sub("code"), "指标编码不能为空"));
            }
            else if (codes.TryGetValue(code, out var first))
            {
                errors.Add(ErrorCatalogue.Duplicate(m.Sub("code"), code + "（首次出现于 " + first + "）"));
            }
            else
            {
                codes[code] = path;
            }
        }

        if (weight is < 0m)
        {
            errors.Add(ErrorCatalogue.Invalid(m.Sub("weight"), "分值不能为负数"));
        }

        ScoringRule? rule = null;
        if (children.Count > 0)
        {
            if (ruleNode is not null)
            {
                errors.Add(ErrorCatalogue.RuleParam(m.Sub("rule"), $"“{name}”有下级指标，其得分为下级之和，不能另设评分规则"));
            }

            var sum = children.Sum(c => c.Weight);
            if (weight is { } w && Money.Round(sum) != Money.Round(w))
            {
                errors.Add(ErrorCatalogue.WeightsDoNotSum(m.Sub("children"), name ?? code ?? path, sum, w));
            }
        }
        else if (ruleNode is null)
        {
            errors.Add(ErrorCatalogue.MissingField(m.Sub("rule"), "rule（末级指标的评分规则）"));
        }
        else
        {
            rule = ReadRule(ruleNode, m.Sub("rule"), errors);
            if (rule is RatioRule ratio && weight is { } w)
            {
                errors.AddRange(CheckSteps(ratio, w, m.Sub("rule")));
            }
        }

        if (code is null || name is null || weight is null)
        {
            return null;
        }

        return new IndicatorNode
        {
            Code = code,
            Name = name,
            Weight = weight.Value,
            Explanation = explanation,
            NameIsPlaceholder = placeholder,
            Rule = rule,
            Children = children,
        };
    }

    private static ScoringRule? ReadRule(YamlNode node, string path, List<DomainError> errors)
    {
        // "rule: compliance" is short for "rule: {kind: compliance}".
        if (node is YamlScalarNode { Value: { } shortKind })
        {
            return shortKind switch
            {
                ComplianceRule.KindId => new ComplianceRule(),
                QualitativeRule.KindId => new QualitativeRule(),
                ExecutionRateRule.KindId => new ExecutionRateRule(),
                DeclaredIndicatorsRule.KindId => new DeclaredIndicatorsRule(),
                _ when RuleKinds.All.Contains(shortKind) => Fail(ErrorCatalogue.RuleParam(path, $"评分规则“{shortKind}”需要参数，请写成“kind: {shortKind}”加参数的形式")),
                _ => Fail(ErrorCatalogue.UnknownRuleKind(path, shortKind, RuleKinds.All)),
            };
        }

        if (YamlMap.From(node, path, errors) is not { } m)
        {
            return null;
        }

        var kind = m.String("kind", required: true);
        ScoringRule? rule = kind switch
        {
            null => null,
            ExecutionRateRule.KindId => ReadExecution(m, errors),
            GoalCompletionRule.KindId => ReadGoalCompletion(m, errors),
            DeclaredIndicatorsRule.KindId => new DeclaredIndicatorsRule { Level1 = m.Strings("level1") },
            MeasuredRule.KindId => ReadMeasured(m, errors),
            RatioRule.KindId => ReadRatio(m, errors),
            ComplianceRule.KindId => new ComplianceRule(),
            QualitativeRule.KindId => new QualitativeRule(),
            _ => Fail(ErrorCatalogue.UnknownRuleKind(m.Sub("kind"), kind, RuleKinds.All)),
        };
        m.RejectUnknown();
        return rule;

        ScoringRule? Fail(DomainError error)
        {
            errors.Add(error);
            return null;
        }
    }

    private static ExecutionRateRule ReadExecution(YamlMap m, List<DomainError> errors)
    {
        BudgetBasis? basis = null;
        if (m.String("basis") is { } text)
        {
            if (TryParseBasis(text, out var b))
            {
                basis = b;
            }
            else
            {
                errors.Add(ErrorCatalogue.RuleParam(m.Sub("basis"), $"应为“调整后预算”或“年初预算”，实际为“{text}”"));
            }
        }

        return new ExecutionRateRule { Basis = basis };
    }

    private static GoalCompletionRule ReadGoalCompletion(YamlMap m, List<DomainError> errors)
    {
        var level1 = m.Strings("level1");
        if (level1.Count == 0)
        {
            errors.Add(ErrorCatalogue.RuleParam(m.Sub("level1"), "需写明取哪些一级指标（例如 产出指标）"));
        }

        var derivation = GoalDerivation.Weighted;
        switch (m.String("derivation"))
        {
            case null or "按权重" or "weighted":
                break;
            case "平均" or "equal":
                derivation = GoalDerivation.Equal;
                break;
            case var other:
                errors.Add(ErrorCatalogue.RuleParam(m.Sub("derivation"), $"应为“按权重”或“平均”，实际为“{other}”"));
                break;
        }

        return new GoalCompletionRule { Level1 = level1, Derivation = derivation };
    }

    private static MeasuredRule? ReadMeasured(YamlMap m, List<DomainError> errors)
    {
        var opText = m.String("operator", required: true);
        var target = m.Decimal("target", required: true);
        var unit = m.String("unit");
        if (opText is null || target is null)
        {
            return null;
        }

        if (!DomainText.TryParseOperator(opText, out var op) || op == IndicatorOperator.Qualitative)
        {
            errors.Add(ErrorCatalogue.RuleParam(m.Sub("operator"), $"定量指标的指标性质应为 ≥、>、=、≤ 或 <，实际为“{opText}”"));
            return null;
        }

        return new MeasuredRule { Operator = op, Target = target.Value, Unit = unit };
    }

    private static RatioRule? ReadRatio(YamlMap m, List<DomainError> errors)
    {
        var numerator = m.String("numerator");
        var denominator = m.String("denominator");
        foreach (var (key, field) in new[] { ("numerator", numerator), ("denominator", denominator) })
        {
            if (field is not null && !BudgetFields.IsKnown(field))
            {
                errors.Add(ErrorCatalogue.RuleParam(m.Sub(key), $"未知的预算字段“{field}”，可用：{string.Join("、", BudgetFields.Paths)}"));
            }
        }

        var scoring = RatioScoring.Proportional;
        var scoringText = m.String("scoring");
        switch (scoringText)
        {
            case null or "按比例" or "proportional":
                break;
            case "阈值" or "threshold":
                scoring = RatioScoring.Threshold;
                break;
            case "阶梯" or "steps":
                scoring = RatioScoring.Steps;
                break;
            default:
                errors.Add(ErrorCatalogue.RuleParam(m.Sub("scoring"), $"应为“按比例”“阈值”或“阶梯”，实际为“{scoringText}”"));
                return null;
        }

        RatioThreshold? threshold = null;
        var thresholdMap = YamlMap.From(m.Get("threshold"), m.Sub("threshold"), errors, required: scoring == RatioScoring.Threshold);
        if (thresholdMap is not null)
        {
            var op = ReadOperator(thresholdMap, errors);
            var percent = thresholdMap.Decimal("percent", required: true);
            var deduct = thresholdMap.Decimal("deductPerPoint");
            thresholdMap.RejectUnknown();
            if (deduct is < 0m)
            {
                errors.Add(ErrorCatalogue.RuleParam(thresholdMap.Sub("deductPerPoint"), "每个百分点的扣分不能为负数"));
            }

            if (op is not null && percent is not null)
            {
                threshold = new RatioThreshold(op.Value, percent.Value, deduct);
            }
        }

        var steps = new List<RatioStep>();
        var stepItems = m.List("steps", required: scoring == RatioScoring.Steps);
        for (var i = 0; i < stepItems.Count; i++)
        {
            if (YamlMap.From(stepItems[i], string.Create(CultureInfo.InvariantCulture, $"{m.Sub("steps")}[{i}]"), errors) is not { } s)
            {
                continue;
            }

            var op = ReadOperator(s, errors);
            var percent = s.Decimal("percent", required: true);
            var points = s.Decimal("points", required: true);
            s.RejectUnknown();
            if (points is < 0m)
            {
                errors.Add(ErrorCatalogue.RuleParam(s.Sub("points"), "得分不能为负数"));
            }

            if (op is not null && percent is not null && points is not null)
            {
                steps.Add(new RatioStep(op.Value, percent.Value, points.Value));
            }
        }

        return new RatioRule { Numerator = numerator, Denominator = denominator, Scoring = scoring, Threshold = threshold, Steps = steps };
    }

    private static IndicatorOperator? ReadOperator(YamlMap m, List<DomainError> errors)
    {
        var text = m.String("operator", required: true);
        if (text is null)
        {
            return null;
        }

        if (DomainText.TryParseOperator(text, out var op) && op != IndicatorOperator.Qualitative)
        {
            return op;
        }

        errors.Add(ErrorCatalogue.RuleParam(m.Sub("operator"), $"应为 ≥、>、=、≤ 或 <，实际为“{text}”"));
        return null;
    }

    /// <summary>Step points may not exceed the leaf's weight.</summary>
    private static IEnumerable<DomainError> CheckSteps(RatioRule rule, decimal weight, string path)
    {
        for (var i = 0; i < rule.Steps.Count; i++)
        {
            if (rule.Steps[i].Points > weight)
            {
                yield return ErrorCatalogue.RuleParam(string.Create(CultureInfo.InvariantCulture, $"{path}.steps[{i}].points"),
                    $"阶梯得分 {Money.FormatShort(rule.Steps[i].Points)} 超过指标分值 {Money.FormatShort(weight)}");
            }
        }
    }
}
