/// Errors from the store, each one clear message; database errors keep their SQL.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A `--db` value that is not a store location.
    case badLocation(String)
    /// The database server cannot be reached, or refused the connection.
    case unreachable(String)
    /// A statement failed.
    case database(message: String, sql: String)
    /// Stored data does not read back as expected.
    case corrupt(String)

    public var description: String {
        switch self {
        case let .badLocation(m): m
        case let .unreachable(m): m
        case let .database(message, sql): "database error: \(message) (in: \(sql.prefix(300)))"
        case let .corrupt(m): "store data is corrupt: \(m)"
        }
    }
}
