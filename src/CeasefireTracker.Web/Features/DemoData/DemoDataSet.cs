using CeasefireTracker.Web.Domain;
using Role = CeasefireTracker.Web.Domain.ParticipantRole;

namespace CeasefireTracker.Web.Features.DemoData;

/// <summary>
/// The demo actors and events: everything the News Central report of 12 April 2025 tells, in the project's own
/// words. Built fresh for each load because EF tracks the instances it inserts.
/// </summary>
public sealed record DemoDataSet(IReadOnlyList<Actor> Actors, IReadOnlyList<Event> Events)
{
    public const string ArticleUrl = "https://newscentral.africa/trump-urges-russia-to-speed-up-efforts-to-end-ukraine-conflict";
    public const string ArticlePublisher = "News Central";
    public static readonly DateOnly ArticlePublishedOn = new(2025, 4, 12);

    /// <summary>Recorded as creator and last editor so that seeded rows can be told from editors' work.</summary>
    public const string Author = "demo-data";

    public static DemoDataSet Build(DateTimeOffset now)
    {
        var cast = new Cast();
        var timeline = new Timeline(cast, now);
        return new DemoDataSet(cast.All,
        [
            .. timeline.WitkoffPutinChannel(),
            .. timeline.ChineseNationals(),
            .. timeline.PrisonerExchanges(),
            .. timeline.CeasefireTrack(),
        ]);
    }

    /// <summary>
    /// The single sentences of the report each event cites. Kept together, verbatim, so a reviewer can check them
    /// against the article in one place; apart from the quotes of statements, nowhere else in this file is the
    /// article's wording reused.
    /// </summary>
    private static class Excerpt
    {
        public const string TrumpPost = "In a post on his Truth Social platform, Trump urged: “Russia has to get moving,” adding that the conflict, which began over three years ago when Russian forces invaded Ukraine, was “senseless” and “should have never happened.”";
        public const string Stalling = "While Washington continues to advocate for a ceasefire, Kyiv and many of its Western allies suspect that Russia is intentionally stalling negotiations.";
        public const string ZelenskyAccusesMoscow = "Ukrainian President Volodymyr Zelensky has accused Moscow of drawing Beijing into the conflict, claiming on Friday that hundreds of Chinese nationals were fighting alongside Russian forces on the front lines.";
        public const string SaintPetersburgMeeting = "Trump’s remarks came just before Witkoff’s meeting with Putin in Saint Petersburg, which lasted four and a half hours, according to Russian state news agencies.";
        public const string KremlinReadout = "The Kremlin later stated that the talks had “focused on various aspects of the Ukrainian settlement” but provided no further details.";
        public const string PeskovExpectations = "Spokesman Dmitry Peskov had earlier tempered expectations, stating there would be no diplomatic “breakthroughs” from the discussions.";
        public const string ThirdMeeting = "This marked Witkoff’s third meeting with Putin since February, with reports suggesting that a potential meeting between Trump and Putin might have been discussed during the talks.";
        public const string WitkoffPraise = "After their previous meeting, Witkoff, a long-time ally of Trump, had described Putin as a “great leader” and “not a bad guy,” signalling a shift in Washington’s approach to the Kremlin under Trump’s second term.";
        public const string CapturedInDonetsk = "Ukraine recently claimed to have captured two Chinese nationals fighting for Russian forces in the Donetsk region.";
        public const string DenialAndBeijing = "While the Kremlin denied the accusation, Beijing urged all parties to avoid making “irresponsible remarks.”";
        public const string FullCeasefireRefused = "He also condemned Russia’s refusal to accept a full ceasefire proposed by the US and approved by Ukraine a month ago.";
        public const string BlackSeaConditions = "While the Kremlin has expressed interest in a truce in the Black Sea, it has set conditions, including the lifting of Western sanctions.";
        public const string KarelinaSwap = "On Thursday, Russia released dual US-Russian citizen Ksenia Karelina, a ballet dancer, in exchange for suspected tech smuggler Arthur Petrov, marking the second prisoner swap between the two countries in under two months.";
        public const string KarelinaSentence = "Karelina had been arrested in January while visiting family in Russia and was sentenced to 12 years for “treason” after donating approximately $50 to a pro-Ukraine charity.";
        public const string LavrovTrust = "Russian Foreign Minister Sergei Lavrov noted that these exchanges helped rebuild trust between the two nations, which had deteriorated during Joe Biden’s presidency.";
        public const string EnergyMoratorium = "Recent talks in Saudi Arabia led to a temporary agreement to halt aerial strikes on energy targets, but no formal agreement was reached, and both sides have accused each other of continuing such attacks.";
    }

