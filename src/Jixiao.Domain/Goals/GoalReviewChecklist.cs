using System.Globalization;
using System.Reflection;
using Jixiao.Domain.Yaml;

namespace Jixiao.Domain.Goals;

/// <summary>One item of the bureau's goal-review checklist, with the goal-check codes whose findings pre-fill it.</summary>
public sealed record ChecklistItem(string Code, string Name, string? Description, IReadOnlyList<string> Checks);

/// <summary>A conclusion the bureau may reach; <see cref="Approves"/> conclusions approve, the others return.</summary>
public sealed record ChecklistConclusion(string Name, bool Approves);

/// <summary>
/// 绩效目标审核要点 of a region and year (data, like frameworks: goal-review/*.yaml built in, or uploaded per bureau and
/// year): the items, the rating scale of each item, the conclusions (通过/修改后通过/不通过, or 优/良/中/差) and the
/// number of rounds (初审, 复审).
/// </summary>
public sealed record GoalReviewChecklist
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string Region { get; init; } = string.Empty;

    public int? Year { get; init; }

    /// <summary>1 (one review) or 2 (初审 and 复审).</summary>
    public int Rounds { get; init; } = 2;

    public required IReadOnlyList<ChecklistItem> Items { get; init; }

    /// <summary>Ratings an item may get, best first.</summary>
    public required IReadOnlyList<string> Ratings { get; init; }

    public required IReadOnlyList<ChecklistConclusion> Conclusions { get; init; }

    public ChecklistConclusion? Conclusion(string? name) => Conclusions.FirstOrDefault(c => string.Equals(c.Name, name?.Trim(), StringComparison.Ordinal));

    /// <summary>The item whose findings a goal-check code pre-fills (the last item takes codes no item names).</summary>
    public ChecklistItem ItemFor(string code) => Items.FirstOrDefault(i => i.Checks.Contains(code, StringComparer.Ordinal)) ?? Items[^1];
}

/// <summary>Reads and validates checklist files; the built-in ones are embedded from goal-review/.</summary>
public static class GoalReviewChecklists
{
    private const string Prefix = "goal-review/";

    private static readonly Lazy<List<GoalReviewChecklist>> Loaded = new(LoadAll);

    /// <summary>Built-in checklists, by id.</summary>
    public static IReadOnlyList<GoalReviewChecklist> BuiltIn => Loaded.Value;

    /// <summary>The default checklist (<c>goal-review/default.yaml</c>).</summary>
    public static GoalReviewChecklist Default => BuiltIn.First(c => c.Id == "default");

    public static Result<GoalReviewChecklist> Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var loaded = YamlTree.Load(yaml, sourceName);
        if (!loaded.IsSuccess)
        {
            return Result<GoalReviewChecklist>.Failure(loaded.Errors);
        }

        var errors = new List<DomainError>();
        var root = YamlMap.From(loaded.Value, string.Empty, errors);
        if (root is null)
        {
            return Result<GoalReviewChecklist>.Failure(errors.Count > 0 ? errors : [ErrorCatalogue.Invalid(sourceName, "审核要点文件为空")]);
        }

        var id = root.String("id", required: true);
        var name = root.String("name", required: true);
        var region = root.String("region") ?? string.Empty;
        var year = root.Int("year");
        var rounds = root.Int("rounds") ?? 2;
        var ratings = root.Strings("ratings");
        var itemNodes = root.List("items", required: true);
        var conclusionNodes = root.List("conclusions", required: true);
        root.RejectUnknown();

        if (rounds is < 1 or > 2)
        {
            errors.Add(ErrorCatalogue.Invalid("rounds", "审核轮次应为 1（一轮）或 2（初审、复审）"));
        }

        if (ratings.Count == 0)
        {
            errors.Add(ErrorCatalogue.MissingField("ratings", "ratings（各要点的评级，如 符合、基本符合、不符合）"));
        }

        var items = new List<ChecklistItem>();
        for (var i = 0; i < itemNodes.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"items[{i}]");
            if (YamlMap.From(itemNodes[i], path, errors) is not { } m)
            {
                continue;
            }

            var code = m.String("code", required: true);
            var itemName = m.String("name", required: true);
            var description = m.String("description");
            var checks = m.Strings("checks");
            m.RejectUnknown();
            foreach (var c in checks.Where(c => !GoalChecks.Codes.ContainsKey(c) && !Checks.Checker.Codes.ContainsKey(c)))
            {
                errors.Add(ErrorCatalogue.Invalid(m.Sub("checks"), $"未知的检查代码“{c}”"));
            }

            if (code is not null && items.Any(x => x.Code == code))
            {
                errors.Add(ErrorCatalogue.Duplicate(m.Sub("code"), code));
            }

            if (code is not null && itemName is not null)
            {
                items.Add(new ChecklistItem(code, itemName, description, checks));
            }
        }

        var conclusions = new List<ChecklistConclusion>();
        for (var i = 0; i < conclusionNodes.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"conclusions[{i}]");
            if (YamlMap.From(conclusionNodes[i], path, errors) is not { } m)
            {
                continue;
            }

            var cname = m.String("name", required: true);
            var approves = m.Bool("approves");
            m.RejectUnknown();
            if (approves is null)
            {
                errors.Add(ErrorCatalogue.MissingField(m.Sub("approves"), "approves（该结论是否批复通过：true/false）"));
            }

            if (cname is not null && approves is not null)
            {
                conclusions.Add(new ChecklistConclusion(cname, approves.Value));
            }
        }

        if (conclusionNodes.Count > 0 && errors.Count == 0)
        {
            if (!conclusions.Any(c => c.Approves))
            {
                errors.Add(ErrorCatalogue.Invalid("conclusions", "至少要有一个批复通过的结论（approves: true）"));
            }

            if (!conclusions.Any(c => !c.Approves))
            {
                errors.Add(ErrorCatalogue.Invalid("conclusions", "至少要有一个退回修改的结论（approves: false）"));
            }
        }

        if (id is not null && !id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            errors.Add(ErrorCatalogue.Invalid("id", $"审核要点编号“{id}”只能包含小写字母、数字和“-”"));
        }

        if (errors.Count > 0)
        {
            return Result<GoalReviewChecklist>.Failure(errors);
        }

        return Result<GoalReviewChecklist>.Success(new GoalReviewChecklist
        {
            Id = id!,
            Name = name!,
            Region = region,
            Year = year,
            Rounds = rounds,
            Items = items,
            Ratings = ratings,
            Conclusions = conclusions,
        });
    }

    public static IReadOnlyList<(string FileName, string Yaml)> Sources()
    {
        var assembly = typeof(GoalReviewChecklists).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[Prefix.Length..], Read(assembly, n)))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Embedded checklist {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<GoalReviewChecklist> LoadAll()
    {
        var list = new List<GoalReviewChecklist>();
        foreach (var (file, yaml) in Sources())
        {
            var result = Parse(yaml, Prefix + file);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException($"Built-in checklist {file} is invalid: {string.Join("; ", result.Errors)}");
            }

            if (!string.Equals(result.Value.Id + ".yaml", file, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Built-in checklist {file} declares id {result.Value.Id}; the file name must be <id>.yaml.");
            }

            list.Add(result.Value);
        }

        return list;
    }
}
