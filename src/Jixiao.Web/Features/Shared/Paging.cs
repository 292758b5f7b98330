namespace Jixiao.Web.Features.Shared;

/// <summary>
/// Pages of long lists (the review queue, the bureau's evaluations): a reviewer reads one page of 50 at a time, and the
/// server renders and sends only that page. Page numbers start at 1; out-of-range values fall back to the nearest valid one.
/// </summary>
public static class Paging
{
    public const int DefaultSize = 50;

    public const int MaxSize = 200;

    /// <summary>The 1-based page number asked for, 1 when none or less than 1.</summary>
    public static int Number(int? page) => Math.Max(1, page ?? 1);

    /// <summary>Rows to take and to skip for a 1-based <paramref name="page"/> of <paramref name="size"/> rows.</summary>
    public static (int Take, int Skip) Window(int? page, int? size)
    {
        var rows = Math.Clamp(size ?? DefaultSize, 1, MaxSize);
        return (rows, (int)Math.Min(int.MaxValue, (long)(Number(page) - 1) * rows));
    }

    /// <summary>
    /// One page of <see cref="DefaultSize"/> rows from <paramref name="fetch"/> (given take and skip), and whether a next
    /// page exists: one row more than a page is asked for, so the list is never counted.
    /// </summary>
    public static async Task<(IReadOnlyList<T> Rows, bool HasNext)> PageAsync<T>(int page, Func<int, int, Task<IReadOnlyList<T>>> fetch)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var (take, skip) = Window(page, DefaultSize);
        var fetched = await fetch(take + 1, skip);
        return fetched.Count > take ? (fetched.Take(take).ToList(), true) : (fetched, false);
    }
}
