using Jixiao.Domain;
using Jixiao.Domain.Review;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Data.Entities;

/// <summary>财政局 (a finance bureau; reviews the units under it).</summary>
public sealed class Bureau
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string Region { get; set; } = string.Empty;

    public List<Unit> Units { get; set; } = [];
}

/// <summary>预算单位 (a department or subordinate unit) under a bureau.</summary>
public sealed class Unit
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Code { get; set; }

    public int BureauId { get; set; }

    public Bureau? Bureau { get; set; }
}

/// <summary>A signed-in person: one role, and the unit or bureau it is scoped to.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public ActorRole Role { get; set; }

    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }

    public int? BureauId { get; set; }

    public Bureau? Bureau { get; set; }
}

/// <summary>
/// 自评 as stored: the serialized <see cref="Domain.Evaluations.Evaluation"/> (JSON) plus indexed
/// columns for lists, queues and dashboards. <see cref="Version"/> is the optimistic concurrency token.
/// </summary>
public sealed class EvaluationRecord
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public int Year { get; set; }

    public EvaluationKind Kind { get; set; }

    /// <summary>Unit name or, for projects, the project name.</summary>
    public required string Title { get; set; }

    public required string FrameworkId { get; set; }

    public ReviewState State { get; set; }

    /// <summary>The evaluation as JSON (see EvaluationJson).</summary>
    public required string Content { get; set; }

    /// <summary>自评总分.</summary>
    public decimal? SelfTotal { get; set; }

    public string? SelfGrade { get; set; }

    /// <summary>复核总分.</summary>
    public decimal? ReviewTotal { get; set; }

    public string? ReviewGrade { get; set; }

    /// <summary>预算执行率 in percent, for dashboards.</summary>
    public decimal? ExecutionRate { get; set; }

    /// <summary>Highest finding severity (0 none, 1 提示, 2 疑似, 3 确定).</summary>
    public int MaxSeverity { get; set; }

    public int FindingCount { get; set; }

    /// <summary>Last 退回 comment of the reviewer.</summary>
    public string? ReviewComment { get; set; }

    /// <summary>Last 部门退回 comment of the department approver.</summary>
    public string? DepartmentComment { get; set; }

    /// <summary>
    /// When the department approver last sent it to the bureau (null: never). The bureau sees an evaluation from then
    /// on, also while it is back in the department after a return; a second approval makes it 再次提交.
    /// </summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>SHA-256 of <see cref="Content"/> when approved; the published copy must equal it.</summary>
    public string? ApprovedContentSha256 { get; set; }

    public int Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>
    /// 更正: the published evaluation this one corrects (null for an original). A correction is a new record that goes
    /// through the whole workflow; the one it corrects stays published with its frozen documents. At most one record
    /// corrects a given one (unique index), so the versions form a chain.
    /// </summary>
    public int? SupersedesId { get; set; }

    /// <summary>第 N 版: 1 for an original, the predecessor's revision plus one for a correction.</summary>
    public int Revision { get; set; } = 1;

    /// <summary>更正原因, given by the bureau when it opened the correction (null for an original).</summary>
    public string? CorrectionReason { get; set; }

    /// <summary>When the correction of this evaluation was published: from then on it is 已被更正 (still published and readable).</summary>
    public DateTimeOffset? SupersededAt { get; set; }
}

/// <summary>佐证材料 (evidence file), stored outside the web root under its hash.</summary>
public sealed class EvidenceFile
{
    public int Id { get; set; }

    public int EvaluationId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public required string UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>A document generated at approval (DOCX/XLSX/PDF): the bytes the public downloads and their hash.</summary>
public sealed class PublishedDocument
{
    public int Id { get; set; }

    public int EvaluationId { get; set; }

    /// <summary>docx, xlsx or pdf.</summary>
    public required string Format { get; set; }

    public required string FileName { get; set; }

    public required byte[] Content { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// Append-only audit log: who, when, what, before and after. Rows are never updated or deleted (a database trigger refuses
/// it), and each row carries the hash of the one before it (<see cref="AuditTrail.AuditChain"/>), so that a row changed or
/// removed behind the application's back is found by <c>jixiao audit-log verify</c>.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>Position in the chain: 1, 2, 3 … without gaps, assigned under a lock when the row is written.</summary>
    public long Sequence { get; set; }

    /// <summary>SHA-256 (hex) of the previous row's <see cref="Hash"/>; 64 zeros for the first row.</summary>
    public string? PreviousHash { get; set; }

    /// <summary>SHA-256 (hex) of this row's canonical content, <see cref="PreviousHash"/> included. Null only for rows written before the chain existed.</summary>
    public string? Hash { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    /// <summary>e.g. evaluation.save, evaluation.submit, framework.activate.</summary>
    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}

/// <summary>A framework uploaded by a bureau (YAML as uploaded, validated by the domain loader).</summary>
public sealed class FrameworkDocument
{
    public int Id { get; set; }

    public required string FrameworkId { get; set; }

    public required string Name { get; set; }

    public EvaluationKind Kind { get; set; }

    public required string Yaml { get; set; }

    public required string UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>The framework a bureau uses for a year and kind.</summary>
public sealed class FrameworkActivation
{
    public int Id { get; set; }

    public int BureauId { get; set; }

    public int Year { get; set; }

    public EvaluationKind Kind { get; set; }

    public required string FrameworkId { get; set; }

    public required string ActivatedBy { get; set; }

    public DateTimeOffset ActivatedAt { get; set; }
}
