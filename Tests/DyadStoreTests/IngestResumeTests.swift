import DyadTestSupport
import Foundation
import Testing
@testable import DyadStore

/// A `dyad ingest` killed with SIGKILL and run again loses nothing and duplicates nothing, on
/// SQLite and on PostgreSQL, however often and wherever it is killed.
@Suite struct IngestResumeTests {
    static let articleCount = 2400

    /// Writes the input, `articleCount` articles as JSON Lines, to a file in `dir`.
    static func writeInput(in dir: URL) throws -> String {
        let texts = [
            "Venezuela backs Russia. Russia criticized Ukraine.",
            "President Nicolas Maduro praised Vladimir Putin.",
            "Russia criticized the United States. The talks ended.",
            "Ukraine accused Russia of shelling the city.",
        ]
        var lines = ""
        for i in 0..<articleCount {
            let day = String(format: "2022-%02d-%02d", 1 + i % 12, 1 + i % 28)
            lines += "{\"id\":\"k-\(i)\",\"date\":\"\(day)\",\"url\":\"https://example.org/\(i)\",\"text\":\"\(texts[i % texts.count]) Item \(i).\"}\n"
        }
        let url = dir.appendingPathComponent("articles.jsonl")
        try Data(lines.utf8).write(to: url)
        return url.path
    }

    /// Starts `dyad ingest` reading JSON Lines from a pipe that the test feeds: the run cannot
    /// finish before it is killed, since its input is never closed.
    static func startIngest(_ db: String) throws -> (process: Process, input: FileHandle) {
        let p = Process()
        let pipe = Pipe()
        p.executableURL = SharedData.dyadExecutable
        p.arguments = ["ingest", "--db", db, "-"]
        p.standardInput = pipe
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return (p, pipe.fileHandleForWriting)
    }

    /// Kills the process with SIGKILL; false when it had already finished.
    static func kill(_ p: Process) -> Bool {
        let running = p.isRunning
        if running { Foundation.kill(p.processIdentifier, SIGKILL) }
        p.waitUntilExit()
        return running && p.terminationReason == .uncaughtSignal
    }

    /// No article without all of its events, no event without its article, no article twice.
    static func expectNoPartialArticle(_ store: SQLEventStore, _ when: String) async throws {
        let uneven = try await store.database.rows("""
            SELECT COUNT(*) FROM articles a
            WHERE a.event_count <> (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id)
            """, [])
        #expect(uneven.first?.first?.int == 0, "\(when): articles whose events are not all stored")
        let orphans = try await store.database.rows(
            "SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = e.article_id)", [])
        #expect(orphans.first?.first?.int == 0, "\(when): events without their article")
        let duplicated = try await store.database.rows("SELECT id FROM articles GROUP BY id HAVING COUNT(*) > 1", [])
        #expect(duplicated.isEmpty, "\(when): articles stored twice")
    }

