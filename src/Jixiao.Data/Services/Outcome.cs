using Jixiao.Domain;

namespace Jixiao.Data.Services;

public enum OutcomeStatus
{
    Ok,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>What a use case did: a value, or why not (not found, forbidden, invalid with errors, conflict).</summary>
public sealed record Outcome<T>(OutcomeStatus Status, T? Value, IReadOnlyList<DomainError> Errors, SaveConflict? Conflict = null)
{
    public bool IsOk => Status == OutcomeStatus.Ok;

    public static Outcome<T> Ok(T value) => new(OutcomeStatus.Ok, value, []);

    public static Outcome<T> NotFound() => new(OutcomeStatus.NotFound, default, [new DomainError("not-found", string.Empty, "没有找到该记录，或无权查看。")]);

    public static Outcome<T> Forbidden(string message = "无权执行此操作。") => new(OutcomeStatus.Forbidden, default, [new DomainError("forbidden", string.Empty, message)]);

    public static Outcome<T> Invalid(IReadOnlyList<DomainError> errors) => new(OutcomeStatus.Invalid, default, errors);

    public static Outcome<T> Invalid(string code, string path, string message) => Invalid([new DomainError(code, path, message)]);

    public static Outcome<T> Conflicted(SaveConflict conflict) =>
        new(OutcomeStatus.Conflict, default, [new DomainError("conflict", "version", $"保存冲突：{conflict.TheirsBy} 已在您之后保存了新版本（第 {conflict.TheirsVersion} 版）。您的修改未覆盖对方，两份内容都已保留，请核对后再保存。")], conflict);
}

/// <summary>Both sides of a lost race: what is in the database now and what the caller tried to save (kept in the audit log too).</summary>
public sealed record SaveConflict(int TheirsVersion, string TheirsBy, string TheirsContent, string YoursContent);
