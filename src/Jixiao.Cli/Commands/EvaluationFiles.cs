using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Cli.Commands;

/// <summary>Loads evaluation files and scores them against their frameworks (built-in, or a file given with --framework).</summary>
internal static class EvaluationFiles
{
    public static bool IsJsonLines(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    public static Result<Evaluation> Load(string path) => Load(path, out _);

    public static Result<Evaluation> Load(string path, out string text)
    {
        var read = CliIo.ReadText(path);
        text = read.IsSuccess ? read.Value : string.Empty;
        return read.IsSuccess ? EvaluationSerializer.Parse(read.Value, path) : Result<Evaluation>.Failure(read.Errors);
    }

    /// <summary>Resolves the evaluation's framework (or the given file's) and scores.</summary>
    public static Result<(Framework Framework, ScoreResult Score)> Score(Evaluation evaluation, string? frameworkFile, FrameworkCache? cache = null, bool explain = true)
    {
        var framework = cache?.Get(evaluation.FrameworkId) ?? CliIo.ResolveFramework(evaluation.FrameworkId, frameworkFile);
        if (!framework.IsSuccess)
        {
            return Result<(Framework, ScoreResult)>.Failure(framework.Errors);
        }

        var score = explain ? Scorer.Score(framework.Value, evaluation) : Scorer.ScoreTotals(framework.Value, evaluation);
        return score.IsSuccess
            ? Result<(Framework, ScoreResult)>.Success((framework.Value, score.Value))
            : Result<(Framework, ScoreResult)>.Failure(score.Errors);
    }
}

/// <summary>Frameworks resolved once per id while streaming many evaluations.</summary>
internal sealed class FrameworkCache(string? frameworkFile)
{
    private readonly Dictionary<string, Result<Framework>> resolved = new(StringComparer.Ordinal);
    private Result<Framework>? fromFile;

    public Result<Framework> Get(string id)
    {
        if (frameworkFile is not null)
        {
            return fromFile ??= CliIo.ResolveFramework(id, frameworkFile);
        }

        if (!resolved.TryGetValue(id, out var result))
        {
            result = FrameworkCatalog.Get(id);
            resolved[id] = result;
        }

        return result;
    }
}
