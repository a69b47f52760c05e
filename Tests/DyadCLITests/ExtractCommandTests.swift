import DyadTestSupport
import Foundation
import Testing

/// `dyad extract`, and `dyad code` on web formats, run as a user would.
@Suite struct ExtractCommandTests {
    /// Writes `contents` to a file named `name` in `scratch`; returns its path.
    func tempFile(_ name: String, _ contents: Data, in scratch: ScratchDirectory) throws -> String {
        let url = scratch.url.appendingPathComponent(name)
        try contents.write(to: url)
        return url.path
    }

    static let page = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Talks | Example News</title>
        <meta property="article:published_time" content="2022-03-10T09:00:00Z"></head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Venezuela backs Russia</h1>
        <p>President Nicolas Maduro praised Vladimir Putin on Thursday during a televised address in Caracas.</p>
        <p>Read more: Oil prices climb again</p>
        </article><footer><p>Copyright Example News. All rights reserved.</p></footer></body></html>
        """

    @Test func printsTheArticleOfAPageAsJSON() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-extract")
        defer { scratch.remove() }
        let path = try tempFile("page.html", Data(Self.page.utf8), in: scratch)
        let r = try runDyad(["extract", path])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Venezuela backs Russia")
        #expect(object["published"] as? String == "2022-03-10")
        #expect(object["body"] as? [String] == ["President Nicolas Maduro praised Vladimir Putin on Thursday during a televised address in Caracas."])
        #expect(object["related"] as? [String] == ["Read more: Oil prices climb again"])
        #expect(object["source_format"] as? String == "html")
    }

    @Test func codesAnHTMLPageWithNoOtherOption() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-extract")
        defer { scratch.remove() }
        let path = try tempFile("page", Data(Self.page.utf8), in: scratch)
        let r = try runDyad(["code", "--format", "jsonl", path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"date\":\"2022-03-10\""))
    }

    @Test func reportsABadWARCRecordAndPrintsTheRest() throws {
        func record(_ block: String, length: Int? = nil) -> String {
            "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://example.org/a\r\nContent-Type: text/html\r\n"
                + "Content-Length: \(length ?? block.utf8.count)\r\n\r\n\(block)\r\n\r\n"
        }
        let bad = record(Self.page, length: 10)
        let warc = bad + record(Self.page)
        let scratch = try ScratchDirectory(prefix: "dyad-extract")
        defer { scratch.remove() }
        let path = try tempFile("crawl.warc", Data(warc.utf8), in: scratch)
        let r = try runDyad(["extract", "--format", "text", path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("crawl.warc: WARC record at byte offset 0: Content-Length 10 does not match"))
        #expect(r.stdout.contains("url: https://example.org/a"))
        #expect(r.stdout.contains("President Nicolas Maduro praised Vladimir Putin"))
    }
}
