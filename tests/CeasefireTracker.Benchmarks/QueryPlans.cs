using System.Data.Common;
using System.Text;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Features.Timeline;
using CeasefireTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CeasefireTracker.Benchmarks;

/// <summary>
/// EXPLAIN (ANALYZE, BUFFERS) of the SQL the real <see cref="TimelineService"/> sends for the measured pages: the
/// commands are recorded as EF sends them, then explained with the same parameters (docs/performance.md).
/// </summary>
public static class QueryPlans
{
    public static async Task<string> ExplainAsync(string connectionString, TimelineFilter firstPage)
    {
        var recorder = new CommandRecorder();
        var timeline = new TimelineService(new ServiceCollection()
            .AddDbContextFactory<TrackerDbContext>(o => DatabaseSetup.Configure(o, connectionString).AddInterceptors(recorder))
            .BuildServiceProvider()
            .GetRequiredService<IDbContextFactory<TrackerDbContext>>());
        var text = new StringBuilder();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        foreach (var (label, filter) in new[]
        {
            ("Timeline first page: one actor, talks, two years", firstPage),
            ("Whole timeline, first page", new TimelineFilter()),
        }.Concat(QueryMeasures.SearchTerms().Select(t => ($"Search, {t.Label} “{t.Term}”", new TimelineFilter { Query = t.Term }))))
        {
            recorder.Commands.Clear();
            await timeline.GetPageAsync(filter);
            // The page query is the one that reads events in timeline order; the others resolve actors.
            var page = recorder.Commands.First(c => c.CommandText.Contains("ORDER BY", StringComparison.Ordinal) && c.CommandText.Contains("FROM events", StringComparison.Ordinal));
            text.Append("### ").AppendLine(label).AppendLine().AppendLine("```sql").AppendLine(page.CommandText.Trim()).AppendLine("```").AppendLine().AppendLine("```");
            await using var explain = dataSource.CreateCommand("EXPLAIN (ANALYZE, BUFFERS) " + page.CommandText);
            foreach (var parameter in page.Parameters) explain.Parameters.Add(parameter);
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync()) text.AppendLine(reader.GetString(0));
            text.AppendLine("```").AppendLine();
        }

        return text.ToString();
    }

    private sealed record Recorded(string CommandText, List<NpgsqlParameter> Parameters);

    private sealed class CommandRecorder : DbCommandInterceptor
    {
        public List<Recorded> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(new Recorded(command.CommandText, command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToList()));
            return ValueTask.FromResult(result);
        }
    }
}
