using System.Globalization;
using Jixiao.Domain;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Web.Features.Monitoring;

/// <summary>Display helpers of the monitoring pages (CSS classes of lights and states, dates, names of audit actions).</summary>
public static class MonitoringFormat
{
    public static string LightClass(Light light) => "light light-" + light.ToString().ToLowerInvariant();

    public static string StateClass(MonitoringTaskState state) => "state mstate-" + state.ToString().ToLowerInvariant();

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The monitoring words for qualitative progress (达成 / 部分达成 / 未达成).</summary>
    public static string Progress(QualitativeAnswer answer) => answer switch
    {
        QualitativeAnswer.Achieved => "达成",
        QualitativeAnswer.PartlyAchieved => "部分达成",
        QualitativeAnswer.NotAchieved => "未达成",
    };

    public static string ActionName(string action) => action switch
    {
        "monitoring.save" => "保存",
        "monitoring.conflict" => "保存冲突（未覆盖，已留存）",
        "monitoring.submit" => "报送",
        "monitoring.resubmit" => "再次报送",
        "monitoring.return" => "财政局退回",
        "monitoring.follow-up" => "跟进处理",
        _ => action,
    };
}