    /// <summary>Everyone the report names, with the affiliation chains that let a reader climb from a person to a party.</summary>
    private sealed class Cast
    {
        public Cast()
        {
            // Aliases include the capitals because the news names governments by them ("Beijing urged", "Kyiv
            // suspects"); a reader searching the way the report is written should still find the state.
            UnitedStates = new Actor
            {
                Slug = "united-states", Name = "United States", Kind = ActorKind.State,
                Description = "The United States of America; under Trump's second term it presses Russia and Ukraine towards a ceasefire.",
                Aliases = [Alias("US"), Alias("USA"), Alias("Washington"), Alias("США", "ru")],
            };
            Russia = new Actor
            {
                Slug = "russia", Name = "Russia", Kind = ActorKind.State,
                Description = "The Russian Federation, which launched its full-scale invasion of Ukraine in February 2022.",
                Aliases = [Alias("Russian Federation"), Alias("Moscow"), Alias("Россия", "ru"), Alias("Росія", "uk")],
            };
            Ukraine = new Actor
            {
                Slug = "ukraine", Name = "Ukraine", Kind = ActorKind.State,
                Description = "Ukraine, defending itself against Russia's invasion.",
                Aliases = [Alias("Kyiv"), Alias("Україна", "uk"), Alias("Украина", "ru")],
            };
            China = new Actor
            {
                Slug = "china", Name = "China", Kind = ActorKind.State,
                Description = "The People's Republic of China, whose citizens Ukraine says are serving in Russia's army.",
                Aliases = [Alias("People's Republic of China"), Alias("Beijing"), Alias("中国", "zh")],
            };
            SaudiArabia = new Actor
            {
                Slug = "saudi-arabia", Name = "Saudi Arabia", Kind = ActorKind.State,
                Description = "The Kingdom of Saudi Arabia, where ceasefire talks were held in March 2025.",
                Aliases = [Alias("Kingdom of Saudi Arabia"), Alias("السعودية", "ar")],
            };
            Kremlin = new Actor
            {
                Slug = "kremlin", Name = "Kremlin", Kind = ActorKind.GovernmentBody, Affiliation = Russia,
                Description = "The Russian presidency and its administration, which speaks for the Russian government.",
                Aliases = [Alias("Кремль", "ru")],
            };
            RussianStateNewsAgencies = new Actor
            {
                Slug = "russian-state-news-agencies", Name = "Russian state news agencies", Kind = ActorKind.Media, Affiliation = Russia,
                Description = "Russia's state-owned news agencies, cited together and without names by the report.",
            };
            // The report passes on a claim from "reports" it does not name; attributing it to any outlet would be
            // invention, so the claimant is this placeholder.
            UnattributedReports = new Actor
            {
                Slug = "unattributed-media-reports", Name = "Unattributed media reports", Kind = ActorKind.Media,
                Description = "Reports a source cites without naming who published them.",
            };

            DonaldTrump = new Actor
            {
                Slug = "donald-trump", Name = "Donald Trump", Kind = ActorKind.Person, Affiliation = UnitedStates,
                Description = "President of the United States, whose chief foreign-policy aim is to end the war in Ukraine through a ceasefire.",
                Titles =
                [
                    Title("President of the United States", new(2017, 1, 20), new(2021, 1, 20)),
                    Title("President of the United States", new(2025, 1, 20)),
                ],
                Aliases = [Alias("Трамп", "ru")],
            };
            JoeBiden = new Actor
            {
                Slug = "joe-biden", Name = "Joe Biden", Kind = ActorKind.Person, Affiliation = UnitedStates,
                Description = "Trump's predecessor as President of the United States.",
                Titles = [Title("President of the United States", new(2021, 1, 20), new(2025, 1, 20))],
                Aliases = [Alias("Joseph R. Biden"), Alias("Байден", "ru")],
            };
            SteveWitkoff = new Actor
            {
                Slug = "steve-witkoff", Name = "Steve Witkoff", Kind = ActorKind.Person, Affiliation = UnitedStates,
                Description = "Long-standing ally of Donald Trump and his envoy in the talks with Vladimir Putin.",
                Titles = [Title("US Special Envoy", new(2025, 1, 20))],
                Aliases = [Alias("Steven Witkoff"), Alias("Уиткофф", "ru"), Alias("Віткофф", "uk")],
            };
            VladimirPutin = new Actor
            {
                Slug = "vladimir-putin", Name = "Vladimir Putin", Kind = ActorKind.Person, Affiliation = Russia,
                Description = "President of Russia.",
                Titles =
                [
                    Title("President of Russia", new(2000, 5, 7), new(2008, 5, 7)),
                    Title("President of Russia", new(2012, 5, 7)),
                ],
                Aliases = [Alias("Vladimir Vladimirovich Putin"), Alias("Путин", "ru"), Alias("Путін", "uk")],
            };
            DmitryPeskov = new Actor
            {
                Slug = "dmitry-peskov", Name = "Dmitry Peskov", Kind = ActorKind.Person, Affiliation = Kremlin,
                Description = "Spokesman of the Kremlin, Vladimir Putin's press secretary.",
                Titles = [Title("Kremlin spokesman", new(2012, 5, 22))],
                Aliases = [Alias("Dmitri Peskov"), Alias("Песков", "ru")],
            };
            SergeiLavrov = new Actor
            {
                Slug = "sergei-lavrov", Name = "Sergei Lavrov", Kind = ActorKind.Person, Affiliation = Russia,
                Description = "Russia's foreign minister.",
                Titles = [Title("Minister of Foreign Affairs of Russia", new(2004, 3, 9))],
                Aliases = [Alias("Sergey Lavrov"), Alias("Лавров", "ru")],
            };
            VolodymyrZelensky = new Actor
            {
                Slug = "volodymyr-zelensky", Name = "Volodymyr Zelensky", Kind = ActorKind.Person, Affiliation = Ukraine,
                Description = "President of Ukraine.",
                Titles = [Title("President of Ukraine", new(2019, 5, 20))],
                Aliases =
                [
                    Alias("Zelenskyy", "en"), Alias("Zelenskiy", "en"), Alias("Volodymyr Zelenskyy", "en"),
                    Alias("Зеленський", "uk"), Alias("Зеленский", "ru"),
                ],
            };
            // The two detainees are private people, not representatives of either side: no affiliation.
            KseniaKarelina = new Actor
            {
                Slug = "ksenia-karelina", Name = "Ksenia Karelina", Kind = ActorKind.Person,
                Description = "Ballet dancer with US and Russian citizenship, imprisoned in Russia for treason and freed in the exchange of 10 April 2025.",
                Aliases = [Alias("Xenia Karelina", "en"), Alias("Ксения Карелина", "ru")],
            };
            ArthurPetrov = new Actor
            {
                Slug = "arthur-petrov", Name = "Arthur Petrov", Kind = ActorKind.Person,
                Description = "Man suspected of smuggling technology, held in the United States and handed to Russia in the exchange of 10 April 2025.",
                Aliases = [Alias("Artur Petrov", "en"), Alias("Артур Петров", "ru")],
            };

            All =
            [
                UnitedStates, Russia, Ukraine, China, SaudiArabia, Kremlin, RussianStateNewsAgencies, UnattributedReports,
                DonaldTrump, JoeBiden, SteveWitkoff, VladimirPutin, DmitryPeskov, SergeiLavrov, VolodymyrZelensky,
                KseniaKarelina, ArthurPetrov,
            ];
        }

