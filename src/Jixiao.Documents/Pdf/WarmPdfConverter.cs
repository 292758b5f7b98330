using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Jixiao.Domain;

namespace Jixiao.Documents.Pdf;

/// <summary>
/// DOCX/XLSX → PDF through LibreOffice processes kept warm: a pool of one or two LibreOffice instances, each driven
/// by a small Python helper (Debian's python3-uno) over stdin/stdout, so a single document costs its conversion only,
/// not LibreOffice's start. Each process converts one document at a time; a process that dies is restarted and the
/// document tried once more; a conversion that hangs past its timeout has its process killed (and restarted in the
/// background) and fails with a Chinese message. Without python3-uno it falls back to one plain
/// <c>soffice --convert-to pdf</c> run per call (<see cref="LibreOfficePdfConverter"/>). Thread-safe; one per
/// application (the web host registers it as a singleton).
/// </summary>
public sealed class WarmPdfConverter : IDisposable
{
    /// <summary>Code of the error of a conversion that took longer than its timeout.</summary>
    public const string TimeoutCode = "pdf.timeout";

    private static readonly Lazy<string?> PythonWithUno = new(FindPythonWithUno);

    private readonly string soffice;
    private readonly string? python;
    private readonly string root;
    private readonly string script;
    private readonly Worker[] workers;
    private readonly ConcurrentQueue<Worker> idle = new();
    private readonly SemaphoreSlim available;
    private readonly LibreOfficePdfConverter fallback;
    private volatile bool disposed;

    private WarmPdfConverter(string soffice, string? python, int size, TimeSpan timeout, LibreOfficePdfConverter fallback)
    {
        this.soffice = soffice;
        this.python = python;
        this.fallback = fallback;
        Timeout = timeout;
        root = Path.Combine(Path.GetTempPath(), "jixiao-warm-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        script = Path.Combine(root, "warm_convert.py");
        using (var resource = typeof(WarmPdfConverter).Assembly.GetManifestResourceStream("Jixiao.Documents.Pdf.warm_convert.py")
            ?? throw new InvalidOperationException("warm_convert.py is not embedded"))
        using (var file = File.Create(script))
        {
            resource.CopyTo(file);
        }

        workers = Enumerable.Range(0, python is null ? 0 : Math.Clamp(size, 1, 2)).Select(i => new Worker(this, i)).ToArray();
        available = new SemaphoreSlim(0, Math.Max(1, workers.Length));

        // Warm up in the background: a worker joins the pool once its LibreOffice accepts documents.
        foreach (var worker in workers)
        {
            _ = Task.Run(() => Return(worker, start: true));
        }
    }

    /// <summary>How long one document may take before its LibreOffice is killed.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Whether documents go through warm LibreOffice processes (python3-uno found); false: one plain run per call.</summary>
    public bool IsWarm => workers.Length > 0;

    /// <summary>LibreOffice processes of the pool.</summary>
    public int Size => workers.Length;

    /// <summary>How many times a LibreOffice process was (re)started after a crash or a timeout.</summary>
    public int Restarts => workers.Sum(w => w.Restarts);

    /// <summary>
    /// A converter (warm when python3-uno is installed), or the Chinese install hint when LibreOffice is missing.
    /// <paramref name="size"/> LibreOffice processes (1–2) serve requests side by side.
    /// </summary>
    public static Result<WarmPdfConverter> Create(string? sofficePath = null, int size = 1, TimeSpan? timeout = null)
    {
        var plain = LibreOfficePdfConverter.Create(sofficePath, workers: 1);
        if (!plain.IsSuccess)
        {
            return Result<WarmPdfConverter>.Failure(plain.Errors);
        }

        var found = sofficePath ?? LibreOfficePdfConverter.Locate()!;
        return Result<WarmPdfConverter>.Success(new WarmPdfConverter(found, PythonWithUno.Value, size, timeout ?? TimeSpan.FromSeconds(120), plain.Value));
    }

    /// <summary>Converts one document given as bytes (<paramref name="extension"/>: <c>.docx</c> or <c>.xlsx</c>) to PDF bytes.</summary>
    public Result<byte[]> ConvertBytes(byte[] document, string extension, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var dir = Path.Combine(root, "j" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var input = Path.Combine(dir, "document" + extension);
            File.WriteAllBytes(input, document);
            var pdf = Convert([input], Path.Combine(dir, "out"), timeout);
            return pdf.IsSuccess ? Result<byte[]>.Success(File.ReadAllBytes(pdf.Value[0])) : Result<byte[]>.Failure(pdf.Errors);
        }
        finally
        {
            TryDelete(dir);
        }
    }

    /// <summary>
    /// Converts every input (DOCX or XLSX) into <paramref name="outputDirectory"/>, the pool's processes side by side;
    /// returns the PDF paths in input order, or the errors (each naming its file). Input names must differ in their base name.
    /// </summary>
    public Result<IReadOnlyList<string>> Convert(IReadOnlyList<string> inputs, string outputDirectory, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (!IsWarm)
        {
            return fallback.Convert(inputs, outputDirectory, timeout ?? Timeout);
        }

        Directory.CreateDirectory(outputDirectory);
        var outputs = inputs.Select(i => Path.Combine(Path.GetFullPath(outputDirectory), Path.GetFileNameWithoutExtension(i) + ".pdf")).ToArray();
        var errors = new ConcurrentBag<(int Index, DomainError Error)>();
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = workers.Length }, i =>
        {
            if (File.Exists(outputs[i]))
            {
                File.Delete(outputs[i]); // success is judged by the PDF existing afterwards
            }

            if (ConvertOne(Path.GetFullPath(inputs[i]), outputs[i], timeout ?? Timeout) is { } error)
            {
                errors.Add((i, error));
            }
        });

