import DyadCore
import Testing
import DyadStore

@Suite struct PeriodSummaryTests {
    func day(_ d: String?, _ quad: QuadClass, _ n: Int, _ g: Double) -> DailyQuadCount {
        DailyQuadCount(day: d, quad: quad, count: n, goldsteinSum: g)
    }

    @Test func periodsWithoutEventsBetweenOthersAreZeroRows() {
        let days = [day("2021-12-30", .verbalCooperation, 2, 6), day("2022-01-20", .materialConflict, 1, -10), day(nil, .verbalConflict, 1, -4)]
        let weeks = PeriodSummary.summarize(days, by: .week)
        #expect(weeks.map(\.period) == ["2021-12-27", "2022-01-03", "2022-01-10", "2022-01-17", "undated"])
        #expect(weeks.map(\.events) == [2, 0, 0, 1, 1])
        #expect(weeks[1].quad == [0, 0, 0, 0] && weeks[1].goldsteinMean == 0)
        let months = PeriodSummary.summarize([day("2021-11-05", .verbalCooperation, 1, 1), day("2022-02-01", .verbalCooperation, 1, 1)], by: .month)
        #expect(months.map(\.period) == ["2021-11", "2021-12", "2022-01", "2022-02"])
        #expect(months.map(\.events) == [1, 0, 0, 1])
        let daily = PeriodSummary.summarize([day("2024-02-28", .verbalCooperation, 1, 1), day("2024-03-01", .verbalCooperation, 1, 1)], by: .day)
        #expect(daily.map(\.period) == ["2024-02-28", "2024-02-29", "2024-03-01"])
        #expect(PeriodSummary.summarize(days, by: nil).map(\.period) == ["all"])
    }

    @Test func fillingStopsAtTheLimit() {
        let far = PeriodSummary.summarize([day("1900-01-01", .verbalCooperation, 1, 1), day("2100-01-01", .verbalCooperation, 1, 1)], by: .day)
        #expect(far.count == 2 + PeriodSummary.maxFilledPeriods)
        #expect(far.last?.period == "2100-01-01")
    }
}
