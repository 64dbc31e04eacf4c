namespace CeasefireTracker.Web.Features.Shared;

/// <summary>Echoes a value a reader sent back to them in a notice.</summary>
public static class Echo
{
    private const int MaxLength = 40;

    /// <summary>Short enough that a huge value cannot flood the notice; never cuts a character in two.</summary>
    public static string Shorten(string value)
    {
        if (value.Length <= MaxLength) return value;
        var length = char.IsHighSurrogate(value[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return value[..length] + "…";
    }
}
