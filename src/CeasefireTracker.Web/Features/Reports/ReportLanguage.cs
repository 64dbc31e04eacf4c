using System.Globalization;
using CeasefireTracker.Web.Domain;
using Humanizer;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>
/// Every word list the suggester reads a report with, for one language. The readers (dates, quantities, actors,
/// kinds) hold no words of their own, so a second language is a second instance of this record, not a second
/// suggester. Ukrainian and Russian need more than words: see the note on <see cref="English"/>.
/// </summary>
public sealed record ReportLanguage
{
    public required string Code { get; init; }

    /// <summary>Month names and their abbreviations with a full stop ("Jan."), January = 1.</summary>
    public required IReadOnlyDictionary<string, int> Months { get; init; }
    public required IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; init; }

    /// <summary>Units of relative dates and durations, as a number of days (approximately for months and years).</summary>
    public required IReadOnlyDictionary<string, TimeUnit> Units { get; init; }

    /// <summary>Hedges that make a number or date approximate ("about", "over", "nearly").</summary>
    public required IReadOnlySet<string> Hedges { get; init; }

    /// <summary>Vague amounts: "several hundred" is at least 200, "dozens" at least 24.</summary>
    public required IReadOnlyDictionary<string, int> VagueAmounts { get; init; }

    /// <summary>Words for a person's office or trade that precede a name ("envoy Steve Witkoff", "dancer Ksenia Karelina").</summary>
    public required IReadOnlySet<string> PersonTitles { get; init; }

    /// <summary>Head words of organisation names ("International Committee of the Red Cross"), with the kind they suggest.</summary>
    public required IReadOnlyDictionary<string, ActorKind> OrganisationHeads { get; init; }

    /// <summary>Other English names of countries than the ones CLDR gives (RegionInfo says "Türkiye", reports "Turkey").</summary>
    public required IReadOnlySet<string> ExtraCountryNames { get; init; }

    /// <summary>Words that start a capitalised sentence or phrase but are never part of a name.</summary>
    public required IReadOnlySet<string> NeverNames { get; init; }

    /// <summary>Pronouns that stand for the last person or the last state or body named.</summary>
    public required IReadOnlySet<string> PersonPronouns { get; init; }
    public required IReadOnlySet<string> ThingPronouns { get; init; }

    /// <summary>Unnamed sources ("reports suggested", "officials said"): a claim with no claimant to resolve.</summary>
    public required IReadOnlySet<string> UnnamedSources { get; init; }

    /// <summary>Verbs reporting speech; Reports = what follows is the content (said, stated), not an object (condemned).</summary>
    public required IReadOnlyDictionary<string, bool> SpeechVerbs { get; init; }

    /// <summary>Verbs that make an assertion a claim (claimed, accused, alleged, suspect).</summary>
    public required IReadOnlySet<string> ClaimVerbs { get; init; }

    /// <summary>Verbs of a position on an earlier claim (denied, confirmed, rejected, urged), with the stance.</summary>
    public required IReadOnlyDictionary<string, ClaimStance> PositionVerbs { get; init; }

    /// <summary>Nouns naming a claim ("the accusation", "the reports") that a position verb takes as its object.</summary>
    public required IReadOnlySet<string> ClaimNouns { get; init; }

    /// <summary>Courts' words: a sentence or a charge is the state's claim against a person.</summary>
    public required IReadOnlySet<string> JudicialVerbs { get; init; }

    public required IReadOnlySet<string> TalksVerbs { get; init; }
    public required IReadOnlySet<string> TalksNouns { get; init; }
    public required IReadOnlyDictionary<string, TalksFormat> TalksFormats { get; init; }
    public required IReadOnlySet<string> MediatorWords { get; init; }
    public required IReadOnlySet<string> HostWords { get; init; }

    public required IReadOnlySet<string> ReleaseVerbs { get; init; }
    public required IReadOnlySet<string> ExchangeNouns { get; init; }
    public required IReadOnlyDictionary<string, DetaineeCategory> DetaineeWords { get; init; }

    public required IReadOnlySet<string> CeasefireNouns { get; init; }
    public required IReadOnlySet<string> ProposalVerbs { get; init; }
    public required IReadOnlyDictionary<string, ProposalResponse> ResponseWords { get; init; }
    public required IReadOnlySet<string> ConditionWords { get; init; }
    public required IReadOnlySet<string> ViolationWords { get; init; }
    public required IReadOnlyDictionary<string, CeasefireScope> Scopes { get; init; }
    public required IReadOnlyDictionary<string, CeasefireStatus> ProposalStatuses { get; init; }

    /// <summary>Words before an event noun that make it hypothetical ("a potential meeting") or earlier ("their previous meeting").</summary>
    public required IReadOnlySet<string> Hypothetical { get; init; }
    public required IReadOnlySet<string> Earlier { get; init; }

    /// <summary>Determiners that make a noun point back at an event told before ("the talks", "these exchanges").</summary>
    public required IReadOnlySet<string> BackReferences { get; init; }

    /// <summary>Platforms named in "in a post on his Truth Social platform", "at a press conference", "in an interview".</summary>
    public required IReadOnlyDictionary<string, string> PlatformWords { get; init; }

    /// <summary>Words that may stand between a subject and its verb ("has", "later", "also").</summary>
    public required IReadOnlySet<string> Fillers { get; init; }

    /// <summary>Reads a number written in words ("twelve", "third"); null when it is not one.</summary>
    public required Func<string, int?> NumberWord { get; init; }

    /// <summary>A regular expression for a number in digits or words ("175", "two hundred and six", "a").</summary>
    public required string NumberPattern { get; init; }

    /// <summary>Ordinals in words and digits ("third", "3rd") with their value.</summary>
    public required IReadOnlyDictionary<string, int> Ordinals { get; init; }

    /// <summary>
    /// The adjectives a country's name makes (Russia → Russian, Ukraine → Ukrainian, China → Chinese), by rule:
    /// "Russian forces" and "Chinese nationals" name the states without a word list per country.
    /// </summary>
    public required Func<string, IEnumerable<string>> Demonyms { get; init; }

    /// <summary>Hours and zones, hedged durations, delegations, declarations, counter-proposals, each side's figures.</summary>
    public required DetailWords Details { get; init; }

    public sealed record TimeUnit(int Days, bool IsDay = false);

    /// <summary>
    /// English. Ukrainian and Russian need, besides their words: case endings on names and month names
    /// ("Зеленського", "у січні"; <see cref="ActorLexicon"/> already strips common endings from Cyrillic names),
    /// verbs in both genders and aspects ("заявив/заявила"), «» quotes (already read), a number-word reader (Humanizer
    /// has none for uk or ru), and a language guess to pick the instance.
    /// </summary>
    public static ReportLanguage English { get; } = BuildEnglish();

    private static ReportLanguage BuildEnglish()
    {
        var culture = CultureInfo.GetCultureInfo("en");
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var m = 1; m <= 12; m++)
        {
            months[culture.DateTimeFormat.GetMonthName(m)] = m;
            // Abbreviations only with their full stop ("Jan. 5"): bare, "Jan" and "Mar" are names and words too.
            months[culture.DateTimeFormat.GetAbbreviatedMonthName(m).TrimEnd('.') + "."] = m;
        }

        // Humanizer writes the number words, so the patterns match what it can read back.
        var numberWords = Enumerable.Range(1, 99).Select(n => n.ToWords(culture))
            .Concat(["hundred", "thousand", "million", "a", "an"]).OrderByDescending(w => w.Length).ToList();
        var ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var n = 1; n <= 30; n++)
        {
            ordinals[n.ToOrdinalWords(culture)] = n;
            ordinals[n.Ordinalize(culture)] = n;
        }

        var weekdays = Enum.GetValues<DayOfWeek>().ToDictionary(d => culture.DateTimeFormat.GetDayName(d), d => d, StringComparer.OrdinalIgnoreCase);

        return new ReportLanguage
        {
            Code = "en",
            Months = months,
            Weekdays = weekdays,
            Units = new Dictionary<string, TimeUnit>(StringComparer.OrdinalIgnoreCase)
            {
                ["minute"] = new(0), ["minutes"] = new(0), ["hour"] = new(0), ["hours"] = new(0),
                ["day"] = new(1, IsDay: true), ["days"] = new(1, IsDay: true),
                ["week"] = new(7), ["weeks"] = new(7), ["month"] = new(30), ["months"] = new(30),
                ["year"] = new(365), ["years"] = new(365),
            },
            Hedges = Set("about", "around", "approximately", "nearly", "almost", "roughly", "some", "over", "more than",
                "less than", "under", "at least", "up to", "just over", "just under", "some", "an estimated"),
            VagueAmounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
            {
                ["several hundred"] = 200, ["hundreds"] = 200, ["several thousand"] = 2000, ["thousands"] = 2000,
                ["dozens"] = 24, ["several dozen"] = 24, ["a dozen"] = 12, ["scores"] = 40, ["tens of thousands"] = 20000,
                ["several"] = 3, ["a few"] = 3, ["a handful"] = 3,
            },
            PersonTitles = Set("president", "prime minister", "foreign minister", "defence minister", "defense minister",
                "minister", "envoy", "special envoy", "spokesman", "spokeswoman", "spokesperson", "secretary of state",
                "secretary", "chancellor", "ambassador", "ombudsman", "commissioner", "negotiator", "chief negotiator",
                "adviser", "advisor", "aide", "general", "gen.", "commander", "chief", "head", "mayor", "governor",
                "senator", "lawmaker", "pope", "king", "emir", "crown prince", "sheikh", "citizen", "journalist", "reporter",
                "activist", "dancer", "ballet dancer", "soldier", "pilot", "teacher", "smuggler", "tech smuggler",
                "businessman", "businesswoman", "mr", "mrs", "ms", "dr", "official", "diplomat", "marine", "veteran",
                "national", "musician", "student", "nurse", "doctor", "priest", "medic", "volunteer", "sergeant", "colonel",
                "captain", "lieutenant", "major", "archbishop", "metropolitan", "patriarch", "cardinal", "speaker",
                "deputy", "director", "coordinator"),
            OrganisationHeads = new Dictionary<string, ActorKind>(StringComparer.OrdinalIgnoreCase)
            {
                ["Committee"] = ActorKind.InternationalOrganisation, ["Red Cross"] = ActorKind.InternationalOrganisation,
                ["Red Crescent"] = ActorKind.InternationalOrganisation, ["Nations"] = ActorKind.InternationalOrganisation,
                ["Union"] = ActorKind.InternationalOrganisation, ["Organisation"] = ActorKind.InternationalOrganisation,
                ["Organization"] = ActorKind.InternationalOrganisation, ["Agency"] = ActorKind.InternationalOrganisation,
                ["Fund"] = ActorKind.InternationalOrganisation, ["Alliance"] = ActorKind.InternationalOrganisation,
                ["Ministry"] = ActorKind.GovernmentBody, ["Headquarters"] = ActorKind.GovernmentBody,
                ["Service"] = ActorKind.GovernmentBody, ["Office"] = ActorKind.GovernmentBody,
                ["Directorate"] = ActorKind.GovernmentBody, ["Council"] = ActorKind.GovernmentBody,
                ["Department"] = ActorKind.GovernmentBody, ["Parliament"] = ActorKind.GovernmentBody,
                ["Army"] = ActorKind.ArmedGroup, ["Brigade"] = ActorKind.ArmedGroup, ["Battalion"] = ActorKind.ArmedGroup,
            },
            ExtraCountryNames = Set("Turkey", "Britain", "Great Britain", "UAE", "Vatican", "Holy See", "Czech Republic",
                "Ivory Coast", "Netherlands"),
            NeverNames = Set("The", "A", "An", "In", "On", "At", "While", "After", "Before", "This", "That", "These", "Those",
                "It", "He", "She", "They", "We", "I", "But", "And", "Or", "As", "For", "With", "From", "By", "When",
                "Since", "Under", "Over", "During", "Western", "Eastern", "Northern", "Southern", "Recent", "Spokesman",
                "Spokeswoman", "Moreover", "However", "Meanwhile", "Earlier", "Later", "Also", "Both", "Neither", "Their",
                "His", "Her", "Its", "Our", "According", "Asked", "Speaking", "Talks", "Officials", "Reports", "Such",
                "Some", "Several", "Many", "Most", "All", "No", "Not", "Then", "There", "Here", "Where", "What", "Who",
                "Why", "How", "Friday", "Monday", "Tuesday", "Wednesday", "Thursday", "Saturday", "Sunday", "Invented"),
            PersonPronouns = Set("he", "she"),
            ThingPronouns = Set("it"),
            UnnamedSources = Set("reports", "report", "sources", "officials", "media", "analysts", "observers", "diplomats",
                "witnesses", "state media", "media reports"),
            SpeechVerbs = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase)
            {
                ["said"] = true, ["says"] = true, ["saying"] = true, ["stated"] = true, ["stating"] = true, ["states"] = true,
                ["told"] = true, ["tells"] = true, ["noted"] = true, ["noting"] = true, ["added"] = true, ["adding"] = true,
                ["wrote"] = true, ["writing"] = true, ["posted"] = true, ["tweeted"] = true, ["declared"] = true,
                ["insisted"] = true, ["stressed"] = true, ["argued"] = true, ["explained"] = true, ["remarked"] = true,
                ["announced"] = true, ["warned"] = false, ["urged"] = false, ["urging"] = false, ["condemned"] = false,
                ["praised"] = false, ["criticised"] = false, ["criticized"] = false, ["described"] = false,
                ["welcomed"] = false, ["called on"] = false, ["called for"] = false, ["vowed"] = true, ["pledged"] = true,
                ["promised"] = true, ["thanked"] = false, ["hailed"] = false, ["blamed"] = false, ["dismissed"] = false,
            },
            ClaimVerbs = Set("claimed", "claims", "claiming", "claim", "accused", "accuses", "accusing", "alleged", "alleges",
                "alleging", "suspect", "suspects", "suspected", "suggested", "suggesting", "suggest", "asserted", "asserts",
                "reported that", "maintained"),
            PositionVerbs = new Dictionary<string, ClaimStance>(StringComparer.OrdinalIgnoreCase)
            {
                ["denied"] = ClaimStance.Denies, ["denies"] = ClaimStance.Denies, ["denying"] = ClaimStance.Denies,
                ["rejected"] = ClaimStance.Denies, ["rejects"] = ClaimStance.Denies, ["dismissed"] = ClaimStance.Denies,
                ["refuted"] = ClaimStance.Denies, ["confirmed"] = ClaimStance.Confirms, ["confirms"] = ClaimStance.Confirms,
                ["acknowledged"] = ClaimStance.Confirms, ["admitted"] = ClaimStance.Confirms,
                ["disputed"] = ClaimStance.Disputes, ["questioned"] = ClaimStance.Disputes, ["urged"] = ClaimStance.Disputes,
                ["declined to comment"] = ClaimStance.DeclinesToComment, ["refused to comment"] = ClaimStance.DeclinesToComment,
                ["did not comment"] = ClaimStance.DeclinesToComment, ["would not comment"] = ClaimStance.DeclinesToComment,
            },
            ClaimNouns = Set("accusation", "accusations", "claim", "claims", "allegation", "allegations", "report", "reports",
                "charge", "charges", "assertion", "it", "this"),
            JudicialVerbs = Set("sentenced", "convicted", "charged"),
            TalksVerbs = Set("met", "meet", "meets", "held talks", "hold talks", "holds talks", "holding talks", "spoke by phone",
                "spoke on the phone", "spoke by telephone", "spoke with", "talked with", "talked to", "negotiated with",
                "sat down with", "phoned", "hosted talks", "concluded talks", "concluded his talks"),
            TalksNouns = Set("talks", "meeting", "meetings", "summit", "negotiations", "phone call", "telephone call", "video call",
                "call", "consultations", "round of talks", "round of negotiations"),
            TalksFormats = new Dictionary<string, TalksFormat>(StringComparer.OrdinalIgnoreCase)
            {
                ["phone"] = TalksFormat.Phone, ["telephone"] = TalksFormat.Phone, ["phoned"] = TalksFormat.Phone,
                ["call"] = TalksFormat.Phone, ["video"] = TalksFormat.Video, ["videoconference"] = TalksFormat.Video,
                ["video link"] = TalksFormat.Video, ["online"] = TalksFormat.Video,
            },
            MediatorWords = Set("mediated by", "mediation of", "brokered by", "facilitated by", "with the help of", "mediated",
                "brokered", "mediating", "mediator", "mediators", "mediation"),
            HostWords = Set("hosted by", "hosted", "host", "hosts", "hosting"),
            ReleaseVerbs = Set("released", "releases", "freed", "frees", "handed over", "returned", "swapped", "exchanged",
                "in exchange for", "traded"),
            ExchangeNouns = Set("prisoner exchange", "prisoner swap", "exchange of prisoners", "swap", "exchange", "exchanges",
                "swaps", "prisoner exchanges", "prisoner swaps"),
            DetaineeWords = new Dictionary<string, DetaineeCategory>(StringComparer.OrdinalIgnoreCase)
            {
                ["prisoners of war"] = DetaineeCategory.PrisonerOfWar, ["POWs"] = DetaineeCategory.PrisonerOfWar,
                ["servicemen"] = DetaineeCategory.PrisonerOfWar, ["soldiers"] = DetaineeCategory.PrisonerOfWar,
                ["troops"] = DetaineeCategory.PrisonerOfWar, ["fighters"] = DetaineeCategory.PrisonerOfWar,
                ["defenders"] = DetaineeCategory.PrisonerOfWar, ["marines"] = DetaineeCategory.PrisonerOfWar,
                ["soldier"] = DetaineeCategory.PrisonerOfWar, ["serviceman"] = DetaineeCategory.PrisonerOfWar,
                ["civilians"] = DetaineeCategory.Civilian, ["civilian"] = DetaineeCategory.Civilian,
                ["citizen"] = DetaineeCategory.Civilian, ["citizens"] = DetaineeCategory.Civilian,
                ["journalist"] = DetaineeCategory.Civilian, ["dancer"] = DetaineeCategory.Civilian,
                ["teacher"] = DetaineeCategory.Civilian, ["children"] = DetaineeCategory.Civilian,
                ["convicted"] = DetaineeCategory.Convict, ["convicts"] = DetaineeCategory.Convict,
                ["inmates"] = DetaineeCategory.Convict, ["sentenced"] = DetaineeCategory.Convict,
            },
            CeasefireNouns = Set("ceasefire", "cease-fire", "truce", "moratorium", "armistice", "halt", "pause", "stop"),
            ProposalVerbs = Set("proposed", "proposes", "proposal", "offered", "offers", "put forward", "announced", "declared",
                "agreement", "agreed", "deal", "suggested", "reached", "signed", "brokered"),
            ResponseWords = new Dictionary<string, ProposalResponse>(StringComparer.OrdinalIgnoreCase)
            {
                ["accepted"] = ProposalResponse.Accepted, ["accepts"] = ProposalResponse.Accepted,
                ["approved"] = ProposalResponse.Accepted, ["agreed to"] = ProposalResponse.Accepted,
                ["endorsed"] = ProposalResponse.Accepted, ["backed"] = ProposalResponse.Accepted,
                ["signed up to"] = ProposalResponse.Accepted, ["welcomed"] = ProposalResponse.Accepted,
                ["rejected"] = ProposalResponse.Rejected, ["rejects"] = ProposalResponse.Rejected,
                ["refused"] = ProposalResponse.Rejected, ["refusal"] = ProposalResponse.Rejected,
                ["turned down"] = ProposalResponse.Rejected, ["dismissed"] = ProposalResponse.Rejected,
                ["declined"] = ProposalResponse.Rejected, ["rejection"] = ProposalResponse.Rejected,
                ["set conditions"] = ProposalResponse.AcceptedWithConditions,
                ["conditions"] = ProposalResponse.AcceptedWithConditions,
                ["on condition"] = ProposalResponse.AcceptedWithConditions,
                ["provided that"] = ProposalResponse.AcceptedWithConditions,
                ["demanded"] = ProposalResponse.AcceptedWithConditions,
                ["did not respond"] = ProposalResponse.NoResponse, ["has not responded"] = ProposalResponse.NoResponse,
                ["has yet to respond"] = ProposalResponse.NoResponse,
            },
            ConditionWords = Set("including", "such as", "namely", "that", "on condition that", "provided that", "demanding",
                "in return for"),
            ViolationWords = Set("continuing such attacks", "violating", "violated", "breaking", "broke", "breached",
                "breaching", "violations", "violation"),
            Scopes = new Dictionary<string, CeasefireScope>(StringComparer.OrdinalIgnoreCase)
            {
                ["energy"] = CeasefireScope.EnergyInfrastructure, ["power plants"] = CeasefireScope.EnergyInfrastructure,
                ["power grid"] = CeasefireScope.EnergyInfrastructure, ["Black Sea"] = CeasefireScope.BlackSea,
                ["maritime"] = CeasefireScope.BlackSea, ["naval"] = CeasefireScope.BlackSea, ["shipping"] = CeasefireScope.BlackSea,
                ["aerial"] = CeasefireScope.AerialStrikes, ["air strikes"] = CeasefireScope.AerialStrikes,
                ["airstrikes"] = CeasefireScope.AerialStrikes, ["long-range strikes"] = CeasefireScope.AerialStrikes,
                ["drone"] = CeasefireScope.AerialStrikes, ["full"] = CeasefireScope.Full, ["complete"] = CeasefireScope.Full,
                ["comprehensive"] = CeasefireScope.Full, ["general"] = CeasefireScope.Full, ["total"] = CeasefireScope.Full,
                ["unconditional"] = CeasefireScope.Full,
            },
            ProposalStatuses = new Dictionary<string, CeasefireStatus>(StringComparer.OrdinalIgnoreCase)
            {
                ["agreement"] = CeasefireStatus.Agreed, ["agreed"] = CeasefireStatus.Agreed, ["reached"] = CeasefireStatus.Agreed,
                ["signed"] = CeasefireStatus.Agreed, ["took effect"] = CeasefireStatus.InForce, ["in force"] = CeasefireStatus.InForce,
                ["came into force"] = CeasefireStatus.InForce, ["held"] = CeasefireStatus.InForce,
                ["expired"] = CeasefireStatus.Lapsed, ["lapsed"] = CeasefireStatus.Lapsed, ["collapsed"] = CeasefireStatus.Lapsed,
            },
            Hypothetical = Set("potential", "possible", "proposed", "planned", "future", "prospective", "upcoming", "new",
                "expected", "hypothetical", "eventual", "any"),
            Earlier = Set("previous", "last", "earlier", "prior", "first"),
            BackReferences = Set("the", "these", "those", "this", "that", "such"),
            PlatformWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["press conference"] = "Press conference", ["news conference"] = "Press conference",
                ["press briefing"] = "Press briefing", ["briefing"] = "Press briefing", ["interview"] = "Interview",
                ["televised address"] = "Televised address", ["video address"] = "Video address",
                ["nightly address"] = "Video address", ["statement"] = "Written statement", ["speech"] = "Speech",
            },
            Fillers = Set("has", "had", "have", "also", "later", "earlier", "recently", "reportedly", "then", "again",
                "previously", "already", "publicly", "has also", "had also", "been", "has been", "on", "once", "now",
                "separately", "subsequently", "swiftly", "quickly", "immediately", "firmly", "strongly", "repeatedly",
                "would", "will", "did", "does", "do"),
            NumberWord = word => word.TryToNumber(out var n, culture) ? n : null,
            NumberPattern = $@"\d[\d,]*(?:\.\d+)?|(?:{string.Join('|', numberWords)})(?:(?:\s+and\s+|[\s-]+)(?:{string.Join('|', numberWords.Where(w => w.Length > 2))}))*",
            Ordinals = ordinals,
            Demonyms = EnglishDemonyms,
            Details = DetailWords.English,
        };
    }

    /// <summary>English country adjectives by the common rules; a form no rule makes (Dutch, Swiss) is simply not found.</summary>
    private static IEnumerable<string> EnglishDemonyms(string country)
    {
        if (country.Contains(' ', StringComparison.Ordinal) || country.Length < 4) yield break;
        yield return country + "n";   // Russia → Russian, America → American
        yield return country + "i";   // Qatar → Qatari, Israel → Israeli
        yield return country + "ian"; // Belarus → Belarusian, Egypt → Egyptian
        yield return country + "ese"; // Japan → Japanese
        var stem = country[..^1];
        switch (country[^1])
        {
            case 'e': yield return stem + "ian"; break;                   // Ukraine → Ukrainian
            case 'a': yield return stem + "ese"; yield return stem + "an"; break; // China → Chinese, Georgia → Georgian
            case 'y': yield return stem + "ish"; yield return stem + "ian"; yield return stem; break; // Turkey → Turkish, Hungary → Hungarian, Germany → German
        }

        if (country.EndsWith("land", StringComparison.Ordinal)) yield return country[..^4] + "ish"; // Poland → Polish
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
