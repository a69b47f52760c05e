import Foundation
import GRDB

/// The default store: one SQLite file (WAL mode) through GRDB.
public final class SQLiteEventStore: SQLEventStore, @unchecked Sendable {
    public let path: String
    private let sqlite: SQLiteDatabase

    /// Opens (creating if needed) the SQLite file at `path` and applies pending migrations.
    public static func open(path: String) async throws -> SQLiteEventStore {
        let store = try SQLiteEventStore(path: path)
        try await store.sqlite.migrate(Migration.all)
        return store
    }

    private init(path: String) throws {
        self.path = path
        sqlite = try SQLiteDatabase(path: path)
        super.init(database: sqlite)
    }

    /// The result of `PRAGMA integrity_check`: `["ok"]` for a sound file.
    public func integrityCheck() throws -> [String] {
        try sqlite.pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// The SQLite journal mode (`wal` for stores opened here).
    public func journalMode() throws -> String {
        try sqlite.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }
}
