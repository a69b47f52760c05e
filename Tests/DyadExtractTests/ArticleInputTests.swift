import DyadCore
import DyadExtract
import DyadTestSupport
import Foundation
import Testing

/// Format detection by content, and reading each web format through `ArticleInput`.
@Suite struct ArticleInputTests {
    /// Writes `data` to a file named `name` in `scratch`; returns its path.
    func temporaryFile(_ name: String, _ data: Data, in scratch: ScratchDirectory) throws -> String {
        let url = scratch.url.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    func readAll(_ path: String, format: InputFormat = .auto) -> (articles: [Article], errors: [DyadError]) {
        var articles: [Article] = []
        var errors: [DyadError] = []
        ArticleInput(format: format).read(path) { r in
            switch r {
            case let .success(a): articles.append(a)
            case let .failure(e): errors.append(e)
            }
        }
        return (articles, errors)
    }

    static let page = HTMLExtractorTests.page(paragraphs: HTMLExtractorTests.prose)

    @Test func detectsFormatsByContent() {
        #expect(InputFormat.detect(Data(Self.page.utf8)) == .html)
        #expect(InputFormat.detect(Data("  <html><body><p>x</p></body></html>".utf8)) == .html)
        #expect(InputFormat.detect(Data("<div><p>A fragment</p></div><body>".utf8)) == .html)
        #expect(InputFormat.detect(Data("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>".utf8)) == .feed)
        #expect(InputFormat.detect(Data("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"/>".utf8)) == .feed)
        #expect(InputFormat.detect(Data("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\"></rdf:RDF>".utf8)) == .feed)
        #expect(InputFormat.detect(Data("WARC/1.0\r\nWARC-Type: warcinfo\r\n".utf8)) == .warc)
        #expect(InputFormat.detect(Gzip.compress(Data("WARC/1.1\r\nWARC-Type: request\r\n".utf8))) == .warc)
        #expect(InputFormat.detect(Gzip.compress(Data(Self.page.utf8))) == .html)
        #expect(InputFormat.detect(Data("Ministers met in Brussels.\n\nThey agreed.".utf8)) == .auto)
        #expect(InputFormat.detect(Data("{\"text\": \"<p>not html</p>\"}".utf8)) == .auto)
    }

    @Test func readsAnHTMLPageWhateverItsName() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-input")
        defer { scratch.remove() }
        let path = try temporaryFile("page.dat", Data(Self.page.utf8), in: scratch)
        let (articles, errors) = readAll(path)
        #expect(errors.isEmpty)
        #expect(articles.first?.body == HTMLExtractorTests.prose)
        #expect(articles.first?.sourceFormat == "html")
    }

    @Test func readsAGzippedWARC() throws {
        let warc = [WARCReaderTests.request, WARCReaderTests.response()].map { Gzip.compress($0) }.reduce(Data(), +)
        let scratch = try ScratchDirectory(prefix: "dyad-input")
        defer { scratch.remove() }
        let path = try temporaryFile("crawl.warc.gz", warc, in: scratch)
        let (articles, errors) = readAll(path)
        #expect(errors.isEmpty)
        #expect(articles.map(\.url) == ["https://news.example.org/2023/05/02/talks"])
    }

    @Test func readsAFeedNamedXML() throws {
        let rss = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
            <item><title>One</title><link>https://e.org/1</link><description>The first item has a sentence of text in it.</description></item>
            </channel></rss>
            """
        let scratch = try ScratchDirectory(prefix: "dyad-input")
        defer { scratch.remove() }
        let path = try temporaryFile("feed.xml", Data(rss.utf8), in: scratch)
        let (articles, errors) = readAll(path)
        #expect(errors.isEmpty)
        #expect(articles.map(\.url) == ["https://e.org/1"])
    }

    @Test func keepsReadingPlainTextAsBefore() throws {
        let text = "Ministers meet in Brussels\n\nFrance and Germany agreed on Friday to coordinate gas purchases.\n"
        let scratch = try ScratchDirectory(prefix: "dyad-input")
        defer { scratch.remove() }
        let path = try temporaryFile("article.txt", Data(text.utf8), in: scratch)
        let (articles, _) = readAll(path)
        #expect(articles.first?.sourceFormat == "text")
        let noExtension = try temporaryFile("article", Data(text.utf8), in: scratch)
        #expect(readAll(noExtension).articles.first?.sourceFormat == "text")
    }

    @Test func refusesAHugePageWithAClearError() throws {
        // A 200 MB page, written sparsely so the test stays fast.
        let scratch = try ScratchDirectory(prefix: "dyad-input")
        defer { scratch.remove() }
        let path = try temporaryFile("huge.html", Data("<!DOCTYPE html><html><body><p>".utf8), in: scratch)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        let (articles, errors) = readAll(path)
        #expect(articles.isEmpty)
        #expect(errors.count == 1)
        #expect(errors.first?.description == "\(path): larger than the limit of \(HTMLExtractor.defaultMaxPageBytes) bytes for one HTML page; not read")
    }
}
