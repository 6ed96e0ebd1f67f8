using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data.Archive;

public sealed class ArchiveDb(DbContextOptions<ArchiveDb> options) : DbContext(options)
{
    public DbSet<RawPage> RawPages => Set<RawPage>();
    public DbSet<RawPageContent> RawPageContents => Set<RawPageContent>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleAuthor> ArticleAuthors => Set<ArticleAuthor>();
    public DbSet<Caption> Captions => Set<Caption>();
    public DbSet<Entity> Entities => Set<Entity>();
    public DbSet<EntityAlias> EntityAliases => Set<EntityAlias>();
    public DbSet<ArticleEntity> ArticleEntities => Set<ArticleEntity>();
    public DbSet<User> Users => Set<User>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportItem> ImportItems => Set<ImportItem>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<RawPage>(e =>
        {
            e.HasIndex(x => x.Sha256).IsUnique();
            e.HasIndex(x => x.Status);
            e.Property(x => x.Status).HasConversion<int>();
            e.HasOne(x => x.Content).WithOne().HasForeignKey<RawPageContent>(x => x.RawPageId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<RawPageContent>().HasKey(x => x.RawPageId);

        b.Entity<Article>(e =>
        {
            e.HasOne(x => x.RawPage).WithOne(x => x.Article).HasForeignKey<Article>(x => x.RawPageId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.RawPageId).IsUnique();
            // Browse: newest first, hiding duplicates; filters by site.
            e.HasIndex(x => new { x.DuplicateOfId, x.PublishedSort });
            e.HasIndex(x => new { x.Site, x.PublishedSort });
            e.HasIndex(x => x.ContentHash);
            e.HasMany(x => x.Authors).WithOne().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Captions).WithOne().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Entities).WithOne().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ArticleAuthor>(e =>
        {
            e.HasKey(x => new { x.ArticleId, x.Position });
            // Author filters come from links and typed names: "jane doe" finds "Jane Doe".
            e.Property(x => x.Name).UseCollation("NOCASE");
            e.HasIndex(x => x.Name);
        });
        b.Entity<Caption>().HasKey(x => new { x.ArticleId, x.Position });

        b.Entity<Entity>(e =>
        {
            e.Property(x => x.Kind).HasConversion<int>();
            e.HasIndex(x => new { x.Kind, x.Key }).IsUnique();
            e.HasIndex(x => new { x.Kind, x.ArticleCount });
            e.HasIndex(x => x.GeoNameId);
            e.HasIndex(x => x.CountryCode);
            e.HasMany(x => x.Aliases).WithOne().HasForeignKey(x => x.EntityId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<EntityAlias>(e =>
        {
            e.HasKey(x => new { x.EntityId, x.Key });
            e.HasIndex(x => x.Key);
        });
        b.Entity<ArticleEntity>(e =>
        {
            e.HasKey(x => new { x.ArticleId, x.EntityId });
            e.HasIndex(x => x.EntityId);
            e.HasOne(x => x.Entity).WithMany().HasForeignKey(x => x.EntityId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<User>(e =>
        {
            e.Property(x => x.UserName).UseCollation("NOCASE");
            e.HasIndex(x => x.UserName).IsUnique();
        });

        b.Entity<ImportBatch>(e => e.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Cascade));
        b.Entity<ImportItem>(e => e.Property(x => x.Outcome).HasConversion<int>());
    }
}