        public Actor UnitedStates { get; }
        public Actor Russia { get; }
        public Actor Ukraine { get; }
        public Actor China { get; }
        public Actor SaudiArabia { get; }
        public Actor Kremlin { get; }
        public Actor RussianStateNewsAgencies { get; }
        public Actor UnattributedReports { get; }
        public Actor DonaldTrump { get; }
        public Actor JoeBiden { get; }
        public Actor SteveWitkoff { get; }
        public Actor VladimirPutin { get; }
        public Actor DmitryPeskov { get; }
        public Actor SergeiLavrov { get; }
        public Actor VolodymyrZelensky { get; }
        public Actor KseniaKarelina { get; }
        public Actor ArthurPetrov { get; }

        public IReadOnlyList<Actor> All { get; }

        private static ActorAlias Alias(string name, string? language = null) => new() { Name = name, Language = language };

        private static ActorTitle Title(string title, DateOnly from, DateOnly? to = null) => new() { Title = title, From = from, To = to };
    }

    /// <summary>The events of the report, grouped by the thread of diplomacy they belong to.</summary>
    private sealed class Timeline(Cast a, DateTimeOffset now)
    {
        // The report dates these only to a month; the first of the month keeps them in order on the timeline and
        // DatePrecision.Month tells readers not to take the day literally.
        private static readonly DateOnly February2025 = new(2025, 2, 1);
        private static readonly DateOnly March2025 = new(2025, 3, 1);
        // The report's "Friday" and "Thursday" are the last days of the week before its publication.
        private static readonly DateOnly Friday = new(2025, 4, 11);
        private static readonly DateOnly Thursday = new(2025, 4, 10);

        /// <summary>
        /// The report counts the Saint Petersburg talks as Witkoff's third meeting with Putin since February: three
        /// numbered rounds of one series. The name is ours; the report gives the series none.
        /// </summary>
        private readonly NegotiationTrack witkoffPutin = new()
        {
            Slug = "witkoff-putin-meetings-2025",
            Name = "Witkoff–Putin meetings, 2025",
            Description = "Meetings between Trump's envoy Steve Witkoff and Vladimir Putin since February 2025, which the report counts in order.",
        };

