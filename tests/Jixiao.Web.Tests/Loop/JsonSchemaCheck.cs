using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests.Loop;

/// <summary>
/// A small JSON Schema draft-04 checker for the keywords the Fiscal Data Package schema uses (see
/// testdata/opendata/README.md). A keyword it does not know makes it throw, so nothing is passed unchecked.
/// Returns every violation with its JSON path.
/// </summary>
internal static class JsonSchemaCheck
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "title", "description", "context", "examples", "examples:", "propertyOrder", "default", "options", "notes",
    };

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "type", "enum", "required", "properties", "patternProperties", "items", "minItems", "uniqueItems", "minLength", "minimum", "maximum",
        "pattern", "format", "allOf", "anyOf", "oneOf",
    };

    public static IReadOnlyList<string> Validate(JsonElement schema, JsonElement instance)
    {
        var errors = new List<string>();
        Check(schema, instance, "$", errors);
        return errors;
    }

    private static void Check(JsonElement schema, JsonElement x, string path, List<string> errors)
    {
        foreach (var p in schema.EnumerateObject())
        {
            if (!Keywords.Contains(p.Name) && !Annotations.Contains(p.Name))
            {
                throw new NotSupportedException($"JSON Schema keyword “{p.Name}” is not implemented by this checker ({path}).");
            }
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, x))
        {
            errors.Add($"{path}: 类型应为 {type.GetRawText()}，实际为 {x.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonEquals(a, x)))
        {
            errors.Add($"{path}: 值 {x.GetRawText()} 不在 {allowed.GetRawText()} 之中");
        }

        switch (x.ValueKind)
        {
            case JsonValueKind.Object:
                Object(schema, x, path, errors);
                break;
            case JsonValueKind.Array:
                Array(schema, x, path, errors);
                break;
            case JsonValueKind.String:
                String(schema, x.GetString()!, path, errors);
                break;
            case JsonValueKind.Number:
                if (schema.TryGetProperty("minimum", out var min) && x.GetDecimal() < min.GetDecimal())
                {
                    errors.Add($"{path}: {x.GetDecimal()} 小于最小值 {min.GetDecimal()}");
                }

                if (schema.TryGetProperty("maximum", out var max) && x.GetDecimal() > max.GetDecimal())
                {
                    errors.Add($"{path}: {x.GetDecimal()} 大于最大值 {max.GetDecimal()}");
                }

                break;
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var s in allOf.EnumerateArray())
            {
                Check(s, x, path, errors);
            }
        }

        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(s => Validate(s, x).Count == 0))
        {
            errors.Add($"{path}: 不符合 anyOf 中任何一项");
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var matches = oneOf.EnumerateArray().Count(s => Validate(s, x).Count == 0);
            if (matches != 1)
            {
                errors.Add($"{path}: oneOf 应恰好符合一项，实际符合 {matches} 项");
            }
        }
    }

    private static void Object(JsonElement schema, JsonElement x, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!x.TryGetProperty(name, out _))
                {
                    errors.Add($"{path}: 缺少必需字段“{name}”");
                }
            }
        }

        schema.TryGetProperty("properties", out var properties);
        schema.TryGetProperty("patternProperties", out var patterns);
        foreach (var p in x.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(p.Name, out var ps))
            {
                Check(ps, p.Value, path + "." + p.Name, errors);
            }

            if (patterns.ValueKind == JsonValueKind.Object)
            {
                foreach (var pattern in patterns.EnumerateObject().Where(pp => Matches(pp.Name, p.Name)))
                {
                    Check(pattern.Value, p.Value, path + "." + p.Name, errors);
                }
            }
        }
    }

    private static void Array(JsonElement schema, JsonElement x, string path, List<string> errors)
    {
        var items = x.EnumerateArray().ToList();
        if (schema.TryGetProperty("minItems", out var min) && items.Count < min.GetInt32())
        {
            errors.Add($"{path}: 至少需要 {min.GetInt32()} 项");
        }

        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.GetBoolean()
            && items.Select(i => i.GetRawText()).Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            errors.Add($"{path}: 各项应互不相同");
        }

        if (schema.TryGetProperty("items", out var itemSchema) && itemSchema.ValueKind == JsonValueKind.Object)
        {
            for (var i = 0; i < items.Count; i++)
            {
                Check(itemSchema, items[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), errors);
            }
        }
    }

    private static void String(JsonElement schema, string s, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minLength", out var minLength) && s.Length < minLength.GetInt32())
        {
            errors.Add($"{path}: 长度应至少为 {minLength.GetInt32()}");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !Matches(pattern.GetString()!, s))
        {
            errors.Add($"{path}: “{s}”不符合模式 {pattern.GetString()}");
        }

        if (schema.TryGetProperty("format", out var format))
        {
            var ok = format.GetString() switch
            {
                "date-time" => DateTimeOffset.TryParseExact(s, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                "email" => s.IndexOf('@', StringComparison.Ordinal) > 0,
                "uri" => Uri.TryCreate(s, UriKind.Absolute, out _),
                _ => true,
            };
            if (!ok)
            {
                errors.Add($"{path}: “{s}”不是有效的 {format.GetString()}");
            }
        }
    }

    /// <summary>ECMAScript patterns as the schema writes them: \w and \d are ASCII there, not Unicode as in .NET.</summary>
    private static bool Matches(string pattern, string s) =>
        Regex.IsMatch(s, pattern.Replace("\\w", "[A-Za-z0-9_]", StringComparison.Ordinal).Replace("\\d", "[0-9]", StringComparison.Ordinal), RegexOptions.None, TimeSpan.FromSeconds(1));

    private static bool TypeMatches(JsonElement type, JsonElement x) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => TypeMatches(t, x)) : type.GetString() switch
        {
            "object" => x.ValueKind == JsonValueKind.Object,
            "array" => x.ValueKind == JsonValueKind.Array,
            "string" => x.ValueKind == JsonValueKind.String,
            "number" => x.ValueKind == JsonValueKind.Number,
            "integer" => x.ValueKind == JsonValueKind.Number && x.GetDecimal() == decimal.Truncate(x.GetDecimal()),
            "boolean" => x.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "null" => x.ValueKind == JsonValueKind.Null,
            var other => throw new NotSupportedException("JSON Schema type " + other),
        };

    private static bool JsonEquals(JsonElement a, JsonElement b) => a.ValueKind == b.ValueKind && (a.ValueKind == JsonValueKind.Number
        ? a.GetDecimal() == b.GetDecimal()
        : string.Equals(a.GetRawText(), b.GetRawText(), StringComparison.Ordinal));
}
