import Testing
@testable import DyadStore

@Suite struct StoreLocationTests {
    @Test func readsSQLiteAndPostgresLocations() throws {
        #expect(try StoreLocation.parse("sqlite:data/dyad.sqlite") == .sqlite(path: "data/dyad.sqlite"))
        #expect(try StoreLocation.parse("plain.sqlite") == .sqlite(path: "plain.sqlite"))
        guard case let .postgres(p) = try StoreLocation.parse("postgres://ann:s%40cret@db.example:6543/events") else {
            Issue.record("not a postgres location")
            return
        }
        #expect(p.host == "db.example" && p.port == 6543 && p.user == "ann" && p.password == "s@cret" && p.database == "events")
        #expect(p.redacted == "postgres://ann:***@db.example:6543/events")
    }

    @Test func theDefaultIsDyadDBOrDyadSqlite() throws {
        #expect(try StoreLocation.defaultLocation(environment: [:]) == .sqlite(path: "dyad.sqlite"))
        #expect(try StoreLocation.defaultLocation(environment: ["DYAD_DB": "sqlite:/tmp/x.sqlite"]) == .sqlite(path: "/tmp/x.sqlite"))
    }

    @Test(arguments: ["mysql://a@b/c", "sqlite:", "postgres://host/db", ""])
    func rejectsLocationsItCannotUse(_ text: String) {
        #expect(throws: StoreError.self) { try StoreLocation.parse(text) }
    }

    @Test func weeksStartOnMondayAndMonthsAreYearMonth() {
        #expect(TimeBucket.week.period(of: "2022-03-10") == "2022-03-07")  // a Thursday
        #expect(TimeBucket.week.period(of: "2022-03-07") == "2022-03-07")  // a Monday
        #expect(TimeBucket.week.period(of: "2022-01-02") == "2021-12-27")  // a Sunday
        #expect(TimeBucket.month.period(of: "2022-03-10") == "2022-03")
        #expect(TimeBucket.day.period(of: nil) == "undated")
    }

    @Test func prefixRangesCoverExactlyThePrefix() {
        #expect(EventFilter.successor(of: "RUS") == "RUT")
        #expect(EventFilter.successor(of: "19") == "1:")
        #expect("RUSGOV" >= "RUS" && "RUSGOV" < EventFilter.successor(of: "RUS"))
        #expect(!("RUT" < EventFilter.successor(of: "RUS")))
    }
}