        public IEnumerable<Event> WitkoffPutinChannel()
        {
            // Witkoff is the US envoy and Putin Russia's president: each speaks for his side, so the sides took part too.
            EventParticipant Envoy() => new() { Actor = a.SteveWitkoff, Role = Role.Party, Represents = a.UnitedStates };
            EventParticipant President() => new() { Actor = a.VladimirPutin, Role = Role.Party, Represents = a.Russia };

            var february = Publish(new Talks
            {
                Slug = "witkoff-putin-talks-2025-02",
                Title = "First Witkoff–Putin meeting since February",
                Summary = "The first of the three meetings between Trump's envoy and the Russian president counted by the report. The report says only that it took place; its date, place and content are not given.",
                OccurredOn = February2025, DatePrecision = DatePrecision.Month,
                Format = TalksFormat.InPerson,
                Round = "first meeting since February",
                Track = witkoffPutin, RoundNumber = 1,
                Participants = [Envoy(), President()],
                Sources = [Cite(Excerpt.ThirdMeeting)],
            });

            var march = Publish(new Talks
            {
                Slug = "witkoff-putin-talks-2025-03",
                Title = "Second Witkoff–Putin meeting since February",
                Summary = "The meeting before the Saint Petersburg talks. The report gives no date, place or content, only Witkoff's praise of Putin afterwards.",
                OccurredOn = March2025, DatePrecision = DatePrecision.Month,
                Format = TalksFormat.InPerson,
                Round = "second meeting since February",
                Track = witkoffPutin, RoundNumber = 2,
                Participants = [Envoy(), President()],
                Sources = [Cite(Excerpt.ThirdMeeting)],
                LinksFrom = [Link(february, "follows")],
            });

            var witkoffPraise = Publish(new Statement
            {
                Slug = "witkoff-praises-putin-2025-03",
                Title = "Witkoff speaks warmly of Putin after their meeting",
                Summary = "After his second meeting with the Russian president, Trump's envoy praised him in personal terms; the report reads this as a sign that Washington's stance towards Moscow had changed in Trump's second term.",
                OccurredOn = March2025, DatePrecision = DatePrecision.Month,
                // The report quotes two separate phrases, not a sentence; the bracketed ellipsis marks the words between.
                Quote = "great leader […] not a bad guy",
                Participants = [Participant(Role.Speaker, a.SteveWitkoff), Participant(Role.Subject, a.VladimirPutin)],
                Sources = [Cite(Excerpt.WitkoffPraise)],
                LinksFrom = [Link(march, "follows")],
            });

            var saintPetersburg = Publish(new Talks
            {
                Slug = "witkoff-putin-talks-saint-petersburg-2025-04",
                Title = "Witkoff and Putin hold talks in Saint Petersburg",
                Summary = "Trump's envoy and the Russian president met for 4.5 hours, by the count of Russian state news agencies, just after Trump had publicly urged Moscow to hurry. A possible Trump–Putin summit was reportedly on the table.",
                OccurredOn = Friday, DatePrecision = DatePrecision.Day,
                Place = "Saint Petersburg",
                Format = TalksFormat.InPerson,
                DurationMinutes = 270,
                Round = "third meeting since February",
                Track = witkoffPutin, RoundNumber = 3,
                Outcome = "Nothing announced. The Kremlin said only that the discussion covered several aspects of a settlement in Ukraine.",
                Participants =
                [
                    Envoy(),
                    President(),
                    Participant(Role.Mentioned, a.DonaldTrump),
                    Participant(Role.Mentioned, a.RussianStateNewsAgencies),
                ],
                Sources = [Cite(Excerpt.SaintPetersburgMeeting)],
                LinksFrom = [Link(march, "follows"), Link(february, "follows")],
            });

            var trumpPost = Publish(new Statement
            {
                Slug = "trump-truth-social-russia-must-move-2025-04-11",
                Title = "Trump tells Russia to move faster towards ending the war",
                Summary = "Shortly before his envoy sat down with Putin, Trump publicly pressed Moscow to speed up efforts to end the war with Ukraine, which he called pointless and avoidable.",
                OccurredOn = Friday, DatePrecision = DatePrecision.Day,
                // Three fragments the report quotes from one post, in the order it gives them.
                Quote = "Russia has to get moving […] senseless […] should have never happened",
                Platform = "Truth Social",
                Participants =
                [
                    Participant(Role.Speaker, a.DonaldTrump),
                    Participant(Role.Subject, a.Russia),
                    Participant(Role.Mentioned, a.Ukraine),
                ],
                Sources = [Cite(Excerpt.TrumpPost)],
                LinksFrom = [Link(saintPetersburg, "precedes")],
            });

            var kremlinReadout = Publish(new Statement
            {
                Slug = "kremlin-readout-witkoff-putin-talks-2025-04-11",
                Title = "Kremlin gives a brief account of the Saint Petersburg talks",
                Summary = "After the meeting the Kremlin described its subject in one line, the settlement in Ukraine, and disclosed nothing more.",
                OccurredOn = Friday, DatePrecision = DatePrecision.Day,
                Quote = "focused on various aspects of the Ukrainian settlement",
                Participants =
                [
                    Participant(Role.Speaker, a.Kremlin),
                    Participant(Role.Mentioned, a.SteveWitkoff),
                    Participant(Role.Mentioned, a.VladimirPutin),
                ],
                Sources = [Cite(Excerpt.KremlinReadout)],
                LinksFrom = [Link(saintPetersburg, "describes")],
            });

            // The report says "earlier" without a day: on or just before the day of the talks.
            var peskovExpectations = Publish(new Statement
            {
                Slug = "peskov-no-breakthroughs-expected-2025-04",
                Title = "Peskov plays down hopes for the Saint Petersburg talks",
                Summary = "Before the meeting the Kremlin spokesman lowered expectations, saying it would not produce a diplomatic breakthrough.",
                OccurredOn = Friday, DatePrecision = DatePrecision.Approximate,
                Quote = Paraphrased("Peskov said no diplomatic “breakthroughs” should be expected from the talks."),
                Participants =
                [
                    Participant(Role.Speaker, a.DmitryPeskov),
                    Participant(Role.Mentioned, a.SteveWitkoff),
                    Participant(Role.Mentioned, a.VladimirPutin),
                ],
                Sources = [Cite(Excerpt.PeskovExpectations)],
                LinksFrom = [Link(saintPetersburg, "sets expectations for")],
            });

            var summitReportSource = Cite(Excerpt.ThirdMeeting);
            var summitReport = Publish(Judged(new Claim
            {
                Slug = "claim-trump-putin-meeting-discussed-2025-04",
                Title = "Reports: a Trump–Putin meeting may have been discussed",
                Summary = "Unnamed reports suggest the Saint Petersburg talks may have touched on a possible summit between the US and Russian presidents.",
                OccurredOn = Friday, DatePrecision = DatePrecision.Approximate,
                ClaimText = "A possible meeting between Donald Trump and Vladimir Putin was discussed at the Witkoff–Putin talks in Saint Petersburg.",
                Participants =
                [
                    Participant(Role.Claimant, a.UnattributedReports),
                    Participant(Role.Subject, a.DonaldTrump),
                    Participant(Role.Subject, a.VladimirPutin),
                    Participant(Role.Mentioned, a.SteveWitkoff),
                ],
                Positions = [Position(a.UnattributedReports, ClaimStance.Asserts, Friday, summitReportSource)],
                Sources = [summitReportSource],
                LinksFrom = [Link(saintPetersburg, "reportedly discussed at")],
            }, ClaimVerdict.Unverified,
                "The report attributes this to unnamed reports and hedges it; neither Washington nor Moscow confirms or denies it there."));

            return [february, march, witkoffPraise, saintPetersburg, trumpPost, kremlinReadout, peskovExpectations, summitReport];
        }

