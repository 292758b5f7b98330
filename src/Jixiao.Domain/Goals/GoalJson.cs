using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Domain.Goals;

/// <summary>
/// The JSON schema of goal documents: the evaluation schema's options (camelCase, Chinese enums, unknown fields
/// refused, empty lists left out) plus the goal enums in Chinese (定量/定性, 计划标准 …, 新增项目/延续项目).
/// </summary>
internal static class GoalJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(EvaluationJson.Options) { WriteIndented = indented };
        options.Converters.Add(new ValueTypeConverter());
        options.Converters.Add(new StandardConverter());
        options.Converters.Add(new ProjectStatusConverter());
        options.MakeReadOnly();
        return options;
    }

    private sealed class ValueTypeConverter : JsonConverter<IndicatorValueType>
    {
        public override IndicatorValueType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return GoalText.TryParseValueType(text, out var t) ? t : throw new JsonException($"指标值类型应为“定量”或“定性”，实际为“{text}”");
        }

        public override void Write(Utf8JsonWriter writer, IndicatorValueType value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name());
    }

    private sealed class StandardConverter : JsonConverter<TargetStandard>
    {
        public override TargetStandard Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return GoalText.TryParseStandard(text, out var s) ? s : throw new JsonException($"指标值设定依据应为“计划标准”“历史标准”“行业标准”“预算支出标准”或“其他标准”，实际为“{text}”");
        }

        public override void Write(Utf8JsonWriter writer, TargetStandard value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name());
    }

    private sealed class ProjectStatusConverter : JsonConverter<ProjectStatus>
    {
        public override ProjectStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return GoalText.TryParseProjectStatus(text, out var s) ? s : throw new JsonException($"项目类型应为“新增项目”或“延续项目”，实际为“{text}”");
        }

        public override void Write(Utf8JsonWriter writer, ProjectStatus value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name());
    }
}
