import DyadCoder
import DyadCore
import Testing

/// When and where an event happened, from the words of its predicate, each on a sentence
/// written for the test. 2008-08-02, the articles' date, was a Saturday.
@Suite struct EventSettingTests {
    func events(_ body: [String], date: String? = "2008-08-02") -> [Event] {
        let article = Article(id: "t", title: nil, published: date, body: body, sourceFormat: "text")
        return CodingRuleTests.coder.code(article).events
    }

    /// "SOURCE CODE TARGET DATE PLACE" for each event.
    func settings(_ text: String, date: String? = "2008-08-02") -> [String] {
        events([text], date: date).map {
            "\($0.source.code) \($0.cameo) \($0.target?.code ?? "-") \($0.date ?? "-") \($0.location.map { "\($0.name)/\($0.country ?? "-")" } ?? "-")"
        }
    }

    @Test func aDayNamedInTheActsClauseDatesIt() {
        #expect(settings("Kenyan police fired tear gas at opposition supporters in Nairobi on Tuesday.")
                == ["KENCOP 175 KENOPP 2008-07-29 Nairobi/KEN"])
        #expect(settings("Israeli warplanes struck Gaza yesterday.") == ["ISRMIL 195 PSE 2008-08-01 Gaza/PSE"])
        // Without a day of its own, the act takes the article's date; without that, none.
        #expect(settings("Israeli warplanes struck Gaza.") == ["ISRMIL 195 PSE 2008-08-02 Gaza/PSE"])
        #expect(settings("Israeli warplanes struck Gaza.", date: nil) == ["ISRMIL 195 PSE - Gaza/PSE"])
    }

    @Test func aPlannedActTakesTheComingDay() {
        #expect(settings("Russia and China will hold talks in Beijing on Friday.")
                == ["RUS 036 CHN 2008-08-08 Beijing/CHN", "CHN 036 RUS 2008-08-08 Beijing/CHN"])
    }

    @Test func theDayOfAReportIsNotTheDayOfTheActReported() {
        let e = events(["Ukrainian officials said on Monday that Russian forces shelled Kharkiv."])
        let shelling = e.first { $0.cameo.hasPrefix("19") }
        let accusation = e.first { $0.cameo == "112" }
        #expect(shelling?.date == "2008-08-02")
        #expect(shelling?.location?.name == "Kharkiv")
        #expect(accusation?.date == "2008-07-28")
        #expect(accusation?.evidence.rules.contains("date.weekday") == true)
    }

    @Test func theSubjectsPlaceIsTheActsOnlyForThoseAtHome() {
        // The commander's post is not where the talks were.
        #expect(settings("The US commander in Iraq held talks with Lebanese President Michel Suleiman on Wednesday.")
                .allSatisfy { $0.hasSuffix("2008-07-30 -") })
        // Police of the place act there.
        let e = events(["Palestinian police in Jericho arrested two Hamas members."])
        #expect(e.first?.location?.name == "Jericho")
        #expect(e.first?.evidence.rules.contains("location.subject") == true)
    }

    @Test func placesOfGoingAndPartsOfPlaces() {
        #expect(settings("Zambia extradited a British militant to Britain on Sunday.") == ["ZMB 063 GBR 2008-07-27 Britain/GBR"])
        #expect(settings("Turkish warplanes struck Kurdish militants in northern Iraq.") == ["TURMIL 195 IRQUAF 2008-08-02 Iraq/IRQ"])
        // Not a border closed to a country: that is at the doer's edge.
        #expect(settings("Russia closed its borders with Georgia.").allSatisfy { $0.hasSuffix(" -") })
    }

    @Test func aWireDatelinePlacesTheActsOfItsState() {
        let e = events(["NAIROBI (Reuters) - Police fired tear gas at opposition protesters on Friday."])
        #expect(e.count == 1)
        #expect(e.first?.location?.name == "Nairobi")
        #expect(e.first?.location?.country == "KEN")
        #expect(e.first?.date == "2008-08-01")
        #expect(e.first?.evidence.rules.contains("location.dateline") == true)
    }

    @Test func repeatsOfOneActOnDifferentDaysStayApart() {
        let e = events(["Russian troops shelled Kharkiv on Monday.", "Russian troops shelled Kharkiv again on Wednesday.",
                        "Russian troops shelled Kharkiv, officials said."])
        let shellings = e.filter { $0.cameo.hasPrefix("19") }
        #expect(shellings.map(\.date) == ["2008-07-28", "2008-07-30"])
        // The mention with no day joins the first.
        #expect(shellings.map(\.mentions) == [2, 1])
        // An undated first mention takes the day a later one gives.
        let later = events(["Russian troops shelled Kharkiv.", "Russian troops shelled Kharkiv on Wednesday."])
            .filter { $0.cameo.hasPrefix("19") }
        #expect(later.map(\.date) == ["2008-07-30"])
        #expect(later.first?.mentions == 2)
    }

    @Test func aParticipleAfterACommaHappensWhenAndWhereItsClauseDid() {
        let e = events(["Russian forces struck a hardware store in the northern city of Kharkiv on Saturday, killing 12 people, officials said."])
        let killing = e.first { $0.evidence.pattern.hasPrefix("190.kill") }
        #expect(killing?.date == "2008-08-02")  // the article's own Saturday
        #expect(killing?.location?.name == "Kharkiv")
        let earlier = events(["Russian forces struck a hardware store in Kharkiv yesterday, killing 12 people."])
            .first { $0.evidence.pattern.hasPrefix("190.kill") }
        #expect(earlier?.date == "2008-08-01")
        #expect(earlier?.location?.name == "Kharkiv")
        #expect(earlier?.evidence.rules.contains("setting.participle") == true)
    }

    @Test func aVisitHappensWhereItGoes() {
        #expect(settings("Iranian President Masoud Pezeshkian will pay a visit to Baghdad on Wednesday.", date: "2024-09-14")
                .contains("IRNGOV 036 IRQGOV 2024-09-18 Baghdad/IRQ"))
        #expect(settings("Russian President Vladimir Putin will visit North Korea on Tuesday.")
                .contains("RUSGOV 036 PRK 2008-08-05 North Korea/PRK"))
        // A seat of power is a place too.
        #expect(settings("Kenyan President William Ruto held talks with US President Joe Biden at the White House on Thursday.",
                         date: "2024-05-25").contains { $0.hasSuffix("2024-05-23 White House/USA") })
    }

    @Test func anIntentSaidInThePastIsDatedBack() {
        // "agreed on Wednesday to resume": the agreement was Wednesday, before the article.
        #expect(settings("Indian and Chinese officials agreed on Wednesday to resume border trade, the foreign ministry said.")
                .allSatisfy { $0.contains(" 2008-07-30 ") })
        // A tense of its own: the second act does not take the first one's day.
        let e = events(["Chinese President Xi Jinping began a state visit to France on Sunday and will travel to Serbia later in the week."])
        #expect(e.first { $0.target?.code == "FRA" }?.date == "2008-07-27")
        #expect(e.first { $0.target?.code == "SRB" }?.date == "2008-08-02")
    }

    @Test func aCountryAfterAPlaceDoesNotEndTheClause() {
        #expect(settings("Colombian troops killed six rebels near the town of Tumaco, Colombia, on July 27.")
                .contains { $0.contains(" 2008-07-27 ") })
    }

    @Test func neitherASeaNorAModifierIsAPlace() {
        #expect(settings("Houthi rebels fired a missile at a U.S. destroyer in the Red Sea on Sunday.")
                .allSatisfy { $0.hasSuffix(" -") })
        #expect(events(["North Korea fired a ballistic missile into the Sea of Japan on Monday."])
                    .allSatisfy { $0.location == nil })
        // A name before a time is no modifier.
        #expect(settings("Germany sent 200 soldiers to Lithuania last month.").contains { $0.hasSuffix("Lithuania/LTU") })
    }

    @Test func aReportUnderADatelineIsMadeThere() {
        let e = events(["ISLAMABAD (Reuters) - Pakistan's army said on Friday that Afghan militants attacked a checkpoint in North Waziristan."])
        let accusation = e.first { $0.cameo == "112" }
        #expect(accusation?.location?.name == "Islamabad")
        #expect(accusation?.date == "2008-08-01")
        #expect(e.first { $0.root == "19" }?.location?.name == "North Waziristan")
    }

    @Test func whatTheSameTwoDoNextHappenedOnTheirDay() {
        let e = events(["French President Emmanuel Macron hosted Chinese President Xi Jinping in Paris on Monday. The two leaders discussed trade."])
        let talks = e.filter { $0.cameo == "040" }
        #expect(!talks.isEmpty && talks.allSatisfy { $0.date == "2008-07-28" && $0.evidence.rules.contains("date.carried") })
        // Others, or the same two named again without reference, keep the article's day.
        let named = events(["Macron hosted Xi in Paris on Monday. Putin praised Xi."])
        #expect(named.first { $0.cameo == "051" }?.date == "2008-08-02")
    }

    @Test func aPlaceOwnedByACountryNamedBeforeIt() {
        #expect(settings("Pakistani jets struck hideouts in Afghanistan's Khost province.") == ["PAK 195 AFG 2008-08-02 Khost/AFG"])
    }

    @Test func aPlaceOfATopicIsNotWhereTheActHappened() {
        #expect(settings("Macron and Xi discussed the war in Ukraine.", date: "2024-05-10") == ["FRAGOV 040 CHNGOV 2024-05-10 -", "CHNGOV 040 FRAGOV 2024-05-10 -"])
        #expect(settings("Blinken met Netanyahu in Jerusalem to discuss the war in Gaza.").allSatisfy { $0.hasSuffix("Jerusalem/ISR") })
    }
}

