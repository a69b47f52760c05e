import DyadCore
import Foundation

/// Reads the articles in a WARC 1.0/1.1 archive, plain or gzipped (one gzip member per record
/// or the whole file in one). Each `response` record holding an HTML page (and each `resource`
/// record that is an HTML page) becomes an article: its URL from `WARC-Target-URI`, its date
/// from the page, else from `WARC-Date`. Other records (request, metadata, warcinfo, revisit,
/// non-HTML responses) are skipped and counted.
///
/// Bounded: a record larger than `maxRecordBytes`, or a gzip member that inflates past it (a
/// gzip bomb), is an error for that record only; a truncated member ends the file with an error.
public struct WARCReader: Sendable {
    public var maxRecordBytes: Int
    public var extractor: HTMLExtractor

    /// What a read found, for a one-line report.
    public struct Summary: Sendable, Hashable, CustomStringConvertible {
        public var records = 0
        public var articles = 0
        /// HTML pages found (each becomes an article unless it holds no article text or fails).
        public var pages = 0
        /// False when the pages were handed out unextracted (``WARCReader/readPending(_:name:_:)``).
        public var extracted = true
        public var failed = 0
        /// Skipped records by reason (`request`, `metadata`, `non-HTML response`, ...).
        public var skipped: [String: Int] = [:]

        public var description: String {
            var s = "\(records) WARC record(s): " + (extracted ? "\(articles) article(s)" : "\(pages) HTML page(s) to extract")
            if failed > 0 { s += ", \(failed) failed" }
            for (k, v) in skipped.sorted(by: { $0.key < $1.key }) { s += ", \(v) \(k) skipped" }
            return s
        }
    }

    public init(maxRecordBytes: Int = 32 << 20, extractor: HTMLExtractor = HTMLExtractor()) {
        self.maxRecordBytes = maxRecordBytes
        self.extractor = extractor
    }

    /// True when `data` starts like a WARC file (`WARC/1.`), after gzip if gzipped.
    public static func looksLikeWARC(_ head: Data) -> Bool {
        head.starts(with: WARCRecordParser.magic)
    }

    /// The error for the record at byte `offset` of the archive `name`.
    static func recordError(_ name: String, _ offset: Int, _ reason: String) -> DyadError {
        .badInput(input: name, line: nil, reason: "WARC record at byte offset \(offset): \(reason)")
    }

    /// Reads every record in `data` (a whole file, possibly memory-mapped), calling `body` with
    /// each article or per-record error.
    @discardableResult
    public func read(_ data: Data, name: String, _ body: (Result<Article, DyadError>) -> Void) -> Summary {
        read(data, name: name, discard: nil, body)
    }

    private func read(_ data: Data, name: String, discard: ((Int) -> Void)?, _ body: (Result<Article, DyadError>) -> Void) -> Summary {
        var articles = 0, empty = 0, failed = 0
        var summary = scan(data, name: name, discard: discard) { item in
            switch item {
            case let .failure(e): body(.failure(e))
            case let .success(page):
                switch page.article() {
                case let .success(a)?:
                    articles += 1
                    body(.success(a))
                case let .failure(e)?:
                    failed += 1
                    body(.failure(e))
                case nil:
                    empty += 1
                }
            }
        }
        summary.articles = articles
        summary.failed += failed
        if empty > 0 { summary.skipped["HTML without article text", default: 0] += empty }
        return summary
    }

    /// Like ``read(_:name:_:)``, but hands out each HTML page still to be extracted
    /// (``PendingArticle/article()`` extracts it), so that the caller can extract pages in
    /// parallel while this reads on. The summary counts pages, not articles.
    @discardableResult
    public func readPending(_ data: Data, name: String, _ body: (Result<PendingArticle, DyadError>) -> Void) -> Summary {
        var summary = scan(data, name: name, discard: nil, body)
        summary.extracted = false
        return summary
    }

    /// Reads the archive file at `path` (memory-mapped, each part released once read, so
    /// memory stays bounded whatever the archive's size), as ``read(_:name:_:)`` or, when
    /// `extract` is false, ``readPending(_:name:_:)``. Nil when the file cannot be mapped.
    func read(file path: String, name: String, extract: Bool,
              _ body: (Result<PendingArticle, DyadError>) -> Void) -> Summary? {
        guard let mapped = MappedFile(path: path) else { return nil }
        if extract {
            return read(mapped.data, name: name, discard: mapped.discard(before:)) { body($0.map(PendingArticle.init)) }
        }
        var summary = scan(mapped.data, name: name, discard: mapped.discard(before:), body)
        summary.extracted = false
        return summary
    }

