namespace Jixiao.Domain;

/// <summary>评价类型: 部门整体支出 (whole department) or 项目支出 (one project).</summary>
public enum EvaluationKind
{
    /// <summary>部门整体</summary>
    Department,

    /// <summary>项目</summary>
    Project,
}

/// <summary>指标性质 (operator of a goal indicator).</summary>
public enum IndicatorOperator
{
    /// <summary>≥ 正向</summary>
    AtLeast,

    /// <summary>&gt; 正向</summary>
    MoreThan,

    /// <summary>= 等于</summary>
    EqualTo,

    /// <summary>≤ 反向</summary>
    AtMost,

    /// <summary>&lt; 反向</summary>
    LessThan,

    /// <summary>定性</summary>
    Qualitative,
}

/// <summary>定性指标的完成档次 (answer to a qualitative indicator).</summary>
public enum QualitativeAnswer
{
    /// <summary>达成年度指标</summary>
    Achieved,

    /// <summary>部分达成年度指标并具有一定效果</summary>
    PartlyAchieved,

    /// <summary>未达成年度指标且效果较差</summary>
    NotAchieved,
}

/// <summary>整改状态 of last year's problem.</summary>
public enum RectificationStatus
{
    /// <summary>已整改</summary>
    Done,

    /// <summary>整改中</summary>
    InProgress,

    /// <summary>未整改</summary>
    NotDone,
}

/// <summary>Chinese names of the enums, in one place, for parsing and display.</summary>
public static class DomainText
{
    public static string Name(this EvaluationKind kind) => kind switch
    {
        EvaluationKind.Department => "部门整体",
        EvaluationKind.Project => "项目",
    };

    public static string Symbol(this IndicatorOperator op) => op switch
    {
        IndicatorOperator.AtLeast => "≥",
        IndicatorOperator.MoreThan => ">",
        IndicatorOperator.EqualTo => "=",
        IndicatorOperator.AtMost => "≤",
        IndicatorOperator.LessThan => "<",
        IndicatorOperator.Qualitative => "定性",
    };

    public static string Name(this QualitativeAnswer answer) => answer switch
    {
        QualitativeAnswer.Achieved => "达成年度指标",
        QualitativeAnswer.PartlyAchieved => "部分达成年度指标并具有一定效果",
        QualitativeAnswer.NotAchieved => "未达成年度指标且效果较差",
    };

    public static string Name(this RectificationStatus status) => status switch
    {
        RectificationStatus.Done => "已整改",
        RectificationStatus.InProgress => "整改中",
        RectificationStatus.NotDone => "未整改",
    };

    /// <summary>Accepts 已整改/已完成整改, 整改中/正在整改, 未整改.</summary>
    public static bool TryParseRectification(string? text, out RectificationStatus status)
    {
        switch (text?.Trim())
        {
            case "已整改" or "已完成整改" or "整改完成" or "已完成":
                status = RectificationStatus.Done;
                return true;
            case "整改中" or "正在整改" or "持续整改":
                status = RectificationStatus.InProgress;
                return true;
            case "未整改" or "尚未整改":
                status = RectificationStatus.NotDone;
                return true;
            default:
                status = default;
                return false;
        }
    }

    public static bool TryParseKind(string? text, out EvaluationKind kind)
    {
        switch (text?.Trim())
        {
            case "部门整体" or "部门整体支出" or "department" or "Department":
                kind = EvaluationKind.Department;
                return true;
            case "项目" or "项目支出" or "project" or "Project":
                kind = EvaluationKind.Project;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>Accepts ≥ >= ＞ 大于等于 etc. and 定性.</summary>
    public static bool TryParseOperator(string? text, out IndicatorOperator op)
    {
        switch (text?.Trim())
        {
            case "≥" or ">=" or "＞＝" or "大于等于" or "不低于" or "不少于":
                op = IndicatorOperator.AtLeast;
                return true;
            case ">" or "＞" or "大于" or "高于":
                op = IndicatorOperator.MoreThan;
                return true;
            case "=" or "＝" or "等于":
                op = IndicatorOperator.EqualTo;
                return true;
            case "≤" or "<=" or "＜＝" or "小于等于" or "不高于" or "不超过":
                op = IndicatorOperator.AtMost;
                return true;
            case "<" or "＜" or "小于" or "低于":
                op = IndicatorOperator.LessThan;
                return true;
            case "定性":
                op = IndicatorOperator.Qualitative;
                return true;
            default:
                op = default;
                return false;
        }
    }

    public static bool TryParseAnswer(string? text, out QualitativeAnswer answer)
    {
        var t = text?.Trim() ?? string.Empty;
        if (t.StartsWith("未达成", StringComparison.Ordinal))
        {
            answer = QualitativeAnswer.NotAchieved;
            return true;
        }

        if (t.StartsWith("部分达成", StringComparison.Ordinal))
        {
            answer = QualitativeAnswer.PartlyAchieved;
            return true;
        }

        if (t.StartsWith("达成", StringComparison.Ordinal))
        {
            answer = QualitativeAnswer.Achieved;
            return true;
        }

        answer = default;
        return false;
    }
}
