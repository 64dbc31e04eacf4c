using CeasefireTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CeasefireTracker.Web.Data.Configurations;

// The kinds share the events table, so their columns are nullable there; the CHECK constraints put back
// "required" for the rows of each kind.

internal sealed class TalksConfiguration : IEntityTypeConfiguration<Talks>
{
    public void Configure(EntityTypeBuilder<Talks> builder)
    {
        builder.Property(t => t.Format).HasColumnName("talks_format");
        builder.Property(t => t.Round).HasMaxLength(FieldLengths.Talks.Round);
        builder.Property(t => t.Outcome).HasMaxLength(FieldLengths.Talks.Outcome);
        builder.HasOne(t => t.Track).WithMany().HasForeignKey(t => t.TrackId).OnDelete(DeleteBehavior.Restrict);
        // A track's rounds in order, for its page.
        builder.HasIndex(t => new { t.TrackId, t.RoundNumber }).HasFilter("track_id IS NOT NULL");
        // A page of /tracks counts each track's published rounds and their first and last day from this index alone,
        // instead of a heap page per round (at a million events, 300 buffers for a page of 50 tracks, not 24,000).
        builder.HasIndex(t => t.TrackId)
            .IncludeProperties(t => new { t.Kind, t.OccurredOn, t.EndsOn })
            .HasFilter("status = 'Published' AND track_id IS NOT NULL")
            .HasDatabaseName("ix_events_published_track");
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_events_talks_format", $"talks_format IS NULL OR {Check.OneOf<TalksFormat>("talks_format")}");
            t.HasCheckConstraint("ck_events_talks_format_required", "kind <> 'Talks' OR talks_format IS NOT NULL");
            t.HasCheckConstraint("ck_events_duration_minutes", Check.Positive("duration_minutes"));
            t.HasCheckConstraint("ck_events_duration_qualifier", $"duration_qualifier IS NULL OR {Check.OneOf<DurationQualifier>("duration_qualifier")}");
            t.HasCheckConstraint("ck_events_round_number", "round_number IS NULL OR (round_number > 0 AND track_id IS NOT NULL)");
        });
    }
}

internal sealed class NegotiationTrackConfiguration : IEntityTypeConfiguration<NegotiationTrack>
{
    public void Configure(EntityTypeBuilder<NegotiationTrack> builder)
    {
        builder.Property(t => t.Slug).HasMaxLength(FieldLengths.Track.Slug);
        builder.Property(t => t.Name).HasMaxLength(FieldLengths.Track.Name);
        builder.Property(t => t.Description).HasMaxLength(FieldLengths.Track.Description);
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.HasIndex(t => t.Name).IsUnique();
        builder.ToTable("negotiation_tracks", t =>
        {
            t.HasCheckConstraint("ck_negotiation_tracks_slug", Check.Slug("slug"));
            t.HasCheckConstraint("ck_negotiation_tracks_name", Check.NotBlank("name"));
        });
    }
}

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.Property(s => s.Quote).HasMaxLength(FieldLengths.Statement.Quote);
        builder.Property(s => s.Platform).HasMaxLength(FieldLengths.Statement.Platform);
        builder.Property(s => s.Language).HasMaxLength(FieldLengths.LanguageTag);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_events_statement_quote", Check.RequiredForKind("Statement", "quote"));
            t.HasCheckConstraint("ck_events_statement_language", Check.RequiredForKind("Statement", "language"));
        });
    }
}

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.Property(c => c.ClaimText).HasMaxLength(FieldLengths.Claim.Text);
        builder.Property(c => c.Verdict).HasColumnName("claim_verdict");
        builder.HasIndex(c => c.Verdict);
        builder.HasMany(c => c.Positions).WithOne().HasForeignKey(p => p.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.VerdictHistory).WithOne().HasForeignKey(v => v.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_events_claim_text", Check.RequiredForKind("Claim", "claim_text"));
            t.HasCheckConstraint("ck_events_claim_verdict", $"kind <> 'Claim' OR (claim_verdict IS NOT NULL AND {Check.OneOf<ClaimVerdict>("claim_verdict")})");
        });
    }
}

internal sealed class ClaimPositionConfiguration : IEntityTypeConfiguration<ClaimPosition>
{
    public void Configure(EntityTypeBuilder<ClaimPosition> builder)
    {
        builder.Property(p => p.Note).HasMaxLength(FieldLengths.Note);
        builder.HasOne(p => p.Actor).WithMany().HasForeignKey(p => p.ActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Source).WithMany().HasForeignKey(p => p.SourceId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => p.ActorId);
        builder.ToTable("claim_positions", t => t.HasCheckConstraint("ck_claim_positions_stance", Check.OneOf<ClaimStance>("stance")));
    }
}

