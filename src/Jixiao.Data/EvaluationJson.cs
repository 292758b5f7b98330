using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Data;

/// <summary>
/// The stored form of an evaluation is the domain's own JSON schema (EvaluationSerializer, the evaluation file format);
/// <see cref="Options"/> is the REST API's JSON (camelCase, enum names in camelCase).
/// </summary>
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

    public static string Write(Evaluation evaluation) => EvaluationSerializer.ToJsonLine(evaluation);

    public static Result<Evaluation> Read(string json, string source) => EvaluationSerializer.ParseJson(json, source);

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
