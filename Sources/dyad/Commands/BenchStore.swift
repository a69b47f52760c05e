import ArgumentParser
import DyadCore
import DyadStore
import Foundation

extension Dyad.Bench {
    /// `dyad bench store`: insert throughput and query latency on synthetic events.
    struct StoreBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "store",
            abstract: "Insert rate and query latency of the event store on synthetic events (use a release build)."
        )

        @Option(help: "Number of synthetic events to insert.")
        var events: Int = 1_000_000

        @Option(help: "An empty store to fill (default: a new SQLite file in the temporary folder, removed afterwards).")
        var db: String?

        @Option(help: "Timed runs of each query; p50 and p95 are reported.")
        var runs: Int = 50

        @Option(help: "Events per synthetic article.")
        var eventsPerArticle: Int = 10

        @Option(help: "Articles per call of the store's write (one transaction).")
        var batch: Int = 100

        @Flag(inversion: .prefixedNo, help: "Load in bulk, as dyad ingest does into an empty store (indexes and dyad_days built at the end, timed with the inserts).")
        var bulkLoad = true

        func validate() throws {
            if events < 1 { throw ValidationError("--events must be at least 1.") }
            if runs < 1 { throw ValidationError("--runs must be at least 1.") }
            if eventsPerArticle < 1 { throw ValidationError("--events-per-article must be at least 1.") }
            if batch < 1 { throw ValidationError("--batch must be at least 1.") }
            if let db { _ = try DatabaseOptions.parse(["--db", db]).location() }
        }

        func run() throws {
            var temporary: String?
            let location: StoreLocation
            if let db {
                location = try DatabaseOptions.parse(["--db", db]).location()
            } else {
                let path = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-bench-\(UUID().uuidString).sqlite").path
                temporary = path
                location = .sqlite(path: path)
            }
            defer {
                if let temporary {
                    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
                }
            }
            let store: SQLEventStore
            do {
                store = try runBlocking { try await location.open() }
            } catch {
                Diagnostics.report("\(location): \(error)")
                throw ExitCode(1)
            }
            defer { try? runBlocking { try await store.close() } }
            let existing = try runBlocking { try await store.counts() }
            guard existing.articles == 0 else {
                Diagnostics.report("\(location) already holds \(existing.articles) articles; bench store needs an empty store")
                throw ExitCode(1)
            }
            print("store: \(location)")

            // Insert. A second thread makes and encodes the next batches (the work of coding
            // and of ``SQLEventStore/prepare(_:)``) while this one writes.
            let perArticle = eventsPerArticle
            let total = events
            let batchArticles = batch
            let made = BoundedQueue<(prepared: PreparedArticles, events: Int)>(capacity: 4)
            let madeArticles = CounterBox()
            let insertStart = ContinuousClock.now
            let insertCPUStart = Dyad.Bench.IngestBench.processCPUSeconds()
            let bulk = bulkLoad
            let loading = bulk ? try runBlocking { try await store.beginBulkLoad(onlyIfEmpty: false) } : false
            let producer = Thread {
                var generator = SyntheticEvents(seed: 42, eventsPerArticle: perArticle)
                var generated = 0
                while generated < total {
                    var batch: [ArticleWithEvents] = []
                    var count = 0
                    while batch.count < batchArticles && generated < total {
                        let item = generator.next(maxEvents: total - generated)
                        generated += item.events.count
                        count += item.events.count
                        batch.append(item)
                    }
                    made.put((store.prepare(batch), count))
                }
                madeArticles.value = generator.articles
                made.close()
            }
            producer.start()
            var inserted = 0
            while let next = made.take() {
                let prepared = next.prepared
                _ = try runBlocking { try await store.store(prepared) }
                inserted += next.events
            }
            var finishing = ""
            if loading {
                let finishStart = ContinuousClock.now
                try runBlocking { try await store.finishBulkLoad() }
                finishing = String(format: ", %.1f s of it finishing", ProgressLine.seconds(ContinuousClock.now - finishStart))
            }
            let insertTime = ProgressLine.seconds(ContinuousClock.now - insertStart)
            print("insert: \(inserted) events in \(madeArticles.value) articles (\(batch) articles per transaction), "
                  + (loading ? "bulk load" : "no bulk load") + ", "
                  + "\(String(format: "%.1f", insertTime)) s\(finishing), "
                  + "\(Int(Double(inserted) / insertTime)) events/s")

            let insertCPU = Dyad.Bench.IngestBench.processCPUSeconds() - insertCPUStart
            print("insert CPU: \(String(format: "%.1f", insertCPU)) s (user + system, all threads); "
                  + "memory: peak RSS \(Dyad.Bench.IngestBench.peakMemoryMB()) MB, " + Self.residentNow())

            // Queries.
            let timeline = EventFilter(source: "USA", target: "RUS", bothDirections: true, from: "2015-01-01", to: "2024-12-31")
            var timelineRows = 0
            let t = try measure {
                let days = try runBlocking { try await store.dailyQuadCounts(matching: timeline) }
                timelineRows = PeriodSummary.summarize(days, by: .month).count
            }
            print("timeline USA<->RUS over 10 years by month (\(timelineRows) months): p50 \(ms(t.p50)) ms, p95 \(ms(t.p95)) ms over \(runs) runs")
            let month = EventFilter(from: "2020-06-01", to: "2020-06-30")
            var pairs = 0
            let n = try measure {
                pairs = try runBlocking { try await store.dyadCounts(matching: month) }.count
            }
            print("network 2020-06 (\(pairs) dyads): p50 \(ms(n.p50)) ms, p95 \(ms(n.p95)) ms over \(runs) runs")
        }

        /// The resident memory now, split into anonymous memory (heap, stacks) and pages mapped
        /// from files (the SQLite file read through its memory map), from `/proc/self/status`.
        static func residentNow() -> String {
            guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "" }
            func mb(_ field: String) -> String {
                guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
                      let kb = Int(line.dropFirst(field.count + 1).filter(\.isNumber)) else { return "?" }
                return String(kb / 1024)
            }
            return "now \(mb("RssAnon")) MB anonymous + \(mb("RssFile")) MB mapped from files"
        }

        func ms(_ s: Double) -> String { String(format: "%.1f", s * 1000) }

        func measure(_ body: () throws -> Void) throws -> (p50: Double, p95: Double) {
            var times: [Double] = []
            for _ in 0..<runs {
                let start = ContinuousClock.now
                try body()
                times.append(ProgressLine.seconds(ContinuousClock.now - start))
            }
            times.sort()
            func pct(_ p: Double) -> Double { times[min(times.count - 1, Int((Double(times.count) * p).rounded(.up)) - 1)] }
            return (pct(0.5), pct(0.95))
        }
    }
}