internal sealed class ClaimVerdictChangeConfiguration : IEntityTypeConfiguration<ClaimVerdictChange>
{
    public void Configure(EntityTypeBuilder<ClaimVerdictChange> builder)
    {
        builder.ToTable("claim_verdict_changes", t =>
        {
            t.HasCheckConstraint("ck_claim_verdict_changes_verdict", Check.OneOf<ClaimVerdict>("verdict"));
            t.HasCheckConstraint("ck_claim_verdict_changes_reason", Check.NotBlank("reason"));
        });
        builder.Property(v => v.Reason).HasMaxLength(FieldLengths.Note);
        builder.Property(v => v.DecidedBy).HasMaxLength(FieldLengths.PersonName);
    }
}

internal sealed class PrisonerExchangeConfiguration : IEntityTypeConfiguration<PrisonerExchange>
{
    public void Configure(EntityTypeBuilder<PrisonerExchange> builder)
    {
        builder.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.ExchangeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Batches).WithOne().HasForeignKey(b => b.ExchangeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Reports).WithOne().HasForeignKey(r => r.ExchangeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Detainees).WithOne().HasForeignKey(d => d.ExchangeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExchangeLineConfiguration : IEntityTypeConfiguration<ExchangeLine>
{
    public void Configure(EntityTypeBuilder<ExchangeLine> builder)
    {
        builder.HasOne(l => l.FromActor).WithMany().HasForeignKey(l => l.FromActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.ToActor).WithMany().HasForeignKey(l => l.ToActorId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable("exchange_lines", t =>
        {
            t.HasCheckConstraint("ck_exchange_lines_count", Check.NotNegative("count"));
            t.HasCheckConstraint("ck_exchange_lines_sides", "from_actor_id <> to_actor_id");
            t.HasCheckConstraint("ck_exchange_lines_category", Check.OneOf<DetaineeCategory>("category"));
        });
    }
}

internal sealed class ExchangeBatchConfiguration : IEntityTypeConfiguration<ExchangeBatch>
{
    public void Configure(EntityTypeBuilder<ExchangeBatch> builder)
    {
        builder.Property(b => b.On).HasColumnName("released_on");
        builder.HasOne(b => b.FromActor).WithMany().HasForeignKey(b => b.FromActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.ToActor).WithMany().HasForeignKey(b => b.ToActorId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable("exchange_batches", t =>
        {
            t.HasCheckConstraint("ck_exchange_batches_count", Check.NotNegative("count"));
            t.HasCheckConstraint("ck_exchange_batches_sides", "from_actor_id <> to_actor_id");
            t.HasCheckConstraint("ck_exchange_batches_category", Check.OneOf<DetaineeCategory>("category"));
        });
    }
}

internal sealed class ExchangeReportConfiguration : IEntityTypeConfiguration<ExchangeReport>
{
    public void Configure(EntityTypeBuilder<ExchangeReport> builder)
    {
        builder.Property(r => r.Note).HasMaxLength(FieldLengths.Note);
        builder.HasOne(r => r.ReportedBy).WithMany().HasForeignKey(r => r.ReportedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.FromActor).WithMany().HasForeignKey(r => r.FromActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ToActor).WithMany().HasForeignKey(r => r.ToActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Source).WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.SetNull);
        builder.ToTable("exchange_reports", t =>
        {
            t.HasCheckConstraint("ck_exchange_reports_count", Check.NotNegative("count"));
            t.HasCheckConstraint("ck_exchange_reports_sides", "from_actor_id <> to_actor_id");
            t.HasCheckConstraint("ck_exchange_reports_category", $"category IS NULL OR {Check.OneOf<DetaineeCategory>("category")}");
        });
    }
}

internal sealed class ExchangedDetaineeConfiguration : IEntityTypeConfiguration<ExchangedDetainee>
{
    public void Configure(EntityTypeBuilder<ExchangedDetainee> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(FieldLengths.PersonName);
        builder.Property(d => d.Note).HasMaxLength(FieldLengths.Note);
        builder.HasOne(d => d.ReleasedBy).WithMany().HasForeignKey(d => d.ReleasedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.ReleasedTo).WithMany().HasForeignKey(d => d.ReleasedToId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable("exchanged_detainees", t =>
        {
            t.HasCheckConstraint("ck_exchanged_detainees_name", Check.NotBlank("name"));
            t.HasCheckConstraint("ck_exchanged_detainees_sides", "released_by_id <> released_to_id");
            t.HasCheckConstraint("ck_exchanged_detainees_category", Check.OneOf<DetaineeCategory>("category"));
        });
    }
}

internal sealed class CeasefireProposalConfiguration : IEntityTypeConfiguration<CeasefireProposal>
{
    public void Configure(EntityTypeBuilder<CeasefireProposal> builder)
    {
        builder.Property(c => c.Scope).HasColumnName("ceasefire_scope");
        builder.Property(c => c.Declaration).HasColumnName("ceasefire_declaration");
        builder.Property(c => c.Form).HasColumnName("ceasefire_form");
        builder.Property(c => c.Purpose).HasColumnName("ceasefire_purpose");
        builder.Property(c => c.EndedHow).HasColumnName("ceasefire_ended_how");
        builder.Property(c => c.EndedOn).HasColumnName("ceasefire_ended_on");
        builder.Property(c => c.CoverageDetail).HasMaxLength(FieldLengths.Proposal.CoverageDetail);
        builder.HasOne(c => c.Extends).WithMany().HasForeignKey(c => c.ExtendsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Responses).WithOne().HasForeignKey(r => r.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Violations).WithOne().HasForeignKey(v => v.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.StatusHistory).WithOne().HasForeignKey(s => s.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_events_ceasefire_scope", $"kind <> 'CeasefireProposal' OR (ceasefire_scope IS NOT NULL AND {Check.OneOf<CeasefireScope>("ceasefire_scope")})");
            t.HasCheckConstraint("ck_events_ceasefire_status", $"kind <> 'CeasefireProposal' OR (ceasefire_status IS NOT NULL AND {Check.OneOf<CeasefireStatus>("ceasefire_status")})");
            t.HasCheckConstraint("ck_events_ceasefire_declaration", $"ceasefire_declaration IS NULL OR {Check.OneOf<CeasefireDeclaration>("ceasefire_declaration")}");
            t.HasCheckConstraint("ck_events_ceasefire_form", $"ceasefire_form IS NULL OR {Check.OneOf<CeasefireForm>("ceasefire_form")}");
            t.HasCheckConstraint("ck_events_ceasefire_purpose", $"ceasefire_purpose IS NULL OR {Check.OneOf<CeasefirePurpose>("ceasefire_purpose")}");
            t.HasCheckConstraint("ck_events_ceasefire_ended_how", $"ceasefire_ended_how IS NULL OR {Check.OneOf<CeasefireEnding>("ceasefire_ended_how")}");
            t.HasCheckConstraint("ck_events_ceasefire_extends_other", "extends_id IS NULL OR extends_id <> id");
        });
    }
}

internal sealed class CeasefireResponseConfiguration : IEntityTypeConfiguration<CeasefireResponse>
{
    public void Configure(EntityTypeBuilder<CeasefireResponse> builder)
    {
        builder.Property(r => r.Conditions).HasMaxLength(FieldLengths.Note);
        builder.HasOne(r => r.Actor).WithMany().HasForeignKey(r => r.ActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Source).WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.CounterProposal).WithMany().HasForeignKey(r => r.CounterProposalId).OnDelete(DeleteBehavior.Restrict);
        // One current response per party and proposal; a changed response is an edit, kept by revisions.
        builder.HasIndex(r => new { r.ProposalId, r.ActorId }).IsUnique();
        builder.HasIndex(r => r.CounterProposalId);
        builder.ToTable("ceasefire_responses", t =>
        {
            t.HasCheckConstraint("ck_ceasefire_responses_response", Check.OneOf<ProposalResponse>("response"));
            t.HasCheckConstraint("ck_ceasefire_responses_counter_proposal",
                "counter_proposal_id IS NULL OR (response = 'CounterProposal' AND counter_proposal_id <> proposal_id)");
            t.HasCheckConstraint("ck_ceasefire_responses_conditions",
                "response <> 'AcceptedWithConditions' OR (conditions IS NOT NULL AND length(btrim(conditions)) > 0)");
        });
    }
}

internal sealed class CeasefireStatusChangeConfiguration : IEntityTypeConfiguration<CeasefireStatusChange>
{
    public void Configure(EntityTypeBuilder<CeasefireStatusChange> builder)
    {
        builder.Property(s => s.On).HasColumnName("changed_on");
        builder.Property(s => s.Note).HasMaxLength(FieldLengths.Note);
        builder.HasOne(s => s.Source).WithMany().HasForeignKey(s => s.SourceId).OnDelete(DeleteBehavior.SetNull);
        builder.ToTable("ceasefire_status_changes", t => t.HasCheckConstraint("ck_ceasefire_status_changes_status", Check.OneOf<CeasefireStatus>("status")));
    }
}

internal sealed class ViolationAllegationConfiguration : IEntityTypeConfiguration<ViolationAllegation>
{
    public void Configure(EntityTypeBuilder<ViolationAllegation> builder)
    {
        builder.Property(v => v.Description).HasMaxLength(FieldLengths.Proposal.Allegation);
        builder.HasOne(v => v.Accuser).WithMany().HasForeignKey(v => v.AccuserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.Accused).WithMany().HasForeignKey(v => v.AccusedId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.Source).WithMany().HasForeignKey(v => v.SourceId).OnDelete(DeleteBehavior.SetNull);
        builder.ToTable("violation_allegations", t =>
        {
            t.HasCheckConstraint("ck_violation_allegations_description", Check.NotBlank("description"));
            t.HasCheckConstraint("ck_violation_allegations_parties", "accuser_id <> accused_id");
        });
    }
}
