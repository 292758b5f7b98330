using System.Text.Json.Nodes;

namespace Jixiao.Web.Features.Evaluations;

/// <summary>Field-by-field differences between two stored evaluations, for the conflict message.</summary>
public static class ConflictDiff
{
    public static List<(string Field, string Theirs, string Yours)> Build(string theirs, string yours)
    {
        var a = Flatten(JsonNode.Parse(theirs));
        var b = Flatten(JsonNode.Parse(yours));
        return a.Keys.Union(b.Keys).Order(StringComparer.Ordinal)
            .Select(k => (k, a.GetValueOrDefault(k, string.Empty), b.GetValueOrDefault(k, string.Empty)))
            .Where(t => !string.Equals(t.Item2, t.Item3, StringComparison.Ordinal))
            .ToList();
    }

    private static Dictionary<string, string> Flatten(JsonNode? node)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(node, string.Empty, result);
        return result;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string> into)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o)
                {
                    Walk(v, path.Length == 0 ? k : path + "." + k, into);
                }

                break;
            case JsonArray arr:
                for (var i = 0; i < arr.Count; i++)
                {
                    Walk(arr[i], path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", into);
                }

                break;
            case null:
                break;
            default:
                into[path] = node.ToString();
                break;
        }
    }
}
