import DyadServe
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The read side of the API over a store filled through the real coder.
@Suite struct ReadRouteTests {
    func ids(_ r: TestResponse) throws -> [String] {
        try r.json["events"].array.compactMap { $0["id"].string }
    }

    @Test func pagesThroughEventsInIdOrder() async throws {
        try await ServeFixtures.withApp { client, _ in
            let first = try await client.execute(uri: "/api/events?limit=4", method: .get)
            #expect(first.status == .ok)
            #expect(try ids(first) == ["art-1:0:0", "art-1:1:0", "art-1:2:0", "art-1:2:1"])
            let next = try #require(try first.json["next"].string)
            #expect(next == "art-1:2:1")
            let second = try await client.execute(uri: "/api/events?limit=4&after=\(next)", method: .get)
            #expect(try ids(second) == ["art-2:0:0", "art-2:1:0"])
            #expect(try second.json["next"].isNull)
        }
    }

    @Test func filtersEventsLikeDyadQuery() async throws {
        try await ServeFixtures.withApp { client, _ in
            func get(_ query: String) async throws -> [String] {
                let r = try await client.execute(uri: "/api/events?\(query)", method: .get)
                #expect(r.status == .ok, "\(query): \(r.text)")
                return try ids(r)
            }
            #expect(try await get("actor=rus&quad=4") == ["art-1:1:0"])
            #expect(try await get("code=19") == ["art-1:1:0", "art-1:2:1"])
            #expect(try await get("dyad=RUS-UKR") == ["art-1:1:0", "art-2:0:0"])
            #expect(try await get("dyad=RUS-UKR&both=true") == ["art-1:1:0", "art-1:2:0", "art-2:0:0"])
            #expect(try await get("from=2022-03-11&to=2022-03-31") == ["art-2:0:0", "art-2:1:0"])
            #expect(try await get("article=art-2") == ["art-2:0:0", "art-2:1:0"])
            // "attacked Ukrainian positions near Kharkiv" (this coder reads word order, not a parse).
            #expect(try await get("place=UKR") == ["art-1:1:0"])
            #expect(try await get("place=Kharkiv&dyad=RUS-UKR") == ["art-1:1:0"])
            #expect(try await get("place=FRA").isEmpty)
            let e = try await client.execute(uri: "/api/events?code=051", method: .get).json["events"][0]
            #expect(e["source"]["code"].string == "VENGOV")
            #expect(e["target"]["code"].string == "RUSGOV")
            #expect(e["quad"].int == 1)
            #expect(e["goldstein"].double == 3.4)
        }
    }

    @Test func timelineCountsQuadClassesPerWeek() async throws {
        try await ServeFixtures.withApp { client, _ in
            let r = try await client.execute(uri: "/api/timeline?dyad=RUS-UKR&both=1&by=week", method: .get)
            #expect(r.status == .ok)
            let periods = try r.json["periods"].array
            #expect(periods.map { $0["period"].string } == ["2022-03-07", "2022-03-14"])
            #expect(periods[0]["quad"].array.map(\.int) == [0, 0, 1, 1])
            #expect(periods[0]["goldstein_sum"].double == -12)
            #expect(periods[1]["quad"].array.map(\.int) == [0, 0, 1, 0])
            #expect(periods[1]["goldstein_mean"].double == -7)
        }
    }

    @Test func networkOfAPeriodHasActorsAndWeightedEdges() async throws {
        try await ServeFixtures.withApp { client, _ in
            let all = try await client.execute(uri: "/api/network?from=2022-03-01&to=2022-03-31", method: .get).json
            let edges = all["edges"].array.map { "\($0["source"].string!)>\($0["target"].string!)" }
            #expect(Set(edges) == ["VENGOV>RUSGOV", "RUSMIL>UKR", "UKR>RUS", "UKR>---CVL", "RUS>UKR", "USA>UKR"])
            let nodes = all["nodes"].array
            #expect(nodes.first?["actor"].string == "UKR")
            #expect(nodes.first?["events"].int == 5)
            let later = try await client.execute(uri: "/api/network?from=2022-03-14", method: .get).json
            #expect(later["edges"].array.map { $0["source"].string } == ["RUS", "USA"])
            #expect(later["edges"][1]["goldstein"].double == 7)
            #expect(later["nodes"].array.count == 3)
            let top = try await client.execute(uri: "/api/network?limit=1", method: .get).json
            #expect(top["edges"].array.count == 1 && top["omitted_edges"].int == 5)
        }
    }

