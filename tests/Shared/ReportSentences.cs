using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Tests;

/// <summary>
/// "Nothing invented" (issue 10): every sentence of a rendered report (Markdown) must be the unit's
/// text, the framework's text, or one of the fixed phrases below with figures and names filled in.
/// The test collects the allowed sentences, takes the input and framework strings and the figures
/// out of each output sentence, and what is left (the skeleton) must be a known fixed phrase. A
/// sentence the code made up (e.g. "本年度无需单独说明的重点任务项目支出。") has a skeleton that is
/// none of these and is reported.
/// </summary>
internal static partial class ReportSentences
{
    /// <summary>Fixed phrases of the report and the notes, as skeletons: ⟨X⟩ stands for input or framework text, ⟨N⟩ for a figure.</summary>
    public static readonly string[] FixedPhrases =
    [
        // title, draft banner, warnings
        "⟨X⟩⟨N⟩年度部门整体支出绩效自评报告", "⟨X⟩⟨N⟩年度项目支出绩效自评报告", "⟨X⟩⟨N⟩年度部门整体支出绩效自评表说明", "⟨X⟩⟨N⟩年度项目支出绩效自评表说明",
        "草稿：以下内容待填写", "缺少“⟨X⟩”（⟨X⟩），已在报告中标注【待填写】", "⟨X⟩（草稿中照原样显示）",
        "评价文件未填写落款日期（⟨X⟩），报告暂用生成当天的日期", "【提示】评价文件未填写落款日期（⟨X⟩），暂用生成当天的日期",
        "评分表“⟨X⟩”（⟨X⟩）“⟨X⟩”下指标 ⟨N⟩ 的名称缺失（现为“⟨X⟩”），须按原评分表补全名称后才能生成终稿",
        // sections and parts
        "⟨N⟩年度部门整体绩效目标是：⟨X⟩", "⟨N⟩年度项目整体绩效目标是：⟨X⟩",
        "本部门⟨N⟩年预算数⟨N⟩万元，执行数⟨N⟩万元，完成预算的⟨N⟩", "本项目⟨N⟩年预算数⟨N⟩万元，执行数⟨N⟩万元，完成预算的⟨N⟩",
        "本部门⟨N⟩年年初预算数⟨N⟩万元，调整后预算数⟨N⟩万元，执行数⟨N⟩万元，完成预算的⟨N⟩",
        "本项目⟨N⟩年年初预算数⟨N⟩万元，调整后预算数⟨N⟩万元，执行数⟨N⟩万元，完成预算的⟨N⟩",
        "本部门⟨N⟩年预算数⟨N⟩万元", "本项目⟨N⟩年预算数⟨N⟩万元",
        "支出按功能分类：⟨X⟩⟨N⟩万元", "⟨X⟩⟨N⟩万元", "支出按支出性质分类：基本支出⟨N⟩万元，项目支出⟨N⟩万元", "支出按支出性质分类：基本支出⟨N⟩万元",
        "支出按支出性质分类：项目支出⟨N⟩万元", "其中人员经费⟨N⟩万元，公用经费⟨N⟩万元，“三公”经费⟨N⟩万元", "其中人员经费⟨N⟩万元，公用经费⟨N⟩万元",
        "内设机构⟨N⟩个：⟨X⟩", "内设机构⟨N⟩个", "编制数⟨N⟩人，实有人数⟨N⟩人", "编制数⟨N⟩人", "实有人数⟨N⟩人",
        "⟨N⟩年度本部门整体支出绩效自评得分⟨N⟩分（满分⟨N⟩分），评价等级为“⟨X⟩”", "⟨N⟩年度项目支出绩效自评得分⟨N⟩分（满分⟨N⟩分），评价等级为“⟨X⟩”",
        "其中⟨X⟩得分⟨N⟩分（满分⟨N⟩分），⟨X⟩得分⟨N⟩分（满分⟨N⟩分）", "其中⟨X⟩得分⟨N⟩分（满分⟨N⟩分）",
        "其中⟨X⟩得分⟨N⟩分（满分⟨N⟩分），⟨X⟩得分⟨N⟩分（满分⟨N⟩分），⟨X⟩得分⟨N⟩分（满分⟨N⟩分）",
        "其中⟨X⟩得分⟨N⟩分（满分⟨N⟩分），⟨X⟩得分⟨N⟩分（满分⟨N⟩分），⟨X⟩得分⟨N⟩分（满分⟨N⟩分），⟨X⟩得分⟨N⟩分（满分⟨N⟩分）",
        "⟨X⟩：⟨N⟩年⟨N⟩月⟨N⟩日",
        "评分表“⟨X⟩”（⟨X⟩）“⟨X⟩”下指标 ⟨N⟩ 的名称缺失（现为“⟨X⟩”），须按原评分表补全名称后才能生成终稿（草稿中照原样显示）",
        "失分指标：⟨X⟩得⟨N⟩分（满分⟨N⟩分），原因：⟨X⟩", "失分指标：⟨X⟩得⟨N⟩分（满分⟨N⟩分）", "⟨X⟩得⟨N⟩分（满分⟨N⟩分），原因：⟨X⟩", "⟨X⟩得⟨N⟩分（满分⟨N⟩分）",
        "复核得分⟨N⟩分，扣⟨N⟩分，复核等级为“⟨X⟩”", "复核得分⟨N⟩分，扣⟨N⟩分",
        "⟨N⟩.⟨X⟩：得分⟨N⟩分（满分⟨N⟩分）", "⟨X⟩分析：⟨X⟩",
        "评价等级：⟨X⟩（⟨X⟩）　⟨X⟩（⟨X⟩）　⟨X⟩（⟨X⟩）　⟨X⟩（⟨X⟩）", "☑⟨X⟩（⟨X⟩）", "☐⟨X⟩（⟨X⟩）",
        "附表：⟨X⟩", "⟨N⟩年⟨N⟩月⟨N⟩日",
        // markers (what they name is one of the MarkerTitles or a composed name below)
        "【待填写】⟨X⟩", "【待填写】⟨X⟩分析：⟨X⟩", "【待填写】“⟨X⟩”失分的未达标原因", "缺少“⟨X⟩分析：⟨X⟩”（⟨X⟩），已在报告中标注【待填写】",
        "缺少““⟨X⟩”失分的未达标原因”（⟨X⟩），已在报告中标注【待填写】", "缺少“收入“⟨X⟩”的预算数”（⟨X⟩），已在报告中标注【待填写】",
        "缺少“上年问题“⟨X⟩”的整改状态”（⟨X⟩），已在报告中标注【待填写】",
        "评分表“⟨X⟩”（⟨X⟩）指标 ⟨N⟩ 的名称缺失（现为“⟨X⟩”），须按原评分表补全名称后才能生成终稿（草稿中照原样显示）",
        // tables: captions, headers, fixed cells
        "表⟨N⟩ 收入预算与决算情况（万元）", "表⟨N⟩ 预算及执行情况（万元）", "表⟨N⟩ 绩效指标完成情况", "表⟨N⟩ 上年问题整改情况", "表⟨N⟩ ⟨X⟩",
        "收入来源", "预算数", "决算数", "完成率", "项目", "执行数", "执行率", "合计", "基本支出", "其中：人员经费", "公用经费", "项目支出", "“三公”经费", "政府采购",
        "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "单位", "完成值", "分值", "得分", "偏差原因", "未达标原因及改进措施", "总分", "不适用",
        "序号", "存在的问题", "整改措施", "整改状态", "说明", "—", "⟨X⟩；⟨X⟩", "⟨X⟩（名称待补）",
        // notes (自评表说明)
        "⟨X⟩（满分⟨N⟩分，得分⟨N⟩分）", "⟨N⟩.⟨X⟩（满分⟨N⟩分）：得分⟨N⟩分", "⟨N⟩.⟨X⟩（满分⟨N⟩分）：不适用", "⟨N⟩.⟨X⟩（满分⟨N⟩分）",
        "各指标得分：⟨X⟩ ⟨X⟩", "未达标原因：⟨X⟩", "改进措施：⟨X⟩", "总分⟨N⟩分（满分⟨N⟩分），评价等级为“⟨X⟩”",
    ];

