namespace CeasefireTracker.Web.Domain;

/// <summary>
/// The most characters each text field holds, by entity: the column sizes (the EF configurations' HasMaxLength), the
/// forms' checks and the pages read these numbers, so a field never accepts what its column refuses.
/// </summary>
public static class FieldLengths
{
    /// <summary>A person's or organisation's name wherever it is stored (actors, aliases, detainees, editors).</summary>
    public const int PersonName = 200;

    /// <summary>A short free-text note or explanation (positions, responses, verdicts, status changes).</summary>
    public const int Note = 2000;

    /// <summary>An Identity user id.</summary>
    public const int UserId = 450;

    /// <summary>A BCP 47 language tag (see <c>LanguageTags</c>); a longer tag is no real one anyway.</summary>
    public const int LanguageTag = 20;

    public static class Actor
    {
        public const int Slug = 120;
        public const int Name = PersonName;
        public const int Description = 2000;
        public const int Title = 200;
        public const int Alias = PersonName;
    }

    public static class Event
    {
        public const int Slug = 200;
        public const int Title = 300;
        public const int Summary = 4000;
        public const int Place = 200;
        /// <summary>The longest IANA zone name is 32 characters (America/Argentina/ComodRivadavia).</summary>
        public const int TimeZone = 64;
        public const int RevisionReason = 500;
    }

    public static class Source
    {
        public const int Publisher = 200;
        public const int Url = 2048;
        public const int Excerpt = 4000;
    }

    public static class EventLink
    {
        public const int Relation = 100;
    }

    public static class Talks
    {
        public const int Round = 200;
        public const int Outcome = 2000;
    }

    public static class Track
    {
        public const int Slug = 120;
        public const int Name = 200;
        public const int Description = 2000;
    }

    public static class Statement
    {
        public const int Quote = 8000;
        public const int Platform = 200;
    }

    public static class Claim
    {
        public const int Text = 4000;
    }

    public static class Proposal
    {
        public const int CoverageDetail = 500;
        public const int Allegation = 2000;
    }

    public static class Account
    {
        public const int DisplayName = 100;
    }
}
