import Foundation

/// Request counts, latencies and write counts, exposed as Prometheus text at `/metrics`.
///
/// Routes are labelled by their pattern (`/api/articles/{id}`), never by the raw path, so the
/// number of series stays bounded.
public final class ServeMetrics: @unchecked Sendable {
    /// Upper bounds of the latency histogram, in seconds.
    public static let bucketBounds: [Double] = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    struct RouteKey: Hashable, Comparable {
        var method: String
        var route: String
        var status: Int

        static func < (a: RouteKey, b: RouteKey) -> Bool {
            (a.route, a.method, a.status) < (b.route, b.method, b.status)
        }
    }

    struct Histogram {
        var buckets = [Int](repeating: 0, count: ServeMetrics.bucketBounds.count)
        var count = 0
        var sum = 0.0
    }

    private let lock = NSLock()
    private var requests: [RouteKey: Int] = [:]
    private var latency: [String: Histogram] = [:]
    private var articlesStored = 0
    private var eventsStored = 0

    public init() {}

    /// Counts one answered request.
    public func record(method: String, route: String, status: Int, seconds: Double) {
        lock.withLock {
            requests[RouteKey(method: method, route: route, status: status), default: 0] += 1
            var h = latency[route] ?? Histogram()
            for (i, bound) in Self.bucketBounds.enumerated() where seconds <= bound { h.buckets[i] += 1 }
            h.count += 1
            h.sum += seconds
            latency[route] = h
        }
    }

    /// Counts articles and events newly stored through the API.
    public func recordStored(articles: Int, events: Int) {
        lock.withLock {
            articlesStored += articles
            eventsStored += events
        }
    }

    /// The Prometheus text exposition (version 0.0.4), with the store's sizes as gauges.
    public func exposition(storeArticles: Int, storeEvents: Int) -> String {
        let (requests, latency, articles, events) = lock.withLock { (self.requests, self.latency, articlesStored, eventsStored) }
        var out = ""
        out += "# HELP dyad_http_requests_total HTTP requests answered, by method, route and status.\n"
        out += "# TYPE dyad_http_requests_total counter\n"
        for key in requests.keys.sorted() {
            out += "dyad_http_requests_total{method=\"\(Self.escape(key.method))\",route=\"\(Self.escape(key.route))\",status=\"\(key.status)\"} \(requests[key]!)\n"
        }
        out += "# HELP dyad_http_request_duration_seconds Time to answer HTTP requests, by route.\n"
        out += "# TYPE dyad_http_request_duration_seconds histogram\n"
        for route in latency.keys.sorted() {
            let h = latency[route]!
            let label = "route=\"\(Self.escape(route))\""
            for (i, bound) in Self.bucketBounds.enumerated() {
                out += "dyad_http_request_duration_seconds_bucket{\(label),le=\"\(Self.number(bound))\"} \(h.buckets[i])\n"
            }
            out += "dyad_http_request_duration_seconds_bucket{\(label),le=\"+Inf\"} \(h.count)\n"
            out += "dyad_http_request_duration_seconds_sum{\(label)} \(Self.number(h.sum))\n"
            out += "dyad_http_request_duration_seconds_count{\(label)} \(h.count)\n"
        }
        out += "# HELP dyad_api_articles_stored_total Articles newly stored through POST /api/articles.\n"
        out += "# TYPE dyad_api_articles_stored_total counter\n"
        out += "dyad_api_articles_stored_total \(articles)\n"
        out += "# HELP dyad_api_events_stored_total Events newly stored through POST /api/articles.\n"
        out += "# TYPE dyad_api_events_stored_total counter\n"
        out += "dyad_api_events_stored_total \(events)\n"
        out += "# HELP dyad_store_articles Articles in the store.\n"
        out += "# TYPE dyad_store_articles gauge\n"
        out += "dyad_store_articles \(storeArticles)\n"
        out += "# HELP dyad_store_events Events in the store.\n"
        out += "# TYPE dyad_store_events gauge\n"
        out += "dyad_store_events \(storeEvents)\n"
        return out
    }

    static func escape(_ label: String) -> String {
        label.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }
}
