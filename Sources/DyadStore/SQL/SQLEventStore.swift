import DyadCore
import Foundation


/// The id of the run in progress, shared by copies of a store.
final class RunBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int64?
    var id: Int64? {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
    init() {}
}

/// Articles encoded for a store by ``SQLEventStore/prepare(_:)``, ready to write.
public struct PreparedArticles: Sendable {
    let writes: [ArticleWrite]
    /// The index, among the items prepared, of each write.
    let order: [Int]
    /// The number of articles.
    public var count: Int { order.count }
}

/// An `EventStore` over SQL: the statements and the row mapping, written once for both backends.
/// ``SQLiteEventStore`` and ``PostgresEventStore`` supply the connection.
public class SQLEventStore: EventStore, @unchecked Sendable {
    let database: any SQLDatabase
    /// The ingest run that articles written now belong to, if any.
    let currentRun = RunBox()

    init(database: any SQLDatabase) {
        self.database = database
    }

    public func existingArticleIDs(_ ids: [String]) async throws -> Set<String> {
        var found = Set<String>()
        let unique = Array(Set(ids))
        for start in stride(from: 0, to: unique.count, by: 500) {
            let chunk = unique[start..<min(start + 500, unique.count)]
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            let rows = try await database.rows("SELECT id FROM articles WHERE id IN (\(marks))", chunk.map { .text($0) })
            for r in rows { if let id = r.first?.string { found.insert(id) } }
        }
        return found
    }

    public func store(_ items: [ArticleWithEvents]) async throws -> [WriteOutcome] {
        try await store(prepare(items))
    }

    /// Encodes articles and their events into rows (the CPU work of a write outside the
    /// database), for ``store(_:)-(PreparedArticles)``. It touches no connection, so a caller
    /// may prepare the next batch on another thread while this one is written.
    public func prepare(_ items: [ArticleWithEvents]) -> PreparedArticles {
        let storedAt = Self.timestamp(Date())
        let run = currentRun.id
        // Writers take locks in article-id order, so concurrent batches cannot deadlock.
        let order = items.indices.sorted { items[$0].article.id < items[$1].article.id }
        var writes: [ArticleWrite] = []
        writes.reserveCapacity(items.count)
        for i in order {
            let item = items[i]
            let article = SQLStatement(sql: Self.articleInsertSQL, args: EventColumns.articleValues(
                item.article, eventCount: item.events.count, runID: run, storedAt: storedAt, simhash: item.simhash))
            writes.append(ArticleWrite(id: item.article.id, article: article,
                                       events: item.events.map { EventColumns.values($0, articleID: item.article.id) },
                                       dyadDays: DyadDays.Contribution(item.events),
                                       simhash: item.simhash, urls: item.urls, seenAt: storedAt))
        }
        return PreparedArticles(writes: writes, order: order)
    }

    /// Writes prepared articles, as ``store(_:)-([ArticleWithEvents])`` does; the outcomes are
    /// in the order of the items given to ``prepare(_:)``.
    public func store(_ prepared: PreparedArticles) async throws -> [WriteOutcome] {
        let done = try await database.write(prepared.writes)
        var result = Array(repeating: WriteOutcome.existing, count: prepared.order.count)
        for (k, i) in prepared.order.enumerated() { result[i] = done[k] }
        return result
    }

    /// Inserts an article; returns its id only when it was not stored before.
    static let articleInsertSQL = articleInsertSQL(returning: true)

    /// Inserts an article unless one with its id is stored; with `returning`, the statement
    /// returns the id when it inserted.
    static func articleInsertSQL(returning: Bool) -> String {
        "INSERT INTO articles (\(EventColumns.articleNames.joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: EventColumns.articleNames.count).joined(separator: ", ")
            + ") ON CONFLICT (id) DO NOTHING" + (returning ? " RETURNING id" : "")
    }

    public func nearDuplicates(of simhashes: [UInt64]) async throws -> [String?] {
        var out: [String?] = []
        for h in simhashes {
            let probe = NearDuplicateIndex.candidates(h, orID: nil)
            out.append(NearDuplicateIndex.closest(to: h, in: try await database.rows(probe.sql, probe.args)))
        }
        return out
    }

    public func addURLs(_ urls: [ArticleURL]) async throws {
        let seenAt = Self.timestamp(Date())
        for s in SQLStatement.urlInserts(urls, seenAt: seenAt) { _ = try await database.rows(s.sql, s.args) }
    }

    public func urls(ofArticle id: String) async throws -> [String] {
        try await database.rows("SELECT url FROM article_urls WHERE article_id = ? ORDER BY url", [.text(id)])
            .compactMap { $0.first?.string }
    }

