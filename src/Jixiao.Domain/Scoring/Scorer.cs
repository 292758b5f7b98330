using System.Globalization;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// Scores an evaluation against a framework: pure, decimal, every leaf by its rule, parents as
/// sums, 四舍五入 to two places once per leaf through <see cref="Money.Round(decimal)"/>. Self
/// score, review score (复核分) and deductions (扣分) are kept apart. Every error in one pass.
/// </summary>
public static class Scorer
{
    public static Result<ScoreResult> Score(Framework framework, Evaluation evaluation) => Run(framework, evaluation, explain: true);

    /// <summary>
    /// The same scoring (same rules, checks, errors and rounding) without building the explanation
    /// texts: every <see cref="IndicatorScore.Explanation"/> is empty. For batches whose output shows
    /// no explanations (JSON Lines); several times faster.
    /// </summary>
    public static Result<ScoreResult> ScoreTotals(Framework framework, Evaluation evaluation) => Run(framework, evaluation, explain: false);

    private static Result<ScoreResult> Run(Framework framework, Evaluation evaluation, bool explain)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(evaluation);
        var errors = new List<DomainError>();
        if (evaluation.Kind != framework.Kind)
        {
            errors.Add(new DomainError(ErrorCatalogue.KindMismatch, "kind",
                $"评价类型为“{evaluation.Kind.Name()}”，但评分表“{framework.Name}”（{framework.Id}）用于“{framework.Kind.Name()}”评价"));
        }

        var index = Indexes.GetValue(framework, f => new FrameworkIndex(f));
        var inputs = index.InputsByLeaf(evaluation, out var unknown);
        if (unknown)
        {
            foreach (var code in evaluation.Inputs.Keys)
            {
                if (!index.LeafOrdinals.ContainsKey(code))
                {
                    errors.Add(new DomainError(ErrorCatalogue.UnknownLeaf, InputPath(code),
                        $"评分表“{framework.Id}”中没有编码为“{code}”的末级指标"));
                }
            }
        }

        CheckGoalsAssigned(framework, index.Declared, evaluation, errors);

        using var context = new Context(framework, index, evaluation, inputs, errors, explain);
        context.ScoreAll();
        if (errors.Count > 0)
        {
            return Result<ScoreResult>.Failure(errors);
        }