        public IEnumerable<Event> ChineseNationals()
        {
            // The report says "recently", before Zelensky's Friday remarks; the day is approximate.
            var captureDate = new DateOnly(2025, 4, 8);
            var denialDate = new DateOnly(2025, 4, 9);

            var captureSource = Cite(Excerpt.CapturedInDonetsk);
            var denialSource = Cite(Excerpt.DenialAndBeijing);
            var capture = Publish(Judged(new Claim
            {
                Slug = "claim-two-chinese-nationals-captured-donetsk-2025-04",
                Title = "Ukraine says it took two Chinese citizens prisoner from Russia's ranks",
                Summary = "Ukraine said its forces had taken prisoner two Chinese citizens serving with the Russian army in Ukraine's Donetsk region. The Kremlin rejected the accusation and Beijing warned against irresponsible talk.",
                OccurredOn = captureDate, DatePrecision = DatePrecision.Approximate,
                Place = "Donetsk region",
                ClaimText = "Ukrainian forces took prisoner two Chinese citizens who were serving with Russian forces in Ukraine's Donetsk region.",
                Participants =
                [
                    Participant(Role.Claimant, a.Ukraine),
                    Participant(Role.Subject, a.Russia),
                    Participant(Role.Mentioned, a.China),
                ],
                Positions =
                [
                    Position(a.Ukraine, ClaimStance.Asserts, captureDate, captureSource),
                    Position(a.Kremlin, ClaimStance.Denies, denialDate, denialSource, "Date approximate: the report gives none."),
                    Position(a.China, ClaimStance.Disputes, denialDate, denialSource,
                        "Neither confirms nor denies the capture in the words reported; calls on every side to refrain from remarks it deems irresponsible. Date approximate."),
                ],
                Sources = [captureSource, denialSource],
            }, ClaimVerdict.Disputed,
                "Ukraine asserts it and the Kremlin denies it; the report cites no independent confirmation either way."));

            var chinaResponse = Publish(new Statement
            {
                Slug = "china-warns-against-irresponsible-remarks-2025-04",
                Title = "China asks all sides to mind their words",
                Summary = "Responding to Ukraine's account of Chinese citizens captured while fighting for Russia, China asked every side to refrain from remarks it called irresponsible, without addressing the capture itself.",
                OccurredOn = denialDate, DatePrecision = DatePrecision.Approximate,
                // Only these two words are quoted in the report; anything longer would be invented.
                Quote = "irresponsible remarks",
                Participants = [Participant(Role.Speaker, a.China), Participant(Role.Mentioned, a.Ukraine)],
                Sources = [Cite(Excerpt.DenialAndBeijing)],
                LinksFrom = [Link(capture, "responds to")],
            });

            var brussels = Publish(new Statement
            {
                Slug = "zelensky-brussels-chinese-nationals-2025-04-11",
                Title = "Zelensky tells allied military chiefs hundreds of Chinese fight for Russia",
                Summary = "Speaking to the military chiefs of Ukraine's allies in Brussels, Zelensky accused Moscow of pulling China into the war and of using Chinese recruits to drag it out.",
                OccurredOn = Friday, DatePrecision = DatePrecision.Day,
                Place = "Brussels",
                Quote = "As of now, we have information that at least several hundred Chinese nationals are fighting as part of Russia’s occupation forces. This means Russia is clearly trying to prolong the war – even by using Chinese lives.",
                Platform = "Address to allied military chiefs",
                Participants =
                [
                    Participant(Role.Speaker, a.VolodymyrZelensky),
                    Participant(Role.Subject, a.Russia),
                    Participant(Role.Mentioned, a.China),
                ],
                Sources = [Cite(Excerpt.ZelenskyAccusesMoscow)],
            });

            var hundredsSource = Cite(Excerpt.ZelenskyAccusesMoscow);
            var hundredsDenialSource = Cite(Excerpt.DenialAndBeijing);
            var hundreds = Publish(Judged(new Claim
            {
                Slug = "claim-chinese-nationals-fighting-for-russia-2025-04",
                Title = "Zelensky: hundreds of Chinese citizens serve in Russia's army",
                Summary = "Zelensky put the number of Chinese citizens serving in Russia's invasion force at several hundred at least, and said it shows Moscow pulling China into the conflict.",
                OccurredOn = Friday, DatePrecision = DatePrecision.Day,
                Place = "Brussels",
                ClaimText = "No fewer than several hundred Chinese citizens are serving in the Russian forces fighting in Ukraine.",
                Participants =
                [
                    Participant(Role.Claimant, a.VolodymyrZelensky),
                    Participant(Role.Subject, a.Russia),
                    Participant(Role.Mentioned, a.China),
                ],
                Positions =
                [
                    Position(a.VolodymyrZelensky, ClaimStance.Asserts, Friday, hundredsSource),
                    // The only denial the report carries answers the earlier accusation (the two captured men); the
                    // note keeps the position from reading as a reply to the figure of several hundred.
                    Position(a.Kremlin, ClaimStance.Denies, denialDate, hundredsDenialSource,
                        "Denial of Ukraine's earlier accusation that Chinese nationals fight for Russia; the report carries no Kremlin reply to the figure of several hundred."),
                ],
                Sources = [hundredsSource, hundredsDenialSource],
                LinksFrom = [Link(brussels, "made in"), Link(capture, "builds on")],
            }, ClaimVerdict.Unverified,
                "The figure comes from Ukrainian information the report does not detail; Moscow denied the related earlier accusation and nothing independent confirms the number."));

            return [capture, chinaResponse, brussels, hundreds];
        }

