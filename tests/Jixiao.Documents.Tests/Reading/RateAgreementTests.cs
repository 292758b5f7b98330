using Jixiao.Documents.Reading;

namespace Jixiao.Documents.Tests.Reading;

/// <summary>One rule for a stated rate against its figures: the rate's written precision, plus 0.01 for rounded amounts.</summary>
public class RateAgreementTests
{
    [Theory]
    [InlineData("96.5", "120", "80.4", true)]    // 80.4167: within half a unit of the last decimal
    [InlineData("96.5", "120", "80.42", true)]   // two decimals: 80.4167 is within 0.015
    [InlineData("96.5", "120", "80.45", false)]  // 0.033 off at two decimals
    [InlineData("96.5", "120", "81", false)]     // an integer rate allows 0.51: 0.58 off
    [InlineData("99.6", "100", "100", true)]     // 99.6 written as 100%
    [InlineData("1711.15", "1824.15", "93.81", true)]
    [InlineData("1711.15", "1824.15", "93.86", false)] // the old fixed ±0.06 took this; the rate's precision does not
    [InlineData("5", "0", "100", false)]         // no budget, no rate
    public void Agrees_ToTheRatesPrecision(string executed, string budget, string rate, bool agrees) =>
        Assert.Equal(agrees, RateAgreement.Agrees(Parse(executed), Parse(budget), Parse(rate)));

    [Fact]
    public void Scale_IsTheWrittenDecimals() => Assert.Equal(2, RateAgreement.Scale(Parse("96.50")));

    private static decimal Parse(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