/// A count set by one thread and read by another after it finished.
final class CounterBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = 0
    var value: Int {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

/// Deterministic synthetic articles and events over 2015-2024, for benchmarks.
struct SyntheticEvents {
    private var state: UInt64
    let eventsPerArticle: Int
    private(set) var articles = 0
    static let countries = ["USA", "RUS", "CHN", "UKR", "VEN", "GBR", "FRA", "DEU", "IRN", "ISR", "IND", "PAK", "TUR",
                            "SYR", "IRQ", "BRA", "MEX", "COL", "JPN", "KOR", "PRK", "SAU", "EGY", "NGA", "ZAF",
                            "ETH", "KEN", "AFG", "POL", "CUB"]
    static let roles = ["", "GOV", "MIL", "OPP", "BUS", "MED", "CVL", "REB"]
    static let codes = CameoTaxonomy.standard.codes.filter { $0.code.count >= 3 }

    init(seed: UInt64, eventsPerArticle: Int) {
        state = seed
        self.eventsPerArticle = eventsPerArticle
    }

    mutating func random(_ n: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(n))
    }

    mutating func actor() -> ActorRef {
        let c = Self.countries[random(Self.countries.count)]
        let r = Self.roles[random(Self.roles.count)]
        return ActorRef(code: c + r, country: c, role: r.isEmpty ? nil : r, entity: nil, text: c)
    }

    mutating func next(maxEvents: Int) -> ArticleWithEvents {
        articles += 1
        let id = String(format: "bench-%09d", articles)
        let (y, m, d) = (2015 + random(10), 1 + random(12), 1 + random(28))
        let date = String(format: "%04d-%02d-%02d", y, m, d)
        let url = "https://example.org/\(id)"
        let article = Article(id: id, url: url, site: "example.org", title: "Synthetic \(id)", published: date,
                              body: ["Synthetic article."], sourceFormat: "bench")
        var events: [Event] = []
        for n in 0..<min(eventsPerArticle, maxEvents) {
            let code = Self.codes[random(Self.codes.count)]
            var target = actor()
            let source = actor()
            if target.country == source.country { target = actor() }
            let evidence = Evidence(article: id, url: url, sentence: n, text: "Synthetic sentence \(n).",
                                    sourceSpan: Span(0, 3), targetSpan: Span(10, 13), verbSpan: Span(4, 9),
                                    pattern: "bench.\(code.code)")
            events.append(Event(id: "\(id):\(n):0", date: date, source: source, target: target, cameo: code.code,
                                root: code.root, label: code.name, quad: code.quad, goldstein: code.goldstein,
                                plover: code.plover, modality: .asserted, negated: false, confidence: 0.8,
                                evidence: evidence))
        }
        return ArticleWithEvents(article: article, events: events)
    }
}
