import DyadStore
import Hummingbird

/// `GET /api/actors?q=`: actors whose code starts with, or whose name contains, the query.
struct ActorRoutes: Sendable {
    let store: any EventStore

    struct Actors: Encodable, Sendable {
        var actors: [ActorSummary]
    }

    func add(to router: Router<BasicRequestContext>) {
        router.get("/api/actors") { request, _ in try await actors(request) }
    }

    func actors(_ request: Request) async throws -> JSONBody<Actors> {
        let q = try QueryParameters(request.uri.query, allowed: ["q", "limit"])
        let query = try q.string("q", maxLength: 100) ?? ""
        let limit = try q.int("limit", in: 1...100) ?? 20
        return JSONBody(Actors(actors: try await store.actors(matching: query, limit: limit)))
    }
}
