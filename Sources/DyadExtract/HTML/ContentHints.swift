import Foundation

/// Verdicts on single class names and ids, shared by all pages read in the process: sites use
/// the same names on every page. Bounded: past `limit` names, new ones are worked out each time.
final class VerdictCache: @unchecked Sendable {
    static let shared = VerdictCache()
    static let limit = 100_000

    private let lock = NSLock()
    private var verdicts = ByteKeyTable()

    func verdict(_ raw: Substring) -> Int8 {
        var raw = raw
        return raw.withUTF8 { verdict(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The verdict on the class name or id whose UTF-8 bytes are `bytes`.
    func verdict(bytes: UnsafeRawBufferPointer) -> Int8 {
        verdict(bytes: bytes, hash: ByteKeyTable.hash(bytes))
    }

    /// `verdict(bytes:)` for a name whose ``ByteKeyTable/hash(_:)`` is `hash`.
    func verdict(bytes: UnsafeRawBufferPointer, hash: UInt64) -> Int8 {
        lock.lock()
        let known = verdicts.value(bytes, hash: hash)
        lock.unlock()
        if let known { return known }
        let v = bytes.contains(where: { $0 >= 0x80 })
            ? ContentHints.verdict(Substring(String(decoding: bytes, as: UTF8.self)))
            : ContentHints.verdict(ascii: bytes)
        lock.lock()
        if verdicts.count < Self.limit && verdicts.value(bytes, hash: hash) == nil { verdicts.insert(bytes, v, hash: hash) }
        lock.unlock()
        return v
    }
}

/// Reads an element's `class`, `id`, `role` and `itemprop` as a hint of what it holds: article
/// text (positive) or page furniture such as navigation, comments, share bars and promos
/// (negative).
enum ContentHints {
    /// Strong evidence of the article body: these names mark the body on most news sites.
    static let bodyNames: [String] = [
        "articlebody", "article-body", "article_body", "article__body", "articlecontent",
        "article-content", "article_content", "article__content", "article-text", "articletext",
        "article__text", "storybody", "story-body", "story_body", "story-content", "storycontent",
        "story-text", "entry-content", "entrycontent", "entry_content", "post-content", "postcontent",
        "post-body", "postbody", "post_content", "post-text", "body-text", "bodytext", "body-copy",
        "article-copy", "content-body", "text-body", "main-text", "maintext", "rich-text",
        "richtext", "article-main", "single-content", "news-content", "newsbody", "news-body",
        "news-text", "content-text", "paywall", "field-body", "field-name-body", "td-post-content", "c-entry-content", "l-article",
    ]

    /// Weak evidence: generic names that often, not always, hold the article.
    static let weakPositive: [String] = ["article", "content", "story", "entry", "post", "main", "text", "body", "blog", "news"]

    /// Evidence of page furniture.
    static let negative: [String] = [
        "comment", "footer", "foot", "nav", "menu", "sidebar", "side-bar", "widget", "share",
        "sharing", "social", "related", "promo", "newsletter", "subscribe", "subscription", "signup",
        "sign-up", "advert", "advertisement", "ad", "ads", "adslot", "ad-slot", "banner", "sponsor",
        "sponsored", "outbrain", "taboola", "breadcrumb", "breadcrumbs", "tags", "tag-list", "byline",
        "author", "caption", "popup", "modal", "cookie", "masthead", "recommend", "recommended",
        "recommendations", "trending", "popular", "most-popular", "mostread", "most-read",
        "more-stories", "read-more", "readmore", "disclaimer", "copyright", "toolbar", "skip",
        "login", "pagination", "pager", "teaser", "rail", "right-rail", "aside", "dateline",
        "timestamp", "meta", "post-meta", "article-meta", "entry-meta", "header", "hidden",
        "print", "tools", "utility", "video", "gallery", "slideshow", "newsletter-signup",
        "inline-related", "also-read", "see-also", "credit", "credits", "topics", "keywords",
        "disqus", "jump", "follow", "app-promo", "email", "feedback", "rating", "vote",
        "subnav", "submenu", "dropdown", "overlay", "bottom", "top-stories", "headline",
        "title", "standfirst", "dek", "subtitle", "lede-art", "kicker",
    ]

    static let negativeSet: Set<String> = Set(negative)
    static let bodySet: Set<String> = Set(bodyNames)
    static let weakSet: Set<String> = Set(weakPositive)

    static func isNegative(_ word: String) -> Bool {
        negativeSet.contains(word) || (word.hasSuffix("s") && negativeSet.contains(String(word.dropLast())))
    }

    /// The lowercased words of a class name: split at `-`, `_`, `:`, `.` and where a lowercase
    /// letter or digit meets an uppercase one, so BEM names written in camelCase
    /// ("InlineImage-imageEmbedCaption") read like hyphenated ones.
    static func words(_ name: Substring) -> [String] {
        if !name.utf8.contains(where: { $0 >= 0x80 }) { return asciiWords(name) }
        var words: [String] = []
        var current = ""
        var previousLowerOrDigit = false
        for c in name.unicodeScalars {
            if c == "-" || c == "_" || c == ":" || c == "." {
                if !current.isEmpty { words.append(current); current = "" }
                previousLowerOrDigit = false
                continue
            }
            // Class names are nearly always ASCII: look up Unicode properties only for the rest.
            let v = c.value
            let upper = v < 128 ? (v >= 65 && v <= 90) : c.properties.isUppercase
            if upper && previousLowerOrDigit && !current.isEmpty { words.append(current); current = "" }
            if !upper {
                current.unicodeScalars.append(c)
            } else if v < 128 {
                current.unicodeScalars.append(Unicode.Scalar(UInt8(v + 32)))
            } else {
                current.unicodeScalars.append(c.properties.lowercaseMapping.unicodeScalars.first ?? c)
            }
            previousLowerOrDigit = !upper && (v < 128 ? ((v >= 97 && v <= 122) || (v >= 48 && v <= 57)) : c.properties.isLowercase)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `words` for an ASCII name, on its bytes.
    static func asciiWords(_ name: Substring) -> [String] {
        var lowered = Array(name.utf8)
        var words: [String] = []
        var start = 0
        var previousLowerOrDigit = false
        for i in lowered.indices {
            let c = lowered[i]
            if c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c == UInt8(ascii: ".") {
                if i > start { words.append(String(decoding: lowered[start..<i], as: UTF8.self)) }
                start = i + 1
                previousLowerOrDigit = false
                continue
            }
            let upper = c >= 65 && c <= 90
            if upper && previousLowerOrDigit && i > start {
                words.append(String(decoding: lowered[start..<i], as: UTF8.self))
                start = i
            }
            if upper { lowered[i] = c + 32 }
            previousLowerOrDigit = !upper && ((c >= 97 && c <= 122) || (c >= 48 && c <= 57))
        }
        if lowered.count > start { words.append(String(decoding: lowered[start...], as: UTF8.self)) }
        return words
    }

    /// Strong body marker.
    static let strong: Int8 = 3

    /// The hint for one element: 3 strong body marker, 1 weak positive, 0 none, -2 furniture.
    static func hint(classAndID: String, role: String?, itemprop: String?) -> Int8 {
        var cache: [Substring: Int8] = [:]
        return hint(classAndID: classAndID, role: role, itemprop: itemprop, cache: &cache)
    }

    /// Like `hint(classAndID:role:itemprop:)`, with the verdicts on single class names kept in
    /// `cache`: a page uses the same few names on many elements.
    static func hint(classAndID: String, role: String?, itemprop: String?, cache: inout [Substring: Int8]) -> Int8 {
        if let h = hint(role: role, itemprop: itemprop) { return h }
        if classAndID.isEmpty { return 0 }
        var best: Int8 = 0
        var negativeFound = false
        func take(_ raw: Substring) -> Int8? {
            let verdict: Int8
            if let known = cache[raw] {
                verdict = known
            } else {
                verdict = VerdictCache.shared.verdict(raw)
                cache[raw] = verdict
            }
            return fold(verdict, best: &best, negativeFound: &negativeFound)
        }
        // Splitting the UTF-8 bytes at ASCII blanks gives the same names as splitting the
        // characters when the string is ASCII without carriage returns ("\r\n" is one character).
        let utf8 = classAndID.utf8
        if !utf8.contains(where: { $0 >= 0x80 || $0 == 13 }) {
            var i = utf8.startIndex
            while i != utf8.endIndex {
                let b = utf8[i]
                if b == 32 || b == 9 || b == 10 {
                    i = utf8.index(after: i)
                    continue
                }
                var j = utf8.index(after: i)
                while j != utf8.endIndex, utf8[j] != 32 && utf8[j] != 9 && utf8[j] != 10 { j = utf8.index(after: j) }
                if let result = take(classAndID[i..<j]) { return result }
                i = j
            }
        } else {
            for raw in classAndID.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                if let result = take(raw) { return result }
            }
        }
        if negativeFound { return -2 }
        return best
    }

    /// `hint(classAndID:role:itemprop:)` without role and itemprop, read on the UTF-8 bytes of
    /// the class-and-id value, with the verdicts on single names kept in `names`. Nil when the
    /// bytes hold a non-ASCII byte or a carriage return, where names are split on characters.
    static func hint(classAndIDBytes b: UnsafeRawBufferPointer, names: inout ByteKeyTable) -> Int8? {
        let n = b.count
        var k = 0
        while k < n {
            if b[k] >= 0x80 || b[k] == 13 { return nil }
            k += 1
        }
        var best: Int8 = 0
        var negativeFound = false
        var i = 0
        while i < n {
            let c = b[i]
            if c == 32 || c == 9 || c == 10 {
                i += 1
                continue
            }
            var j = i + 1
            while j < n, b[j] != 32 && b[j] != 9 && b[j] != 10 { j += 1 }
            let name = UnsafeRawBufferPointer(rebasing: b[i..<j])
            let verdict: Int8
            let hash = ByteKeyTable.hash(name)
            if let known = names.value(name, hash: hash) {
                verdict = known
            } else {
                verdict = VerdictCache.shared.verdict(bytes: name, hash: hash)
                names.insert(name, verdict, hash: hash)
            }
            if let result = fold(verdict, best: &best, negativeFound: &negativeFound) { return result }
            i = j
        }
        if negativeFound { return -2 }
        return best
    }

    /// Takes one class name's verdict into the element's hint: a strong marker decides it (3), an
    /// embedded block ends it (0); otherwise nil, and the furniture and weak marks are kept.
    static func fold(_ verdict: Int8, best: inout Int8, negativeFound: inout Bool) -> Int8? {
        switch verdict {
        case strong: return strong
        case embedded: return 0
        case -2: negativeFound = true
        case 1: best = 1
        default: break
        }
        return nil
    }

    /// The hint `role` and `itemprop` give, which goes before the class and id; nil when they
    /// say nothing.
    static func hint(role: String?, itemprop: String?) -> Int8? {
        if let itemprop {
            var folded = LowercasedText(itemprop)
            if folded.contains("articlebody") { return strong }
        }
        if let role {
            switch role.lowercased() {
            case "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "dialog", "alert", "search":
                return -2
            case "main", "article":
                return 1
            default: break
            }
        }
        return nil
    }

    /// The verdict on one class name or id when it ends the search: an embedded post.
    static let embedded: Int8 = 100

    /// The names of `bodyNames`, `negative` and `weakPositive` as flags (`bodyFlag`,
    /// `negativeFlag`, `weakFlag`), looked up on bytes.
    static let vocabulary: ByteKeyTable = {
        var flags: [String: Int8] = [:]
        for n in bodyNames { flags[n, default: 0] |= bodyFlag }
        for n in negative { flags[n, default: 0] |= negativeFlag }
        for n in weakPositive { flags[n, default: 0] |= weakFlag }
        var table = ByteKeyTable()
        for (name, f) in flags.sorted(by: { $0.key < $1.key }) { Array(name.utf8).withUnsafeBytes { table.insert($0, f) } }
        return table
    }()
    static let bodyFlag: Int8 = 1
    static let negativeFlag: Int8 = 2
    static let weakFlag: Int8 = 4

    @inline(__always)
    static func flags(_ word: UnsafeRawBufferPointer) -> Int8 { vocabulary.value(word) ?? 0 }

    /// `isNegative(_:)` on the bytes of a lowercased ASCII word.
    static func isNegative(bytes w: UnsafeRawBufferPointer) -> Bool {
        if flags(w) & negativeFlag != 0 { return true }
        guard let last = w.last, last == UInt8(ascii: "s") else { return false }
        return flags(UnsafeRawBufferPointer(rebasing: w.dropLast())) & negativeFlag != 0
    }

    /// `verdict(_:)` for a name of ASCII bytes, read on the bytes: the same answer without
    /// making a String per word. Pages built with CSS-in-JS carry thousands of generated class
    /// names, each seen once, so this runs for most names a process meets.
    static func verdict(ascii raw: UnsafeRawBufferPointer) -> Int8 {
        let n = raw.count
        // The lowercased name, then room for one compound of two of its words and a hyphen.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * n + 1) { buffer -> Int8 in
            let base = UnsafeMutableRawPointer(buffer.baseAddress!)
            for i in 0..<n {
                let c = raw[i]
                buffer[i] = c >= 65 && c <= 90 ? c + 32 : c
            }
            let name = UnsafeRawBufferPointer(start: base, count: n)
            func bytes(_ r: Range<Int>) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: name[r]) }
            func equals(_ r: Range<Int>, _ word: StaticString) -> Bool {
                r.count == word.utf8CodeUnitCount && memcmp(base + r.lowerBound, word.utf8Start, r.count) == 0
            }
            if flags(name) & bodyFlag != 0 { return strong }
            for prefix: StaticString in ["has-", "no-", "with-", "is-"] where n >= prefix.utf8CodeUnitCount {
                if equals(0..<prefix.utf8CodeUnitCount, prefix) { return 0 }
            }
            // The words as `asciiWords` splits them, as ranges of the name (at most one per
            // byte, on the stack).
            return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: max(n, 1)) { wordBuffer -> Int8 in
                var words = WordList(storage: wordBuffer)
                var start = 0
                var previousLowerOrDigit = false
                for i in 0..<n {
                    let c = raw[i]
                    if c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c == UInt8(ascii: ".") {
                        if i > start { words.append(start..<i) }
                        start = i + 1
                        previousLowerOrDigit = false
                        continue
                    }
                    let upper = c >= 65 && c <= 90
                    if upper && previousLowerOrDigit && i > start {
                        words.append(start..<i)
                        start = i
                    }
                    previousLowerOrDigit = !upper && ((c >= 97 && c <= 122) || (c >= 48 && c <= 57))
                }
                if n > start { words.append(start..<n) }
                guard let lastWord = words.last else { return 0 }
                if equals(lastWord, "embed") || equals(lastWord, "embedded")
                    || equals(0..<n, "twitter-tweet") || equals(0..<n, "instagram-media") {
                    return embedded
                }
                if isNegative(bytes: name) { return -2 }
                let compound = base + n
                for i in 0..<(words.count - 1) {
                    let a = words[i], b = words[i + 1]
                    compound.copyMemory(from: base + a.lowerBound, byteCount: a.count)
                    compound.storeBytes(of: UInt8(ascii: "-"), toByteOffset: a.count, as: UInt8.self)
                    compound.advanced(by: a.count + 1).copyMemory(from: base + b.lowerBound, byteCount: b.count)
                    if flags(UnsafeRawBufferPointer(start: compound, count: a.count + b.count + 1)) & bodyFlag != 0 { return strong }
                }
                var firstIndex = 0
                if words.count > 1, words[0].count <= 2 || equals(words[0], "js") { firstIndex = 1 }
                let first = words[firstIndex]
                if isNegative(bytes: bytes(lastWord)) || (first.count > 3 && isNegative(bytes: bytes(first))) { return -2 }
                for k in firstIndex..<words.count where flags(bytes(words[k])) & weakFlag != 0 { return 1 }
                return 0
            }
        }
    }