    /// <summary>What markers name when it is not a narrative title: fixed names of the report's parts.</summary>
    public static readonly string[] MarkerTitles =
    [
        "机构设置与人员编制（内设机构、编制数、实有人数）", "内设机构（名称或数量）", "编制数", "实有人数", "预算数", "执行数（决算数）",
        "收入情况（按来源的预算数、决算数）", "年度部门整体绩效目标", "年度项目整体绩效目标", "上年问题整改情况（上年存在的问题及整改措施、整改状态）", "整改状态",
    ];

    /// <summary>The output sentences that are neither input, framework text nor a fixed phrase.</summary>
    public static IReadOnlyList<string> Invented(string markdown, Evaluation evaluation, Framework framework, IEnumerable<string> extraFixed)
    {
        var all = Split(KnownStrings(evaluation, framework).Concat(extraFixed).Concat(MarkerTitles)).ToHashSet(StringComparer.Ordinal);
        var known = all.Where(s => s.Length >= 2).OrderByDescending(s => s.Length).ToList();
        var phrases = FixedPhrases.Select(Pattern).ToList();
        var invented = new List<string>();
        foreach (var raw in Sentences(markdown))
        {
            var sentence = Numbering().Replace(raw, string.Empty).Trim().TrimEnd('。', '；', '，');
            if (Covered(sentence, known, all))
            {
                continue; // wholly the unit's or the framework's text, with figures
            }

            var fits = phrases.Any(p => p.Match(sentence) is { Success: true } m
                && m.Groups.Values.Skip(1).Where(g => g.Name.StartsWith('x')).All(g => Covered(g.Value, known, all)));
            if (!fits)
            {
                invented.Add(sentence);
            }
        }

        return invented;
    }

