using System.Globalization;
using System.Text;
using Jixiao.Documents.Import;
using Jixiao.Domain;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Yaml;
using YamlDotNet.RepresentationModel;

namespace Jixiao.Documents.Reading;

/// <summary>
/// Reads and validates reading-vocabulary files (reading/*.yaml, format in
/// docs/reading-vocabulary.md). Every file may hold any of the top-level sections; the files of a
/// set are merged. Every error names the file, the line and the entry, in Chinese, and all of them
/// come back in one pass.
/// </summary>
public static class VocabularyLoader
{
    /// <summary>Error code of a vocabulary error (syntax errors keep <see cref="ErrorCatalogue.Syntax"/>).</summary>
    public const string ErrorCode = "vocabulary";

    /// <summary>Fields a label can fill, with the role their values have.</summary>
    public static IReadOnlyDictionary<string, ValueRole> KnownFields { get; } = new Dictionary<string, ValueRole>(StringComparer.Ordinal)
    {
        ["budget.initial"] = ValueRole.Amount,
        ["budget.adjusted"] = ValueRole.Amount,
        ["budget.executed"] = ValueRole.Amount,
        ["budget.statedRatePercent"] = ValueRole.Rate,
        ["stated.totalIncome"] = ValueRole.Amount,
        ["stated.totalScore"] = ValueRole.Score,
        ["stated.totalWeight"] = ValueRole.Weight,
        ["stated.grade"] = ValueRole.Grade,
        ["unit"] = ValueRole.Text,
        ["department"] = ValueRole.Text,
        ["projectName"] = ValueRole.Text,
        ["unitCode"] = ValueRole.Code,
        ["unitCount"] = ValueRole.Code,
    };

    /// <summary>Subjects: whose figure a number is; each maps to the budget line it fills (null: none, it only blocks).</summary>
    public static IReadOnlyDictionary<string, string?> KnownSubjects { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["basic"] = "budget.basic",
        ["project"] = "budget.project",
        ["personnel"] = "budget.personnel",
        ["publicExpense"] = "budget.publicExpense",
        ["threePublic"] = "budget.threePublic",
        ["procurement"] = "budget.procurement",
        ["income"] = null,
        ["other"] = null,
    };

    /// <summary>Column roles of table headers besides field paths.</summary>
    public static IReadOnlySet<string> ColumnRoles { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "weight", "score", "reason", "measure", "level1", "level2", "level3", "operator", "target", "unitOfMeasure", "actual", "explanation", "received",
    };

    private static readonly HashSet<string> Sections = new(StringComparer.Ordinal)
    {
        "overview", "tasks", "finances", "management", "score", "goalAnalysis", "projectAnalysis", "achievements", "problems", "measures", "other",
    };

    private static readonly HashSet<string> RowKinds = new(StringComparer.Ordinal) { "indicatorTotal", "budgetTotal", "fundSource" };

    /// <summary>
    /// The plain word lists (<see cref="WordListAttribute"/> on a property of <see cref="ReadingVocabulary"/>), by YAML key: the
    /// property's name in camelCase (AbbreviationMarks → abbreviationMarks). Read, validated and shaped here with no code of
    /// their own.
    /// </summary>
    private static readonly Dictionary<string, (System.Reflection.PropertyInfo Property, WordListAttribute Shape)> WordLists =
        typeof(ReadingVocabulary).GetProperties()
            .Select(p => (Property: p, Shape: p.GetCustomAttributes(typeof(WordListAttribute), false).OfType<WordListAttribute>().FirstOrDefault()))
            .Where(p => p.Shape is not null)
            .ToDictionary(p => char.ToLowerInvariant(p.Property.Name[0]) + p.Property.Name[1..], p => (p.Property, p.Shape!), StringComparer.Ordinal);

    private static readonly HashSet<string> TopLevel = new HashSet<string>(StringComparer.Ordinal)
    {
        "description", "moneyUnits", "approximation", "roleSuffixes", "fields", "subjects", "lists", "grades",
        "regionSelfReferences", "sharedRegionSelfReferences", "years", "titleYearWeight", "undecidedYearWeight", "headingForms", "sections", "commissionMarks",
        "kindThreshold", "selfEvaluationActThreshold", "totalScoreFloor", "titleWords", "cueVariants", "contentsWords", "listWords", "openingTitleMarks", "openingNoticeMarks", "openingSubjectMarks", "openingSubjectTitle", "openingActTitleEnding", "sampleMarks", "kinds", "headerCells", "rows", "tableUnitCues", "layouts", "frameworkCues", "chrome",
    }.Concat(WordLists.Keys).ToHashSet(StringComparer.Ordinal);

    /// <summary>Loads a set of files (name, YAML text) as one vocabulary.</summary>
    /// <param name="complete">Also require every part the importer needs (money units, budget labels, kinds, sections …): true for a whole set, false to check one file on its own.</param>
    public static Result<ReadingVocabulary> Load(IEnumerable<(string Name, string Yaml)> files, bool complete = true)
    {
        var state = new State();
        foreach (var (name, yaml) in files)
        {
            state.Files.Add(name);
            var loaded = YamlTree.Load(yaml ?? string.Empty, name);
            if (!loaded.IsSuccess)
            {
                state.Errors.AddRange(loaded.Errors);
                continue;
            }

            if (loaded.Value is null)
            {
                continue;
            }

            if (loaded.Value is not YamlMappingNode root)
            {
                state.Error(name, loaded.Value, "文件", "应为“部分名: 内容”的映射");
                continue;
            }

            ReadFile(state, name, root);
        }

        if (complete)
        {
            CheckComplete(state);
        }

        CheckReferences(state);
        return state.Errors.Count > 0 ? Result<ReadingVocabulary>.Failure(state.Errors) : Result<ReadingVocabulary>.Success(state.Build());
    }

    private sealed class State
    {
        public List<DomainError> Errors { get; } = [];

        public List<string> Files { get; } = [];

        public List<MoneyUnit> MoneyUnits { get; } = [];

        public List<string> ApproxBefore { get; } = [];

        public List<string> ApproxAfter { get; } = [];

        public List<string> Inequalities { get; } = [];

        public Dictionary<ValueRole, List<string>> RoleSuffixes { get; } = [];

        public List<FieldLabel> Labels { get; } = [];

        public Dictionary<string, string> FieldNames { get; } = new(StringComparer.Ordinal);

        public List<SubjectLabel> Subjects { get; } = [];

        public List<ListEntry> Lists { get; } = [];

        public List<GradeWord> Grades { get; } = [];

        public List<(string Lead, string Tail)> CommissionMarks { get; } = [];

        public List<string> RegionSelfReferences { get; } = [];

        public List<string> SharedRegionSelfReferences { get; } = [];

        public List<YearCue> YearCues { get; } = [];

        public int? TitleYearWeight { get; set; }

        public int? UndecidedYearWeight { get; set; }

        public List<HeadingForm> HeadingForms { get; } = [];

        public List<SectionEntry> Sections { get; } = [];

        public List<KindCue> KindCues { get; } = [];

        public int? KindThreshold { get; set; }

        public int? SelfEvaluationActThreshold { get; set; }

        public int? TotalScoreFloor { get; set; }

        public List<string> TitleWords { get; } = [];

