import DyadCore

/// The `dyad_days` table: event counts, mentions and Goldstein sums per (day, source, target,
/// code, quad class), with the sides' countries, kept in the transaction that writes the events.
/// Timelines and networks of a dyad read it instead of counting events. `dyad_actors` lists
/// every (code, country) seen on either side, so a dyad filter first finds the codes it can
/// match and then reads only their rows through the primary key.
///
/// Missing values (an undated event, an event without a target, an actor without a country)
/// are stored as `''`, which no filter value equals; day ranges exclude `''` explicitly.
enum DyadDays {
    /// One row's key. Two keys are equal only when the database's would be (byte for byte,
    /// not Unicode-equivalent), and keys sort the same way in every writer, which is the order
    /// rows are locked in.
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
            quad = EventColumns.storedQuad(e.quad)
        }

        static func == (a: Key, b: Key) -> Bool {
            a.quad == b.quad && bytesEqual(a.sourceCode, b.sourceCode) && bytesEqual(a.targetCode, b.targetCode)
                && bytesEqual(a.day, b.day) && bytesEqual(a.cameo, b.cameo)
                && bytesEqual(a.sourceCountry, b.sourceCountry) && bytesEqual(a.targetCountry, b.targetCountry)
        }

        func hash(into h: inout Hasher) {
            hashBytes(sourceCode, into: &h)
            hashBytes(targetCode, into: &h)
            hashBytes(day, into: &h)
            hashBytes(cameo, into: &h)
            hashBytes(sourceCountry, into: &h)
            hashBytes(targetCountry, into: &h)
            h.combine(quad)
        }

        /// By the fields' UTF-8 bytes in the order of the primary key, then the quad class.
        static func < (a: Key, b: Key) -> Bool {
            compareBytes(a.sourceCode, b.sourceCode) ?? compareBytes(a.targetCode, b.targetCode)
                ?? compareBytes(a.day, b.day) ?? compareBytes(a.cameo, b.cameo)
                ?? compareBytes(a.sourceCountry, b.sourceCountry) ?? compareBytes(a.targetCountry, b.targetCountry)
                ?? (a.quad < b.quad)
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

    /// An actor code with its country (`''` when none), as listed in `dyad_actors`; compared
    /// like ``Key``.
    struct Actor: Hashable, Comparable, Sendable {
        var code: String
        var country: String

        init(code: String, country: String) {
            self.code = code
            self.country = country
        }

        static func == (a: Actor, b: Actor) -> Bool { bytesEqual(a.code, b.code) && bytesEqual(a.country, b.country) }
        func hash(into h: inout Hasher) {
            hashBytes(code, into: &h)
            hashBytes(country, into: &h)
        }
        static func < (a: Actor, b: Actor) -> Bool { compareBytes(a.code, b.code) ?? compareBytes(a.country, b.country) ?? false }
    }

    /// Whether two strings have the same UTF-8 bytes (not Unicode equivalence).
    static func bytesEqual(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }

    /// `a < b` by UTF-8 bytes (a prefix first), or nil when the bytes are equal.
    static func compareBytes(_ a: String, _ b: String) -> Bool? {
        var i = a.utf8.makeIterator()
        var j = b.utf8.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return nil
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?): if x != y { return x < y }
            }
        }
    }

    /// Hashes the UTF-8 bytes of `s` and its length.
    static func hashBytes(_ s: String, into h: inout Hasher) {
        var s = s
        s.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
        h.combine(s.utf8.count)
    }

    /// What one article's events add to the two tables, event by event.
    struct Contribution: Sendable {
        var rows: [(key: Key, totals: Totals)] = []
        var actors: [Actor] = []

        init(_ events: [Event]) {
            rows.reserveCapacity(events.count)
            actors.reserveCapacity(2 * events.count)
            for e in events {
                rows.append((Key(e), Totals(events: 1, mentions: Int64(e.mentions), goldstein: e.goldstein ?? 0)))
                actors.append(Actor(code: e.source.code, country: e.source.country ?? ""))
                if let t = e.target { actors.append(Actor(code: t.code, country: t.country ?? "")) }
            }
        }
    }

    /// What the new articles of one transaction add to the two tables.
    struct Tally: Sendable {
        var rows: [Key: Totals] = [:]
        var actors: Set<Actor> = []

        init() {}

        mutating func add(_ c: Contribution) {
            for (k, v) in c.rows { rows[k, default: Totals()].add(v) }
            actors.formUnion(c.actors)
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

    /// An append of `rows` rows to `dyad_days_pending`.
    static func pendingSQL(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return "INSERT INTO dyad_days_pending (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }

    static func actorSQL(rows: Int) -> String {
        "INSERT INTO dyad_actors (code, country) VALUES "
            + Array(repeating: "(?, ?)", count: rows).joined(separator: ", ") + " ON CONFLICT DO NOTHING"
    }

    /// The writes of a tally as multi-row statements: actors, then rows, each in key order;
    /// the rows are appended to `dyad_days_pending` when `pending` (a bulk load).
    static func statements(_ tally: Tally, pending: Bool = false, rowsPerStatement: Int = 500) -> [SQLStatement] {
        var out: [SQLStatement] = []
        let actors = tally.actors.sorted()
        for start in stride(from: 0, to: actors.count, by: rowsPerStatement) {
            let chunk = actors[start..<min(start + rowsPerStatement, actors.count)]
            out.append(SQLStatement(sql: actorSQL(rows: chunk.count), args: chunk.flatMap { [.text($0.code), .text($0.country)] }))
        }
        let rows = tally.sortedRows
        for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
            let chunk = rows[start..<min(start + rowsPerStatement, rows.count)]
            out.append(SQLStatement(sql: pending ? pendingSQL(rows: chunk.count) : upsertSQL(rows: chunk.count),
                                    args: chunk.flatMap { rowValues($0.key, $0.totals) }))
        }
        return out
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
