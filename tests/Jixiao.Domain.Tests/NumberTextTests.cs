namespace Jixiao.Domain.Tests;

public class NumberTextTests
{
    [Theory]
    [InlineData("123.45", "123.45")]
    [InlineData("１２３．４５", "123.45")]
    [InlineData(" 2,322.6 ", "2322.6")]
    [InlineData("2，322.6", "2322.6")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("-12", "-12")]
    [InlineData("－１２", "-12")]
    [InlineData(".5", "0.5")]
    [InlineData("7.", "7")]
    public void Parse_WrittenNumber_IsNormalised(string text, string expected)
    {
        var result = NumberText.Parse(text);

        Assert.Equal(NumberTextKind.Number, result.Kind);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
    }

    [Theory]
    [InlineData("1.234,56", "小数点之后")]
    [InlineData("1,2,3", "三位一组")]
    [InlineData("12,34", "三位一组")]
    [InlineData("1,2345", "三位一组")]
    [InlineData("1.2.3", "多个小数点")]
    public void Parse_AmbiguousSeparators_IsRefusedWithReason(string text, string reason)
    {
        var result = NumberText.Parse(text);

        Assert.Equal(NumberTextKind.Ambiguous, result.Kind);
        Assert.Contains(reason, result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("七百万")]
    [InlineData("约 300")]
    [InlineData("1-2")]
    public void Parse_Text_IsNotANumber(string text) => Assert.Equal(NumberTextKind.NotANumber, NumberText.Parse(text).Kind);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_Blank_IsEmpty(string? text) => Assert.Equal(NumberTextKind.Empty, NumberText.Parse(text).Kind);

    [Theory]
    [InlineData("2,322.6万元", "2322.6")]
    [InlineData("１２３．４５万元", "123.45")]
    [InlineData("500万", "500")]
    [InlineData("12,345元", "1.2345")]
    [InlineData("1.2亿元", "12000")]
    [InlineData("88", "88")]
    public void ParseAmount_UnitSuffix_IsConvertedTo10k(string text, string expected)
    {
        var result = NumberText.ParseAmount(text);

        Assert.True(result.IsNumber, result.Problem);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
    }

    [Fact]
    public void ParseAmount_YuanSuffixWithAmbiguousSeparators_IsStillRefused() =>
        Assert.Equal(NumberTextKind.Ambiguous, NumberText.ParseAmount("1.234,56元").Kind);

    [Theory]
    [InlineData("95%", "%", "95")]
    [InlineData("９５％", "%", "95")]
    [InlineData("5200人次", "人次", "5200")]
    public void ParseMeasured_TrailingUnit_IsDropped(string text, string unit, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumberText.ParseMeasured(text, unit).Value);

    [Fact]
    public void ParseMeasured_OtherUnit_IsNotANumber() => Assert.Equal(NumberTextKind.NotANumber, NumberText.ParseMeasured("95天", "%").Kind);
}