        public List<(string Of, string Also)> CueVariants { get; } = [];

        public List<(string Lead, string Tail)> OpeningTitleMarks { get; } = [];

        public List<(string Lead, string Tail)> OpeningNoticeMarks { get; } = [];

        public List<(string Lead, string Tail)> OpeningSubjectMarks { get; } = [];

        public string? OpeningSubjectTitle { get; set; }

        public string? OpeningActTitleEnding { get; set; }

        public List<(string Lead, string Tail)> SampleMarks { get; } = [];

        public List<string> ContentsWords { get; } = [];
        public List<string> ListWords { get; } = [];

        public List<HeaderCell> HeaderCells { get; } = [];

        public List<RowEntry> Rows { get; } = [];

        public List<(TableUnitCue Cue, string File, YamlNode Node)> TableUnitCues { get; } = [];

        public List<(TableLayout Layout, string File, YamlNode Node)> Layouts { get; } = [];

        public List<(FrameworkCue Cue, string File, YamlNode Node)> FrameworkCues { get; } = [];

        public List<string> ChromeStarts { get; } = [];

        public List<string> ChromeContains { get; } = [];

        public List<string> ChromeEquals { get; } = [];

        public List<string> ChromeNavigation { get; } = [];

        public List<string> ChromeValueBelow { get; } = [];

        /// <summary>Label text per field, with where it was first defined (duplicates are errors).</summary>
        public Dictionary<(string Field, string Text), string> SeenLabels { get; } = [];

        public void Error(string file, YamlNode? node, string entry, string message)
        {
            var line = node is null ? 0 : node.Start.Line;
            var path = line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{file}:{line}") : file;
            var where = line > 0 ? string.Create(CultureInfo.InvariantCulture, $"第 {line} 行") : "文件";
            Errors.Add(new DomainError(ErrorCode, path, $"{where}，{entry}：{message}"));
        }

        /// <summary>The words read so far for a plain word list (its YAML key).</summary>
        public List<string> WordList(string key)
        {
            if (!wordLists.TryGetValue(key, out var words))
            {
                words = [];
                wordLists[key] = words;
            }

            return words;
        }

        private readonly Dictionary<string, List<string>> wordLists = new(StringComparer.Ordinal);

        public ReadingVocabulary Build()
        {
            var vocabulary = new ReadingVocabulary
            {
                Files = [.. Files],
                MoneyUnits = [.. MoneyUnits.OrderByDescending(u => u.Unit.Length)],
                ApproxBefore = [.. ApproxBefore.Distinct().OrderByDescending(s => s.Length)],
                ApproxAfter = [.. ApproxAfter.Distinct().OrderByDescending(s => s.Length)],
                Inequalities = [.. Inequalities.Distinct().OrderByDescending(s => s.Length)],
                RoleSuffixes = RoleSuffixes.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)[.. kv.Value.Distinct().OrderByDescending(s => s.Length)]),
                Labels = [.. Labels],
                FieldNames = new Dictionary<string, string>(FieldNames, StringComparer.Ordinal),
                Subjects = [.. Subjects],
                Lists = [.. Lists],
                Grades = [.. Grades.OrderByDescending(g => g.Word.Length)],
                CommissionMarks = [.. CommissionMarks.Distinct()],
                RegionSelfReferences = [.. RegionSelfReferences.Select(Fold).Distinct()],
                SharedRegionSelfReferences = [.. SharedRegionSelfReferences.Select(Fold).Distinct()],
                YearCues = [.. YearCues],
                TitleYearWeight = TitleYearWeight ?? 10,
                UndecidedYearWeight = UndecidedYearWeight ?? TitleYearWeight ?? 10,
                HeadingForms = [.. HeadingForms],
                Sections = [.. Sections],
                KindCues = [.. WithVariants(KindCues, CueVariants)],
                KindThreshold = KindThreshold ?? 4,
                SelfEvaluationActThreshold = SelfEvaluationActThreshold,
                TotalScoreFloor = TotalScoreFloor ?? 0,
                TitleWords = [.. TitleWords.Concat(TitleWords.SelectMany(w => Variants(w, CueVariants))).Distinct()],
                OpeningTitleMarks = [.. OpeningTitleMarks.Distinct()],
                OpeningNoticeMarks = [.. OpeningNoticeMarks.Distinct()],
                OpeningSubjectMarks = [.. OpeningSubjectMarks.Distinct()],
                OpeningSubjectTitle = OpeningSubjectTitle ?? string.Empty,
                OpeningActTitleEnding = OpeningActTitleEnding ?? string.Empty,
                SampleMarks = [.. SampleMarks.Distinct()],
                ContentsWords = [.. ContentsWords.Distinct()],
                ListWords = [.. ListWords.Distinct()],
                HeaderCells = [.. HeaderCells],
                Rows = [.. Rows],
                TableUnitCues = [.. TableUnitCues.Select(t => t.Cue)],
                Layouts = [.. Layouts.Select(l => l.Layout)],
                FrameworkCues = [.. FrameworkCues.Select(f => f.Cue)],
                Chrome = new ChromeRules([.. ChromeStarts.Select(Fold).Distinct()], [.. ChromeContains.Select(Fold).Distinct()], [.. ChromeEquals.Select(Fold).Distinct()]) { Navigation = [.. ChromeNavigation.Select(Fold).Distinct()], ValueBelow = [.. ChromeValueBelow.Select(Fold).Distinct()] },
            };
            foreach (var (key, (property, shape)) in WordLists)
            {
                var words = WordList(key).Distinct();
                property.SetValue(vocabulary, (IReadOnlyList<string>)[.. shape.LongestFirst ? words.OrderByDescending(w => w.Length) : words]);
            }

