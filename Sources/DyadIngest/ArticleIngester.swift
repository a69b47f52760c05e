import DyadCoder
import DyadCore
import DyadExtract
import DyadStore

/// Codes articles and writes them, with their events, to a store: the one path shared by
/// `dyad ingest` and `POST /api/articles`.
///
/// Articles already stored (by id) are not coded again. A batch that fails to write is retried
/// one article at a time, so only the bad articles fail.
///
/// ```swift
/// let ingester = ArticleIngester(coder: EventCoder(resources: try CodingResources.load()), store: store)
/// let report = try await ingester.ingest([article])
/// print(report.totals.newArticles, report.totals.events)
/// ```
public struct ArticleIngester: Sendable {
    public let coder: EventCoder
    public let store: any EventStore
    /// Articles coded in parallel (all cores when nil).
    public var jobs: Int?
    /// Store near duplicates as articles of their own instead of adding their URLs to the
    /// stored article.
    public var keepNearDuplicates: Bool

    public init(coder: EventCoder, store: any EventStore, jobs: Int? = nil, keepNearDuplicates: Bool = false) {
        self.coder = coder
        self.store = store
        self.jobs = jobs
        self.keepNearDuplicates = keepNearDuplicates
    }

    /// Codes the articles not yet stored and writes them. An article already stored (same id),
    /// or a near duplicate of a stored one (SimHash within 3 bits), is not coded: its normalized
    /// URL is added to the stored article. Store errors for single articles are reported in the
    /// result; other store errors (an unreachable server) are thrown.
    public func ingest(_ batch: [Article]) async throws -> IngestReport {
        var report = IngestReport()
        var position: [String: Int] = [:]
        var unique: [ArticleWithEvents] = []
        var sameURLs: [ArticleURL] = []
        for a in batch {
            let urls = a.url.map { [URLNormalizer.normalize($0)] } ?? []
            if let earlier = position[a.id] {
                // The same article twice in one batch: one article, its URLs together.
                report.skip(a.id)
                for u in urls where !unique[earlier].urls.contains(u) { unique[earlier].urls.append(u) }
            } else {
                position[a.id] = unique.count
                let simhash = keepNearDuplicates ? nil : SimHash.fingerprint(a.body)
                unique.append(ArticleWithEvents(article: a, events: [], simhash: simhash, urls: urls))
            }
        }
        let stored = try await store.existingArticleIDs(unique.map(\.article.id))
        var todo: [ArticleWithEvents] = []
        for item in unique {
            if stored.contains(item.article.id) {
                report.skip(item.article.id)
                sameURLs += item.urls.map { ArticleURL(articleID: item.article.id, url: $0) }
            } else {
                todo.append(item)
            }
        }
        // Near duplicates of stored articles are found before coding, to save the work.
        let probed = todo.filter { $0.simhash != nil }
        if !probed.isEmpty {
            let matches = try await store.nearDuplicates(of: probed.compactMap(\.simhash))
            var merged = Set<String>()
            for (item, match) in zip(probed, matches) {
                guard let match else { continue }
                merged.insert(item.article.id)
                report.skip(item.article.id, nearDuplicateOf: match)
                sameURLs += item.urls.map { ArticleURL(articleID: match, url: $0) }
            }
            todo.removeAll { merged.contains($0.article.id) }
        }
        if !sameURLs.isEmpty { try await store.addURLs(sameURLs) }
        if todo.isEmpty { return report }
        let coder = self.coder
        let coded = todo.map(\.article).concurrentMap(jobs: jobs) { coder.code($0).events }
        let items = zip(todo, coded).map { item, events in
            var item = item
            item.events = events
            return item
        }
        do {
            report.count(items, try await store.store(items))
        } catch let whole as StoreError {
            guard items.count > 1 else {
                report.fail(items[0].article, whole)
                return report
            }
            for item in items {
                do {
                    report.count([item], try await store.store([item]))
                } catch let e as StoreError {
                    report.fail(item.article, e)
                }
            }
        }
        return report
    }
}

/// What one call of ``ArticleIngester/ingest(_:)`` did.
public struct IngestReport: Sendable {
    public var totals = IngestTotals()
    /// Per article that was read (in no particular order), whether it was newly stored.
    public var outcomes: [IngestOutcome] = []
    /// One message per article that could not be stored, naming it.
    public var failures: [String] = []

    public init() {}

    mutating func count(_ items: [ArticleWithEvents], _ results: [WriteOutcome]) {
        for (item, result) in zip(items, results) {
            switch result {
            case .new:
                totals.articles += 1
                totals.newArticles += 1
                totals.events += item.events.count
                outcomes.append(IngestOutcome(articleID: item.article.id, stored: true, events: item.events))
            case .existing:
                skip(item.article.id)
            case let .nearDuplicate(of: other):
                skip(item.article.id, nearDuplicateOf: other)
            }
        }
    }

    /// An article not stored: already there, or a near duplicate of a stored one.
    mutating func skip(_ id: String, nearDuplicateOf other: String? = nil) {
        totals.articles += 1
        if other == nil { totals.existingArticles += 1 } else { totals.nearDuplicates += 1 }
        outcomes.append(IngestOutcome(articleID: id, stored: false, events: [], nearDuplicateOf: other))
    }

    mutating func fail(_ article: Article, _ error: StoreError) {
        totals.failed += 1
        failures.append("\(article.origin ?? article.id): cannot store: \(error)")
    }
}

/// One article's fate in an ingest.
public struct IngestOutcome: Sendable, Hashable {
    public var articleID: String
    /// Whether the article was newly stored (false: it was stored before).
    public var stored: Bool
    /// The events coded and stored with it (empty when it was stored before).
    public var events: [Event]
    /// The stored article this one is a near duplicate of, when it is one.
    public var nearDuplicateOf: String? = nil
}

extension IngestTotals {
    /// Adds another run's or batch's numbers.
    public static func += (lhs: inout IngestTotals, rhs: IngestTotals) {
        lhs.articles += rhs.articles
        lhs.newArticles += rhs.newArticles
        lhs.existingArticles += rhs.existingArticles
        lhs.events += rhs.events
        lhs.nearDuplicates += rhs.nearDuplicates
        lhs.failed += rhs.failed
    }
}
