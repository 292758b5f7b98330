using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jixiao.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MonitoringRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MonitoringRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BureauId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Scope = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MinimumAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    KeyProjects = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    SettingsId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TaskCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringRounds_Bureaus_BureauId",
                        column: x => x.BureauId,
                        principalTable: "Bureaus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BureauId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    DeclarationId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UnitName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProjectCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FunctionClass = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    OverallLight = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OverallRank = table.Column<int>(type: "integer", nullable: false),
                    BudgetLight = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BudgetPercent = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ExecutionRate = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ExecutionBucket = table.Column<int>(type: "integer", nullable: true),
                    BudgetTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    SpentTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    RedCount = table.Column<int>(type: "integer", nullable: false),
                    YellowCount = table.Column<int>(type: "integer", nullable: false),
                    BlueCount = table.Column<int>(type: "integer", nullable: false),
                    FindingCount = table.Column<int>(type: "integer", nullable: false),
                    WorstIndicator = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    WorstIndex = table.Column<int>(type: "integer", nullable: true),
                    WorstPercent = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    WorstOrder = table.Column<int>(type: "integer", nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubmittedLate = table.Column<bool>(type: "boolean", nullable: false),
                    ReturnComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    FollowUp = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringTasks_Bureaus_BureauId",
                        column: x => x.BureauId,
                        principalTable: "Bureaus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonitoringTasks_GoalDeclarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "GoalDeclarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonitoringTasks_MonitoringRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MonitoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonitoringTasks_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringFollowUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BureauId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    TaskId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RectificationId = table.Column<int>(type: "integer", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringFollowUps_MonitoringTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "MonitoringTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringFollowUps_BureauId_Year_TaskId",
                table: "MonitoringFollowUps",
                columns: new[] { "BureauId", "Year", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringFollowUps_TaskId",
                table: "MonitoringFollowUps",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRounds_BureauId_Year_AsOf",
                table: "MonitoringRounds",
                columns: new[] { "BureauId", "Year", "AsOf" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringTasks_BureauId_Year_RoundId_DeclarationId",
                table: "MonitoringTasks",
                columns: new[] { "BureauId", "Year", "RoundId", "DeclarationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringTasks_BureauId_Year_UnitId_State",
                table: "MonitoringTasks",
                columns: new[] { "BureauId", "Year", "UnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringTasks_DeclarationId",
                table: "MonitoringTasks",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringTasks_Queue",
                table: "MonitoringTasks",
                columns: new[] { "BureauId", "Year", "RoundId", "OverallRank", "RedCount", "Id" },
                descending: new[] { false, false, false, true, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringTasks_RoundId",
                table: "MonitoringTasks",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringTasks_UnitId",
                table: "MonitoringTasks",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringTasks_Worst",
                table: "MonitoringTasks",
                columns: new[] { "BureauId", "Year", "RoundId", "WorstOrder" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonitoringFollowUps");

            migrationBuilder.DropTable(
                name: "MonitoringTasks");

            migrationBuilder.DropTable(
                name: "MonitoringRounds");
        }
    }
}
