using CeasefireTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Data;

public class TrackerDbContext(DbContextOptions<TrackerDbContext> options) : DbContext(options)
{
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();
    public DbSet<ActorTitle> ActorTitles => Set<ActorTitle>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<Talks> Talks => Set<Talks>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<PrisonerExchange> PrisonerExchanges => Set<PrisonerExchange>();
    public DbSet<CeasefireProposal> CeasefireProposals => Set<CeasefireProposal>();
    public DbSet<EventParticipant> EventParticipants => Set<EventParticipant>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<EventLink> EventLinks => Set<EventLink>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // unaccent and pg_trgm are trusted extensions: the database owner may create them without being superuser.
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasDbFunction(typeof(EventSearch).GetMethod(nameof(EventSearch.Unaccent))!);
        modelBuilder.HasDbFunction(typeof(EventSearch).GetMethod(nameof(EventSearch.Lower))!);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in psql and in dumps, and safe to reorder in C#.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
