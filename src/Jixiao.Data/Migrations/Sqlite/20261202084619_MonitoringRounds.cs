using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BureauId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MinimumAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    KeyProjects = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    SettingsId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TaskCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BureauId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclarationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProjectCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FunctionClass = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    OverallLight = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OverallRank = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetLight = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BudgetPercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ExecutionRate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ExecutionBucket = table.Column<int>(type: "INTEGER", nullable: true),
                    BudgetTotal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    SpentTotal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    RedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    YellowCount = table.Column<int>(type: "INTEGER", nullable: false),
                    BlueCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FindingCount = table.Column<int>(type: "INTEGER", nullable: false),
                    WorstIndicator = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    WorstIndex = table.Column<int>(type: "INTEGER", nullable: true),
                    WorstPercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    WorstOrder = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubmittedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReturnComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BureauId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    TaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RectificationId = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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
