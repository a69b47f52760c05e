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
    /// Where the events happened: a country code (`UKR`: every place in Ukraine) or a place's
    /// name as the coder writes it (`Kharkiv`).
    public var place: String?

    public init(source: String? = nil, target: String? = nil, bothDirections: Bool = false,
                actor: String? = nil, codePrefix: String? = nil, quad: QuadClass? = nil,
                from: String? = nil, to: String? = nil, article: String? = nil, place: String? = nil) {
        self.source = source
        self.target = target
        self.bothDirections = bothDirections
        self.actor = actor
        self.codePrefix = codePrefix
        self.quad = quad
        self.from = from
        self.to = to
        self.article = article
        self.place = place
    }

    /// Whether `place` is a country code (three capital letters) rather than a place's name.
    static func isCountryCode(_ place: String) -> Bool {
        place.utf8.count == 3 && place.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    /// The WHERE clause (empty when there is no condition) and its arguments; columns are
    /// those of `events` under the alias `e`.
    func whereClause() -> (sql: String, args: [SQLValue]) {
        conditions(alias: "e", day: "date", undatedAsEmpty: false)
    }

    /// The WHERE clause on `events` (alias `e`), led by a condition on the codes each side can
    /// match (see ``codeListCondition(alias:codes:targetIndexed:)``).
    func eventsWhereClause(codes: [String: [String]?]) -> (sql: String, args: [SQLValue]) {
        lead(conditions(alias: "e", day: "date", undatedAsEmpty: false),
             codeListCondition(alias: "e", codes: codes, targetIndexed: true))
    }

    /// The same conditions on `dyad_days` under the alias `d` (the filter must have no article),
    /// led by a condition on the codes of the dyad's sources, the primary key's first column;
    /// nil when there is none (no dyad, or too many codes), as the rows would then be found by
    /// reading the whole table, and when the filter asks for a place, which `dyad_days` does not
    /// keep.
    func dyadDaysWhereClause(codes: [String: [String]?]) -> (sql: String, args: [SQLValue])? {
        guard place == nil, let first = codeListCondition(alias: "d", codes: codes, targetIndexed: false) else { return nil }
        return lead(conditions(alias: "d", day: "day", undatedAsEmpty: true), first)
    }

    /// The side values whose codes ``codeListCondition(alias:codes:targetIndexed:)`` can use.
    var sideValues: [String] {
        var out: [String] = []
        for v in [source, target, actor].compactMap({ $0 }) where !v.isEmpty && !out.contains(v) { out.append(v) }
        return out
    }

    /// A condition on the code columns that the filter's side conditions imply: `codes` lists,
    /// for a side value, every code it can match (nil: too many to list). It changes no result,
    /// only lets an index on the codes find the rows. Nil when some side could not use one.
    func codeListCondition(alias: String, codes: [String: [String]?], targetIndexed: Bool) -> (sql: String, args: [SQLValue])? {
        var args: [SQLValue] = []
        func listed(_ v: String?) -> [String]? {
            guard let v, !v.isEmpty else { return nil }
            return codes[v] ?? nil
        }
        func list(_ column: String, _ codes: [String]) -> String {
            if codes.isEmpty { return "1 = 0" }
            args += codes.map { .text($0) }
            return "\(alias).\(column) IN (" + Array(repeating: "?", count: codes.count).joined(separator: ", ") + ")"
        }
        var parts: [String] = []
        if source != nil || target != nil {
            var directions: [(String?, String?)] = [(source, target)]
            if bothDirections { directions.append((target, source)) }
            var alternatives: [String] = []
            for (s, t) in directions {
                if let sc = listed(s) {
                    var c = list("source_code", sc)
                    if let tc = listed(t) { c += " AND " + list("target_code", tc) }
                    alternatives.append("(" + c + ")")
                } else if targetIndexed, let tc = listed(t) {
                    alternatives.append("(" + list("target_code", tc) + ")")
                } else {
                    return nil
                }
            }
            parts.append("(" + alternatives.joined(separator: " OR ") + ")")
        }
        if let actor, !actor.isEmpty, targetIndexed, parts.isEmpty {
            guard let ac = listed(actor) else { return nil }
            parts.append("(" + list("source_code", ac) + " OR " + list("target_code", ac) + ")")
        }
        return parts.isEmpty ? nil : (parts.joined(separator: " AND "), args)
    }

    private func lead(_ clause: (sql: String, args: [SQLValue]), _ first: (sql: String, args: [SQLValue])?) -> (sql: String, args: [SQLValue]) {
        guard let first else { return clause }
        let rest = clause.sql.isEmpty ? "" : " AND " + clause.sql.dropFirst("WHERE ".count)
        return ("WHERE " + first.sql + rest, first.args + clause.args)
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
        if let place, !place.isEmpty {
            parts.append(Self.isCountryCode(place) ? "\(alias).location_country = ?" : "\(alias).location_name = ?")
            args.append(.text(place))
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
