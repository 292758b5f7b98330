using System.Globalization;

namespace Jixiao.Domain;

/// <summary>
/// Every expected-failure code of the domain with its Chinese message, in one place.
/// Callers build errors through these methods so that a code always reads the same way.
/// </summary>
public static class ErrorCatalogue
{
    // Syntax of a file (YAML / JSON).
    public const string Syntax = "syntax";

    // A field is missing, has the wrong type or an unknown value.
    public const string Missing = "missing";
    public const string InvalidValue = "invalid-value";
    public const string UnknownField = "unknown-field";

    // Frameworks.
    public const string WeightSum = "weight-sum";
    public const string DuplicateCode = "duplicate-code";
    public const string UnknownRule = "unknown-rule";
    public const string RuleParameter = "rule-parameter";
    public const string GradeBands = "grade-bands";
    public const string UnknownFramework = "unknown-framework";

    // Evaluations and scoring.
    public const string NegativeAmount = "negative-amount";
    public const string MissingActual = "missing-actual";
    public const string MissingInput = "missing-input";
    public const string ScoreOutOfRange = "score-out-of-range";
    public const string KindMismatch = "kind-mismatch";
    public const string GoalWeights = "goal-weights";
    public const string UnassignedGoal = "unassigned-goal";
    public const string UnknownLeaf = "unknown-leaf";

    private static string N(decimal value) => Money.FormatShort(value);

    public static DomainError SyntaxError(string source, long line, long column, string detail) =>
        new(Syntax, string.Create(CultureInfo.InvariantCulture, $"{source}:{line}:{column}"),
            string.Create(CultureInfo.InvariantCulture, $"文件格式错误（第 {line} 行第 {column} 列）：{detail}"));

    public static DomainError MissingField(string path, string what) => new(Missing, path, $"缺少必填项“{what}”");

    public static DomainError Invalid(string path, string message) => new(InvalidValue, path, message);

    public static DomainError Unknown(string path, string field) => new(UnknownField, path, $"无法识别的字段“{field}”（请检查拼写）");

    public static DomainError WeightsDoNotSum(string path, string name, decimal childSum, decimal weight) =>
        new(WeightSum, path, $"“{name}”的下级指标分值合计 {N(childSum)}，与其分值 {N(weight)} 不符");

    public static DomainError Duplicate(string path, string code) => new(DuplicateCode, path, $"指标编码“{code}”重复");

    public static DomainError UnknownRuleKind(string path, string kind, IEnumerable<string> known) =>
        new(UnknownRule, path, $"未知的评分规则“{kind}”，可用：{string.Join("、", known)}");

    public static DomainError RuleParam(string path, string message) => new(RuleParameter, path, message);

    public static DomainError Bands(string path, string message) => new(GradeBands, path, message);

    public static DomainError UnknownFrameworkId(string path, string id, IEnumerable<string> known) =>
        new(UnknownFramework, path, $"未知的评分表“{id}”，可用：{string.Join("、", known)}");

    public static DomainError Negative(string path, string what, decimal value) =>
        new(NegativeAmount, path, $"“{what}”不能为负数（当前为 {N(value)}）");

    public static DomainError NoActual(string path, string goalName) =>
        new(MissingActual, path, $"绩效指标“{goalName}”缺少完成值");

    public static DomainError NoInput(string path, string leafName, string what) =>
        new(MissingInput, path, $"指标“{leafName}”缺少{what}");

    public static DomainError OutOfRange(string path, string message) => new(ScoreOutOfRange, path, message);
}
