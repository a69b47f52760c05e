import DyadStore
import Hummingbird

/// `GET /health` (the store answers, and its size) and `GET /metrics` (Prometheus text).
struct HealthRoutes: Sendable {
    let store: any EventStore
    let metrics: ServeMetrics
    let writesEnabled: Bool

    struct Health: Encodable, Sendable {
        var status: String
        var articles: Int
        var events: Int
        var writes: Bool
    }

    func add(to router: Router<BasicRequestContext>) {
        router.get("/health") { request, context in
            _ = try QueryParameters(request.uri.query, allowed: [])
            do {
                let counts = try await store.counts()
                return JSONBody(Health(status: "ok", articles: counts.articles, events: counts.events, writes: writesEnabled))
            } catch {
                context.logger.error("health: the store does not answer: \(error)")
                throw ServeError(.serviceUnavailable, "the store does not answer")
            }
        }
        router.get("/metrics") { request, _ in
            _ = try QueryParameters(request.uri.query, allowed: [])
            let counts = try await store.counts()
            let text = metrics.exposition(storeArticles: counts.articles, storeEvents: counts.events)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        }
    }
}
