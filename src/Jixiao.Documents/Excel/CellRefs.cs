namespace Jixiao.Documents.Excel;

/// <summary>A cell of a named sheet; rendered unqualified on its own sheet and as <c>'sheet'!A1</c> elsewhere.</summary>
internal readonly record struct CellRef(string Sheet, int Row, int Column)
{
    public string Local => SheetWriter.Ref(Row, Column);

    public string From(string sheet) => sheet == Sheet ? Local : "'" + Sheet + "'!" + Local;
}

/// <summary>
/// Where each scoring input sits in the workbook, by key: budget fields by their path (<c>budget.executed</c>),
/// leaf inputs as <c>code|value</c>, <c>code|numerator</c>, <c>code|denominator</c>, <c>code|score</c>,
/// <c>code|deductions[i]</c>, goals as <c>goals[i]</c>. The same keys sit in the hidden key column beside
/// the input rows, so the reader finds each input again whatever was moved or re-saved.
/// </summary>
internal sealed class CellRefs
{
    private readonly Dictionary<string, CellRef> refs = new(StringComparer.Ordinal);

    public void Add(string key, CellRef cell) => refs.TryAdd(key, cell);

    public CellRef? Find(string key) => refs.TryGetValue(key, out var cell) ? cell : null;

    public static string Value(string code) => code + "|value";

    public static string Numerator(string code) => code + "|numerator";

    public static string Denominator(string code) => code + "|denominator";

    public static string Score(string code) => code + "|score";

    public static string Deduction(string code, int index) => code + "|deductions[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    public static string Goal(int index) => "goals[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