            return vocabulary;
        }
    }

    /// <summary>Punctuation folded as the importer compares text: （）：，；！？ to ASCII, spaces removed.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var f = FoldChar(c);
            if (f != ' ')
            {
                sb.Append(f);
            }
        }

        return sb.ToString();
    }

    /// <summary>One character folded (whitespace becomes ' ').</summary>
    public static char FoldChar(char c) => c switch
    {
        '（' => '(',
        '）' => ')',
        '：' => ':',
        '，' => ',',
        '；' => ';',
        '！' => '!',
        '？' => '?',
        '＜' => '<',
        '＞' => '>',
        '＝' => '=',
        '％' => '%',
        '／' => '/',
        '“' or '”' or '＂' => '"',
        '‘' or '’' => '\'',
        _ when char.IsWhiteSpace(c) => ' ',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        _ => c,
    };

    // ------------------------------------------------------------------ reading one file

    private static void ReadFile(State s, string file, YamlMappingNode root)
    {
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!TopLevel.Contains(key))
            {
                s.Error(file, keyNode, $"部分“{key}”", "无法识别的部分名（可用：" + string.Join("、", TopLevel.Order(StringComparer.Ordinal)) + "）");
                continue;
            }

            if (WordLists.ContainsKey(key))
            {
                s.WordList(key).AddRange(Words(s, file, value, key));
                continue;
            }

            switch (key)
            {
                case "description":
                    break;
                case "moneyUnits":
                    ReadMoneyUnits(s, file, value);
                    break;
                case "approximation":
                    ReadApproximation(s, file, value);
                    break;
                case "roleSuffixes":
                    ReadRoleSuffixes(s, file, value);
                    break;
                case "fields":
                    ReadFields(s, file, value);
                    break;
                case "subjects":
                    ReadSubjects(s, file, value);
                    break;
                case "lists":
                    ReadLists(s, file, value);
                    break;
                case "grades":
                    ReadGrades(s, file, value);
                    break;
                case "commissionMarks":
                    s.CommissionMarks.AddRange(MarkPairs(s, file, value, key, "受…委托"));
                    break;
                case "regionSelfReferences":
                    s.RegionSelfReferences.AddRange(RegionSelfReferences(s, file, value, key));
                    break;
                case "sharedRegionSelfReferences":
                    s.SharedRegionSelfReferences.AddRange(RegionSelfReferences(s, file, value, key));
                    break;
                case "years":
                    ReadYears(s, file, value);
                    break;
                case "titleYearWeight":
                    s.TitleYearWeight = Int(s, file, value, key, 1, 1000);
                    break;
                case "undecidedYearWeight":
                    s.UndecidedYearWeight = Int(s, file, value, key, 1, 1000);
                    break;
                case "headingForms":
                    ReadHeadingForms(s, file, value);
                    break;
                case "sections":
                    ReadSections(s, file, value);
                    break;
                case "kindThreshold":
                    s.KindThreshold = Int(s, file, value, key, 1, 1000);
                    break;
                case "selfEvaluationActThreshold":
                    s.SelfEvaluationActThreshold = Int(s, file, value, key, 1, 1000);
                    break;
                case "totalScoreFloor":
                    s.TotalScoreFloor = Int(s, file, value, key, 0, 100);
                    break;
                case "titleWords":
                    s.TitleWords.AddRange(Words(s, file, value, key));
                    break;
                case "contentsWords":
                    s.ContentsWords.AddRange(Words(s, file, value, key).Select(TextNormalizer.Compact));
                    break;
                case "listWords":
                    s.ListWords.AddRange(Words(s, file, value, key).Select(TextNormalizer.Compact));
                    break;
                case "openingTitleMarks":
                    s.OpeningTitleMarks.AddRange(MarkPairs(s, file, value, key, "现将…如下"));
                    break;
                case "openingNoticeMarks":
                    s.OpeningNoticeMarks.AddRange(MarkPairs(s, file, value, key, "关于开展…的通知"));
                    break;
                case "sampleMarks":
                    s.SampleMarks.AddRange(MarkPairs(s, file, value, key, "第…篇"));
                    break;
                case "openingSubjectTitle":
                    s.OpeningSubjectTitle = Scalar(s, file, value, key);
                    break;
                case "openingActTitleEnding":
                    s.OpeningActTitleEnding = Scalar(s, file, value, key);
                    break;
                case "openingSubjectMarks":
                    s.OpeningSubjectMarks.AddRange(MarkPairs(s, file, value, key, "对…开展了"));
                    break;
                case "kinds":
                    ReadKinds(s, file, value);
                    break;
                case "headerCells":
                    ReadHeaderCells(s, file, value);
                    break;
                case "rows":
                    ReadRows(s, file, value);
                    break;
                case "cueVariants":
                    ReadCueVariants(s, file, value);
                    break;
                case "tableUnitCues":
                    ReadTableUnitCues(s, file, value);
                    break;
                case "layouts":
                    ReadLayouts(s, file, value);
                    break;
                case "frameworkCues":
                    ReadFrameworkCues(s, file, value);
                    break;
                case "chrome":
                    ReadChrome(s, file, value);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>A mapping's fields by name, with unknown keys reported.</summary>
    private static Dictionary<string, YamlNode>? Map(State s, string file, YamlNode node, string entry, params string[] allowed)
    {
        if (node is not YamlMappingNode map)
        {
            s.Error(file, node, entry, "应为“字段: 值”的映射");
            return null;
        }

        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                s.Error(file, k, entry, $"无法识别的字段“{key}”（可用：{string.Join("、", allowed)}）");
                continue;
            }

            if (!YamlTree.IsNull(v))
            {
                result[key] = v;
            }
        }

        return result;
    }

    private static IReadOnlyList<YamlNode> Seq(State s, string file, YamlNode node, string entry)
    {
        if (node is YamlSequenceNode seq)
        {
            return [.. seq.Children];
        }

        if (YamlTree.IsNull(node))
        {
            return [];
        }

        s.Error(file, node, entry, "应为列表（每项以“- ”开头，或写成 [a, b]）");
        return [];
    }

    private static string? Scalar(State s, string file, YamlNode node, string entry, bool required = true)
    {
        if (node is YamlScalarNode { Value: { } v } && v.Trim().Length > 0)
        {
            return v.Trim();
        }

        if (required)
        {
            s.Error(file, node, entry, node is YamlScalarNode ? "不能为空" : "应为文字");
        }

        return null;
    }

    private static string? Required(State s, string file, YamlNode parent, Dictionary<string, YamlNode> map, string key, string entry)
    {
        if (map.TryGetValue(key, out var node))
        {
            return Scalar(s, file, node, $"{entry}的 {key}");
        }

        s.Error(file, parent, entry, $"缺少必填字段“{key}”");
        return null;
    }

    private static List<string> Words(State s, string file, YamlNode node, string entry)
    {
        var list = new List<string>();
        if (node is YamlScalarNode)
        {
            if (Scalar(s, file, node, entry) is { } one)
            {
                list.Add(Fold(one));
            }

            return list;
        }

        var items = Seq(s, file, node, entry);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = Scalar(s, file, items[i], $"{entry}[{i}]");
            if (item is null)
            {
                continue;
            }

            var folded = Fold(item);
            if (folded.Length == 0)
            {
                s.Error(file, items[i], $"{entry}[{i}]", "只有空白或标点以外的内容才能作为词");
                continue;
            }

            if (!seen.Add(folded))
            {
                s.Error(file, items[i], $"{entry}[{i}]“{item}”", "与同一列表中的前一项重复");
                continue;
            }

            list.Add(folded);
        }

        return list;
    }

    private static int? Int(State s, string file, YamlNode node, string entry, int min, int max)
    {
        var text = Scalar(s, file, node, entry);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
        {
            s.Error(file, node, entry, string.Create(CultureInfo.InvariantCulture, $"应为 {min} 到 {max} 之间的整数，实际为“{text}”"));
            return null;
        }

        return v;
    }

    private static bool? Bool(State s, string file, YamlNode node, string entry)
    {
        var text = Scalar(s, file, node, entry);
        switch (text)
        {
            case null:
                return null;
            case "true" or "是" or "yes":
                return true;
            case "false" or "否" or "no":
                return false;
            default:
                s.Error(file, node, entry, $"应为 true 或 false，实际为“{text}”");
                return null;
        }
    }

    private static void ReadMoneyUnits(State s, string file, YamlNode node)
    {
        var items = Seq(s, file, node, "moneyUnits");
        for (var i = 0; i < items.Count; i++)
        {
            var entry = $"moneyUnits[{i}]";
            if (Map(s, file, items[i], entry, "unit", "factor", "standalone", "followedBy") is not { } m)
            {
                continue;
            }

            var unit = Required(s, file, items[i], m, "unit", entry);
            var factorText = Required(s, file, items[i], m, "factor", entry + (unit is null ? string.Empty : $"（{unit}）"));
            if (unit is null || factorText is null)
            {
                continue;
            }

            if (!decimal.TryParse(factorText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var factor) || factor <= 0m)
            {
                s.Error(file, m["factor"], $"{entry}（{unit}）的 factor", $"折合万元的倍数应为正数，实际为“{factorText}”");
                continue;
            }

            if (s.MoneyUnits.Any(u => u.Unit == unit))
            {
                s.Error(file, items[i], $"{entry}（{unit}）", "金额单位重复");
                continue;
            }

            var standalone = m.TryGetValue("standalone", out var st) && Bool(s, file, st, $"{entry}（{unit}）的 standalone") == true;
            var followedBy = m.TryGetValue("followedBy", out var fb) ? Words(s, file, fb, $"{entry}（{unit}）的 followedBy") : [];
            if (followedBy.Count > 0 && !standalone)
            {
                s.Error(file, fb!, $"{entry}（{unit}）的 followedBy", "只有 standalone 单位才有 followedBy");
            }

            s.MoneyUnits.Add(new MoneyUnit(unit, factor, standalone, followedBy));
        }
    }

    private static void ReadApproximation(State s, string file, YamlNode node)
    {
        if (Map(s, file, node, "approximation", "before", "after", "inequality") is not { } m)
        {
            return;
        }

        if (m.TryGetValue("before", out var b))
        {
            s.ApproxBefore.AddRange(Words(s, file, b, "approximation.before"));
        }

        if (m.TryGetValue("after", out var a))
        {
            s.ApproxAfter.AddRange(Words(s, file, a, "approximation.after"));
        }

        if (m.TryGetValue("inequality", out var q))
        {
            s.Inequalities.AddRange(Words(s, file, q, "approximation.inequality"));
        }
    }

    private static bool TryRole(string text, out ValueRole role)
    {
        role = text switch
        {
            "amount" => ValueRole.Amount,
            "rate" => ValueRole.Rate,
            "score" => ValueRole.Score,
            "weight" => ValueRole.Weight,
            "grade" => ValueRole.Grade,
            "text" => ValueRole.Text,
            "code" => ValueRole.Code,
            _ => (ValueRole)(-1),
        };
        return (int)role >= 0;
    }

    private static void ReadRoleSuffixes(State s, string file, YamlNode node)
    {
        if (Map(s, file, node, "roleSuffixes", "rate", "score", "weight") is not { } m)
        {
            return;
        }

        foreach (var (key, value) in m)
        {
            TryRole(key, out var role);
            if (!s.RoleSuffixes.TryGetValue(role, out var list))
            {
                s.RoleSuffixes[role] = list = [];
            }

            list.AddRange(Words(s, file, value, "roleSuffixes." + key));
        }
    }

    private static int DefaultGap(ValueRole role) => role switch
    {
        ValueRole.Amount => 16,
        ValueRole.Rate => 12,
        ValueRole.Score => 10,
        ValueRole.Weight => 6,
        ValueRole.Grade => 8,
        ValueRole.Text or ValueRole.Code => 4,
        _ => 8,
    };

    private static void ReadFields(State s, string file, YamlNode node)
    {
        var items = Seq(s, file, node, "fields");
        for (var i = 0; i < items.Count; i++)
        {
            var entry = $"fields[{i}]";
            if (Map(s, file, items[i], entry, "field", "name", "role", "labels") is not { } m)
            {
                continue;
            }

            var field = Required(s, file, items[i], m, "field", entry);
            if (field is null)
            {
                continue;
            }

            entry = $"fields[{i}]（{field}）";
            if (!KnownFields.TryGetValue(field, out var expectedRole))
            {
                s.Error(file, m["field"], entry, "未知的字段（可用：" + string.Join("、", KnownFields.Keys) + "）");
                continue;
            }

            var roleText = Required(s, file, items[i], m, "role", entry);
            if (roleText is not null)
            {
                if (!TryRole(roleText, out var role))
                {
                    s.Error(file, m["role"], entry + "的 role", $"未知的数字角色“{roleText}”（可用：amount、rate、score、weight、grade、text、code）");
                }
                else if (role != expectedRole)
                {
                    s.Error(file, m["role"], entry + "的 role", $"该字段的角色应为 {RoleName(expectedRole)}，实际写了 {roleText}");
                }
            }

            if (m.TryGetValue("name", out var nameNode) && Scalar(s, file, nameNode, entry + "的 name") is { } name)
            {
                s.FieldNames.TryAdd(field, name);
            }

            if (!m.TryGetValue("labels", out var labelsNode))
            {
                s.Error(file, items[i], entry, "缺少必填字段“labels”");
                continue;
            }

            var labels = Seq(s, file, labelsNode, entry + "的 labels");
            for (var k = 0; k < labels.Count; k++)
            {
                ReadLabel(s, file, labels[k], $"{entry}的 labels[{k}]", field, expectedRole);
            }
        }
    }

    private static string RoleName(ValueRole role) => role switch
    {
        ValueRole.Amount => "amount",
        ValueRole.Rate => "rate",
        ValueRole.Score => "score",
        ValueRole.Weight => "weight",
        ValueRole.Grade => "grade",
        ValueRole.Text => "text",
        ValueRole.Code => "code",
        _ => role.ToString(),
    };

    private static void ReadLabel(State s, string file, YamlNode node, string entry, string field, ValueRole role)
    {
        string? text;
        int? gap = null;
        bool? bare = null, boundary = null, chrome = null, prose = null;
        int? priority = null;
        if (node is YamlScalarNode)
        {
            text = Scalar(s, file, node, entry);
        }
        else if (Map(s, file, node, entry, "text", "gap", "bare", "boundary", "priority", "chrome", "prose") is { } m)
        {
            text = Required(s, file, node, m, "text", entry);
            entry += text is null ? string.Empty : $"“{text}”";
            if (m.TryGetValue("gap", out var g))
            {
                gap = Int(s, file, g, entry + "的 gap", 0, 200);
            }

            if (m.TryGetValue("bare", out var b))
            {
                bare = Bool(s, file, b, entry + "的 bare");
            }

            if (m.TryGetValue("boundary", out var bo))
            {
                boundary = Bool(s, file, bo, entry + "的 boundary");
            }

            if (m.TryGetValue("priority", out var p))
            {
                priority = Int(s, file, p, entry + "的 priority", 0, 100);
            }

            if (m.TryGetValue("chrome", out var c))
            {
                chrome = Bool(s, file, c, entry + "的 chrome");
            }

            if (m.TryGetValue("prose", out var pr))
            {
                prose = Bool(s, file, pr, entry + "的 prose");
            }
        }
        else
        {
            return;
        }

        if (text is null)
        {
            return;
        }

        var folded = Fold(text);
        if (folded.Length == 0 || folded.All(ch => char.IsAsciiDigit(ch) || char.IsPunctuation(ch)))
        {
            s.Error(file, node, $"{entry}“{text}”", "标签应包含文字（不能只有数字或标点）");
            return;
        }

        if (!entry.EndsWith('”'))
        {
            entry += $"“{text}”";
        }

        if (s.SeenLabels.TryGetValue((field, folded), out var first))
        {
            s.Error(file, node, entry, $"标签重复（已在 {first} 定义）");
            return;
        }

        var origin = string.Create(CultureInfo.InvariantCulture, $"{file}:{node.Start.Line}");
        s.SeenLabels[(field, folded)] = origin;
        s.Labels.Add(new FieldLabel(folded, field, role, gap ?? DefaultGap(role), bare ?? false, boundary ?? false, priority ?? 5, chrome ?? false, origin, prose ?? false));
    }

    private static void ReadSubjects(State s, string file, YamlNode node)
    {
        var items = Seq(s, file, node, "subjects");
        for (var i = 0; i < items.Count; i++)
        {
            var entry = $"subjects[{i}]";
            if (Map(s, file, items[i], entry, "subject", "labels", "default") is not { } m)
            {
                continue;
            }

            var subject = Required(s, file, items[i], m, "subject", entry);
            if (subject is null)
            {
                continue;
            }

            entry = $"subjects[{i}]（{subject}）";
            if (!KnownSubjects.TryGetValue(subject, out var target))
            {
                s.Error(file, m["subject"], entry, "未知的主体（可用：" + string.Join("、", KnownSubjects.Keys) + "）");
                continue;
            }

            string? def = null;
            if (m.TryGetValue("default", out var d))
            {
                def = Scalar(s, file, d, entry + "的 default");
                if (def is not null and not ("budget" or "executed"))
                {
                    s.Error(file, d, entry + "的 default", $"应为 budget 或 executed，实际为“{def}”");
                    def = null;
                }
                else if (def is not null && target is null)
                {
                    s.Error(file, d, entry + "的 default", "该主体没有对应的预算行，不能设 default");
                    def = null;
                }
            }

            if (!m.TryGetValue("labels", out var labels))
            {
                s.Error(file, items[i], entry, "缺少必填字段“labels”");
                continue;
            }

            var origin = string.Create(CultureInfo.InvariantCulture, $"{file}:{items[i].Start.Line}");
            foreach (var w in Words(s, file, labels, entry + "的 labels"))
            {
                s.Subjects.Add(new SubjectLabel(w, subject, def, origin));
            }
        }
    }

    private static void ReadLists(State s, string file, YamlNode node)
    {
        var items = Seq(s, file, node, "lists");
        for (var i = 0; i < items.Count; i++)
        {
            var entry = $"lists[{i}]";
            if (Map(s, file, items[i], entry, "list", "leads", "itemEndings", "items") is not { } m)
            {
                continue;
            }

            var list = Required(s, file, items[i], m, "list", entry);
            if (list is null)
            {
                continue;
            }

            entry = $"lists[{i}]（{list}）";
            if (list is not ("byFunction" or "incomeBySource"))
            {
                s.Error(file, m["list"], entry, "未知的列表（可用：byFunction、incomeBySource）");
                continue;
            }

            var leads = m.TryGetValue("leads", out var l) ? Words(s, file, l, entry + "的 leads") : [];
            var endings = m.TryGetValue("itemEndings", out var e) ? Words(s, file, e, entry + "的 itemEndings") : [];
            var named = m.TryGetValue("items", out var it) ? Words(s, file, it, entry + "的 items") : [];
            if (leads.Count == 0)
            {
                s.Error(file, items[i], entry, "缺少引导词（leads）");
            }

            if (endings.Count == 0 && named.Count == 0)
            {
                s.Error(file, items[i], entry, "应写 itemEndings（项目名称的结尾）或 items（项目名称）");
            }

            s.Lists.Add(new ListEntry(list, leads, endings, named));
        }
    }

    private static void ReadGrades(State s, string file, YamlNode node)
    {
        var items = Seq(s, file, node, "grades");
        for (var i = 0; i < items.Count; i++)
        {
            var entry = $"grades[{i}]";
            if (Map(s, file, items[i], entry, "grade", "words") is not { } m)
            {
                continue;
            }

            var grade = Required(s, file, items[i], m, "grade", entry);
            if (grade is null)
            {
                continue;
            }

            entry = $"grades[{i}]（{grade}）";
            if (grade is not ("优" or "良" or "中" or "差"))
            {
                s.Error(file, m["grade"], entry, "等级应为 优、良、中、差 之一");
                continue;
            }

            if (!m.TryGetValue("words", out var words))
            {
                s.Error(file, items[i], entry, "缺少必填字段“words”");
                continue;
            }

            foreach (var w in Words(s, file, words, entry + "的 words"))
            {
                if (s.Grades.Any(g => g.Word == w))
                {
                    s.Error(file, words, entry, $"等级用词“{w}”已属于另一个等级");
                    continue;
                }

                s.Grades.Add(new GradeWord(w, grade));
            }
        }
    }

    private static void ReadYears(State s, string file, YamlNode node)
    {
        var items = Seq(s, file, node, "years");
        for (var i = 0; i < items.Count; i++)
        {
            var entry = $"years[{i}]";
            if (Map(s, file, items[i], entry, "cue", "weight", "wholeLine", "underTitle") is not { } m)
            {
                continue;
            }

            var cue = Required(s, file, items[i], m, "cue", entry);
            var weight = m.TryGetValue("weight", out var w) ? Int(s, file, w, entry + "的 weight", -100, 100) : 1;
            var wholeLine = m.TryGetValue("wholeLine", out var wl) && Bool(s, file, wl, entry + "的 wholeLine") == true;
            var underTitle = m.TryGetValue("underTitle", out var ut) && Bool(s, file, ut, entry + "的 underTitle") == true;
            if (cue is null || weight is null)
            {
                continue;
            }

            var folded = Fold(cue);
            var at = folded.IndexOf("{年}", StringComparison.Ordinal);
            if (at < 0 || folded.IndexOf("{年}", at + 1, StringComparison.Ordinal) >= 0)
            {
                s.Error(file, m["cue"], $"{entry}“{cue}”", "线索中应恰好有一个“{年}”（代表四位年份）");
                continue;
            }

            s.YearCues.Add(new YearCue(folded[..at], folded[(at + 3)..], weight.Value, cue) { WholeLine = wholeLine, UnderTitle = underTitle });
        }
    }

    private static void ReadHeadingForms(State s, string file, YamlNode node)
    {
        var items = Seq(s, file, node, "headingForms");
        for (var i = 0; i < items.Count; i++)
        {
            var entry = $"headingForms[{i}]";
            if (Map(s, file, items[i], entry, "form", "level") is not { } m)
            {
                continue;
            }

            var form = Required(s, file, items[i], m, "form", entry);
            var level = m.TryGetValue("level", out var l) ? Int(s, file, l, entry + "的 level", 1, 9) : null;
            if (form is null)
            {
                continue;
            }

            if (level is null)
            {
                if (!m.ContainsKey("level"))
                {
                    s.Error(file, items[i], $"{entry}“{form}”", "缺少必填字段“level”");
                }

                continue;
            }

            var folded = Fold(form);
            (string Placeholder, NumeralKind Kind)[] placeholders = [("{汉字数}", NumeralKind.Chinese), ("{数字}", NumeralKind.Arabic), ("{圈数}", NumeralKind.Circled)];
            var found = placeholders.Where(p => folded.Contains(p.Placeholder, StringComparison.Ordinal)).ToList();
            if (found.Count != 1)
            {
                s.Error(file, m["form"], $"{entry}“{form}”", "标题形式中应恰好有一个编号占位：{汉字数}、{数字} 或 {圈数}");
                continue;
            }

            var at = folded.IndexOf(found[0].Placeholder, StringComparison.Ordinal);
            s.HeadingForms.Add(new HeadingForm(folded[..at], found[0].Kind, folded[(at + found[0].Placeholder.Length)..], level.Value, form));
        }
    }

    /// <summary>A region's self-reference: 我 (or 本) and a region's ending (我市); a word of one character is an error, never dropped.</summary>
    private static IEnumerable<string> RegionSelfReferences(State s, string file, YamlNode value, string key)
    {
        foreach (var word in Words(s, file, value, key))
        {
            if (word.Length < 2)
            {
                s.Error(file, value, key, $"“{word}”应为“我”加地区的后缀（如 我市）");
                continue;
            }

            yield return word;
        }
    }

    /// <summary>Marks written 开头…结尾 (with the single character …); one without exactly one … or with an empty side is an error.</summary>
    private static IEnumerable<(string Lead, string Tail)> MarkPairs(State s, string file, YamlNode value, string key, string example)
    {
        foreach (var mark in Words(s, file, value, key))
        {
            var parts = mark.Split('…');
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                s.Error(file, value, key, $"“{mark}”应为“开头…结尾”（如 {example}）");
                continue;
            }

            yield return (parts[0], parts[1]);
        }
    }

    private static void ReadSections(State s, string file, YamlNode node)
    {
        var items = Seq(s, file, node, "sections");
        for (var i = 0; i < items.Count; i++)
        {
            var entry = $"sections[{i}]";
            if (Map(s, file, items[i], entry, "section", "name", "words", "kinds", "pairs", "list") is not { } m)
            {
                continue;
            }

            var section = Required(s, file, items[i], m, "section", entry);
            if (section is null)
            {
                continue;
            }

            entry = $"sections[{i}]（{section}）";
            if (!Sections.Contains(section))
            {
                s.Error(file, m["section"], entry, "未知的叙述部分（可用：" + string.Join("、", Sections) + "）");
                continue;
            }

            var name = m.TryGetValue("name", out var n) ? Scalar(s, file, n, entry + "的 name") : null;
            if (!m.TryGetValue("words", out var words))
            {
                s.Error(file, items[i], entry, "缺少必填字段“words”");
                continue;
            }

            var list = Words(s, file, words, entry + "的 words");
            var kinds = new List<DocumentKind>();
            if (m.TryGetValue("kinds", out var kindsNode))
            {
                foreach (var k in Words(s, file, kindsNode, entry + "的 kinds"))
                {
                    if (!Enum.TryParse<DocumentKind>(k, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || char.IsDigit(k[0]))
                    {
                        s.Error(file, kindsNode, entry, $"未知的文档类型“{k}”（可用：" + string.Join("、", Enum.GetNames<DocumentKind>()) + "）");
                        continue;
                    }

                    kinds.Add(kind);
                }
            }

            List<(string, string)> pairs = m.TryGetValue("pairs", out var pairsNode) ? [.. MarkPairs(s, file, pairsNode, entry + "的 pairs", "资金…使用")] : [];
            var isList = m.TryGetValue("list", out var listNode) && Bool(s, file, listNode, entry + "的 list") == true;

            var existing = s.Sections.FindIndex(x => x.Section == section);
            if (existing >= 0)
            {
                var before = s.Sections[existing];
                s.Sections[existing] = before with { Words = [.. before.Words, .. list.Where(w => !before.Words.Contains(w))], Pairs = [.. before.Pairs, .. pairs.Where(x => !before.Pairs.Contains(x))], List = before.List || isList };
            }
            else
            {
                s.Sections.Add(new SectionEntry(section, name ?? section, list) { Kinds = kinds, Pairs = pairs, List = isList });
            }
        }
    }

    private static void ReadKinds(State s, string file, YamlNode node)
    {
        var items = Seq(s, file, node, "kinds");
        for (var i = 0; i < items.Count; i++)
        {
            var entry = $"kinds[{i}]";
            if (Map(s, file, items[i], entry, "kind", "cues") is not { } m)
            {
                continue;
            }

            var kindText = Required(s, file, items[i], m, "kind", entry);
            if (kindText is null)
            {
                continue;
            }

            entry = $"kinds[{i}]（{kindText}）";
            if (!Enum.TryParse<DocumentKind>(kindText, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || char.IsDigit(kindText[0]))
            {
                s.Error(file, m["kind"], entry, "未知的文档类型（可用：" + string.Join("、", Enum.GetNames<DocumentKind>()) + "）");
                continue;
            }

            if (!m.TryGetValue("cues", out var cues))
            {
                s.Error(file, items[i], entry, "缺少必填字段“cues”");
                continue;
            }

            var list = Seq(s, file, cues, entry + "的 cues");
            for (var k = 0; k < list.Count; k++)
            {
                var ce = $"{entry}的 cues[{k}]";
                if (Map(s, file, list[k], ce, "text", "where", "weight", "news") is not { } c)
                {
                    continue;
                }

                var text = Required(s, file, list[k], c, "text", ce);
                var where = Required(s, file, list[k], c, "where", ce);
                var weight = c.TryGetValue("weight", out var w) ? Int(s, file, w, ce + "的 weight", -100, 100) : null;
                if (!c.ContainsKey("weight"))
                {
                    s.Error(file, list[k], ce, "缺少必填字段“weight”");
                }

                if (where is not null and not ("title" or "body"))
                {
                    s.Error(file, c["where"], ce + "的 where", $"应为 title（标题）或 body（正文），实际为“{where}”");
                    continue;
                }

                var news = c.TryGetValue("news", out var nw) && Bool(s, file, nw, ce + "的 news") == true;
                if (news && kind != DocumentKind.Other)
                {
                    s.Error(file, c["news"], ce + "的 news", "只有“其他”（Other）的线索可以标记为新闻（news）");
                }

                if (text is null || where is null || weight is null)
                {
                    continue;
                }

                s.KindCues.Add(new KindCue(kind, Fold(text), where == "title", weight.Value, news));
            }
        }
    }

    private static bool IsColumn(string column) =>
        KnownFields.ContainsKey(column) || ColumnRoles.Contains(column) || IsSubjectPath(column);

    private static bool IsSubjectPath(string column) =>
        KnownSubjects.Values.Any(v => v is not null && (column == v + ".budget" || column == v + ".executed"));

    private static void ReadHeaderCells(State s, string file, YamlNode node)
    {
        var items = Seq(s, file, node, "headerCells");
        for (var i = 0; i < items.Count; i++)
        {
            var entry = $"headerCells[{i}]";
            if (Map(s, file, items[i], entry, "column", "labels") is not { } m)
            {
                continue;
            }

            var column = Required(s, file, items[i], m, "column", entry);
            if (column is null)
            {
                continue;
            }

            entry = $"headerCells[{i}]（{column}）";
            if (!ColumnRoles.Contains(column))
            {
                s.Error(file, m["column"], entry, "未知的列（可用：" + string.Join("、", ColumnRoles) + "；字段的列由字段标签给出）");
                continue;
            }

            if (!m.TryGetValue("labels", out var labels))
            {
                s.Error(file, items[i], entry, "缺少必填字段“labels”");
                continue;
            }

            foreach (var w in Words(s, file, labels, entry + "的 labels"))
            {
                s.HeaderCells.Add(new HeaderCell(w, column));
            }
        }
    }

    private static void ReadRows(State s, string file, YamlNode node)
    {
        var items = Seq(s, file, node, "rows");
        for (var i = 0; i < items.Count; i++)
        {
            var entry = $"rows[{i}]";
            if (Map(s, file, items[i], entry, "row", "labels", "values") is not { } m)
            {
                continue;
            }

            var row = Required(s, file, items[i], m, "row", entry);
            if (row is null)
            {
                continue;
            }

            entry = $"rows[{i}]（{row}）";
            if (!RowKinds.Contains(row))
            {
                s.Error(file, m["row"], entry, "未知的行类型（可用：" + string.Join("、", RowKinds) + "）");
                continue;
            }

            var labels = m.TryGetValue("labels", out var l) ? Words(s, file, l, entry + "的 labels") : [];
            if (labels.Count == 0)
            {
                s.Error(file, items[i], entry, "缺少行标签（labels）");
            }

            var values = new List<string>();
            if (m.TryGetValue("values", out var v))
            {
                var seq = Seq(s, file, v, entry + "的 values");
                for (var k = 0; k < seq.Count; k++)
                {
                    if (Scalar(s, file, seq[k], $"{entry}的 values[{k}]") is { } value)
                    {
                        if (!KnownFields.ContainsKey(value))
                        {
                            s.Error(file, seq[k], $"{entry}的 values[{k}]", $"未知的字段“{value}”");
                            continue;
                        }

                        values.Add(value);
                    }
                }
            }

            s.Rows.Add(new RowEntry(row, labels, values));
        }
    }

    private static void ReadCueVariants(State s, string file, YamlNode node) =>
        ReadPairs(s, file, node, "cueVariants", "of", "also", (of, also, _) => s.CueVariants.Add((Fold(of), Fold(also))));

    /// <summary>A sequence of mappings with two required keys each (cueVariants: of/also, tableUnitCues: text/unit).</summary>
    private static void ReadPairs(State s, string file, YamlNode node, string section, string first, string second, Action<string, string, YamlNode> add)
    {
        var items = Seq(s, file, node, section);
        for (var i = 0; i < items.Count; i++)
        {
            var entry = $"{section}[{i}]";
            if (Map(s, file, items[i], entry, first, second) is not { } m)
            {
                continue;
            }

            var a = Required(s, file, items[i], m, first, entry);
            var b = Required(s, file, items[i], m, second, entry);
            if (a is not null && b is not null)
            {
                add(a, b, items[i]);
            }
        }
    }

    /// <summary>The kind cues and, for each cue holding a variant's word, the same cue in the variant's wording (绩效自评报告 → 绩效自我评价报告).</summary>
    private static IEnumerable<KindCue> WithVariants(List<KindCue> cues, List<(string Of, string Also)> variants)
    {
        var seen = cues.Select(c => (c.Kind, c.Text, c.InTitle)).ToHashSet();
        return cues.Concat(cues.SelectMany(c => Variants(c.Text, variants).Select(text => c with { Text = text })).Where(c => seen.Add((c.Kind, c.Text, c.InTitle))));
    }

    /// <summary>A word in each variant's wording whose word it holds (自评报告 → 自我评价报告).</summary>
    private static IEnumerable<string> Variants(string word, List<(string Of, string Also)> variants) =>
        variants.Where(v => word.Contains(v.Of, StringComparison.Ordinal)).Select(v => word.Replace(v.Of, v.Also, StringComparison.Ordinal));

    private static void ReadTableUnitCues(State s, string file, YamlNode node) =>
        ReadPairs(s, file, node, "tableUnitCues", "text", "unit", (text, unit, item) => s.TableUnitCues.Add((new TableUnitCue(Fold(text), unit), file, item)));

    private static void ReadLayouts(State s, string file, YamlNode node)
    {
        var items = Seq(s, file, node, "layouts");
        for (var i = 0; i < items.Count; i++)
        {
            var entry = $"layouts[{i}]";
            if (Map(s, file, items[i], entry, "id", "name", "anchor", "within", "columns", "header", "identities", "level1", "coverKeys") is not { } m)
            {
                continue;
            }

            var id = Required(s, file, items[i], m, "id", entry);
            if (id is null)
            {
                continue;
            }

            entry = $"layouts[{i}]（{id}）";
            if (s.Layouts.Any(l => l.Layout.Id == id))
            {
                s.Error(file, m["id"], entry, "表样编号重复");
                continue;
            }

            var name = Required(s, file, items[i], m, "name", entry) ?? id;
            var anchor = m.TryGetValue("anchor", out var a) ? Words(s, file, a, entry + "的 anchor") : [];
            var within = m.TryGetValue("within", out var w) ? Int(s, file, w, entry + "的 within", 1, 200) ?? 15 : 15;
            var columns = new List<string?>();
            if (m.TryGetValue("columns", out var c))
            {
                var seq = Seq(s, file, c, entry + "的 columns");
                for (var k = 0; k < seq.Count; k++)
                {
                    var col = seq[k] is YamlScalarNode { Value: { } v } ? v.Trim() : null;
                    if (col is null or "" or "~" || YamlTree.IsNull(seq[k]))
                    {
                        columns.Add(null);
                    }
                    else if (!IsColumn(col))
                    {
                        s.Error(file, seq[k], $"{entry}的 columns[{k}]", $"未知的列“{col}”（应为字段、预算行或列类型：{string.Join("、", ColumnRoles)}）");
                    }
                    else
                    {
                        columns.Add(col);
                    }
                }
            }

            var header = new List<string>();
            if (m.TryGetValue("header", out var h))
            {
                var seq = Seq(s, file, h, entry + "的 header");
                for (var k = 0; k < seq.Count; k++)
                {
                    if (Scalar(s, file, seq[k], $"{entry}的 header[{k}]") is { } col)
                    {
                        if (!IsColumn(col))
                        {
                            s.Error(file, seq[k], $"{entry}的 header[{k}]", $"未知的列“{col}”（应为字段、预算行或列类型：{string.Join("、", ColumnRoles)}）");
                        }
                        else
                        {
                            header.Add(col);
                        }
                    }
                }
            }

            var level1 = m.TryGetValue("level1", out var l1) ? Words(s, file, l1, entry + "的 level1") : [];
            var coverKeys = m.TryGetValue("coverKeys", out var ck) ? Words(s, file, ck, entry + "的 coverKeys") : [];
            if (anchor.Count > 0 && columns.Count == 0)
            {
                s.Error(file, items[i], entry, "有 anchor 时应写 columns（锚点之后数值行的列顺序）");
            }

            if (anchor.Count == 0 && header.Count == 0 && level1.Count == 0 && coverKeys.Count == 0)
            {
                s.Error(file, items[i], entry, "表样应至少写 anchor+columns、header、level1 或 coverKeys 之一");
            }

            var identities = new List<LayoutIdentity>();
            if (m.TryGetValue("identities", out var ids))
            {
                var seq = Seq(s, file, ids, entry + "的 identities");
                var known = columns.Where(x => x is not null).Select(x => x!).Concat(header).ToHashSet(StringComparer.Ordinal);
                for (var k = 0; k < seq.Count; k++)
                {
                    var text = Scalar(s, file, seq[k], $"{entry}的 identities[{k}]");
                    if (text is null)
                    {
                        continue;
                    }

                    var identity = ParseIdentity(text);
                    if (identity is null)
                    {
                        s.Error(file, seq[k], $"{entry}的 identities[{k}]“{text}”", "恒等式应写成“列 = 列 / 列”“列 = 列 * 列”或“列 = 列 + 列”");
                        continue;
                    }

                    foreach (var part in new[] { identity.Target, identity.Left, identity.Right }.Where(p => !known.Contains(p)))
                    {
                        s.Error(file, seq[k], $"{entry}的 identities[{k}]“{text}”", $"“{part}”不是本表样的列");
                        identity = null;
                        break;
                    }

                    if (identity is not null)
                    {
                        identities.Add(identity);
                    }
                }
            }

            var origin = string.Create(CultureInfo.InvariantCulture, $"{file}:{items[i].Start.Line}");
            s.Layouts.Add((new TableLayout
            {
                Id = id,
                Name = name,
                Anchor = anchor,
                Within = within,
                Columns = columns,
                Header = header,
                Identities = identities,
                Level1 = level1,
                CoverKeys = coverKeys,
                Origin = origin,
            }, file, items[i]));
        }
    }

    private static LayoutIdentity? ParseIdentity(string text)
    {
        var eq = text.Split('=');
        if (eq.Length != 2)
        {
            return null;
        }

        var target = eq[0].Trim();
        var right = eq[1];
        foreach (var op in new[] { '/', '*', '+' })
        {
            var parts = right.Split(op);
            if (parts.Length == 2 && parts[0].Trim().Length > 0 && parts[1].Trim().Length > 0 && target.Length > 0)
            {
                return new LayoutIdentity(target, parts[0].Trim(), op, parts[1].Trim(), text);
            }
        }

        return null;
    }

    private static void ReadFrameworkCues(State s, string file, YamlNode node)
    {
        var items = Seq(s, file, node, "frameworkCues");
        for (var i = 0; i < items.Count; i++)
        {
            var entry = $"frameworkCues[{i}]";
            if (Map(s, file, items[i], entry, "framework", "note", "cues") is not { } m)
            {
                continue;
            }

            var framework = Required(s, file, items[i], m, "framework", entry);
            if (framework is null)
            {
                continue;
            }

            entry = $"frameworkCues[{i}]（{framework}）";
            var note = m.TryGetValue("note", out var n) ? Scalar(s, file, n, entry + "的 note") ?? framework : framework;
            var cues = m.TryGetValue("cues", out var c) ? Words(s, file, c, entry + "的 cues") : [];
            if (cues.Count == 0)
            {
                s.Error(file, items[i], entry, "缺少识别线索（cues）");
                continue;
            }

            s.FrameworkCues.Add((new FrameworkCue(framework, note, cues), file, m["framework"]));
        }
    }

    private static void ReadChrome(State s, string file, YamlNode node)
    {
        if (Map(s, file, node, "chrome", "startsWith", "contains", "equals", "navigation", "valueBelow") is not { } m)
        {
            return;
        }

        if (m.TryGetValue("startsWith", out var a))
        {
            s.ChromeStarts.AddRange(Words(s, file, a, "chrome.startsWith"));
        }

        if (m.TryGetValue("contains", out var b))
        {
            s.ChromeContains.AddRange(Words(s, file, b, "chrome.contains"));
        }

        if (m.TryGetValue("equals", out var c))
        {
            s.ChromeEquals.AddRange(Words(s, file, c, "chrome.equals"));
        }

        if (m.TryGetValue("navigation", out var d))
        {
            s.ChromeNavigation.AddRange(Words(s, file, d, "chrome.navigation"));
        }

        if (m.TryGetValue("valueBelow", out var e))
        {
            foreach (var word in Words(s, file, e, "chrome.valueBelow"))
            {
                // The label's own line must be chrome: a label that starts no chrome line would make its value chrome alone.
                if (!s.ChromeStarts.Any(x => Fold(word).StartsWith(Fold(x), StringComparison.Ordinal)))
                {
                    s.Error(file, e, "chrome.valueBelow", $"“{word}”不以任何 chrome.startsWith 词开头（标签所在行须是页面杂项）");
                    continue;
                }

                s.ChromeValueBelow.Add(word);
            }
        }
    }

    // ------------------------------------------------------------------ whole-set checks

    private static void CheckComplete(State s)
    {
        var file = s.Files.Count == 1 ? s.Files[0] : "reading/";
        void Need(bool present, string what)
        {
            if (!present)
            {
                s.Errors.Add(new DomainError(ErrorCode, file, $"词表不完整：{what}"));
            }
        }

        Need(s.MoneyUnits.Count > 0, "缺少金额单位（moneyUnits）");
        foreach (var field in new[] { "budget.adjusted", "budget.executed", "budget.statedRatePercent", "stated.totalScore", "stated.grade", "unit" })
        {
            Need(s.Labels.Any(l => l.Field == field), $"字段 {field} 没有任何标签（fields）");
        }

        Need(s.Grades.Count > 0, "缺少等级用词（grades）");
        Need(s.YearCues.Count > 0, "缺少年度线索（years）");
        Need(s.HeadingForms.Count > 0, "缺少标题编号形式（headingForms）");
        Need(s.Sections.Any(x => x.Section == "problems") && s.Sections.Any(x => x.Section == "measures"), "缺少“存在的问题”和“改进措施”的标题用词（sections）");
        Need(s.WordList("unitSuffixes").Count > 0, "缺少单位名称的结尾用词（unitSuffixes）");
        foreach (var kind in new[] { DocumentKind.DepartmentReport, DocumentKind.DepartmentScoreTable, DocumentKind.ProjectTable })
        {
            Need(s.KindCues.Any(c => c.Kind == kind && c.InTitle && c.Weight > 0), $"文档类型 {kind} 没有标题线索（kinds）");
        }
    }

    private static void CheckReferences(State s)
    {
        var frameworks = FrameworkCatalog.BuiltIn.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (cue, file, node) in s.FrameworkCues)
        {
            if (!frameworks.Contains(cue.Framework))
            {
                s.Error(file, node, $"frameworkCues（{cue.Framework}）", "未知的评分表（可用：" + string.Join("、", frameworks) + "）");
            }
        }

        // A table unit cue must name a money unit of the set.
        if (s.MoneyUnits.Count > 0)
        {
            foreach (var (cue, file, node) in s.TableUnitCues.Where(c => !s.MoneyUnits.Any(u => u.Unit == c.Cue.Unit)))
            {
                s.Error(file, node, $"tableUnitCues（{cue.Text}）", $"未知的金额单位“{cue.Unit}”（moneyUnits 中没有）");
            }
        }
    }
}
