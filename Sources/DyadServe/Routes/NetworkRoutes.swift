import DyadStore
import Hummingbird

/// `GET /api/network`: the alignment network of the events matching the filters (usually a
/// period, `from` and `to`): actors as nodes, edges with event counts and net Goldstein.
struct NetworkRoutes: Sendable {
    let store: any EventStore

    static let defaultEdges = 60
    static let maxEdges = 1000

    func add(to router: Router<BasicRequestContext>) {
        router.get("/api/network") { request, _ in try await network(request) }
    }

    func network(_ request: Request) async throws -> JSONBody<AlignmentNetwork> {
        let q = try QueryParameters(request.uri.query, allowed: QueryParameters.filterNames.union(["limit"]))
        let filter = try q.eventFilter()
        let limit = try q.int("limit", in: 1...Self.maxEdges) ?? Self.defaultEdges
        let pairs = try await store.dyadCounts(matching: filter)
        return JSONBody(AlignmentNetwork.build(pairs, maxEdges: limit))
    }
}
