using System.Globalization;
using System.Reflection;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Yaml;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Domain.Monitoring;

/// <summary>
/// Reads and validates a monitoring settings file (预警规则, format in docs/monitoring.md and
/// monitoring/*.yaml) in one pass; every error names its field and its line and column.
/// </summary>
public static class MonitoringSettingsLoader
{
    public static Result<MonitoringSettings> Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var loaded = YamlTree.Load(yaml, sourceName);
        if (!loaded.IsSuccess)
        {
            return Result<MonitoringSettings>.Failure(loaded.Errors);
        }

        var errors = new List<DomainError>();
        var root = YamlMap.From(loaded.Value, string.Empty, errors);
        if (root is null)
        {
            return Result<MonitoringSettings>.Failure(errors.Count > 0 ? errors : [ErrorCatalogue.Invalid(sourceName, "预警规则文件为空")]);
        }

        var d = new MonitoringSettings { Id = "-", Name = "-" };
        var id = root.String("id", required: true);
        var name = root.String("name", required: true);
        var region = root.String("region") ?? string.Empty;
        var year = root.Int("year");
        var source = root.String("source");
        var counting = d.MonthCounting;
        switch (root.String("monthCounting"))
        {
            case null:
                break;
            case "完整月":
                counting = MonthCounting.Completed;
                break;
            case "按日折算":
                counting = MonthCounting.Daily;
                break;
            case var other:
                errors.Add(ErrorCatalogue.Invalid("monthCounting", $"应为“完整月”或“按日折算”，实际为“{other}”"));
                break;
        }

        var decimals = root.Int("decimals") ?? d.Decimals;
        if (decimals is < 0 or > 4)
        {
            errors.Add(ErrorCatalogue.Invalid("decimals", "小数位数应为 0 到 4 的整数"));
        }

        var budget = ReadBands(root, "budget", d.Budget, errors);
        var indicator = ReadBands(root, "indicator", d.Indicator, errors);
        var zeroTarget = ReadLight(root, "zeroTarget", errors) ?? d.ZeroTarget;
        var qualitative = ReadQualitative(root, errors) ?? d.Qualitative;
        var levelUnits = root.Get("levelUnits") is null ? d.LevelUnits : root.Strings("levelUnits");
        var redDays = root.Int("deadlineRedDays") ?? d.DeadlineRedDays;
        var yellowDays = root.Int("deadlineYellowDays") ?? d.DeadlineYellowDays;
        if (redDays < 0 || yellowDays < redDays)
        {
            errors.Add(ErrorCatalogue.Invalid("deadlineYellowDays", "截止提醒天数应满足 0 ≤ 红灯天数 ≤ 黄灯天数"));
        }

        var reasonFor = d.ReasonRequiredFor;
        if (root.Get("reasonRequiredFor") is not null)
        {
            var list = new List<Light>();
            var texts = root.Strings("reasonRequiredFor");
            for (var i = 0; i < texts.Count; i++)
            {
                if (LightText.TryParse(texts[i], out var l))
                {
                    list.Add(l);
                }
                else
                {
                    errors.Add(ErrorCatalogue.Invalid(string.Create(CultureInfo.InvariantCulture, $"reasonRequiredFor[{i}]"), $"应为 红、黄、绿、蓝 之一，实际为“{texts[i]}”"));
                }
            }

            reasonFor = list;
        }

        var forecast = root.Get("forecastReasonAbovePercent") is null ? d.ForecastReasonAbovePercent : root.Decimal("forecastReasonAbovePercent");
        var reasons = root.Get("deviationReasons") is null ? d.DeviationReasons : root.Strings("deviationReasons");
        var likelihoods = root.Get("likelihoods") is null ? d.Likelihoods : root.Strings("likelihoods");
        var yearEnd = root.Get("yearEndForecastDeviationPercent") is null ? d.YearEndForecastDeviationPercent : root.Decimal("yearEndForecastDeviationPercent");
        if (yearEnd is < 0m)
        {
            errors.Add(ErrorCatalogue.Invalid("yearEndForecastDeviationPercent", "年终完成值与年中预计的偏离阈值不能为负数"));
        }

        root.RejectUnknown();