        public IEnumerable<Event> PrisonerExchanges()
        {
            var earlierSwap = Publish(new PrisonerExchange
            {
                Slug = "us-russia-prisoner-exchange-2025-02",
                Title = "Earlier US–Russia prisoner exchange",
                Summary = "The swap that preceded the Karelina–Petrov exchange by less than two months. The report does not say who was exchanged, so no lines or names are recorded.",
                OccurredOn = February2025, DatePrecision = DatePrecision.Month,
                Participants = [Participant(Role.Party, a.UnitedStates), Participant(Role.Party, a.Russia)],
                Sources = [Cite(Excerpt.KarelinaSwap)],
            });

            // The report omits the year of the arrest; it must precede the 12-year sentence she was serving by April
            // 2025, and the public record puts it in January 2024.
            var treasonSource = Cite(Excerpt.KarelinaSentence);
            var treasonCase = Publish(Judged(new Claim
            {
                Slug = "claim-karelina-treason-2024",
                Title = "Russia convicts Ksenia Karelina of treason over a small donation",
                Summary = "Detained in January during a family visit to Russia, the US-Russian dancer later received a 12-year prison term for treason, a charge based on a gift of about $50 to a charity supporting Ukraine.",
                OccurredOn = new DateOnly(2024, 1, 1), DatePrecision = DatePrecision.Month,
                Place = "Russia",
                ClaimText = "Ksenia Karelina committed treason against Russia by donating about $50 to a charity supporting Ukraine.",
                Participants = [Participant(Role.Claimant, a.Russia), Participant(Role.Subject, a.KseniaKarelina)],
                Positions =
                [
                    Position(a.Russia, ClaimStance.Asserts, new DateOnly(2024, 1, 1), treasonSource,
                        "Arrested her in January (month only) and later sentenced her to 12 years for treason."),
                ],
                Sources = [treasonSource],
            }, ClaimVerdict.Unverified,
                "The conviction is a fact; that the donation amounts to treason is the Russian state's characterisation, and the report offers no further evidence or independent assessment."));

            var karelinaPetrov = Publish(new PrisonerExchange
            {
                Slug = "karelina-petrov-prisoner-exchange-2025-04-10",
                Title = "Russia frees Ksenia Karelina in exchange for Arthur Petrov",
                Summary = "Russia released the US-Russian ballet dancer Ksenia Karelina and the United States handed over Arthur Petrov, suspected of smuggling technology: the second exchange of prisoners between Moscow and Washington within two months.",
                OccurredOn = Thursday, DatePrecision = DatePrecision.Day,
                Lines =
                [
                    Line(a.Russia, a.UnitedStates, DetaineeCategory.Civilian, 1),
                    // Petrov is described as a suspect, not a convict, so neither Convict nor Civilian fits exactly.
                    Line(a.UnitedStates, a.Russia, DetaineeCategory.Other, 1),
                ],
                Detainees =
                [
                    new ExchangedDetainee
                    {
                        Name = "Ksenia Karelina", ReleasedBy = a.Russia, ReleasedTo = a.UnitedStates, Category = DetaineeCategory.Civilian,
                        Note = "Ballet dancer with US and Russian citizenship, serving a 12-year sentence for treason.",
                    },
                    new ExchangedDetainee
                    {
                        Name = "Arthur Petrov", ReleasedBy = a.UnitedStates, ReleasedTo = a.Russia, Category = DetaineeCategory.Other,
                        Note = "Held in the United States on suspicion of smuggling technology.",
                    },
                ],
                Participants =
                [
                    Participant(Role.Party, a.UnitedStates),
                    Participant(Role.Party, a.Russia),
                    Participant(Role.Subject, a.KseniaKarelina),
                    Participant(Role.Subject, a.ArthurPetrov),
                ],
                Sources = [Cite(Excerpt.KarelinaSwap)],
                LinksFrom = [Link(earlierSwap, "follows"), Link(treasonCase, "releases the person convicted in")],
            });

            // The report gives no day; it places the remark with the Thursday exchange.
            var lavrov = Publish(new Statement
            {
                Slug = "lavrov-exchanges-rebuild-trust-2025-04",
                Title = "Lavrov: prisoner swaps help restore trust with Washington",
                Summary = "Russia's foreign minister presented the exchanges as a way of repairing trust between Russia and the United States after it eroded under the Biden administration.",
                OccurredOn = Thursday, DatePrecision = DatePrecision.Approximate,
                Quote = Paraphrased("Lavrov said the prisoner exchanges were helping Russia and the United States rebuild the trust between them that had worn away while Joe Biden was president."),
                Participants =
                [
                    Participant(Role.Speaker, a.SergeiLavrov),
                    Participant(Role.Mentioned, a.UnitedStates),
                    Participant(Role.Mentioned, a.JoeBiden),
                ],
                Sources = [Cite(Excerpt.LavrovTrust)],
                LinksFrom = [Link(karelinaPetrov, "comments on"), Link(earlierSwap, "comments on")],
            });

            return [earlierSwap, treasonCase, karelinaPetrov, lavrov];
        }

