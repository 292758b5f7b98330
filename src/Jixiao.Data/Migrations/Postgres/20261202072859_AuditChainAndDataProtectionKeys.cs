using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jixiao.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditChainAndDataProtectionKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditLog",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditLog",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditLog",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            // Rows written before the chain: their position, in the order they were written, without gaps.
            migrationBuilder.Sql("""
                UPDATE "AuditLog" AS a SET "Sequence" = r.n
                FROM (SELECT "Id", row_number() OVER (ORDER BY "Id") AS n FROM "AuditLog") AS r
                WHERE a."Id" = r."Id";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Sequence",
                table: "AuditLog",
                column: "Sequence",
                unique: true);

            // Append-only in the database itself: UPDATE, DELETE and TRUNCATE of the audit log fail for every role
            // (the application's included); only a table owner or superuser who disables the trigger can change rows,
            // and the hash chain shows it (jixiao audit-log verify).
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION jixiao_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '审计日志只能追加，不能修改或删除（%）', TG_OP USING ERRCODE = 'insufficient_privilege';
                END
                $$;
                CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION jixiao_audit_log_append_only();
                CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "AuditLog" FOR EACH STATEMENT EXECUTE FUNCTION jixiao_audit_log_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_log_no_truncate ON "AuditLog";
                DROP TRIGGER IF EXISTS audit_log_append_only ON "AuditLog";
                DROP FUNCTION IF EXISTS jixiao_audit_log_append_only();
                """);

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropIndex(
                name: "IX_AuditLog_Sequence",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "AuditLog");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AuditLog");
        }
    }
}
