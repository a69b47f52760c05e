import Foundation

/// Finds an HTML page's article text: the container that holds the most prose net of page
/// furniture, and the paragraph-level blocks inside it that are article text.
///
/// Each block of text gets a score: its length outside links, less three times its length
/// inside links, less a fixed cost, plus a little for sentence punctuation, so that prose
/// counts for and menus, link lists and teaser headlines count against. An element's score is
/// the sum over its subtree, where a furniture child (navigation, footer, comments, share bars,
/// promos, related lists: see `ContentHints`) counts as minus its whole text. The element with
/// the highest score (a body marker such as `itemprop=articleBody` or `class=article-body`
/// raises it by a third) is the container; its blocks are kept unless they sit in furniture, are
/// link lists, headlines, captions, related-story lines, bylines or reporting credits.
struct MainTextExtractor: Sendable {
    struct Result: Sendable, Hashable {
        var body: [String] = []
        var captions: [String] = []
        var related: [String] = []
        /// The first `<h1>` of the page, a title candidate.
        var firstHeading: String?
    }

    func extract(_ tree: PageTree) -> Result {
        var trace: [String]? = nil
        return extract(tree, trace: &trace)
    }

    /// Like `extract`, and when `trace` is non-nil appends a line per candidate and per block
    /// saying why it was chosen, kept or dropped.
    func extract(_ tree: PageTree, trace: inout [String]?) -> Result {
        var result = Result()
        let elements = tree.elements
        let n = elements.count
        guard n > 0, !tree.blocks.isEmpty else { return result }
        if let h = tree.blocks.first(where: { elements[Int($0.element)].tag == .h1 }) { result.firstHeading = tree.string(h) }

        // Subtree scores, bottom-up (children have larger pre-order indices than parents).
        var score = [Double](repeating: 0, count: n)
        var length = [Double](repeating: 0, count: n)
        var linkLength = [Double](repeating: 0, count: n)
        var blockCount = [Int](repeating: 0, count: n)
        // Children whose subtree holds a body marker: an article split into several marked parts
        // (one marker per chunk) is one article, held by the element where the parts meet.
        var markedChildren = [Int](repeating: 0, count: n)
        var holdsMarker = [Bool](repeating: false, count: n)
        for b in tree.blocks {
            let e = Int(b.element)
            score[e] += Self.quality(b)
            length[e] += Double(b.length)
            linkLength[e] += Double(b.linkLength)
            blockCount[e] += 1
        }
        var best = -1
        var bestScore = 0.0
        var candidates: [(Int, Double)] = []
        var strongBest = -1
        var strongScore = 0.0
        for i in stride(from: n - 1, through: 0, by: -1) {
            let e = elements[i]
            let furniture = e.hint < 0 || e.tag.isBoilerplateContainer
            do {
                var s = score[i]
                let marked = e.hint >= ContentHints.strong || markedChildren[i] >= 2
                if marked { s *= s > 0 ? 1.35 : 1 }
                else if e.hint > 0 { s *= s > 0 ? 1.05 : 1 }
                // Furniture can still hold the article (class names mislead), but must win
                // clearly, the more so the deeper it sits in furniture (comments in a sidebar).
                if e.furniture > 0 { s *= e.furniture == 1 ? 0.5 : 0.25 }
                if s > bestScore { bestScore = s; best = i }
                if marked && !furniture && length[i] > 200 && score[i] > strongScore {
                    strongScore = score[i]
                    strongBest = i
                }
                if trace != nil && s > 0 { candidates.append((i, s)) }
            }
            let p = Int(e.parent)
            guard p >= 0 else { continue }
            score[p] += furniture ? -length[i] : score[i]
            if e.hint >= ContentHints.strong && !furniture { holdsMarker[i] = true }
            if holdsMarker[i] {
                holdsMarker[p] = true
                markedChildren[p] += 1
            }
            length[p] += length[i]
            linkLength[p] += linkLength[i]
            blockCount[p] += blockCount[i]
        }
        // A body marker (itemprop=articleBody, class=article-body, ...) that holds a fair share of
        // the best score wins: lists, tables and linked bullet points inside an article score low.
        if strongBest >= 0 && strongBest != best && strongScore >= 0.2 * bestScore {
            if trace != nil { trace?.append("body marker #\(strongBest) preferred over #\(best)") }
            best = strongBest
        }
        if best < 0 {
            // No element scores above zero: fall back to the whole page.
            best = 0
        } else if elements[best].hint < ContentHints.strong && markedChildren[best] < 2 {
            // A container that owes nearly all its score to one child (the article) is that
            // child: the rest is teasers and blurbs that happened to score a little.
            while true {
                var child = -1
                var j = best + 1
                let end = Int(elements[best].end)
                while j <= end {
                    if child < 0 || score[j] > score[child] { child = j }
                    j = Int(elements[j].end) + 1
                }
                guard child >= 0, score[child] >= 0.9 * score[best], blockCount[child] >= 3,
                      elements[child].hint >= 0, !elements[child].tag.isBoilerplateContainer else { break }
                if trace != nil { trace?.append("descend from #\(best) to #\(child), which holds most of its score") }
                best = child
            }
        }
        if trace != nil {
            for (i, s) in candidates.sorted(by: { $0.1 > $1.1 }).prefix(8) {
                let e = elements[i]
                trace?.append("candidate #\(i) <\(e.tag)> hint \(e.hint) score \(Int(s)) elements \(i)...\(e.end)")
            }
            for i in 0..<n where elements[i].hint < 0 || elements[i].tag.isBoilerplateContainer {
                if length[i] >= 100 { trace?.append("furniture #\(i) <\(elements[i].tag)> length \(Int(length[i])) parent #\(elements[i].parent)") }
            }
            trace?.append("chosen #\(best)")
            var a = best
            while a >= 0 {
                let e = elements[a]
                trace?.append("  ancestor #\(a) <\(e.tag)> hint \(e.hint) furniture \(e.furniture) score \(Int(score[a])) length \(Int(length[a]))")
                a = Int(e.parent)
            }
        }
        let container = elements[best]
        let lo = Int32(best), hi = container.end
        for b in tree.blocks {
            let inside = b.element >= lo && b.element <= hi
            guard inside || trace != nil else { continue }
            let text = tree.string(b)
            var decision = inside ? decide(b, text: text, elements: elements, container: container) : "outside"
            if decision == "body" {
                // Inside the container, a group of several blocks that is mostly links (a list of
                // teasers, a "more stories" grid) is not article text.
                var a = Int(elements[Int(b.element)].parent)
                var element = Int(b.element)
                while element > best {
                    if blockCount[element] >= 4 && linkLength[element] > 0.45 * length[element] {
                        decision = "drop link group"
                        break
                    }
                    element = a
                    a = Int(elements[a].parent)
                }
            }
            if trace != nil {
                let e = elements[Int(b.element)]
                trace?.append("\(decision) #\(b.element)<\(e.tag)> len \(b.length) link \(b.linkLength) q \(Int(Self.quality(b))): \(text.prefix(70))")
            }
            switch decision {
            case "body": result.body.append(text)
            case "caption": result.captions.append(text)
            case "related": result.related.append(text)
            default: break
            }
        }
        return result
    }

