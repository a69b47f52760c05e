/// A value bound to, or read from, a SQL statement; the same for SQLite and PostgreSQL.
enum SQLValue: Sendable, Hashable {
    case null
    case int(Int64)
    case double(Double)
    case text(String)

    var string: String? {
        switch self {
        case let .text(s): s
        case let .int(i): String(i)
        case let .double(d): String(d)
        case .null: nil
        }
    }

    var int: Int? {
        switch self {
        case let .int(i): Int(i)
        case let .double(d): Int(d)
        case let .text(s): Int(s)
        case .null: nil
        }
    }

    var double: Double? {
        switch self {
        case let .double(d): d
        case let .int(i): Double(i)
        case let .text(s): Double(s)
        case .null: nil
        }
    }

    init(_ s: String?) { self = s.map { .text($0) } ?? .null }
    init(_ i: Int?) { self = i.map { .int(Int64($0)) } ?? .null }
    init(_ d: Double?) { self = d.map { .double($0) } ?? .null }
}

/// A statement with `?` placeholders and the values bound to them.
struct SQLStatement: Sendable, Hashable {
    var sql: String
    var args: [SQLValue]
}

/// One article's writes: the article insert (which returns a row only when it inserted) and
/// the statements that run only if it did.
struct ArticleWrite: Sendable {
    var article: SQLStatement
    var dependents: [SQLStatement]
}

/// The SQL dialects dyad speaks.
enum SQLDialect: Sendable {
    case sqlite, postgres
}