        return errors.IsEmpty
            ? Result<IReadOnlyList<string>>.Success(outputs)
            : Result<IReadOnlyList<string>>.Failure(errors.OrderBy(e => e.Index).Select(e => e.Error).ToList());
    }

    /// <summary>The ids of the LibreOffice processes the pool runs now (for tests that crash one).</summary>
    internal IReadOnlyList<int> OfficeProcessIds() => workers.SelectMany(w => w.OfficeProcessIds()).ToList();

    /// <summary>One document on a free process: a crashed process is restarted and the document tried once more.</summary>
    private DomainError? ConvertOne(string input, string output, TimeSpan timeout)
    {
        available.Wait();
        if (!idle.TryDequeue(out var worker))
        {
            available.Release();
            return new DomainError("pdf.failed", input, "PDF 转换进程不可用。");
        }

        var restart = false;
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                if (worker.Start() is { } startError)
                {
                    return startError with { Path = input };
                }

                var (error, fatal) = worker.Run(input, output, timeout);
                if (error is null)
                {
                    return null;
                }

                if (error.Code == TimeoutCode)
                {
                    restart = true;
                    return error;
                }

                if (!fatal || attempt > 0)
                {
                    restart = fatal;
                    return error;
                }

                worker.Kill(); // LibreOffice died: restart it and try once more
                worker.Restarts++;
            }
        }
        finally
        {
            if (restart && !disposed)
            {
                // Back into the pool once a fresh LibreOffice is up, without holding up the caller.
                worker.Restarts++;
                _ = Task.Run(() => Return(worker, start: true));
            }
            else
            {
                Return(worker, start: false);
            }
        }
    }

    private void Return(Worker worker, bool start)
    {
        if (start && !disposed)
        {
            try
            {
                worker.Start();
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or ObjectDisposedException)
            {
                // Disposed while starting, or the helper vanished: the next request starts it again.
            }
        }

        idle.Enqueue(worker);
        available.Release();
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (var worker in workers)
        {
            worker.Stop();
        }

        fallback.Dispose();
        TryDelete(root);
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (IOException)
        {
            // A LibreOffice child may still hold a file; the temp directory is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>A Python with LibreOffice's UNO bridge: <c>JIXIAO_PYTHON</c>, LibreOffice's own, or Debian's python3 with python3-uno.</summary>
    private static string? FindPythonWithUno()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("JIXIAO_PYTHON") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        if (LibreOfficePdfConverter.Locate() is { } office)
        {
            var real = new FileInfo(office).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? office;
            candidates.Add(Path.Combine(Path.GetDirectoryName(real)!, "python"));
        }

        candidates.Add("/usr/bin/python3");
        foreach (var candidate in candidates.Where(File.Exists).Distinct())
        {
            try
            {
                var start = new ProcessStartInfo(candidate) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
                start.ArgumentList.Add("-c");
                start.ArgumentList.Add("import uno");
                using var p = Process.Start(start);
                if (p is not null && p.WaitForExit(20_000) && p.ExitCode == 0)
                {
                    return candidate;
                }

                p?.Kill(entireProcessTree: true);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not executable: try the next one.
            }
        }

        return null;
    }

    /// <summary>One warm LibreOffice behind its Python helper; used by one request at a time.</summary>
    private sealed class Worker(WarmPdfConverter owner, int index)
    {
        private Process? helper;
        private int starts;

        public int Restarts { get; set; }

        /// <summary>Starts the helper and its LibreOffice unless running; an error when LibreOffice does not come up.</summary>
        public DomainError? Start()
        {
            if (helper is { HasExited: false })
            {
                return null;
            }

            Kill();
            starts++;
            var profile = Path.Combine(owner.root, "p" + index.ToString(CultureInfo.InvariantCulture));
            LibreOfficeProfile.Write(profile);
            var pipe = $"jixiao-{Environment.ProcessId}-{Path.GetFileName(owner.root)}-{index}-{starts}";
            var info = new ProcessStartInfo(owner.python!)
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
                StandardInputEncoding = new System.Text.UTF8Encoding(false),
            };
            info.ArgumentList.Add(owner.script);
            info.ArgumentList.Add(owner.soffice);
            info.ArgumentList.Add(new Uri(profile + "/").AbsoluteUri);
            info.ArgumentList.Add(pipe);
            try
            {
                helper = Process.Start(info);
            }
            catch (System.ComponentModel.Win32Exception ex)
            {
                return new DomainError("pdf.failed", owner.soffice, "无法启动 PDF 转换进程：" + ex.Message);
            }

            if (helper is null)
            {
                return new DomainError("pdf.failed", owner.soffice, "无法启动 PDF 转换进程。");
            }

            helper.ErrorDataReceived += static (_, _) => { }; // drained, never shown: a failure is reported by the protocol
            helper.BeginErrorReadLine();
            var ready = ReadLine(TimeSpan.FromSeconds(180));
            if (ready is null || !ready.Contains("\"ready\": true", StringComparison.Ordinal))
            {
                Kill();
                return new DomainError("pdf.failed", owner.soffice, "LibreOffice 未能启动，无法生成 PDF" + (ready is null ? "。" : "：" + ready));
            }

            return null;
        }

        /// <summary>Converts one file; the error (null: done) and whether LibreOffice is gone.</summary>
        public (DomainError? Error, bool Fatal) Run(string input, string output, TimeSpan timeout)
        {
            try
            {
                helper!.StandardInput.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["in"] = input, ["out"] = output }));
                helper.StandardInput.Flush();
            }
            catch (IOException)
            {
                return (new DomainError("pdf.failed", input, "PDF 转换进程已退出。"), true);
            }

            var line = ReadLine(timeout);
            if (line == TimedOut)
            {
                Kill();
                return (new DomainError(TimeoutCode, input, $"PDF 转换超时（超过 {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} 秒），已终止并重启 LibreOffice 转换进程，请稍后重试。"), true);
            }

            if (line is null)
            {
                return (new DomainError("pdf.failed", input, "LibreOffice 转换进程意外退出。"), true);
            }

            using var answer = JsonDocument.Parse(line);
            var root = answer.RootElement;
            if (root.TryGetProperty("ok", out var ok) && ok.GetBoolean() && File.Exists(output))
            {
                return (null, false);
            }

            var fatal = root.TryGetProperty("fatal", out var f) && f.GetBoolean();
            var detail = root.TryGetProperty("error", out var e) ? e.GetString() : null;
            return (new DomainError("pdf.failed", input, "LibreOffice 未生成 PDF：" + LibreOfficePdfConverter.Tail(detail ?? string.Empty)), fatal);
        }

        private const string TimedOut = "\0timeout";

        /// <summary>The helper's next line; null at its end; <see cref="TimedOut"/> when none came in time.</summary>
        private string? ReadLine(TimeSpan timeout)
        {
            var read = helper!.StandardOutput.ReadLineAsync();
            var finished = timeout <= TimeSpan.Zero ? read.IsCompleted : read.Wait(timeout);
            return finished ? read.Result : TimedOut;
        }

        /// <summary>The LibreOffice processes below the helper (read from /proc on Linux).</summary>
        public List<int> OfficeProcessIds()
        {
            if (helper is not { HasExited: false } h || !Directory.Exists("/proc"))
            {
                return [];
            }

            var parents = new Dictionary<int, int>();
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
                {
                    try
                    {
                        var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                        parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                    }
                    catch (IOException)
                    {
                        // The process ended meanwhile.
                    }
                }
            }

            var result = new List<int>();
            var frontier = new Queue<int>([h.Id]);
            while (frontier.Count > 0)
            {
                var parent = frontier.Dequeue();
                foreach (var child in parents.Where(p => p.Value == parent).Select(p => p.Key))
                {
                    result.Add(child);
                    frontier.Enqueue(child);
                }
            }

            return result;
        }

        /// <summary>Asks the helper to close LibreOffice, then makes sure both are gone.</summary>
        public void Stop()
        {
            if (helper is { HasExited: false } h)
            {
                try
                {
                    h.StandardInput.WriteLine("{\"quit\": true}");
                    h.StandardInput.Flush();
                    h.WaitForExit(5_000);
                }
                catch (IOException)
                {
                    // Already gone.
                }
            }

            Kill();
        }

        /// <summary>Kills the helper and every LibreOffice process below it.</summary>
        public void Kill()
        {
            if (helper is null)
            {
                return;
            }

            try
            {
                if (!helper.HasExited)
                {
                    helper.Kill(entireProcessTree: true);
                    helper.WaitForExit(10_000);
                }
            }
            catch (InvalidOperationException)
            {
                // Exited meanwhile.
            }

            helper.Dispose();
            helper = null;
        }
    }
}
