using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReviewQueueAndListPagingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Evaluations_MaxSeverity_FindingCount_Id",
                table: "Evaluations");

            migrationBuilder.DropIndex(
                name: "IX_Evaluations_Year_Title",
                table: "Evaluations");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_ReviewQueue",
                table: "Evaluations",
                columns: new[] { "MaxSeverity", "FindingCount", "Id" },
                descending: new[] { true, true, false },
                filter: "\"State\" IN ('Submitted', 'InReview', 'Resubmitted')");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_Year_Title_Id",
                table: "Evaluations",
                columns: new[] { "Year", "Title", "Id" },
                descending: new[] { true, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Evaluations_ReviewQueue",
                table: "Evaluations");

            migrationBuilder.DropIndex(
                name: "IX_Evaluations_Year_Title_Id",
                table: "Evaluations");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_MaxSeverity_FindingCount_Id",
                table: "Evaluations",
                columns: new[] { "MaxSeverity", "FindingCount", "Id" },
                descending: new[] { true, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_Year_Title",
                table: "Evaluations",
                columns: new[] { "Year", "Title" },
                descending: new[] { true, false });
        }
    }
}
