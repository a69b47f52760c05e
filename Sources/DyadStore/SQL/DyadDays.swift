import DyadCore

/// The `dyad_days` table: event counts, mentions and Goldstein sums per (day, source, target,
/// code, quad class), with the sides' countries, kept in the transaction that writes the events.
/// Timelines and networks read it instead of counting events. `dyad_actors` lists every
/// (code, country) seen on either side, so a dyad filter first finds the codes it can match and
/// then reads only their rows through the primary key.
///
/// Missing values (an undated event, an event without a target, an actor without a country)
/// are stored as `''`, which no filter value equals; day ranges exclude `''` explicitly.
enum DyadDays {
    /// One row's key. Compared by UTF-8 bytes, as the database compares `{CODE}` columns, so
    /// keys sort in the order rows are locked and two keys are equal only if the rows are.
    struct Key: Hashable, Comparable, Sendable {
        var day: String
        var sourceCode: String
        var sourceCountry: String
        var targetCode: String
        var targetCountry: String
        var cameo: String
        var quad: Int64

        init(_ e: Event) {
            day = e.date ?? ""
            sourceCode = e.source.code
            sourceCountry = e.source.country ?? ""
            targetCode = e.target?.code ?? ""
            targetCountry = e.target?.country ?? ""
            cameo = e.cameo
            quad = Int64(e.quad.rawValue)
        }

        /// In primary-key order.
        private var parts: [String] { [sourceCode, targetCode, day, cameo, sourceCountry, targetCountry] }

        static func == (a: Key, b: Key) -> Bool {
            a.quad == b.quad && zip(a.parts, b.parts).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
        }

        func hash(into h: inout Hasher) {
            for p in parts { for byte in p.utf8 { h.combine(byte) }; h.combine(0xFF as UInt8) }
            h.combine(quad)
        }

        static func < (a: Key, b: Key) -> Bool {
            for (x, y) in zip(a.parts, b.parts) where !x.utf8.elementsEqual(y.utf8) {
                return x.utf8.lexicographicallyPrecedes(y.utf8)
            }
            return a.quad < b.quad
        }

        var values: [SQLValue] {
            [.text(day), .text(sourceCode), .text(sourceCountry), .text(targetCode), .text(targetCountry), .text(cameo), .int(quad)]
        }
    }

    struct Totals: Sendable, Hashable {
        var events: Int64 = 0
        var mentions: Int64 = 0
        var goldstein: Double = 0

        mutating func add(_ other: Totals) {
            events += other.events
            mentions += other.mentions
            goldstein += other.goldstein
        }
    }

    /// An actor code with its country (`''` when none), as listed in `dyad_actors`.
    struct Actor: Hashable, Comparable, Sendable {
        var code: String
        var country: String

        static func == (a: Actor, b: Actor) -> Bool {
            a.code.utf8.elementsEqual(b.code.utf8) && a.country.utf8.elementsEqual(b.country.utf8)
        }

        func hash(into h: inout Hasher) {
            for byte in code.utf8 { h.combine(byte) }
            h.combine(0xFF as UInt8)
            for byte in country.utf8 { h.combine(byte) }
        }

        static func < (a: Actor, b: Actor) -> Bool {
            if !a.code.utf8.elementsEqual(b.code.utf8) { return a.code.utf8.lexicographicallyPrecedes(b.code.utf8) }
            return a.country.utf8.lexicographicallyPrecedes(b.country.utf8)
        }
    }

    /// What one article's events add to the two tables.
    struct Tally: Sendable {
        var rows: [Key: Totals] = [:]
        var actors: Set<Actor> = []

        init() {}

        init(_ events: [Event]) {
            for e in events {
                rows[Key(e), default: Totals()].add(Totals(events: 1, mentions: Int64(e.mentions), goldstein: e.goldstein))
                actors.insert(Actor(code: e.source.code, country: e.source.country ?? ""))
                if let t = e.target { actors.insert(Actor(code: t.code, country: t.country ?? "")) }
            }
        }

        mutating func add(_ other: Tally) {
            for (k, v) in other.rows { rows[k, default: Totals()].add(v) }
            actors.formUnion(other.actors)
        }

        /// Rows to upsert, in key order (the order every writer locks them in).
        var sortedRows: [(key: Key, totals: Totals)] {
            rows.map { (key: $0.key, totals: $0.value) }.sorted { $0.key < $1.key }
        }
    }

    static let columns = ["day", "source_code", "source_country", "target_code", "target_country", "cameo", "quad",
                          "events", "mentions", "goldstein"]

    static func rowValues(_ key: Key, _ totals: Totals) -> [SQLValue] {
        key.values + [.int(totals.events), .int(totals.mentions), .double(totals.goldstein)]
    }

    /// An upsert of `rows` rows: a row already there gets the new counts added.
    static func upsertSQL(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return "INSERT INTO dyad_days (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
            + " ON CONFLICT (source_code, target_code, day, cameo, quad, source_country, target_country) DO UPDATE SET"
            + " events = dyad_days.events + excluded.events, mentions = dyad_days.mentions + excluded.mentions,"
            + " goldstein = dyad_days.goldstein + excluded.goldstein"
    }

    static func actorSQL(rows: Int) -> String {
        "INSERT INTO dyad_actors (code, country) VALUES "
            + Array(repeating: "(?, ?)", count: rows).joined(separator: ", ") + " ON CONFLICT DO NOTHING"
    }

    /// The writes of a tally as multi-row statements: actors, then rows, each in key order.
    static func statements(_ tally: Tally, rowsPerStatement: Int = 500) -> [SQLStatement] {
        var out: [SQLStatement] = []
        let actors = tally.actors.sorted()
        for start in stride(from: 0, to: actors.count, by: rowsPerStatement) {
            let chunk = actors[start..<min(start + rowsPerStatement, actors.count)]
            out.append(SQLStatement(sql: actorSQL(rows: chunk.count), args: chunk.flatMap { [.text($0.code), .text($0.country)] }))
        }
        let rows = tally.sortedRows
        for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
            let chunk = rows[start..<min(start + rowsPerStatement, rows.count)]
            out.append(SQLStatement(sql: upsertSQL(rows: chunk.count), args: chunk.flatMap { rowValues($0.key, $0.totals) }))
        }
        return out
    }

    /// Filters with an article condition count events; every other filter can read `dyad_days`.
    static func canAnswer(_ filter: EventFilter) -> Bool {
        filter.article == nil
    }

    /// At most this many codes are listed for one side of a dyad; a value matching more reads
    /// the table without the list.
    static let maxListedCodes = 400

    /// The codes in `dyad_actors` that a side value matches (a code prefix, or a country).
    static func codesSQL() -> String {
        "SELECT DISTINCT code FROM dyad_actors WHERE (code >= ? AND code < ?) OR country = ? ORDER BY code LIMIT \(maxListedCodes + 1)"
    }

    static func codesArgs(_ value: String) -> [SQLValue] {
        [.text(value), .text(EventFilter.successor(of: value)), .text(value)]
    }
}
