import DyadCore
import DyadExtract
import DyadTestSupport
import Foundation
import Testing

/// Reading inputs with the extraction of HTML pages left for later (and for other threads).
@Suite struct PendingArticleTests {
    /// Writes `data` to a file named `name` in `scratch`; returns its path.
    func temporaryFile(_ name: String, _ data: Data, in scratch: ScratchDirectory) throws -> String {
        let url = scratch.url.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    func pending(_ path: String) -> (items: [PendingArticle], errors: [DyadError]) {
        var items: [PendingArticle] = []
        var errors: [DyadError] = []
        ArticleInput().readPending(path) { r in
            switch r {
            case let .success(p): items.append(p)
            case let .failure(e): errors.append(e)
            }
        }
        return (items, errors)
    }

    @Test func anHTMLPageIsExtractedWhenAsked() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-pending")
        defer { scratch.remove() }
        let path = try temporaryFile("page.html", Data(ArticleInputTests.page.utf8), in: scratch)
        let (items, errors) = pending(path)
        #expect(errors.isEmpty)
        #expect(items.count == 1 && items[0].needsExtraction)
        let a = try #require(try items[0].article()?.get())
        var eager: [Article] = []
        ArticleInput().read(path) { if case let .success(a) = $0 { eager.append(a) } }
        #expect(eager == [a])
        #expect(a.body == HTMLExtractorTests.prose)
    }

    @Test func warcPagesArePendingAndEmptyPagesAreSkipped() throws {
        let empty = "<html><body><nav><a href=\"/\">Home</a></nav></body></html>"
        let warc = [WARCReaderTests.request, WARCReaderTests.response(),
                    WARCReaderTests.response("https://news.example.org/empty", page: empty), WARCReaderTests.image]
            .map { Gzip.compress($0) }.reduce(Data(), +)
        var items: [PendingArticle] = []
        let summary = WARCReader().readPending(warc, name: "crawl.warc.gz") { r in
            if case let .success(p) = r { items.append(p) }
        }
        #expect(summary.pages == 2 && summary.records == 4)
        #expect(summary.description.contains("2 HTML page(s) to extract"))
        #expect(items.count == 2)
        let first = try #require(try items[0].article()?.get())
        #expect(first.url == "https://news.example.org/2023/05/02/talks")
        #expect(first.sourceFormat == "warc")
        #expect(first.origin?.hasPrefix("crawl.warc.gz@") == true)
        // A page without article text is skipped, as the eager reader skips it.
        #expect(items[1].article() == nil)
        let eager = WARCReader().read(warc, name: "crawl.warc.gz") { _ in }
        #expect(eager.articles == 1 && eager.skipped["HTML without article text"] == 1)
    }

    @Test func textAndJSONLinesNeedNoExtraction() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-pending")
        defer { scratch.remove() }
        let path = try temporaryFile("a.jsonl", Data("{\"id\":\"a1\",\"date\":\"2023-01-02\",\"text\":\"Russia criticized Ukraine.\"}\n".utf8), in: scratch)
        let (items, errors) = pending(path)
        #expect(errors.isEmpty)
        #expect(items.count == 1 && !items[0].needsExtraction)
        #expect(try items[0].article()?.get().id == "a1")
    }
}
