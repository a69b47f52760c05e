import DyadCore
import Testing
@testable import DyadStore

/// Contract bodies for `dyad_days`: timelines and networks read from it equal counts over the
/// events themselves, for every kind of filter, after writes and after the upgrade that fills it.
extension StoreContract {
    /// Varied events: actors without a country or with a country that is not their code's
    /// prefix, events without a target or a date, repeated mentions, the same key in several
    /// articles.
    static func variedArticles(_ prefix: String, count: Int, seed: UInt64) -> [ArticleWithEvents] {
        var state = seed
        func random(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let actors: [ActorRef?] = [
            StoreFixtures.actor("RUSGOV", "RUS", "GOV"), StoreFixtures.actor("RUSMIL", "RUS", "MIL"),
            StoreFixtures.actor("RUS", "RUS"), StoreFixtures.actor("UKRGOV", "UKR", "GOV"),
            StoreFixtures.actor("UKRMIL", "UKR", "MIL"), StoreFixtures.actor("USAGOV", "USA", "GOV"),
            StoreFixtures.actor("IGOEUREEC", "BEL"), StoreFixtures.actor("---CVL", nil, "CVL"),
            StoreFixtures.actor("RUSSIA_X", nil), nil,
        ]
        let codes = ["010", "036", "051", "0874", "111", "163", "190", "193", "1951"]
        let days: [String?] = ["2021-12-31", "2022-01-01", "2022-01-05", "2022-02-10", "2022-02-28", "2022-03-01", nil]
        return (0..<count).map { a in
            let id = "\(prefix)\(a)"
            let events = (0..<(1 + random(5))).map { n -> Event in
                var e = StoreFixtures.event(id, n, date: days[random(days.count)],
                                            source: actors[random(actors.count - 1)]!,
                                            target: actors[random(actors.count)], cameo: codes[random(codes.count)])
                if random(4) == 0 { e.merge(StoreFixtures.event(id, n + 10)) }
                return e
            }
            return StoreFixtures.article(id, events: events)
        }
    }

    static let dyadDaysFilters: [EventFilter] = [
        EventFilter(),
        EventFilter(source: "RUS", target: "UKR"),
        EventFilter(source: "RUS", target: "UKR", bothDirections: true),
        EventFilter(source: "RUSG", target: "UKR", bothDirections: true, from: "2022-01-01", to: "2022-02-28"),
        EventFilter(source: "BEL", target: "RUS", bothDirections: true),
        EventFilter(source: "---CVL", target: "RUS", bothDirections: true),
        EventFilter(source: "RUS"),
        EventFilter(source: "RUS", bothDirections: true),
        EventFilter(target: "UKR"),
        EventFilter(source: "NOPE", target: "RUS", bothDirections: true),
        EventFilter(actor: "RUS"),
        EventFilter(actor: "USA", codePrefix: "19"),
        EventFilter(codePrefix: "087"),
        EventFilter(quad: .materialConflict),
        EventFilter(from: "2022-01-01"),
        EventFilter(to: "2022-01-05"),
        EventFilter(from: "2022-02-01", to: "2022-02-28"),
        EventFilter(source: "UKR", target: "RUS", bothDirections: true, quad: .verbalCooperation, from: "2022-01-01"),
    ]

    /// The timeline and network of every filter, from dyad_days and from the events.
    static func expectDyadDaysMatchEvents(_ store: SQLEventStore) async throws {
        for f in dyadDaysFilters {
            let fast = try await store.dailyQuadCounts(matching: f)
            let slow = try await store.dailyQuadCountsFromEvents(matching: f)
            #expect(fast.map { [$0.day ?? "-", "\($0.quad?.rawValue ?? 0)", "\($0.count)"] } == slow.map { [$0.day ?? "-", "\($0.quad?.rawValue ?? 0)", "\($0.count)"] }, "timeline of \(f)")
            #expect(zip(fast, slow).allSatisfy { abs($0.goldsteinSum - $1.goldsteinSum) < 1e-9 }, "Goldstein of \(f)")
            let fastPairs = try await store.dyadCounts(matching: f)
            let slowPairs = try await store.dyadCountsFromEvents(matching: f)
            #expect(fastPairs.map { [$0.source, $0.target ?? "-", "\($0.count)"] } == slowPairs.map { [$0.source, $0.target ?? "-", "\($0.count)"] }, "network of \(f)")
            #expect(zip(fastPairs, slowPairs).allSatisfy { abs($0.goldsteinSum - $1.goldsteinSum) < 1e-9 }, "network Goldstein of \(f)")
        }
    }

    static func timelinesFromDyadDaysEqualCountsOverEvents(_ kind: Backend) async throws {
        try await withStore(kind) { store, _ in
            let first = variedArticles("v", count: 60, seed: 7)
            _ = try await store.write(Array(first[..<30]))
            _ = try await store.write(Array(first[30...]) + Array(first[..<5]))  // five again: counted once
            let total = first.reduce(0) { $0 + $1.events.count }
            #expect(try await store.counts().events == total)
            let all = try await store.dailyQuadCounts(matching: EventFilter())
            #expect(all.reduce(0) { $0 + $1.count } == total)
            #expect(all.contains { $0.day == nil })
            try await expectDyadDaysMatchEvents(store)
            // A near duplicate adds nothing.
            var copy = variedArticles("dup", count: 1, seed: 8)[0]
            copy.simhash = 0x1234
            var original = variedArticles("orig", count: 1, seed: 9)[0]
            original.simhash = 0x1235
            #expect(try await store.store([original]) == [.new])
            #expect(try await store.store([copy]) == [.nearDuplicate(of: original.article.id)])
            try await expectDyadDaysMatchEvents(store)
            let timeline = try await store.dailyQuadCounts(matching: EventFilter())
            #expect(timeline.reduce(0) { $0 + $1.count } == total + original.events.count)
        }
    }

    static func upgradingFillsDyadDaysFromStoredEvents(_ kind: Backend) async throws {
        try await StoreFixtures.withFreshLocation(kind) { location in
            // A store as it was before dyad_days, with events in it.
            #expect(StoreFixtures.migrations(before: .v5DyadDays).map(\.name).last == Migration.v4EventMentions.name)
            let items = variedArticles("u", count: 40, seed: 11)
            let old = try await StoreFixtures.openAsBefore(.v5DyadDays, at: location, holding: items)
            try await old.close()
            try await withOpened(location) { store in
                #expect(try await store.appliedMigrations() == Migration.all.map(\.name))
                let total = items.reduce(0) { $0 + $1.events.count }
                #expect(try await store.dailyQuadCounts(matching: EventFilter()).reduce(0) { $0 + $1.count } == total)
                try await expectDyadDaysMatchEvents(store)
                // Writes after the upgrade add to the filled rows.
                _ = try await store.write(variedArticles("w", count: 20, seed: 12))
                try await expectDyadDaysMatchEvents(store)
            }
        }
    }
}
