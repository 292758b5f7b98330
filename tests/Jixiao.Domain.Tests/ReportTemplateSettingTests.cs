using Jixiao.Domain.Frameworks;

namespace Jixiao.Domain.Tests;

public class ReportTemplateSettingTests
{
    [Fact]
    public void Parse_ReportTemplateSetting_ReadAndDefaultNull()
    {
        var text = Repo.Read("frameworks", "gz-district-dept-2022.yaml");
        Assert.Null(FrameworkLoader.Parse(text, "gz.yaml").Value.Settings.ReportTemplate);

        var withTemplate = text.Replace("settings:\n", "settings:\n  reportTemplate: department-cover\n", StringComparison.Ordinal);
        Assert.Equal("department-cover", FrameworkLoader.Parse(withTemplate, "gz.yaml").Value.Settings.ReportTemplate);
    }
}