    /// Runs `dyad ingest` again and again, killing it once the store holds each of `killAt`
    /// articles in turn (0: as soon as it started, before the store may exist), and checks the
    /// store after every kill; then lets a last run over the whole input finish and checks
    /// everything. A killed run reads the input from the start through a pipe that is fed only
    /// a little beyond its threshold and never closed, so it is always killed mid-load, however
    /// fast the machine. `storedArticles` counts the articles while an ingest writes, without
    /// waiting for its write lock (nil: when it cannot tell yet).
    static func killRepeatedlyThenFinish(db: String, open: () async throws -> SQLEventStore,
                                         storedArticles: () async -> Int?,
                                         integrity: (SQLEventStore) throws -> Void, killAt: [Int]) async throws {
        let scratch = try ScratchDirectory(prefix: "dyad-resume")
        defer { scratch.remove() }
        let input = try writeInput(in: scratch.url)
        let lines = try String(contentsOfFile: input, encoding: .utf8).split(separator: "\n").map { $0 + "\n" }
        // A run killed before it reads its input must not kill the test with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        var stored = 0
        for (n, threshold) in killAt.enumerated() {
            let (p, feed) = try startIngest(db)
            let written = DispatchSemaphore(value: 0)
            var writing = false
            if threshold == 0 {
                usleep(150_000)
            } else {
                // A few batches beyond the threshold; the reads and writes happen as the run
                // takes them. The waits block this thread on purpose: the kill must not depend
                // on the test runner scheduling a suspended task while other tests hold its threads.
                // The feed is written on a thread of its own, so a run that stops reading cannot
                // hang the test; the kill ends the write.
                let fed = Data(lines[0..<min(threshold + 64, articleCount - 1)].joined().utf8)
                let writer = Thread { try? feed.write(contentsOf: fed); written.signal() }
                writer.start()
                writing = true
                var waited = 0
                while p.isRunning, waited < 4800 {
                    usleep(25_000)
                    waited += 1
                    guard waited % 2 == 0, let count = await storedArticles() else { continue }
                    if count >= threshold { break }
                }
            }
            let killed = kill(p)
            if writing { written.wait() }
            try? feed.close()
            #expect(killed, "kill \(n + 1) (at \(threshold) articles): dyad ingest ended before it was killed")
            guard killed else { return }

            let store = try await open()
            let count = try await store.counts().articles
            #expect(count >= stored, "kill \(n + 1): articles went from \(stored) to \(count)")
            #expect(count >= threshold && count < articleCount,
                    "kill \(n + 1): \(count) articles stored, fed \(threshold) and a few batches more")
            try integrity(store)
            try await expectNoPartialArticle(store, "after kill \(n + 1) at \(count) articles")
            try await store.close()
            stored = count
        }
        #expect(stored > 0, "no kill happened after the first commit")

        let r = try runDyad(["ingest", "--db", db, input])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("ingested \(articleCount) articles (\(articleCount - stored) new, \(stored) already stored, 0 near duplicates merged)"),
                "\(r.stdout)")

        let store = try await open()
        #expect(try await store.counts().articles == articleCount)
        let ids = Set(try await store.database.rows("SELECT id FROM articles", []).compactMap { $0.first?.string })
        #expect(ids == Set((0..<articleCount).map { "k-\($0)" }))
        try await expectNoPartialArticle(store, "after the last run")
        #expect(try await store.counts().events > 0)
        // The killed runs' bulk load (SQLite) was carried on and finished by the last run.
        #expect(try await store.bulkLoadUnderWay() == false)
        try await StoreContract.expectDyadDaysMatchEvents(store)
        try integrity(store)
        try await store.close()
    }

    @Test func aKilledIngestResumedLosesNothingAndDuplicatesNothing() async throws {
        try await StoreFixtures.withTemporaryPath("resume") { path in
            try await Self.killRepeatedlyThenFinish(
                db: "sqlite:" + path,
                open: { try await SQLiteEventStore.open(path: path) },
                // A plain reader: opening the store migrates, which waits for the writer's lock,
                // and a long bulk load may hold it until the ingest is done.
                storedArticles: {
                    guard FileManager.default.fileExists(atPath: path), let db = try? SQLiteDatabase(path: path) else { return nil }
                    let rows = try? await db.rows("SELECT COUNT(*) FROM articles", [])
                    try? await db.close()
                    return rows?.first?.first?.int
                },
                integrity: { store in
                    let sqlite = try #require(store as? SQLiteEventStore)
                    #expect(try sqlite.integrityCheck() == ["ok"])
                },
                killAt: [0, 1, 500, 1100, 1700])
        }
    }

    @Test(.enabled(if: StoreFixtures.postgresURL != nil, StoreFixtures.postgresSkipReason))
    func aKilledPostgresIngestResumedLeavesNoPartialArticle() async throws {
        try await TestPostgres.withScratchDatabase("dyad_test") { pg, url in
            try await Self.killRepeatedlyThenFinish(
                db: url,
                open: { try await PostgresEventStore.open(pg) },
                storedArticles: {
                    guard let probe = try? await PostgresEventStore.open(pg) else { return nil }
                    let count = try? await probe.counts().articles
                    try? await probe.close()
                    return count
                },
                integrity: { _ in },
                killAt: [0, 1, 500, 1100, 1700])
        }
    }
}