        context.ApplyRescaling();
        var (flat, total, reviewTotal) = context.Results();
        return Result<ScoreResult>.Success(new ScoreResult
        {
            FrameworkId = framework.Id,
            Total = total,
            MaxTotal = framework.TotalWeight,
            Grade = framework.Grades.For(total),
            ReviewTotal = reviewTotal,
            ReviewGrade = framework.Grades.For(reviewTotal),
            Indicators = flat,
        });
    }

    /// <summary>
    /// Scores one indicator (and its descendants) alone, without the whole-evaluation checks and
    /// without not-applicable rescaling: for `explain` and for partial evaluations (e.g. a project
    /// table whose indicator actuals are not yet entered, scored for its execution part).
    /// </summary>
    public static Result<IndicatorScore> ScoreIndicator(Framework framework, Evaluation evaluation, string code)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(evaluation);
        var path = FindPath(framework.Indicators, code, 1, null);
        if (path is null)
        {
            return Result<IndicatorScore>.Failure(new DomainError(ErrorCatalogue.UnknownLeaf, "code",
                $"评分表“{framework.Id}”中没有编码为“{code}”的指标"));
        }

        var errors = new List<DomainError>();
        var index = Indexes.GetValue(framework, f => new FrameworkIndex(f));
        using var context = new Context(framework, index, evaluation, index.InputsByLeaf(evaluation, out _), errors);
        var row = context.Node(path.Value.Node, path.Value.Level, path.Value.Parent, index.FirstLeafOrdinal(path.Value.Node));
        return errors.Count > 0 ? Result<IndicatorScore>.Failure(errors) : Result<IndicatorScore>.Success(context.ToScore(row));
    }

    private static (IndicatorNode Node, int Level, string? Parent)? FindPath(IReadOnlyList<IndicatorNode> nodes, string code, int level, string? parent)
    {
        foreach (var n in nodes)
        {
            if (string.Equals(n.Code, code, StringComparison.Ordinal))
            {
                return (n, level, parent);
            }

            if (FindPath(n.Children, code, level + 1, n.Code) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    internal static string InputPath(string code) => $"inputs[\"{code}\"]";

    internal static string GoalPath(int index) => string.Create(CultureInfo.InvariantCulture, $"goals[{index}]");

    /// <summary>What the scorer looks up on every call, computed once per framework instance.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Framework, FrameworkIndex> Indexes = new();

    private sealed class FrameworkIndex(Framework framework)
    {
        /// <summary>The leaves in the order they are scored (depth first); a leaf's place here is its ordinal.</summary>
        public IndicatorNode[] Leaves { get; } = framework.Leaves().ToArray();

        /// <summary>The ordinals of the leaves with each code (one, as codes are unique in a valid framework).</summary>
        public Dictionary<string, int[]> LeafOrdinals { get; } = framework.Leaves().Select((l, k) => (l.Code, k))
            .GroupBy(l => l.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(l => l.k).ToArray(), StringComparer.Ordinal);

        /// <summary>inputs["code"] of every leaf by ordinal, so that scoring does not build the same paths each time.</summary>
        public string[] LeafPaths { get; } = framework.Leaves().Select(l => InputPath(l.Code)).ToArray();

        public List<DeclaredIndicatorsRule> Declared { get; } = framework.Leaves().Select(l => l.Rule).OfType<DeclaredIndicatorsRule>().ToList();

        public int NodeCount { get; } = framework.AllNodes().Count();

        /// <summary>
        /// The evaluation's inputs by leaf ordinal: one look-up per input instead of one per leaf. Reports whether some
        /// input has a code that is no leaf's.
        /// </summary>
        public LeafInput?[] InputsByLeaf(Evaluation evaluation, out bool unknown)
        {
            var inputs = new LeafInput?[Leaves.Length];
            unknown = false;
            foreach (var (code, input) in evaluation.Inputs)
            {
                if (!LeafOrdinals.TryGetValue(code, out var ordinals))
                {
                    unknown = true;
                    continue;
                }

                foreach (var k in ordinals)
                {
                    inputs[k] = input;
                }
            }

            return inputs;
        }

        /// <summary>The ordinal of the first leaf in the subtree of <paramref name="node"/>.</summary>
        public int FirstLeafOrdinal(IndicatorNode node)
        {
            while (!node.IsLeaf)
            {
                node = node.Children[0];
            }

            return Array.FindIndex(Leaves, l => ReferenceEquals(l, node));
        }

        private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Code, int K), string> goalCodes = new();

        /// <summary>"2.1", "2.2" … for the goals under a declared-indicators leaf, built once.</summary>
        public string GoalCode(string code, int k) => goalCodes.GetOrAdd((code, k), static key => string.Create(CultureInfo.InvariantCulture, $"{key.Code}.{key.K}"));
    }

    private static void CheckGoalsAssigned(Framework framework, List<DeclaredIndicatorsRule> declared, Evaluation evaluation, List<DomainError> errors)
    {
        if (declared.Count == 0 || declared.Any(r => r.Level1.Count == 0))
        {
            return;
        }

        for (var i = 0; i < evaluation.Goals.Count; i++)
        {
            var goal = evaluation.Goals[i];
            if (!declared.Any(r => Level1Matches(r.Level1, goal.Level1)))
            {
                var classes = string.Join("、", declared.SelectMany(r => r.Level1).Distinct(StringComparer.Ordinal));
                errors.Add(new DomainError(ErrorCatalogue.UnassignedGoal, GoalPath(i) + ".level1",
                    $"绩效指标“{goal.Name}”的一级指标“{goal.Level1}”不在评分表“{framework.Id}”的一级指标中（{classes}），不能计分"));
            }
        }
    }

    /// <summary>产出 matches 产出指标: compared without the trailing 指标 and spaces.</summary>
    internal static bool Level1Matches(IReadOnlyList<string> classes, string level1)
    {
        // Usually spelt exactly as in the framework: then no normalising is needed.
        for (var i = 0; i < classes.Count; i++)
        {
            if (string.Equals(classes[i], level1, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var l = Normalise(level1);
        for (var i = 0; i < classes.Count; i++)
        {
            if (Normalise(classes[i]).SequenceEqual(l))
            {
                return true;
            }
        }

        return false;

        static ReadOnlySpan<char> Normalise(string s)
        {
            var t = s.AsSpan().Trim();
            return t.EndsWith("指标", StringComparison.Ordinal) ? t[..^2].Trim() : t;
        }
    }

    /// <summary>
    /// One indicator being scored, a row of <see cref="Context"/>'s sheet: unrounded leaf score until rescaling, then
    /// rounded. The rows are in the order of <see cref="ScoreResult.Indicators"/> (depth first, parents before their
    /// children, a declared-indicators leaf followed by its goals), so the children of row i start at row i + 1 and
    /// each next one at the <see cref="End"/> of the one before. A struct in one array instead of an object per indicator.
    /// </summary>
    private struct Row
    {
        /// <summary>The framework's node; for a declared goal, its declared-indicators leaf.</summary>
        public IndicatorNode Node;

        public string Code;

        public string Name;

        public int Level;

        public string? ParentCode;

        public decimal Weight;

        public decimal? RescaledWeight;

        /// <summary>Unrounded before <see cref="Context.RoundLeaf"/>, rounded after.</summary>
        public decimal Score;

        public decimal ReviewDeductions;

        public decimal ReviewScore;

        public bool NotApplicable;

        public string? Reason;

        public string? Measure;

        public Explanation Explanation;

        public int ChildCount;

        /// <summary>The index of the row after this one's last descendant.</summary>
        public int End;

        public readonly IndicatorScore ToScore() => new()
        {
            Code = Code,
            Name = Name,
            Level = Level,
            ParentCode = ParentCode,
            Weight = Weight,
            RescaledWeight = RescaledWeight,
            Score = Score,
            ReviewScore = ReviewScore,
            IsLeaf = ChildCount == 0,
            NotApplicable = NotApplicable,
            Reason = Reason,
            Measure = Measure,
            Explanation = Explanation,
        };
    }

    private sealed class Context(Framework framework, FrameworkIndex index, Evaluation evaluation, LeafInput?[] inputs, List<DomainError> errors, bool explain = true)
        : IDisposable
    {
        /// <summary>The sheet of the previous call on this thread, emptied, so that a batch does not allocate one per evaluation.</summary>
        [ThreadStatic]
        private static Row[]? spareRows;

        private readonly FrameworkIndex index = index;

        private readonly FrameworkSettings settings = framework.Settings;

        /// <summary>The sheet: every indicator scored so far, in result order (see <see cref="Row"/>).</summary>
        private Row[] rows = TakeRows(index.NodeCount + evaluation.Goals.Count);

        private int count;

        /// <summary>The ordinal of the next leaf to score (see <see cref="FrameworkIndex.Leaves"/>).</summary>
        private int nextLeaf;

        /// <summary>Whether some leaf was entered as not applicable (then rescaling may apply).</summary>
        private bool anyNotApplicable;

        private static Row[] TakeRows(int capacity)
        {
            var spare = spareRows;
            spareRows = null;
            return spare is not null && spare.Length >= capacity ? spare : new Row[capacity];
        }

        /// <summary>Leaves the sheet, emptied, for the next call on this thread (no result refers to it).</summary>
        public void Dispose()
        {
            Array.Clear(rows, 0, count);
            count = 0;
            spareRows = rows;
        }

        /// <summary>Scores every indicator of the framework, in order.</summary>
        public void ScoreAll()
        {
            var roots = framework.Indicators;
            for (var i = 0; i < roots.Count; i++)
            {
                Node(roots[i], 1, null);
            }
        }

        /// <summary>Every row as an <see cref="IndicatorScore"/>, and the sums of the top-level ones.</summary>
        public (List<IndicatorScore> Indicators, decimal Total, decimal ReviewTotal) Results()
        {
            var flat = new List<IndicatorScore>(count);
            for (var i = 0; i < count; i++)
            {
                flat.Add(rows[i].ToScore());
            }

            decimal total = 0m, reviewTotal = 0m;
            for (var i = 0; i < count; i = rows[i].End)
            {
                total += rows[i].Score;
                reviewTotal += rows[i].ReviewScore;
            }

            return (flat, total, reviewTotal);
        }

        public IndicatorScore ToScore(int row) => rows[row].ToScore();

        /// <summary>Scores a node whose first leaf has ordinal <paramref name="firstLeaf"/> (and its descendants) alone; returns its row.</summary>
        public int Node(IndicatorNode node, int level, string? parent, int firstLeaf)
        {
            nextLeaf = firstLeaf;
            return Node(node, level, parent);
        }

        /// <summary>Scores a node and its descendants into the sheet; returns its row.</summary>
        private int Node(IndicatorNode node, int level, string? parent)
        {
            var i = Add(node, node.Code, node.Name, level, parent, node.Weight);
            if (!node.IsLeaf)
            {
                var children = node.Children;
                for (var c = 0; c < children.Count; c++)
                {
                    Node(children[c], level + 1, node.Code);
                }

                rows[i].ChildCount = children.Count;
                rows[i].End = count;
                SumChildren(i);
                return i;
            }

            Leaf(i, node);
            if (rows[i].ChildCount > 0)
            {
                SumChildren(i);
            }
            else
            {
                RoundLeaf(ref rows[i]);
            }

            return i;
        }

        /// <summary>A new row (filled in place: a row is too large to copy around); returns its index.</summary>
        private int Add(IndicatorNode node, string code, string name, int level, string? parent, decimal weight)
        {
            if (count == rows.Length)
            {
                Array.Resize(ref rows, Math.Max(8, rows.Length * 2));
            }

            ref var row = ref rows[count];
            row.Node = node;
            row.Code = code;
            row.Name = name;
            row.Level = level;
            row.ParentCode = parent;
            row.Weight = weight;
            row.Explanation = NoExplanation;
            row.End = count + 1;
            return count++;
        }

        /// <summary>A plain leaf: 四舍五入 once, then the review score from it.</summary>
        private static void RoundLeaf(ref Row row)
        {
            row.Score = Money.Round(row.Score);
            row.ReviewScore = ReviewScore(row.Score, row.ReviewDeductions);
        }

        /// <summary>
        /// 复核分: the score less the reviewer's deductions (rounded), at least 0. Most leaves have none, and their sum is then
        /// a plain 0m (scale 0), which leaves the score as it is, bit for bit, scale included: that case skips the arithmetic.
        /// </summary>
        private static decimal ReviewScore(decimal score, decimal reviewDeductions) =>
            reviewDeductions == 0m && reviewDeductions.Scale == 0
                ? Math.Max(0m, score)
                : Math.Max(0m, score - Money.Round(reviewDeductions));

        /// <summary>A row with children that are final already: its scores are their sums.</summary>
        private void SumChildren(int i)
        {
            ref var row = ref rows[i];
            decimal score = 0m, review = 0m;
            var rescaled = false;
            for (int c = i + 1, k = 0; k < row.ChildCount; c = rows[c].End, k++)
            {
                score += rows[c].Score;
                review += rows[c].ReviewScore;
                rescaled |= rows[c].RescaledWeight is not null;
            }

            row.Score = score;
            row.ReviewScore = review;
            if (rescaled)
            {
                decimal weight = 0m;
                for (int c = i + 1, k = 0; k < row.ChildCount; c = rows[c].End, k++)
                {
                    weight += rows[c].RescaledWeight ?? rows[c].Weight;
                }

                row.RescaledWeight = weight;
            }

            if (!row.Node.IsLeaf)
            {
                row.Explanation = explain ? SumExplanation(i) : NoExplanation;
                return;
            }

            // A declared-indicators leaf: the goals are its children; its own explanation keeps the rule and adds the sum.
            // The reviewer's deductions on the leaf itself still apply to its review score.
            row.ReviewScore = ReviewScore(row.ReviewScore, row.ReviewDeductions);
            if (explain)
            {
                row.Explanation = row.Explanation with { Arithmetic = $"{JoinScores(i, row.ChildCount)} = {Fmt.Two(row.Score)}" };
            }
        }

        /// <summary>After leaves changed (rescaling): re-sums every row below and this one.</summary>
        private void Resum(int i)
        {
            if (rows[i].ChildCount == 0)
            {
                return;
            }

            for (int c = i + 1, k = 0; k < rows[i].ChildCount; c = rows[c].End, k++)
            {
                Resum(c);
            }

            SumChildren(i);
        }

        /// <summary>"12.50 + 8 + …": the scores of the first <paramref name="childCount"/> children of row <paramref name="i"/>.</summary>
        private string JoinScores(int i, int childCount)
        {
            var parts = new string[childCount];
            for (int c = i + 1, k = 0; k < parts.Length; c = rows[c].End, k++)
            {
                parts[k] = Fmt.Two(rows[c].Score);
            }

            return string.Join(" + ", parts);
        }

        private Explanation SumExplanation(int i)
        {
            ref var parent = ref rows[i];
            var inputs = new ExplanationInput[parent.ChildCount];
            for (int c = i + 1, k = 0; k < inputs.Length; c = rows[c].End, k++)
            {
                inputs[k] = new ExplanationInput(rows[c].Name, Fmt.Two(rows[c].Score), "indicators." + rows[c].Code);
            }

            return new Explanation("合计", inputs, $"{string.Join(" + ", inputs.Select(x => x.Value))} = {Fmt.Two(parent.Score)}",
                $"“{parent.Name}”得分为其 {parent.ChildCount} 个下级指标得分之和：{Fmt.Two(parent.Score)} 分（分值 {Fmt.Short(parent.Weight)}）。");
        }

        /// <summary>Excludes not-applicable leaves and rescales the rest (policy Rescale), then re-sums.</summary>
        public void ApplyRescaling()
        {
            if (settings.NotApplicable != NotApplicablePolicy.Rescale || !anyNotApplicable)
            {
                return;
            }

            decimal excluded = 0m;
            for (var i = 0; i < count; i = rows[i].Node.IsLeaf ? rows[i].End : i + 1)
            {
                if (rows[i].Node.IsLeaf && rows[i].NotApplicable)
                {
                    excluded += rows[i].Weight;
                }
            }

            if (excluded == 0m)
            {
                return;
            }

            var applicable = framework.TotalWeight - excluded;
            if (applicable <= 0m)
            {
                return;
            }

            var factor = framework.TotalWeight / applicable;
            var factorText = explain ? $"{Fmt.Short(framework.TotalWeight)} ÷ {Fmt.Short(applicable)}" : string.Empty;
            for (var i = 0; i < count; i = rows[i].Node.IsLeaf ? rows[i].End : i + 1)
            {
                if (rows[i].Node.IsLeaf)
                {
                    Rescale(i, factor, factorText);
                }
            }

            for (var i = 0; i < count; i = rows[i].End)
            {
                Resum(i);
            }
        }

        private void Rescale(int leaf, decimal factor, string factorText)
        {
            if (rows[leaf].NotApplicable)
            {
                rows[leaf].RescaledWeight = 0m;
                return;
            }

            // Declared-indicators leaves hold their goals as children: rescale those.
            var (first, end) = rows[leaf].ChildCount > 0 ? (leaf + 1, rows[leaf].End) : (leaf, leaf + 1);
            for (var i = first; i < end; i++)
            {
                ref var t = ref rows[i];
                var before = t.Score;
                t.RescaledWeight = t.Weight * factor;
                t.Score = t.Score * factor;
                if (explain)
                {
                    t.Explanation = t.Explanation with
                    {
                        Arithmetic = t.Explanation.Arithmetic + $"；不适用指标剔除后按比例折算：{Fmt.Two(before)} × {factorText} = {Fmt.Two(t.Score)}",
                        Text = t.Explanation.Text + $"因有不适用指标被剔除，得分按比例折算为 {Fmt.Two(t.Score)} 分。",
                    };
                }

                t.Score = Money.Round(t.Score);
                t.ReviewScore = ReviewScore(t.Score, t.ReviewDeductions);
            }
        }

        /// <summary>Fills leaf row <paramref name="i"/> (and adds the rows of its declared goals after it).</summary>
        private void Leaf(int i, IndicatorNode node)
        {
            var ordinal = nextLeaf++;
            System.Diagnostics.Debug.Assert(ReferenceEquals(index.Leaves[ordinal], node), "leaves are scored in the order of the index");
            var input = inputs[ordinal];
            var path = index.LeafPaths[ordinal];
            var review = ReviewDeductions(input, path);
            if (input is { NotApplicable: true })
            {
                anyNotApplicable = true;
                var full = settings.NotApplicable == NotApplicablePolicy.FullMarks;
                ref var na = ref rows[i];
                na.Score = full ? node.Weight : 0m;
                na.ReviewDeductions = review;
                na.NotApplicable = true;
                na.Reason = input.Reason;
                na.Measure = input.Measure;
                na.Explanation = !explain ? NoExplanation : new Explanation("不适用", [new ExplanationInput("不适用", "是", path + ".notApplicable")],
                    full ? $"不适用，得满分 {Fmt.Short(node.Weight)}" : "不适用，剔除",
                    full ? $"“{node.Name}”不适用，按评分表设置给满分 {Fmt.Short(node.Weight)} 分。" : $"“{node.Name}”不适用，按评分表设置剔除该指标，其余指标按比例折算。");
                return;
            }

            RuleOutcome outcome;
            try
            {
                outcome = node.Rule switch
                {
                    ExecutionRateRule r => Execution(node, r, input, path),
                    GoalCompletionRule r => GoalCompletion(node, r, input, path),
                    DeclaredIndicatorsRule r => Declared(node, r, input, path, i),
                    MeasuredRule r => Measured(node, r, input, path),
                    RatioRule r => Ratio(node, r, input, path),
                    ComplianceRule => Compliance(node),
                    QualitativeRule => Qualitative(node, input, path),
                    null => Failed(new DomainError(ErrorCatalogue.RuleParameter, "indicators." + node.Code, $"末级指标“{node.Name}”没有评分规则")),
                    _ => Failed(new DomainError(ErrorCatalogue.UnknownRule, "indicators." + node.Code, $"不支持的评分规则“{node.Rule.Kind}”")),
                };
            }
            catch (OverflowException)
            {
                outcome = Failed(ErrorCatalogue.Invalid(path, $"指标“{node.Name}”的数值超出可计算范围"));
            }

            // The goals of a declared-indicators leaf were added as the rows after it.
            var goalCount = count - i - 1;

            // A leaf never exceeds its weight, except an execution rate whose framework turns the cap off.
            var uncapped = node.Rule is ExecutionRateRule && !settings.CapExecutionScore;
            var score = uncapped ? Math.Max(0m, outcome.Score) : Math.Clamp(outcome.Score, 0m, node.Weight);
            var computed = score;

            // Self deductions (扣分) with reasons: on compliance rules by definition, on any other rule as entered.
            var deductions = SelfDeductions(input, path);
            decimal deducted = 0m;
            if (deductions.Count > 0 && goalCount > 0)
            {
                errors.Add(ErrorCatalogue.Invalid(path + ".deductions", $"“{node.Name}”的得分为各项绩效指标得分之和，扣分请体现在具体指标的完成值或得分上"));
            }
            else if (deductions.Count > 0)
            {
                for (var d = 0; d < deductions.Count; d++)
                {
                    deducted += deductions[d].Points;
                }

                score = Math.Max(0m, score - deducted);
            }

            ref var row = ref rows[i];
            row.Score = score;
            row.ReviewDeductions = review;
            row.Reason = input?.Reason;
            row.Measure = input?.Measure;
            row.ChildCount = goalCount;
            row.End = count;
            row.Explanation = explain && outcome.Text is { } text
                ? LeafExplanation(node, input, path, text, outcome.UsedStatedScore, deductions, computed, deducted, score, goalCount)
                : NoExplanation;
        }

        /// <summary>The text of a leaf's explanation (its own method, so that scoring without texts allocates no closure for it).</summary>
        private static Explanation LeafExplanation(IndicatorNode node, LeafInput? input, string path, Func<RuleText> text, bool usedStatedScore,
            IReadOnlyList<Deduction> deductions, decimal computed, decimal deducted, decimal score, int childCount)
        {
            var t = text();
            var inputs = t.Inputs.ToList();
            var arithmetic = t.Arithmetic;
            var sentence = t.Text;
            if (deducted > 0m || (deductions.Count > 0 && childCount == 0))
            {
                inputs.AddRange(deductions.Select((d, i) => new ExplanationInput("扣分：" + d.Reason, Fmt.Short(d.Points), string.Create(CultureInfo.InvariantCulture, $"{path}.deductions[{i}]"))));
                arithmetic += $"；扣分 {Fmt.Short(computed)} − {string.Join(" − ", deductions.Select(d => Fmt.Short(d.Points)))} = {Fmt.Two(score)}" + (computed - deducted < 0m ? "（最低 0 分）" : string.Empty);
                sentence += $"扣分 {Fmt.Short(deducted)} 分（{string.Join("；", deductions.Select(d => d.Reason))}），得 {Fmt.Two(score)} 分。";
            }

            if (input?.Score is { } stated && !usedStatedScore && node.Rule is not QualitativeRule && Money.Round(stated) != Money.Round(score) && childCount == 0)
            {
                sentence += $"（填报得分 {Fmt.Short(stated)} 与计算结果不符，以计算结果为准。）";
            }

            return new Explanation(node.Rule?.DisplayName ?? "无", inputs, arithmetic, sentence);
        }

        private RuleOutcome Compliance(IndicatorNode node) => new(node.Weight, !explain ? null : ComplianceText(node.Weight));

        // The texts below are built by methods of their own: a lambda in a rule method would capture its parameters, and
        // C# allocates the captured variables' class when the method starts, so scoring without texts would allocate it too.
        private static Func<RuleText> ComplianceText(decimal weight) =>
            () => new RuleText([], $"满分 {Fmt.Short(weight)}", $"合规性指标，未发现问题得满分 {Fmt.Short(weight)} 分。");

        private RuleOutcome Failed(DomainError error)
        {
            errors.Add(error);
            return new RuleOutcome(0m, null);
        }

        private IReadOnlyList<Deduction> SelfDeductions(LeafInput? input, string path)
        {
            if (input is null || input.Deductions.Count == 0)
            {
                return [];
            }

            CheckDeductions(input.Deductions, path + ".deductions");
            return input.Deductions;
        }

        private decimal ReviewDeductions(LeafInput? input, string path)
        {
            if (input is null || input.ReviewDeductions.Count == 0)
            {
                return 0m;
            }

            CheckDeductions(input.ReviewDeductions, path + ".reviewDeductions");
            decimal sum = 0m;
            for (var i = 0; i < input.ReviewDeductions.Count; i++)
            {
                sum += input.ReviewDeductions[i].Points;
            }

            return sum;
        }

        private void CheckDeductions(IReadOnlyList<Deduction> list, string path)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Points < 0m)
                {
                    errors.Add(ErrorCatalogue.Negative(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}].points"), "扣分", list[i].Points));
                }

                if (string.IsNullOrWhiteSpace(list[i].Reason))
                {
                    errors.Add(ErrorCatalogue.MissingField(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}].reason"), "扣分原因"));
                }
            }
        }

        /// <summary>A leaf without computable inputs: the stated score when allowed, else an error naming what is missing.</summary>
        private RuleOutcome StatedOrMissing(IndicatorNode node, LeafInput? input, string path, string missingPath, string missingWhat)
        {
            if (input?.Score is { } stated && settings.AcceptStatedScores)
            {
                if (stated < 0m || stated > node.Weight)
                {
                    return Failed(ErrorCatalogue.OutOfRange(path + ".score",
                        $"指标“{node.Name}”的填报得分 {Fmt.Short(stated)} 超出 0–{Fmt.Short(node.Weight)} 分"));
                }

                return new RuleOutcome(stated, !explain ? null : StatedText(stated, path, missingWhat), UsedStatedScore: true);
            }

            return Failed(ErrorCatalogue.NoInput(missingPath, node.Name, missingWhat));
        }

        private static Func<RuleText> StatedText(decimal stated, string path, string missingWhat) =>
            () => new RuleText([new ExplanationInput("填报得分", Fmt.Short(stated), path + ".score")],
                $"填报得分 {Fmt.Two(stated)}",
                $"未提供{missingWhat}，采用单位填报的得分 {Fmt.Short(stated)} 分（无计算依据）。");

        private RuleOutcome Execution(IndicatorNode node, ExecutionRateRule rule, LeafInput? input, string path)
        {
            var basis = rule.Basis ?? settings.ExecutionBasis;
            var basisName = basis == BudgetBasis.Adjusted ? "调整后预算" : "年初预算";
            var basisPath = basis == BudgetBasis.Adjusted ? "budget.adjusted" : "budget.initial";
            decimal rate;
            Func<Described>? describe;
            if (input?.Value is { } percent)
            {
                rate = percent / 100m;
                describe = !explain ? null : StatedRateText(percent, path);
            }
            else if (input is { Numerator: { } num, Denominator: { } den })
            {
                if (den <= 0m)
                {
                    return Failed(ErrorCatalogue.Invalid(path + ".denominator", $"指标“{node.Name}”的预算数应大于 0"));
                }

                rate = num / den;
                describe = !explain ? null : InputRateText(num, den, path);
            }
            else
            {
                var budget = basis == BudgetBasis.Adjusted ? evaluation.Budget.Adjusted : evaluation.Budget.Initial;
                var executed = evaluation.Budget.Executed;
                if (budget is not { } b || executed is not { } x)
                {
                    var missing = executed is null ? "budget.executed" : basisPath;
                    var what = executed is null ? "预算执行数（budget.executed）" : $"{basisName}（{basisPath}）";
                    return StatedOrMissing(node, input, path, missing, what);
                }

                if (b <= 0m)
                {
                    return Failed(ErrorCatalogue.Invalid(basisPath, $"{basisName}应大于 0，才能计算预算执行率"));
                }

                rate = x / b;
                describe = !explain ? null : BudgetRateText(x, b, basisName, basisPath);
            }

            if (rate < 0m)
            {
                rate = 0m;
            }

            var raw = node.Weight * rate;
            var capped = settings.CapExecutionScore && raw > node.Weight;
            var score = capped ? node.Weight : raw;
            return new RuleOutcome(score, describe is null ? null : ExecutionText(describe, node.Weight, rate, raw, score, capped));
        }

        private static Func<Described> StatedRateText(decimal percent, string path) =>
            () => new([new ExplanationInput("预算执行率（%）", Fmt.Short(percent), path + ".value")], $"预算执行率 {Fmt.Short(percent)}%（直接填报）");

        private static Func<Described> InputRateText(decimal num, decimal den, string path) =>
            () => new([new ExplanationInput("预算执行数", Fmt.Two(num), path + ".numerator"), new ExplanationInput("预算数", Fmt.Two(den), path + ".denominator")],
                $"预算执行率 {Fmt.Percent(num / den, 2)}（{Fmt.Two(num)} ÷ {Fmt.Two(den)}）");

        private static Func<Described> BudgetRateText(decimal executed, decimal budget, string basisName, string basisPath) =>
            () => new([new ExplanationInput("预算执行数（万元）", Fmt.Two(executed), "budget.executed"), new ExplanationInput(basisName + "（万元）", Fmt.Two(budget), basisPath)],
                $"预算执行率 {Fmt.Percent(executed / budget, 2)}（执行数 {Fmt.Two(executed)} 万元 ÷ {basisName} {Fmt.Two(budget)} 万元）");

        private static Func<RuleText> ExecutionText(Func<Described> describe, decimal weight, decimal rate, decimal raw, decimal score, bool capped) => () =>
        {
            var (inputs, rateText) = describe();
            var arithmetic = $"{Fmt.Short(weight)} × {Fmt.Percent(rate, 2)} = {Fmt.Two(raw)}" + (capped ? $"，超过分值按 {Fmt.Short(weight)} 计" : string.Empty);
            return new RuleText(inputs, arithmetic,
                $"{rateText}，得分 = 分值 {Fmt.Short(weight)} × 执行率 = {Fmt.Two(score)} 分" + (capped ? "（以分值为上限）" : string.Empty) + "。");
        };

        private List<(GoalIndicator Goal, int Index)> GoalsOf(IReadOnlyList<string> level1)
        {
            var list = new List<(GoalIndicator, int)>();
            for (var i = 0; i < evaluation.Goals.Count; i++)
            {
                if (level1.Count == 0 || Level1Matches(level1, evaluation.Goals[i].Level1))
                {
                    list.Add((evaluation.Goals[i], i));
                }
            }

            return list;
        }

        private RuleOutcome GoalCompletion(IndicatorNode node, GoalCompletionRule rule, LeafInput? input, string path)
        {
            var goals = GoalsOf(rule.Level1);
            if (goals.Count == 0)
            {
                return StatedOrMissing(node, input, path, "goals", $"一级指标为“{string.Join("、", rule.Level1)}”的绩效指标（goals）");
            }

            decimal given = 0m;
            foreach (var g in goals)
            {
                given += g.Goal.Weight;
            }

            var weightsGiven = rule.Derivation == GoalDerivation.Weighted && given > 0m;
            var scoredGoals = explain ? new List<(GoalIndicator Goal, int Index, decimal Weight, ScoredValue Scored)>(goals.Count) : null;
            decimal sumScores = 0m, sumWeights = 0m;
            var before = errors.Count;
            foreach (var (goal, index) in goals)
            {
                var w = weightsGiven ? goal.Weight : 1m;
                if (ScoreGoal(goal, index, w) is not { } scored)
                {
                    continue;
                }

                sumScores += scored.Score;
                sumWeights += w;
                scoredGoals?.Add((goal, index, w, scored));
            }

            if (errors.Count > before || sumWeights == 0m)
            {
                return new RuleOutcome(0m, null);
            }

            var score = node.Weight * sumScores / sumWeights;
            return new RuleOutcome(score, !explain ? null : GoalCompletionText(rule, node.Weight, goals.Count, scoredGoals!, weightsGiven, sumScores, sumWeights, score));
        }

        private static Func<RuleText> GoalCompletionText(GoalCompletionRule rule, decimal weight, int goalCount,
            List<(GoalIndicator Goal, int Index, decimal Weight, ScoredValue Scored)> scoredGoals, bool weightsGiven, decimal sumScores, decimal sumWeights, decimal score) => () =>
        {
            var classes = string.Join("、", rule.Level1);
            var how = weightsGiven ? "按各指标权重" : "各指标等权";
            var inputs = scoredGoals.Select(g => new ExplanationInput(g.Goal.Name, $"{Fmt.Two(g.Scored.Score)} / {Fmt.Short(g.Weight)}（{g.Scored.Arithmetic}）", GoalPath(g.Index))).ToList();
            return new RuleText(inputs,
                $"{Fmt.Short(weight)} × {Fmt.Two(sumScores)} ÷ {Fmt.Short(sumWeights)} = {Fmt.Two(score)}",
                $"由单位申报的 {goalCount} 个{classes}推算（{how}）：各指标按指标性质计分，合计 {Fmt.Two(sumScores)}（满分 {Fmt.Short(sumWeights)}），得分 = {Fmt.Short(weight)} × {Fmt.Two(sumScores)} ÷ {Fmt.Short(sumWeights)} = {Fmt.Two(score)} 分。");
        };

        /// <summary>Scores the goals of declared-indicators leaf <paramref name="row"/> and adds them as the rows after it.</summary>
        private RuleOutcome Declared(IndicatorNode node, DeclaredIndicatorsRule rule, LeafInput? input, string path, int row)
        {
            var goals = GoalsOf(rule.Level1);
            var classes = rule.Level1.Count == 0 ? "全部绩效指标" : string.Join("、", rule.Level1);
            if (goals.Count == 0)
            {
                return StatedOrMissing(node, input, path, "goals", $"一级指标为“{classes}”的绩效指标（goals）");
            }

            var sumWeights = goals.Sum(g => g.Goal.Weight);
            if (Money.Round(sumWeights) != Money.Round(node.Weight))
            {
                return Failed(new DomainError(ErrorCatalogue.GoalWeights, "goals",
                    $"“{classes}”下各绩效指标权重合计 {Fmt.Short(sumWeights)}，应等于评分表“{node.Name}”的分值 {Fmt.Short(node.Weight)}（{string.Join("、", goals.Select(g => $"{GoalPath(g.Index)}.weight={Fmt.Short(g.Goal.Weight)}"))}）"));
            }

            var before = errors.Count;
            var k = 0;
            foreach (var (goal, index) in goals)
            {
                k++;
                if (ScoreGoal(goal, index, goal.Weight) is not { } scored)
                {
                    continue;
                }

                var added = Add(node, this.index.GoalCode(node.Code, k), goal.Name, rows[row].Level + 1, node.Code, goal.Weight);
                ref var g = ref rows[added];
                g.Score = Math.Clamp(scored.Score, 0m, goal.Weight);
                g.Reason = goal.Reason;
                g.Measure = goal.Measure;
                if (explain)
                {
                    g.Explanation = new Explanation(goal.Operator == IndicatorOperator.Qualitative ? "定性评价" : "指标性质 " + goal.Operator.Symbol(),
                        GoalInputs(goal, index), scored.Arithmetic, scored.Text);
                }
            }

            if (errors.Count > before)
            {
                return new RuleOutcome(0m, null);
            }

            decimal total = 0m;
            for (var c = row + 1; c < count; c++)
            {
                RoundLeaf(ref rows[c]);
                total += rows[c].Score;
            }

            return new RuleOutcome(total, !explain ? null : DeclaredText(goals, JoinScores(row, count - row - 1), classes, node.Weight, total));
        }

        private static Func<RuleText> DeclaredText(List<(GoalIndicator Goal, int Index)> goals, string joinedScores, string classes, decimal weight, decimal total) =>
            () => new RuleText(
                goals.Select(g => new ExplanationInput(g.Goal.Name, Fmt.Short(g.Goal.Weight), GoalPath(g.Index) + ".weight")).ToList(),
                joinedScores + $" = {Fmt.Two(total)}",
                $"单位设定的 {goals.Count} 个{classes}（权重合计 {Fmt.Short(weight)}）逐项按指标性质计分，合计 {Fmt.Two(total)} 分。");

        private static List<ExplanationInput> GoalInputs(GoalIndicator goal, int index)
        {
            var p = GoalPath(index);
            var list = new List<ExplanationInput> { new("指标性质", goal.Operator.Symbol(), p + ".operator") };
            if (goal.Operator == IndicatorOperator.Qualitative)
            {
                list.Add(new ExplanationInput("完成档次", goal.Answer?.Name() ?? "", p + ".answer"));
                list.Add(new ExplanationInput("得分", goal.Score is { } s ? Fmt.Short(s) : "", p + ".score"));
            }
            else
            {
                list.Add(new ExplanationInput("指标值", (goal.Target is { } t ? Fmt.Short(t) : goal.TargetText ?? "") + (goal.Unit ?? ""), p + ".target"));
                list.Add(new ExplanationInput("完成值", (goal.Actual is { } a ? Fmt.Short(a) : goal.ActualText ?? "") + (goal.Unit ?? ""), p + ".actual"));
            }

            list.Add(new ExplanationInput("权重", Fmt.Short(goal.Weight), p + ".weight"));
            return list;
        }

        /// <summary>One declared goal scored by its operator against the given weight; null (and errors) when it cannot be.</summary>
        private ScoredValue? ScoreGoal(GoalIndicator goal, int index, decimal weight)
        {
            if (goal.Operator == IndicatorOperator.Qualitative)
            {
                // The score of a qualitative goal is in points of its own weight; without one it cannot be read.
                if (goal.Weight <= 0m)
                {
                    errors.Add(ErrorCatalogue.NoInput(GoalPath(index) + ".weight", goal.Name, "权重（weight）：定性指标的得分按其权重计，须填写权重"));
                    return null;
                }

                return QualitativeScore(goal.Name, goal.Answer, goal.Score, goal.Weight, weight, GoalPath(index));
            }

            if (goal.Target is not { } target)
            {
                errors.Add(ErrorCatalogue.NoInput(GoalPath(index) + ".target", goal.Name, "数值型指标值（target）"));
                return null;
            }

            if (goal.Actual is not { } actual)
            {
                errors.Add(ErrorCatalogue.NoActual(GoalPath(index) + ".actual", goal.Name));
                return null;
            }

            return OperatorScoring.Score(goal.Operator, target, actual, weight, settings, explain);
        }

        /// <summary>
        /// 定性: the score (in points of <paramref name="ownWeight"/>) must lie in the answer's range;
        /// returned in points of <paramref name="weight"/>.
        /// </summary>
        private ScoredValue? QualitativeScore(string name, QualitativeAnswer? answer, decimal? score, decimal ownWeight, decimal weight, string path)
        {
            if (answer is not { } a)
            {
                errors.Add(ErrorCatalogue.NoInput(path + ".answer", name, "定性完成档次（answer：达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差）"));
                return null;
            }

            var range = settings.RangeFor(a);
            var min = range.Min * ownWeight;
            var max = range.Max * ownWeight;
            if (score is not { } s)
            {
                errors.Add(ErrorCatalogue.NoInput(path + ".score", name, $"得分（“{a.Name()}”应在 {Fmt.Short(min)}–{Fmt.Short(max)} 分之间）"));
                return null;
            }

            if (s < min || s > max)
            {
                errors.Add(ErrorCatalogue.OutOfRange(path + ".score",
                    $"定性指标“{name}”选择“{a.Name()}”，得分应在 {Fmt.Short(min)}–{Fmt.Short(max)} 分之间（分值 {Fmt.Short(ownWeight)} 的 {Fmt.Short(range.Min * 100m)}%–{Fmt.Short(range.Max * 100m)}%），实际为 {Fmt.Short(s)}"));
                return null;
            }

            var inWeight = ownWeight == weight ? s : s * weight / ownWeight;
            return !explain ? new ScoredValue(inWeight, string.Empty, string.Empty) : new ScoredValue(inWeight, $"“{a.Name()}”允许 {Fmt.Short(min)}–{Fmt.Short(max)}，取 {Fmt.Short(s)}",
                $"定性指标：完成档次“{a.Name()}”，得分区间 {Fmt.Short(min)}–{Fmt.Short(max)} 分，评定 {Fmt.Short(s)} 分。");
        }

        private RuleOutcome Qualitative(IndicatorNode node, LeafInput? input, string path)
        {
            if (QualitativeScore(node.Name, input?.Answer, input?.Score, node.Weight, node.Weight, path) is not { } scored)
            {
                return new RuleOutcome(0m, null);
            }

            return new RuleOutcome(scored.Score, !explain ? null : QualitativeText(input!, path, scored), UsedStatedScore: true);
        }

        private static Func<RuleText> QualitativeText(LeafInput input, string path, ScoredValue scored) =>
            () => new RuleText(
                [new ExplanationInput("完成档次", input.Answer!.Value.Name(), path + ".answer"), new ExplanationInput("评定得分", Fmt.Short(input.Score!.Value), path + ".score")],
                scored.Arithmetic, scored.Text);

        private RuleOutcome Measured(IndicatorNode node, MeasuredRule rule, LeafInput? input, string path)
        {
            if (input?.Value is not { } value)
            {
                return StatedOrMissing(node, input, path, path + ".value", "完成值（value）");
            }

            var scored = OperatorScoring.Score(rule.Operator, rule.Target, value, node.Weight, settings, explain);
            return new RuleOutcome(scored.Score, !explain ? null : MeasuredText(rule, value, path, scored));
        }

        private static Func<RuleText> MeasuredText(MeasuredRule rule, decimal value, string path, ScoredValue scored) => () =>
        {
            var unit = rule.Unit ?? string.Empty;
            return new RuleText(
                [new ExplanationInput("指标值", rule.Operator.Symbol() + Fmt.Short(rule.Target) + unit, "framework"), new ExplanationInput("完成值", Fmt.Short(value) + unit, path + ".value")],
                scored.Arithmetic, scored.Text);
        };

        private RuleOutcome Ratio(IndicatorNode node, RatioRule rule, LeafInput? input, string path)
        {
            decimal percent;
            Func<Described>? describe;
            if (input?.Value is { } direct)
            {
                percent = direct;
                describe = !explain ? null : StatedRatioText(node.Name, direct, path);
            }
            else
            {
                var (num, numPath) = rule.Numerator is { } nf ? (BudgetFields.Read(nf, evaluation.Budget), nf) : (input?.Numerator, path + ".numerator");
                var (den, denPath) = rule.Denominator is { } df ? (BudgetFields.Read(df, evaluation.Budget), df) : (input?.Denominator, path + ".denominator");
                if (num is not { } n || den is not { } d)
                {
                    var missingPath = num is null ? numPath : denPath;
                    var missingName = num is null ? NumeratorName(rule) : DenominatorName(rule);
                    return StatedOrMissing(node, input, path, missingPath, $"{missingName}（{missingPath}）");
                }

                if (d <= 0m)
                {
                    return Failed(ErrorCatalogue.Invalid(denPath, $"{DenominatorName(rule)}应大于 0，才能计算“{node.Name}”"));
                }

                percent = n / d * 100m;
                describe = !explain ? null : ComputedRatioText(node.Name, NumeratorName(rule), n, numPath, DenominatorName(rule), d, denPath, percent);
            }

            if (percent < 0m)
            {
                percent = 0m;
            }

            switch (rule.Scoring)
            {
                case RatioScoring.Proportional:
                {
                    var raw = node.Weight * percent / 100m;
                    var score = Math.Min(raw, node.Weight);
                    return new RuleOutcome(score, describe is null ? null : ProportionalText(describe, node.Weight, percent, raw, score));
                }

                case RatioScoring.Threshold when rule.Threshold is { } t:
                {
                    if (Meets(t.Operator, percent, t.Percent))
                    {
                        return new RuleOutcome(node.Weight, describe is null ? null : ThresholdMetText(describe, node.Weight, percent, t));
                    }

                    if (t.DeductPerPoint is not { } k)
                    {
                        return new RuleOutcome(0m, describe is null ? null : ThresholdMissedText(describe, percent, t));
                    }

                    var gap = Math.Abs(percent - t.Percent);
                    var score = Math.Max(0m, node.Weight - (k * gap));
                    return new RuleOutcome(score, describe is null ? null : ThresholdDeductedText(describe, node.Weight, t, k, gap, score));
                }

                case RatioScoring.Steps:
                {
                    foreach (var step in rule.Steps)
                    {
                        if (Meets(step.Operator, percent, step.Percent))
                        {
                            return new RuleOutcome(step.Points, describe is null ? null : StepText(describe, percent, step));
                        }
                    }

                    return new RuleOutcome(0m, describe is null ? null : NoStepText(describe, percent));
                }

                default:
                    return Failed(ErrorCatalogue.RuleParam("indicators." + node.Code, $"比率指标“{node.Name}”缺少评分标准"));
            }
        }

        private static string NumeratorName(RatioRule rule) => rule.Numerator is { } field ? BudgetFields.Name(field) : "分子";

        private static string DenominatorName(RatioRule rule) => rule.Denominator is { } field ? BudgetFields.Name(field) : "分母";

        private static string PercentText(decimal percent) => Fmt.Short(percent) + "%";

        private static string LimitText(RatioThreshold t) => t.Operator.Symbol() + Fmt.Short(t.Percent) + "%";

        private static Func<Described> StatedRatioText(string name, decimal direct, string path) =>
            () => new([new ExplanationInput(name + "（%）", Fmt.Short(direct), path + ".value")], $"{name} {Fmt.Short(direct)}%（直接填报）");

        private static Func<Described> ComputedRatioText(string name, string numName, decimal n, string numPath, string denName, decimal d, string denPath, decimal percent) =>
            () => new([new ExplanationInput(numName, Fmt.Two(n), numPath), new ExplanationInput(denName, Fmt.Two(d), denPath)],
                $"{name} = {numName} {Fmt.Two(n)} ÷ {denName} {Fmt.Two(d)} = {Fmt.Percent(percent / 100m, 2)}");

        private static Func<RuleText> ProportionalText(Func<Described> describe, decimal weight, decimal percent, decimal raw, decimal score) => () =>
        {
            var (inputs, ratioText) = describe();
            return new RuleText(inputs, $"{Fmt.Short(weight)} × {PercentText(percent)} = {Fmt.Two(raw)}" + (raw > weight ? "（以分值为上限）" : string.Empty),
                $"{ratioText}，按比例计分得 {Fmt.Two(score)} 分。");
        };

        private static Func<RuleText> ThresholdMetText(Func<Described> describe, decimal weight, decimal percent, RatioThreshold t) => () =>
        {
            var (inputs, ratioText) = describe();
            return new RuleText(inputs, $"{PercentText(percent)} {LimitText(t)}，得满分 {Fmt.Short(weight)}", $"{ratioText}，达到 {LimitText(t)} 的标准，得满分 {Fmt.Short(weight)} 分。");
        };

        private static Func<RuleText> ThresholdMissedText(Func<Described> describe, decimal percent, RatioThreshold t) => () =>
        {
            var (inputs, ratioText) = describe();
            return new RuleText(inputs, $"{PercentText(percent)} 未达到 {LimitText(t)}，得 0", $"{ratioText}，未达到 {LimitText(t)} 的标准，得 0 分。");
        };

        private static Func<RuleText> ThresholdDeductedText(Func<Described> describe, decimal weight, RatioThreshold t, decimal k, decimal gap, decimal score) => () =>
        {
            var (inputs, ratioText) = describe();
            return new RuleText(inputs, $"{Fmt.Short(weight)} − {Fmt.Short(k)} × {Fmt.Short(gap)} = {Fmt.Two(score)}",
                $"{ratioText}，偏离标准（{LimitText(t)}）{Fmt.Short(gap)} 个百分点，每个百分点扣 {Fmt.Short(k)} 分，得 {Fmt.Two(score)} 分（最低 0 分）。");
        };

        private static Func<RuleText> StepText(Func<Described> describe, decimal percent, RatioStep step) => () =>
        {
            var (inputs, ratioText) = describe();
            var cond = step.Operator.Symbol() + Fmt.Short(step.Percent) + "%";
            return new RuleText(inputs, $"{PercentText(percent)} {cond}，得 {Fmt.Short(step.Points)}", $"{ratioText}，符合“{cond}”一档，得 {Fmt.Short(step.Points)} 分。");
        };

        private static Func<RuleText> NoStepText(Func<Described> describe, decimal percent) => () =>
        {
            var (inputs, ratioText) = describe();
            return new RuleText(inputs, $"{PercentText(percent)} 不符合任何一档，得 0", $"{ratioText}，不符合评分表中任何一档，得 0 分。");
        };

        private static bool Meets(IndicatorOperator op, decimal value, decimal limit) => op switch
        {
            IndicatorOperator.AtLeast => value >= limit,
            IndicatorOperator.MoreThan => value > limit,
            IndicatorOperator.EqualTo => value == limit,
            IndicatorOperator.AtMost => value <= limit,
            IndicatorOperator.LessThan => value < limit,
            IndicatorOperator.Qualitative => false,
        };
    }

    /// <summary>A rule's unrounded score and, built only when explanations are wanted, its text.</summary>
    private readonly record struct RuleOutcome(decimal Score, Func<RuleText>? Text, bool UsedStatedScore = false);

    private sealed record RuleText(IReadOnlyList<ExplanationInput> Inputs, string Arithmetic, string Text);

    /// <summary>The inputs of a rate or ratio and the sentence that states it, the start of its rule's text.</summary>
    private readonly record struct Described(IReadOnlyList<ExplanationInput> Inputs, string Text);

    /// <summary>The explanation of every indicator when <see cref="ScoreTotals"/> is asked for numbers only.</summary>
    private static readonly Explanation NoExplanation = new(string.Empty, [], string.Empty, string.Empty);
}
