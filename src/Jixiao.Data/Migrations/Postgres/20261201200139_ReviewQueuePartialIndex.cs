using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReviewQueuePartialIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Evaluations_MaxSeverity_FindingCount_Id",
                table: "Evaluations");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_ReviewQueue",
                table: "Evaluations",
                columns: new[] { "MaxSeverity", "FindingCount", "Id" },
                descending: new[] { true, true, false },
                filter: "\"State\" IN ('Submitted', 'InReview', 'Resubmitted')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Evaluations_ReviewQueue",
                table: "Evaluations");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_MaxSeverity_FindingCount_Id",
                table: "Evaluations",
                columns: new[] { "MaxSeverity", "FindingCount", "Id" },
                descending: new[] { true, true, false });
        }
    }
}