        public IEnumerable<Event> CeasefireTrack()
        {
            var fullSource = Cite(Excerpt.FullCeasefireRefused);
            var fullCeasefire = Publish(new CeasefireProposal
            {
                Slug = "us-full-ceasefire-proposal-2025-03",
                Title = "US proposal for a full ceasefire",
                Summary = "The United States put forward a complete ceasefire. Ukraine agreed to it about a month before the report; Russia has refused it.",
                OccurredOn = March2025, DatePrecision = DatePrecision.Month,
                Scope = CeasefireScope.Full,
                CeasefireStatus = CeasefireStatus.Proposed,
                Responses =
                [
                    Response(a.Ukraine, ProposalResponse.Accepted, fullSource),
                    Response(a.Russia, ProposalResponse.Rejected, fullSource),
                ],
                Participants =
                [
                    Participant(Role.Proposer, a.UnitedStates),
                    Participant(Role.Party, a.Ukraine),
                    Participant(Role.Party, a.Russia),
                ],
                Sources = [fullSource],
            });

            // The report does not say whether this was part of the Brussels address, so neither place nor day is claimed.
            var zelenskyCondemns = Publish(new Statement
            {
                Slug = "zelensky-condemns-russian-refusal-2025-04",
                Title = "Zelensky condemns Russia for refusing the full ceasefire",
                Summary = "Zelensky denounced Moscow's rejection of the complete ceasefire that Washington proposed and Kyiv accepted.",
                OccurredOn = Friday, DatePrecision = DatePrecision.Approximate,
                Quote = Paraphrased("Zelensky condemned Russia for refusing the full ceasefire proposed by the United States and accepted by Ukraine."),
                Participants =
                [
                    Participant(Role.Speaker, a.VolodymyrZelensky),
                    Participant(Role.Subject, a.Russia),
                    Participant(Role.Mentioned, a.UnitedStates),
                ],
                Sources = [Cite(Excerpt.FullCeasefireRefused)],
                LinksFrom = [Link(fullCeasefire, "condemns the refusal of")],
            });

            var stallingSource = Cite(Excerpt.Stalling);
            var stalling = Publish(Judged(new Claim
            {
                Slug = "claim-russia-stalling-negotiations-2025-04",
                Title = "Kyiv suspects Russia of deliberately stalling negotiations",
                Summary = "Ukraine, like many of the Western governments that back it, suspects Moscow of dragging out the ceasefire negotiations on purpose while Washington keeps pushing for a truce.",
                OccurredOn = Friday, DatePrecision = DatePrecision.Approximate,
                ClaimText = "Russia is deliberately delaying the ceasefire negotiations.",
                Participants = [Participant(Role.Claimant, a.Ukraine), Participant(Role.Subject, a.Russia)],
                Positions =
                [
                    Position(a.Ukraine, ClaimStance.Asserts, Friday, stallingSource,
                        "A suspicion the report describes as ongoing and shared by many Western allies; dated to the report."),
                ],
                Sources = [stallingSource],
                LinksFrom = [Link(fullCeasefire, "relates to")],
            }, ClaimVerdict.Unverified,
                "A reading of Russia's intent; the report gives no evidence for it and no Russian response to it."));

            var blackSeaSource = Cite(Excerpt.BlackSeaConditions);
            var blackSea = Publish(new CeasefireProposal
            {
                Slug = "black-sea-truce-russian-conditions-2025-03",
                Title = "Black Sea truce, with Russian conditions attached",
                Summary = "The Kremlin has shown interest in a Black Sea truce but ties it to conditions, among them an end to Western sanctions. The report does not say who proposed the truce.",
                OccurredOn = March2025, DatePrecision = DatePrecision.Month,
                Scope = CeasefireScope.BlackSea,
                CeasefireStatus = CeasefireStatus.Proposed,
                Responses =
                [
                    Response(a.Russia, ProposalResponse.AcceptedWithConditions, blackSeaSource,
                        "Lifting of Western sanctions, among other conditions the report does not list."),
                ],
                Participants = [Participant(Role.Party, a.Russia), Participant(Role.Party, a.Ukraine)],
                Sources = [blackSeaSource],
                LinksFrom = [Link(fullCeasefire, "narrower than")],
            });

            var saudiTalks = Publish(new Talks
            {
                Slug = "ceasefire-talks-saudi-arabia-2025-03",
                Title = "Ceasefire talks in Saudi Arabia",
                Summary = "Talks held in Saudi Arabia produced a temporary understanding to stop aerial strikes on energy facilities, without a formal agreement.",
                OccurredOn = March2025, DatePrecision = DatePrecision.Month,
                Place = "Saudi Arabia",
                Format = TalksFormat.InPerson,
                Outcome = "A temporary halt to aerial strikes on energy targets; no formal agreement.",
                Participants =
                [
                    Participant(Role.Host, a.SaudiArabia),
                    Participant(Role.Mediator, a.UnitedStates),
                    Participant(Role.Party, a.Russia),
                    Participant(Role.Party, a.Ukraine),
                ],
                Sources = [Cite(Excerpt.EnergyMoratorium)],
            });

            var moratoriumSource = Cite(Excerpt.EnergyMoratorium);
            var moratorium = Publish(new CeasefireProposal
            {
                Slug = "energy-strike-moratorium-2025-03",
                Title = "Moratorium on strikes against energy targets",
                Summary = "A temporary, informal pause in aerial attacks on energy infrastructure that came out of the Saudi Arabia talks. Russia and Ukraine each accuse the other of carrying on such attacks.",
                OccurredOn = March2025, DatePrecision = DatePrecision.Month,
                Scope = CeasefireScope.EnergyInfrastructure,
                CoverageDetail = "Aerial strikes on energy targets only",
                CeasefireStatus = CeasefireStatus.Violated,
                // Agreed between the two warring sides at the Saudi Arabia talks; "no formal agreement was reached",
                // so it was never put in writing.
                Declaration = CeasefireDeclaration.Bilateral,
                Form = CeasefireForm.Verbal,
                Responses =
                [
                    Response(a.Russia, ProposalResponse.Accepted, moratoriumSource),
                    Response(a.Ukraine, ProposalResponse.Accepted, moratoriumSource),
                ],
                Violations =
                [
                    Violation(a.Russia, a.Ukraine, moratoriumSource,
                        "Russia accuses Ukraine of continuing aerial strikes on energy targets despite the moratorium."),
                    Violation(a.Ukraine, a.Russia, moratoriumSource,
                        "Ukraine accuses Russia of continuing aerial strikes on energy targets despite the moratorium."),
                ],
                Participants =
                [
                    Participant(Role.Mediator, a.UnitedStates),
                    Participant(Role.Party, a.Russia),
                    Participant(Role.Party, a.Ukraine),
                ],
                Sources = [moratoriumSource],
                LinksFrom = [Link(saudiTalks, "agreed at")],
            });

            return [fullCeasefire, zelenskyCondemns, stalling, blackSea, saudiTalks, moratorium];
        }