    /// What to do with a block inside the container: `body`, `caption`, `related` or a reason
    /// to drop it.
    func decide(_ b: PageTree.Block, text: String, elements: [PageTree.Element], container: PageTree.Element) -> String {
        let e = elements[Int(b.element)]
        if e.furniture > container.furniture { return "drop furniture" }
        if e.figure > container.figure { return "caption" }
        if e.tag == .h1 { return "drop h1" }
        let linkDensity = Double(b.linkLength) / Double(max(b.length, 1))
        if linkDensity > 0.5 && !(b.length > 200 && b.punctuation > 2) && e.quote == 0 {
            return ArticleLayout.isRelated(text) ? "related" : "drop links"
        }
        switch Self.kind(of: text) {
        case .body: return "body"
        case .related: return "related"
        case .caption: return "caption"
        case .drop: return "drop text"
        }
    }

    /// A block's contribution to its container's score.
    static func quality(_ b: PageTree.Block) -> Double {
        let link = Double(b.linkLength)
        let length = Double(b.length)
        if link > 0.6 * length { return -length }
        return length - 1.5 * link - 25 + 10 * Double(min(b.punctuation, 3))
    }

    enum Kind { case body, related, caption, drop }

    static let dropPrefixes = [
        "(reporting by", "reporting by", "(additional reporting", "additional reporting by", "editing by",
        "(editing by", "writing by", "compiled by", "source:", "sources:", "updated:", "published:",
        "posted:", "last updated", "first published", "this story has been", "copyright ©", "© copyright",
        "all rights reserved", "advertisement", "share this", "share on", "follow us", "photo credit",
        "image credit", "click here to", "get the latest", "download the", "sign up to", "subscribe to",
    ]

    static let timestampPrefixes = ["updated at ", "updated on ", "published at ", "published on ", "posted at ", "posted on ",
                                    "last updated ", "last modified "]

    static let dropWhole: Set<String> = [
        "advertisement", "advertising", "ad", "share", "tweet", "email", "print", "comments",
        "continue reading", "continue reading below", "story continues below advertisement",
        "scroll to continue with content", "read more", "show more", "loading...", "loading", "more",
        "close", "menu", "search", "related", "trending", "don't miss", "don’t miss", "must read",
        // Advertisement labels in other languages.
        "advert", "anzeige", "publicidad", "publicité", "pubblicità", "publicidade", "iklan", "реклама",
    ]

