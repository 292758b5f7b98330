using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Import;

/// <summary>
/// The page inside an MHT web archive (a "single file web page" saved by Word, WPS, Internet Explorer, Edge or
/// Chrome): a MIME message whose first <c>text/html</c> part (else <c>text/plain</c>) is the page, encoded
/// quoted-printable or base64 in the charset its header names (gb2312 and gbk read as GB18030, their superset).
/// Pictures and style sheets in the other parts are left aside.
/// </summary>
internal static partial class MhtText
{
    /// <summary>The page's text, or null (with a warning naming the file) when the archive holds no page.</summary>
    public static string? Read(byte[] bytes, string name, List<string> warnings)
    {
        // Headers and encodings are ASCII; Latin-1 keeps every byte as one char so the parts' bytes come back unchanged.
        var raw = Encoding.Latin1.GetString(bytes);
        var (headers, body) = Split(raw);
        if (Header(headers, "Content-Type") is not { } type)
        {
            // Named .mht but no MIME message: a page or a text saved under that name.
            var decoded = PublishedTextReader.Decode(bytes);
            return PublishedTextReader.LooksLikeHtml(decoded) ? HtmlText.Read(decoded) : decoded;
        }

        var parts = Boundary().Match(type) is { Success: true } b
            ? Parts(body, b.Groups[1].Value.Trim('"'))
            : [(headers, body)];
        var page = parts.FirstOrDefault(p => Type(p.Headers) == "text/html");
        var html = page.Headers is not null;
        if (!html)
        {
            page = parts.FirstOrDefault(p => Type(p.Headers) == "text/plain");
        }

        if (page.Headers is null)
        {
            warnings.Add($"{name}：MHT 网页存档中没有网页正文（text/html）：请在浏览器中打开后另存为 .html 或 .txt 再导入");
            return null;
        }

        var content = Decode(page.Body, Header(page.Headers, "Content-Transfer-Encoding"));
        var charset = Charset().Match(Header(page.Headers, "Content-Type") ?? string.Empty) is { Success: true } c ? c.Groups[1].Value : null;
        var text = Text(content, charset);
        return html ? HtmlText.Read(text) : text;
    }

    /// <summary>Headers and body of a MIME entity (split at the first empty line).</summary>
    private static (string Headers, string Body) Split(string entity)
    {
        var crlf = entity.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var lf = entity.IndexOf("\n\n", StringComparison.Ordinal);
        return (crlf, lf) switch
        {
            ( >= 0, _) when lf < 0 || crlf < lf => (entity[..crlf], entity[(crlf + 4)..]),
            (_, >= 0) => (entity[..lf], entity[(lf + 2)..]),
            _ => (entity, string.Empty),
        };
    }

    private static List<(string Headers, string Body)> Parts(string body, string boundary)
    {
        var parts = new List<(string, string)>();
        var delimiter = "--" + boundary;
        foreach (var chunk in body.Split(delimiter).Skip(1))
        {
            if (chunk.StartsWith("--", StringComparison.Ordinal))
            {
                break; // the closing delimiter
            }

            var part = chunk.TrimStart('\r', '\n', ' ', '\t');
            var (headers, content) = Split(part);
            parts.Add((headers, content.TrimEnd('\r', '\n')));
        }

        return parts;
    }

    /// <summary>A header's value, its folded continuation lines joined.</summary>
    private static string? Header(string headers, string field)
    {
        var unfolded = headers.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n ", " ", StringComparison.Ordinal).Replace("\n\t", " ", StringComparison.Ordinal);
        foreach (var line in unfolded.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals(field, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }

    private static string? Type(string? headers) =>
        headers is null ? null : Header(headers, "Content-Type")?.Split(';')[0].Trim().ToLowerInvariant();

    private static byte[] Decode(string body, string? transfer)
    {
        switch (transfer?.Trim().ToLowerInvariant())
        {
            case "base64":
                var compact = new string([.. body.Where(ch => !char.IsWhiteSpace(ch))]);
                try
                {
                    return Convert.FromBase64String(compact);
                }
                catch (FormatException)
                {
                    return Encoding.Latin1.GetBytes(body);
                }

            case "quoted-printable":
                return QuotedPrintable(body);
            default:
                return Encoding.Latin1.GetBytes(body);
        }
    }

    private static byte[] QuotedPrintable(string body)
    {
        var bytes = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var ch = body[i];
            if (ch != '=')
            {
                bytes.Add((byte)ch);
                continue;
            }

            if (i + 1 < body.Length && body[i + 1] == '\n')
            {
                i += 1; // soft line break
            }
            else if (i + 2 < body.Length && body[i + 1] == '\r' && body[i + 2] == '\n')
            {
                i += 2;
            }
            else if (i + 2 < body.Length && Uri.IsHexDigit(body[i + 1]) && Uri.IsHexDigit(body[i + 2]))
            {
                bytes.Add(Convert.ToByte(body.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)ch);
            }
        }

        return [.. bytes];
    }

    /// <summary>
    /// Bytes as text: UTF-8 when they are (a part may be mislabelled), else the part's charset — gb2312, gbk and an
    /// absent one as GB18030 (their superset), big5, windows-1252/iso-8859-1.
    /// </summary>
    private static string Text(byte[] bytes, string? charset) =>
        PublishedTextReader.Decode(bytes, charset?.Trim('"', '\'', ' ').ToLowerInvariant() switch
        {
            "big5" => "big5",
            "windows-1252" or "iso-8859-1" => "windows-1252",
            _ => "GB18030",
        });

    [GeneratedRegex("boundary\\s*=\\s*(\"[^\"]+\"|[^;\\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex("charset\\s*=\\s*\"?([A-Za-z0-9_\\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
