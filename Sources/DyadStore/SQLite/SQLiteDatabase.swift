import Foundation
import GRDB

/// A SQLite database file through GRDB: a pool in WAL mode, so readers never block the writer.
final class SQLiteDatabase: SQLDatabase {
    let pool: DatabasePool
    var dialect: SQLDialect { .sqlite }

    init(path: String) throws {
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            // Before anything is written (later it changes nothing): see `pageSize`.
            try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)")
            // In WAL mode NORMAL keeps every committed transaction across a killed process.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            // A store grows to millions of events with five indexes on them: a 64 MiB page
            // cache per connection and reads through a memory map keep index updates and
            // queries off the read and write system calls (the cache fills only as it is used).
            // Large sorts spill to temporary files (the default): kept in memory instead, the
            // sorts that finish a bulk load of a million events took twice the CPU time and
            // hundreds of MB of the process's memory.
            try db.execute(sql: "PRAGMA cache_size = \(Self.cacheSize)")
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch let e as DatabaseError {
            throw StoreError.badLocation("cannot open the SQLite file: \(e.message ?? "\(e.resultCode)")")
        } catch {
            throw StoreError.badLocation("cannot open the SQLite file: \(error)")
        }
    }

    /// The page size of a new file, 16 KiB (SQLite's default is 4 KiB). A commit writes each
    /// page it changed to the WAL, and each checkpoint copies it to the file, one system call
    /// per page: larger pages make fewer calls for the same rows. Measured with `dyad bench
    /// store`, two pairs each: a bulk load of 1,000,000 events 81,300 -> 86,500 and 80,900 ->
    /// 89,900 events/s, 200,000 events written without a bulk load 17,700 -> 20,900 and
    /// 17,300 -> 19,000, timeline and network queries unchanged. A file created with another
    /// page size keeps it.
    static let pageSize = 16384

    /// The page cache of each connection (negative: KiB), 64 MiB.
    static let cacheSize = -65536

    /// Worker threads for the sorts that finish a bulk load (SQLite's sorter: up to 8).
    static let sorterThreads = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))

    static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { v -> DatabaseValue in
            switch v {
            case .null: .null
            case let .int(i): i.databaseValue
            case let .double(d): d.databaseValue
            case let .text(s): s.databaseValue
            }
        })
    }

    static func value(_ d: DatabaseValue) -> SQLValue {
        switch d.storage {
        case .null: .null
        case let .int64(i): .int(i)
        case let .double(x): .double(x)
        case let .string(s): .text(s)
        case let .blob(b): .text(String(decoding: b, as: UTF8.self))
        }
    }

    static func wrap<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let e as DatabaseError {
            throw StoreError.database(message: e.message ?? "\(e.resultCode)", sql: e.sql ?? "")
        }
    }

    func rows(_ sql: String, _ args: [SQLValue]) async throws -> [[SQLValue]] {
        @Sendable func fetch(_ db: Database) throws -> [[SQLValue]] {
            let statement = try db.cachedStatement(sql: sql)
            return try Row.fetchAll(statement, arguments: Self.arguments(args)).map { $0.databaseValues.map(Self.value) }
        }
        return try await Self.wrap {
            if sql.hasPrefix("SELECT") {
                return try await pool.read(fetch)
            }
            return try await pool.write(fetch)
        }
    }

    func write(_ writes: [ArticleWrite]) async throws -> [WriteOutcome] {
        try await Self.wrap {
            // An IMMEDIATE transaction: the probe and the insert see no other writer in between.
            try await pool.write { db in
                func run(_ s: SQLStatement) throws -> [[SQLValue]] {
                    try Row.fetchAll(db.cachedStatement(sql: s.sql), arguments: Self.arguments(s.args))
                        .map { $0.databaseValues.map(Self.value) }
                }
                // One prepared statement per table, run once per row.
                let insertArticle = try SQLiteRowStatement(db, sql: Self.articleInsertSQL)
                let insertEvent = try SQLiteRowStatement(db, sql: Self.eventInsertSQL)
                let insertURL = try SQLiteRowStatement(db, sql: Self.urlInsertSQL)
                // During a bulk load nothing is added to dyad_days here: the fold that finishes
                // the load reads the load's events themselves (rowids above `first_event`). A
                // load begun before migration v7 (no `first_event`) appends the rows for
                // dyad_days as they come, and the fold sums them.
                let load = try Row.fetchOne(db.cachedStatement(sql: BulkLoad.firstEventSQL))
                let loading = load != nil
                let appendsPending = load.map { ($0[0] as DatabaseValue).isNull } ?? false
                let append = appendsPending ? try SQLiteRowStatement(db, sql: BulkLoad.pendingInsertSQL) : nil
                var outcomes: [WriteOutcome] = []
                outcomes.reserveCapacity(writes.count)
                var tally = DyadDays.Tally()
                func addURLs(_ w: ArticleWrite, to articleID: String) throws {
                    for url in Set(w.urls).sorted() {
                        try insertURL.run([.text(articleID), .text(url), .text(w.seenAt)])
                    }
                }
                for w in writes {
                    if let probe = w.probe, let match = w.match(try run(probe)) {
                        try addURLs(w, to: match)
                        outcomes.append(w.outcome(match: match, inserted: false))
                        continue
                    }
                    let isNew = try insertArticle.insert(w.article.args)
                    if isNew {
                        for row in w.events { try insertEvent.run(row) }
                        if loading {
                            if let append {
                                for (key, totals) in w.dyadDays.rows { try append.run(DyadDays.rowValues(key, totals)) }
                            }
                            tally.actors.formUnion(w.dyadDays.actors)
                        } else {
                            tally.add(w.dyadDays)
                        }
                    }
                    try addURLs(w, to: w.id)
                    outcomes.append(w.outcome(match: nil, inserted: isNew))
                }
                if !tally.actors.isEmpty {
                    let insertActor = try SQLiteRowStatement(db, sql: DyadDays.actorSQL(rows: 1))
                    for a in tally.actors.sorted() { try insertActor.run([.text(a.code), .text(a.country)]) }
                }
                if !tally.rows.isEmpty {
                    let upsert = try SQLiteRowStatement(db, sql: DyadDays.upsertSQL(rows: 1))
                    for (key, totals) in tally.sortedRows { try upsert.run(DyadDays.rowValues(key, totals)) }
                }
                return outcomes
            }
        }
    }

    /// The article insert, without `RETURNING` (see ``SQLiteRowStatement/insert(_:)``); its
    /// arguments are those of ``SQLEventStore/articleInsertSQL``.
    static let articleInsertSQL = SQLEventStore.articleInsertSQL(returning: false)

    /// A one-row `article_urls` insert; a URL already recorded for its article is skipped.
    static let urlInsertSQL = "INSERT INTO article_urls (article_id, url, first_seen) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"

    /// A one-row events insert.
    static let eventInsertSQL = SQLEventStore.eventInserts([Array(repeating: .null, count: EventColumns.names.count)])[0].sql

    func beginBulkLoad(onlyIfEmpty: Bool, startedAt: String) async throws -> Bool {
        try await Self.wrap {
            try await pool.write { db in
                if try Row.fetchOne(db, sql: BulkLoad.activeSQL) != nil { return true }
                if onlyIfEmpty, try Row.fetchOne(db, sql: BulkLoad.hasEventsSQL) != nil { return false }
                try db.execute(sql: BulkLoad.beginFromEventsSQL, arguments: [startedAt])
                for s in BulkLoad.dropIndexes { try db.execute(sql: s) }
                return true
            }
        }
    }

    func finishBulkLoad() async throws {
        try await Self.wrap {
            try await pool.write { db in
                guard let load = try Row.fetchOne(db, sql: BulkLoad.firstEventSQL) else { return }
                let firstEvent: Int64? = load[0]
                // The fold and the index builds sort every row of the load. SQLite's sorter
                // sorts runs the size of the page cache and merges them, with worker threads
                // when allowed: runs of about 1 MB sort about twice as fast per row as runs of
                // 64 MB (cache misses), and a second thread sorts and merges beside the first.
                try db.execute(sql: "PRAGMA threads = \(Self.sorterThreads)")
                try db.execute(sql: "PRAGMA cache_size = -1000")
                defer {
                    try? db.execute(sql: "PRAGMA cache_size = \(Self.cacheSize)")
                    try? db.execute(sql: "PRAGMA threads = 0")
                }
                let statements = BulkLoad.finishStatements(.sqlite)
                // The pending rows (a load begun before v7) first, then the load's events.
                try db.execute(sql: statements[0])
                if let firstEvent { try db.execute(sql: BulkLoad.foldEventsSQL, arguments: [firstEvent]) }
                for s in statements.dropFirst() { try db.execute(sql: s) }
            }
        }
    }

    func migrate(_ migrations: [Migration]) async throws {
        var migrator = DatabaseMigrator()
        for m in migrations {
            let sql = m.sql(for: .sqlite)
            migrator.registerMigration(m.name) { db in try db.execute(sql: sql) }
        }
        let ready = migrator
        try await Self.wrap { try ready.migrate(pool) }
    }

    func appliedMigrations() async throws -> [String] {
        try await Self.wrap {
            try await pool.read { db in
                guard try db.tableExists("grdb_migrations") else { return [] }
                return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
            }
        }
    }

    func close() async throws {
        try pool.close()
    }
}