    static let blankOrPunctuation = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)

    /// Which ASCII bytes `blankOrPunctuation` holds.
    static let asciiBlankOrPunctuation: [Bool] = (0..<128).map { blankOrPunctuation.contains(Unicode.Scalar(UInt8($0))) }

    /// The lowercased text trimmed of blanks and punctuation at both ends: on the bytes when
    /// the text is ASCII (the same string), through Foundation otherwise.
    static func trimmedLowercased(_ lower: inout LowercasedText) -> String {
        let ascii: String?? = lower.text.utf8.withContiguousStorageIfAvailable { b -> String? in
            if b.contains(where: { $0 >= 0x80 }) { return nil }
            var start = 0, end = b.count
            while start < end && asciiBlankOrPunctuation[Int(b[start])] { start += 1 }
            while end > start && asciiBlankOrPunctuation[Int(b[end - 1])] { end -= 1 }
            return String(decoding: b[start..<end].lazy.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        }
        if let ascii, let trimmed = ascii { return trimmed }
        return lower.string.trimmingCharacters(in: blankOrPunctuation)
    }

    /// What a paragraph inside the container is: body, a related-story or promo line, a
    /// caption, or a byline/credit/notice to drop.
    static func kind(of text: String) -> Kind {
        let length = text.utf8.count
        // Every rule but the caption's is for short paragraphs: a long one is body or a caption.
        if length >= 400 && !text.dropFirst(399).isEmpty { return ArticleLayout.isCaption(text) ? .caption : .body }
        var lower = LowercasedText(text)
        if length < 60 && dropWhole.contains(trimmedLowercased(&lower)) {
            return .drop
        }
        if ArticleLayout.isRelated(text, lowered: &lower) { return .related }
        // A time stamp line: "Updated at 1:23 p.m.", "Published on 5 March 2019".
        if length < 60, timestampPrefixes.contains(where: { lower.hasPrefix($0) }),
           text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) {
            return .drop
        }
        if length < 400 {
            if lower.hasPrefix("click here") || lower.hasPrefix("sign up") || lower.hasPrefix("subscribe") { return .related }
            if dropPrefixes.contains(where: { lower.hasPrefix($0) }) { return .drop }
            if lower.contains("contributed reporting") || lower.contains("contributed to this report") { return .drop }
        }
        if ArticleLayout.isCaption(text, lowered: &lower) { return .caption }
        if length < 300, text.hasSuffix(")"), lower.contains("(image:") || lower.contains("(photo:") || lower.contains("(picture:") {
            return .caption
        }
        if length < 120 {
            // A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
            if lower.hasPrefix("by ") && text.split(separator: " ").count <= 12 && !text.hasSuffix(".") { return .drop }
            if ArticleLayout.isDateline(text) { return .drop }
        }
        return .body
    }
}

/// A paragraph's lowercased text, asked whether it starts with or contains an ASCII phrase.
///
/// The answers are those of `text.lowercased()` with `hasPrefix` and Foundation's `contains`;
/// they are found first on the bytes with ASCII letters lowercased, and the string is made and
/// asked only when the bytes match (characters such as a combining accent after the phrase can
/// still say no) or when the text holds a character that lowercases or decomposes to ASCII.
struct LowercasedText {
    let text: String
    /// The UTF-8 bytes with A-Z lowercased; nil when they cannot rule a phrase out.
    private let folded: [UInt8]?
    private var lowered: String?

    init(_ text: String) {
        self.text = text
        var bytes = Array(text.utf8)
        var foldable = true
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c >= 65 && c <= 90 {
                bytes[i] = c + 32
            } else if c >= 0x80 {
                // U+0130 (lowercases to "i" and a dot), U+212A KELVIN SIGN (to "k", and decomposes
                // to "K"), U+037E (decomposes to ";"), U+1FEF (to "`").
                if (c == 0xC4 && i + 1 < bytes.count && bytes[i + 1] == 0xB0)
                    || (c == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x84 && bytes[i + 2] == 0xAA)
                    || (c == 0xCD && i + 1 < bytes.count && bytes[i + 1] == 0xBE)
                    || (c == 0xE1 && i + 2 < bytes.count && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xAF) {
                    foldable = false
                    break
                }
            }
            i += 1
        }
        folded = foldable ? bytes : nil
        lowered = foldable ? nil : text.lowercased()
    }

    /// `text.lowercased()`.
    var string: String {
        mutating get {
            if let lowered { return lowered }
            let s = text.lowercased()
            lowered = s
            return s
        }
    }

    mutating func hasPrefix(_ phrase: String) -> Bool {
        if let folded, !folded.starts(with: phrase.utf8) { return false }
        return string.hasPrefix(phrase)
    }

    mutating func contains(_ phrase: String) -> Bool {
        if let folded, !Self.bytes(folded, contain: Array(phrase.utf8)) { return false }
        return string.contains(phrase)
    }

    static func bytes(_ hay: [UInt8], contain needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= hay.count else { return needle.isEmpty }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
