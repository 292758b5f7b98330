using Jixiao.Documents.Import;

if (args.Length >= 2 && args[0] == "dump")
{
    var r = PublishedImporter.ImportFile(args[1]);
    Console.WriteLine(ImportJson.Serialize(r));
    return 0;
}

Console.Error.WriteLine("用法：dump FILE");
return 2;
