import DyadStore
import Hummingbird

/// `GET /api/timeline`: events per quad class with Goldstein sum and mean, per day, week
/// (default) or month, for the events matching the filters (usually a dyad).
struct TimelineRoutes: Sendable {
    let store: any EventStore

    struct Timeline: Encodable, Sendable {
        var by: String
        var periods: [PeriodSummary]
    }

    func add(to router: Router<BasicRequestContext>) {
        router.get("/api/timeline") { request, _ in try await timeline(request) }
    }

    func timeline(_ request: Request) async throws -> JSONBody<Timeline> {
        let q = try QueryParameters(request.uri.query, allowed: QueryParameters.filterNames.union(["by"]))
        let filter = try q.eventFilter()
        var bucket = TimeBucket.week
        if let by = try q.string("by") {
            guard let b = TimeBucket(rawValue: by) else { throw ServeError.badRequest("by: expected day, week or month, found '\(QueryParameters.shown(by[...]))'") }
            bucket = b
        }
        let days = try await store.dailyQuadCounts(matching: filter)
        return JSONBody(Timeline(by: bucket.rawValue, periods: PeriodSummary.summarize(days, by: bucket)))
    }
}
