import DyadServe
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Malformed requests get a 4xx with a message; hostile input is only data; nothing leaks.
@Suite struct BadInputTests {
    @Test(arguments: [
        ("/api/events?from=2022-13-45", "from"),
        ("/api/events?to=2022-02-30", "to"),
        ("/api/events?from=2022-03-10&to=2022-03-01", "after"),
        ("/api/events?quad=5", "quad"),
        ("/api/events?quad=x", "quad"),
        ("/api/events?code=1a", "code"),
        ("/api/events?code=19;DROP", "code"),
        ("/api/events?dyad=RUS", "dyad"),
        ("/api/events?both=true", "dyad"),
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=many", "limit"),
        ("/api/events?actor=%zz", "percent"),
        ("/api/events?colour=red", "unknown parameter"),
        ("/api/events?actor=RUS&actor=UKR", "more than once"),
        ("/api/events?actor=RUS%00", "control"),
        ("/api/timeline?by=year", "by"),
        ("/api/network?limit=-1", "limit"),
        ("/api/actors?q=a&limit=1000", "limit"),
        ("/health?verbose=1", "unknown parameter"),
    ])
    func malformedQueriesGet400WithAMessage(uri: String, word: String) async throws {
        try await ServeFixtures.withApp { client, _ in
            let r = try await client.execute(uri: uri, method: .get)
            #expect(r.status == .badRequest, "\(uri): \(r.text)")
            let json = try r.json
            #expect(json["status"].int == 400)
            #expect(json["error"].string?.contains(word) == true, "\(uri): \(r.text)")
        }
    }

    @Test(arguments: ["/api/nope", "/api", "/api/events/extra", "/admin", "/static"])
    func unknownRoutesGet404(uri: String) async throws {
        try await ServeFixtures.withApp { client, _ in
            let r = try await client.execute(uri: uri, method: .get)
            #expect(r.status == .notFound, "\(uri)")
            #expect(try r.json["error"].string == "no such route")
            #expect(r.headers[.contentSecurityPolicy] != nil)
        }
    }

    @Test func sqlMetacharactersInFiltersChangeNothing() async throws {
        try await ServeFixtures.withApp { client, store in
            let hostile = ["' OR '1'='1", "RUS'; DROP TABLE events; --", "%", "_", "\\", "?", "$1", "\"", "RUS%' --"]
            for h in hostile {
                let q = h.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                for uri in ["/api/events?actor=\(q)", "/api/events?dyad=\(q)-\(q)&both=true", "/api/events?article=\(q)",
                            "/api/events?after=\(q)&actor=\(q)", "/api/timeline?actor=\(q)", "/api/network?actor=\(q)",
                            "/api/actors?q=\(q)"] {
                    let r = try await client.execute(uri: uri, method: .get)
                    guard r.status == .ok else {
                        // A dash inside a dyad value is malformed, not an injection: a 400 is fine.
                        #expect(r.status == .badRequest && uri.contains("dyad="), "\(uri): \(r.text)")
                        continue
                    }
                    let json = try r.json
                    #expect(json["events"].array.isEmpty && json["periods"].array.isEmpty && json["edges"].array.isEmpty
                            && json["actors"].array.isEmpty, "\(uri): \(r.text)")
                }
            }
            let counts = try await store.counts()
            #expect(counts.articles == 2 && counts.events == 6)
            let all = try await client.execute(uri: "/api/events", method: .get)
            #expect(try all.json["events"].array.count == 6)
        }
    }

    @Test(arguments: [
        "/static/../Package.swift", "/static/..%2F..%2FPackage.swift", "/static/%2e%2e%2fPackage.swift",
        "/static/..%5C..%5CPackage.swift", "/static/.gitignore", "/static/%2Fetc%2Fpasswd", "/static/index.html%00.js",
        "/static/../../../../etc/passwd", "/static/dashboard.js/..", "/../Package.swift",
    ])
    func pathTraversalInStaticRoutesIsRefused(uri: String) async throws {
        try await ServeFixtures.withApp { client, _ in
            let r = try await client.execute(uri: uri, method: .get)
            #expect(r.status == .badRequest || r.status == .notFound, "\(uri): \(r.status)")
            #expect(!r.text.contains("PackageDescription") && !r.text.contains("root:"), "\(uri)")
        }
    }

    @Test func internalErrorsShowNoDetail() async throws {
        try await ServeFixtures.withApp { client, store in
            try await store.close()
            let r = try await client.execute(uri: "/api/events", method: .get)
            #expect(r.status == .internalServerError)
            #expect(r.text == #"{"error":"internal error","status":500}"#)
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .serviceUnavailable)
            #expect(!health.text.contains("SQL") && !health.text.contains("sqlite"))
        }
    }
}
