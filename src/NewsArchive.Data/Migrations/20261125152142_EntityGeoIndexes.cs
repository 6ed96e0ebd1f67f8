using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsArchive.Data.Migrations
{
    /// <inheritdoc />
    public partial class EntityGeoIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Entities_CountryCode",
                table: "Entities",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Entities_GeoNameId",
                table: "Entities",
                column: "GeoNameId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Entities_CountryCode",
                table: "Entities");

            migrationBuilder.DropIndex(
                name: "IX_Entities_GeoNameId",
                table: "Entities");
        }
    }
}
