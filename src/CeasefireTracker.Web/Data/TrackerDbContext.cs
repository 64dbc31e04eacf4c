using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Data;

/// <summary>
/// The one context: tracker data, editors' accounts (ASP.NET Core Identity) and the data-protection keys that sign
/// cookies, so that every app instance on this database reads the same keys and accepts each other's sign-ins.
/// </summary>
public class TrackerDbContext(DbContextOptions<TrackerDbContext> options)
    : IdentityDbContext<TrackerUser>(options), IDataProtectionKeyContext
{
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();
    public DbSet<ActorTitle> ActorTitles => Set<ActorTitle>();
    public DbSet<ActorMerge> ActorMerges => Set<ActorMerge>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<Talks> Talks => Set<Talks>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<PrisonerExchange> PrisonerExchanges => Set<PrisonerExchange>();
    public DbSet<CeasefireProposal> CeasefireProposals => Set<CeasefireProposal>();
    public DbSet<EventParticipant> EventParticipants => Set<EventParticipant>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<EventLink> EventLinks => Set<EventLink>();
    public DbSet<EventRevision> EventRevisions => Set<EventRevision>();
    public DbSet<EventInvolvement> EventInvolvements => Set<EventInvolvement>();
    public DbSet<TalksMeeting> TalksMeetings => Set<TalksMeeting>();
    public DbSet<NegotiationTrack> NegotiationTracks => Set<NegotiationTrack>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // unaccent and pg_trgm are trusted extensions: the database owner may create them without being superuser.
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("unaccent");
        builder.HasPostgresExtension("pg_trgm");
        builder.HasDbFunction(typeof(EventSearch).GetMethod(nameof(EventSearch.Unaccent))!);
        builder.HasDbFunction(typeof(EventSearch).GetMethod(nameof(EventSearch.Lower))!);
        builder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in psql and in dumps, and safe to reorder in C#.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
