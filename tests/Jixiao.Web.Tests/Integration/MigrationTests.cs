using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Integration;

public class MigrationTests
{
    [Fact]
    public void SqliteMigrations_CurrentModel_HasNoPendingChanges()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQLite migration: run dotnet ef migrations add … --context SqliteJixiaoDbContext --output-dir Migrations/Sqlite.");
    }

    [Fact]
    public void PostgresMigrations_CurrentModel_HasNoPendingChanges()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration: run dotnet ef migrations add … --context PostgresJixiaoDbContext --output-dir Migrations/Postgres.");
    }

    [Fact]
    public async Task PostgresMigrations_AppliedToFreshDatabase_LeaveNothingPending()
    {
        await using var app = new PostgresApp();
        await app.InitializeAsync();
        try
        {
            var applied = await app.WithDbAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
            var pending = await app.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());

            Assert.NotEmpty(applied);
            Assert.Empty(pending);
            Assert.IsType<PostgresJixiaoDbContext>(await app.WithDbAsync(db => Task.FromResult<object>(db)));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
