using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Data;

/// <summary>Which database: <c>sqlite:PATH</c> or <c>postgres:CONNECTION</c>.</summary>
public sealed record DatabaseSpec(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseSpec DefaultSqlite(string directory) =>
        new(DatabaseProvider.Sqlite, "Data Source=" + Path.Combine(directory, "jixiao.db"));

    /// <summary>Parses <c>sqlite:PATH</c> or <c>postgres:CONNECTION</c>; null with a Chinese message otherwise.</summary>
    public static DatabaseSpec? TryParse(string text, out string? error)
    {
        error = null;
        if (text.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = text["sqlite:".Length..];
            if (path.Length > 0)
            {
                return new(DatabaseProvider.Sqlite, path.Contains('=', StringComparison.Ordinal) ? path : "Data Source=" + path);
            }
        }
        else if (text.StartsWith("postgres:", StringComparison.OrdinalIgnoreCase))
        {
            var conn = text["postgres:".Length..];
            if (conn.Length > 0)
            {
                return new(DatabaseProvider.Postgres, conn);
            }
        }

        error = $"--db 的值“{text}”无效：应为 sqlite:文件路径 或 postgres:连接字符串（例如 postgres:Host=127.0.0.1;Username=postgres;Password=…;Database=jixiao）。";
        return null;
    }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseRegistration
{
    /// <summary>Registers <see cref="JixiaoDbContext"/> backed by the provider's subclass (and its migrations), pooled: contexts are reset and reused across requests.</summary>
    public static IServiceCollection AddJixiaoDatabase(this IServiceCollection services, DatabaseSpec spec)
    {
        switch (spec.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextPool<JixiaoDbContext, SqliteJixiaoDbContext>(o => o.UseSqlite(spec.ConnectionString));
                break;
            case DatabaseProvider.Postgres:
                var connection = WithPostgresDefaults(spec.ConnectionString);
                services.AddDbContextPool<JixiaoDbContext, PostgresJixiaoDbContext>(o => o.UseNpgsql(connection));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Provider, null);
        }

        return services;
    }

    /// <summary>
    /// The web application's PostgreSQL settings where the connection string does not give its own: pooled connections
    /// are handed on without a <c>DISCARD ALL</c> round trip (the application sets no session state), and statements
    /// run often are prepared once per connection instead of planned on every request.
    /// </summary>
    public static string WithPostgresDefaults(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var keys = given.Keys.Cast<string>().Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!keys.Contains("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!keys.Contains("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }

    /// <summary>A context outside DI (CLI, tests).</summary>
    public static JixiaoDbContext Create(DatabaseSpec spec) => spec.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteJixiaoDbContext(new DbContextOptionsBuilder<SqliteJixiaoDbContext>().UseSqlite(spec.ConnectionString).Options),
        DatabaseProvider.Postgres => new PostgresJixiaoDbContext(new DbContextOptionsBuilder<PostgresJixiaoDbContext>().UseNpgsql(spec.ConnectionString).Options),
    };
}

/// <summary>For <c>dotnet ef migrations add X --context SqliteJixiaoDbContext --output-dir Migrations/Sqlite</c>.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteJixiaoDbContext>
{
    public SqliteJixiaoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteJixiaoDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>For <c>dotnet ef migrations add X --context PostgresJixiaoDbContext --output-dir Migrations/Postgres</c>.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresJixiaoDbContext>
{
    public PostgresJixiaoDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresJixiaoDbContext>().UseNpgsql("Host=127.0.0.1;Database=jixiao_design;Username=postgres").Options);
}
