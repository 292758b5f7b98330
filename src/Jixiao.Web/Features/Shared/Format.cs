using System.Globalization;
using Jixiao.Domain;

namespace Jixiao.Web.Features.Shared;

/// <summary>Display formatting, always with the invariant culture.</summary>
public static class Format
{
    public static string Score(decimal? value) => value is decimal v ? Money.Round(v).ToString("0.##", CultureInfo.InvariantCulture) : "—";

    public static string Amount(decimal? value) => value is decimal v ? v.ToString("0.##", CultureInfo.InvariantCulture) : string.Empty;

    public static string Percent(decimal? value) => value is decimal v ? v.ToString("0.##", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Time(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string SeverityName(int severity) => severity switch
    {
        3 => "确定",
        2 => "疑似",
        1 => "提示",
        _ => "无",
    };

    public static string StateClass(Jixiao.Domain.Review.ReviewState state) => "state state-" + state.ToString().ToLowerInvariant();
}
