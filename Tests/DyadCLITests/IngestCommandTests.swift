import DyadStore
import DyadTestSupport
import Foundation
import Testing

/// `dyad ingest` on web inputs: folders, near duplicates and bad items.
@Suite struct IngestCommandTests {
    func summary(_ stdout: String) throws -> (articles: Int, new: Int, existing: Int, merged: Int, failed: Int) {
        let m = try #require(stdout.firstMatch(
            of: /ingested (\d+) articles \((\d+) new, (\d+) already stored, (\d+) near duplicates merged\), \d+ events, (\d+) failed/))
        return (Int(m.1)!, Int(m.2)!, Int(m.3)!, Int(m.4)!, Int(m.5)!)
    }

    @Test func theSameStoryFromTwoURLsIsOneArticleWithBothURLs() async throws {
        let scratch = try ScratchDirectory(prefix: "dyad-near-dup")
        defer { scratch.remove() }
        let dir = scratch.url
        let first = IngestFixtures.warcRecord(uri: "https://a.example/world/maduro-putin/",
                                              html: IngestFixtures.page(IngestFixtures.story, url: "https://a.example/world/maduro-putin/"))
        let second = IngestFixtures.warcRecord(uri: "https://b.example/2022/03/10/maduro?utm_source=feed",
                                               html: IngestFixtures.page(IngestFixtures.syndicated, url: "https://b.example/2022/03/10/maduro?utm_source=feed"))
        // The first page again, linked with tracking parameters and a fragment.
        let again = IngestFixtures.warcRecord(uri: "HTTPS://A.example:443/world/maduro-putin?fbclid=1#comments",
                                              html: IngestFixtures.page(IngestFixtures.story, url: "HTTPS://A.example:443/world/maduro-putin?fbclid=1#comments"))
        _ = try IngestFixtures.write(first + second, "crawl/part1.warc", in: dir)
        _ = try IngestFixtures.write(again, "crawl/later/part2.warc", in: dir)
        let db = dir.appendingPathComponent("dyad.sqlite").path

        let r = try runDyad(["ingest", "--db", "sqlite:" + db, dir.appendingPathComponent("crawl").path])
        #expect(r.status == 0, "\(r.stderr)")
        let s = try summary(r.stdout)
        #expect(s.articles == 3 && s.new == 1 && s.existing == 1 && s.merged == 1, "\(r.stdout)")

        let store = try await StoreLocation.sqlite(path: db).open()
        #expect(try await store.counts().articles == 1)
        // Into an empty store the ingest loaded in bulk, and finished the load.
        #expect(try await store.bulkLoadUnderWay() == false)
        let id = try #require(try await store.events(matching: EventFilter(), after: nil, limit: 1).first?.event.evidence.article)
        #expect(try await store.urls(ofArticle: id) == ["https://a.example/world/maduro-putin", "https://b.example/2022/03/10/maduro"])
        try await store.close()

        // With --keep-near-duplicates the syndicated copy is an article of its own.
        let db2 = dir.appendingPathComponent("keep.sqlite").path
        let k = try runDyad(["ingest", "--keep-near-duplicates", "--db", "sqlite:" + db2, dir.appendingPathComponent("crawl").path + "/*.warc"])
        #expect(k.status == 0, "\(k.stderr)")
        let ks = try summary(k.stdout)
        #expect(ks.articles == 2 && ks.new == 2 && ks.merged == 0, "\(k.stdout)")
    }

    @Test func badItemsAreReportedWithFileAndOffsetAndTheRestIsIngested() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-bad-inputs")
        defer { scratch.remove() }
        let dir = scratch.url
        let inputs = dir.appendingPathComponent("in")
        func page(_ n: Int) -> String {
            IngestFixtures.page(["Story \(n): Russia criticized Ukraine on Monday, officials in Kyiv said after the meeting."],
                                url: "https://news.example/\(n)")
        }
        // Truncated WARC: the second record is cut off.
        let whole = IngestFixtures.warcRecord(uri: "https://news.example/1", html: page(1))
            + IngestFixtures.warcRecord(uri: "https://news.example/2", html: page(2))
        _ = try IngestFixtures.write(whole.prefix(whole.count - 200), "truncated.warc", in: inputs)
        let firstRecord = IngestFixtures.warcRecord(uri: "https://news.example/1", html: page(1)).count
        // A wrong Content-Length on the first record; the second is fine.
        let html3 = page(3)
        let wrong = IngestFixtures.warcRecord(uri: "https://news.example/3", html: html3, contentLength: html3.utf8.count - 40)
            + IngestFixtures.warcRecord(uri: "https://news.example/4", html: page(4))
        _ = try IngestFixtures.write(wrong, "wrong-length.warc", in: inputs)
        // 100,000 nested tags around the story.
        let deep = "<html><body><p>Story 5: Venezuela backs Russia, the foreign minister said on Tuesday in Caracas.</p>"
            + String(repeating: "<div>", count: 100_000) + "deep text" + String(repeating: "</div>", count: 100_000) + "</body></html>"
        _ = try IngestFixtures.write(Data(deep.utf8), "deep.html", in: inputs)
        // A 200 MB page, written sparsely.
        let huge = try IngestFixtures.write(Data("<!DOCTYPE html><html><body><p>".utf8), "huge.html", in: inputs)
        let handle = try #require(FileHandle(forWritingAtPath: huge))
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        // A feed that is not XML.
        _ = try IngestFixtures.write(Data("<rss version=\"2.0\"><channel><item><title>Broken & <<< not xml".utf8), "broken.rss", in: inputs)
        // windows-1252, declared and not.
        let declared = IngestFixtures.page(["Story 6: The minister\u{2019}s caf\u{E9} speech was praised by the opposition in Caracas."],
                                           url: "https://news.example/6", head: "<meta charset=\"windows-1252\">")
        _ = try IngestFixtures.write(try #require(declared.data(using: .windowsCP1252)), "cp1252.html", in: inputs)
        var undeclared = Data(IngestFixtures.page(["MARK"], url: "https://news.example/7", head: "").utf8)
        let mark = try #require(undeclared.range(of: Data("MARK".utf8)))
        undeclared.replaceSubrange(mark, with: Data("Story 7: The minister".utf8) + Data([0x92]) + Data("s speech in Gen".utf8)
                                   + Data([0xE8]) + Data("ve was praised by Russia on Monday.".utf8))
        _ = try IngestFixtures.write(undeclared, "undeclared.html", in: inputs)

        let db = dir.appendingPathComponent("dyad.sqlite").path
        let r = try runDyad(["ingest", "--db", "sqlite:" + db, inputs.path])
        #expect(r.status == 1)
        let s = try summary(r.stdout)
        // Articles 1, 4, 5 (the deep page's own paragraph), 6 and 7 are stored; three items failed.
        #expect(s.new == 5, "\(r.stdout)\n\(r.stderr)")
        #expect(s.failed == 4, "\(r.stdout)\n\(r.stderr)")
        let errors = r.stderr.split(separator: "\n").map(String.init)
        #expect(errors.contains { $0.contains("truncated.warc: WARC record at byte offset \(firstRecord): truncated") }, "\(r.stderr)")
        #expect(errors.contains { $0.contains("wrong-length.warc: WARC record at byte offset 0: Content-Length") }, "\(r.stderr)")
        #expect(errors.contains { $0.contains("huge.html: larger than the limit") }, "\(r.stderr)")
        #expect(errors.contains { $0.contains("broken.rss") }, "\(r.stderr)")
    }
}
