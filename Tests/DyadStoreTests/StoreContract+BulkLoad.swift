import DyadCore
import Testing
@testable import DyadStore

/// Contract bodies for bulk loads: every query answers during and after a load as it does for
/// the same articles written without one, a load that is cut off is carried on and finished
/// by the next, and an upgraded store is not loading.
extension StoreContract {
    /// Whether each index a bulk load drops is there.
    static func deferredIndexesPresent(_ store: SQLEventStore) async throws -> [Bool] {
        let sql = store.database.dialect == .sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'"
            : "SELECT indexname FROM pg_indexes WHERE tablename = 'events'"
        let names = Set(try await store.database.rows(sql, []).compactMap { $0.first?.string })
        return BulkLoad.deferredIndexes.map { names.contains($0.name) }
    }

    /// A store no load is leaving unfinished: `dyad_days` counts every event once and every
    /// index a load drops is back.
    static func expectLoadedCompletely(_ store: SQLEventStore) async throws {
        try await expectDyadDaysMatchEvents(store)
        #expect(try await deferredIndexesPresent(store) == [true, true, true, true])
    }

    static func pendingRows(_ store: SQLEventStore) async throws -> Int? {
        try await store.database.rows("SELECT COUNT(*) FROM dyad_days_pending", []).first?.first?.int
    }

    /// What every query of `dyadDaysFilters` answers, as comparable strings.
    static func answers(_ store: SQLEventStore) async throws -> [String] {
        var out: [String] = []
        for f in dyadDaysFilters {
            let days = try await store.dailyQuadCounts(matching: f)
            out.append("\(f): " + days.map { "\($0.day ?? "-") \($0.quad?.rawValue ?? 0) \($0.count) \(($0.goldsteinSum * 1e6).rounded())" }.joined(separator: ", "))
            let pairs = try await store.dyadCounts(matching: f)
            out.append("\(f): " + pairs.map { "\($0.source) \($0.target ?? "-") \($0.count) \(($0.goldsteinSum * 1e6).rounded())" }.joined(separator: ", "))
            let events = try await store.events(matching: f, after: nil, limit: 10_000)
            out.append("\(f): " + events.map(\.event.id).joined(separator: " "))
        }
        out.append(try await store.aggregates().map { "\($0.day ?? "-") \($0.source) \($0.target ?? "-") \($0.cameo) \($0.numMentions)" }.joined(separator: ", "))
        return out
    }

