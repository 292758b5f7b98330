using System.Collections.Concurrent;
using System.Net;

namespace Jixiao.Web.Features.Security;

/// <summary>
/// Failed logins slow down whoever fails, without ever locking an account for everybody:
/// <list type="bullet">
/// <item>per account and client address: after <see cref="FreePerAccount"/> failures each further failure doubles the
/// wait before that address may try that account again (2 s, 4 s, 8 s … at most 15 minutes). Another address is not
/// affected, so nobody can lock <c>reviewer</c> out by typing wrong passwords for it;</item>
/// <item>per client address over all accounts (password spraying): the same doubling after <see cref="FreePerAddress"/>
/// failures;</item>
/// <item>a fixed number of login requests per address and minute (the rate limiter, <c>Jixiao:LoginPermitsPerMinute</c>).</item>
/// </list>
/// Names that do not exist are counted exactly like names that do, so the answers do not tell them apart.
/// The counters live in this process's memory (one server; a restart forgets them), at most <see cref="MaxEntries"/> of them.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    public const int FreePerAccount = 3;
    public const int FreePerAddress = 20;
    public const int MaxEntries = 100_000;
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Forget = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<string, Counter> counters = new(StringComparer.Ordinal);

    /// <summary>How long this address must still wait before trying this account; zero when it may try now.</summary>
    public TimeSpan RetryAfter(string account, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        var wait = TimeSpan.Zero;
        foreach (var key in Keys(account, address))
        {
            if (counters.TryGetValue(key, out var c))
            {
                lock (c)
                {
                    if (c.BlockedUntil > now && c.BlockedUntil - now > wait)
                    {
                        wait = c.BlockedUntil - now;
                    }
                }
            }
        }

        return wait;
    }

    public void Failed(string account, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        if (counters.Count >= MaxEntries)
        {
            Prune(now);
        }

        var keys = Keys(account, address);
        for (var i = 0; i < keys.Length; i++)
        {
            var free = i == 0 ? FreePerAccount : FreePerAddress;
            var c = counters.GetOrAdd(keys[i], _ => new Counter());
            lock (c)
            {
                if (now - c.LastFailure > Forget)
                {
                    c.Failures = 0;
                }

                c.Failures++;
                c.LastFailure = now;
                if (c.Failures > free)
                {
                    var doublings = Math.Min(c.Failures - free, 20);
                    var wait = TimeSpan.FromSeconds(Math.Pow(2, doublings));
                    c.BlockedUntil = now + (wait > MaxWait ? MaxWait : wait);
                }
            }
        }
    }

    /// <summary>A successful login clears the account's counter for that address (not the address's own counter).</summary>
    public void Succeeded(string account, IPAddress? address) => counters.TryRemove(Keys(account, address)[0], out _);

    private static string[] Keys(string account, IPAddress? address)
    {
        var ip = address?.IsIPv4MappedToIPv6 == true ? address.MapToIPv4().ToString() : address?.ToString() ?? "unknown";
        return ["a|" + account.Trim().ToUpperInvariant() + "|" + ip, "i|" + ip];
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, c) in counters)
        {
            if (now - c.LastFailure > TimeSpan.FromMinutes(30) && c.BlockedUntil < now)
            {
                counters.TryRemove(key, out _);
            }
        }

        if (counters.Count >= MaxEntries)
        {
            // Flooded with fresh names: keep the address counters, which are what limits a flood.
            foreach (var key in counters.Keys.Where(k => k.StartsWith("a|", StringComparison.Ordinal)).Take(MaxEntries / 2))
            {
                counters.TryRemove(key, out _);
            }
        }
    }

    private sealed class Counter
    {
        public int Failures;
        public DateTimeOffset LastFailure;
        public DateTimeOffset BlockedUntil;
    }
}