    /// Splits `data` into records and hands out the HTML pages and the per-record errors.
    /// `discard`, when given, is told the offset before which `data` will not be read again.
    private func scan(_ data: Data, name: String, discard: ((Int) -> Void)?,
                      _ body: (Result<PendingArticle, DyadError>) -> Void) -> Summary {
        var summary = Summary()
        var parser = WARCRecordParser(maxRecordBytes: maxRecordBytes)
        func fail(_ offset: Int, _ reason: String) {
            body(.failure(Self.recordError(name, offset, reason)))
        }
        func handle(_ events: [WARCRecordParser.Event]) {
            for e in events {
                switch e {
                case let .record(r):
                    summary.records += 1
                    handleRecord(r, name: name, summary: &summary, body, fail)
                case let .failure(offset, reason):
                    summary.records += 1
                    summary.failed += 1
                    fail(offset, reason)
                }
            }
        }
        if Gzip.isGzip(data) {
            let inflater = Gzip.Inflater()
            data.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    if raw[offset...].allSatisfy({ $0 == 0 }) { break }
                    let memberStart = offset
                    var first = true
                    // Events wait for the member's end: when the member turns out to be bad
                    // (a bomb, corrupt), its one error replaces whatever the parser made of it.
                    var memberEvents: [WARCRecordParser.Event] = []
                    do {
                        offset = try inflater.member(raw, at: memberStart, limit: maxRecordBytes + (1 << 16)) { chunk in
                            parser.feed(chunk, fileOffset: first ? memberStart : nil)
                            first = false
                            memberEvents += parser.drain(final: false)
                        }
                        handle(memberEvents)
                        discard?(offset)
                    } catch let failure as Gzip.Failure {
                        handle(memberEvents.filter { if case .record = $0 { return true } else { return false } })
                        summary.records += 1
                        summary.failed += 1
                        fail(memberStart, "gzip member \(failure)")
                        // Drop the half-read record and resume at the next gzip member header.
                        parser = WARCRecordParser(maxRecordBytes: maxRecordBytes)
                        if case .truncated = failure { return }
                        guard let next = Self.nextMember(raw, after: memberStart) else { return }
                        offset = next
                    } catch {
                        return
                    }
                }
                handle(parser.drain(final: true))
            }
        } else {
            var offset = 0
            let chunk = 1 << 20
            while offset < data.count {
                let end = min(offset + chunk, data.count)
                parser.feed(data[(data.startIndex + offset)..<(data.startIndex + end)], fileOffset: nil)
                handle(parser.drain(final: false))
                offset = end
                discard?(offset)
            }
            handle(parser.drain(final: true))
        }
        return summary
    }

    /// The next gzip member header (1f 8b 08) after `offset`.
    static func nextMember(_ raw: UnsafeRawBufferPointer, after offset: Int) -> Int? {
        var i = offset + 1
        while i + 2 < raw.count {
            if raw[i] == 0x1F && raw[i + 1] == 0x8B && raw[i + 2] == 0x08 { return i }
            i += 1
        }
        return nil
    }

    private func handleRecord(_ r: WARCRecord, name: String, summary: inout Summary,
                              _ body: (Result<PendingArticle, DyadError>) -> Void, _ fail: (Int, String) -> Void) {
        let type = r.type
        let html: [UInt8]
        switch type {
        case "response":
            let contentType = r.fields["content-type"]?.lowercased() ?? ""
            if contentType.contains("application/http") || r.block.starts(with: Array("HTTP/".utf8)) {
                guard let response = HTTPResponse(r.block) else {
                    summary.failed += 1
                    fail(r.offset, "response record without a readable HTTP response")
                    return
                }
                guard response.isHTML else {
                    summary.skipped["non-HTML response", default: 0] += 1
                    return
                }
                do {
                    html = try response.decodedBody(limit: maxRecordBytes)
                } catch {
                    summary.failed += 1
                    fail(r.offset, "\(error)")
                    return
                }
            } else if contentType.contains("html") {
                html = r.block
            } else {
                summary.skipped["non-HTML response", default: 0] += 1
                return
            }
        case "resource":
            guard (r.fields["content-type"]?.lowercased() ?? "").contains("html") else {
                summary.skipped["non-HTML resource", default: 0] += 1
                return
            }
            html = r.block
        default:
            summary.skipped[type.isEmpty ? "untyped" : type, default: 0] += 1
            return
        }
        let page = PendingArticle.Page(html: Data(html), input: name, url: r.targetURI,
                                       fallbackDate: r.fields["warc-date"].flatMap { PageMetadata.date($0) },
                                       origin: "\(name)@\(r.offset)", sourceFormat: "warc", recordOffset: r.offset)
        summary.pages += 1
        body(.success(PendingArticle(page: page, extractor: extractor)))
    }
}
