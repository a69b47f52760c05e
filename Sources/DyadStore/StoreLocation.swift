import Foundation

/// Where a store lives, as given to `--db`: `sqlite:PATH` (or a bare path) or
/// `postgres://user:pass@host:port/db`.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresLocation)

    /// The store used when `--db` is not given: `$DYAD_DB`, else `dyad.sqlite` in the current folder.
    public static func defaultLocation(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> StoreLocation {
        if let v = environment["DYAD_DB"], !v.isEmpty { return try parse(v) }
        return .sqlite(path: "dyad.sqlite")
    }

    /// Parses a `--db` value.
    public static func parse(_ text: String) throws -> StoreLocation {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("postgres://") || t.hasPrefix("postgresql://") {
            return .postgres(try PostgresLocation(parsing: t))
        }
        if t.hasPrefix("sqlite:") {
            var path = String(t.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path = String(path.dropFirst(2)) }
            guard !path.isEmpty else { throw StoreError.badLocation("--db: 'sqlite:' needs a file path, e.g. sqlite:dyad.sqlite") }
            return .sqlite(path: path)
        }
        if let colon = t.firstIndex(of: ":"), t[..<colon].allSatisfy({ $0.isLetter }), t[t.index(after: colon)...].hasPrefix("//") {
            throw StoreError.badLocation("--db: unknown kind of store '\(t[..<colon])' (expected sqlite:PATH or postgres://user:pass@host:port/db)")
        }
        guard !t.isEmpty else { throw StoreError.badLocation("--db: empty (expected sqlite:PATH or postgres://user:pass@host:port/db)") }
        return .sqlite(path: t)
    }

    /// Opens the store, creating and migrating it as needed.
    public func open() async throws -> SQLEventStore {
        switch self {
        case let .sqlite(path): return try await SQLiteEventStore.open(path: path)
        case let .postgres(p): return try await PostgresEventStore.open(p)
        }
    }

    public var description: String {
        switch self {
        case let .sqlite(path): "sqlite:\(path)"
        case let .postgres(p): p.redacted
        }
    }
}

/// A PostgreSQL server and database.
public struct PostgresLocation: Sendable, Hashable {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String?

    public init(parsing text: String) throws {
        guard let c = URLComponents(string: text), let host = c.host, !host.isEmpty else {
            throw StoreError.badLocation("--db: cannot read '\(text)' as postgres://user:pass@host:port/db")
        }
        self.host = host
        port = c.port ?? 5432
        guard let user = c.user, !user.isEmpty else {
            throw StoreError.badLocation("--db: '\(Self.redact(text))' names no user (postgres://user@host:port/db)")
        }
        self.user = user.removingPercentEncoding ?? user
        password = c.password.map { $0.removingPercentEncoding ?? $0 }
        let db = String(c.path.drop(while: { $0 == "/" }))
        database = db.isEmpty ? nil : db
    }

    /// The URL with the password hidden, for messages.
    public var redacted: String {
        "postgres://\(user)\(password == nil ? "" : ":***")@\(host):\(port)/\(database ?? "")"
    }

    static func redact(_ text: String) -> String {
        text.replacingOccurrences(of: #":[^:@/]*@"#, with: ":***@", options: .regularExpression)
    }
}
