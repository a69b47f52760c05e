import DyadCore
import Foundation

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes an article with its title,
/// link, date, author and text (`content:encoded`, Atom `content`, else the summary or
/// description), run through the HTML extractor when it is HTML.
public struct FeedReader: Sendable {
    public var extractor: HTMLExtractor
    /// Largest feed file accepted, in bytes.
    public var maxFeedBytes: Int

    public init(extractor: HTMLExtractor = HTMLExtractor(), maxFeedBytes: Int = 32 << 20) {
        self.extractor = extractor
        self.maxFeedBytes = maxFeedBytes
    }

    /// True when `head` (the first bytes of a file) looks like an RSS, RDF or Atom feed.
    public static func looksLikeFeed(_ head: Data) -> Bool {
        let s = String(decoding: head.prefix(4096), as: UTF8.self).lowercased()
        return s.contains("<rss") || s.contains("<rdf:rdf") || s.contains("<feed")
    }

    /// Reads every item of the feed in `data`, calling `body` with each article or per-item error.
    public func read(_ data: Data, name: String, _ body: (Result<Article, DyadError>) -> Void) {
        if data.count > maxFeedBytes {
            body(.failure(.badInput(input: name, line: nil,
                                    reason: "feed of \(data.count) bytes is larger than the limit of \(maxFeedBytes) bytes")))
            return
        }
        let trimmed = data.drop(while: { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF })
        guard trimmed.first == UInt8(ascii: "<"), let root = XMLElement.parse(data) else {
            body(.failure(.badInput(input: name, line: nil, reason: "not an XML feed (the file is not XML)")))
            return
        }
        let items: [XMLElement]
        var site: String?
        var language: String?
        switch root.name.lowercased() {
        case "rss":
            let channel = root.child("channel")
            items = channel?.all("item") ?? []
            site = channel?.child("title")?.text
            language = channel?.child("language")?.text
        case "rdf":
            items = root.all("item")
            site = root.child("channel")?.child("title")?.text
            language = root.child("channel")?.child(prefixed: "dc:language")?.text
        case "feed":
            items = root.all("entry")
            site = root.child("title")?.text
            language = root.attributes["xml:lang"]
        default:
            body(.failure(.badInput(input: name, line: nil,
                                    reason: "not an RSS or Atom feed (root element <\(root.prefixed)>, expected <rss>, <rdf:RDF> or <feed>)")))
            return
        }
        if items.isEmpty {
            body(.failure(.badInput(input: name, line: nil, reason: "the feed has no items")))
            return
        }
        for (n, item) in items.enumerated() {
            do {
                var a = try article(item, name: name, number: n + 1)
                a.site = a.site ?? PageMetadata.clean(site)
                a.language = a.language ?? language.flatMap { PageMetadata.languageCode($0) }
                body(.success(a))
            } catch let e as DyadError {
                body(.failure(e))
            } catch {
                body(.failure(.badInput(input: name, line: nil, reason: "item \(n + 1): \(error)")))
            }
        }
    }

    func article(_ item: XMLElement, name: String, number: Int) throws -> Article {
        let title = PageMetadata.clean(item.child("title")?.text)
        let label = "item \(number)" + (title.map { " ('\($0.prefix(60))')" } ?? "")
        var link = item.child("link")?.text.trimmingSpaces
        if link?.isEmpty ?? true {
            // Atom: <link rel="alternate" href="..."/>, or the first link without rel.
            let links = item.all("link")
            link = (links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" } ?? links.first)?.attributes["href"]
        }
        if link?.isEmpty ?? true { link = item.child("guid").flatMap { $0.text.hasPrefix("http") ? $0.text : nil } }
        let dateText = item.child("pubDate")?.text ?? item.child(prefixed: "dc:date")?.text
            ?? item.child("published")?.text ?? item.child("updated")?.text ?? item.child("issued")?.text
        let date = dateText.flatMap { PageMetadata.date($0) }
        let author = PageMetadata.clean(item.child(prefixed: "dc:creator")?.text ?? item.child("author").map { $0.child("name")?.text ?? $0.text })
        let content = item.child(prefixed: "content:encoded") ?? item.child("content")
        let summary = item.child("description") ?? item.child("summary")
        var paragraphs: [String] = []
        var captions: [String] = []
        var related: [String] = []
        for source in [content, summary].compactMap({ $0 }) where paragraphs.isEmpty {
            let text = source.text
            if text.trimmingSpaces.isEmpty { continue }
            let type = source.attributes["type"]?.lowercased() ?? ""
            let looksHTML = type.contains("html") || text.contains("<p") || text.contains("<br") || text.contains("</")
            if looksHTML {
                let page = "<html><head><meta charset=\"utf-8\"></head><body><div>" + text + "</div></body></html>"
                if let (main, _) = try? extractor.extractParts(Data(page.utf8), name: name, url: link, line: nil), !main.body.isEmpty {
                    paragraphs = main.body
                    captions = main.captions
                    related = main.related
                    continue
                }
                // Short summaries are often a fragment the extractor finds too thin: keep its text.
                let plain = "<html><head><meta charset=\"utf-8\"></head><body><p>" + text + "</p></body></html>"
                if let tree = Data(plain.utf8).withUnsafeBytes({ PageTreeBuilder.build($0, encoding: "UTF-8") }) {
                    paragraphs = tree.blockTexts.filter { !$0.isEmpty }
                }
            } else {
                let parts = ArticleLayout().bodyParts(of: text)
                paragraphs = parts.body
                captions = parts.captions
                related = parts.related
            }
        }
        guard !paragraphs.isEmpty else {
            throw DyadError.badInput(input: name, line: nil, reason: "\(label): no content, summary or description")
        }
        return Article(id: ContentHash.hex(paragraphs.joined(separator: "\n")), url: link, title: title,
                       published: date, author: author, body: paragraphs, captions: captions, related: related,
                       sourceFormat: "feed", origin: "\(name)#\(number)")
    }
}
