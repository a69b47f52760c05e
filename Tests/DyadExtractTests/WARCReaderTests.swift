import DyadCore
import DyadExtract
import Foundation
import Testing

/// WARC files are built by the tests themselves, record by record.
@Suite struct WARCReaderTests {
    static func record(type: String, uri: String = "https://news.example.org/2023/05/02/talks", date: String = "2023-05-02T10:00:00Z",
                       contentType: String, block: Data, contentLength: Int? = nil) -> Data {
        var head = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:dyad-test:\(type):\(uri)>\r\n"
        head += "WARC-Date: \(date)\r\nWARC-Target-URI: \(uri)\r\nContent-Type: \(contentType)\r\n"
        head += "Content-Length: \(contentLength ?? block.count)\r\n\r\n"
        return Data(head.utf8) + block + Data("\r\n\r\n".utf8)
    }

    static func httpResponse(_ body: String, contentType: String = "text/html; charset=utf-8") -> Data {
        Data("HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)
    }

    static let page = HTMLExtractorTests.page(paragraphs: HTMLExtractorTests.prose)

    static func response(_ uri: String = "https://news.example.org/2023/05/02/talks", page: String = page) -> Data {
        record(type: "response", uri: uri, contentType: "application/http; msgtype=response", block: httpResponse(page))
    }

    static var request: Data {
        record(type: "request", contentType: "application/http; msgtype=request",
               block: Data("GET /2023/05/02/talks HTTP/1.1\r\nHost: news.example.org\r\n\r\n".utf8))
    }

    static var metadata: Data {
        record(type: "metadata", contentType: "application/warc-fields", block: Data("outlink: https://example.org/\r\n".utf8))
    }

    static var image: Data {
        record(type: "response", uri: "https://news.example.org/a.png", contentType: "application/http; msgtype=response",
               block: httpResponse("\u{89}PNG....", contentType: "image/png"))
    }

    func read(_ data: Data) -> (articles: [Article], errors: [DyadError], summary: WARCReader.Summary) {
        var articles: [Article] = []
        var errors: [DyadError] = []
        let summary = WARCReader().read(data, name: "crawl.warc") { r in
            switch r {
            case let .success(a): articles.append(a)
            case let .failure(e): errors.append(e)
            }
        }
        return (articles, errors, summary)
    }

    @Test func readsHTMLResponsesAndSkipsTheRest() throws {
        let warc = Self.request + Self.response() + Self.metadata + Self.image
        let (articles, errors, summary) = read(warc)
        #expect(errors.isEmpty)
        #expect(articles.count == 1)
        let a = try #require(articles.first)
        #expect(a.url == "https://news.example.org/2023/05/02/talks")
        #expect(a.body == HTMLExtractorTests.prose)
        #expect(a.sourceFormat == "warc")
        #expect(a.origin == "crawl.warc@\(Self.request.count)")
        #expect(summary.records == 4)
        #expect(summary.articles == 1)
        #expect(summary.skipped == ["request": 1, "metadata": 1, "non-HTML response": 1])
    }

    @Test func takesTheDateFromWARCDateWhenThePageHasNone() throws {
        let warc = Self.response("https://news.example.org/talks")
        let a = try #require(read(warc).articles.first)
        #expect(a.published == "2023-05-02")
        // The page's own date wins.
        let dated = HTMLExtractorTests.page(head: "<meta property=\"article:published_time\" content=\"2023-04-30\">",
                                            paragraphs: HTMLExtractorTests.prose)
        let b = try #require(read(Self.response("https://news.example.org/talks", page: dated)).articles.first)
        #expect(b.published == "2023-04-30")
    }

    @Test func readsMultiMemberGzip() throws {
        let members = [Self.request, Self.response(), Self.response("https://news.example.org/2023/05/03/more")]
        let gz = members.map { Gzip.compress($0) }.reduce(Data(), +)
        let (articles, errors, summary) = read(gz)
        #expect(errors.isEmpty)
        #expect(articles.map(\.url) == ["https://news.example.org/2023/05/02/talks", "https://news.example.org/2023/05/03/more"])
        let firstSize = Gzip.compress(members[0]).count
        #expect(articles.first?.origin == "crawl.warc@\(firstSize)")
        #expect(summary.skipped["request"] == 1)
    }

    @Test func reportsATruncatedRecordWithItsOffset() throws {
        let whole = Self.response() + Self.response("https://news.example.org/2023/05/03/more")
        let cut = whole.prefix(whole.count - 200)
        let (articles, errors, _) = read(cut)
        #expect(articles.count == 1)
        #expect(errors.count == 1)
        let message = try #require(errors.first?.description)
        #expect(message.hasPrefix("crawl.warc: WARC record at byte offset \(Self.response().count): truncated"))
    }

    @Test func reportsAWrongContentLengthAndReadsOn() throws {
        let block = Self.httpResponse(Self.page)
        let bad = Self.record(type: "response", contentType: "application/http; msgtype=response", block: block,
                              contentLength: block.count - 40)
        let warc = bad + Self.response("https://news.example.org/2023/05/03/more")
        let (articles, errors, _) = read(warc)
        #expect(errors.count == 1)
        #expect(errors.first?.description.contains("byte offset 0: Content-Length") == true)
        #expect(articles.map(\.url) == ["https://news.example.org/2023/05/03/more"])
    }

    @Test func reportsATruncatedGzipMember() throws {
        let first = Gzip.compress(Self.response())
        let second = Gzip.compress(Self.response("https://news.example.org/2023/05/03/more"))
        let (articles, errors, _) = read(first + second.prefix(second.count / 2))
        #expect(articles.count == 1)
        #expect(errors.count == 1)
        #expect(errors.first?.description.contains("byte offset \(first.count): gzip member truncated") == true)
    }

    @Test func stopsAGzipBombAndReadsTheNextRecord() throws {
        var bombBlock = Data("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".utf8)
        bombBlock.append(Data(count: 40 << 20))
        let bomb = Gzip.compress(Self.record(type: "response", contentType: "application/http; msgtype=response",
                                             block: bombBlock))
        let next = Gzip.compress(Self.response("https://news.example.org/2023/05/03/more"))
        var articles: [Article] = []
        var errors: [DyadError] = []
        WARCReader(maxRecordBytes: 1 << 20).read(bomb + next, name: "bomb.warc.gz") { r in
            switch r {
            case let .success(a): articles.append(a)
            case let .failure(e): errors.append(e)
            }
        }
        #expect(articles.map(\.url) == ["https://news.example.org/2023/05/03/more"])
        #expect(errors.count == 1)
        #expect(errors.first?.description.hasPrefix("bomb.warc.gz: WARC record at byte offset 0:") == true)
    }

    @Test func reportsGarbageBetweenRecords() throws {
        let warc = Self.response() + Data("this is not a WARC record\r\n".utf8) + Self.response("https://news.example.org/2023/05/03/more")
        let (articles, errors, _) = read(warc)
        #expect(articles.count == 2)
        #expect(errors.count == 1)
        #expect(errors.first?.description.contains("byte offset \(Self.response().count): expected 'WARC/1.'") == true)
    }
}
