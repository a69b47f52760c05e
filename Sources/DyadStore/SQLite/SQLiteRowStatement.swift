import GRDB
import GRDBSQLite

/// A statement prepared once and run once per row through SQLite's C interface: the values are
/// bound directly, without the general path's argument conversions. Bulk writes (events,
/// `dyad_days`) run one per row; it lives within one `pool.write` transaction.
final class SQLiteRowStatement {
    private let handle: OpaquePointer
    private let connection: OpaquePointer
    let sql: String
    /// SQLite reads bound text in place until the statement is reset (`SQLITE_STATIC`).
    private static let inPlace = unsafeBitCast(0, to: sqlite3_destructor_type.self)
    /// The bytes of a row's text values, one after the other, bound in place: one buffer for
    /// the statement's life instead of a copy that SQLite allocates and frees per value.
    private var text: UnsafeMutablePointer<CChar>
    private var textCapacity = 1024

    init(_ db: Database, sql: String) throws {
        guard let connection = db.sqliteConnection else { throw StoreError.database(message: "the database is closed", sql: sql) }
        var handle: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &handle, nil) == SQLITE_OK, let handle else {
            throw StoreError.database(message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        self.handle = handle
        self.connection = connection
        self.sql = sql
        text = .allocate(capacity: textCapacity)
    }

    deinit {
        sqlite3_finalize(handle)
        text.deallocate()
    }

    /// Binds `values` (one per placeholder, in order) and runs the statement to its end.
    /// Returns whether it returned a row (an `INSERT ... RETURNING` that inserted).
    @discardableResult
    func run(_ values: [SQLValue]) throws -> Bool {
        sqlite3_reset(handle)
        // The buffer must not move once a value points into it: size it for the row first.
        var needed = 0
        for case let .text(s) in values { needed += s.utf8.count }
        if needed > textCapacity {
            // The statement is reset: no value bound earlier is read any more.
            sqlite3_clear_bindings(handle)
            text.deallocate()
            textCapacity = max(needed, 2 * textCapacity)
            text = .allocate(capacity: textCapacity)
        }
        var used = 0
        for (i, v) in values.enumerated() {
            let n = Int32(i + 1)
            let code: Int32
            switch v {
            case .null: code = sqlite3_bind_null(handle, n)
            case let .int(x): code = sqlite3_bind_int64(handle, n, x)
            case let .double(x): code = sqlite3_bind_double(handle, n, x)
            case var .text(s):
                let start = text + used
                let count = s.withUTF8 { p in
                    if let base = p.baseAddress, p.count > 0 {
                        UnsafeMutableRawPointer(start).copyMemory(from: base, byteCount: p.count)
                    }
                    return p.count
                }
                used += count
                // A zero-length string at a valid address: '' rather than NULL.
                code = sqlite3_bind_text(handle, n, start, Int32(count), Self.inPlace)
            }
            guard code == SQLITE_OK else { throw error() }
        }
        var returned = false
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_ROW: returned = true
            case SQLITE_DONE:
                sqlite3_reset(handle)
                return returned
            default:
                let e = error()
                sqlite3_reset(handle)
                throw e
            }
        }
    }

    /// Runs an `INSERT` (see ``run(_:)``) and returns whether it inserted a row: with
    /// `ON CONFLICT DO NOTHING`, whether the row was new. Reading the change count instead of a
    /// `RETURNING` clause matters: SQLite runs a statement with `RETURNING` in a statement
    /// journal, which keeps the prior content of every page the statement changes and spills
    /// to a temporary file; that made an article insert four times as slow.
    func insert(_ values: [SQLValue]) throws -> Bool {
        try run(values)
        return sqlite3_changes64(connection) > 0
    }

    private func error() -> StoreError {
        StoreError.database(message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }
}
