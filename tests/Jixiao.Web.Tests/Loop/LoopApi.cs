using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Web.Tests.Integration;

namespace Jixiao.Web.Tests.Loop;

/// <summary>Intent-revealing calls of the issue 14 API (rectification, re-check, results, open data) for the tests.</summary>
internal static class LoopApi
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this Session session, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await session.Client.GetAsync(url)).JsonAsync(expected);

    public static async Task<HttpResponseMessage> PostJsonAsync(this Session session, string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, body.GetType(), options: Json) };
        request.Headers.Add("RequestVerificationToken", await session.ApiTokenAsync());
        return await session.Client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> UploadAsync(this Session session, string url, string fileName, byte[] bytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Headers.Add("RequestVerificationToken", await session.ApiTokenAsync());
        var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(bytes), "file", fileName);
        request.Content = content;
        return await session.Client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> RectifyAsync(this Session session, int id, string action, string? note = null, string? resultUse = null) =>
        session.PostJsonAsync($"/api/rectifications/{id}/actions", new { action, note, resultUse });

    /// <summary>A fresh evaluation of the preparer's unit taken by the reviewer to 退回 with a deduction on 1.1.3 and a comment.</summary>
    public static async Task<int> ReturnedWithDeductionAsync(Session preparer, Session reviewer, int year, string problems)
    {
        var id = await preparer.CreateCompleteDraftAsync(year);
        var current = await preparer.GetEvaluationAsync(id);
        var edited = current.Evaluation with { Narrative = current.Evaluation.Narrative with { Problems = problems } };
        Assert.Equal(HttpStatusCode.OK, (await preparer.SaveEvaluationAsync(id, current.Summary.Version, edited)).StatusCode);
        await preparer.SubmitThroughDepartmentAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.TransitionAsync(id, "StartReview")).StatusCode);
        var inReview = await reviewer.GetEvaluationAsync(id);
        var deduction = await reviewer.ApiAsync(HttpMethod.Put, $"/api/evaluations/{id}/review", new Jixiao.Web.Features.Api.ReviewRequest(
            inReview.Summary.Version,
            new Dictionary<string, IReadOnlyList<Jixiao.Domain.Evaluations.Deduction>> { ["1.1.3"] = [new(2m, "预算执行率低于 90% 且未说明原因")] }));
        Assert.Equal(HttpStatusCode.OK, deduction.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.TransitionAsync(id, "Return", "请说明预算执行率偏低的原因并制定整改措施。")).StatusCode);
        return id;
    }
}
