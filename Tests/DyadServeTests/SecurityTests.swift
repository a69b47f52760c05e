import DyadServe
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import DyadStore

/// What the server promises whatever the request: security headers on every response, hostile
/// filter values are only data, and the dashboard needs nothing its own policy forbids.
@Suite struct SecurityTests {
    /// Every parameter each read endpoint accepts.
    static let endpoints: [(path: String, parameters: [String])] = [
        ("/api/events", ["dyad", "both", "actor", "code", "quad", "from", "to", "article", "limit", "after"]),
        ("/api/timeline", ["dyad", "both", "actor", "code", "quad", "from", "to", "article", "by"]),
        ("/api/network", ["dyad", "both", "actor", "code", "quad", "from", "to", "article", "limit"]),
        ("/api/dyads", ["dyad", "both", "actor", "code", "quad", "from", "to", "article", "limit"]),
        ("/api/actors", ["q", "limit"]),
    ]

    static let hostile = [
        "' OR '1'='1", "RUS'; DROP TABLE events; --", "1; DELETE FROM articles", "RUS%' --", "%", "_", "\\", "?", "$1",
        "\"", "`", "*/", "/*", "1 UNION SELECT sql FROM sqlite_master", "2022-03-10' OR 1=1 --", "RUS-UKR'--",
    ]

    @Test func sqlMetacharactersInEveryFilterAreOnlyData() async throws {
        try await ServeFixtures.withApp { client, store in
            var statuses: [Int: Int] = [:]
            for (path, parameters) in Self.endpoints {
                for name in parameters {
                    for h in Self.hostile {
                        let value = h.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                        let uri = "\(path)?\(name)=\(value)"
                        let r = try await client.execute(uri: uri, method: .get)
                        statuses[Int(r.status.code), default: 0] += 1
                        #expect(r.status == .ok || r.status == .badRequest, "\(uri): \(r.status) \(r.text)")
                        if r.status == .badRequest {
                            #expect(try r.json["error"].string?.isEmpty == false, "\(uri)")
                        } else if name == "after" {
                            // A cursor is compared with event ids as text: it may page, never add rows.
                            #expect(try r.json["events"].array.count <= 6, "\(uri): \(r.text)")
                        } else {
                            // A value that is only data matches nothing in the fixture's store.
                            let json = try r.json
                            #expect(json["events"].array.isEmpty && json["periods"].array.isEmpty && json["edges"].array.isEmpty
                                    && json["nodes"].array.isEmpty && json["dyads"].array.isEmpty && json["actors"].array.isEmpty,
                                    "\(uri): \(r.text)")
                        }
                    }
                }
            }
            #expect(statuses[200, default: 0] > 0 && statuses[400, default: 0] > 0, "\(statuses)")
            // The store is intact: same rows, every table there, the file sound.
            let counts = try await store.counts()
            #expect(counts.articles == 2 && counts.events == 6)
            let tables = try await store.database.rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", [])
                .compactMap { $0.first?.string }
            #expect(tables.contains("articles") && tables.contains("events") && tables.contains("article_urls"))
            #expect(try store.integrityCheck() == ["ok"])
            let all = try await client.execute(uri: "/api/events", method: .get)
            #expect(try all.json["events"].array.count == 6)
        }
    }

    @Test func hostileArticleIdsAreOnlyData() async throws {
        try await ServeFixtures.withApp { client, store in
            for h in Self.hostile + ["..", "../../etc/passwd", "art-1' OR '1'='1"] {
                let id = h.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                let r = try await client.execute(uri: "/api/articles/\(id)", method: .get)
                #expect(r.status == .notFound || r.status == .badRequest, "\(h): \(r.status) \(r.text)")
            }
            #expect(try await store.counts().articles == 2)
        }
    }

    /// Each kind of response, success or error, from the dashboard to a refused write.
    @Test(arguments: [
        ("GET", "/", 200), ("GET", "/static/dashboard.js", 200), ("GET", "/static/dashboard.css", 200),
        ("GET", "/api/events", 200), ("GET", "/health", 200), ("GET", "/metrics", 200),
        ("GET", "/api/events?quad=9", 400), ("GET", "/nope", 404), ("GET", "/static/..%2Fx", 400),
        ("POST", "/api/articles", 401),
    ])
    func everyResponseCarriesTheSecurityHeaders(method: String, uri: String, status: Int) async throws {
        try await ServeFixtures.withApp { client, _ in
            let r = try await client.execute(uri: uri, method: method == "POST" ? .post : .get,
                                             headers: [.contentType: "application/json"], body: ByteBuffer(string: method == "POST" ? "{}" : ""))
            #expect(Int(r.status.code) == status, "\(uri): \(r.text)")
            #expect(r.headers[.contentSecurityPolicy] == SecurityHeaders.contentSecurityPolicy, "\(uri)")
            #expect(r.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
            #expect(r.headers[.init("X-Frame-Options")!] == "DENY", "\(uri)")
            #expect(r.headers[.init("Referrer-Policy")!] == "no-referrer", "\(uri)")
            #expect(r.headers[.contentType] != nil, "\(uri)")
        }
    }

    @Test func theDashboardUsesNothingItsPolicyForbids() async throws {
        let policy = SecurityHeaders.contentSecurityPolicy
        #expect(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval") && !policy.contains("*"))
        try await ServeFixtures.withApp { client, _ in
            let html = try await client.execute(uri: "/", method: .get).text
            // Inline scripts, inline styles, style attributes and event-handler attributes
            // would all be blocked by the policy; the page must not rely on any of them.
            #expect(html.firstMatch(of: /<script(?![^>]*\ssrc=)[^>]*>/) == nil, "an inline <script>")
            #expect(!html.contains("<style"), "an inline <style>")
            #expect(html.firstMatch(of: /\sstyle\s*=/) == nil, "a style attribute")
            #expect(html.firstMatch(of: /\son[a-z]+\s*=/) == nil, "an event-handler attribute")
            #expect(html.firstMatch(of: /(src|href)\s*=\s*"(https?:)?\/\//) == nil, "a resource from another origin")
            let js = try await client.execute(uri: "/static/dashboard.js", method: .get).text
            #expect(js.firstMatch(of: /\beval\s*\(|new Function\s*\(|setAttribute\(\s*['"]style['"]/) == nil)
            #expect(js.firstMatch(of: /fetch\(\s*['"`]https?:/) == nil, "the script talks only to its own origin")
            // Text from articles is set as text, never parsed as HTML.
            #expect(js.firstMatch(of: /innerHTML|outerHTML|insertAdjacentHTML|document\.write/) == nil)
        }
    }
}
