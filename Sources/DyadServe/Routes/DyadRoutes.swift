import DyadStore
import Hummingbird

/// `GET /api/dyads`: the most active dyads (either direction), for the dashboard's picker.
struct DyadRoutes: Sendable {
    let store: any EventStore

    struct Dyad: Encodable, Sendable, Hashable {
        /// `A-B` (or `A,B`), the value for the `dyad` filter (with `both`).
        var dyad: String
        var events: Int
        var goldstein: Double
    }

    struct Dyads: Encodable, Sendable {
        var dyads: [Dyad]
    }

    func add(to router: Router<BasicRequestContext>) {
        router.get("/api/dyads") { request, _ in try await dyads(request) }
    }

    func dyads(_ request: Request) async throws -> JSONBody<Dyads> {
        let q = try QueryParameters(request.uri.query, allowed: QueryParameters.filterNames.union(["limit"]))
        let filter = try q.eventFilter()
        let limit = try q.int("limit", in: 1...500) ?? 20
        return JSONBody(Dyads(dyads: Self.undirected(try await store.dyadCounts(matching: filter), limit: limit)))
    }

    /// Folds A->B and B->A together; busiest first, ties by name. Each is written as the
    /// `dyad` filter reads it (``DyadSyntax``: `A-B`, or `A,B` when a dash would be ambiguous).
    static func undirected(_ pairs: [DyadCount], limit: Int) -> [Dyad] {
        var acc: [String: Dyad] = [:]
        for p in pairs {
            guard let t = p.target, t != p.source else { continue }
            let key = DyadSyntax.format(source: min(p.source, t), target: max(p.source, t))
            acc[key, default: Dyad(dyad: key, events: 0, goldstein: 0)].events += p.count
            acc[key]!.goldstein += p.goldsteinSum
        }
        let sorted = acc.values.sorted { a, b in a.events != b.events ? a.events > b.events : a.dyad < b.dyad }
        return sorted.prefix(limit).map { d in
            var d = d
            d.goldstein = (d.goldstein * 1000).rounded() / 1000
            return d
        }
    }
}
