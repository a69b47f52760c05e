import DyadCore
import DyadText
import Foundation

/// The page's title, publication date, author, site name and language, read from `<meta>`
/// tags, JSON-LD, `<time datetime>`, `<html lang>` and the URL.
struct PageMetadata: Sendable, Hashable {
    var title: String?
    var published: String?
    var author: String?
    var site: String?
    var language: String?
    var url: String?

    /// What the tree walk collects before it is interpreted.
    struct Raw {
        var title: String?
        /// `<meta>` values keyed by lowercased `name`, `property` or `itemprop`; first one wins.
        var metas: [String: String] = [:]
        var language: String?
        var time: String?
        var canonical: String?
        var jsonLD: [String] = []

        mutating func addMeta(_ a: PageTreeBuilder.Attributes) {
            if let equiv = a.httpEquiv?.lowercased(), equiv == "content-language", let c = a.content {
                if metas["content-language"] == nil { metas["content-language"] = c }
            }
            guard let content = a.content?.trimmingSpaces, !content.isEmpty else { return }
            for key in [a.name, a.property, a.itemprop].compactMap({ $0?.lowercased() }) where metas[key] == nil {
                metas[key] = content
            }
        }
    }

    init(raw: Raw, url: String?, firstHeading: String?) {
        var ld = JSONLDFacts()
        for s in raw.jsonLD { ld.read(s) }
        let m = raw.metas
        self.url = url ?? m["og:url"] ?? raw.canonical
        title = Self.clean(m["og:title"] ?? ld.headline ?? m["twitter:title"] ?? firstHeading ?? raw.title)
        site = Self.clean(m["og:site_name"] ?? ld.publisher ?? m["application-name"])
        author = Self.clean(m["author"] ?? m["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 } ?? ld.author
                            ?? m["dc.creator"] ?? m["sailthru.author"] ?? m["parsely-author"])
        let dateCandidates: [String?] = [
            m["article:published_time"], m["og:published_time"], ld.datePublished, m["datepublished"],
            m["date"], m["pubdate"], m["publishdate"], m["publish-date"], m["dc.date.issued"], m["dc.date"],
            m["dcterms.date"], m["sailthru.date"], m["parsely-pub-date"], m["article.published"],
            m["article:modified_time"], raw.time,
        ]
        published = dateCandidates.lazy.compactMap { $0.flatMap(Self.date) }.first
            ?? (url ?? self.url).flatMap(Self.dateInURL)
        let lang = raw.language ?? m["content-language"] ?? m["og:locale"] ?? m["language"] ?? ld.language
        language = lang.flatMap(Self.languageCode)
    }

    static func clean(_ s: String?) -> String? {
        guard let s else { return nil }
        let t = s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return t.isEmpty ? nil : t
    }

    /// `YYYY-MM-DD` from an ISO timestamp or a written date.
    static func date(_ s: String) -> String? {
        let t = s.trimmingSpaces
        if t.utf8.count >= 10 {
            let head = String(t.prefix(10))
            if let d = CalendarDate(iso: head) { return d.description }
        }
        return DateExpressions.parse(t)?.description
    }

    /// A date written in a URL path: `/2022/03/10/`, `/2022-03-10/`, `/20220310/`.
    static func dateInURL(_ url: String) -> String? {
        let parts = url.split(separator: "/").map(String.init)
        for (i, p) in parts.enumerated() {
            if p.count == 4, let y = Int(p), (1990...2100).contains(y), i + 2 < parts.count,
               parts[i + 1].count <= 2, let mo = Int(parts[i + 1]),
               let d = Int(parts[i + 2].prefix(2).filter(\.isNumber)),
               let date = CalendarDate(year: y, month: mo, day: d) {
                return date.description
            }
            if p.count >= 10, let d = CalendarDate(iso: String(p.prefix(10))) { return d.description }
        }
        return nil
    }

    /// `en`, `pt-BR` from `en`, `en-US`, `pt_BR`.
    static func languageCode(_ s: String) -> String? {
        let t = s.trimmingSpaces.replacingOccurrences(of: "_", with: "-")
        guard let first = t.split(separator: ",").first else { return nil }
        let parts = first.split(separator: "-")
        guard let lang = parts.first, (2...3).contains(lang.count), lang.allSatisfy(\.isLetter) else { return nil }
        if parts.count > 1, parts[1].count == 2 { return lang.lowercased() + "-" + parts[1].uppercased() }
        return lang.lowercased()
    }
}

/// Facts read from a page's JSON-LD (`<script type="application/ld+json">`): the first
/// `NewsArticle`-like object's headline, date, author and publisher.
struct JSONLDFacts {
    var headline: String?
    var datePublished: String?
    var author: String?
    var publisher: String?
    var language: String?

    mutating func read(_ text: String) {
        guard let data = text.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return }
        visit(object, depth: 0)
    }

    private mutating func visit(_ object: Any, depth: Int) {
        guard depth < 8 else { return }
        if let array = object as? [Any] {
            for o in array { visit(o, depth: depth + 1) }
            return
        }
        guard let dict = object as? [String: Any] else { return }
        if let graph = dict["@graph"] { visit(graph, depth: depth + 1) }
        if datePublished == nil, let d = dict["datePublished"] as? String { datePublished = d }
        if headline == nil, let h = dict["headline"] as? String { headline = h }
        if author == nil, let a = dict["author"] { author = Self.name(a) }
        if publisher == nil, let p = dict["publisher"] { publisher = Self.name(p) }
        if language == nil, let l = dict["inLanguage"] as? String { language = l }
    }

    static func name(_ v: Any) -> String? {
        if let s = v as? String { return s.hasPrefix("http") ? nil : s }
        if let d = v as? [String: Any] { return d["name"] as? String }
        if let a = v as? [Any] {
            let names = a.compactMap { name($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }
}
