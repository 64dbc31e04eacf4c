using AngleSharp.Dom;

namespace CeasefireTracker.Tests.Security;

/// <summary>
/// Finds markup that came from input instead of from the app: an element or attribute naming the hostile-input
/// marker, an event-handler attribute (the app writes none), a <c>javascript:</c> address, or a script that is
/// neither a file of the app nor JSON-LD.
/// </summary>
public static class InjectedMarkup
{
    public static IReadOnlyList<string> In(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<string>();
        foreach (var element in document.All)
        {
            if (element.LocalName.Contains(HostileInputs.Marker, StringComparison.OrdinalIgnoreCase)) found.Add($"element <{element.LocalName}>");
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.Contains(HostileInputs.Marker, StringComparison.OrdinalIgnoreCase)) found.Add($"attribute {attribute.Name} on <{element.LocalName}>");
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) found.Add($"event handler {attribute.Name} on <{element.LocalName}>");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "data"
                    && attribute.Value.Replace("\t", "", StringComparison.Ordinal).Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add($"javascript: address in {attribute.Name} on <{element.LocalName}>");
                }
            }

            if (element.LocalName == "script" && !IsAppScript(element)) found.Add($"script {element.OuterHtml[..Math.Min(element.OuterHtml.Length, 120)]}");
        }

        return found;
    }

    // The app's own scripts are same-origin files; JSON-LD is data and must still be valid JSON.
    private static bool IsAppScript(IElement script) =>
        script.GetAttribute("type") == "application/ld+json"
            ? IsJson(script.TextContent)
            : script.GetAttribute("src") is { } src && !src.Contains(':', StringComparison.Ordinal)
              && !src.StartsWith("//", StringComparison.Ordinal) && script.TextContent.Length == 0;

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = System.Text.Json.JsonDocument.Parse(text);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
