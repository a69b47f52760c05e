import Foundation
import PostgresNIO

/// One PostgreSQL connection through postgres-nio. Calls are serialised: a transaction's
/// statements never interleave with another caller's.
final class PostgresDatabase: SQLDatabase {
    let connection: PostgresConnection
    let logger: Logger
    private let lock = AsyncLock()
    var dialect: SQLDialect { .postgres }

    private init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    static func connect(_ location: PostgresLocation) async throws -> PostgresDatabase {
        // postgres-nio waits a long time on a closed port; a plain TCP probe answers in ms.
        try TCPProbe.check(host: location.host, port: location.port, timeout: 3)
        var config = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user,
            password: location.password, database: location.database, tls: .disable)
        config.options.connectTimeout = .seconds(5)
        var logger = Logger(label: "dyad.store.postgres")
        logger.logLevel = .critical
        do {
            let connection = try await PostgresConnection.connect(configuration: config, id: 1, logger: logger)
            return PostgresDatabase(connection: connection, logger: logger)
        } catch let e as PSQLError {
            throw StoreError.unreachable("cannot connect: \(Self.message(e))")
        } catch {
            throw StoreError.unreachable("cannot connect: \(error)")
        }
    }

    static func message(_ e: PSQLError) -> String {
        if let m = e.serverInfo?[.message] { return m }
        return "\(e.code)"
    }

    /// `?` placeholders become `$1`, `$2`, ... (the SQL here has no `?` inside literals).
    static func query(_ sql: String, _ args: [SQLValue]) -> PostgresQuery {
        var text = ""
        text.reserveCapacity(sql.utf8.count + args.count * 3)
        var n = 0
        for c in sql {
            if c == "?" {
                n += 1
                text += "$\(n)"
            } else {
                text.append(c)
            }
        }
        var binds = PostgresBindings(capacity: args.count)
        for a in args {
            switch a {
            case .null: binds.appendNull()
            case let .int(i): binds.append(i)
            case let .double(d): binds.append(d)
            case let .text(s): binds.append(s)
            }
        }
        return PostgresQuery(unsafeSQL: text, binds: binds)
    }

    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .int(try cell.decode(Int64.self))
        case .float4, .float8: return .double(try cell.decode(Double.self))
        case .numeric: return .double(NSDecimalNumber(decimal: try cell.decode(Decimal.self)).doubleValue)
        case .bool: return .int(try cell.decode(Bool.self) ? 1 : 0)
        default: return .text(try cell.decode(String.self))
        }
    }

    /// Runs one statement on the connection (the caller holds the lock).
    private func run(_ sql: String, _ args: [SQLValue]) async throws -> [[SQLValue]] {
        do {
            let rows = try await connection.query(Self.query(sql, args), logger: logger)
            var out: [[SQLValue]] = []
            for try await row in rows {
                out.append(try row.map(Self.value))
            }
            return out
        } catch let e as PSQLError {
            throw StoreError.database(message: Self.message(e), sql: sql)
        }
    }

    private func transaction<T>(_ body: () async throws -> T) async throws -> T {
        _ = try await run("BEGIN", [])
        do {
            let result = try await body()
            _ = try await run("COMMIT", [])
            return result
        } catch {
            _ = try? await run("ROLLBACK", [])
            throw error
        }
    }

    func rows(_ sql: String, _ args: [SQLValue]) async throws -> [[SQLValue]] {
        try await lock.withLock { try await run(sql, args) }
    }

    func write(_ writes: [ArticleWrite]) async throws -> [WriteOutcome] {
        try await lock.withLock {
            try await transaction {
                let loading = try await !run(BulkLoad.activeSQL + " FOR SHARE", []).isEmpty
                // Writers of near duplicates share a band lock, so the second one's probe sees the
                // first one's article. All band locks are taken first, in key order, so no two
                // writers wait on each other's band locks, nor on a row lock held by a writer
                // that still waits for a band lock.
                let keys = Set(writes.compactMap(\.simhash).flatMap(NearDuplicateIndex.lockKeys)).sorted()
                for k in keys { _ = try await run("SELECT pg_advisory_xact_lock(?)", [.int(k)]) }
                var outcomes: [WriteOutcome] = []
                var tally = DyadDays.Tally()
                for w in writes {
                    if let probe = w.probe, let match = w.match(try await run(probe.sql, probe.args)) {
                        for u in w.urlInserts(for: match) { _ = try await run(u.sql, u.args) }
                        outcomes.append(w.outcome(match: match, inserted: false))
                        continue
                    }
                    // The article insert blocks on a concurrent writer's uncommitted insert of the same
                    // id, then returns no row: the events are written by exactly one transaction.
                    let isNew = try await !run(w.article.sql, w.article.args).isEmpty
                    if isNew {
                        for d in SQLEventStore.eventInserts(w.events) { _ = try await run(d.sql, d.args) }
                        tally.add(w.dyadDays)
                    }
                    for u in w.urlInserts(for: w.id) { _ = try await run(u.sql, u.args) }
                    outcomes.append(w.outcome(match: nil, inserted: isNew))
                }
                // Last, and in key order in every writer: a writer waiting here for another's
                // dyad_days row never holds a row that the other still needs.
                for s in DyadDays.statements(tally, pending: loading) { _ = try await run(s.sql, s.args) }
                return outcomes
            }
        }
    }

    /// Writers hold the `bulk_load` row (if any) shared from their first statement on, so a
    /// load finishes between transactions: a writer that found it under way has appended its
    /// pending rows before the fold reads them, and one that waited finds it finished.
    func beginBulkLoad(onlyIfEmpty: Bool, startedAt: String) async throws -> Bool {
        try await lock.withLock {
            try await transaction {
                if try await !run(BulkLoad.activeSQL + " FOR UPDATE", []).isEmpty { return true }
                if onlyIfEmpty, try await !run(BulkLoad.hasEventsSQL, []).isEmpty { return false }
                _ = try await run(BulkLoad.beginSQL, [.text(startedAt)])
                for s in BulkLoad.dropIndexes { _ = try await run(s, []) }
                return true
            }
        }
    }

    func finishBulkLoad() async throws {
        try await lock.withLock {
            try await transaction {
                guard try await !run(BulkLoad.activeSQL + " FOR UPDATE", []).isEmpty else { return }
                for s in BulkLoad.finishStatements(.postgres) { _ = try await run(s, []) }
            }
        }
    }

    func migrate(_ migrations: [Migration]) async throws {
        try await lock.withLock {
            try await transaction {
                // One migrator at a time across processes; the lock ends with the transaction.
                _ = try await run("SELECT pg_advisory_xact_lock(7243901)", [])
                _ = try await run("CREATE TABLE IF NOT EXISTS dyad_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)", [])
                let applied = Set(try await run("SELECT name FROM dyad_migrations", []).compactMap { $0.first?.string })
                for m in migrations where !applied.contains(m.name) {
                    for statement in m.statements(for: .postgres) { _ = try await run(statement, []) }
                    _ = try await run("INSERT INTO dyad_migrations (name, applied_at) VALUES (?, ?)",
                                      [.text(m.name), .text(SQLEventStore.timestamp(Date()))])
                }
            }
        }
    }

    func appliedMigrations() async throws -> [String] {
        try await rows("SELECT name FROM dyad_migrations ORDER BY applied_at, name", []).compactMap { $0.first?.string }
    }

    func close() async throws {
        try await connection.close()
    }
}
