import DyadServe
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `POST /api/articles`: the token, the body limit, and coding exactly as `dyad ingest` does.
@Suite struct WriteRouteTests {
    static let posted = #"{"id": "posted-1", "date": "2022-04-02", "title": "Posted", "text": "Russia threatened Ukraine with new strikes.\n\nThe United States sent humanitarian aid to Ukraine."}"#

    func post(_ client: any TestClientProtocol, _ body: String, authorization: String? = "Bearer \(ServeFixtures.token)",
              contentType: String = "application/json") async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: contentType]
        if let authorization { headers[.authorization] = authorization }
        return try await client.execute(uri: "/api/articles", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    @Test func refusesWritesWithoutTheRightToken() async throws {
        try await ServeFixtures.withApp { client, store in
            let none = try await post(client, Self.posted, authorization: nil)
            #expect(none.status == .unauthorized)
            #expect(none.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            #expect(try none.json["error"].string?.contains("Bearer") == true)
            let wrong = try await post(client, Self.posted, authorization: "Bearer not-the-token")
            #expect(wrong.status == .unauthorized)
            let prefix = try await post(client, Self.posted, authorization: "Bearer " + ServeFixtures.token.dropLast())
            #expect(prefix.status == .unauthorized)
            let basic = try await post(client, Self.posted, authorization: "Basic \(ServeFixtures.token)")
            #expect(basic.status == .unauthorized)
            #expect(try await store.counts().articles == 2)
        }
    }

    @Test func writesAreOffWithoutAConfiguredToken() async throws {
        try await ServeFixtures.withApp(token: nil) { client, store in
            let r = try await post(client, Self.posted)
            #expect(r.status == .forbidden)
            #expect(try r.json["error"].string?.contains("writes are off") == true)
            #expect(try await store.counts().articles == 2)
            #expect(try await client.execute(uri: "/health", method: .get).json["writes"].bool == false)
        }
    }

    @Test func codesAndStoresAPostedArticleOnce() async throws {
        try await ServeFixtures.withApp { client, store in
            let created = try await post(client, Self.posted)
            #expect(created.status == .created, "\(created.text)")
            let body = try created.json
            #expect(body["article"].string == "posted-1")
            #expect(body["stored"].bool == true)
            #expect(body["events"].array.map { $0["cameo"].string } == ["138", "070"])
            #expect(body["events"][0]["date"].string == "2022-04-02")
            let counts = try await store.counts()
            #expect(counts.articles == 3 && counts.events == 8)

            let again = try await post(client, Self.posted)
            #expect(again.status == .ok)
            #expect(try again.json["stored"].bool == false)
            #expect(try again.json["events"].array.count == 2)
            #expect(try await store.counts().events == 8)

            let view = try await client.execute(uri: "/api/articles/posted-1", method: .get)
            #expect(try view.json["events"].array.count == 2)
            let metrics = try await client.execute(uri: "/metrics", method: .get).text
            #expect(metrics.contains("dyad_api_articles_stored_total 1\n"))
            #expect(metrics.contains("dyad_api_events_stored_total 2\n"))
            #expect(metrics.contains("dyad_store_events 8\n"))
        }
    }

    @Test func acceptsAPlainTextArticle() async throws {
        try await ServeFixtures.withApp { client, _ in
            let text = "Aid arrives\n\nThe United States sent humanitarian aid to Ukraine.\n"
            let r = try await post(client, text, contentType: "text/plain; charset=utf-8")
            #expect(r.status == .created, "\(r.text)")
            #expect(try r.json["events"].array.map { $0["cameo"].string } == ["070"])
        }
    }

    @Test func refusesBodiesOverTheLimit() async throws {
        try await ServeFixtures.withApp(maxBodyBytes: 64) { client, store in
            let r = try await post(client, Self.posted)
            #expect(r.status == .contentTooLarge)
            #expect(try r.json["error"].string?.contains("limit") == true)
            #expect(try await store.counts().articles == 2)
        }
    }

    @Test(arguments: [
        (#"{"title": "no text"}"#, "application/json", 400, "text"),
        ("not json at all", "application/json", 400, "JSON"),
        (#"{"text": "Russia threatened Ukraine.", "date": "2022-13-45"}"#, "application/json", 400, "date"),
        ("<p>html</p>", "text/html", 415, "Content-Type"),
    ])
    func refusesMalformedArticles(body: String, type: String, status: Int, word: String) async throws {
        try await ServeFixtures.withApp { client, store in
            let r = try await post(client, body, contentType: type)
            #expect(r.status.code == status, "\(r.text)")
            #expect(try r.json["error"].string?.contains(word) == true, "\(r.text)")
            #expect(try await store.counts().articles == 2)
        }
    }
}
