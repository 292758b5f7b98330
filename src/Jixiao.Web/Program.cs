return await Jixiao.Web.JixiaoWebHost.RunAsync(args);
