using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jixiao.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GoalsAndIndicatorLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GoalChecklists",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BureauId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Yaml = table.Column<string>(type: "text", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalChecklists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GoalDeclarations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BureauId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FrameworkId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Cycle = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    PreviousId = table.Column<int>(type: "integer", nullable: true),
                    AdjustmentReason = table.Column<string>(type: "text", nullable: true),
                    ChecklistId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Conclusion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ReviewComment = table.Column<string>(type: "text", nullable: true),
                    MaxSeverity = table.Column<int>(type: "integer", nullable: false),
                    FindingCount = table.Column<int>(type: "integer", nullable: false),
                    EvaluationId = table.Column<int>(type: "integer", nullable: true),
                    ApprovedContentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalDeclarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalDeclarations_Bureaus_BureauId",
                        column: x => x.BureauId,
                        principalTable: "Bureaus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoalDeclarations_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LibraryEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Level1 = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Level2 = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    FunctionClass = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FunctionSection = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FundUse = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ValueType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Operator = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Unit = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Explanation = table.Column<string>(type: "text", nullable: true),
                    Standards = table.Column<string>(type: "text", nullable: true),
                    Formula = table.Column<string>(type: "text", nullable: true),
                    ScoringFormula = table.Column<string>(type: "text", nullable: true),
                    Keywords = table.Column<string>(type: "text", nullable: true),
                    SourceKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Citations = table.Column<string>(type: "text", nullable: false),
                    GramCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GoalReviewOpinions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BureauId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    DeclarationId = table.Column<int>(type: "integer", nullable: false),
                    Cycle = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Rating = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Opinion = table.Column<string>(type: "text", nullable: true),
                    Reviewer = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalReviewOpinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalReviewOpinions_GoalDeclarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "GoalDeclarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BureauId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    UnitName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DeclarationId = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Path = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntryId = table.Column<int>(type: "integer", nullable: true),
                    NameKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Level1 = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Level2 = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Operator = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    TargetText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Unit = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    EvaluationId = table.Column<int>(type: "integer", nullable: true),
                    Actual = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    ActualText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorHistory_GoalDeclarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "GoalDeclarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibraryGrams",
                columns: table => new
                {
                    Gram = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    EntryId = table.Column<int>(type: "integer", nullable: false),
                    Tf = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryGrams", x => new { x.Gram, x.EntryId });
                    table.ForeignKey(
                        name: "FK_LibraryGrams_LibraryEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "LibraryEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GoalChecklists_BureauId_Year",
                table: "GoalChecklists",
                columns: new[] { "BureauId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GoalDeclarations_BureauId_Year_State_MaxSeverity",
                table: "GoalDeclarations",
                columns: new[] { "BureauId", "Year", "State", "MaxSeverity" });

            migrationBuilder.CreateIndex(
                name: "IX_GoalDeclarations_BureauId_Year_UnitId",
                table: "GoalDeclarations",
                columns: new[] { "BureauId", "Year", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_GoalDeclarations_UnitId",
                table: "GoalDeclarations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalReviewOpinions_BureauId_Year_DeclarationId_Cycle_Round",
                table: "GoalReviewOpinions",
                columns: new[] { "BureauId", "Year", "DeclarationId", "Cycle", "Round" });

            migrationBuilder.CreateIndex(
                name: "IX_GoalReviewOpinions_DeclarationId",
                table: "GoalReviewOpinions",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorHistory_BureauId_Year_UnitId",
                table: "IndicatorHistory",
                columns: new[] { "BureauId", "Year", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorHistory_DeclarationId",
                table: "IndicatorHistory",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorHistory_NameKey_BureauId_Year",
                table: "IndicatorHistory",
                columns: new[] { "NameKey", "BureauId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryEntries_FunctionClass_FunctionSection",
                table: "LibraryEntries",
                columns: new[] { "FunctionClass", "FunctionSection" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryEntries_NameKey_Level1",
                table: "LibraryEntries",
                columns: new[] { "NameKey", "Level1" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryGrams_EntryId",
                table: "LibraryGrams",
                column: "EntryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GoalChecklists");

            migrationBuilder.DropTable(
                name: "GoalReviewOpinions");

            migrationBuilder.DropTable(
                name: "IndicatorHistory");

            migrationBuilder.DropTable(
                name: "LibraryGrams");

            migrationBuilder.DropTable(
                name: "GoalDeclarations");

            migrationBuilder.DropTable(
                name: "LibraryEntries");
        }
    }
}
