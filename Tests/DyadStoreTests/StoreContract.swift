import DyadCore
import Foundation
import Testing
@testable import DyadStore

/// The contract every `EventStore` keeps, one body per behaviour, run by a suite per backend.
enum StoreContract {
    static func withStore(_ kind: Backend, _ body: (SQLEventStore, StoreLocation) async throws -> Void) async throws {
        try await StoreFixtures.withFreshLocation(kind) { location in
            try await withOpened(location) { store in try await body(store, location) }
        }
    }

    /// Runs `body` with the store at `location` open (migrated), and closes it however `body` ends.
    static func withOpened(_ location: StoreLocation, _ body: (SQLEventStore) async throws -> Void) async throws {
        let store = try await location.open()
        do {
            try await body(store)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }

    static func appliesEveryMigrationByName(_ kind: Backend) async throws {
        try await withStore(kind) { store, location in
            #expect(try await store.appliedMigrations() == Migration.all.map(\.name))
            // Opening again applies nothing twice.
            let again = try await location.open()
            #expect(try await again.appliedMigrations() == Migration.all.map(\.name))
            try await again.close()
        }
    }

    static func readsBackEveryFieldOfTheDataModel(_ kind: Backend) async throws {
        try await withStore(kind) { store, _ in
            let loc = Location(name: "Moscow", country: "RUS", lat: 55.75, lon: 37.62)
            var e1 = StoreFixtures.event("a1", 0, url: "https://example.org/a1", location: loc, rules: ["passive", "pronoun"])
            var again = e1
            again.evidence.sentence = 3
            again.evidence.verbSpan = nil
            e1.merge(again)  // a second mention, with its own evidence
            var e2 = StoreFixtures.event("a1", 1, date: nil, target: nil, cameo: "190")
            e2.evidence.sourceSpan = nil
            e2.plover = nil
            e2.modality = .hypothetical
            let item = StoreFixtures.article("a1", events: [e1, e2])
            #expect(try await store.write([item]) == [true])
            let back = try await store.events(matching: EventFilter(), after: nil, limit: 10)
            #expect(back.map(\.event) == [e1, e2])
            #expect(back.first?.site == "example.org")
            #expect(back.first?.published == "2022-03-10")
            #expect(back.first?.storedAt.count == 14)
            let byID = try await store.events(ids: [e2.id])
            #expect(byID.map(\.event) == [e2])
        }
    }

    static func keepsEventsWithCodesOutsideCameo(_ kind: Backend) async throws {
        try await withStore(kind) { store, _ in
            let cameo = StoreFixtures.event("a1", 0)
            var weis = StoreFixtures.event("a1", 1, cameo: "212")
            weis.label = "Code outside CAMEO"
            weis.quad = nil
            weis.goldstein = nil
            weis.plover = nil
            #expect(try await store.write([StoreFixtures.article("a1", events: [cameo, weis])]) == [true])
            let back = try await store.events(matching: EventFilter(), after: nil, limit: 10)
            #expect(back.map(\.event) == [cameo, weis])
            // The timeline counts it among the events, in no quad class and not in the mean.
            let days = try await store.dailyQuadCounts(matching: EventFilter())
            #expect(days.filter { $0.quad == nil }.map(\.count) == [1])
            let summary = PeriodSummary.summarize(days, by: nil)
            #expect(summary.map(\.events) == [2])
            #expect(summary.map(\.quad) == [[1, 0, 0, 0]])
            #expect(summary.map(\.goldsteinMean) == [cameo.goldstein!])
            #expect(try await store.events(matching: EventFilter(quad: .verbalCooperation), after: nil, limit: 10).map(\.event) == [cameo])
        }
    }

    static func writingTheSameArticleTwiceChangesNothing(_ kind: Backend) async throws {
        try await withStore(kind) { store, _ in
            let first = StoreFixtures.article("a1", events: [StoreFixtures.event("a1", 0), StoreFixtures.event("a1", 1)])
            #expect(try await store.write([first]) == [true])
            let changed = StoreFixtures.article("a1", events: [StoreFixtures.event("a1", 0, cameo: "190")])
            let other = StoreFixtures.article("a2", events: [StoreFixtures.event("a2", 0)])
            #expect(try await store.write([changed, other]) == [false, true])
            let counts = try await store.counts()
            #expect(counts.articles == 2)
            #expect(counts.events == 3)
            let a1 = try await store.events(matching: EventFilter(), after: nil, limit: 10).filter { $0.event.evidence.article == "a1" }
            #expect(a1.map(\.event.cameo) == ["051", "051"])
            #expect(try await store.existingArticleIDs(["a1", "a2", "a3"]) == ["a1", "a2"])
        }
    }

    static func concurrentWritersDoNotDuplicate(_ kind: Backend) async throws {
        try await withStore(kind) { store, location in
            let items = (0..<30).map { i in
                StoreFixtures.article("c\(i)", events: (0..<3).map { StoreFixtures.event("c\(i)", $0) })
            }
            let writers = 6
            let results = try await withThrowingTaskGroup(of: [Bool].self) { group in
                for w in 0..<writers {
                    group.addTask {
                        let own = try await location.open()
                        var mine: [Bool] = []
                        // Each writer goes through the articles in its own order, in small batches.
                        let shift = (w * 5) % items.count
                        let rotated: [ArticleWithEvents] = Array(items[shift...]) + Array(items[..<shift])
                        for start in stride(from: 0, to: rotated.count, by: 4) {
                            mine += try await own.write(Array(rotated[start..<min(start + 4, rotated.count)]))
                        }
                        try await own.close()
                        return mine
                    }
                }
                var all: [Bool] = []
                for try await r in group { all += r }
                return all
            }
            #expect(results.filter { $0 }.count == items.count)
            let counts = try await store.counts()
            #expect(counts.articles == 30)
            #expect(counts.events == 90)
        }
    }

    static func filtersMatchPrefixesCountriesAndDirections(_ kind: Backend) async throws {
        try await withStore(kind) { store, _ in
            func a(_ code: String, _ country: String?, _ role: String? = nil) -> ActorRef {
                StoreFixtures.actor(code, country, role)
            }
            let items = [
                StoreFixtures.article("f1", events: [
                    StoreFixtures.event("f1", 0, date: "2022-01-05", source: a("RUSGOV", "RUS", "GOV"), target: a("UKRMIL", "UKR", "MIL"), cameo: "190"),
                    StoreFixtures.event("f1", 1, date: "2022-01-06", source: a("RUSMIL", "RUS", "MIL"), target: a("UKR", "UKR"), cameo: "193"),
                ]),
                StoreFixtures.article("f2", events: [
                    StoreFixtures.event("f2", 0, date: "2022-02-10", source: a("UKRGOV", "UKR", "GOV"), target: a("RUSGOV", "RUS", "GOV"), cameo: "111"),
                    StoreFixtures.event("f2", 1, date: "2022-03-01", source: a("IGOEUREEC", "BEL"), target: a("RUSGOV", "RUS", "GOV"), cameo: "163"),
                    StoreFixtures.event("f2", 2, date: "2022-03-02", source: a("VENGOV", "VEN", "GOV"), target: a("RUSGOV", "RUS", "GOV"), cameo: "051"),
                    StoreFixtures.event("f2", 3, date: "2022-03-03", source: a("RUSSIA_X", nil), target: nil, cameo: "051"),
                ]),
            ]
            _ = try await store.write(items)
            func ids(_ f: EventFilter) async throws -> [String] {
                try await store.events(matching: f, after: nil, limit: 100).map(\.event.id)
            }
            #expect(try await ids(EventFilter(actor: "RUS")).count == 6)
            #expect(try await ids(EventFilter(actor: "RUSG")) == ["f1:0:0", "f2:0:0", "f2:1:0", "f2:2:0"])
            #expect(try await ids(EventFilter(actor: "BEL")) == ["f2:1:0"])
            #expect(try await ids(EventFilter(source: "RUS", target: "UKR")) == ["f1:0:0", "f1:1:0"])
            #expect(try await ids(EventFilter(source: "RUS", target: "UKR", bothDirections: true)) == ["f1:0:0", "f1:1:0", "f2:0:0"])
            #expect(try await ids(EventFilter(codePrefix: "19")) == ["f1:0:0", "f1:1:0"])
            #expect(try await ids(EventFilter(codePrefix: "05")) == ["f2:2:0", "f2:3:0"])
            #expect(try await ids(EventFilter(quad: .materialConflict)) == ["f1:0:0", "f1:1:0", "f2:1:0"])
            #expect(try await ids(EventFilter(quad: .verbalConflict)) == ["f2:0:0"])
            #expect(try await ids(EventFilter(from: "2022-02-10", to: "2022-03-01")) == ["f2:0:0", "f2:1:0"])
            let days = try await store.dailyQuadCounts(matching: EventFilter(actor: "RUS"))
            #expect(days.reduce(0) { $0 + $1.count } == 6)
            let months = PeriodSummary.summarize(days, by: .month)
            #expect(months.map(\.period) == ["2022-01", "2022-02", "2022-03"])
            #expect(months[0].quad == [0, 0, 0, 2])
            #expect(months[0].goldsteinSum == -20)
            #expect(months[0].goldsteinMean == -10)
            let network = try await store.dyadCounts(matching: EventFilter(from: "2022-03-01", to: "2022-03-31"))
            #expect(network.count == 3)
        }
    }

    /// Where the events happened: a country code takes every place in the country, a name one
    /// place; timelines and networks then count over the events (dyad_days keeps no place).
    static func filtersMatchPlaces(_ kind: Backend) async throws {
        try await withStore(kind) { store, _ in
            let kharkiv = Location(name: "Kharkiv", country: "UKR", lat: 49.99, lon: 36.23)
            let kyiv = Location(name: "Kyiv", country: "UKR", lat: 50.45, lon: 30.52)
            let dhaka = Location(name: "Dhaka", country: "BGD")
            _ = try await store.write([
                StoreFixtures.article("p1", events: [
                    StoreFixtures.event("p1", 0, date: "2022-03-01", source: StoreFixtures.actor("RUSMIL", "RUS", "MIL"),
                                        target: StoreFixtures.actor("UKR", "UKR"), cameo: "194", location: kharkiv),
                    StoreFixtures.event("p1", 1, date: "2022-03-02", source: StoreFixtures.actor("RUSMIL", "RUS", "MIL"),
                                        target: StoreFixtures.actor("UKR", "UKR"), cameo: "195", location: kyiv),
                    StoreFixtures.event("p1", 2, date: "2022-03-02", source: StoreFixtures.actor("RUSGOV", "RUS", "GOV"),
                                        target: StoreFixtures.actor("UKRGOV", "UKR", "GOV"), cameo: "111"),
                ]),
                StoreFixtures.article("p2", events: [
                    StoreFixtures.event("p2", 0, date: "2022-03-03", source: StoreFixtures.actor("BGDCOP", "BGD", "COP"),
                                        target: StoreFixtures.actor("BGDOPP", "BGD", "OPP"), cameo: "175", location: dhaka),
                ]),
            ])
            func ids(_ f: EventFilter) async throws -> [String] {
                try await store.events(matching: f, after: nil, limit: 100).map(\.event.id)
            }
            #expect(try await ids(EventFilter(place: "UKR")) == ["p1:0:0", "p1:1:0"])
            #expect(try await ids(EventFilter(place: "Kharkiv")) == ["p1:0:0"])
            #expect(try await ids(EventFilter(source: "RUS", target: "UKR", place: "Kyiv")) == ["p1:1:0"])
            #expect(try await ids(EventFilter(place: "FRA")).isEmpty)
            let days = try await store.dailyQuadCounts(matching: EventFilter(source: "RUS", target: "UKR", place: "UKR"))
            #expect(days.reduce(0) { $0 + $1.count } == 2)
            let network = try await store.dyadCounts(matching: EventFilter(place: "BGD"))
            #expect(network.map { "\($0.source)-\($0.target ?? "-")" } == ["BGDCOP-BGDOPP"])
        }
    }

    static func sqlMetacharactersAreOnlyData(_ kind: Backend) async throws {
        try await withStore(kind) { store, _ in
            _ = try await store.write([StoreFixtures.article("m1", events: [StoreFixtures.event("m1", 0)])])
            for hostile in ["'; DROP TABLE events; --", "RUS' OR '1'='1", "%", "_", "\\", "?", "$1"] {
                #expect(try await store.events(matching: EventFilter(actor: hostile), after: nil, limit: 10).isEmpty)
                #expect(try await store.dailyQuadCounts(matching: EventFilter(source: hostile, target: hostile, bothDirections: true)).isEmpty)
                #expect(try await store.events(matching: EventFilter(codePrefix: hostile), after: nil, limit: 10).isEmpty)
            }
            let counts = try await store.counts()
            #expect(counts.articles == 1 && counts.events == 1)
        }
    }

    static func aggregatesGroupAcrossArticles(_ kind: Backend) async throws {
        try await withStore(kind) { store, _ in
            // Two articles report VENGOV -> RUSGOV 051 on the same day; the earlier-published one comes first.
            // The late article reports one of its events twice: mentions count, not rows.
            var twice = StoreFixtures.event("b-late", 0, url: "https://late.example/1")
            twice.merge(StoreFixtures.event("b-late", 2, url: "https://late.example/1"))
            let late = StoreFixtures.article("b-late", published: "2022-03-11", site: "late.example", events: [
                twice,
                StoreFixtures.event("b-late", 1, url: "https://late.example/1"),
            ])
            let early = StoreFixtures.article("z-early", published: "2022-03-10", site: "early.example", events: [
                StoreFixtures.event("z-early", 0, url: "https://early.example/1"),
                StoreFixtures.event("z-early", 1, cameo: "190", url: "https://early.example/1"),
            ])
            _ = try await store.write([late, early])
            let groups = try await store.aggregates()
            #expect(groups.count == 2)
            let praise = try #require(groups.first { $0.cameo == "051" })
            #expect(praise.day == "2022-03-10")
            #expect(praise.numMentions == 4)
            #expect(praise.numArticles == 2)
            #expect(praise.numSources == 2)
            #expect(praise.sourceURL == "https://early.example/1")
            #expect(praise.firstEventID == "z-early:0:0")
            let fight = try #require(groups.first { $0.cameo == "190" })
            #expect(fight.numMentions == 1 && fight.numArticles == 1)
        }
    }

    static func recordsIngestRuns(_ kind: Backend) async throws {
        try await withStore(kind) { store, _ in
            let id = try await store.beginRun(inputs: ["a.jsonl"], startedAt: "2026-01-01T00:00:00Z")
            _ = try await store.write([StoreFixtures.article("r1", events: [])])
            var totals = IngestTotals()
            totals.articles = 1
            totals.newArticles = 1
            try await store.finishRun(id, totals: totals, finishedAt: "2026-01-01T00:00:01Z", status: "done")
            #expect(try await store.counts().runs == 1)
            #expect(try await store.counts().articles == 1)
        }
    }

    static func pagesThroughEventsInIdOrder(_ kind: Backend) async throws {
        try await withStore(kind) { store, _ in
            let items = (0..<7).map { i in StoreFixtures.article("p\(i)", events: (0..<3).map { StoreFixtures.event("p\(i)", $0) }) }
            _ = try await store.write(items)
            var export = StoreExport(store: store)
            export.pageSize = 4
            var seen: [String] = []
            try await export.forEachEvent { seen.append($0.event.id) }
            #expect(seen.count == 21)
            #expect(seen == seen.sorted())
            #expect(Set(seen).count == 21)
        }
    }

    static func exportsGDELTAndICEWSTables(_ kind: Backend) async throws {
        try await withStore(kind) { store, _ in
            _ = try await store.write([
                StoreFixtures.article("g1", events: [
                    StoreFixtures.event("g1", 0, url: "https://example.org/g1",
                                        location: Location(name: "Caracas", country: "VEN", lat: 10.5, lon: -66.9)),
                    StoreFixtures.event("g1", 1, cameo: "016"),
                ]),
                StoreFixtures.article("g2", events: [StoreFixtures.event("g2", 0, url: "https://example.org/g2")]),
            ])
            var events: [String] = []
            var mentions: [String] = []
            try await StoreExport(store: store).gdelt(event: { events.append($0) }, mention: { mentions.append($0) })
            #expect(GDELTEventWriter.columns.count == 61)
            #expect(events.count == 2)
            #expect(mentions.count == 3)
            let rows = events.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            for r in rows { #expect(r.count == 61) }
            let col = Dictionary(uniqueKeysWithValues: GDELTEventWriter.columns.enumerated().map { ($1, $0) })
            let deny = try #require(rows.first { $0[col["EventCode"]!] == "016" })
            #expect(deny[col["EventRootCode"]!] == "01")
            #expect(deny[col["GoldsteinScale"]!] == "-2")  // GDELT's table, not ICEWS's -5
            let praise = try #require(rows.first { $0[col["EventCode"]!] == "051" })
            #expect(praise[col["Day"]!] == "20220310")
            #expect(praise[col["MonthYear"]!] == "202203")
            #expect(praise[col["FractionDate"]!] == "2022.1890")
            #expect(praise[col["EventBaseCode"]!] == "051")
            #expect(praise[col["Actor1Code"]!] == "VENGOV")
            #expect(praise[col["Actor1Name"]!] == "NICOLAS MADURO")
            #expect(praise[col["Actor1Type1Code"]!] == "GOV")
            #expect(praise[col["NumMentions"]!] == "2")
            #expect(praise[col["NumArticles"]!] == "2")
            #expect(praise[col["IsRootEvent"]!] == "1")
            #expect(praise[col["ActionGeo_FullName"]!] == "Caracas")
            #expect(praise[col["ActionGeo_Lat"]!] == "10.5")
            #expect(praise[col["SOURCEURL"]!] == "https://example.org/g1")
            #expect(praise[col["DATEADDED"]!].count == 14)
            for m in mentions { #expect(m.split(separator: "\t", omittingEmptySubsequences: false).count == 16) }

            var icews: [String] = []
            let writer = ICEWSEventWriter()
            try await StoreExport(store: store).forEachEvent { icews.append(writer.row($0)) }
            let deny2 = try #require(icews.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }.first { $0[6] == "016" })
            #expect(deny2.count == ICEWSEventWriter.columns.count)
            #expect(deny2[7] == "-5")  // ICEWS Goldstein
            #expect(deny2[2] == "Nicolas Maduro")
            #expect(deny2[11] == "g1")
        }
    }

    static func nearDuplicatesAreOneArticleWithManyURLs(_ kind: Backend) async throws {
        try await withStore(kind) { store, _ in
            let h: UInt64 = 0x0123_4567_89AB_CDEF
            func item(_ id: String, _ simhash: UInt64?, _ url: String) -> ArticleWithEvents {
                var a = StoreFixtures.article(id, events: [StoreFixtures.event(id, 0), StoreFixtures.event(id, 1)])
                a.simhash = simhash
                a.urls = [url]
                return a
            }
            #expect(try await store.store([item("n1", h, "https://a.example/story")]) == [.new])
            // Two bits apart: the same story from another site.
            #expect(try await store.store([item("n2", h ^ 0b101, "https://b.example/story")]) == [.nearDuplicate(of: "n1")])
            // Three bits apart, one in each of three bands: still found through the fourth band.
            let three = h ^ (1 | 1 << 16 | 1 << 32)
            #expect(try await store.store([item("n3", three, "https://c.example/story")]) == [.nearDuplicate(of: "n1")])
            // Four bits apart, one in every band: another article.
            let four = h ^ (1 | 1 << 16 | 1 << 32 | 1 << 48)
            #expect(try await store.store([item("n4", four, "https://d.example/other")]) == [.new])
            // The same id again, from a new URL: the URL is added, nothing else.
            #expect(try await store.store([item("n1", h, "https://e.example/story")]) == [.existing])
            // No fingerprint (a short text): never merged.
            #expect(try await store.store([item("n5", nil, "https://a.example/story")]) == [.new])

            let counts = try await store.counts()
            #expect(counts.articles == 3)
            #expect(counts.events == 6)
            #expect(try await store.urls(ofArticle: "n1") == [
                "https://a.example/story", "https://b.example/story", "https://c.example/story", "https://e.example/story",
            ])
            #expect(try await store.urls(ofArticle: "n4") == ["https://d.example/other"])
            #expect(try await store.nearDuplicates(of: [h ^ 1, four ^ 0b11, h ^ 0xF0F0]) == ["n1", "n4", nil])

            try await store.addURLs([ArticleURL(articleID: "n4", url: "https://f.example/other"),
                                     ArticleURL(articleID: "n4", url: "https://d.example/other")])
            #expect(try await store.urls(ofArticle: "n4") == ["https://d.example/other", "https://f.example/other"])

            // Near duplicates within one batch: the first (by id) is stored, the other merged.
            let batch = try await store.store([item("m2", ~h ^ 0b1, "https://y.example/2"), item("m1", ~h, "https://y.example/1")])
            #expect(batch == [.nearDuplicate(of: "m1"), .new])
            #expect(try await store.urls(ofArticle: "m1") == ["https://y.example/1", "https://y.example/2"])
        }
    }

    static func concurrentNearDuplicateWritersStoreOneArticle(_ kind: Backend) async throws {
        try await withStore(kind) { store, location in
            let h: UInt64 = 0xFEDC_BA98_7654_3210
            let writers = 6
            let outcomes = try await withThrowingTaskGroup(of: [WriteOutcome].self) { group in
                for w in 0..<writers {
                    group.addTask {
                        let own = try await location.open()
                        // Each writer has its own copy of the story: one bit flipped, in different bands.
                        var item = StoreFixtures.article("w\(w)", events: [StoreFixtures.event("w\(w)", 0)])
                        item.simhash = h ^ (1 << UInt64(w * 10))
                        item.urls = ["https://site\(w).example/story"]
                        let result = try await own.store([item])
                        try await own.close()
                        return result
                    }
                }
                var all: [WriteOutcome] = []
                for try await r in group { all += r }
                return all
            }
            #expect(outcomes.filter(\.isNew).count == 1)
            let counts = try await store.counts()
            #expect(counts.articles == 1)
            #expect(counts.events == 1)
            let kept = try #require(try await store.events(matching: EventFilter(), after: nil, limit: 1).first?.event.evidence.article)
            #expect(try await store.urls(ofArticle: kept).count == writers)
        }
    }

    static func upgradingKeepsTheURLsOfEarlierArticles(_ kind: Backend) async throws {
        try await StoreFixtures.withFreshLocation(kind) { location in
            // A store as it was before near-duplicate detection: the first two migrations only.
            let old = try await StoreFixtures.openUnmigrated(location)
            try await old.migrate(Array(Migration.all.prefix(2)))
            _ = try await old.rows("""
                INSERT INTO articles (id, url, body, captions, related, source_format, event_count, stored_at)
                VALUES ('old1', 'https://example.org/old', '["Body."]', '[]', '[]', 'jsonl', 0, '20240101000000')
                """, [])
            try await old.close()
            let store = try await location.open()
            #expect(try await store.appliedMigrations() == Migration.all.map(\.name))
            #expect(try await store.urls(ofArticle: "old1") == ["https://example.org/old"])
            var totals = IngestTotals()
            totals.nearDuplicates = 2
            let run = try await store.beginRun(inputs: ["x"], startedAt: "2026-01-01T00:00:00Z")
            try await store.finishRun(run, totals: totals, finishedAt: "2026-01-01T00:00:01Z", status: "done")
            let merged = try await store.database.rows("SELECT near_duplicates FROM ingest_runs", [])
            #expect(merged.first?.first?.int == 2)
            try await store.close()
        }
    }
}
