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
    public static Result<ScoreResult> Score(Framework framework, Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(evaluation);
        var errors = new List<DomainError>();
        if (evaluation.Kind != framework.Kind)
        {
            errors.Add(new DomainError(ErrorCatalogue.KindMismatch, "kind",
                $"评价类型为“{evaluation.Kind.Name()}”，但评分表“{framework.Name}”（{framework.Id}）用于“{framework.Kind.Name()}”评价"));
        }

        var leafCodes = new HashSet<string>(framework.Leaves().Select(l => l.Code), StringComparer.Ordinal);
        foreach (var code in evaluation.Inputs.Keys.Where(k => !leafCodes.Contains(k)).Order(StringComparer.Ordinal))
        {
            errors.Add(new DomainError(ErrorCatalogue.UnknownLeaf, InputPath(code),
                $"评分表“{framework.Id}”中没有编码为“{code}”的末级指标"));
        }

        CheckGoalsAssigned(framework, evaluation, errors);

        var context = new Context(framework, evaluation, errors);
        var scored = framework.Indicators.Select(n => context.Node(n, 1, null)).ToList();

        if (errors.Count > 0)
        {
            return Result<ScoreResult>.Failure(errors);
        }

        context.ApplyRescaling(scored);
        var flat = new List<IndicatorScore>();
        foreach (var node in scored)
        {
            node.Flatten(flat);
        }

        var total = scored.Sum(n => n.Score);
        var reviewTotal = scored.Sum(n => n.ReviewScore);
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
        var scored = new Context(framework, evaluation, errors).Node(path.Value.Node, path.Value.Level, path.Value.Parent);
        return errors.Count > 0 ? Result<IndicatorScore>.Failure(errors) : Result<IndicatorScore>.Success(scored.ToScore());
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

    /// <summary>Frameworks that score declared indicators must place every goal under some leaf.</summary>
    private static void CheckGoalsAssigned(Framework framework, Evaluation evaluation, List<DomainError> errors)
    {
        var declared = framework.Leaves().Select(l => l.Rule).OfType<DeclaredIndicatorsRule>().ToList();
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
        var l = Normalise(level1);
        return classes.Any(c => string.Equals(Normalise(c), l, StringComparison.Ordinal));

        static string Normalise(string s)
        {
            var t = s.Trim();
            return t.EndsWith("指标", StringComparison.Ordinal) ? t[..^2].Trim() : t;
        }
    }

    /// <summary>An indicator being scored: unrounded leaf score until rescaling, then rounded.</summary>
    private sealed class Scored
    {
        public required IndicatorNode Node { get; init; }

        public required string Code { get; init; }

        public required string Name { get; init; }

        public required int Level { get; init; }

        public string? ParentCode { get; init; }

        public required decimal Weight { get; init; }

        public decimal? RescaledWeight { get; set; }

        /// <summary>Unrounded before <see cref="Round"/>, rounded after.</summary>
        public decimal Score { get; set; }

        public decimal ReviewDeductions { get; init; }

        public decimal ReviewScore { get; set; }

        public bool NotApplicable { get; init; }

        public bool IsLeaf => Children.Count == 0;

        public string? Reason { get; init; }

        public string? Measure { get; init; }

        public required Explanation Explanation { get; set; }

        public List<Scored> Children { get; init; } = [];

        public void Round()
        {
            if (IsLeaf)
            {
                Score = Money.Round(Score);
                ReviewScore = Math.Max(0m, Score - Money.Round(ReviewDeductions));
                return;
            }

            foreach (var c in Children)
            {
                c.Round();
            }

            Score = Children.Sum(c => c.Score);
            ReviewScore = Children.Sum(c => c.ReviewScore);
            if (Children.Any(c => c.RescaledWeight is not null))
            {
                RescaledWeight = Children.Sum(c => c.RescaledWeight ?? c.Weight);
            }

            if (!Node.IsLeaf)
            {
                Explanation = SumExplanation(this);
            }
            else
            {
                // A declared-indicators leaf: the goals are its children; its own explanation keeps the rule and adds the sum.
                // The reviewer's deductions on the leaf itself still apply to its review score.
                ReviewScore = Math.Max(0m, ReviewScore - Money.Round(ReviewDeductions));
                var parts = string.Join(" + ", Children.Select(c => Money.Format(c.Score)));
                Explanation = Explanation with { Arithmetic = $"{parts} = {Money.Format(Score)}" };
            }
        }

        public IndicatorScore ToScore() => new()
        {
            Code = Code,
            Name = Name,
            Level = Level,
            ParentCode = ParentCode,
            Weight = Weight,
            RescaledWeight = RescaledWeight,
            Score = Score,
            ReviewScore = ReviewScore,
            IsLeaf = IsLeaf,
            NotApplicable = NotApplicable,
            Reason = Reason,
            Measure = Measure,
            Explanation = Explanation,
        };

        public void Flatten(List<IndicatorScore> into)
        {
            into.Add(ToScore());
            foreach (var c in Children)
            {
                c.Flatten(into);
            }
        }

        private static Explanation SumExplanation(Scored parent)
        {
            var inputs = parent.Children.Select(c => new ExplanationInput(c.Name, Money.Format(c.Score), "indicators." + c.Code)).ToList();
            var parts = string.Join(" + ", parent.Children.Select(c => Money.Format(c.Score)));
            return new Explanation("合计", inputs, $"{parts} = {Money.Format(parent.Score)}",
                $"“{parent.Name}”得分为其 {parent.Children.Count} 个下级指标得分之和：{Money.Format(parent.Score)} 分（分值 {Money.FormatShort(parent.Weight)}）。");
        }
    }

    private sealed class Context(Framework framework, Evaluation evaluation, List<DomainError> errors)
    {
        private readonly FrameworkSettings settings = framework.Settings;

        public Scored Node(IndicatorNode node, int level, string? parent)
        {
            if (!node.IsLeaf)
            {
                var children = node.Children.Select(c => Node(c, level + 1, node.Code)).ToList();
                var s = new Scored
                {
                    Node = node,
                    Code = node.Code,
                    Name = node.Name,
                    Level = level,
                    ParentCode = parent,
                    Weight = node.Weight,
                    Children = children,
                    Explanation = new Explanation("合计", [], string.Empty, string.Empty),
                };
                s.Round();
                return s;
            }

            var leaf = Leaf(node, level, parent);
            leaf.Round();
            return leaf;
        }

        /// <summary>Excludes not-applicable leaves and rescales the rest (policy Rescale), then re-sums.</summary>
        public void ApplyRescaling(List<Scored> roots)
        {
            if (settings.NotApplicable != NotApplicablePolicy.Rescale)
            {
                return;
            }

            var leaves = roots.SelectMany(Leaves).ToList();
            var excluded = leaves.Where(l => l.NotApplicable).Sum(l => l.Weight);
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
            var factorText = $"{Money.FormatShort(framework.TotalWeight)} ÷ {Money.FormatShort(applicable)}";
            foreach (var leaf in leaves)
            {
                Rescale(leaf, factor, factorText);
            }

            foreach (var root in roots)
            {
                root.Round();
            }

            static IEnumerable<Scored> Leaves(Scored s) => s.Node.IsLeaf ? [s] : s.Children.SelectMany(Leaves);
        }

        private static void Rescale(Scored leaf, decimal factor, string factorText)
        {
            if (leaf.NotApplicable)
            {
                leaf.RescaledWeight = 0m;
                return;
            }

            // Declared-indicators leaves hold their goals as children: rescale those.
            var targets = leaf.Children.Count > 0 ? leaf.Children : [leaf];
            foreach (var t in targets)
            {
                var before = t.Score;
                t.RescaledWeight = t.Weight * factor;
                t.Score = t.Score * factor;
                t.Explanation = t.Explanation with
                {
                    Arithmetic = t.Explanation.Arithmetic + $"；不适用指标剔除后按比例折算：{Money.Format(before)} × {factorText} = {Money.Format(t.Score)}",
                    Text = t.Explanation.Text + $"因有不适用指标被剔除，得分按比例折算为 {Money.Format(t.Score)} 分。",
                };
                t.Score = Money.Round(t.Score);
                t.ReviewScore = Math.Max(0m, t.Score - Money.Round(t.ReviewDeductions));
            }
        }

        private Scored Leaf(IndicatorNode node, int level, string? parent)
        {
            evaluation.Inputs.TryGetValue(node.Code, out var input);
            var path = InputPath(node.Code);
            var review = ReviewDeductions(input, path);
            if (input is { NotApplicable: true })
            {
                var full = settings.NotApplicable == NotApplicablePolicy.FullMarks;
                var text = full
                    ? $"“{node.Name}”不适用，按评分表设置给满分 {Money.FormatShort(node.Weight)} 分。"
                    : $"“{node.Name}”不适用，按评分表设置剔除该指标，其余指标按比例折算。";
                return new Scored
                {
                    Node = node,
                    Code = node.Code,
                    Name = node.Name,
                    Level = level,
                    ParentCode = parent,
                    Weight = node.Weight,
                    Score = full ? node.Weight : 0m,
                    ReviewDeductions = review,
                    NotApplicable = true,
                    Reason = input.Reason,
                    Measure = input.Measure,
                    Explanation = new Explanation("不适用", [new ExplanationInput("不适用", "是", path + ".notApplicable")],
                        full ? $"不适用，得满分 {Money.FormatShort(node.Weight)}" : "不适用，剔除", text),
                };
            }

            List<Scored> children = [];
            RuleOutcome outcome;
            try
            {
                outcome = node.Rule switch
                {
                    ExecutionRateRule r => Execution(node, r, input, path),
                    GoalCompletionRule r => GoalCompletion(node, r, input, path),
                    DeclaredIndicatorsRule r => Declared(node, r, input, path, level, children),
                    MeasuredRule r => Measured(node, r, input, path),
                    RatioRule r => Ratio(node, r, input, path),
                    ComplianceRule => new RuleOutcome(node.Weight, [], $"满分 {Money.FormatShort(node.Weight)}", $"合规性指标，未发现问题得满分 {Money.FormatShort(node.Weight)} 分。"),
                    QualitativeRule => Qualitative(node, input, path),
                    null => Failed(new DomainError(ErrorCatalogue.RuleParameter, "indicators." + node.Code, $"末级指标“{node.Name}”没有评分规则")),
                    _ => Failed(new DomainError(ErrorCatalogue.UnknownRule, "indicators." + node.Code, $"不支持的评分规则“{node.Rule.Kind}”")),
                };
            }
            catch (OverflowException)
            {
                outcome = Failed(ErrorCatalogue.Invalid(path, $"指标“{node.Name}”的数值超出可计算范围"));
            }

            // A leaf never exceeds its weight, except an execution rate whose framework turns the cap off.
            var uncapped = node.Rule is ExecutionRateRule && !settings.CapExecutionScore;
            var score = uncapped ? Math.Max(0m, outcome.Score) : Math.Clamp(outcome.Score, 0m, node.Weight);
            var arithmetic = outcome.Arithmetic;
            var sentence = outcome.Text;
            var inputs = outcome.Inputs.ToList();

            // Self deductions (扣分) with reasons: on compliance rules by definition, on any other rule as entered.
            var deductions = SelfDeductions(input, path);
            if (deductions.Count > 0 && children.Count > 0)
            {
                errors.Add(ErrorCatalogue.Invalid(path + ".deductions", $"“{node.Name}”的得分为各项绩效指标得分之和，扣分请体现在具体指标的完成值或得分上"));
            }
            else if (deductions.Count > 0)
            {
                var sum = deductions.Sum(d => d.Points);
                var before = score;
                score = Math.Max(0m, score - sum);
                inputs.AddRange(deductions.Select((d, i) => new ExplanationInput("扣分：" + d.Reason, Money.FormatShort(d.Points), string.Create(CultureInfo.InvariantCulture, $"{path}.deductions[{i}]"))));
                arithmetic += $"；扣分 {Money.FormatShort(before)} − {string.Join(" − ", deductions.Select(d => Money.FormatShort(d.Points)))} = {Money.Format(score)}" + (before - sum < 0m ? "（最低 0 分）" : string.Empty);
                sentence += $"扣分 {Money.FormatShort(sum)} 分（{string.Join("；", deductions.Select(d => d.Reason))}），得 {Money.Format(score)} 分。";
            }

            if (input?.Score is { } stated && !outcome.UsedStatedScore && node.Rule is not QualitativeRule && Money.Round(stated) != Money.Round(score) && children.Count == 0)
            {
                sentence += $"（填报得分 {Money.FormatShort(stated)} 与计算结果不符，以计算结果为准。）";
            }

            return new Scored
            {
                Node = node,
                Code = node.Code,
                Name = node.Name,
                Level = level,
                ParentCode = parent,
                Weight = node.Weight,
                Score = score,
                ReviewDeductions = review,
                Reason = input?.Reason,
                Measure = input?.Measure,
                Children = children,
                Explanation = new Explanation(node.Rule?.DisplayName ?? "无", inputs, arithmetic, sentence),
            };
        }

        private RuleOutcome Failed(DomainError error)
        {
            errors.Add(error);
            return new RuleOutcome(0m, [], string.Empty, string.Empty);
        }

        private List<Deduction> SelfDeductions(LeafInput? input, string path)
        {
            if (input is null || input.Deductions.Count == 0)
            {
                return [];
            }

            CheckDeductions(input.Deductions, path + ".deductions");
            return input.Deductions.ToList();
        }

        private decimal ReviewDeductions(LeafInput? input, string path)
        {
            if (input is null || input.ReviewDeductions.Count == 0)
            {
                return 0m;
            }

            CheckDeductions(input.ReviewDeductions, path + ".reviewDeductions");
            return input.ReviewDeductions.Sum(d => d.Points);
        }

        private void CheckDeductions(IReadOnlyList<Deduction> list, string path)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var p = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
                if (list[i].Points < 0m)
                {
                    errors.Add(ErrorCatalogue.Negative(p + ".points", "扣分", list[i].Points));
                }

                if (string.IsNullOrWhiteSpace(list[i].Reason))
                {
                    errors.Add(ErrorCatalogue.MissingField(p + ".reason", "扣分原因"));
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
                        $"指标“{node.Name}”的填报得分 {Money.FormatShort(stated)} 超出 0–{Money.FormatShort(node.Weight)} 分"));
                }

                return new RuleOutcome(stated, [new ExplanationInput("填报得分", Money.FormatShort(stated), path + ".score")],
                    $"填报得分 {Money.Format(stated)}",
                    $"未提供{missingWhat}，采用单位填报的得分 {Money.FormatShort(stated)} 分（无计算依据）。", UsedStatedScore: true);
            }

            return Failed(ErrorCatalogue.NoInput(missingPath, node.Name, missingWhat));
        }

        private RuleOutcome Execution(IndicatorNode node, ExecutionRateRule rule, LeafInput? input, string path)
        {
            var basis = rule.Basis ?? settings.ExecutionBasis;
            var basisName = basis == BudgetBasis.Adjusted ? "调整后预算" : "年初预算";
            var basisPath = basis == BudgetBasis.Adjusted ? "budget.adjusted" : "budget.initial";
            decimal rate;
            List<ExplanationInput> inputs;
            string rateText;
            if (input?.Value is { } percent)
            {
                rate = percent / 100m;
                inputs = [new ExplanationInput("预算执行率（%）", Money.FormatShort(percent), path + ".value")];
                rateText = $"预算执行率 {Money.FormatShort(percent)}%（直接填报）";
            }
            else if (input is { Numerator: { } num, Denominator: { } den })
            {
                if (den <= 0m)
                {
                    return Failed(ErrorCatalogue.Invalid(path + ".denominator", $"指标“{node.Name}”的预算数应大于 0"));
                }

                rate = num / den;
                inputs = [new ExplanationInput("预算执行数", Money.Format(num), path + ".numerator"), new ExplanationInput("预算数", Money.Format(den), path + ".denominator")];
                rateText = $"预算执行率 {Money.FormatPercent(rate)}（{Money.Format(num)} ÷ {Money.Format(den)}）";
            }
            else
            {
                var budget = basis == BudgetBasis.Adjusted ? evaluation.Budget.Adjusted : evaluation.Budget.Initial;
                var executed = evaluation.Budget.Executed;
                if (budget is null || executed is null)
                {
                    var missing = executed is null ? "budget.executed" : basisPath;
                    var what = executed is null ? "预算执行数（budget.executed）" : $"{basisName}（{basisPath}）";
                    return StatedOrMissing(node, input, path, missing, what);
                }

                if (budget <= 0m)
                {
                    return Failed(ErrorCatalogue.Invalid(basisPath, $"{basisName}应大于 0，才能计算预算执行率"));
                }

                rate = executed.Value / budget.Value;
                inputs = [new ExplanationInput("预算执行数（万元）", Money.Format(executed.Value), "budget.executed"), new ExplanationInput(basisName + "（万元）", Money.Format(budget.Value), basisPath)];
                rateText = $"预算执行率 {Money.FormatPercent(rate)}（执行数 {Money.Format(executed.Value)} 万元 ÷ {basisName} {Money.Format(budget.Value)} 万元）";
            }

            if (rate < 0m)
            {
                rate = 0m;
            }

            var raw = node.Weight * rate;
            var capped = settings.CapExecutionScore && raw > node.Weight;
            var score = capped ? node.Weight : raw;
            var arithmetic = $"{Money.FormatShort(node.Weight)} × {Money.FormatPercent(rate, 2)} = {Money.Format(raw)}" + (capped ? $"，超过分值按 {Money.FormatShort(node.Weight)} 计" : string.Empty);
            return new RuleOutcome(score, inputs, arithmetic,
                $"{rateText}，得分 = 分值 {Money.FormatShort(node.Weight)} × 执行率 = {Money.Format(score)} 分" + (capped ? "（以分值为上限）" : string.Empty) + "。");
        }

        private List<(GoalIndicator Goal, int Index)> GoalsOf(IReadOnlyList<string> level1) =>
            evaluation.Goals.Select((g, i) => (g, i))
                .Where(x => level1.Count == 0 || Level1Matches(level1, x.g.Level1))
                .ToList();

        private RuleOutcome GoalCompletion(IndicatorNode node, GoalCompletionRule rule, LeafInput? input, string path)
        {
            var goals = GoalsOf(rule.Level1);
            var classes = string.Join("、", rule.Level1);
            if (goals.Count == 0)
            {
                return StatedOrMissing(node, input, path, "goals", $"一级指标为“{classes}”的绩效指标（goals）");
            }

            var weightsGiven = rule.Derivation == GoalDerivation.Weighted && goals.Sum(g => g.Goal.Weight) > 0m;
            var inputs = new List<ExplanationInput>();
            decimal sumScores = 0m, sumWeights = 0m;
            var before = errors.Count;
            foreach (var (goal, index) in goals)
            {
                var w = weightsGiven ? goal.Weight : 1m;
                var scored = ScoreGoal(goal, index, w);
                if (scored is null)
                {
                    continue;
                }

                sumScores += scored.Value.Score;
                sumWeights += w;
                inputs.Add(new ExplanationInput(goal.Name, $"{Money.Format(scored.Value.Score)} / {Money.FormatShort(w)}（{scored.Value.Arithmetic}）", GoalPath(index)));
            }

            if (errors.Count > before || sumWeights == 0m)
            {
                return new RuleOutcome(0m, inputs, string.Empty, string.Empty);
            }

            var score = node.Weight * sumScores / sumWeights;
            var how = weightsGiven ? "按各指标权重" : "各指标等权";
            return new RuleOutcome(score, inputs,
                $"{Money.FormatShort(node.Weight)} × {Money.Format(sumScores)} ÷ {Money.FormatShort(sumWeights)} = {Money.Format(score)}",
                $"由单位申报的 {goals.Count} 个{classes}推算（{how}）：各指标按指标性质计分，合计 {Money.Format(sumScores)}（满分 {Money.FormatShort(sumWeights)}），得分 = {Money.FormatShort(node.Weight)} × {Money.Format(sumScores)} ÷ {Money.FormatShort(sumWeights)} = {Money.Format(score)} 分。");
        }

        private RuleOutcome Declared(IndicatorNode node, DeclaredIndicatorsRule rule, LeafInput? input, string path, int level, List<Scored> children)
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
                    $"“{classes}”下各绩效指标权重合计 {Money.FormatShort(sumWeights)}，应等于评分表“{node.Name}”的分值 {Money.FormatShort(node.Weight)}（{string.Join("、", goals.Select(g => $"{GoalPath(g.Index)}.weight={Money.FormatShort(g.Goal.Weight)}"))}）"));
            }

            var before = errors.Count;
            var k = 0;
            foreach (var (goal, index) in goals)
            {
                k++;
                var scored = ScoreGoal(goal, index, goal.Weight);
                if (scored is null)
                {
                    continue;
                }

                var goalInputs = GoalInputs(goal, index);
                children.Add(new Scored
                {
                    Node = node,
                    Code = string.Create(CultureInfo.InvariantCulture, $"{node.Code}.{k}"),
                    Name = goal.Name,
                    Level = level + 1,
                    ParentCode = node.Code,
                    Weight = goal.Weight,
                    Score = Math.Clamp(scored.Value.Score, 0m, goal.Weight),
                    Reason = goal.Reason,
                    Measure = goal.Measure,
                    Explanation = new Explanation(goal.Operator == IndicatorOperator.Qualitative ? "定性评价" : "指标性质 " + goal.Operator.Symbol(),
                        goalInputs, scored.Value.Arithmetic, scored.Value.Text),
                });
            }

            if (errors.Count > before)
            {
                return new RuleOutcome(0m, [], string.Empty, string.Empty);
            }

            foreach (var c in children)
            {
                c.Round();
            }

            var total = children.Sum(c => c.Score);
            return new RuleOutcome(total, goals.Select(g => new ExplanationInput(g.Goal.Name, Money.FormatShort(g.Goal.Weight), GoalPath(g.Index) + ".weight")).ToList(),
                string.Join(" + ", children.Select(c => Money.Format(c.Score))) + $" = {Money.Format(total)}",
                $"单位设定的 {goals.Count} 个{classes}（权重合计 {Money.FormatShort(node.Weight)}）逐项按指标性质计分，合计 {Money.Format(total)} 分。");
        }

        private static List<ExplanationInput> GoalInputs(GoalIndicator goal, int index)
        {
            var p = GoalPath(index);
            var list = new List<ExplanationInput> { new("指标性质", goal.Operator.Symbol(), p + ".operator") };
            if (goal.Operator == IndicatorOperator.Qualitative)
            {
                list.Add(new ExplanationInput("完成档次", goal.Answer?.Name() ?? "", p + ".answer"));
                list.Add(new ExplanationInput("得分", goal.Score is { } s ? Money.FormatShort(s) : "", p + ".score"));
            }
            else
            {
                list.Add(new ExplanationInput("指标值", (goal.Target is { } t ? Money.FormatShort(t) : goal.TargetText ?? "") + (goal.Unit ?? ""), p + ".target"));
                list.Add(new ExplanationInput("完成值", (goal.Actual is { } a ? Money.FormatShort(a) : goal.ActualText ?? "") + (goal.Unit ?? ""), p + ".actual"));
            }

            list.Add(new ExplanationInput("权重", Money.FormatShort(goal.Weight), p + ".weight"));
            return list;
        }

        /// <summary>One declared goal scored by its operator against the given weight; null (and errors) when it cannot be.</summary>
        private ScoredValue? ScoreGoal(GoalIndicator goal, int index, decimal weight)
        {
            var p = GoalPath(index);
            if (goal.Operator == IndicatorOperator.Qualitative)
            {
                // The score of a qualitative goal is in points of its own weight; without one it cannot be read.
                if (goal.Weight <= 0m)
                {
                    errors.Add(ErrorCatalogue.NoInput(p + ".weight", goal.Name, "权重（weight）：定性指标的得分按其权重计，须填写权重"));
                    return null;
                }

                return QualitativeScore(goal.Name, goal.Answer, goal.Score, goal.Weight, weight, p);
            }

            if (goal.Target is not { } target)
            {
                errors.Add(ErrorCatalogue.NoInput(p + ".target", goal.Name, "数值型指标值（target）"));
                return null;
            }

            if (goal.Actual is not { } actual)
            {
                errors.Add(ErrorCatalogue.NoActual(p + ".actual", goal.Name));
                return null;
            }

            return OperatorScoring.Score(goal.Operator, target, actual, weight, settings);
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
                errors.Add(ErrorCatalogue.NoInput(path + ".score", name, $"得分（“{a.Name()}”应在 {Money.FormatShort(min)}–{Money.FormatShort(max)} 分之间）"));
                return null;
            }

            if (s < min || s > max)
            {
                errors.Add(ErrorCatalogue.OutOfRange(path + ".score",
                    $"定性指标“{name}”选择“{a.Name()}”，得分应在 {Money.FormatShort(min)}–{Money.FormatShort(max)} 分之间（分值 {Money.FormatShort(ownWeight)} 的 {Money.FormatShort(range.Min * 100m)}%–{Money.FormatShort(range.Max * 100m)}%），实际为 {Money.FormatShort(s)}"));
                return null;
            }

            var inWeight = ownWeight == weight ? s : s * weight / ownWeight;
            return new ScoredValue(inWeight, $"“{a.Name()}”允许 {Money.FormatShort(min)}–{Money.FormatShort(max)}，取 {Money.FormatShort(s)}",
                $"定性指标：完成档次“{a.Name()}”，得分区间 {Money.FormatShort(min)}–{Money.FormatShort(max)} 分，评定 {Money.FormatShort(s)} 分。");
        }

        private RuleOutcome Qualitative(IndicatorNode node, LeafInput? input, string path)
        {
            var scored = QualitativeScore(node.Name, input?.Answer, input?.Score, node.Weight, node.Weight, path);
            if (scored is null)
            {
                return new RuleOutcome(0m, [], string.Empty, string.Empty);
            }

            return new RuleOutcome(scored.Value.Score,
                [new ExplanationInput("完成档次", input!.Answer!.Value.Name(), path + ".answer"), new ExplanationInput("评定得分", Money.FormatShort(input.Score!.Value), path + ".score")],
                scored.Value.Arithmetic, scored.Value.Text, UsedStatedScore: true);
        }

        private RuleOutcome Measured(IndicatorNode node, MeasuredRule rule, LeafInput? input, string path)
        {
            if (input?.Value is not { } value)
            {
                return StatedOrMissing(node, input, path, path + ".value", "完成值（value）");
            }

            var scored = OperatorScoring.Score(rule.Operator, rule.Target, value, node.Weight, settings);
            var unit = rule.Unit ?? string.Empty;
            return new RuleOutcome(scored.Score,
                [new ExplanationInput("指标值", rule.Operator.Symbol() + Money.FormatShort(rule.Target) + unit, "framework"), new ExplanationInput("完成值", Money.FormatShort(value) + unit, path + ".value")],
                scored.Arithmetic, scored.Text);
        }

        private RuleOutcome Ratio(IndicatorNode node, RatioRule rule, LeafInput? input, string path)
        {
            decimal percent;
            List<ExplanationInput> inputs;
            string ratioText;
            if (input?.Value is { } direct)
            {
                percent = direct;
                inputs = [new ExplanationInput(node.Name + "（%）", Money.FormatShort(direct), path + ".value")];
                ratioText = $"{node.Name} {Money.FormatShort(direct)}%（直接填报）";
            }
            else
            {
                var (num, numPath, numName) = rule.Numerator is { } nf
                    ? (BudgetFields.Read(nf, evaluation.Budget), nf, BudgetFields.Name(nf))
                    : (input?.Numerator, path + ".numerator", "分子");
                var (den, denPath, denName) = rule.Denominator is { } df
                    ? (BudgetFields.Read(df, evaluation.Budget), df, BudgetFields.Name(df))
                    : (input?.Denominator, path + ".denominator", "分母");
                if (num is null || den is null)
                {
                    var missingPath = num is null ? numPath : denPath;
                    var missingName = num is null ? numName : denName;
                    return StatedOrMissing(node, input, path, missingPath, $"{missingName}（{missingPath}）");
                }

                if (den <= 0m)
                {
                    return Failed(ErrorCatalogue.Invalid(denPath, $"{denName}应大于 0，才能计算“{node.Name}”"));
                }

                percent = num.Value / den.Value * 100m;
                inputs = [new ExplanationInput(numName, Money.Format(num.Value), numPath), new ExplanationInput(denName, Money.Format(den.Value), denPath)];
                ratioText = $"{node.Name} = {numName} {Money.Format(num.Value)} ÷ {denName} {Money.Format(den.Value)} = {Money.FormatPercent(percent / 100m, 2)}";
            }

            if (percent < 0m)
            {
                percent = 0m;
            }

            var p = Money.FormatShort(percent) + "%";
            switch (rule.Scoring)
            {
                case RatioScoring.Proportional:
                {
                    var raw = node.Weight * percent / 100m;
                    var score = Math.Min(raw, node.Weight);
                    return new RuleOutcome(score, inputs, $"{Money.FormatShort(node.Weight)} × {p} = {Money.Format(raw)}" + (raw > node.Weight ? "（以分值为上限）" : string.Empty),
                        $"{ratioText}，按比例计分得 {Money.Format(score)} 分。");
                }

                case RatioScoring.Threshold when rule.Threshold is { } t:
                {
                    var limit = t.Operator.Symbol() + Money.FormatShort(t.Percent) + "%";
                    if (Meets(t.Operator, percent, t.Percent))
                    {
                        return new RuleOutcome(node.Weight, inputs, $"{p} {limit}，得满分 {Money.FormatShort(node.Weight)}",
                            $"{ratioText}，达到 {limit} 的标准，得满分 {Money.FormatShort(node.Weight)} 分。");
                    }

                    if (t.DeductPerPoint is not { } k)
                    {
                        return new RuleOutcome(0m, inputs, $"{p} 未达到 {limit}，得 0", $"{ratioText}，未达到 {limit} 的标准，得 0 分。");
                    }

                    var gap = Math.Abs(percent - t.Percent);
                    var score = Math.Max(0m, node.Weight - (k * gap));
                    return new RuleOutcome(score, inputs,
                        $"{Money.FormatShort(node.Weight)} − {Money.FormatShort(k)} × {Money.FormatShort(gap)} = {Money.Format(score)}",
                        $"{ratioText}，偏离标准（{limit}）{Money.FormatShort(gap)} 个百分点，每个百分点扣 {Money.FormatShort(k)} 分，得 {Money.Format(score)} 分（最低 0 分）。");
                }

                case RatioScoring.Steps:
                {
                    foreach (var step in rule.Steps)
                    {
                        if (Meets(step.Operator, percent, step.Percent))
                        {
                            var cond = step.Operator.Symbol() + Money.FormatShort(step.Percent) + "%";
                            return new RuleOutcome(step.Points, inputs, $"{p} {cond}，得 {Money.FormatShort(step.Points)}",
                                $"{ratioText}，符合“{cond}”一档，得 {Money.FormatShort(step.Points)} 分。");
                        }
                    }

                    return new RuleOutcome(0m, inputs, $"{p} 不符合任何一档，得 0", $"{ratioText}，不符合评分表中任何一档，得 0 分。");
                }

                default:
                    return Failed(ErrorCatalogue.RuleParam("indicators." + node.Code, $"比率指标“{node.Name}”缺少评分标准"));
            }
        }

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

    private readonly record struct RuleOutcome(decimal Score, IReadOnlyList<ExplanationInput> Inputs, string Arithmetic, string Text, bool UsedStatedScore = false);
}
