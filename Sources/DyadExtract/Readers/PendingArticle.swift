import DyadCore
import Foundation

/// An item read from an input, with its costly part still to do: an HTML page (from a file or
/// a WARC record) whose article is not yet extracted, or an article that was cheap to read
/// (text, JSON Lines, feeds). Readers hand these out with ``ArticleInput/readPending(_:_:)`` so
/// that one thread can read the inputs while others extract and code the articles.
///
///     input.readPending("crawl.warc.gz") { item in
///         if case let .success(pending) = item, let result = pending.article() { ... }
///     }
public struct PendingArticle: Sendable {
    enum Content: Sendable {
        case article(Article)
        case page(Page)
    }

    /// An HTML page waiting for extraction, with what its reader knew about it.
    struct Page: Sendable {
        var html: Data
        /// The input the page came from, as errors name it.
        var input: String
        var url: String?
        var fallbackDate: String?
        /// Set on the article when given (`crawl.warc@1234`).
        var origin: String?
        var sourceFormat: String?
        /// Byte offset of the WARC record the page came from: errors then name the record, and a
        /// page without article text is skipped, not failed (crawls hold many such pages).
        var recordOffset: Int?
    }

    let content: Content
    let extractor: HTMLExtractor

    init(_ article: Article) {
        content = .article(article)
        extractor = HTMLExtractor()
    }

    init(page: Page, extractor: HTMLExtractor) {
        content = .page(page)
        self.extractor = extractor
    }

    /// True when the article still has to be extracted from an HTML page.
    public var needsExtraction: Bool {
        if case .page = content { return true }
        return false
    }

    /// Extracts the article (when not done already): the article, the error that names the
    /// input and position, or nil for a WARC page that holds no article text (skipped).
    public func article() -> Result<Article, DyadError>? {
        switch content {
        case let .article(a):
            return .success(a)
        case let .page(p):
            do {
                var a = try extractor.article(from: p.html, name: p.input, url: p.url, fallbackDate: p.fallbackDate)
                if let origin = p.origin { a.origin = origin }
                if let format = p.sourceFormat { a.sourceFormat = format }
                return .success(a)
            } catch let e as DyadError {
                guard let offset = p.recordOffset else { return .failure(e) }
                if case let .badInput(_, _, reason) = e {
                    if reason.hasPrefix(HTMLExtractor.noArticleText) { return nil }
                    return .failure(WARCReader.recordError(p.input, offset, reason))
                }
                return .failure(WARCReader.recordError(p.input, offset, e.description))
            } catch {
                if let offset = p.recordOffset { return .failure(WARCReader.recordError(p.input, offset, "\(error)")) }
                return .failure(.badInput(input: p.input, line: nil, reason: "\(error)"))
            }
        }
    }
}
