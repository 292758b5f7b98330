using System.Globalization;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Yaml;

namespace Jixiao.Domain.Publication;

/// <summary>公开时限 of a region (publication/*.yaml): the evaluated year's results must be public by a date of a later year.</summary>
public sealed record PublicationDeadlineRule(string Id, string Name, string Region, int YearOffset, int Month, int Day)
{
    public DateOnly For(int evaluatedYear) => new(evaluatedYear + YearOffset, Month, Day);

    /// <summary>按期 / 逾期 N 天 / 尚未公开（期限 …）, compared on dates in China.</summary>
    public string Describe(int evaluatedYear, DateOnly? publishedOn, DateOnly today)
    {
        var deadline = For(evaluatedYear);
        var d = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return publishedOn switch
        {
            DateOnly p when p <= deadline => $"按期公开（时限 {d}）",
            DateOnly p => string.Create(CultureInfo.InvariantCulture, $"逾期 {p.DayNumber - deadline.DayNumber} 天公开（时限 {d}）"),
            null when today > deadline => string.Create(CultureInfo.InvariantCulture, $"已过公开时限 {today.DayNumber - deadline.DayNumber} 天，尚未公开（时限 {d}）"),
            null => $"尚未公开（时限 {d}）",
        };
    }
}

/// <summary>Reads publication/*.yaml (located errors) and picks a region's rule, else the "*" one.</summary>
public static class PublicationDeadlines
{
    public static Result<PublicationDeadlineRule> Parse(string yaml, string sourceName)
    {
        var loaded = YamlTree.Load(yaml, sourceName);
        if (!loaded.IsSuccess)
        {
            return Result<PublicationDeadlineRule>.Failure(loaded.Errors);
        }

        var errors = new List<DomainError>();
        var root = YamlMap.From(loaded.Value, string.Empty, errors);
        if (root is null)
        {
            return Result<PublicationDeadlineRule>.Failure(errors.Count > 0 ? errors : [ErrorCatalogue.Invalid(sourceName, "公开时限文件为空")]);
        }

        var id = root.String("id", required: true);
        var name = root.String("name", required: true);
        var region = root.String("region", required: true);
        var offset = root.Int("yearOffset", required: true);
        var month = root.Int("month", required: true);
        var day = root.Int("day", required: true);
        root.RejectUnknown();
        if (offset is < 0 or > 3)
        {
            errors.Add(ErrorCatalogue.Invalid("yearOffset", "应为 0 到 3 之间的整数"));
        }

        if (month is < 1 or > 12 || (month is int m && day is int dd && (dd < 1 || dd > DateTime.DaysInMonth(2001, m))))
        {
            errors.Add(ErrorCatalogue.Invalid("day", "月、日不构成有效日期"));
        }

        if (errors.Count > 0)
        {
            return Result<PublicationDeadlineRule>.Failure(errors.Select(e =>
                EvaluationSerializer.Locate(loaded.Value!, e.Path) is { } node
                    ? e with { Message = e.Message + string.Create(CultureInfo.InvariantCulture, $"（{sourceName} 第 {node.Start.Line} 行第 {node.Start.Column} 列）") }
                    : e).ToList());
        }

        return Result<PublicationDeadlineRule>.Success(new PublicationDeadlineRule(id!, name!, region!, offset!.Value, month!.Value, day!.Value));
    }

    public static IReadOnlyList<PublicationDeadlineRule> BuiltIn { get; } = Load();

    public static PublicationDeadlineRule For(string region) =>
        BuiltIn.FirstOrDefault(r => r.Region == region) ?? BuiltIn.First(r => r.Region == "*");

    private static List<PublicationDeadlineRule> Load()
    {
        var assembly = typeof(PublicationDeadlines).Assembly;
        var list = new List<PublicationDeadlineRule>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("publication/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var parsed = Parse(reader.ReadToEnd(), name);
            list.Add(parsed.IsSuccess ? parsed.Value : throw new InvalidOperationException($"Built-in publication deadline {name} is invalid: {string.Join("; ", parsed.Errors)}"));
        }

        return list;
    }
}
