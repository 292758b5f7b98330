using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SupersedingVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CorrectionReason",
                table: "Evaluations",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "Evaluations",
                type: "integer",
                nullable: false,
                defaultValue: 1); // every evaluation before corrections existed is an original (第 1 版)

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SupersededAt",
                table: "Evaluations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SupersedesId",
                table: "Evaluations",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_SupersedesId",
                table: "Evaluations",
                column: "SupersedesId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Evaluations_Evaluations_SupersedesId",
                table: "Evaluations",
                column: "SupersedesId",
                principalTable: "Evaluations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Evaluations_Evaluations_SupersedesId",
                table: "Evaluations");

            migrationBuilder.DropIndex(
                name: "IX_Evaluations_SupersedesId",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "CorrectionReason",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "SupersededAt",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "SupersedesId",
                table: "Evaluations");
        }
    }
}
