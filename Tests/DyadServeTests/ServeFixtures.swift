import DyadCoder
import DyadCore
import DyadIngest
import DyadServe
import DyadStore
import DyadTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A temporary SQLite store filled through the real coder, and the app over it.
enum ServeFixtures {
    static let coder: EventCoder = {
        do {
            return EventCoder(resources: try CodingResources.load())
        } catch {
            fatalError("the shipped dictionaries do not load: \(error)")
        }
    }()

    static let token = "test-token-0123456789"

    /// Two articles; the coder finds six events in them (checked by the tests that use them).
    static let articles = [
        Article(id: "art-1", title: "Talks in Moscow", published: "2022-03-10", body: [
            "President Nicolas Maduro praised Vladimir Putin on Thursday.",
            "Russian troops attacked Ukrainian positions near Kharkiv, officials said.",
            "Ukraine accused Russia of shelling civilians.",
        ], sourceFormat: "jsonl"),
        Article(id: "art-2", title: "Aid", published: "2022-03-17", body: [
            "Russia threatened Ukraine with new strikes.",
            "The United States sent humanitarian aid to Ukraine.",
        ], sourceFormat: "jsonl"),
    ]

    /// Runs `body` with a test client over a fresh store holding ``articles``, in a scratch
    /// directory removed when `body` returns or throws.
    static func withApp(token: String? = token, maxBodyBytes: Int = ServeConfiguration.defaultMaxBodyBytes, filled: Bool = true,
                        _ body: @escaping @Sendable (any TestClientProtocol, SQLiteEventStore) async throws -> Void) async throws {
        try await withScratchDirectory("dyad-serve") { dir in
            let store = try await SQLiteEventStore.open(path: dir.appendingPathComponent("serve.sqlite").path)
            if filled {
                let report = try await ArticleIngester(coder: coder, store: store).ingest(articles)
                #expect(report.totals.newArticles == 2)
            }
            let config = ServeConfiguration(maxBodyBytes: maxBodyBytes, token: token)
            let app = Application(router: try buildRouter(store: store, coder: coder, configuration: config))
            do {
                try await app.test(.router) { client in try await body(client, store) }
            } catch {
                try? await store.close()
                throw error
            }
            try? await store.close()
        }
    }
}

/// A response body read as JSON.
struct JSON: @unchecked Sendable {
    let value: Any

    init(_ buffer: ByteBuffer) throws {
        value = try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView), options: [.fragmentsAllowed])
    }

    init(value: Any) { self.value = value }

    subscript(_ key: String) -> JSON { JSON(value: (value as? [String: Any])?[key] ?? NSNull()) }
    subscript(_ index: Int) -> JSON {
        guard let a = value as? [Any], index < a.count else { return JSON(value: NSNull()) }
        return JSON(value: a[index])
    }
    var array: [JSON] { (value as? [Any])?.map { JSON(value: $0) } ?? [] }
    var string: String? { value as? String }
    var int: Int? { (value as? NSNumber)?.intValue }
    var double: Double? { (value as? NSNumber)?.doubleValue }
    var bool: Bool? { (value as? NSNumber)?.boolValue }
    var isNull: Bool { value is NSNull }
}

extension TestResponse {
    var json: JSON {
        get throws { try JSON(body) }
    }
    var text: String { String(buffer: body) }
}
