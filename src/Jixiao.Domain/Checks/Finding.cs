namespace Jixiao.Domain.Checks;

/// <summary>严重程度 of a finding.</summary>
public enum Severity
{
    /// <summary>提示: worth a look, not an error (e.g. a difference within rounding).</summary>
    Note,

    /// <summary>疑似: probably wrong or missing; a reviewer should ask.</summary>
    Suspect,

    /// <summary>确定: certainly wrong (an identity fails beyond any rounding).</summary>
    Certain,
}

/// <summary>One value behind a finding: what it is, the value, and where it came from (field path or source line).</summary>
public sealed record Evidence(string Label, string Value, string Source);

/// <summary>
/// 复核发现 (a reviewer finding): a stable code (e.g. <c>SUM-FUNCTION</c>), a severity, a Chinese
/// message and the evidence (values, the recomputed value, the tolerance, their sources).
/// </summary>
public sealed record Finding(string Code, Severity Severity, string Message, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>Field path the finding is about (e.g. <c>budget.byFunction</c>), when there is one.</summary>
    public string? Path { get; init; }

    /// <summary>For cross-document findings: the other document's name.</summary>
    public string? OtherDocument { get; init; }
}

public static class SeverityText
{
    public static string Name(this Severity severity) => severity switch
    {
        Severity.Note => "提示",
        Severity.Suspect => "疑似",
        Severity.Certain => "确定",
    };
}
