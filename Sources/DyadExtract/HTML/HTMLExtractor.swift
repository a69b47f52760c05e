import DyadCore
import Foundation

/// Reads a news article from an HTML page: main text, title, publication date, author, site
/// name and language. Captions and related-story lines are kept apart from the body.
///
///     let article = try HTMLExtractor().article(from: data, name: "page.html", url: "https://...")
///     print(article.title ?? "", article.body.joined(separator: "\n\n"))
public struct HTMLExtractor: Sendable {
    /// Largest page accepted, in bytes (after gzip decompression): 16 MB. Real article pages are
    /// well under 2 MB; anything larger is refused with an error rather than parsed.
    public static let defaultMaxPageBytes = 16 << 20

    public var maxPageBytes: Int

    /// The reason given for a page in which no article text is found.
    static let noArticleText = "no article text found in the HTML page"

    public init(maxPageBytes: Int = HTMLExtractor.defaultMaxPageBytes) {
        self.maxPageBytes = maxPageBytes
    }

    /// The article in the page `data` (HTML, possibly gzipped), read from the input `name`.
    /// `url` is where the page came from, when known; `fallbackDate` (`YYYY-MM-DD`) is used when
    /// the page shows no date of its own.
    public func article(from data: Data, name: String, url: String? = nil, fallbackDate: String? = nil,
                        line: Int? = nil) throws -> Article {
        var data = data
        if Gzip.isGzip(data) {
            do {
                data = try Gzip.decompress(data, limit: maxPageBytes)
            } catch let e as Gzip.Failure {
                throw DyadError.badInput(input: name, line: line, reason: "gzip: \(e)")
            }
        }
        let (main, meta) = try extractParts(data, name: name, url: url, line: line)
        guard !main.body.isEmpty else {
            throw DyadError.badInput(input: name, line: line, reason: Self.noArticleText)
        }
        let published = meta.published ?? fallbackDate
        return Article(id: ContentHash.hex(main.body.joined(separator: "\n")), url: meta.url, site: meta.site,
                       title: meta.title, published: published, author: meta.author, language: meta.language,
                       body: main.body, captions: main.captions, related: main.related, sourceFormat: "html",
                       origin: name)
    }

    /// The body text alone, paragraphs separated by blank lines (empty when none is found).
    /// The page's metadata (title, date, JSON-LD, ...) is not read: its tags are cut out before
    /// parsing.
    public func bodyText(from data: Data, name: String) throws -> String {
        try mainText(data, name: name, line: nil, keepMetadata: false).0.body.joined(separator: "\n\n")
    }

    /// How the main text of `data` was found: the best candidate containers with their scores,
    /// then every block with what was done with it (`body`, `caption`, `related`, `drop ...`,
    /// `outside` the container).
    public func explain(_ data: Data, name: String) throws -> [String] {
        var data = data
        if Gzip.isGzip(data) { data = try Gzip.decompress(data, limit: maxPageBytes) }
        let tree = try parse(data, name: name, line: nil)
        var trace: [String]? = []
        _ = MainTextExtractor().extract(tree, trace: &trace)
        return trace ?? []
    }

    func extractParts(_ data: Data, name: String, url: String?, line: Int?) throws -> (MainTextExtractor.Result, PageMetadata) {
        let (main, tree) = try mainText(data, name: name, line: line)
        let meta = PageMetadata(raw: tree.metadata, url: url, firstHeading: main.firstHeading)
        return (main, meta)
    }

    /// The main text of the page, and the tree it was read from.
    func mainText(_ data: Data, name: String, line: Int?, keepMetadata: Bool = true) throws -> (MainTextExtractor.Result, PageTree) {
        if data.isEmpty { throw DyadError.badInput(input: name, line: line, reason: "the page is empty") }
        if data.count > maxPageBytes {
            throw DyadError.badInput(input: name, line: line,
                                     reason: "page of \(data.count) bytes is larger than the limit of \(maxPageBytes) bytes")
        }
        let tree = try parse(data, name: name, line: line, keepMetadata: keepMetadata)
        return (MainTextExtractor().extract(tree), tree)
    }

    /// The tree of the page; `keepMetadata` false leaves the metadata out (see `PageCompactor`).
    func parse(_ data: Data, name: String, line: Int?, keepMetadata: Bool = true) throws -> PageTree {
        let tree: PageTree? = data.withUnsafeBytes { raw in
            switch PageEncoding.decide(raw) {
            case let .declared(charset):
                // The page is compacted only where '<' and the names are ASCII bytes.
                guard PageEncoding.isASCIICompatible(charset) else {
                    return PageTreeBuilder.build(raw, encoding: charset) ?? PageTreeBuilder.build(raw, encoding: nil)
                }
                return PageCompactor.compacted(raw, keepMetadata: keepMetadata).withUnsafeBytes { bytes in
                    PageTreeBuilder.build(bytes, encoding: charset, compacted: true)
                        ?? PageTreeBuilder.build(bytes, encoding: nil, compacted: true)
                }
            case .utf8:
                if PageEncoding.isValidUTF8(raw) {
                    return PageCompactor.compacted(raw, keepMetadata: keepMetadata).withUnsafeBytes {
                        PageTreeBuilder.build($0, encoding: "UTF-8", compacted: true)
                    }
                }
                let fixed = PageEncoding.repairedUTF8(raw)
                return fixed.withUnsafeBytes { fixedRaw in
                    PageCompactor.compacted(fixedRaw, keepMetadata: keepMetadata).withUnsafeBytes {
                        PageTreeBuilder.build($0, encoding: "UTF-8", compacted: true)
                    }
                }
            }
        }
        guard let tree else {
            throw DyadError.badInput(input: name, line: line, reason: "not an HTML page libxml2 can read")
        }
        return tree
    }
}
