namespace Jixiao.Web.Features.Shared;

/// <summary>
/// Pages of long lists (the review queue, the bureau's evaluations): a reviewer reads one page of 50 at a time, and the
/// server renders and sends only that page. Page numbers start at 1; out-of-range values fall back to the nearest valid one.
/// </summary>
public static class Paging
{
    public const int DefaultSize = 50;

    public const int MaxSize = 200;

    /// <summary>Rows to take and to skip for a 1-based <paramref name="page"/> of <paramref name="size"/> rows.</summary>
    public static (int Take, int Skip) Window(int? page, int? size)
    {
        var rows = Math.Clamp(size ?? DefaultSize, 1, MaxSize);
        var number = Math.Max(1, page ?? 1);
        return (rows, (int)Math.Min(int.MaxValue, (long)(number - 1) * rows));
    }
}
