import GRDB
import GRDBSQLite

/// A statement prepared once and run once per row through SQLite's C interface: the values are
/// bound directly, without the general path's argument conversions. Bulk writes (events,
/// `dyad_days`) run one per row; it lives within one `pool.write` transaction.
final class SQLiteRowStatement {
    private let handle: OpaquePointer
    private let connection: OpaquePointer
    let sql: String
    /// SQLite copies bound text before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, sql: String) throws {
        guard let connection = db.sqliteConnection else { throw StoreError.database(message: "the database is closed", sql: sql) }
        var handle: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &handle, nil) == SQLITE_OK, let handle else {
            throw StoreError.database(message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        self.handle = handle
        self.connection = connection
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds `values` (one per placeholder, in order) and runs the statement to its end.
    /// Returns whether it returned a row (an `INSERT ... RETURNING` that inserted).
    @discardableResult
    func run(_ values: [SQLValue]) throws -> Bool {
        sqlite3_reset(handle)
        for (i, v) in values.enumerated() {
            let n = Int32(i + 1)
            let code: Int32
            switch v {
            case .null: code = sqlite3_bind_null(handle, n)
            case let .int(x): code = sqlite3_bind_int64(handle, n, x)
            case let .double(x): code = sqlite3_bind_double(handle, n, x)
            case var .text(s):
                code = s.withUTF8 { p in
                    guard let base = p.baseAddress, p.count > 0 else {
                        // An empty buffer may have no address: bind a zero-length string, not NULL.
                        return sqlite3_bind_text(handle, n, "", 0, Self.transient)
                    }
                    return base.withMemoryRebound(to: CChar.self, capacity: p.count) {
                        sqlite3_bind_text(handle, n, $0, Int32(p.count), Self.transient)
                    }
                }
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

    private func error() -> StoreError {
        StoreError.database(message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }
}