        if (id is not null && !(id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')))
        {
            errors.Add(ErrorCatalogue.Invalid("id", $"预警规则编号“{id}”只能包含小写字母、数字和“-”"));
        }

        if (errors.Count > 0)
        {
            return Result<MonitoringSettings>.Failure(WithPositions(errors, loaded.Value!, sourceName));
        }

        return Result<MonitoringSettings>.Success(new MonitoringSettings
        {
            Id = id!,
            Name = name!,
            Region = region,
            Year = year,
            Source = source,
            MonthCounting = counting,
            Decimals = decimals,
            Budget = budget,
            Indicator = indicator,
            ZeroTarget = zeroTarget,
            Qualitative = qualitative,
            LevelUnits = levelUnits,
            DeadlineRedDays = redDays,
            DeadlineYellowDays = yellowDays,
            ReasonRequiredFor = reasonFor,
            ForecastReasonAbovePercent = forecast,
            DeviationReasons = reasons,
            Likelihoods = likelihoods,
            YearEndForecastDeviationPercent = yearEnd,
        });
    }

    private static List<DomainError> WithPositions(List<DomainError> errors, YamlNode root, string sourceName) =>
        errors.Select(e =>
        {
            if (e.Code == ErrorCatalogue.Syntax || string.IsNullOrEmpty(e.Path))
            {
                return e;
            }

            var node = EvaluationSerializer.Locate(root, e.Path);
            return node is null ? e : e with
            {
                Message = e.Message + string.Create(CultureInfo.InvariantCulture, $"（{sourceName} 第 {node.Start.Line} 行第 {node.Start.Column} 列）"),
            };
        }).ToList();

    /// <summary>A list of bands <c>{ below: 60, light: 红 }</c>, bounds strictly increasing, the last without a bound.</summary>
    private static IReadOnlyList<LightBand> ReadBands(YamlMap root, string key, IReadOnlyList<LightBand> fallback, List<DomainError> errors)
    {
        if (root.Get(key) is null)
        {
            return fallback;
        }

        var nodes = root.List(key);
        var bands = new List<LightBand>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{key}[{i}]");
            var map = YamlMap.From(nodes[i], path, errors);
            if (map is null)
            {
                continue;
            }

            var below = map.Decimal("below");
            var light = ReadLight(map, "light", errors, required: true);
            map.RejectUnknown();
            if (light is { } l)
            {
                bands.Add(new LightBand(below, l));
            }
        }

        if (bands.Count == 0)
        {
            errors.Add(ErrorCatalogue.Invalid(key, "至少需要一个档次"));
            return fallback;
        }

        for (var i = 0; i < bands.Count; i++)
        {
            var last = i == bands.Count - 1;
            var path = string.Create(CultureInfo.InvariantCulture, $"{key}[{i}].below");
            if (last && bands[i].Below is not null)
            {
                errors.Add(ErrorCatalogue.Invalid(path, "最后一个档次不应有上限（below），它覆盖其余所有数值"));
            }
            else if (!last && bands[i].Below is null)
            {
                errors.Add(ErrorCatalogue.Invalid(path, "除最后一个档次外，每个档次都需要上限（below）"));
            }
            else if (i > 0 && !last && bands[i].Below <= bands[i - 1].Below)
            {
                errors.Add(ErrorCatalogue.Invalid(path, "档次上限应从小到大排列"));
            }
        }

        return bands;
    }

    private static Light? ReadLight(YamlMap map, string key, List<DomainError> errors, bool required = false)
    {
        var text = map.String(key, required);
        if (text is null)
        {
            return null;
        }

        if (LightText.TryParse(text, out var light) && light != Light.Overdue)
        {
            return light;
        }

        errors.Add(ErrorCatalogue.Invalid(map.Sub(key), $"应为 红、黄、绿、蓝 之一，实际为“{text}”"));
        return null;
    }

    private static Dictionary<QualitativeAnswer, Light>? ReadQualitative(YamlMap root, List<DomainError> errors)
    {
        if (YamlMap.From(root.Get("qualitative"), "qualitative", errors, required: false) is not { } q)
        {
            return null;
        }

        var result = new Dictionary<QualitativeAnswer, Light>();
        foreach (var (key, answer) in new[] { ("达成", QualitativeAnswer.Achieved), ("部分达成", QualitativeAnswer.PartlyAchieved), ("未达成", QualitativeAnswer.NotAchieved) })
        {
            result[answer] = ReadLight(q, key, errors, required: true) ?? Light.NotAssessed;
        }

        q.RejectUnknown();
        return result;
    }
}

/// <summary>
/// The built-in monitoring settings: monitoring/*.yaml embedded in this assembly at build time,
/// validated once; a region adds a file, never code.
/// </summary>
public static class MonitoringCatalog
{
    private const string Prefix = "monitoring/";

    /// <summary>Id of the settings used when a task names none.</summary>
    public const string DefaultId = "national-default";

    private static readonly Lazy<List<MonitoringSettings>> All = new(LoadAll);

    public static IReadOnlyList<MonitoringSettings> BuiltIn => All.Value;

    public static IReadOnlyList<(string FileName, string Yaml)> Sources()
    {
        var assembly = typeof(MonitoringCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[Prefix.Length..], Read(assembly, n)))
            .ToList();
    }

    /// <summary>Built-in settings by id (the default when <paramref name="id"/> is null); the error lists the known ids.</summary>
    public static Result<MonitoringSettings> Get(string? id)
    {
        var wanted = id ?? DefaultId;
        var found = BuiltIn.FirstOrDefault(s => string.Equals(s.Id, wanted, StringComparison.Ordinal));
        return found is not null
            ? Result<MonitoringSettings>.Success(found)
            : Result<MonitoringSettings>.Failure(ErrorCatalogue.Invalid("settingsId",
                $"未知的预警规则“{wanted}”，可用：{string.Join("、", BuiltIn.Select(s => s.Id))}"));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Embedded settings {name} are missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<MonitoringSettings> LoadAll()
    {
        var list = new List<MonitoringSettings>();
        foreach (var (file, yaml) in Sources())
        {
            var result = MonitoringSettingsLoader.Parse(yaml, Prefix + file);
            if (!result.IsSuccess)
            {
                // A built-in file that does not validate is a bug of the build, not bad user input.
                throw new InvalidOperationException($"Built-in monitoring settings {file} are invalid: {string.Join("; ", result.Errors)}");
            }

            list.Add(result.Value);
        }

        return list.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
    }
}
