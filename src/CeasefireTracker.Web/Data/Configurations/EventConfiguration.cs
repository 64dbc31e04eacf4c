using CeasefireTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace CeasefireTracker.Web.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{

    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasDiscriminator(e => e.Kind)
            .HasValue<Talks>(EventKind.Talks)
            .HasValue<Statement>(EventKind.Statement)
            .HasValue<Claim>(EventKind.Claim)
            .HasValue<PrisonerExchange>(EventKind.PrisonerExchange)
            .HasValue<CeasefireProposal>(EventKind.CeasefireProposal);

        builder.Property(e => e.Slug).HasMaxLength(FieldLengths.Event.Slug);
        builder.Property(e => e.Title).HasMaxLength(FieldLengths.Event.Title);
        builder.Property(e => e.Summary).HasMaxLength(FieldLengths.Event.Summary);
        builder.Property(e => e.Place).HasMaxLength(FieldLengths.Event.Place);
        builder.Property(e => e.TimeZone).HasMaxLength(FieldLengths.Event.TimeZone);
        builder.Property(e => e.CreatedBy).HasMaxLength(FieldLengths.PersonName);
        builder.Property(e => e.UpdatedBy).HasMaxLength(FieldLengths.PersonName);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Version).IsRowVersion();

        // The timeline reads published events newest first and pages by (occurred_on, id): these partial
        // indexes serve that order directly, with and without a kind filter.
        builder.HasIndex(e => new { e.OccurredOn, e.Id })
            .IsDescending(true, true)
            .HasFilter("status = 'Published'")
            .HasDatabaseName("ix_events_published_timeline");
        builder.HasIndex(e => new { e.Kind, e.OccurredOn, e.Id })
            .IsDescending(false, true, true)
            .HasFilter("status = 'Published'")
            .HasDatabaseName("ix_events_published_kind_timeline");

        // No parallel workers on the tables every page reads: a page needs its first 50 rows in milliseconds, and
        // starting workers for a LIMIT query costs more than it saves; on a small server busy with many readers
        // the cores are better spent on other requests. Ordered index scans then stop as soon as a page is full.
        builder.HasStorageParameter("parallel_workers", 0);

        // Full-text search over title, summary, claim and quote, kept by PostgreSQL itself so no writer can forget it.
        builder.Property<NpgsqlTsVector>(EventSearch.VectorProperty)
            .HasComputedColumnSql(EventSearch.VectorSql, stored: true);
        builder.HasIndex(EventSearch.VectorProperty)
            .HasMethod("gin")
            .HasFilter("status = 'Published'")
            .HasDatabaseName("ix_events_published_search");

        builder.HasMany(e => e.Participants).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Sources).WithOne().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.LinksFrom).WithOne(l => l.FromEvent).HasForeignKey(l => l.FromEventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.LinksTo).WithOne(l => l.ToEvent).HasForeignKey(l => l.ToEventId).OnDelete(DeleteBehavior.Cascade);

        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_events_slug", Check.Slug("slug"));
            t.HasCheckConstraint("ck_events_title", Check.NotBlank("title"));
            t.HasCheckConstraint("ck_events_kind", Check.OneOf<EventKind>("kind"));
            t.HasCheckConstraint("ck_events_status", Check.OneOf<EventStatus>("status"));
            t.HasCheckConstraint("ck_events_date_precision", Check.OneOf<DatePrecision>("date_precision"));
            t.HasCheckConstraint("ck_events_updated_after_created", "updated_at >= created_at");
            // The window: an end is never before its start, an end date has its precision, hours have their zone.
            t.HasCheckConstraint("ck_events_end_precision", $"end_precision IS NULL OR {Check.OneOf<DatePrecision>("end_precision")}");
            t.HasCheckConstraint("ck_events_end_has_precision", "(ends_on IS NULL) = (end_precision IS NULL)");
            t.HasCheckConstraint("ck_events_ends_on_after_start", "ends_on IS NULL OR ends_on >= occurred_on");
            t.HasCheckConstraint("ck_events_ends_at_after_start", "ends_at IS NULL OR starts_at IS NULL OR ends_at >= starts_at");
            t.HasCheckConstraint("ck_events_end_time_has_date", "ends_at IS NULL OR ends_on IS NOT NULL");
            t.HasCheckConstraint("ck_events_times_have_zone", "(starts_at IS NULL AND ends_at IS NULL) OR time_zone IS NOT NULL");
            // A published event must say what happened: readers see the summary on every timeline row.
            t.HasCheckConstraint("ck_events_published_has_summary",
                $"status <> 'Published' OR (summary IS NOT NULL AND {Check.NotBlank("summary")})");
        });
    }
}

