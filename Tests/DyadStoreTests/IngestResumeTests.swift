import DyadTestSupport
import Foundation
import Testing
@testable import DyadStore

/// A `dyad ingest` killed with SIGKILL and run again loses nothing and duplicates nothing.
@Suite struct IngestResumeTests {
    static let articleCount = 4000

    func writeInput() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-resume-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let texts = [
            "Venezuela backs Russia. Russia criticized Ukraine.",
            "President Nicolas Maduro praised Vladimir Putin.",
            "Russia criticized the United States. The talks ended.",
            "Ukraine accused Russia of shelling the city.",
        ]
        var lines = ""
        for i in 0..<Self.articleCount {
            let day = String(format: "2022-%02d-%02d", 1 + i % 12, 1 + i % 28)
            lines += "{\"id\":\"k-\(i)\",\"date\":\"\(day)\",\"url\":\"https://example.org/\(i)\",\"text\":\"\(texts[i % texts.count]) Item \(i).\"}\n"
        }
        let url = dir.appendingPathComponent("articles.jsonl")
        try Data(lines.utf8).write(to: url)
        return url.path
    }

    @Test func aKilledIngestResumedLosesNothingAndDuplicatesNothing() async throws {
        let input = try writeInput()
        let db = StoreFixtures.temporaryPath("resume")

        let p = Process()
        p.executableURL = SharedData.dyadExecutable
        p.arguments = ["ingest", "--db", "sqlite:" + db, input]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Wait until transactions are being committed (the write-ahead log grows), then kill
        // without warning. The wait blocks this thread on purpose: it must not depend on the
        // test runner scheduling a suspended task while other tests hold its threads.
        let wal = db + "-wal"
        for _ in 0..<600 {
            usleep(50_000)
            guard p.isRunning else { break }
            let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
            if size > 256 * 1024 { break }
        }
        let killed = p.isRunning
        if killed { kill(p.processIdentifier, SIGKILL) }
        p.waitUntilExit()
        #expect(killed, "dyad ingest finished before it could be killed; the test did not exercise a kill")
        #expect(p.terminationReason == .uncaughtSignal)

        let afterKill = try await SQLiteEventStore.open(path: db)
        let partial = try await afterKill.counts().articles
        #expect(partial > 0)
        #expect(partial < Self.articleCount)
        try await afterKill.close()

        let r = try runDyad(["ingest", "--db", "sqlite:" + db, input])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("ingested \(Self.articleCount) articles (\(Self.articleCount - partial) new, \(partial) already stored, 0 near duplicates merged)"), "\(r.stdout)")

        let store = try await SQLiteEventStore.open(path: db)
        #expect(try await store.counts().articles == Self.articleCount)
        let duplicated = try await store.database.rows("SELECT id FROM articles GROUP BY id HAVING COUNT(*) > 1", [])
        #expect(duplicated.isEmpty)
        let missing = try await store.database.rows("SELECT COUNT(*) FROM articles", [])
        #expect(missing.first?.first?.int == Self.articleCount)
        let ids = Set(try await store.database.rows("SELECT id FROM articles", []).compactMap { $0.first?.string })
        #expect(ids == Set((0..<Self.articleCount).map { "k-\($0)" }))
        // Every article has exactly the events it was stored with: none half-written.
        let uneven = try await store.database.rows("""
            SELECT COUNT(*) FROM articles a
            WHERE a.event_count <> (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id)
            """, [])
        #expect(uneven.first?.first?.int == 0)
        #expect(try await store.counts().events > 0)
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try await store.counts().runs == 2)
        try await store.close()
    }
}
