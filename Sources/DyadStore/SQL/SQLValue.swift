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
/// the event rows written only if it did, with what they add to `dyad_days`. With a
/// fingerprint, a near-duplicate probe runs first, and a match stores only the URLs, on the
/// matching article.
struct ArticleWrite: Sendable {
    var id: String
    var article: SQLStatement
    /// `events` rows, values in ``EventColumns/names`` order.
    var events: [[SQLValue]]
    var dyadDays: DyadDays.Contribution
    var simhash: UInt64?
    var urls: [String]
    var seenAt: String

    /// The near-duplicate probe: rows of (id, simhash), its own id included.
    var probe: SQLStatement? {
        simhash.map { NearDuplicateIndex.candidates($0, orID: id) }
    }

    /// The stored article this one is (the same id, else the closest near duplicate), if any.
    func match(_ rows: [[SQLValue]]) -> String? {
        if rows.contains(where: { $0.first?.string == id }) { return id }
        return simhash.flatMap { NearDuplicateIndex.closest(to: $0, in: rows) }
    }

    /// The outcome for a write that found `match` (nil: inserted, or not).
    func outcome(match: String?, inserted: Bool) -> WriteOutcome {
        guard let match else { return inserted ? .new : .existing }
        return match == id ? .existing : .nearDuplicate(of: match)
    }

    /// Records the URLs as URLs of `articleID` (those already recorded are left alone).
    func urlInserts(for articleID: String) -> [SQLStatement] {
        SQLStatement.urlInserts(urls.map { ArticleURL(articleID: articleID, url: $0) }, seenAt: seenAt)
    }
}

extension SQLStatement {
    /// Inserts of article URLs, in chunks; a URL already recorded for its article is skipped.
    static func urlInserts(_ urls: [ArticleURL], seenAt: String) -> [SQLStatement] {
        var out: [SQLStatement] = []
        let unique = Array(Set(urls)).sorted { ($0.articleID, $0.url) < ($1.articleID, $1.url) }
        for start in stride(from: 0, to: unique.count, by: 300) {
            let chunk = unique[start..<min(start + 300, unique.count)]
            let sql = "INSERT INTO article_urls (article_id, url, first_seen) VALUES "
                + Array(repeating: "(?, ?, ?)", count: chunk.count).joined(separator: ", ")
                + " ON CONFLICT DO NOTHING"
            out.append(SQLStatement(sql: sql, args: chunk.flatMap { [.text($0.articleID), .text($0.url), .text(seenAt)] }))
        }
        return out
    }
}

/// The SQL dialects dyad speaks.
enum SQLDialect: Sendable {
    case sqlite, postgres
}
