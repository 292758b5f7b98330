using Jixiao.Documents.Import;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Documents.Reading;

/// <summary>
/// Lists of named amounts after a lead phrase, to the end of the sentence: 支出按功能分类：一般公共服务支出
/// 523.39 万元；社会保障和就业支出 142.46 万元 … (names ending in 支出), or income by source (names from
/// the vocabulary's items).
/// </summary>
internal static class ListReader
{
    public static void Read(ClauseReader.Piece piece, ReadContext ctx)
    {
        var text = piece.Text;
        var v = ctx.Index.Vocabulary;
        foreach (var list in v.Lists)
        {
            var target = list.List == "byFunction" ? ctx.Builder.ByFunction : ctx.Builder.Income;
            if (target.Count > 0)
            {
                continue;
            }

            var lead = -1;
            var leadEnd = -1;
            foreach (var l in list.Leads)
            {
                for (var i = 0; i < text.Length && lead < 0; i++)
                {
                    var end = PhraseIndex<string>.MatchAt(text, i, l);
                    if (end > 0)
                    {
                        lead = i;
                        leadEnd = end;
                    }
                }

                if (lead >= 0)
                {
                    break;
                }
            }

            if (lead < 0)
            {
                continue;
            }

            var stop = text.IndexOf('。', leadEnd);
            stop = stop < 0 ? text.Length : stop;
            var sentence = text[..stop];
            var tokens = NumberScanner.Scan(sentence, v).Where(t => t.Start >= leadEnd && t.Suffix == NumberSuffix.Money && t.Value is not null && !t.Approximate).ToList();
            var previousEnd = leadEnd;
            var listPath = list.List == "byFunction" ? "budget.byFunction" : "budget.incomeBySource";
            foreach (var token in tokens)
            {
                var from = previousEnd;
                for (var i = token.Start - 1; i >= previousEnd; i--)
                {
                    if (text[i] is '；' or ';' or '，' or ',' or '、' or '：' or ':')
                    {
                        from = i + 1;
                        break;
                    }
                }

                previousEnd = token.End;
                var name = TextNormalizer.JoinCjk(text[from..token.Start]).Trim().TrimEnd(':', '：', ' ').Trim();
                if (name.EndsWith('为'))
                {
                    name = name[..^1];
                }

                name = Name(name, list);
                if (name is null)
                {
                    continue;
                }

                var amount = token.Value!.Value * token.Factor;
                var path = $"{listPath}[{target.Count}]";
                target.Add(new NamedAmount(name, amount));
                ctx.Builder.Source(path, piece.Locate(token.Start, token.End - token.Start));
            }

            if (list.List == "byFunction" && target.Count > 0)
            {
                ctx.Builder.Source("budget.byFunction", piece.Locate(lead, leadEnd - lead));
            }
        }
    }

    private static string? Name(string name, ListEntry list)
    {
        if (name.StartsWith("其中", StringComparison.Ordinal))
        {
            name = name[2..].TrimStart(':', '：', ' ');
        }

        if (list.Items.Count > 0)
        {
            var folded = VocabularyLoader.Fold(name);
            foreach (var item in list.Items.OrderByDescending(i => i.Length))
            {
                if (folded.EndsWith(item, StringComparison.Ordinal) || folded.EndsWith(item + "收入", StringComparison.Ordinal))
                {
                    return item;
                }
            }

            return null;
        }

        var cjk = name.Length >= 3 && name.All(c => TextNormalizer.IsCjk(c) || c is '(' or ')' or '（' or '）' or '“' or '”' or '"');
        return cjk && list.ItemEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal)) && name.Length <= 20 ? name : null;
    }
}
