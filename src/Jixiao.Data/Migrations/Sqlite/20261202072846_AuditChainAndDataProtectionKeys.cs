using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "AuditLog",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditLog",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            // Rows written before the chain: their position, in the order they were written, without gaps.
            migrationBuilder.Sql("""UPDATE "AuditLog" SET "Sequence" = (SELECT COUNT(*) FROM "AuditLog" AS b WHERE b."Id" <= "AuditLog"."Id");""");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Sequence",
                table: "AuditLog",
                column: "Sequence",
                unique: true);

            // Append-only in the database itself: UPDATE and DELETE of the audit log fail; the hash chain shows a row
            // changed by someone who dropped the triggers (jixiao audit-log verify). A later migration that rebuilds this
            // table must create them again.
            migrationBuilder.Sql("""CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON "AuditLog" BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能修改或删除（UPDATE）'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON "AuditLog" BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能修改或删除（DELETE）'); END;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS audit_log_no_update;""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS audit_log_no_delete;""");

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
