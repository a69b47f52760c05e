import DyadExtract
import DyadTestSupport
import Foundation
import Testing
@testable import DyadStore

/// One `dyad ingest` run over a corpus of malformed inputs, generated at test time beside good
/// ones: each bad item gets its exact error on stderr, and every good item, in the same files
/// and in the others, is stored.
@Suite struct MalformedInputTests {
    static func jsonl(_ id: String, _ text: String = "Russia criticized Ukraine on Monday.", date: String = "2022-03-10") -> String {
        #"{"id":"\#(id)","date":"\#(date)","text":"\#(text)"}"#
    }

    static func warcRecord(_ uri: String, _ html: String, contentLength: Int? = nil) -> Data {
        IngestFixtures.warcRecord(uri: uri, html: html, contentLength: contentLength)
    }

    static func page(_ n: Int) -> String {
        IngestFixtures.page(["Story \(n): Venezuela backs Russia, the foreign minister said on Tuesday in Caracas."],
                            url: "https://news.example/\(n)")
    }

    /// Writes the corpus; returns the folder and the exact error lines `dyad ingest` must print.
    static func writeCorpus(in dir: URL) throws -> [String] {
        var errors: [String] = []
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        func write(_ data: Data, _ name: String) throws { _ = try IngestFixtures.write(data, name, in: dir) }
        func lines(_ parts: [Data]) -> Data { parts.reduce(Data()) { $0 + $1 + Data("\n".utf8) } }
        func utf8(_ s: String) -> Data { Data(s.utf8) }

        // Invalid UTF-8 in a JSON Lines file (line 2) and in a text article.
        try write(lines([utf8(jsonl("utf8-1")), utf8(#"{"id":"utf8-2","text":"caf"#) + Data([0xC3, 0x28]) + utf8(#" bad"}"#),
                         utf8(jsonl("utf8-3"))]), "invalid-utf8.jsonl")
        errors.append("\(path("invalid-utf8.jsonl")):2: not valid UTF-8")
        let prefix = utf8("Russia criticized Ukraine on Monday, officials said. Caf")
        try write(prefix + Data([0xE9, 0x20]) + utf8("is closed."), "invalid-utf8.txt")
        errors.append("\(path("invalid-utf8.txt")): not valid UTF-8 (first bad byte at offset \(prefix.count))")

        // NUL bytes: escaped in JSON text, raw inside a JSON line, and in a text file.
        try write(lines([utf8(#"{"id":"nul-1","text":"Russia\u0000 criticized Ukraine."}"#),
                         utf8(#"{"id":"nul-2","text":"Russia"#) + Data([0]) + utf8(#" criticized Ukraine."}"#),
                         utf8(jsonl("nul-3"))]), "nul.jsonl")
        errors.append("\(path("nul.jsonl")):1: \"text\" holds NUL characters")
        errors.append("\(path("nul.jsonl")):2: not a JSON object")
        try write(utf8("Russia criticized Ukraine.") + Data([0, 0, 0]) + utf8("More."), "nul.txt")
        errors.append("\(path("nul.txt")): binary data (NUL bytes), not text")

        // A 50 MB line between two good ones, written in pieces.
        let longURL = dir.appendingPathComponent("long-line.jsonl")
        FileManager.default.createFile(atPath: longURL.path, contents: lines([utf8(jsonl("long-1"))]))
        let handle = try FileHandle(forWritingTo: longURL)
        try handle.seekToEnd()
        let head = utf8(#"{"id":"long-2","text":""#), tail = utf8(#""}"#)
        let longLength = 50 << 20
        try handle.write(contentsOf: head)
        let block = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        var remaining = longLength - head.count - tail.count
        while remaining > 0 {
            let n = min(remaining, block.count)
            try handle.write(contentsOf: block.prefix(n))
            remaining -= n
        }
        try handle.write(contentsOf: tail + utf8("\n") + lines([utf8(jsonl("long-3"))]))
        try handle.close()
        errors.append("\(path("long-line.jsonl")):2: line of \(longLength) bytes is longer than the limit of \(InputLimits().maxLineBytes) bytes")

        // Impossible dates.
        try write(lines([utf8(jsonl("date-1", date: "2022-13-45")), utf8(jsonl("date-2", date: "2022-02-30")),
                         utf8(jsonl("date-3", date: "2022-02-28"))]), "bad-dates.jsonl")
        errors.append("\(path("bad-dates.jsonl")):1: cannot understand the date '2022-13-45' (expected YYYY-MM-DD or a date such as 'March 10, 2022')")
        errors.append("\(path("bad-dates.jsonl")):2: cannot understand the date '2022-02-30' (expected YYYY-MM-DD or a date such as 'March 10, 2022')")

        // Deeply nested HTML: the page's own paragraph is kept.
        let deep = "<html><body><p>Story 90: Venezuela backs Russia, the foreign minister said on Tuesday in Caracas.</p>"
            + String(repeating: "<div><span>", count: 50_000) + "deep text" + String(repeating: "</span></div>", count: 50_000) + "</body></html>"
        try write(utf8(deep), "deep.html")

        // Gzip bombs: a page, and a WARC record followed by a good one.
        try write(Gzip.compress(utf8("<html><body><p>") + Data(repeating: 0x20, count: 20 << 20)), "bomb.html.gz")
        errors.append("\(path("bomb.html.gz")): gzip: decompresses to more than the limit of \(HTMLExtractor.defaultMaxPageBytes) bytes")
        var bombBlock = utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
        bombBlock.append(Data(count: 40 << 20))
        var bombRecord = utf8("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/bomb\r\n")
        bombRecord += utf8("Content-Type: application/http; msgtype=response\r\nContent-Length: \(bombBlock.count)\r\n\r\n") + bombBlock
        try write(Gzip.compress(bombRecord) + Gzip.compress(warcRecord("https://news.example/91", page(91))), "bomb.warc.gz")
        errors.append("\(path("bomb.warc.gz")): WARC record at byte offset 0: gzip member decompresses to more than the limit of \(32 << 20 + 1 << 16) bytes")

        // Truncated gzip: a page, and the second member of a WARC file.
        let gzPage = Gzip.compress(utf8(page(92)), level: 0)
        try write(gzPage.prefix(gzPage.count / 2), "truncated.html.gz")
        errors.append("\(path("truncated.html.gz")): gzip: truncated (the data ends inside a gzip member)")
        let first = Gzip.compress(warcRecord("https://news.example/93", page(93)))
        let second = Gzip.compress(warcRecord("https://news.example/94", page(94)))
        try write(first + second.prefix(second.count / 2), "truncated.warc.gz")
        errors.append("\(path("truncated.warc.gz")): WARC record at byte offset \(first.count): gzip member truncated (the data ends inside a gzip member)")

        // A wrong Content-Length (too short), then a good record.
        let html95 = page(95)
        let short = warcRecord("https://news.example/95", html95, contentLength: 100)
        try write(short + warcRecord("https://news.example/96", page(96)), "wrong-length.warc")
        errors.append("\(path("wrong-length.warc")): WARC record at byte offset 0: Content-Length 100 does not match the record (no blank line after the block)")

        // Zero-length files of every kind.
        for name in ["empty.jsonl", "empty.txt", "empty.html", "empty.warc", "empty.rss"] { try write(Data(), name) }
        errors.append("\(path("empty.jsonl")): the file is empty")
        errors.append("\(path("empty.txt")): the file is empty")
        errors.append("\(path("empty.html")): the file is empty")
        errors.append("\(path("empty.warc")): the file is empty")
        errors.append("\(path("empty.rss")): the file is empty")
        return errors
    }

    @Test func eachBadItemGetsItsExactErrorAndTheRestIsStored() async throws {
        let scratch = try ScratchDirectory(prefix: "dyad-malformed")
        defer { scratch.remove() }
        let root = scratch.url
        let dir = root.appendingPathComponent("in")
        let expected = try Self.writeCorpus(in: dir)
        let db = root.appendingPathComponent("dyad.sqlite").path
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map { dir.appendingPathComponent($0).path }
        let r = try runDyad(["ingest", "--jobs", "2", "--db", "sqlite:" + db] + files)
        #expect(r.status == 1)
        let reported = r.stderr.split(separator: "\n").filter { !$0.hasPrefix("dyad: ingested") }.map(String.init)
        for line in expected {
            #expect(reported.contains("dyad: " + line), "missing: \(line)\n--- stderr:\n\(r.stderr)")
        }
        let m = try #require(r.stdout.firstMatch(of: /ingested (\d+) articles \((\d+) new, .*, (\d+) failed/), "\(r.stdout)")
        #expect(Int(m.3) == expected.count, "\(r.stdout)\n\(r.stderr)")

        let store = try await SQLiteEventStore.open(path: db)
        let ids = Set(try await store.database.rows("SELECT id FROM articles", []).compactMap { $0.first?.string })
        for id in ["utf8-1", "utf8-3", "nul-3", "long-1", "long-3", "date-3"] {
            #expect(ids.contains(id), "\(id) was not stored")
        }
        let urls = Set(try await store.database.rows("SELECT url FROM articles", []).compactMap { $0.first?.string })
        for n in [91, 93, 96] {
            #expect(urls.contains("https://news.example/\(n)"), "the good record \(n) was not stored")
        }
        let bodies = try await store.database.rows("SELECT body FROM articles", []).compactMap { $0.first?.string }
        #expect(bodies.contains { $0.contains("Story 90:") }, "the deeply nested page was not stored")
        #expect(Int(m.2) == 6 + 3 + 1, "\(r.stdout)")
        #expect(try store.integrityCheck() == ["ok"])
        try await store.close()
    }
}
