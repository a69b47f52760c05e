import DyadTestSupport
import Foundation
import Testing
@testable import DyadStore

/// Two `dyad ingest` processes over overlapping inputs write to one PostgreSQL database at once.
@Suite(.enabled(if: TestPostgres.url != nil,
                "DYAD_TEST_POSTGRES_URL is not set (e.g. postgres://postgres@127.0.0.1:55432/postgres); concurrent PostgreSQL ingest skipped"))
struct ConcurrentIngestTests {
    func line(_ id: String, _ text: String, url: String) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: ["id": id, "date": "2022-03-10", "url": url, "text": text], options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    func start(_ arguments: [String]) throws -> (Process, Pipe) {
        let p = Process()
        p.executableURL = SharedData.dyadExecutable
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        return (p, out)
    }

    @Test func overlappingInputsGiveEachArticleOnce() async throws {
        let texts = [
            "Venezuela backs Russia. Russia criticized Ukraine.",
            "President Nicolas Maduro praised Vladimir Putin.",
            "Russia criticized the United States. The talks ended.",
            "Ukraine accused Russia of shelling the city.",
        ]
        func lines(_ range: Range<Int>) throws -> [String] {
            try range.map { try line("o-\($0)", "\(texts[$0 % texts.count]) Item \($0).", url: "https://example.org/\($0)") }
        }
        let scratch = try ScratchDirectory(prefix: "dyad-concurrent")
        defer { scratch.remove() }
        let dir = scratch.url
        // Each process also has its own copy of one syndicated story: near duplicates.
        let a = try lines(0..<300) + [try line("story-a", IngestFixtures.story.joined(separator: "\n\n"), url: "https://a.example/story")]
        let b = try [try line("story-b", IngestFixtures.syndicated.joined(separator: "\n\n"), url: "https://b.example/story?utm_source=x")]
            + lines(150..<450)
        let fileA = try IngestFixtures.write(Data((a.joined(separator: "\n") + "\n").utf8), "a.jsonl", in: dir)
        let fileB = try IngestFixtures.write(Data((b.joined(separator: "\n") + "\n").utf8), "b.jsonl", in: dir)

        try await TestPostgres.withScratchDatabase("dyad_ingest") { location, url in
            // Create the schema first, so both processes start on the ingest itself.
            try await StoreLocation.postgres(location).open().close()
            let (pa, outA) = try start(["ingest", "--db", url, "--jobs", "1", fileA])
            let (pb, outB) = try start(["ingest", "--db", url, "--jobs", "1", fileB])
            let textA = String(decoding: outA.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let textB = String(decoding: outB.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            pa.waitUntilExit()
            pb.waitUntilExit()
            #expect(pa.terminationStatus == 0, "\(textA)")
            #expect(pb.terminationStatus == 0, "\(textB)")

            func numbers(_ s: String) throws -> (new: Int, merged: Int) {
                let m = try #require(s.firstMatch(of: /\((\d+) new, \d+ already stored, (\d+) near duplicates merged\)/), "\(s)")
                return (Int(m.1)!, Int(m.2)!)
            }
            let (na, ma) = try numbers(textA)
            let (nb, mb) = try numbers(textB)
            #expect(na + nb == 451)
            #expect(ma + mb == 1)

            let store = try await StoreLocation.postgres(location).open()
            #expect(try await store.counts().articles == 451)
            let uneven = try await store.database.rows("""
                SELECT COUNT(*) FROM articles a
                WHERE a.event_count <> (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id)
                """, [])
            #expect(uneven.first?.first?.int == 0)
            let kept = try await store.database.rows("SELECT id FROM articles WHERE id LIKE 'story-%'", []).compactMap { $0.first?.string }
            #expect(kept.count == 1)
            let storyURLs = try await store.urls(ofArticle: try #require(kept.first))
            #expect(storyURLs == ["https://a.example/story", "https://b.example/story"])
            #expect(try await store.counts().runs == 2)
            try await store.close()
        }
    }
}
