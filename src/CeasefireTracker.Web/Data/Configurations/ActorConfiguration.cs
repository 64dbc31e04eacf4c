using CeasefireTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CeasefireTracker.Web.Data.Configurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(FieldLengths.Actor.Slug);
        builder.Property(a => a.Name).HasMaxLength(FieldLengths.Actor.Name);
        builder.Property(a => a.Description).HasMaxLength(FieldLengths.Actor.Description);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.Name);

        builder.HasOne(a => a.Affiliation).WithMany().HasForeignKey(a => a.AffiliationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Aliases).WithOne().HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Titles).WithOne().HasForeignKey(t => t.ActorId).OnDelete(DeleteBehavior.Cascade);

        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_actors_slug", Check.Slug("slug"));
            t.HasCheckConstraint("ck_actors_name", Check.NotBlank("name"));
            t.HasCheckConstraint("ck_actors_kind", Check.OneOf<ActorKind>("kind"));
            t.HasCheckConstraint("ck_actors_not_own_affiliation", "affiliation_id IS NULL OR affiliation_id <> id");
        });
    }
}

internal sealed class ActorAliasConfiguration : IEntityTypeConfiguration<ActorAlias>
{
    public void Configure(EntityTypeBuilder<ActorAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(FieldLengths.Actor.Alias);
        builder.Property(a => a.Language).HasMaxLength(FieldLengths.LanguageTag);
        builder.HasIndex(a => new { a.ActorId, a.Name }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("ck_actor_aliases_name", Check.NotBlank("name")));
    }
}

internal sealed class ActorTitleConfiguration : IEntityTypeConfiguration<ActorTitle>
{
    public void Configure(EntityTypeBuilder<ActorTitle> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(FieldLengths.Actor.Title);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_actor_titles_title", Check.NotBlank("title"));
            t.HasCheckConstraint("ck_actor_titles_dates", "\"from\" IS NULL OR \"to\" IS NULL OR \"from\" <= \"to\"");
        });
    }
}

internal sealed class ActorMergeConfiguration : IEntityTypeConfiguration<ActorMerge>
{
    public void Configure(EntityTypeBuilder<ActorMerge> builder)
    {
        builder.Property(m => m.MergedSlug).HasMaxLength(FieldLengths.Actor.Slug);
        builder.Property(m => m.MergedName).HasMaxLength(FieldLengths.Actor.Name);
        builder.Property(m => m.MergedById).HasMaxLength(FieldLengths.UserId);
        builder.Property(m => m.MergedByName).HasMaxLength(FieldLengths.PersonName);
        // One redirect per old address; a later merge of the survivor moves these rows on (they reference actors).
        builder.HasIndex(m => m.MergedSlug).IsUnique();
        builder.HasOne<Actor>().WithMany().HasForeignKey(m => m.SurvivorId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable("actor_merges", t => t.HasCheckConstraint("ck_actor_merges_slug", Check.Slug("merged_slug")));
    }
}
