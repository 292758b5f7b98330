using System.Globalization;
using System.Reflection;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Yaml;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Domain.Results;

/// <summary>适用范围: which budget figure a rule's percentage applies to (the base of the suggested change).</summary>
public enum ResultScope
{
    /// <summary>项目支出 (the project budget: <c>budget.project.budget</c>).</summary>
    Project,

    /// <summary>基本支出 (<c>budget.basic.budget</c>).</summary>
    Basic,

    /// <summary>部门预算 (the whole budget: 调整后预算, else 年初预算).</summary>
    Total,
}

/// <summary>Which grade a table reads: the review grade when there is one (default), or always the self grade.</summary>
public enum GradeSource
{
    /// <summary>复核等级优先.</summary>
    ReviewFirst,

    /// <summary>自评等级.</summary>
    Self,
}

/// <summary>One row of a rule table: grade → suggested action → percentage → scope.</summary>
public sealed record ResultRule(string Grade, string Action, decimal Percent, ResultScope Scope, string? Note = null);

/// <summary>
/// 结果应用规则表 (CYCLE §6): for one region from a fiscal year on, what each grade suggests for next year's budget. Data
/// (results/*.yaml), never code; the system only suggests, a person decides.
/// </summary>
public sealed record ResultRuleTable
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>地区, matched against the bureau's region.</summary>
    public required string Region { get; init; }

    /// <summary>First evaluated fiscal year the table applies to (results of year Y feed the budget of Y+1).</summary>
    public required int FromYear { get; init; }

    public string? Source { get; init; }

    public GradeSource GradeSource { get; init; } = GradeSource.ReviewFirst;

    public required IReadOnlyList<ResultRule> Rules { get; init; }
}

/// <summary>What a table needs of one evaluation.</summary>
public sealed record ResultInput(string? SelfGrade, string? ReviewGrade, BudgetFigures Budget);

/// <summary>
/// 建议 for next year's budget: the rule that produced it (by its position in the table), the base amount, the change
/// and the arithmetic; or, when it cannot be computed, why (<see cref="Problem"/>), never a guess.
/// </summary>
public sealed record BudgetSuggestion(
    string TableId, string? Grade, string GradeFrom, int? RuleIndex, ResultRule? Rule, decimal? BaseAmount, decimal? Change, decimal? NextYear, string Explanation, string? Problem)
{
    public bool IsComputed => Problem is null;
}

/// <summary>Applies a rule table to an evaluation's grade and figures.</summary>
public static class ResultSuggester
{
    public static BudgetSuggestion Suggest(ResultRuleTable table, ResultInput input)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(input);
        var (grade, from) = table.GradeSource == GradeSource.ReviewFirst && !string.IsNullOrEmpty(input.ReviewGrade)
            ? (input.ReviewGrade, "复核等级")
            : (input.SelfGrade, "自评等级");
        if (string.IsNullOrEmpty(grade))
        {
            return new BudgetSuggestion(table.Id, null, from, null, null, null, null, null, "尚无评价等级。", "没有评价等级（评分表未能计算），无法提出建议。");
        }

        var index = table.Rules.ToList().FindIndex(r => r.Grade == grade);
        if (index < 0)
        {
            return new BudgetSuggestion(table.Id, grade, from, null, null, null, null, null, $"规则表“{table.Name}”没有“{grade}”等级的规则。", $"规则表没有“{grade}”等级的规则，无法提出建议。");
        }

        var rule = table.Rules[index];
        var b = input.Budget;
        var (amount, label) = rule.Scope switch
        {
            ResultScope.Project => (b.Project.Budget, "项目支出预算"),
            ResultScope.Basic => (b.Basic.Budget, "基本支出预算"),
            ResultScope.Total => (b.Adjusted ?? b.Initial, b.Adjusted is not null ? "调整后预算" : "年初预算"),
        };
        var head = $"{from}“{grade}” → 规则第 {index + 1} 条：{rule.Action}，{Percent(rule.Percent)}，适用于{ScopeName(rule.Scope)}";
        if (amount is not decimal baseAmount)
        {
            return new BudgetSuggestion(table.Id, grade, from, index, rule, null, null, null, head + "。", $"缺少{label}数，无法计算调整额。");
        }

        var change = Money.Round(baseAmount * rule.Percent / 100m);
        var next = Money.Round(baseAmount + change);
        var text = string.Create(CultureInfo.InvariantCulture, $"{head}；{label} {Money.FormatShort(baseAmount)} 万元 × {Percent(rule.Percent)} = {Money.FormatShort(change)} 万元，建议下年安排 {Money.FormatShort(next)} 万元。");
        return new BudgetSuggestion(table.Id, grade, from, index, rule, baseAmount, change, next, text, null);
    }

    public static string Percent(decimal percent) =>
        (percent > 0 ? "+" : string.Empty) + percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static string ScopeName(this ResultScope scope) => scope switch
    {
        ResultScope.Project => "项目支出",
        ResultScope.Basic => "基本支出",
        ResultScope.Total => "部门预算",
    };

    public static bool TryParseScope(string? text, out ResultScope scope)
    {
        switch (text?.Trim())
        {
            case "项目支出":
                scope = ResultScope.Project;
                return true;
            case "基本支出":
                scope = ResultScope.Basic;
                return true;
            case "部门预算" or "部门预算总额":
                scope = ResultScope.Total;
                return true;
            default:
                scope = default;
                return false;
        }
    }
}

/// <summary>Reads and validates a rule table file in one pass; every error names its field, line and column.</summary>
public static class ResultRulesLoader
{
    public static Result<ResultRuleTable> Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var loaded = YamlTree.Load(yaml, sourceName);
        if (!loaded.IsSuccess)
        {
            return Result<ResultRuleTable>.Failure(loaded.Errors);
        }

