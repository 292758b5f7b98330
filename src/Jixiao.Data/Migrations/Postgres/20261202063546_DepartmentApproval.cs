using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DepartmentApproval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DepartmentComment",
                table: "Evaluations",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                table: "Evaluations",
                type: "timestamp with time zone",
                nullable: true);

            // Before the department step, everything past 草稿 had been sent to the bureau: the bureau keeps seeing it.
            migrationBuilder.Sql("UPDATE \"Evaluations\" SET \"SubmittedAt\" = \"UpdatedAt\" WHERE \"State\" <> 'Draft'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DepartmentComment",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "Evaluations");
        }
    }
}
