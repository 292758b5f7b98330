using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Domain.Yaml;

/// <summary>
/// Reads a YAML document into YamlDotNet's node tree, turning syntax errors into a
/// <see cref="DomainError"/> with file, line and column.
/// </summary>
internal static class YamlTree
{
    public static Result<YamlNode?> Load(string text, string sourceName)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            var detail = Translate(ex);
            return Result<YamlNode?>.Failure(ErrorCatalogue.SyntaxError(sourceName, ex.Start.Line, ex.Start.Column, detail));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way on some unterminated flow collections ("[a" at the end): report
            // where the last good element ended.
            var mark = parser.Current?.End ?? Mark.Empty;
            return Result<YamlNode?>.Failure(ErrorCatalogue.SyntaxError(sourceName, mark.Line, mark.Column,
                "结构不完整：此处之后有未闭合的“[”或“{”，或缩进错误"));
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            return Result<YamlNode?>.Failure(ErrorCatalogue.SyntaxError(sourceName, second.Line, second.Column, "一个文件只能包含一个文档（出现了第二个“---”）"));
        }

        return Result<YamlNode?>.Success(stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode);
    }

    /// <summary>A Chinese rendering of YamlDotNet's common messages, keeping the original as detail.</summary>
    private static string Translate(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var hint = message switch
        {
            _ when message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) => "此处不允许出现“:”（缺少空格、缩进错误或值需加引号）",
            _ when message.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase) => "缩进不一致，未找到预期的字段名",
            _ when message.Contains("did not find expected", StringComparison.OrdinalIgnoreCase) => "结构不完整（缺少“-”、“]”或“}”，或缩进错误）",
            _ when message.Contains("found character that cannot start any token", StringComparison.OrdinalIgnoreCase) => "出现了不能开始一个值的字符（例如制表符缩进或“@”），请加引号或改用空格缩进",
            _ when message.Contains("while scanning a quoted scalar", StringComparison.OrdinalIgnoreCase) => "引号没有闭合",
            _ when message.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase) => "缩进或结构错误（上一行的值后面出现了意外的“字段:”）",
            _ when message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) => "同一层级出现了重复的字段名",
            _ => "YAML 语法错误",
        };
        return $"{hint}（{message.Trim()}）";
    }

    public static string Position(YamlNode node) =>
        string.Create(CultureInfo.InvariantCulture, $"第 {node.Start.Line} 行第 {node.Start.Column} 列");

    public static bool IsNull(YamlNode? node) =>
        node is null || (node is YamlScalarNode s && s.Style == ScalarStyle.Plain && s.Value is null or "" or "~" or "null" or "Null" or "NULL");
}

/// <summary>
/// A mapping being read field by field; collects errors with their paths and reports unknown keys at the end.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode node;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);
    private readonly List<DomainError> errors;

    public YamlMap(YamlMappingNode node, string path, List<DomainError> errors)
    {
        this.node = node;
        Path = path;
        this.errors = errors;
    }

    public string Path { get; }

    public string Sub(string key) => string.IsNullOrEmpty(Path) ? key : Path + "." + key;

    public static YamlMap? From(YamlNode? node, string path, List<DomainError> errors, bool required = true)
    {
        if (node is YamlMappingNode map)
        {
            return new YamlMap(map, path, errors);
        }

        if (YamlTree.IsNull(node))
        {
            if (required)
            {
                errors.Add(ErrorCatalogue.MissingField(path, path));
            }

            return null;
        }

        errors.Add(ErrorCatalogue.Invalid(path, $"应为“字段: 值”的映射（{YamlTree.Position(node!)}）"));
        return null;
    }

    public YamlNode? Get(string key)
    {
        read.Add(key);
        foreach (var (k, v) in node.Children)
        {
            if (k is YamlScalarNode s && string.Equals(s.Value, key, StringComparison.Ordinal))
            {
                return YamlTree.IsNull(v) ? null : v;
            }
        }

        return null;
    }

    public string? String(string key, bool required = false)
    {
        var v = Get(key);
        if (v is null)
        {
            if (required)
            {
                errors.Add(ErrorCatalogue.MissingField(Sub(key), key));
            }

            return null;
        }

        if (v is YamlScalarNode s)
        {
            return s.Value;
        }

        errors.Add(ErrorCatalogue.Invalid(Sub(key), $"应为文字（{YamlTree.Position(v)}）"));
        return null;
    }

    public decimal? Decimal(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        errors.Add(ErrorCatalogue.Invalid(Sub(key), $"应为数字，实际为“{text}”（{YamlTree.Position(Get(key)!)}）"));
        return null;
    }

    public int? Int(string key, bool required = false)
    {
        var d = Decimal(key, required);
        if (d is null)
        {
            return null;
        }

        if (d != decimal.Truncate(d.Value) || d > int.MaxValue || d < int.MinValue)
        {
            errors.Add(ErrorCatalogue.Invalid(Sub(key), "应为整数"));
            return null;
        }

        return (int)d.Value;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        switch (text?.Trim())
        {
            case null:
                return null;
            case "true" or "True" or "TRUE" or "是" or "yes":
                return true;
            case "false" or "False" or "FALSE" or "否" or "no":
                return false;
            default:
                errors.Add(ErrorCatalogue.Invalid(Sub(key), $"应为 true 或 false，实际为“{text}”"));
                return null;
        }
    }

    public IReadOnlyList<YamlNode> List(string key, bool required = false)
    {
        var v = Get(key);
        switch (v)
        {
            case null:
                if (required)
                {
                    errors.Add(ErrorCatalogue.MissingField(Sub(key), key));
                }

                return [];
            case YamlSequenceNode seq:
                return seq.Children.ToList();
            default:
                errors.Add(ErrorCatalogue.Invalid(Sub(key), $"应为列表（{YamlTree.Position(v)}）"));
                return [];
        }
    }

    /// <summary>A string or a list of strings.</summary>
    public IReadOnlyList<string> Strings(string key)
    {
        var v = Get(key);
        switch (v)
        {
            case null:
                return [];
            case YamlScalarNode s:
                return s.Value is { } one ? [one] : [];
            case YamlSequenceNode seq:
                var list = new List<string>();
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    if (seq.Children[i] is YamlScalarNode { Value: { } item })
                    {
                        list.Add(item);
                    }
                    else
                    {
                        errors.Add(ErrorCatalogue.Invalid(string.Create(CultureInfo.InvariantCulture, $"{Sub(key)}[{i}]"), "应为文字"));
                    }
                }

                return list;
            default:
                errors.Add(ErrorCatalogue.Invalid(Sub(key), "应为文字或文字列表"));
                return [];
        }
    }

    /// <summary>Reports keys present in the mapping that no reader asked for.</summary>
    public void RejectUnknown()
    {
        foreach (var key in node.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } k } && !read.Contains(k))
            {
                errors.Add(ErrorCatalogue.Unknown(Sub(k), k));
            }
        }
    }
}
