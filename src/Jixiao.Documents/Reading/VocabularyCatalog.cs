using System.Reflection;
using Jixiao.Domain;

namespace Jixiao.Documents.Reading;

/// <summary>
/// The built-in reading vocabulary: reading/*.yaml embedded in this assembly at build time, loaded
/// and validated once by <see cref="VocabularyLoader"/> (as the frameworks are).
/// </summary>
public static class VocabularyCatalog
{
    private const string Prefix = "reading/";

    private static readonly Lazy<ReadingVocabulary> Vocabulary = new(LoadBuiltIn);

    /// <summary>The built-in vocabulary.</summary>
    public static ReadingVocabulary BuiltIn => Vocabulary.Value;

    /// <summary>File names of the embedded files (reading/fields.yaml …) and their YAML text.</summary>
    public static IReadOnlyList<(string FileName, string Yaml)> Sources()
    {
        var assembly = typeof(VocabularyCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n, Read(assembly, n)))
            .ToList();
    }

    /// <summary>Loads every *.yaml / *.yml of a directory as one vocabulary (a region's own set).</summary>
    public static Result<ReadingVocabulary> LoadDirectory(string directory)
    {
        var files = Directory.GetFiles(directory, "*.yaml").Concat(Directory.GetFiles(directory, "*.yml")).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return Result<ReadingVocabulary>.Failure(new DomainError(VocabularyLoader.ErrorCode, directory, $"目录 {directory} 中没有 .yaml 词表文件"));
        }

        return VocabularyLoader.Load(files.Select(f => (f, File.ReadAllText(f))));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded vocabulary {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ReadingVocabulary LoadBuiltIn()
    {
        var result = VocabularyLoader.Load(Sources());

        // A built-in vocabulary that does not validate is a bug of the build, not bad user input.
        return result.IsSuccess
            ? result.Value
            : throw new InvalidOperationException("Built-in reading vocabulary is invalid: " + string.Join("; ", result.Errors));
    }
}
