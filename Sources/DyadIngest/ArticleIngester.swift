import DyadCoder
import DyadCore
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

    public init(coder: EventCoder, store: any EventStore, jobs: Int? = nil) {
        self.coder = coder
        self.store = store
        self.jobs = jobs
    }

    /// Codes the articles not yet stored and writes them. Store errors for single articles are
    /// reported in the result; other store errors (an unreachable server) are thrown.
    public func ingest(_ batch: [Article]) async throws -> IngestReport {
        var report = IngestReport()
        var seen = Set<String>()
        var unique: [Article] = []
        for a in batch {
            if seen.insert(a.id).inserted {
                unique.append(a)
            } else {
                report.totals.articles += 1
                report.totals.existingArticles += 1
                report.outcomes.append(IngestOutcome(articleID: a.id, stored: false, events: []))
            }
        }
        let stored = try await store.existingArticleIDs(unique.map(\.id))
        for a in unique where stored.contains(a.id) {
            report.totals.articles += 1
            report.totals.existingArticles += 1
            report.outcomes.append(IngestOutcome(articleID: a.id, stored: false, events: []))
        }
        let todo = unique.filter { !stored.contains($0.id) }
        if todo.isEmpty { return report }
        let coder = self.coder
        let coded = todo.concurrentMap(jobs: jobs) { coder.code($0).events }
        let items = zip(todo, coded).map { ArticleWithEvents(article: $0, events: $1) }
        do {
            let inserted = try await store.write(items)
            report.count(items, inserted)
        } catch let whole as StoreError {
            guard items.count > 1 else {
                report.fail(items[0].article, whole)
                return report
            }
            for item in items {
                do {
                    report.count([item], try await store.write([item]))
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

    mutating func count(_ items: [ArticleWithEvents], _ inserted: [Bool]) {
        for (item, isNew) in zip(items, inserted) {
            totals.articles += 1
            if isNew {
                totals.newArticles += 1
                totals.events += item.events.count
            } else {
                totals.existingArticles += 1
            }
            outcomes.append(IngestOutcome(articleID: item.article.id, stored: isNew, events: isNew ? item.events : []))
        }
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
}

extension IngestTotals {
    /// Adds another run's or batch's numbers.
    public static func += (lhs: inout IngestTotals, rhs: IngestTotals) {
        lhs.articles += rhs.articles
        lhs.newArticles += rhs.newArticles
        lhs.existingArticles += rhs.existingArticles
        lhs.events += rhs.events
        lhs.failed += rhs.failed
    }
}
