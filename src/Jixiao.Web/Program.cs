return await Jixiao.Web.JixiaoWebHost.RunAsync(args);

/// <summary>The entry point, public for WebApplicationFactory.</summary>
public partial class Program;