    private static readonly char[] Punctuation = ['，', '。', '；', '：', '、', ' ', '　', '（', '）', '“', '”', '.', '-', '|', '/', '>', '<', '*', '#', '[', ']', '"', '☑', '☐'];

    /// <summary>Each text, and its lines and sentences, trimmed as output sentences are.</summary>
    private static IEnumerable<string> Split(IEnumerable<string> texts)
    {
        foreach (var t in texts)
        {
            yield return t.Trim();
            foreach (var line in t.Split('\n'))
            {
                yield return line.Trim().TrimEnd('。', '；', '，');
                foreach (var part in line.Split('。', '；'))
                {
                    yield return part.Trim().TrimEnd('，');
                }
            }
        }
    }

    /// <summary>True when the text is made only of known strings, figures, field paths and punctuation.</summary>
    private static bool Covered(string text, IReadOnlyList<string> known, HashSet<string> all)
    {
        if (all.Contains(text) || all.Contains(text.Trim(Punctuation)))
        {
            return true;
        }

        foreach (var k in known)
        {
            if (text.Length == 0)
            {
                break;
            }

            text = text.Replace(k, " ", StringComparison.Ordinal);
        }

        text = FieldPath().Replace(text, " ");
        text = Figure().Replace(text, " ");
        return text.Trim(Punctuation).Length == 0;
    }

