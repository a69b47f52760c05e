import DyadCore
import DyadText

/// Recognises the parts of a scraped article's plain text: site tagline, title, dateline,
/// photo captions, related-article lines and the body.
///
/// Works on paragraphs (blocks separated by blank lines). The parts above the body are found
/// by shape: a dateline is a paragraph that is a date; the title is the short line just above
/// it (or the first short line without final punctuation); a short line above the title is the
/// site's tagline. A text of a single paragraph is all body. Captions end with a photographer
/// credit in brackets ("[Mikhail Svetlov/Getty Images]", "(AP Photo/...)"); related lines start
/// with "READ:", "Read more:", "SEE ALSO:" and the like.
public struct ArticleLayout: Sendable {
    public init() {}

    public struct Parts: Sendable, Hashable {
        public var tagline: String?
        public var title: String?
        public var dateline: String?
        public var date: CalendarDate?
        public var captions: [String] = []
        public var related: [String] = []
        public var body: [String] = []
    }

    /// Splits `text` into paragraphs: blank-line separated blocks, or lines when the text has
    /// no blank lines. Inner line breaks are joined with spaces.
    public static func paragraphs(_ text: String) -> [String] {
        let normalized = text.replacingCRLF
        let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        let hasBlank = lines.contains { $0.isEmpty }
        if !hasBlank { return lines.filter { !$0.isEmpty } }
        var out: [String] = []
        var cur: [String] = []
        for l in lines {
            if l.isEmpty {
                if !cur.isEmpty { out.append(cur.joined(separator: " ")); cur = [] }
            } else {
                cur.append(l)
            }
        }
        if !cur.isEmpty { out.append(cur.joined(separator: " ")) }
        return out
    }

    /// The parts of a whole scraped page.
    public func parts(of text: String) -> Parts {
        var paras = Self.paragraphs(text)
        var parts = Parts()
        // Header: look for a dateline among the first few paragraphs. A text of one paragraph
        // has no header: it is all body, even when it is short and unpunctuated like a title.
        let headerLimit = paras.count > 1 ? min(paras.count, 5) : 0
        if let d = (0..<headerLimit).first(where: { Self.isDateline(paras[$0]) }) {
            parts.dateline = paras[d]
            parts.date = DateExpressions.parse(paras[d])
            let above = Array(paras[0..<d])
            if let t = above.lastIndex(where: { Self.isHeadingLike($0) }) {
                parts.title = above[t]
                let before = above[0..<t]
                if let tag = before.last { parts.tagline = tag }
            }
            paras.removeSubrange(0...d)
        } else if paras.count > 1, let first = paras.first, Self.isHeadingLike(first) {
            if paras.count > 2, Self.isHeadingLike(paras[1]), first.count < paras[1].count + 40, Self.isTaglineLike(first) {
                parts.tagline = first
                parts.title = paras[1]
                paras.removeFirst(2)
            } else {
                parts.title = first
                paras.removeFirst()
            }
        }
        for p in paras {
            if Self.isRelated(p) {
                parts.related.append(p)
            } else if Self.isCaption(p) {
                parts.captions.append(p)
            } else {
                parts.body.append(p)
            }
        }
        if parts.date == nil, let first = parts.body.first {
            parts.date = Self.wireDatelineDate(first)
        }
        return parts
    }

