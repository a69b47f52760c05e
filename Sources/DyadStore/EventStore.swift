import DyadCore

/// Where events are kept: articles, their events and the record of ingest runs.
///
/// Two implementations share one schema and one contract: ``SQLiteEventStore`` (the default)
/// and ``PostgresEventStore``. Open one from a `--db` value with ``StoreLocation/open()``.
///
/// ```swift
/// let store = try await StoreLocation.parse("sqlite:dyad.sqlite").open()
/// let outcome = try await store.write([ArticleWithEvents(article: a, events: events)])
/// ```
public protocol EventStore: Sendable {
    /// Which of `ids` are already stored.
    func existingArticleIDs(_ ids: [String]) async throws -> Set<String>

    /// Writes the articles with their events in one transaction. An article already stored (by
    /// id) is left as it is, events included; one with a SimHash within Hamming distance 3 of a
    /// stored article's is a near duplicate and is not stored. Either way its URLs are added to
    /// the stored article. Returns, per item, what was done.
    func store(_ items: [ArticleWithEvents]) async throws -> [WriteOutcome]

    /// For each fingerprint, the id of the closest stored article within Hamming distance 3.
    func nearDuplicates(of simhashes: [UInt64]) async throws -> [String?]

    /// Records further URLs of stored articles (URLs already recorded are skipped).
    func addURLs(_ urls: [ArticleURL]) async throws

    /// The URLs recorded for an article, sorted.
    func urls(ofArticle id: String) async throws -> [String]

    /// Starts a bulk load: until ``finishBulkLoad()``, writes leave the events' secondary
    /// indexes and the `dyad_days` aggregate to the end, where they are built in one pass, and
    /// timelines and networks count the events themselves. With `onlyIfEmpty`, only a store
    /// that holds no events starts one. Returns whether a load is under way now (one begun
    /// earlier, by a run that was killed, counts; finishing it is left to the caller).
    func beginBulkLoad(onlyIfEmpty: Bool) async throws -> Bool

    /// Finishes the bulk load under way, if any, in one transaction: `dyad_days` gets the
    /// load's rows and the indexes are built again.
    func finishBulkLoad() async throws

    /// Whether a bulk load is under way.
    func bulkLoadUnderWay() async throws -> Bool

    /// Records the start of an ingest run and returns its id.
    func beginRun(inputs: [String], startedAt: String) async throws -> Int64

    /// Records how an ingest run ended.
    func finishRun(_ id: Int64, totals: IngestTotals, finishedAt: String, status: String) async throws

    /// Events matching `filter`, ordered by id, starting after `afterID`, at most `limit`.
    func events(matching filter: EventFilter, after afterID: String?, limit: Int) async throws -> [StoredEvent]

    /// Events with the given ids (any order).
    func events(ids: [String]) async throws -> [StoredEvent]

    /// Event counts and Goldstein sums per day and quad class.
    func dailyQuadCounts(matching filter: EventFilter) async throws -> [DailyQuadCount]

    /// Event counts and Goldstein sums per (source, target) pair: the network of a period.
    func dyadCounts(matching filter: EventFilter) async throws -> [DyadCount]

    /// The stored article with the given id, or nil.
    func article(id: String) async throws -> StoredArticle?

    /// Actors on either side of stored events whose code starts with `query` (case-insensitive)
    /// or whose entity name contains it, most active first, at most `limit`.
    func actors(matching query: String, limit: Int) async throws -> [ActorSummary]

    /// Rows of the `event_aggregates` view: one per (day, source, target, code), ordered by them.
    func aggregates() async throws -> [EventAggregate]

    /// Numbers of stored articles, events and ingest runs.
    func counts() async throws -> StoreCounts

    /// The names of the migrations applied to this store, in order.
    func appliedMigrations() async throws -> [String]

    /// Closes connections. The store must not be used afterwards.
    func close() async throws
}

extension EventStore {
    /// Like ``store(_:)``; returns, per item, whether it was newly stored.
    public func write(_ items: [ArticleWithEvents]) async throws -> [Bool] {
        try await store(items).map(\.isNew)
    }
}
