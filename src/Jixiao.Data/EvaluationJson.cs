using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Data;

/// <summary>The stored form of an evaluation: camelCase JSON with enum names, the same shape as the evaluation file format.</summary>
public static class EvaluationJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
        // Chinese stays readable in the database and the audit log; HTML-sensitive characters are still escaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static string Write(Evaluation evaluation) => JsonSerializer.Serialize(evaluation, Options);

    public static Result<Evaluation> Read(string json, string source)
    {
        try
        {
            var value = JsonSerializer.Deserialize<Evaluation>(json, Options);
            return value is null
                ? Result<Evaluation>.Failure(new DomainError("evaluation.empty", source, "评价内容为空。"))
                : Result<Evaluation>.Success(value);
        }
        catch (JsonException ex)
        {
            return Result<Evaluation>.Failure(new DomainError("evaluation.json", source + (ex.Path is null ? string.Empty : ":" + ex.Path), "评价内容不是有效的 JSON：" + ex.Message));
        }
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