    /// Multi-row inserts of event rows, at most `rowsPerStatement` rows each.
    static func eventInserts(_ rows: [[SQLValue]], rowsPerStatement: Int = 200) -> [SQLStatement] {
        let columns = EventColumns.names
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        var statements: [SQLStatement] = []
        for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
            let chunk = rows[start..<min(start + rowsPerStatement, rows.count)]
            let sql = "INSERT INTO events (\(columns.joined(separator: ", "))) VALUES "
                + Array(repeating: row, count: chunk.count).joined(separator: ", ")
            statements.append(SQLStatement(sql: sql, args: Array(chunk.joined())))
        }
        return statements
    }

    public func beginBulkLoad(onlyIfEmpty: Bool) async throws -> Bool {
        try await database.beginBulkLoad(onlyIfEmpty: onlyIfEmpty, startedAt: Self.timestamp(Date()))
    }

    public func finishBulkLoad() async throws {
        try await database.finishBulkLoad()
    }

    public func bulkLoadUnderWay() async throws -> Bool {
        try await !database.rows(BulkLoad.activeSQL, []).isEmpty
    }

    public func beginRun(inputs: [String], startedAt: String) async throws -> Int64 {
        let rows = try await database.rows(
            "INSERT INTO ingest_runs (started_at, inputs, status) VALUES (?, ?, ?) RETURNING id",
            [.text(startedAt), .text(EventColumns.json(inputs)), .text("running")])
        guard let id = rows.first?.first?.int else { throw StoreError.corrupt("no id for the new ingest run") }
        currentRun.id = Int64(id)
        return Int64(id)
    }

    public func finishRun(_ id: Int64, totals: IngestTotals, finishedAt: String, status: String) async throws {
        _ = try await database.rows("""
            UPDATE ingest_runs SET finished_at = ?, status = ?, articles = ?, new_articles = ?,
                existing_articles = ?, near_duplicates = ?, events = ?, failed = ? WHERE id = ?
            """, [.text(finishedAt), .text(status), SQLValue(totals.articles), SQLValue(totals.newArticles),
                  SQLValue(totals.existingArticles), SQLValue(totals.nearDuplicates), SQLValue(totals.events),
                  SQLValue(totals.failed), .int(id)])
        if currentRun.id == id { currentRun.id = nil }
    }

    public func events(matching filter: EventFilter, after afterID: String?, limit: Int) async throws -> [StoredEvent] {
        var (clause, args) = filter.eventsWhereClause(codes: try await sideCodes(filter))
        if let afterID {
            clause += (clause.isEmpty ? "WHERE " : " AND ") + "e.id > ?"
            args.append(.text(afterID))
        }
        args.append(.int(Int64(limit)))
        let rows = try await database.rows(
            "SELECT \(EventColumns.selectList) FROM events e JOIN articles a ON a.id = e.article_id \(clause) ORDER BY e.id LIMIT ?",
            args)
        return try rows.map(EventColumns.storedEvent)
    }

    public func events(ids: [String]) async throws -> [StoredEvent] {
        var out: [StoredEvent] = []
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = ids[start..<min(start + 500, ids.count)]
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            let rows = try await database.rows(
                "SELECT \(EventColumns.selectList) FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id IN (\(marks))",
                chunk.map { .text($0) })
            out += try rows.map(EventColumns.storedEvent)
        }
        return out
    }

    public func dailyQuadCounts(matching filter: EventFilter) async throws -> [DailyQuadCount] {
        let codes = try await sideCodes(filter)
        guard filter.article == nil, try await !bulkLoadUnderWay(), let (clause, args) = filter.dyadDaysWhereClause(codes: codes) else {
            return try await dailyQuadCounts(events: filter.eventsWhereClause(codes: codes))
        }
        let rows = try await database.rows("""
            SELECT NULLIF(d.day, ''), d.quad, CAST(SUM(d.events) AS BIGINT), CAST(SUM(d.goldstein) AS DOUBLE PRECISION)
            FROM dyad_days d \(clause) GROUP BY d.day, d.quad ORDER BY NULLIF(d.day, ''), d.quad
            """, args)
        return try rows.map(Self.dailyQuadCount)
    }

    /// ``dailyQuadCounts(matching:)`` counted over the events themselves, with the plain filter.
    func dailyQuadCountsFromEvents(matching filter: EventFilter) async throws -> [DailyQuadCount] {
        try await dailyQuadCounts(events: filter.whereClause())
    }

    private func dailyQuadCounts(events clause: (sql: String, args: [SQLValue])) async throws -> [DailyQuadCount] {
        let rows = try await database.rows("""
            SELECT e.date, e.quad, COUNT(*), CAST(SUM(e.goldstein) AS DOUBLE PRECISION)
            FROM events e \(clause.sql) GROUP BY e.date, e.quad ORDER BY e.date, e.quad
            """, clause.args)
        return try rows.map(Self.dailyQuadCount)
    }

    static func dailyQuadCount(_ r: [SQLValue]) throws -> DailyQuadCount {
        // Quad class 0: events with a code outside CAMEO.
        guard let n = r[1].int, n == 0 || QuadClass(rawValue: n) != nil else { throw StoreError.corrupt("bad quad class \(r[1])") }
        return DailyQuadCount(day: r[0].string, quad: QuadClass(rawValue: n), count: r[2].int ?? 0, goldsteinSum: r[3].double ?? 0)
    }

    public func dyadCounts(matching filter: EventFilter) async throws -> [DyadCount] {
        let codes = try await sideCodes(filter)
        guard filter.article == nil, try await !bulkLoadUnderWay(), let (clause, args) = filter.dyadDaysWhereClause(codes: codes) else {
            return try await dyadCounts(events: filter.eventsWhereClause(codes: codes))
        }
        let rows = try await database.rows("""
            SELECT d.source_code, NULLIF(d.target_code, ''), CAST(SUM(d.events) AS BIGINT), CAST(SUM(d.goldstein) AS DOUBLE PRECISION)
            FROM dyad_days d \(clause) GROUP BY d.source_code, d.target_code
            ORDER BY SUM(d.events) DESC, d.source_code, NULLIF(d.target_code, '')
            """, args)
        return rows.map(Self.dyadCount)
    }

    /// ``dyadCounts(matching:)`` counted over the events themselves, with the plain filter.
    func dyadCountsFromEvents(matching filter: EventFilter) async throws -> [DyadCount] {
        try await dyadCounts(events: filter.whereClause())
    }

    private func dyadCounts(events clause: (sql: String, args: [SQLValue])) async throws -> [DyadCount] {
        let rows = try await database.rows("""
            SELECT e.source_code, e.target_code, COUNT(*), CAST(SUM(e.goldstein) AS DOUBLE PRECISION)
            FROM events e \(clause.sql) GROUP BY e.source_code, e.target_code ORDER BY COUNT(*) DESC, e.source_code, e.target_code
            """, clause.args)
        return rows.map(Self.dyadCount)
    }

    static func dyadCount(_ r: [SQLValue]) -> DyadCount {
        DyadCount(source: r[0].string ?? "", target: r[1].string, count: r[2].int ?? 0, goldsteinSum: r[3].double ?? 0)
    }

    /// The codes in `dyad_actors` each side value of the filter can match (nil: too many).
    func sideCodes(_ filter: EventFilter) async throws -> [String: [String]?] {
        var codes: [String: [String]?] = [:]
        for value in filter.sideValues {
            let rows = try await database.rows(DyadDays.codesSQL(), DyadDays.codesArgs(value))
            let listed: [String]? = rows.count > DyadDays.maxListedCodes ? nil : rows.compactMap { $0.first?.string }
            codes.updateValue(listed, forKey: value)
        }
        return codes
    }

    public func article(id: String) async throws -> StoredArticle? {
        let rows = try await database.rows(
            "SELECT \(EventColumns.articleNames.joined(separator: ", ")) FROM articles WHERE id = ?", [.text(id)])
        return try rows.first.map(EventColumns.storedArticle)
    }

    public func actors(matching query: String, limit: Int) async throws -> [ActorSummary] {
        let code = query.uppercased()
        let pattern = "%" + ActorSearch.escapeLike(query.lowercased()) + "%"
        let rows = try await database.rows(ActorSearch.sql, [
            .text(code), .text(EventFilter.successor(of: code)), .text(pattern),
            .text(code), .text(EventFilter.successor(of: code)), .text(pattern),
            .int(Int64(max(0, limit))),
        ])
        return rows.map {
            ActorSummary(code: $0[0].string ?? "", country: $0[1].string, entity: $0[2].string, events: $0[3].int ?? 0)
        }
    }

    public func aggregates() async throws -> [EventAggregate] {
        let rows = try await database.rows("""
            SELECT day, source_code, target_code, cameo, num_mentions, num_articles, num_sources,
                   source_url, first_event_id, date_added
            FROM event_aggregates ORDER BY day, source_code, target_code, cameo
            """, [])
        return rows.map {
            EventAggregate(day: $0[0].string, source: $0[1].string ?? "", target: $0[2].string, cameo: $0[3].string ?? "",
                           numMentions: $0[4].int ?? 0, numArticles: $0[5].int ?? 0, numSources: $0[6].int ?? 0,
                           sourceURL: $0[7].string, firstEventID: $0[8].string ?? "", dateAdded: $0[9].string ?? "")
        }
    }

    public func counts() async throws -> StoreCounts {
        let rows = try await database.rows(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM ingest_runs)", [])
        let r = rows.first ?? []
        return StoreCounts(articles: r.first?.int ?? 0, events: r.dropFirst().first?.int ?? 0, runs: r.last?.int ?? 0)
    }

    public func appliedMigrations() async throws -> [String] {
        try await database.appliedMigrations()
    }

    public func close() async throws {
        try await database.close()
    }

    /// `YYYYMMDDHHMMSS` in UTC, as GDELT writes DATEADDED.
    static func timestamp(_ date: Date) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02d%02d%02d%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