        var errors = new List<DomainError>();
        var root = YamlMap.From(loaded.Value, string.Empty, errors);
        if (root is null)
        {
            return Result<ResultRuleTable>.Failure(errors.Count > 0 ? errors : [ErrorCatalogue.Invalid(sourceName, "结果应用规则文件为空")]);
        }

        var id = root.String("id", required: true);
        var name = root.String("name", required: true);
        var region = root.String("region", required: true);
        var fromYear = root.Int("fromYear", required: true);
        var source = root.String("source");
        var gradeSource = GradeSource.ReviewFirst;
        switch (root.String("gradeFrom"))
        {
            case null or "复核等级优先":
                break;
            case "自评等级":
                gradeSource = GradeSource.Self;
                break;
            case var other:
                errors.Add(ErrorCatalogue.Invalid("gradeFrom", $"应为“复核等级优先”或“自评等级”，实际为“{other}”"));
                break;
        }

        var rules = new List<ResultRule>();
        var nodes = root.List("rules", required: true);
        for (var i = 0; i < nodes.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"rules[{i}]");
            var map = YamlMap.From(nodes[i], path, errors);
            if (map is null)
            {
                continue;
            }

            var grade = map.String("grade", required: true);
            var action = map.String("action", required: true);
            var percent = map.Decimal("percent", required: true);
            var scopeText = map.String("scope", required: true);
            var note = map.String("note");
            map.RejectUnknown();
            ResultScope scope = default;
            if (scopeText is not null && !ResultSuggester.TryParseScope(scopeText, out scope))
            {
                errors.Add(ErrorCatalogue.Invalid(path + ".scope", $"应为 项目支出、基本支出、部门预算 之一，实际为“{scopeText}”"));
            }

            if (percent is < -100m or > 100m)
            {
                errors.Add(ErrorCatalogue.Invalid(path + ".percent", $"调整比例应在 -100 到 100 之间（百分数），实际为 {Money.FormatShort(percent.Value)}"));
            }

            if (grade is not null && rules.Any(r => r.Grade == grade))
            {
                errors.Add(ErrorCatalogue.Invalid(path + ".grade", $"等级“{grade}”的规则重复"));
            }

            if (grade is not null && action is not null && percent is not null && scopeText is not null)
            {
                rules.Add(new ResultRule(grade, action, percent.Value, scope, note));
            }
        }

        if (nodes.Count == 0 && root.Get("rules") is not null)
        {
            errors.Add(ErrorCatalogue.Invalid("rules", "至少需要一条规则"));
        }

        root.RejectUnknown();
        if (id is not null && !(id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')))
        {
            errors.Add(ErrorCatalogue.Invalid("id", $"规则表编号“{id}”只能包含小写字母、数字和“-”"));
        }

        if (fromYear is < 2000 or > 2100)
        {
            errors.Add(ErrorCatalogue.Invalid("fromYear", "起始年度应在 2000 到 2100 之间"));
        }

        if (errors.Count > 0)
        {
            return Result<ResultRuleTable>.Failure(errors.Select(e => Locate(e, loaded.Value!, sourceName)).ToList());
        }

        return Result<ResultRuleTable>.Success(new ResultRuleTable
        {
            Id = id!,
            Name = name!,
            Region = region!,
            FromYear = fromYear!.Value,
            Source = source,
            GradeSource = gradeSource,
            Rules = rules,
        });
    }

    private static DomainError Locate(DomainError e, YamlNode root, string sourceName)
    {
        if (e.Code == ErrorCatalogue.Syntax || string.IsNullOrEmpty(e.Path))
        {
            return e;
        }

        var node = EvaluationSerializer.Locate(root, e.Path);
        return node is null ? e : e with { Message = e.Message + string.Create(CultureInfo.InvariantCulture, $"（{sourceName} 第 {node.Start.Line} 行第 {node.Start.Column} 列）") };
    }
}

/// <summary>The built-in rule tables: results/*.yaml embedded at build, validated once; a region adds a file, never code.</summary>
public static class ResultRulesCatalog
{
    private const string Prefix = "results/";

    private static readonly Lazy<List<ResultRuleTable>> All = new(LoadAll);

    public static IReadOnlyList<ResultRuleTable> BuiltIn => All.Value;

    public static IReadOnlyList<(string FileName, string Yaml)> Sources()
    {
        var assembly = typeof(ResultRulesCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[Prefix.Length..], Read(assembly, n)))
            .ToList();
    }

    /// <summary>The table of a region for an evaluated year: the latest whose <c>fromYear</c> is not after it.</summary>
    public static Result<ResultRuleTable> For(string region, int year, IEnumerable<ResultRuleTable>? tables = null)
    {
        var found = (tables ?? BuiltIn).Where(t => t.Region == region && t.FromYear <= year).OrderByDescending(t => t.FromYear).FirstOrDefault();
        return found is not null
            ? Result<ResultRuleTable>.Success(found)
            : Result<ResultRuleTable>.Failure(ErrorCatalogue.Invalid("region", string.Create(CultureInfo.InvariantCulture,
                $"没有“{region}” {year} 年度适用的结果应用规则表（results/*.yaml），已有：{string.Join("、", (tables ?? BuiltIn).Select(t => $"{t.Region} {t.FromYear} 年起"))}")));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Embedded rule table {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<ResultRuleTable> LoadAll()
    {
        var list = new List<ResultRuleTable>();
        foreach (var (file, yaml) in Sources())
        {
            var result = ResultRulesLoader.Parse(yaml, Prefix + file);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException($"Built-in result rule table {file} is invalid: {string.Join("; ", result.Errors)}");
            }

            list.Add(result.Value);
        }

        return list.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
    }
}