    /// The date of a wire dateline that opens the body ("ANKARA, Dec 28, 2022 (Reuters) -",
    /// "LONDON, 3 March 2023: ..."): a full date after at most a place name, followed by the
    /// agency or the dash or colon that ends the dateline.
    static func wireDatelineDate(_ p: String) -> CalendarDate? {
        guard let m = DateExpressions.find(in: String(p.prefix(120))).first, m.start <= 40 else { return nil }
        let scalars = Array(p.unicodeScalars)
        // Before the date: a place in capitals and a comma, or nothing.
        let place = String(String.UnicodeScalarView(scalars[0..<m.start])).trimmingSpaces
        guard place.isEmpty || (place.hasSuffix(",") && place.dropLast().allSatisfy { $0.isUppercase || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" }) else { return nil }
        // After it: "(Agency)", a dash or a colon.
        let after = String(String.UnicodeScalarView(scalars[m.end..<min(scalars.count, m.end + 30)])).trimmingSpaces
        guard let c = after.first, c == "(" || c == "-" || c == "\u{2013}" || c == "\u{2014}" || c == ":" || c == "/" else { return nil }
        return m.date
    }

    /// Sorts already-separated body paragraphs (JSONL `text`) into captions, related lines and body.
    public func bodyParts(of text: String) -> Parts {
        var parts = Parts()
        for p in Self.paragraphs(text) {
            if Self.isRelated(p) { parts.related.append(p) }
            else if Self.isCaption(p) { parts.captions.append(p) }
            else { parts.body.append(p) }
        }
        return parts
    }

    static let relatedPrefixes = [
        "read:", "read more:", "read also:", "also read:", "see also:", "see more:", "related:",
        "related article:", "related articles:", "related story:", "more:", "watch:", "listen:",
        "recommended:", "don't miss:", "click here", "read more", "subscribe", "sign up for",
    ]

    static func isRelated(_ p: String) -> Bool {
        // p.count < 400, counting no further than that.
        guard p.utf8.count < 400 || p.dropFirst(399).isEmpty else { return false }
        // The prefixes are short: lowercase only the start.
        let lower = String(p.prefix(24)).lowercased()
        return relatedPrefixes.contains { lower.hasPrefix($0) }
    }

    /// `isRelated(_:)` for a paragraph whose lowercased text is at hand. Every prefix is
    /// shorter than 24 characters, and lowercasing goes character by character, so the whole
    /// text lowercased starts with one exactly when its first 24 characters lowercased do.
    static func isRelated(_ p: String, lowered lower: inout LowercasedText) -> Bool {
        guard p.utf8.count < 400 || p.dropFirst(399).isEmpty else { return false }
        return relatedPrefixes.contains { lower.hasPrefix($0) }
    }

    static let creditWords = [
        "getty", "reuters", "afp", "ap photo", "photo", "images", "epa", "anadolu", "shutterstock",
        "file", "handout", "pool", "xinhua", "tass", "sputnik", "credit", "courtesy",
    ]

    /// A caption ends with a bracketed credit ("[Mikhail Svetlov/Getty Images]",
    /// "(AP Photo/Ariana Cubillos)") or starts with "Photo:"/"File photo".
    static func isCaption(_ p: String) -> Bool {
        // Block text has no blanks at its ends: trim (which copies) only when there are some.
        let scalars = p.unicodeScalars
        let t = scalars.first.map(CharClass.isSpace) == true || scalars.last.map(CharClass.isSpace) == true ? p.trimmingSpaces : p
        let lower = String(t.prefix(16)).lowercased()
        if captionPrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        return endsWithCredit(t)
    }

    static let captionPrefixes = ["photo:", "file photo", "image:", "pictured:"]

    /// `isCaption(_:)` for a paragraph whose lowercased text is at hand: without a blank at its
    /// start the text begins as its trimmed form does, and the prefixes are shorter than 16
    /// characters, so the lowercased text answers for the first 16 characters lowercased.
    static func isCaption(_ p: String, lowered lower: inout LowercasedText) -> Bool {
        let scalars = p.unicodeScalars
        guard let first = scalars.first, !CharClass.isSpace(first) else { return isCaption(p) }
        if captionPrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        return endsWithCredit(scalars.last.map(CharClass.isSpace) == true ? p.trimmingSpaces : p)
    }

    /// Whether trimmed paragraph `t` ends with a bracketed credit.
    static func endsWithCredit(_ t: String) -> Bool {
        guard let last = t.last, last == "]" || last == ")" else { return false }
        let open: Character = last == "]" ? "[" : "("
        guard let o = t.lastIndex(of: open) else { return false }
        let credit = t[t.index(after: o)..<t.index(before: t.endIndex)].lowercased()
        guard credit.count < 80 else { return false }
        var folded = LowercasedText(credit)
        return folded.contains("/") || creditWords.contains { folded.contains($0) }
    }

    /// A dateline: a short paragraph that holds a full date and little else.
    static func isDateline(_ p: String) -> Bool {
        guard p.count <= 80, let m = DateExpressions.find(in: p).first else { return false }
        let rest = p.unicodeScalars.count - (m.end - m.start)
        return rest <= 45 && !p.hasSuffix(".")
    }

    /// A heading: one short line that does not end like a sentence.
    static func isHeadingLike(_ p: String) -> Bool {
        guard p.count <= 200, let last = p.last else { return false }
        return !".:;,".contains(last) && p.split(separator: " ").count <= 25
    }

    static func isTaglineLike(_ p: String) -> Bool {
        p.split(separator: " ").count <= 8
    }
}

extension String {
    var replacingCRLF: String {
        guard contains("\r") else { return self }
        return replacingOccurrencesOfCR()
    }

    private func replacingOccurrencesOfCR() -> String {
        var out = String.UnicodeScalarView()
        var prevCR = false
        for c in unicodeScalars {
            if c == "\r" { out.append("\n"); prevCR = true; continue }
            if c == "\n" && prevCR { prevCR = false; continue }
            prevCR = false
            out.append(c)
        }
        return String(out)
    }
}
