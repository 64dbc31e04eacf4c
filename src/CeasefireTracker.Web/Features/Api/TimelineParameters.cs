using System.Text.Json.Nodes;
using CeasefireTracker.Web.Features.Shared;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CeasefireTracker.Web.Features.Api;

/// <summary>
/// The timeline's query parameters in the OpenAPI document. The endpoints read them with
/// <c>TimelineFilter.FromQuery</c> rather than by parameter binding, so that every consumer parses a filter the same
/// way; this describes them once for the CSV export, the feed and the API.
/// </summary>
public static class TimelineParameters
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        operation.Parameters ??= [];
        Add(operation, "actor", "An actor's slug, such as `steve-witkoff`. Repeat it for several actors.", Many(Text()));
        Add(operation, "match", "With several actors: `any` (the default) for events with any of them, `all` for events in which all of them took part.",
            Text(enumValues: ["any", "all"]));
        Add(operation, "kind", "A kind of event. Repeat it for several kinds.", Many(Text(enumValues: [.. EventKindInfo.All.Select(k => k.UrlName)])));
        Add(operation, "from", "Events on or after this date (YYYY-MM-DD).", Text(format: "date"));
        Add(operation, "to", "Events on or before this date (YYYY-MM-DD).", Text(format: "date"));
        Add(operation, "q", "Free text, as typed in the timeline's search box.", Text());
        Add(operation, "after", "Continue after this position: the `next` value of the previous page.", Text());
        return Task.CompletedTask;
    }

    public static void Add(OpenApiOperation operation, string name, string description, OpenApiSchema schema)
    {
        ArgumentNullException.ThrowIfNull(operation);
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Query,
            Description = description,
            Schema = schema,
            Style = ParameterStyle.Form,
            Explode = true,
        });
    }

    public static OpenApiSchema Text(string? format = null, IEnumerable<string>? enumValues = null) => new()
    {
        Type = JsonSchemaType.String,
        Format = format,
        Enum = enumValues?.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
    };

    public static OpenApiSchema WholeNumber(int minimum, int maximum, int defaultValue) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Default = JsonValue.Create(defaultValue),
    };

    private static OpenApiSchema Many(OpenApiSchema items) => new() { Type = JsonSchemaType.Array, Items = items };
}