    /// <summary>A fixed phrase as a regex: ⟨X⟩ captures text that must be covered, ⟨N⟩ a figure.</summary>
    private static Regex Pattern(string phrase)
    {
        var n = 0;
        var escaped = Regex.Escape(phrase.TrimEnd('。'));
        var pattern = escaped.Replace("⟨N⟩", @"[0-9][0-9,]*(?:\.[0-9]+)*%?", StringComparison.Ordinal);
        while (pattern.Contains("⟨X⟩", StringComparison.Ordinal))
        {
            var i = pattern.IndexOf("⟨X⟩", StringComparison.Ordinal);
            pattern = string.Concat(pattern.AsSpan(0, i), "(?<x" + (n++).ToString(System.Globalization.CultureInfo.InvariantCulture) + ">.+?)", pattern.AsSpan(i + 3));
        }

        return new Regex("^" + pattern + "$", RegexOptions.CultureInvariant);
    }

    /// <summary>Heading numbers 一、 and （一）.</summary>
    [GeneratedRegex(@"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"(?<![0-9])[A-Za-z][A-Za-z0-9_.\[\]""\\:-]*")]
    private static partial Regex FieldPath();

    [GeneratedRegex(@"[0-9][0-9,]*(\.[0-9]+)*%?")]
    private static partial Regex Figure();

    /// <summary>Sentences of the Markdown: markup removed, lines split at 。；, table cells one by one.</summary>
    public static IEnumerable<string> Sentences(string markdown)
    {
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line == "---" || TableRule().IsMatch(line))
            {
                continue;
            }

            line = line.TrimStart('#', '>', ' ').Replace("**", string.Empty, StringComparison.Ordinal);
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                line = line[2..];
            }

            line = line.Replace("\\", string.Empty, StringComparison.Ordinal).Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
            var cells = line.StartsWith('|') ? line.Trim('|').Split(" | ").Select(c => c.Trim()) : [line];
            foreach (var cell in cells)
            {
                foreach (var part in cell.Replace("<br>", "\n", StringComparison.Ordinal).Split('\n', '。', '；'))
                {
                    var t = part.Trim();
                    if (t.Length > 0)
                    {
                        yield return t;
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"^\|[-:|]+\|$")]
    private static partial Regex TableRule();

    /// <summary>Every text of the evaluation (the JSON document's strings, split into sentences too) and of the framework.</summary>
    private static IEnumerable<string> KnownStrings(Evaluation evaluation, Framework framework)
    {
        var json = EvaluationSerializer.ToJson(evaluation);
        using var doc = JsonDocument.Parse(json);
        var texts = new List<string>();
        Walk(doc.RootElement, texts);
        texts.AddRange(framework.Indicators.SelectMany(n => n.SelfAndDescendants()).SelectMany(n => new[] { n.Name, n.Explanation ?? string.Empty }));
        texts.Add(framework.Name);
        texts.Add(framework.Id);
        texts.AddRange(framework.Grades.Bands.SelectMany(b => new[] { b.Name, b.Describe() }));
        texts.AddRange(Enum.GetValues<QualitativeAnswer>().Select(a => a.Name()));
        texts.AddRange(Enum.GetValues<RectificationStatus>().Select(a => a.Name()));
        texts.AddRange(Enum.GetValues<IndicatorOperator>().Select(a => a.Symbol()));
        foreach (var t in texts.ToList())
        {
            foreach (var line in t.Split('\n'))
            {
                texts.Add(line.Trim());
                texts.AddRange(line.Split('。', '；').Select(x => x.Trim()));
            }
        }

        return texts.Where(t => !string.IsNullOrWhiteSpace(t));
    }

    private static void Walk(JsonElement e, List<string> texts)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Value.ValueKind == JsonValueKind.String || p.Value.ValueKind == JsonValueKind.Object)
                    {
                        // Keys of text maps (managementAreas, inputs) are the unit's too.
                        texts.Add(p.Name);
                    }

                    Walk(p.Value, texts);
                }

                break;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray())
                {
                    Walk(x, texts);
                }

                break;
            case JsonValueKind.String:
                texts.Add(e.GetString()!);
                break;
        }
    }
}
