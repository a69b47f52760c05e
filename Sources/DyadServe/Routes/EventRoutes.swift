import DyadCore
import DyadStore
import Hummingbird

/// `GET /api/events`: stored events matching the filters of `dyad query`, in id order, a page
/// at a time (`limit`, then `after` = the previous page's `next`).
struct EventRoutes: Sendable {
    let store: any EventStore

    static let defaultLimit = 50
    static let maxLimit = 500

    struct Page: Encodable, Sendable {
        var events: [Event]
        /// The `after` value for the next page, or nil on the last page.
        var next: String?
        var limit: Int
    }

    func add(to router: Router<BasicRequestContext>) {
        router.get("/api/events") { request, _ in try await page(request) }
    }

    func page(_ request: Request) async throws -> JSONBody<Page> {
        let q = try QueryParameters(request.uri.query, allowed: QueryParameters.filterNames.union(["limit", "after"]))
        let filter = try q.eventFilter()
        let limit = try q.int("limit", in: 1...Self.maxLimit) ?? Self.defaultLimit
        let after = try q.string("after")
        let rows = try await store.events(matching: filter, after: after, limit: limit + 1)
        let events = rows.prefix(limit).map(\.event)
        return JSONBody(Page(events: Array(events), next: rows.count > limit ? events.last?.id : nil, limit: limit))
    }
}
