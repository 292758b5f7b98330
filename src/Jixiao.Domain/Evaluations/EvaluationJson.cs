using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Jixiao.Domain.Evaluations;

/// <summary>
/// The one JSON schema of evaluation documents: camelCase names of the model records, enums in
/// Chinese (部门整体/项目, ≥ ≤ = 定性, 达成年度指标 …), nulls, false and empty lists left out.
/// YAML documents are converted to the same JSON before they are read.
/// </summary>
internal static class EvaluationJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            WriteIndented = indented,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SkipEmpty } },
        };
        options.Converters.Add(new KindConverter());
        options.Converters.Add(new OperatorConverter());
        options.Converters.Add(new AnswerConverter());
        options.Converters.Add(new RectificationConverter());
        options.Converters.Add(new LenientStringConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Leaves out false flags, empty lists and dictionaries, and empty budget lines, so documents stay short.</summary>
    private static void SkipEmpty(JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            var type = property.PropertyType;
            if (type == typeof(bool))
            {
                property.ShouldSerialize = static (_, value) => value is true;
            }
            else if (type == typeof(BudgetLine))
            {
                property.ShouldSerialize = static (_, value) => value is BudgetLine { Budget: not null } or BudgetLine { Executed: not null };
            }
            else if (type == typeof(Narrative))
            {
                property.ShouldSerialize = static (_, value) => value is Narrative n && !n.IsEmpty();
            }
            else if (type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
            {
                property.ShouldSerialize = static (_, value) => value is System.Collections.ICollection { Count: > 0 }
                    || (value is System.Collections.IEnumerable e and not System.Collections.ICollection && e.GetEnumerator().MoveNext());
            }
        }
    }

    private sealed class KindConverter : JsonConverter<EvaluationKind>
    {
        public override EvaluationKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return DomainText.TryParseKind(text, out var kind) ? kind : throw new JsonException($"评价类型应为“部门整体”或“项目”，实际为“{text}”");
        }

        public override void Write(Utf8JsonWriter writer, EvaluationKind value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name());
    }

    private sealed class OperatorConverter : JsonConverter<IndicatorOperator>
    {
        public override IndicatorOperator Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return DomainText.TryParseOperator(text, out var op) ? op : throw new JsonException($"指标性质应为 ≥、>、=、≤、< 或 定性，实际为“{text}”");
        }

        public override void Write(Utf8JsonWriter writer, IndicatorOperator value, JsonSerializerOptions options) => writer.WriteStringValue(value.Symbol());
    }

    private sealed class AnswerConverter : JsonConverter<QualitativeAnswer>
    {
        public override QualitativeAnswer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return DomainText.TryParseAnswer(text, out var a) ? a : throw new JsonException($"完成档次应为“达成年度指标”“部分达成年度指标并具有一定效果”或“未达成年度指标且效果较差”，实际为“{text}”");
        }

        public override void Write(Utf8JsonWriter writer, QualitativeAnswer value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name());
    }

    private sealed class RectificationConverter : JsonConverter<RectificationStatus>
    {
        public override RectificationStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return DomainText.TryParseRectification(text, out var s) ? s : throw new JsonException($"整改状态应为“已整改”“整改中”或“未整改”，实际为“{text}”");
        }

        public override void Write(Utf8JsonWriter writer, RectificationStatus value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name());
    }

    /// <summary>Text fields accept numbers and booleans as written (YAML: <c>unitCode: 510001</c>).</summary>
    private sealed class LenientStringConverter : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => throw new JsonException("应为文字"),
        };

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
