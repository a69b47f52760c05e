import DyadCore

/// Which events a query or export takes. Every value is passed to the database as a bound
/// parameter, never spliced into SQL.
public struct EventFilter: Sendable, Hashable {
    /// Source actor of a dyad: a code prefix (`RUS` matches `RUSGOV`) or a country.
    public var source: String?
    /// Target actor of a dyad.
    public var target: String?
    /// Whether the dyad also matches in the other direction (target acting on source).
    public var bothDirections = false
    /// An actor on either side.
    public var actor: String?
    /// CAMEO code prefix (`19` matches `190`, `193`, `1951`).
    public var codePrefix: String?
    public var quad: QuadClass?
    /// First day, `YYYY-MM-DD`, inclusive.
    public var from: String?
    /// Last day, `YYYY-MM-DD`, inclusive.
    public var to: String?
    /// Events of one article (by article id).
    public var article: String?

    public init(source: String? = nil, target: String? = nil, bothDirections: Bool = false,
                actor: String? = nil, codePrefix: String? = nil, quad: QuadClass? = nil,
                from: String? = nil, to: String? = nil, article: String? = nil) {
        self.source = source
        self.target = target
        self.bothDirections = bothDirections
        self.actor = actor
        self.codePrefix = codePrefix
        self.quad = quad
        self.from = from
        self.to = to
        self.article = article
    }

    /// The WHERE clause (empty when there is no condition) and its arguments; columns are
    /// those of `events` under the alias `e`.
    func whereClause() -> (sql: String, args: [SQLValue]) {
        conditions(alias: "e", day: "date", undatedAsEmpty: false)
    }

    /// The same conditions on `dyad_days` under the alias `d` (the filter has no article).
    /// `codes` lists, for a side value, every code it can match (nil: too many to list); when
    /// every direction of the dyad starts from a listed source, a condition on the primary
    /// key's leading columns comes first. It is implied by the others, so it changes no result,
    /// only how the rows are found.
    func dyadDaysWhereClause(codes: [String: [String]?]) -> (sql: String, args: [SQLValue]) {
        var (sql, args) = conditions(alias: "d", day: "day", undatedAsEmpty: true)
        guard source != nil || target != nil else { return (sql, args) }
        var directions: [(String?, String?)] = [(source, target)]
        if bothDirections { directions.append((target, source)) }
        var hint: [String] = []
        var hintArgs: [SQLValue] = []
        for (s, t) in directions {
            guard let s, !s.isEmpty, let sourceCodes = codes[s] ?? nil else { return (sql, args) }
            func list(_ column: String, _ codes: [String]) -> String {
                if codes.isEmpty { return "1 = 0" }
                hintArgs += codes.map { .text($0) }
                return "d.\(column) IN (" + Array(repeating: "?", count: codes.count).joined(separator: ", ") + ")"
            }
            var c = list("source_code", sourceCodes)
            if let t, !t.isEmpty, let targetCodes = codes[t] ?? nil { c += " AND " + list("target_code", targetCodes) }
            hint.append("(" + c + ")")
        }
        let rest = sql.isEmpty ? "" : " AND " + sql.dropFirst("WHERE ".count)
        return ("WHERE (" + hint.joined(separator: " OR ") + ")" + rest, hintArgs + args)
    }

    private func conditions(alias: String, day: String, undatedAsEmpty: Bool) -> (sql: String, args: [SQLValue]) {
        var parts: [String] = []
        var args: [SQLValue] = []

        func prefix(_ column: String, _ value: String) -> String {
            // A range on the code is exact under binary collation and lets the index work.
            args.append(.text(value))
            args.append(.text(Self.successor(of: value)))
            return "(\(column) >= ? AND \(column) < ?)"
        }
        func side(_ side: String, _ value: String) -> String {
            let p = prefix("\(alias).\(side)_code", value)
            args.append(.text(value))
            return "(\(p) OR \(alias).\(side)_country = ?)"
        }

        if source != nil || target != nil {
            func dyad(_ s: String?, _ t: String?) -> String {
                var c: [String] = []
                if let s, !s.isEmpty { c.append(side("source", s)) }
                if let t, !t.isEmpty { c.append(side("target", t)) }
                return c.isEmpty ? "1 = 1" : "(" + c.joined(separator: " AND ") + ")"
            }
            var d = dyad(source, target)
            if bothDirections { d = "(\(d) OR \(dyad(target, source)))" }
            parts.append(d)
        }
        if let actor, !actor.isEmpty {
            let s = side("source", actor)
            let t = side("target", actor)
            parts.append("(\(s) OR \(t))")
        }
        if let codePrefix, !codePrefix.isEmpty { parts.append(prefix("\(alias).cameo", codePrefix)) }
        if let quad {
            parts.append("\(alias).quad = ?")
            args.append(.int(Int64(quad.rawValue)))
        }
        // An undated event is stored in dyad_days with day '': no date range holds it.
        if undatedAsEmpty && (from != nil || to != nil) { parts.append("\(alias).\(day) <> ''") }
        if let from {
            parts.append("\(alias).\(day) >= ?")
            args.append(.text(from))
        }
        if let to {
            parts.append("\(alias).\(day) <= ?")
            args.append(.text(to))
        }
        if let article {
            parts.append("\(alias).article_id = ?")
            args.append(.text(article))
        }
        return (parts.isEmpty ? "" : "WHERE " + parts.joined(separator: " AND "), args)
    }

    /// The smallest string greater than every string starting with `prefix`.
    static func successor(of prefix: String) -> String {
        var scalars = Array(prefix.unicodeScalars)
        while let last = scalars.popLast() {
            var v = last.value + 1
            if v == 0xD800 { v = 0xE000 }
            if let next = Unicode.Scalar(v) {
                scalars.append(next)
                return String(String.UnicodeScalarView(scalars))
            }
        }
        return "\u{10FFFF}"
    }
}
