namespace Jixiao.Domain;

/// <summary>
/// An expected failure: a code from <see cref="ErrorCatalogue"/>, the path of the offending
/// field (<c>indicators[3].weight</c>, or <c>file.yaml:12:5</c>) and a Chinese message for people.
/// </summary>
public sealed record DomainError(string Code, string Path, string Message)
{
    public override string ToString() => string.IsNullOrEmpty(Path) ? Message : $"{Path}：{Message}";
}

/// <summary>
/// A value or every error found in one pass (NodaTime's ParseResult discipline): bad input
/// is not exceptional, so it is returned, not thrown.
/// </summary>
public sealed class Result<T>
{
    private readonly T? value;

    private Result(T? value, IReadOnlyList<DomainError> errors)
    {
        this.value = value;
        Errors = errors;
    }

    public IReadOnlyList<DomainError> Errors { get; }

    public bool IsSuccess => Errors.Count == 0;

    public T Value => IsSuccess ? value! : throw new InvalidOperationException("结果包含错误，不能取值：" + string.Join("；", Errors));

    public static Result<T> Success(T value) => new(value, []);

    public static Result<T> Failure(IReadOnlyList<DomainError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(default, errors);

    public static Result<T> Failure(DomainError error) => new(default, [error]);

    public Result<TOut> Map<TOut>(Func<T, TOut> map) => IsSuccess ? Result<TOut>.Success(map(Value)) : Result<TOut>.Failure(Errors);
}
