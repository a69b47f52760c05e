import DyadCore
import Foundation

/// What kind of input a file holds.
public enum InputFormat: String, Sendable, CaseIterable {
    case auto, text, jsonl, html, feed, warc

    /// The format of a file from its first bytes (after gzip is undone, when `head` is gzipped):
    /// `WARC/1.` is a WARC archive; an XML document with `<rss`, `<rdf:RDF` or `<feed` is a
    /// feed; `<!doctype html`, `<html` or a page starting with a tag and holding `<body` or
    /// `<head` is HTML; anything else is `.auto` (text or JSON Lines, decided as before).
    public static func detect(_ head: Data) -> InputFormat {
        var head = head
        if Gzip.isGzip(head) { head = Gzip.prefix(of: head, count: 4096) }
        if WARCReader.looksLikeWARC(head) { return .warc }
        let start = head.prefix(4096)
        let text = String(decoding: start, as: UTF8.self)
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.lowercased()
        guard trimmed.hasPrefix("<") else { return .auto }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") { return .html }
        if trimmed.hasPrefix("<?xml") || trimmed.hasPrefix("<rss") || trimmed.hasPrefix("<feed") || trimmed.hasPrefix("<rdf") {
            if FeedReader.looksLikeFeed(start) { return .feed }
            if trimmed.contains("<html") { return .html }
            return .auto
        }
        if trimmed.contains("<body") || trimmed.contains("<head") || trimmed.contains("<html") || trimmed.contains("<p>") {
            return .html
        }
        return .auto
    }
}

/// Opens inputs named on the command line and hands out their articles one at a time, so
/// large inputs stream. A bad item is reported and skipped; the rest still arrive.
public struct ArticleInput {
    public let limits: InputLimits
    public let format: InputFormat
    /// Reads HTML pages (and the pages inside feeds and WARC archives).
    public var html = HTMLExtractor()
    /// Receives one-line notes about an input that are not errors, such as the records a WARC
    /// archive held and skipped. Ignored when nil.
    public var notes: ((String) -> Void)?
    /// Called when JSON Lines on stdin or a pipe have no more input ready and reading would
    /// wait for the writer: a reader that gathers articles in batches hands out what it has, so
    /// a live stream is coded as it comes. Ignored when nil.
    public var waiting: (() -> Void)?

    public init(format: InputFormat = .auto, limits: InputLimits = InputLimits()) {
        self.format = format
        self.limits = limits
    }

    /// Reads `name` (a path, or `-` for stdin) and calls `body` with each article or error.
    public func read(_ name: String, _ body: (Result<Article, DyadError>) -> Void) {
        readItems(name, extract: true) { item in
            switch item {
            case let .success(pending): if let result = pending.article() { body(result) }
            case let .failure(error): body(.failure(error))
            }
        }
    }

    /// Like ``read(_:_:)``, but HTML pages (single pages and the pages of WARC archives) are
    /// handed out before extraction: ``PendingArticle/article()`` extracts them, on any thread.
    /// Text, JSON Lines and feeds are read as articles at once.
    public func readPending(_ name: String, _ body: (Result<PendingArticle, DyadError>) -> Void) {
        readItems(name, extract: false, body)
    }