    static func bulkLoadAnswersEveryQueryAsWithout(_ kind: Backend) async throws {
        let items = variedArticles("b", count: 80, seed: 21)
        let more = variedArticles("m", count: 30, seed: 22)
        // The same articles, written without a load.
        var expected: [String] = []
        var expectedFirst: [String] = []
        try await withStore(kind) { plain, _ in
            _ = try await plain.write(Array(items[..<40]))
            _ = try await plain.write(Array(items[40...]) + Array(items[..<3]))
            expectedFirst = try await answers(plain)
            _ = try await plain.write(more)
            expected = try await answers(plain)
            #expect(try await plain.bulkLoadUnderWay() == false)
        }
        try await StoreFixtures.withFreshLocation(kind) { location in
            var store = try await location.open()
            do {
                #expect(try await store.beginBulkLoad(onlyIfEmpty: true))
                #expect(try await store.bulkLoadUnderWay() == true)
                #expect(try await deferredIndexesPresent(store) == [false, false, false, false])
                _ = try await store.write(Array(items[..<40]))
                _ = try await store.write(Array(items[40...]) + Array(items[..<3]))  // three again: stored once
                // Cut off: closed without finishing, as a killed ingest leaves it.
                try await store.close()
                store = try await location.open()
                #expect(try await store.bulkLoadUnderWay() == true)
                #expect(try await answers(store) == expectedFirst)
                // The next ingest carries the load on, even with events in the store.
                #expect(try await store.beginBulkLoad(onlyIfEmpty: true) == true)
                _ = try await store.write(more)
                // SQLite adds the load's events to dyad_days from the events table when it finishes;
                // PostgreSQL appends their rows to dyad_days_pending as they are written.
                let pending = try await pendingRows(store) ?? -1
                if kind == .sqlite { #expect(pending == 0) } else { #expect(pending > 0) }
                // While loading, every query answers as the plain store does.
                #expect(try await answers(store) == expected)
                try await store.finishBulkLoad()
                #expect(try await store.bulkLoadUnderWay() == false)
                #expect(try await store.counts().events == items.reduce(0) { $0 + $1.events.count } + more.reduce(0) { $0 + $1.events.count })
                #expect(try await answers(store) == expected)
                try await expectLoadedCompletely(store)
                #expect(try await pendingRows(store) == 0)
                // Finishing again does nothing; a store with events starts no load unless asked.
                try await store.finishBulkLoad()
                #expect(try await store.beginBulkLoad(onlyIfEmpty: true) == false)
                #expect(try await store.bulkLoadUnderWay() == false)
                // Asked, it loads into a store that holds events, and adds to its dyad_days.
                let late = variedArticles("late", count: 25, seed: 23)
                #expect(try await store.beginBulkLoad(onlyIfEmpty: false) == true)
                _ = try await store.write(late)
                try await store.finishBulkLoad()
                try await expectLoadedCompletely(store)
            } catch {
                try? await store.close()
                throw error
            }
            try await store.close()
        }
    }

    static func upgradingToBulkLoadsLeavesNoLoadUnderWay(_ kind: Backend) async throws {
        try await StoreFixtures.withFreshLocation(kind) { location in
            // A store as it was before bulk loads (v5), with events in it.
            let v5 = StoreFixtures.migrations(before: .v6BulkLoad)
            #expect(v5.map(\.name).last == Migration.v5DyadDays.name)
            let items = variedArticles("u", count: 30, seed: 31)
            let old = try await StoreFixtures.openAsBefore(.v5DyadDays, at: location, holding: items)
            try await old.migrate(v5)  // fills dyad_days from these events
            #expect(try await old.appliedMigrations() == v5.map(\.name))
            try await old.close()
            // v6 leaves dyad_days as v5 filled it and starts no load.
            try await withOpened(location) { store in
                #expect(try await store.appliedMigrations() == Migration.all.map(\.name))
                #expect(try await store.bulkLoadUnderWay() == false)
                #expect(try await pendingRows(store) == 0)
                try await expectDyadDaysMatchEvents(store)
                #expect(try await store.beginBulkLoad(onlyIfEmpty: true) == false)
                _ = try await store.write(variedArticles("w", count: 10, seed: 32))
                try await expectLoadedCompletely(store)
            }
        }
    }

    /// A load begun before migration v7 (no `first_event`), with articles written then and the
    /// rows for `dyad_days` appended to `dyad_days_pending` as that version did, is carried on
    /// after the upgrade the same way, and finishing adds every event to `dyad_days` once.
    static func aLoadBegunBeforeV7IsCarriedOnAndFinished(_ kind: Backend) async throws {
        try await StoreFixtures.withFreshLocation(kind) { location in
            let old = try await StoreFixtures.openUnmigrated(location)
            let v6 = StoreFixtures.migrations(before: .v7BulkLoadFromEvents)
            #expect(v6.map(\.name).last == Migration.v6BulkLoad.name)
            try await old.migrate(v6)
            // The load as v6 began it, and one transaction's worth of its writes.
            _ = try await old.rows(BulkLoad.beginSQL, [.text("20240101000000")])
            for s in BulkLoad.dropIndexes { _ = try await old.rows(s, []) }
            let before = variedArticles("p", count: 20, seed: 41)
            var tally = DyadDays.Tally()
            for item in before {
                try await StoreFixtures.insertAsStored(item, into: old)
                tally.add(DyadDays.Contribution(item.events))
            }
            for s in DyadDays.statements(tally, pending: true) { _ = try await old.rows(s.sql, s.args) }
            try await old.close()
            let after = variedArticles("q", count: 20, seed: 42)
            try await withOpened(location) { store in
                #expect(try await store.appliedMigrations() == Migration.all.map(\.name))
                #expect(try await store.bulkLoadUnderWay() == true)
                let pendingBefore = try await pendingRows(store) ?? 0
                #expect(pendingBefore > 0)
                #expect(try await store.beginBulkLoad(onlyIfEmpty: true) == true)
                _ = try await store.write(after + Array(before[..<2]))  // two again: stored once
                #expect(try await pendingRows(store) ?? 0 > pendingBefore)
                try await store.finishBulkLoad()
                #expect(try await store.bulkLoadUnderWay() == false)
                #expect(try await pendingRows(store) == 0)
                #expect(try await store.counts().events == (before + after).reduce(0) { $0 + $1.events.count })
                try await expectLoadedCompletely(store)
                // The next load after the upgrade folds its events from the events table (SQLite).
                #expect(try await store.beginBulkLoad(onlyIfEmpty: false) == true)
                _ = try await store.write(variedArticles("r", count: 15, seed: 43))
                if kind == .sqlite { #expect(try await pendingRows(store) == 0) }
                try await store.finishBulkLoad()
                try await expectLoadedCompletely(store)
            }
        }
    }
}
