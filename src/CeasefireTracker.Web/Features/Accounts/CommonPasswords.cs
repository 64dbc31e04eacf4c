using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;

namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>
/// Refuses passwords that an attacker tries first (NIST SP 800-63B, ASVS 5.0 6.2.4 and 6.2.11): the ones on a list of
/// about 49,000 common passwords known from breaches (PasswordList/VERSION.md says where it comes from), also when
/// disguised the usual ways (capitals, digits and symbols added at either end, "@" for "a" and the like), the app's own
/// name and the user's e-mail address or name, and a few characters repeated. Nothing else: no rules about kinds of
/// characters, which only make passwords harder to remember (ASVS 5.0 6.2.5).
/// </summary>
public sealed class CommonPasswords : IPasswordValidator<TrackerUser>
{
    /// <summary>NIST SP 800-63B (rev. 4) for a password that is the only factor.</summary>
    public const int MinimumLength = 15;

    /// <summary>Fewer different characters than this (once the ends are trimmed) is a repetition, such as "aaaaaaaaaaaaaaA1!".</summary>
    public const int MinimumDistinct = 5;

    /// <summary>Words that fit this app, compared like list entries (letters only): its name, which every editor knows.</summary>
    public static readonly IReadOnlyList<string> ContextWords = ["ceasefire", "ceasefiretracker", "tracker", "ceasefires"];

    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    private static readonly Dictionary<char, char> Substitutions = new()
    {
        ['@'] = 'a', ['4'] = 'a', ['0'] = 'o', ['3'] = 'e', ['$'] = 's', ['5'] = 's', ['7'] = 't', ['1'] = 'i', ['!'] = 'i', ['+'] = 't',
    };

    public Task<IdentityResult> ValidateAsync(UserManager<TrackerUser> manager, TrackerUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);

        var lower = password.ToLowerInvariant();
        var core = lower.Trim([.. lower.Where(c => !char.IsLetter(c)).Distinct()]);
        if (core.Length == 0) core = lower;
        string[] variants = [lower, core, Undisguised(lower), Undisguised(core)];
        var personal = new[] { user.Email, user.Email?.Split('@')[0], user.UserName, user.DisplayName }
            .Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => LettersOnly(w!.ToLowerInvariant()));

        if (variants.Any(List.Value.Contains) || variants.Select(LettersOnly).Intersect(ContextWords.Concat(personal)).Any(w => w.Length > 0))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordCommon",
                Description = "This password is too easy to guess: it, or its word without capitals, digits and symbols at the ends, is a common password known from data breaches, the name of this site, or the e-mail address or name of the account. Choose another, such as four unrelated words.",
            }));
        }

        if (core.Distinct().Count() < MinimumDistinct)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordRepetitive",
                Description = "This password repeats a few characters. Choose another, such as four unrelated words.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static string Undisguised(string text) => string.Concat(text.Select(c => Substitutions.GetValueOrDefault(c, c)));

    private static string LettersOnly(string text) => string.Concat(text.Where(char.IsLetter));

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("CeasefireTracker.Web.PasswordList.passwords.json")
            ?? throw new InvalidOperationException("The list of common passwords is not embedded in the assembly.");
        return (JsonSerializer.Deserialize<string[]>(stream) ?? []).ToFrozenSet(StringComparer.Ordinal);
    }
}
