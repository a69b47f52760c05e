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
}