        private T Publish<T>(T e) where T : Event
        {
            e.Status = EventStatus.Published;
            e.CreatedAt = e.UpdatedAt = now;
            e.CreatedBy = e.UpdatedBy = Author;
            return e;
        }

        /// <summary>Sets the verdict and its first history entry together, so the two cannot disagree.</summary>
        private Claim Judged(Claim claim, ClaimVerdict verdict, string reason)
        {
            claim.Verdict = verdict;
            claim.VerdictHistory.Add(new ClaimVerdictChange { Verdict = verdict, Reason = reason, DecidedAt = now, DecidedBy = Author });
            return claim;
        }

        // The report gives no dates for the mutual accusations; they are dated to its publication, the latest
        // day they are known to have been made.
        private static ViolationAllegation Violation(Actor accuser, Actor accused, Source source, string description) =>
            new() { Accuser = accuser, Accused = accused, AllegedOn = ArticlePublishedOn, Description = description, Source = source };

        private static CeasefireResponse Response(Actor actor, ProposalResponse response, Source source, string? conditions = null) =>
            new() { Actor = actor, Response = response, Conditions = conditions, Source = source };

        private static ClaimPosition Position(Actor actor, ClaimStance stance, DateOnly statedOn, Source source, string? note = null) =>
            new() { Actor = actor, Stance = stance, StatedOn = statedOn, Source = source, Note = note };

        private static ExchangeLine Line(Actor from, Actor to, DetaineeCategory category, int count) =>
            new() { FromActor = from, ToActor = to, Category = category, Count = count };

        private static EventParticipant Participant(Role role, Actor actor) => new() { Actor = actor, Role = role };

        private static EventLink Link(Event to, string relation) => new() { ToEvent = to, Relation = relation };

        /// <summary>
        /// A statement whose words the report only relays: <see cref="Statement.Quote"/> is meant to be verbatim, so
        /// the marker tells readers these are not the speaker's words.
        /// </summary>
        private static string Paraphrased(string reportedSpeech) => "(paraphrase) " + reportedSpeech;

        /// <summary>A new source row for the report; each event owns its own, with the sentence it rests on.</summary>
        private static Source Cite(string excerpt) =>
            new() { Publisher = ArticlePublisher, Url = ArticleUrl, PublishedOn = ArticlePublishedOn, Excerpt = excerpt };
    }
}
