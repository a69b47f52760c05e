import DyadCore
import DyadExtract
import DyadIngest
import DyadStore
import Foundation
import Hummingbird

/// `GET /api/articles/{id}`: an article with its events and highlighted evidence.
/// `POST /api/articles`: codes and stores a posted article, exactly as `dyad ingest` does
/// (needs the bearer token).
struct ArticleRoutes: Sendable {
    let store: any EventStore
    let ingester: ArticleIngester
    let access: WriteAccess
    let maxBodyBytes: Int
    let metrics: ServeMetrics

    /// Events shown with one article, at most.
    static let maxEvents = 1000

    struct EventEvidence: Encodable, Sendable {
        var event: Event
        var highlight: [EvidenceHighlight.Segment]
    }

    struct ArticleView: Encodable, Sendable {
        var article: Article
        var eventCount: Int
        var storedAt: String
        var events: [EventEvidence]

        enum CodingKeys: String, CodingKey {
            case article, events
            case eventCount = "event_count"
            case storedAt = "stored_at"
        }
    }

    struct Posted: Encodable, Sendable {
        var article: String
        /// False when the article was stored before (its stored events are returned).
        var stored: Bool
        var events: [Event]
    }

    func add(to router: Router<BasicRequestContext>) {
        router.get("/api/articles/{id}") { request, context in
            _ = try QueryParameters(request.uri.query, allowed: [])
            return try await view(id: try context.parameters.require("id"))
        }
        router.post("/api/articles") { request, context in try await post(request, context: context) }
    }

    func view(id: String) async throws -> JSONBody<ArticleView> {
        guard let stored = try await store.article(id: id) else {
            throw ServeError.notFound("no article with id '\(QueryParameters.shown(id[...]))'")
        }
        let events = try await store.events(matching: EventFilter(article: id), after: nil, limit: Self.maxEvents)
        let withEvidence = events.map { EventEvidence(event: $0.event, highlight: EvidenceHighlight($0.event.evidence).segments) }
        return JSONBody(ArticleView(article: stored.article, eventCount: stored.eventCount, storedAt: stored.storedAt, events: withEvidence))
    }

    func post(_ request: Request, context: BasicRequestContext) async throws -> JSONBody<Posted> {
        try access.check(request)
        _ = try QueryParameters(request.uri.query, allowed: [])
        let body = try await request.body.collect(upTo: maxBodyBytes)
        let data = Data(body.readableBytesView)
        let article = try Self.article(from: data, contentType: request.headers[.contentType])
        let report = try await ingester.ingest([article])
        if !report.failures.isEmpty {
            context.logger.error("POST /api/articles: \(report.failures.joined(separator: "; "))")
            throw ServeError(.internalServerError, "the article could not be stored")
        }
        guard let outcome = report.outcomes.first else { throw ServeError(.internalServerError, "the article could not be stored") }
        if outcome.stored {
            metrics.recordStored(articles: 1, events: outcome.events.count)
            return JSONBody(Posted(article: article.id, stored: true, events: outcome.events), status: .created)
        }
        let events = try await store.events(matching: EventFilter(article: article.id), after: nil, limit: Self.maxEvents)
        return JSONBody(Posted(article: article.id, stored: false, events: events.map(\.event)))
    }

    /// Reads the body as `dyad ingest` reads its inputs: a JSON object like one line of JSON
    /// Lines input (`text`, optional `id`, `date`, `title`, `url`), or a plain-text article.
    static func article(from data: Data, contentType: String?) throws -> Article {
        let type = (contentType ?? "").split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        do {
            switch type {
            case "application/json":
                guard let text = String(data: data, encoding: .utf8) else { throw ServeError.badRequest("the body is not valid UTF-8") }
                guard let article = try JSONLinesReader().article(fromLine: text[...], number: 1, input: "request body") else {
                    throw ServeError.badRequest("the body is empty")
                }
                return article
            case "text/plain":
                return try PlainTextReader().read(data, name: "request body")
            default:
                throw ServeError(.unsupportedMediaType, "expected Content-Type application/json (an article object) or text/plain (an article's text)")
            }
        } catch let e as DyadError {
            throw ServeError.badRequest(e.description)
        }
    }
}
