import DyadCore
import DyadText
import Testing

/// Reading "on Wednesday", "yesterday", "on March 3" against the day an article was written.
@Suite struct TimeExpressionTests {
    /// 2008-08-02 was a Saturday.
    let saturday = CalendarDate(year: 2008, month: 8, day: 2)!

    func words(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }

    func resolved(_ text: String, on day: CalendarDate, ahead: Bool = false) -> [String] {
        TimeExpressions.find(in: words(text)).compactMap { $0.resolve(relativeTo: day, ahead: ahead)?.description }
    }

    @Test func aWeekdayIsTheLastSuchDayForAPastActAndTheNextForAPlannedOne() {
        #expect(resolved("Israel on Wednesday released the mayor", on: saturday) == ["2008-07-30"])
        #expect(resolved("talks will resume on Wednesday", on: saturday, ahead: true) == ["2008-08-06"])
        // The article's own weekday is the article's day, either way.
        #expect(resolved("protesters marched on Saturday", on: saturday) == ["2008-08-02"])
        #expect(resolved("protesters will march on Saturday", on: saturday, ahead: true) == ["2008-08-02"])
        // "last" and "next" never mean the day itself.
        #expect(resolved("they met last Saturday", on: saturday) == ["2008-07-26"])
        #expect(resolved("they meet next Saturday", on: saturday) == ["2008-08-09"])
        #expect(resolved("they meet this coming Monday", on: saturday) == ["2008-08-04"])
    }

    @Test func theRangeTakesInWordsOfTheSameDay() {
        let m = TimeExpressions.find(in: words("shelling resumed late Tuesday night in the east"))
        #expect(m.count == 1)
        #expect(m.first?.range == 3..<5)
        #expect(TimeExpressions.find(in: words("rebels attacked last Friday")).first?.range == 2..<4)
        #expect(TimeExpressions.find(in: words("he left yesterday morning")).first?.range == 2..<4)
    }

    @Test func namesOfDaysAndWordsWithoutCapitalsAreNoDays() {
        #expect(TimeExpressions.find(in: words("on Good Friday the church was full")).isEmpty)
        #expect(TimeExpressions.find(in: words("the Sunday Times reported the deal")).isEmpty)
        #expect(TimeExpressions.find(in: words("the wednesday meeting")).isEmpty)
        #expect(TimeExpressions.find(in: words("he may 5 times refuse")).isEmpty)
        // A day of the week before a capitalized word is still a day.
        #expect(resolved("on Tuesday Putin said", on: saturday) == ["2008-07-29"])
    }

    @Test func daysCountedFromTheArticle() {
        #expect(resolved("the minister resigned yesterday", on: saturday) == ["2008-08-01"])
        #expect(resolved("the ceasefire holds today", on: saturday) == ["2008-08-02"])
        #expect(resolved("the vote is tomorrow", on: saturday, ahead: true) == ["2008-08-03"])
        #expect(resolved("fighting broke out last night", on: saturday) == ["2008-08-01"])
        #expect(resolved("police said this morning", on: saturday) == ["2008-08-02"])
        #expect(resolved("troops left two days ago", on: saturday) == ["2008-07-31"])
        #expect(resolved("troops left 3 days ago", on: saturday) == ["2008-07-30"])
        // "days ago" with no number is no day.
        #expect(resolved("troops left days ago", on: saturday).isEmpty)
    }

    @Test func aDayOfAMonthTakesTheYearNearestTheArticle() {
        #expect(resolved("the accord signed on March 3", on: saturday) == ["2008-03-03"])
        // Early January, a late-December day is last year's; late December, an early-January
        // one is next year's.
        let january = CalendarDate(year: 2009, month: 1, day: 2)!
        #expect(resolved("the offensive began on December 27", on: january) == ["2008-12-27"])
        let december = CalendarDate(year: 2008, month: 12, day: 30)!
        #expect(resolved("elections set for January 4", on: december, ahead: true) == ["2009-01-04"])
        #expect(resolved("the attack of 3 March", on: saturday) == ["2008-03-03"])
        #expect(resolved("as of Aug. 26", on: saturday) == ["2008-08-26"])
        // No such day in any year: nothing.
        #expect(TimeExpressions.find(in: words("on February 30")).isEmpty)
    }

    @Test func aWholeDateIsItself() {
        #expect(resolved("on March 10 , 2022 the talks failed", on: saturday) == ["2022-03-10"])
        #expect(resolved("on 10 March 2022 the talks failed", on: saturday) == ["2022-03-10"])
        #expect(resolved("dated 2022-03-10 and signed", on: saturday) == ["2022-03-10"])
        let m = TimeExpressions.find(in: words("on March 10 , 2022 the talks failed"))
        #expect(m.first?.range == 1..<5)
        #expect(m.first?.rule == "date.full")
    }

    @Test func holidaysAreDaysOfTheirMonth() {
        let boxing = CalendarDate(year: 2023, month: 12, day: 28)!
        #expect(resolved("raided Jenin on Christmas Day", on: boxing) == ["2023-12-25"])
        #expect(resolved("a truce on Christmas Eve", on: boxing) == ["2023-12-24"])
        let january = CalendarDate(year: 2024, month: 1, day: 3)!
        #expect(resolved("struck Kyiv on New Year 's Day", on: january) == ["2024-01-01"])
        #expect(resolved("protests on New Year 's Eve", on: january) == ["2023-12-31"])
        // "New" before anything else is no day.
        #expect(TimeExpressions.find(in: words("a New York court")).isEmpty)
    }
}