    private func readItems(_ name: String, extract: Bool, _ body: (Result<PendingArticle, DyadError>) -> Void) {
        let display = name == "-" ? "<stdin>" : name
        let handle: FileHandle
        if name == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: name, isDirectory: &isDir) else {
                body(.failure(.unreadable(input: display, reason: "no such file")))
                return
            }
            guard !isDir.boolValue else {
                body(.failure(.unreadable(input: display, reason: "is a folder (name the files, e.g. \(name)/*.txt)")))
                return
            }
            guard let h = FileHandle(forReadingAtPath: name) else {
                body(.failure(.unreadable(input: display, reason: "permission denied")))
                return
            }
            // A zero-length file is an error whatever its format (a WARC archive or a feed
            // with nothing in it would otherwise pass in silence).
            if let size = (try? FileManager.default.attributesOfItem(atPath: name))?[.size] as? NSNumber, size.intValue == 0 {
                try? h.close()
                body(.failure(.badInput(input: display, line: nil, reason: "the file is empty")))
                return
            }
            handle = h
        }
        defer { if name != "-" { try? handle.close() } }
        var kind = format
        if kind == .auto {
            let lower = name.lowercased()
            if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || name == "-" { kind = .jsonl }
            else if lower.hasSuffix(".txt") { kind = .text }
        }
        if kind == .jsonl {
            readLines(handle, display) { body($0.map(PendingArticle.init)) }
            return
        }
        // Web formats: decided by extension when given, else by content.
        var data = Data()
        if kind == .auto {
            let lower = name.lowercased()
            if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".html.gz") { kind = .html }
            else if lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz") { kind = .warc }
            else if lower.hasSuffix(".rss") || lower.hasSuffix(".atom") { kind = .feed }
            data = handle.readData(ofLength: 1 << 16)
            let detected = InputFormat.detect(data)
            if detected != .auto { kind = detected }
        }
        switch kind {
        case .html:
            data.append(handle.readData(ofLength: html.maxPageBytes + 1 - data.count))
            if data.count > html.maxPageBytes {
                body(.failure(.badInput(input: display, line: nil,
                                        reason: "larger than the limit of \(html.maxPageBytes) bytes for one HTML page; not read")))
                return
            }
            body(.success(PendingArticle(page: PendingArticle.Page(html: data, input: display), extractor: html)))
            return
        case .feed:
            let reader = FeedReader(extractor: html)
            data.append(handle.readData(ofLength: reader.maxFeedBytes + 1 - data.count))
            if Gzip.isGzip(data) {
                do { data = try Gzip.decompress(data, limit: reader.maxFeedBytes + 1) } catch {
                    body(.failure(.badInput(input: display, line: nil, reason: "gzip: \(error)")))
                    return
                }
            }
            reader.read(data, name: display) { body($0.map(PendingArticle.init)) }
            return
        case .warc:
            // A whole archive: memory-mapped when it is a file (each part released once read),
            // read from stdin otherwise.
            let reader = WARCReader(extractor: html)
            if name != "-", let summary = reader.read(file: name, name: display, extract: extract, body) {
                notes?("\(display): \(summary)")
                return
            }
            data.append(handle.readDataToEndOfFile())
            let summary = extract ? reader.read(data, name: display) { body($0.map(PendingArticle.init)) }
                : reader.readPending(data, name: display, body)
            notes?("\(display): \(summary)")
            return
        case .auto, .text, .jsonl:
            break
        }
        // Text, or auto: read whole (bounded), decide by the first character.
        data.append(handle.readData(ofLength: limits.maxArticleBytes + 1 - data.count))
        if kind == .auto, let first = data.first(where: { $0 != 32 && $0 != 10 && $0 != 13 && $0 != 9 }), first == UInt8(ascii: "{") {
            let reader = JSONLinesReader(limits: limits)
            let text = String(decoding: data, as: UTF8.self)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                do {
                    if let a = try reader.article(fromLine: line, number: n + 1, input: display) { body(.success(PendingArticle(a))) }
                } catch let e as DyadError {
                    body(.failure(e))
                } catch {
                    body(.failure(.badInput(input: display, line: n + 1, reason: "\(error)")))
                }
            }
            return
        }
        do {
            body(.success(PendingArticle(try PlainTextReader(limits: limits).read(data, name: display))))
        } catch let e as DyadError {
            body(.failure(e))
        } catch {
            body(.failure(.badInput(input: display, line: nil, reason: "\(error)")))
        }
    }

    private func readLines(_ handle: FileHandle, _ display: String, _ body: (Result<Article, DyadError>) -> Void) {
        let lines = LineReader(handle: handle, maxLineBytes: limits.maxLineBytes)
        lines.waiting = waiting
        let reader = JSONLinesReader(limits: limits)
        var sawAny = false
        while let line = lines.next() {
            switch line {
            case let .text(text, number):
                do {
                    if let a = try reader.article(fromLine: text, number: number, input: display) {
                        sawAny = true
                        body(.success(a))
                    }
                } catch let e as DyadError {
                    sawAny = true
                    body(.failure(e))
                } catch {
                    body(.failure(.badInput(input: display, line: number, reason: "\(error)")))
                }
            case let .tooLong(bytes, number):
                sawAny = true
                body(.failure(.badInput(input: display, line: number,
                                        reason: "line of \(bytes) bytes is longer than the limit of \(limits.maxLineBytes) bytes")))
            case let .invalidUTF8(number):
                sawAny = true
                body(.failure(.badInput(input: display, line: number, reason: "not valid UTF-8")))
            case let .unreadable(reason, afterLine):
                sawAny = true
                body(.failure(.unreadable(input: display, reason: "\(reason) after line \(afterLine)")))
            }
        }
        if !sawAny && display != "<stdin>" {
            body(.failure(.badInput(input: display, line: nil, reason: "the file is empty")))
        }
    }
}