    /// Actors with an unknown country (`---CVL`) are listed too, written so that the `dyad`
    /// filter reads them back.
    @Test func listsTheBusiestDyadsInEitherDirection() async throws {
        try await ServeFixtures.withApp { client, _ in
            let dyads = try await client.execute(uri: "/api/dyads?limit=2", method: .get).json["dyads"].array
            #expect(dyads.map { $0["dyad"].string } == ["RUS-UKR", "---CVL-UKR"])
            #expect(dyads[0]["events"].int == 2)
            for written in ["---CVL-UKR", "---CVL,UKR", "UKR----CVL", "ukr,---cvl"] {
                let r = try await client.execute(uri: "/api/timeline?dyad=\(written)&both=true&by=month", method: .get)
                #expect(r.status == .ok, "\(written): \(r.text)")
                #expect(try r.json["periods"].array.map { $0["events"].int } == [1], "\(written)")
            }
            let bad = try await client.execute(uri: "/api/timeline?dyad=RUS-UKR-USA", method: .get)
            #expect(bad.status == .badRequest)
        }
    }

    @Test func articleViewHighlightsSourceVerbAndTarget() async throws {
        try await ServeFixtures.withApp { client, _ in
            let r = try await client.execute(uri: "/api/articles/art-1", method: .get)
            #expect(r.status == .ok)
            let view = try r.json
            #expect(view["article"]["title"].string == "Talks in Moscow")
            #expect(view["event_count"].int == 4)
            let first = view["events"][0]
            #expect(first["event"]["id"].string == "art-1:0:0")
            let segments = first["highlight"].array.map { ($0["text"].string ?? "", $0["role"].string) }
            #expect(segments.map(\.0) == ["President Nicolas Maduro", " ", "praised", " ", "Vladimir Putin", " on Thursday."])
            #expect(segments.map(\.1) == ["source", nil, "verb", nil, "target", nil])
            for e in view["events"].array {
                #expect(e["highlight"].array.compactMap { $0["text"].string }.joined() == e["event"]["evidence"]["text"].string)
            }
            let missing = try await client.execute(uri: "/api/articles/no-such-article", method: .get)
            #expect(missing.status == .notFound)
            #expect(try missing.json["error"].string?.contains("no article") == true)
        }
    }

    @Test func searchesActorsByCodeOrName() async throws {
        try await ServeFixtures.withApp { client, _ in
            let rus = try await client.execute(uri: "/api/actors?q=rus", method: .get).json["actors"].array
            #expect(rus.map { $0["code"].string } == ["RUS", "RUSGOV", "RUSMIL"])
            #expect(rus[0]["events"].int == 2)
            let putin = try await client.execute(uri: "/api/actors?q=Putin", method: .get).json["actors"].array
            #expect(putin.map { $0["code"].string } == ["RUSGOV"])
        }
    }

    @Test func healthReportsTheStoreSize() async throws {
        try await ServeFixtures.withApp { client, _ in
            let h = try await client.execute(uri: "/health", method: .get)
            #expect(h.status == .ok)
            #expect(try h.json["status"].string == "ok")
            #expect(try h.json["articles"].int == 2)
            #expect(try h.json["events"].int == 6)
            #expect(try h.json["writes"].bool == true)
        }
    }

    @Test func metricsCountRequestsByRouteAndStatus() async throws {
        try await ServeFixtures.withApp { client, _ in
            _ = try await client.execute(uri: "/health", method: .get)
            _ = try await client.execute(uri: "/health", method: .get)
            _ = try await client.execute(uri: "/api/events?quad=9", method: .get)
            _ = try await client.execute(uri: "/api/articles/art-1", method: .get)
            let r = try await client.execute(uri: "/metrics", method: .get)
            #expect(r.status == .ok)
            #expect(r.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
            let text = r.text
            #expect(text.contains("dyad_http_requests_total{method=\"GET\",route=\"/health\",status=\"200\"} 2\n"))
            #expect(text.contains("dyad_http_requests_total{method=\"GET\",route=\"/api/events\",status=\"400\"} 1\n"))
            #expect(text.contains("route=\"/api/articles/{id}\",status=\"200\"} 1\n"))
            #expect(text.contains("dyad_http_request_duration_seconds_bucket{route=\"/health\",le=\"+Inf\"} 2\n"))
            #expect(text.contains("dyad_http_request_duration_seconds_count{route=\"/health\"} 2\n"))
            #expect(text.contains("# TYPE dyad_http_request_duration_seconds histogram\n"))
            #expect(text.contains("dyad_store_events 6\n"))
            #expect(text.contains("dyad_store_articles 2\n"))
        }
    }

    @Test func servesTheDashboardWithAContentSecurityPolicy() async throws {
        try await ServeFixtures.withApp { client, _ in
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            let csp = try #require(page.headers[.contentSecurityPolicy])
            #expect(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"))
            #expect(!csp.contains("unsafe-inline"))
            #expect(page.text.contains("/static/dashboard.js"))
            #expect(!page.text.contains("<script>"), "no inline script: the policy would block it")
            let js = try await client.execute(uri: "/static/dashboard.js", method: .get)
            #expect(js.status == .ok)
            #expect(js.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(js.text.contains("rect"))
            let api = try await client.execute(uri: "/api/events", method: .get)
            #expect(api.headers[.contentSecurityPolicy] == csp)
            #expect(api.headers[.xContentTypeOptions] == "nosniff")
        }
    }
}
