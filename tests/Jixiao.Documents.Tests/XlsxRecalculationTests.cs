using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Excel;
using Jixiao.Documents.OwnFiles;
using Jixiao.Documents.Pdf;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Tests;

/// <summary>
/// The live score table recalculated by the LibreOffice that setup.sh installs (xlsx → xlsx, formulas
/// recalculated on load): unchanged tables keep every cached figure; tables whose 执行数 and goal actuals
/// were edited in the file give the total and grade of `jixiao score` on the edited evaluation. One
/// LibreOffice run for the whole class.
/// </summary>
public sealed class XlsxRecalculationTests : IClassFixture<XlsxRecalculationTests.Batch>
{
    private readonly Batch batch;

    public XlsxRecalculationTests(Batch batch) => this.batch = batch;

    public static TheoryData<string> Unchanged => new(Batch.Cases().Select(c => c.Name));

    /// <summary>The cases whose framework is the built-in one the hidden marker names (the full-marks variant is made in the test).</summary>
    public static TheoryData<string> BuiltInFramework => new(Batch.Cases().Where(c => c.Framework.Equals(FrameworkCatalog.Get(c.Framework.Id).Ok())).Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Unchanged))]
    public void Recalculate_UnchangedTable_EveryFormulaEqualsItsCachedValue(string name)
    {
        var written = new Workbook(batch.Written(name));
        var recalculated = batch.Recalculated(name);
        var formulas = 0;
        foreach (var sheet in written.SheetNames)
        {
            foreach (var (reference, cell) in written.Sheet(sheet).Where(c => c.Value.Formula is not null))
            {
                formulas++;
                var after = recalculated.Cell(sheet, reference);
                Assert.True(after?.Formula is not null, $"{name} {sheet}!{reference}: formula lost");
                AssertSameValue(cell, after!, $"{name} {sheet}!{reference} ={cell.Formula}");
            }
        }

        Assert.True(formulas > 5, $"{name}: only {formulas} formulas");
    }

    [Fact]
    public void Recalculate_DepartmentSampleWithEditedExecutedAndGoalActual_TotalAndGradeEqualScorer()
    {
        var expected = batch.ExpectedScore("init-department.changed");
        var book = batch.Recalculated("init-department.changed");
        var (total, grade) = TotalAndGrade(book, XlsxScoreTableWriter.DepartmentSheet, "总分", "H");

        Assert.Equal(Money.Format(expected.Total), Money.Format(total));
        Assert.Contains("☑" + expected.Grade!.Name, grade, StringComparison.Ordinal);
        Assert.Equal(1, grade.Count(ch => ch == '☑'));

        // The edit moved the figures: 98.1 优 before, 88.89 良 after (a test that cannot pass by accident).
        Assert.Equal("88.89", Money.Format(expected.Total));
        Assert.Equal("良", expected.Grade.Name);
    }

    [Theory]
    [InlineData("init-project.changed")]
    [InlineData("qingshen-2023-filled.changed")]
    public void Recalculate_ProjectTableWithEditedExecutedAndGoalActual_TotalAndGradeEqualScorer(string name)
    {
        var expected = batch.ExpectedScore(name);
        var original = batch.ExpectedScore(name.Replace(".changed", string.Empty, StringComparison.Ordinal));
        var book = batch.Recalculated(name);
        var (total, grade) = TotalAndGrade(book, XlsxScoreTableWriter.ProjectSheet, "合计", "I");

        Assert.Equal(Money.Format(expected.Total), Money.Format(total));
        Assert.Contains("☑" + expected.Grade!.Name, grade, StringComparison.Ordinal);
        Assert.NotEqual(original.Total, expected.Total);
    }

    [Theory]
    [MemberData(nameof(BuiltInFramework))]
    public void ReadBack_TableResavedByLibreOffice_ReadsTheVisibleCellsToTheSameScores(string name)
    {
        var c = Batch.Cases().Single(x => x.Name == name);
        var read = OwnTableReader.TryRead(batch.RecalculatedBytes(name), name + ".xlsx")!.Ok();

        Assert.Equal(OwnSource.VisibleCells, read.Source);
        Assert.Contains("另存", read.SourceText, StringComparison.Ordinal);
        Assert.Empty(read.Differences);
        var again = Scorer.Score(c.Framework, read.Evaluation).Ok();
        Assert.Equal(c.Score.Total, again.Total);
        Assert.Equal(c.Score.Grade!.Name, again.Grade!.Name);
        foreach (var leaf in c.Framework.Leaves())
        {
            Assert.True(c.Score.Find(leaf.Code)!.Score == again.Find(leaf.Code)!.Score, $"{name} {leaf.Code} {leaf.Name}: {c.Score.Find(leaf.Code)!.Score} → {again.Find(leaf.Code)!.Score}");
        }
    }

    [Fact]
    public void ReadBack_HaizhuResavedByLibreOffice_ImportGivesTotal99AndExcellent()
    {
        var path = Path.Combine(batch.Directory, "haizhu-import.xlsx");
        File.WriteAllBytes(path, batch.RecalculatedBytes("haizhu-2022"));

        var evaluation = OwnDocumentReader.TryRead(path)!.Ok();

        var score = Scorer.Score(FrameworkCatalog.Get(evaluation.FrameworkId).Ok(), evaluation).Ok();
        Assert.Equal(99m, score.Total);
        Assert.Equal("优", score.Grade!.Name);
        Assert.Equal("中国共产党广州市海珠区委员会组织部", evaluation.Unit);
        Assert.Equal(2022, evaluation.Year);
        Assert.Equal(90m, evaluation.Inputs["1.1.3"].Value);
        Assert.Equal("各项工作开支设置不够细化。", evaluation.Inputs["1.1.3"].Reason);
        Assert.Equal(1297.59m, evaluation.Budget.Adjusted);
        Assert.Equal(["专项资金", "其他事业发展支出", "区本级资金", "上级补助资金"], evaluation.Budget.Categories.Select(x => x.Name));
    }

    [Theory]
    [InlineData("init-department.changed")]
    [InlineData("init-project.changed")]
    [InlineData("qingshen-2023-filled.changed")]
    public void ReadBack_EditedThenRecalculatedByLibreOffice_ScoresAsTheEditedEvaluation(string name)
    {
        var read = OwnTableReader.TryRead(batch.RecalculatedBytes(name), name + ".xlsx")!.Ok();

        var score = Scorer.Score(FrameworkCatalog.Get(read.Evaluation.FrameworkId).Ok(), read.Evaluation).Ok();
        Assert.Equal(batch.ExpectedScore(name).Total, score.Total);
        Assert.Empty(read.Differences);
    }

    [Fact]
    public void ReadBack_DataPartWithEditedExecutedNotRecalculated_TakesTheCellsAndReportsEachDifference()
    {
        // The edited file before LibreOffice: the data part says 1245.68, the cell 700; formulas still show the old figures.
        var read = OwnTableReader.TryRead(batch.Written("init-department.changed"), "edited.xlsx")!.Ok();

        Assert.Equal(OwnSource.DataPartWithEdits, read.Source);
        Assert.Equal(700m, read.Evaluation.Budget.Executed);
        Assert.Equal(8m, read.Evaluation.Goals[0].Actual);
        var edits = read.Differences.Where(d => d.Code == OwnReadBack.VisibleDiffersCode).ToList();
        Assert.Equal(2, edits.Count);
        Assert.Contains(edits, d => d.Message == "执行数：表中为700，Jixiao 数据部件中为1245.68，以表中为准" && d.Path.EndsWith("工作表“自评表” 单元格 I9", StringComparison.Ordinal));
        Assert.Contains(edits, d => d.Message.StartsWith("“干部培训主体班次”的完成值", StringComparison.Ordinal) && d.Path.Contains("工作表“计分数据”", StringComparison.Ordinal));
        var stale = read.Differences.Where(d => d.Code == OwnReadBack.StaleFormulaCode).Select(d => d.Message).ToList();
        Assert.Contains(stale, m => m.StartsWith("“部门预算资金支出率”表中显示的得分 9.6 与按表中数据计算的 5.39 不一致", StringComparison.Ordinal));
        Assert.Contains(stale, m => m.StartsWith("表中总分 98.1 与按表中数据计算的 88.89 不一致", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadBack_UnchangedFileWithDataPart_SaysDataPartAndNoDifference()
    {
        var read = OwnTableReader.TryRead(batch.Written("init-department"), "t.xlsx")!.Ok();

        Assert.Equal(OwnSource.DataPart, read.Source);
        Assert.Empty(read.Differences);
        Assert.Equal(OwnData.EvaluationJson(Case.Sample("department").Evaluation), OwnData.EvaluationJson(read.Evaluation));
    }

    /// <summary>The recalculated total (the row labelled <paramref name="label"/>, in <paramref name="column"/>) and the grade line.</summary>
    private static (decimal Total, string Grade) TotalAndGrade(Workbook book, string sheet, string label, string column)
    {
        var row = Workbook.Row(book.Find(sheet, label));
        var total = decimal.Parse(book.Cell(sheet, column + row.ToString(CultureInfo.InvariantCulture))!.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        var gradeRow = Workbook.Row(book.Find(sheet, "评价等级"));
        var grade = book.Cell(sheet, "B" + gradeRow.ToString(CultureInfo.InvariantCulture))!.Value;
        return (total, grade);
    }

    private static void AssertSameValue(StoredCell written, StoredCell recalculated, string where)
    {
        if (written.Value.Length == 0)
        {
            Assert.True(recalculated.Value.Length == 0, $"{where}: no cached value written, LibreOffice computed “{recalculated.Value}”");
            return;
        }

        if (written.IsText)
        {
            Assert.True(written.Value == recalculated.Value, $"{where}: cached “{written.Value}”, recalculated “{recalculated.Value}”");
            return;
        }

        var a = double.Parse(written.Value, CultureInfo.InvariantCulture);
        Assert.True(double.TryParse(recalculated.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var b), $"{where}: recalculated “{recalculated.Value}” is not a number");
        Assert.True(Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a)), $"{where}: cached {written.Value}, recalculated {recalculated.Value}");
    }

    /// <summary>Writes every case (and the edited copies), recalculates all of them in one LibreOffice run.</summary>
    public sealed class Batch : IDisposable
    {
        private readonly string dir = System.IO.Directory.CreateTempSubdirectory("jixiao-recalc-").FullName;
        private readonly Dictionary<string, byte[]> written = [];
        private readonly Dictionary<string, ScoreResult> expected = [];
        private readonly Dictionary<string, byte[]> recalculatedBytes = [];

        public Batch()
        {
            foreach (var c in Cases())
            {
                written[c.Name] = XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score);
                expected[c.Name] = c.Score;
            }

            // Department sample: 执行数 1245.68 → 700, first goal (干部培训主体班次, ≥ 16 期) 17 → 8.
            var dept = Case.Sample("department");
            Edit("init-department", dept, executed: 700m, goal: 0, actual: 8m, XlsxScoreTableWriter.DepartmentSheet);

            // Project sample: 执行数 304 → 240 (财政资金), second goal (工程验收合格率, = 100) 100 → 90.
            Edit("init-project", Case.Sample("project"), executed: 240m, goal: 1, actual: 90m, XlsxScoreTableWriter.ProjectSheet);

            // Qingshen (completed): 执行数 251.89 → 200 (财政资金), first goal (= 100) 100 → 90.
            Edit("qingshen-2023-filled", Case.QingshenFilled(), executed: 200m, goal: 0, actual: 90m, XlsxScoreTableWriter.ProjectSheet);

            var inputs = new List<string>();
            foreach (var (name, bytes) in written)
            {
                var path = Path.Combine(dir, name + ".xlsx");
                File.WriteAllBytes(path, bytes);
                inputs.Add(path);
            }

            using var converter = LibreOfficePdfConverter.Create(workers: 1).Ok();
            var outputs = converter.Convert(inputs, Path.Combine(dir, "out"), "xlsx", TimeSpan.FromMinutes(5)).Ok();
            foreach (var output in outputs)
            {
                recalculatedBytes[Path.GetFileNameWithoutExtension(output)] = File.ReadAllBytes(output);
            }
        }

        /// <summary>The cases whose unchanged tables are recalculated: the corpus units, both init samples, Qingshen completed, a not-applicable leaf under each policy.</summary>
        internal static IEnumerable<Case> Cases()
        {
            foreach (var name in Case.CorpusUnits)
            {
                yield return Case.Load(name);
            }

            yield return Case.Sample("department");
            yield return Case.Sample("project");
            yield return Case.QingshenFilled();

            // 2.5.1 not applicable: the other leaves rescaled (按比例折算), or it gets full marks (满分).
            var sample = Case.Sample("department");
            var inputs = new Dictionary<string, LeafInput>(sample.Evaluation.Inputs) { ["2.5.1"] = new LeafInput { NotApplicable = true, Reason = "本年度无采购项目" } };
            var na = sample.Evaluation with { Inputs = inputs };
            yield return Scored("init-department-na-rescale", na, sample.Framework);
            yield return Scored("init-department-na-fullmarks", na, sample.Framework with { Settings = sample.Framework.Settings with { NotApplicable = NotApplicablePolicy.FullMarks } });
        }

        public byte[] Written(string name) => written[name];

        internal Workbook Recalculated(string name) => new(recalculatedBytes[name]);

        public byte[] RecalculatedBytes(string name) => recalculatedBytes[name];

        public string Directory => dir;

        public ScoreResult ExpectedScore(string name) => expected[name];

        public void Dispose() => System.IO.Directory.Delete(dir, recursive: true);

        private static Case Scored(string name, Evaluation evaluation, Framework framework) =>
            new(name, evaluation, framework, Scorer.Score(framework, evaluation).Ok());

        /// <summary>
        /// Edits 执行数 and one goal's 完成值 in the written file (cells only: formulas and their now stale cached
        /// values stay) and scores the same edit made to the evaluation.
        /// </summary>
        private void Edit(string name, Case c, decimal executed, int goal, decimal actual, string sheet)
        {
            var bytes = written[name];
            var book = new Workbook(bytes);
            var edits = new List<(string Sheet, string Cell, decimal Value)>();
            var e = c.Evaluation;
            if (sheet == XlsxScoreTableWriter.DepartmentSheet)
            {
                var head = book.Find(sheet, "执行数");
                var column = Workbook.Column(head);
                var row = Workbook.Row(head) + 1;
                while (book.Cell(sheet, column + row.ToString(CultureInfo.InvariantCulture)) is not { IsText: false, Value.Length: > 0 })
                {
                    row++;
                }

                edits.Add((sheet, column + row.ToString(CultureInfo.InvariantCulture), executed));
                e = e with { Budget = e.Budget with { Executed = executed } };
                var key = book.Find(XlsxScoreTableWriter.InputsSheet, "goals[" + goal.ToString(CultureInfo.InvariantCulture) + "]");
                edits.Add((XlsxScoreTableWriter.InputsSheet, "G" + Workbook.Row(key).ToString(CultureInfo.InvariantCulture), actual));
            }
            else
            {
                // The first fund source (财政资金) carries the spending: its 执行数 and the total move together.
                var sourceRow = Workbook.Row(book.Find(sheet, "其中：" + e.Budget.BySource[0].Name));
                edits.Add((sheet, "D" + sourceRow.ToString(CultureInfo.InvariantCulture), executed));
                var sources = e.Budget.BySource.Select((s, i) => i == 0 ? s with { Executed = executed } : s).ToList();
                e = e with { Budget = e.Budget with { Executed = executed, BySource = sources } };
                var key = book.Find(sheet, "goals[" + goal.ToString(CultureInfo.InvariantCulture) + "]");
                edits.Add((sheet, "G" + Workbook.Row(key).ToString(CultureInfo.InvariantCulture), actual));
            }

            e = e with { Goals = e.Goals.Select((g, i) => i == goal ? g with { Actual = actual } : g).ToList() };
            written[name + ".changed"] = SetNumbers(bytes, edits);
            expected[name + ".changed"] = Scorer.Score(c.Framework, e).Ok();
        }

        private static byte[] SetNumbers(byte[] xlsx, List<(string Sheet, string Cell, decimal Value)> edits)
        {
            var stream = new MemoryStream();
            stream.Write(xlsx);
            using (var doc = SpreadsheetDocument.Open(stream, true))
            {
                var book = doc.WorkbookPart!;
                foreach (var (sheet, reference, value) in edits)
                {
                    var id = book.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
                    var cell = ((WorksheetPart)book.GetPartById(id)).Worksheet!.Descendants<Cell>().Single(c => c.CellReference!.Value == reference);
                    Assert.Null(cell.CellFormula);
                    cell.DataType = null;
                    cell.InlineString = null;
                    cell.CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture));
                }
            }

            return stream.ToArray();
        }
    }
}