    /// The word ranges of one name, in stack memory the caller owns.
    private struct WordList {
        let storage: UnsafeMutableBufferPointer<Range<Int>>
        private(set) var count = 0
        init(storage: UnsafeMutableBufferPointer<Range<Int>>) { self.storage = storage }
        mutating func append(_ r: Range<Int>) {
            storage.initializeElement(at: count, to: r)
            count += 1
        }
        subscript(i: Int) -> Range<Int> { storage[i] }
        var last: Range<Int>? { count > 0 ? storage[count - 1] : nil }
    }

    /// What one class name or id says: `strong`, `embedded`, -2 furniture, 1 weak positive, 0 nothing.
    static func verdict(_ raw: Substring) -> Int8 {
        let name = raw.lowercased()
        if bodySet.contains(name) { return strong }
        // State modifiers on wrappers ("has-sidebar", "no-comments") say nothing about content.
        if name.hasPrefix("has-") || name.hasPrefix("no-") || name.hasPrefix("with-") || name.hasPrefix("is-") {
            return 0
        }
        var words = Self.words(raw)
        if words.isEmpty { return 0 }
        // An embedded post (a tweet, an Instagram post) quoted in the story is part of it,
        // even in a wrapper named like a share bar ("social-media-embed").
        if let last = words.last, last == "embed" || last == "embedded" || name == "twitter-tweet" || name == "instagram-media" {
            return embedded
        }
        // BEM-style "block__element--modifier": the element part names what it is.
        if isNegative(name) { return -2 }
        // Compound names such as "article-body-text" or "main-content".
        for i in 0..<(words.count - 1) where bodySet.contains(words[i] + "-" + words[i + 1]) { return strong }
        // BEM namespace prefixes ("c-", "l-", "o-", "js-") say nothing.
        if words.count > 1, words[0].count <= 2 || words[0] == "js" { words.removeFirst() }
        let first = words[0]
        let last = words.removeLast()
        // Furniture when the name ends in a furniture word ("post-comments", "article-share")
        // or starts with one ("sidebar-left", "share-buttons"); a furniture word in the middle
        // ("elementor-widget-container") is not enough.
        if isNegative(last) || (first.count > 3 && isNegative(first)) { return -2 }
        if weakSet.contains(last) || words.contains(where: { weakSet.contains($0) }) { return 1 }
        return 0
    }
}