internal sealed class EventParticipantConfiguration : IEntityTypeConfiguration<EventParticipant>
{
    public void Configure(EntityTypeBuilder<EventParticipant> builder)
    {
        builder.HasKey(p => new { p.EventId, p.ActorId, p.Role });
        // "Everything Witkoff did": from the actor to their events.
        builder.HasIndex(p => new { p.ActorId, p.EventId });
        builder.HasIndex(p => p.RepresentsId);
        builder.HasStorageParameter("parallel_workers", 0);
        builder.HasOne(p => p.Actor).WithMany().HasForeignKey(p => p.ActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Represents).WithMany().HasForeignKey(p => p.RepresentsId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_event_participants_role", Check.OneOf<ParticipantRole>("role"));
            t.HasCheckConstraint("ck_event_participants_represents_other", "represents_id IS NULL OR represents_id <> actor_id");
        });
    }
}

internal sealed class EventInvolvementConfiguration : IEntityTypeConfiguration<EventInvolvement>
{
    public void Configure(EntityTypeBuilder<EventInvolvement> builder)
    {
        builder.HasKey(i => new { i.EventId, i.ActorId });
        builder.HasOne<Event>().WithMany(e => e.Involvements).HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Cascade);
        // Derived rows go with their actor; a merge has moved what they were derived from before it deletes one.
        builder.HasOne(i => i.Actor).WithMany().HasForeignKey(i => i.ActorId).OnDelete(DeleteBehavior.Cascade);

        // The first page of one actor is an index-only range scan of about a page of entries, however many events the
        // actor took part in; the kind is included so a kind filter is tested without the table.
        builder.HasIndex(i => new { i.ActorId, i.EventOccurredOn, i.EventId })
            .IsDescending(false, true, true)
            .IncludeProperties(i => i.EventKind)
            .HasFilter("event_status = 'Published'")
            .HasDatabaseName("ix_event_involvements_published_timeline");
        // An actor's statements and claims, newest first: a page of them is a range of one of these, however few of the
        // actor's events they are (a walk of all their events, or of all statements, would grow with the record).
        builder.HasIndex(i => new { i.ActorId, i.EventOccurredOn, i.EventId }, "ix_event_involvements_published_statements")
            .IsDescending(false, true, true)
            .HasDatabaseName("ix_event_involvements_published_statements")
            .HasFilter("event_status = 'Published' AND event_kind = 'Statement' AND spoke");
        builder.HasIndex(i => new { i.ActorId, i.EventOccurredOn, i.EventId }, "ix_event_involvements_published_claims")
            .IsDescending(false, true, true)
            .HasDatabaseName("ix_event_involvements_published_claims")
            .HasFilter("event_status = 'Published' AND event_kind = 'Claim' AND (claimed OR took_position)");
        builder.HasStorageParameter("parallel_workers", 0);
        builder.ToTable("event_involvements", t =>
        {
            t.HasCheckConstraint("ck_event_involvements_kind", Check.OneOf<EventKind>("event_kind"));
            t.HasCheckConstraint("ck_event_involvements_status", Check.OneOf<EventStatus>("event_status"));
            t.HasCheckConstraint("ck_event_involvements_role", $"participant_role IS NULL OR {Check.OneOf<ParticipantRole>("participant_role")}");
        });
    }
}

internal sealed class TalksMeetingConfiguration : IEntityTypeConfiguration<TalksMeeting>
{
    public void Configure(EntityTypeBuilder<TalksMeeting> builder)
    {
        builder.HasNoKey();
        builder.ToView("talks_meetings");
    }
}

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.Property(s => s.Publisher).HasMaxLength(FieldLengths.Source.Publisher);
        builder.Property(s => s.Url).HasMaxLength(FieldLengths.Source.Url);
        builder.Property(s => s.Excerpt).HasMaxLength(FieldLengths.Source.Excerpt);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_sources_publisher", Check.NotBlank("publisher"));
            t.HasCheckConstraint("ck_sources_url", Check.HttpUrl("url"));
        });
    }
}

internal sealed class EventLinkConfiguration : IEntityTypeConfiguration<EventLink>
{
    public void Configure(EntityTypeBuilder<EventLink> builder)
    {
        builder.HasKey(l => new { l.FromEventId, l.ToEventId });
        builder.HasIndex(l => l.ToEventId);
        builder.Property(l => l.Relation).HasMaxLength(FieldLengths.EventLink.Relation);
        builder.ToTable(t => t.HasCheckConstraint("ck_event_links_not_self", "from_event_id <> to_event_id"));
    }
}

internal sealed class EventRevisionConfiguration : IEntityTypeConfiguration<EventRevision>
{

    public void Configure(EntityTypeBuilder<EventRevision> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(r => r.UserName).HasMaxLength(FieldLengths.PersonName);
        builder.Property(r => r.Reason).HasMaxLength(FieldLengths.Event.RevisionReason);
        builder.Property(r => r.Snapshot).HasColumnType("jsonb");
        // Numbers count per event; the unique index also stops two saves from writing the same number.
        builder.HasIndex(r => new { r.EventId, r.Number }).IsUnique();
        // Revisions outlive nothing: events are archived, never deleted, and a revision belongs to its event.
        builder.HasOne(r => r.Event).WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_event_revisions_action", Check.OneOf<RevisionAction>("action"));
            t.HasCheckConstraint("ck_event_revisions_number", "number > 0");
        });
    }
}
