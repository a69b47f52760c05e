import DyadCore
import DyadTestSupport
import Foundation
import Testing
@testable import DyadStore

/// Builds articles and events for store tests, and opens throwaway stores of each kind.
enum StoreFixtures {
    static let postgresURL: String? = TestPostgres.url

    static let postgresSkipReason: Comment = "DYAD_TEST_POSTGRES_URL is not set (e.g. postgres://postgres@127.0.0.1:55432/postgres); PostgreSQL contract tests skipped"

    /// Runs `body` with the path of a new SQLite file named `name` in a scratch directory,
    /// removed when `body` returns or throws.
    static func withTemporaryPath<T>(_ name: String = "store", _ body: (String) throws -> T) throws -> T {
        try withScratchDirectory("dyad-store") { dir in try body(dir.appendingPathComponent("\(name).sqlite").path) }
    }

    /// ``withTemporaryPath(_:_:)`` for an asynchronous body.
    static func withTemporaryPath<T>(_ name: String = "store", _ body: (String) async throws -> T) async throws -> T {
        try await withScratchDirectory("dyad-store") { dir in try await body(dir.appendingPathComponent("\(name).sqlite").path) }
    }

    /// Runs `body` with a fresh, empty store location of the given kind: a new SQLite file in a
    /// scratch directory removed when `body` returns or throws, or a new PostgreSQL database,
    /// dropped when `body` returns or throws.
    static func withFreshLocation<T>(_ kind: Backend, _ body: (StoreLocation) async throws -> T) async throws -> T {
        switch kind {
        case .sqlite:
            return try await withTemporaryPath { path in try await body(.sqlite(path: path)) }
        case .postgres:
            return try await TestPostgres.withScratchDatabase("dyad_test") { location, _ in try await body(.postgres(location)) }
        }
    }

    /// The migrations an earlier version applied: every one before `next`.
    static func migrations(before next: Migration) -> [Migration] {
        Array(Migration.all.prefix { $0.name != next.name })
    }

    /// The database at `location` opened without migrating it, to build a store as an earlier
    /// version left it.
    static func openUnmigrated(_ location: StoreLocation) async throws -> any SQLDatabase {
        switch location {
        case let .sqlite(path): try SQLiteDatabase(path: path)
        case let .postgres(p): try await PostgresDatabase.connect(p)
        }
    }

    /// The database at `location` as the version before `next` left it: migrated up to `next`,
    /// holding `items` written as that version stored them; open, for the test to go on.
    static func openAsBefore(_ next: Migration, at location: StoreLocation, holding items: [ArticleWithEvents]) async throws -> any SQLDatabase {
        let old = try await openUnmigrated(location)
        try await old.migrate(migrations(before: next))
        for item in items {
            try await insertAsStored(item, into: old)
        }
        return old
    }

    /// Writes an article and its events as plain rows, the way every version stored them,
    /// touching no table a later migration added.
    static func insertAsStored(_ item: ArticleWithEvents, into db: any SQLDatabase) async throws {
        _ = try await db.rows(SQLEventStore.articleInsertSQL, EventColumns.articleValues(
            item.article, eventCount: item.events.count, runID: nil, storedAt: "20240101000000", simhash: nil))
        let rows = item.events.map { EventColumns.values($0, articleID: item.article.id) }
        for s in SQLEventStore.eventInserts(rows) { _ = try await db.rows(s.sql, s.args) }
    }

    static func actor(_ code: String, _ country: String?, _ role: String? = nil, entity: String? = nil) -> ActorRef {
        ActorRef(code: code, country: country, role: role, entity: entity, text: entity ?? code)
    }

    static func event(_ article: String, _ n: Int, date: String? = "2022-03-10", source: ActorRef = actor("VENGOV", "VEN", "GOV", entity: "Nicolas Maduro"),
                      target: ActorRef? = actor("RUSGOV", "RUS", "GOV", entity: "Vladimir Putin"), cameo: String = "051",
                      url: String? = nil, location: Location? = nil, rules: [String] = []) -> Event {
        let code = CameoTaxonomy.standard[cameo]
        return Event(
            id: "\(article):\(n):0", date: date, source: source, target: target, cameo: cameo,
            root: String(cameo.prefix(2)), label: code?.name ?? "label", quad: code?.quad ?? .verbalCooperation,
            goldstein: code?.goldstein ?? 0, plover: code?.plover, modality: .asserted, negated: n % 2 == 1,
            confidence: 0.75, location: location,
            evidence: Evidence(article: article, url: url, sentence: n, text: "Sentence \(n), with\ttab and \"quotes\".",
                               sourceSpan: Span(0, 7), targetSpan: Span(20, 25), verbSpan: Span(8, 14),
                               pattern: "\(cameo).test", rules: rules))
    }

    static func article(_ id: String, published: String? = "2022-03-10", site: String? = "example.org", events: [Event]) -> ArticleWithEvents {
        ArticleWithEvents(article: Article(id: id, url: "https://example.org/\(id)", site: site, title: "Title \(id)",
                                      published: published, body: ["Body of \(id)."], captions: ["A caption"],
                                      related: ["READ: more"], sourceFormat: "jsonl", origin: "test.jsonl:1"),
                     events: events)
    }
}

enum Backend: String, Sendable, CaseIterable {
    case sqlite, postgres
}
