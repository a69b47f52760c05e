import DyadTestSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import DyadStore

/// `dyad serve` on 127.0.0.1 under many concurrent clients mixing reads and writes for a few
/// seconds: every response is the one expected (no 5xx, no dropped connection), and the store is
/// whole afterwards. Requests per second and latency percentiles are printed, not asserted.
@Suite struct ServeLoadTests {
    static let token = "load-test-token-6f1c2a"
    static let clients = 24
    static let duration: TimeInterval = 4

    /// A running `dyad serve`, its standard error written to `log`, and its base URL.
    final class Server {
        let process: Process
        let base: URL
        init(db: String, maxBody: Int, log: URL) throws {
            FileManager.default.createFile(atPath: log.path, contents: nil)
            let p = Process()
            p.executableURL = SharedData.dyadExecutable
            p.arguments = ["serve", "--db", db, "--port", "0", "--max-body", "\(maxBody)"]
            var env = ProcessInfo.processInfo.environment
            env["DYAD_TOKEN"] = ServeLoadTests.token
            p.environment = env
            p.standardOutput = FileHandle.nullDevice
            p.standardError = try FileHandle(forWritingTo: log)
            try p.run()
            process = p
            var found: URL?
            for _ in 0..<600 where found == nil && p.isRunning {
                usleep(50_000)
                let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                if let m = text.firstMatch(of: /http:\/\/127\.0\.0\.1:\d+/) { found = URL(string: String(m.0)) }
            }
            guard let found else {
                if p.isRunning { p.terminate() }
                throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "dyad serve did not start: "
                    + ((try? String(contentsOf: log, encoding: .utf8)) ?? "")])
            }
            base = found
        }
        func stop() {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
    }

    enum Kind: String, CaseIterable, Sendable { case read, write, unauthorized, tooLarge }

    struct Sample: Sendable {
        let kind: Kind
        let path: String
        let status: Int  // -1: the request failed without a response
        let seconds: Double
    }

    static let reads = [
        "/health", "/api/events?limit=50", "/api/events?actor=RUS&limit=20", "/api/timeline?dyad=RUS-UKR&both=true&by=week",
        "/api/network?limit=20", "/api/dyads?limit=10", "/api/actors?q=ru", "/api/articles/load-0", "/",
        "/static/dashboard.js", "/static/dashboard.css", "/metrics",
    ]

    static func request(_ kind: Kind, client: Int, n: Int, base: URL) -> URLRequest {
        switch kind {
        case .read:
            let path = reads[(client + n) % reads.count]
            return URLRequest(url: URL(string: path, relativeTo: base)!)
        case .write, .unauthorized:
            var r = URLRequest(url: base.appendingPathComponent("api/articles"))
            r.httpMethod = "POST"
            r.setValue("application/json", forHTTPHeaderField: "Content-Type")
            if kind == .write { r.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
            // Some ids repeat across clients: the second writer gets 200 (stored before).
            let id = "posted-\(client % 6)-\(n % 40)"
            let text = ["Russia threatened Ukraine with new strikes.", "The United States sent humanitarian aid to Ukraine.",
                        "President Nicolas Maduro praised Vladimir Putin."][n % 3]
            r.httpBody = Data(#"{"id":"\#(id)","date":"2022-04-02","text":"\#(text) Note \#(n)."}"#.utf8)
            return r
        case .tooLarge:
            var r = URLRequest(url: base.appendingPathComponent("api/articles"))
            r.httpMethod = "POST"
            r.setValue("application/json", forHTTPHeaderField: "Content-Type")
            r.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            r.httpBody = Data(#"{"id":"big","text":"\#(String(repeating: "a", count: 20_000))"}"#.utf8)
            return r
        }
    }

    static func expected(_ kind: Kind) -> Set<Int> {
        switch kind {
        case .read: [200]
        case .write: [200, 201]
        case .unauthorized: [401]
        case .tooLarge: [413]
        }
    }

    /// Samples from all client threads.
    final class Samples: @unchecked Sendable {
        private let lock = NSLock()
        private var samples: [Sample] = []
        func add(_ more: [Sample]) { lock.withLock { samples += more } }
        var all: [Sample] { lock.withLock { samples } }
    }

    /// The status of one request (-1 when it failed without a response), waiting for it.
    static func send(_ request: URLRequest, kind: Kind, session: URLSession) -> Sample {
        final class Box: @unchecked Sendable { var status = -1 }
        let box = Box()
        let finished = DispatchSemaphore(value: 0)
        let t0 = Date()
        session.dataTask(with: request) { _, response, _ in
            box.status = (response as? HTTPURLResponse)?.statusCode ?? -1
            finished.signal()
        }.resume()
        finished.wait()
        return Sample(kind: kind, path: request.url?.relativePath ?? "", status: box.status, seconds: Date().timeIntervalSince(t0))
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
    }

    @Test func manyClientsMixingReadsAndWritesGetOnlyExpectedResponses() async throws {
        let scratch = try ScratchDirectory(prefix: "dyad-load")
        defer { scratch.remove() }
        let dir = scratch.url
        let texts = ["Venezuela backs Russia. Russia criticized Ukraine.", "Ukraine accused Russia of shelling the city.",
                     "Russia criticized the United States. The talks ended."]
        let lines = (0..<60).map { i in
            #"{"id":"load-\#(i)","date":"2022-03-\#(String(format: "%02d", 1 + i % 28))","text":"\#(texts[i % 3]) Item \#(i)."}"#
        }
        let input = dir.appendingPathComponent("in.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
        let db = "sqlite:" + dir.appendingPathComponent("load.sqlite").path
        let ingest = try runDyad(["ingest", "--db", db, input.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")

        let server = try Server(db: db, maxBody: 16_384, log: dir.appendingPathComponent("serve.log"))
        defer { server.stop() }
        let base = server.base

        let config = URLSessionConfiguration.ephemeral
        config.httpMaximumConnectionsPerHost = Self.clients
        config.timeoutIntervalForRequest = 30
        let session = URLSession(configuration: config)
        // Each client is a thread of its own that waits for each response, so the load does not
        // depend on the test runner's task pool, which other tests may keep busy. Each runs for
        // `duration` from its own start, and makes at least one request of every kind.
        let collected = Samples()
        let done = DispatchGroup()
        let start = Date()
        for client in 0..<Self.clients {
            done.enter()
            Thread.detachNewThread {
                var out: [Sample] = []
                let deadline = Date().addingTimeInterval(Self.duration)
                var n = 0
                while n < 20 || (Date() < deadline && n < 5000) {
                    // Mostly reads; every client also writes, with and without the token.
                    let kind: Kind = switch n % 20 {
                    case 3, 11: .write
                    case 7: .unauthorized
                    case 15: .tooLarge
                    default: .read
                    }
                    let request = Self.request(kind, client: client, n: n, base: base)
                    out.append(Self.send(request, kind: kind, session: session))
                    n += 1
                }
                collected.add(out)
                done.leave()
            }
        }
        done.wait()
        let elapsed = Date().timeIntervalSince(start)
        let samples = collected.all
        session.finishTasksAndInvalidate()

        let unexpected = samples.filter { !Self.expected($0.kind).contains($0.status) }
        #expect(unexpected.isEmpty, "unexpected responses: \(unexpected.prefix(10).map { "\($0.kind) \($0.path) -> \($0.status)" })")
        for kind in Kind.allCases {
            #expect(samples.contains { $0.kind == kind }, "no \(kind) request was made")
        }
        #expect(samples.contains { $0.kind == .write && $0.status == 201 })

        let latencies = samples.map(\.seconds).sorted()
        let rate = Double(samples.count) / elapsed
        let line = String(format: "dyad serve load: %d clients, %d requests in %.1f s: %.0f requests/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                          Self.clients, samples.count, elapsed, rate, Self.percentile(latencies, 0.5) * 1000,
                          Self.percentile(latencies, 0.99) * 1000, (latencies.last ?? 0) * 1000)
        print(line)
        for kind in Kind.allCases {
            let l = samples.filter { $0.kind == kind }.map(\.seconds).sorted()
            print("  \(kind.rawValue): \(l.count) requests, " + String(format: "p50 %.1f ms, p99 %.1f ms",
                         Self.percentile(l, 0.5) * 1000, Self.percentile(l, 0.99) * 1000))
        }

        // The server still answers, and the store is whole: every posted article once, with its events.
        let health = Self.send(URLRequest(url: base.appendingPathComponent("health")), kind: .read, session: URLSession.shared)
        #expect(health.status == 200)
        server.stop()
        let created = samples.filter { $0.kind == .write && $0.status == 201 }.count
        let store = try await SQLiteEventStore.open(path: String(db.dropFirst("sqlite:".count)))
        #expect(try await store.counts().articles == 60 + created, "each 201 is one new article, each 200 none")
        let uneven = try await store.database.rows("""
            SELECT COUNT(*) FROM articles a WHERE a.event_count <> (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id)
            """, [])
        #expect(uneven.first?.first?.int == 0)
        #expect(try store.integrityCheck() == ["ok"])
        try await store.close()
    }
}
