using System.Reflection;

namespace Jixiao.Domain.Frameworks;

/// <summary>
/// The built-in frameworks: frameworks/*.yaml embedded in this assembly at build time,
/// parsed and validated once by <see cref="FrameworkLoader"/>.
/// </summary>
public static class FrameworkCatalog
{
    private const string Prefix = "frameworks/";

    private static readonly Lazy<List<Framework>> Frameworks = new(LoadAll);

    /// <summary>Every built-in framework, ordered by id.</summary>
    public static IReadOnlyList<Framework> BuiltIn => Frameworks.Value;

    /// <summary>Resource names of the embedded files and their YAML text (for `framework show` and validation).</summary>
    public static IReadOnlyList<(string FileName, string Yaml)> Sources()
    {
        var assembly = typeof(FrameworkCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[Prefix.Length..], Read(assembly, n)))
            .ToList();
    }

    /// <summary>The YAML text of a built-in framework, or null.</summary>
    public static string? SourceOf(string id) =>
        Sources().FirstOrDefault(s => string.Equals(s.FileName, id + ".yaml", StringComparison.Ordinal)).Yaml;

    /// <summary>A built-in framework by id; the error names the field <c>frameworkId</c> and lists the known ids.</summary>
    public static Result<Framework> Get(string id)
    {
        var found = BuiltIn.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));
        return found is not null
            ? Result<Framework>.Success(found)
            : Result<Framework>.Failure(ErrorCatalogue.UnknownFrameworkId("frameworkId", id, BuiltIn.Select(f => f.Id)));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded framework {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<Framework> LoadAll()
    {
        var list = new List<Framework>();
        foreach (var (file, yaml) in Sources())
        {
            var result = FrameworkLoader.Parse(yaml, "frameworks/" + file);

            // A built-in framework that does not validate is a bug of the build, not bad user input.
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException($"Built-in framework {file} is invalid: {string.Join("; ", result.Errors)}");
            }

            if (!string.Equals(result.Value.Id + ".yaml", file, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Built-in framework {file} declares id {result.Value.Id}; the file name must be <id>.yaml.");
            }

            list.Add(result.Value);
        }

        return list;
    }
}
