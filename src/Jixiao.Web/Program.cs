var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "绩效");
await app.RunAsync();
