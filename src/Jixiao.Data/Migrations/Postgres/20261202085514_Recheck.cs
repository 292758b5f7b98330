using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jixiao.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Recheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RecheckReasons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BureauId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DeductPercent = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecheckReasons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecheckReasons_Bureaus_BureauId",
                        column: x => x.BureauId,
                        principalTable: "Bureaus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecheckSamples",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BureauId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<long>(type: "bigint", nullable: false),
                    RatioPercent = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    AmountBands = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FlagPoints = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Criteria = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Candidates = table.Column<int>(type: "integer", nullable: false),
                    DrawnBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecheckSamples", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecheckSamples_Bureaus_BureauId",
                        column: x => x.BureauId,
                        principalTable: "Bureaus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecheckRows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BureauId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SampleId = table.Column<int>(type: "integer", nullable: false),
                    EvaluationId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecheckActual = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    RecheckScore = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    ReasonCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    By = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecheckRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecheckRows_RecheckSamples_SampleId",
                        column: x => x.SampleId,
                        principalTable: "RecheckSamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecheckSampleItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BureauId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SampleId = table.Column<int>(type: "integer", nullable: false),
                    EvaluationId = table.Column<int>(type: "integer", nullable: false),
                    Stratum = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecheckSampleItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecheckSampleItems_Evaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "Evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecheckSampleItems_RecheckSamples_SampleId",
                        column: x => x.SampleId,
                        principalTable: "RecheckSamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RecheckReasons_BureauId_Code",
                table: "RecheckReasons",
                columns: new[] { "BureauId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecheckRows_BureauId_Year_SampleId_EvaluationId_IndicatorCo~",
                table: "RecheckRows",
                columns: new[] { "BureauId", "Year", "SampleId", "EvaluationId", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecheckRows_SampleId",
                table: "RecheckRows",
                column: "SampleId");

            migrationBuilder.CreateIndex(
                name: "IX_RecheckSampleItems_BureauId_Year_SampleId_EvaluationId",
                table: "RecheckSampleItems",
                columns: new[] { "BureauId", "Year", "SampleId", "EvaluationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecheckSampleItems_EvaluationId",
                table: "RecheckSampleItems",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecheckSampleItems_SampleId",
                table: "RecheckSampleItems",
                column: "SampleId");

            migrationBuilder.CreateIndex(
                name: "IX_RecheckSamples_BureauId_Year",
                table: "RecheckSamples",
                columns: new[] { "BureauId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecheckReasons");

            migrationBuilder.DropTable(
                name: "RecheckRows");

            migrationBuilder.DropTable(
                name: "RecheckSampleItems");

            migrationBuilder.DropTable(
                name: "RecheckSamples");
        }
    }
}
