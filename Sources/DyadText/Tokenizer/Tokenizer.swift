import DyadCore

/// Splits text into tokens with Unicode scalar offsets.
///
/// Follows Universal Dependencies English conventions where they matter to a parser: punctuation
/// and quotes are their own tokens, possessive `'s` and the negation `n't` are split off
/// ("Venezuela's" -> `Venezuela` `'s`, "won't" -> `wo` `n't`), and an underscore between words
/// separates them ("Dol_Amroth" -> `Dol` `Amroth`). Abbreviations ("Mr.", "U.S.",
/// "Jan."), initials, decimals ("3.4"), times ("12:16"), URLs and hyphenated words stay whole.
///
///     let tokens = Tokenizer().tokenize("Mr. Maduro won't submit to U.S. demands.")
///     // Mr. | Maduro | wo | n't | submit | to | U.S. | demands | .
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokens of `text`; offsets are Unicode scalar offsets into `text`.
    public func tokenize(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return tokenize(scalars: scalars, offset: 0)
    }

    func tokenize(scalars s: [Unicode.Scalar], offset: Int) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        var i = 0
        let n = s.count
        while i < n {
            if CharClass.isSpace(s[i]) {
                if let last = tokens.indices.last { tokens[last].spaceAfter = true }
                i += 1
                continue
            }
            // A run of non-space characters: a "chunk" to be split further.
            var j = i
            while j < n && !CharClass.isSpace(s[j]) { j += 1 }
            splitChunk(s, i, j, into: &tokens)
            if j < n, let last = tokens.indices.last { tokens[last].spaceAfter = true }
            i = j
        }
        if offset != 0 {
            for k in tokens.indices {
                tokens[k].start += offset
                tokens[k].end += offset
            }
        }
        return tokens
    }

    private func make(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Token {
        Token(text: String(scalars: s[a..<b]), start: a, end: b, spaceAfter: false)
    }

    /// Splits one whitespace-free chunk [a, b) into tokens.
    private func splitChunk(_ s: [Unicode.Scalar], _ a0: Int, _ b0: Int, into tokens: inout [Token]) {
        var a = a0
        var b = b0
        // URLs and e-mail addresses stay whole (minus trailing punctuation).
        var trailing: [Token] = []
        // Peel leading punctuation.
        while a < b, CharClass.isLeadingPunct(s[a]) {
            tokens.append(make(s, a, a + 1))
            a += 1
        }
        // A currency sign before an amount: "$2" -> `$` `2`, "US$3.5" -> `US$` `3.5`.
        if let end = currencyEnd(s, a, b) {
            tokens.append(make(s, a, end))
            a = end
        }
        // Peel trailing punctuation, keeping a final period that belongs to an abbreviation.
        while b > a {
            let c = s[b - 1]
            if CharClass.isTrailingPunct(c) {
                trailing.append(make(s, b - 1, b))
                b -= 1
                continue
            }
            if c == "." || c == "…" {
                // Ellipsis "..." as one token.
                if c == ".", b - a >= 3, s[b - 2] == ".", s[b - 3] == "." {
                    var k = b - 3
                    while k > a && s[k - 1] == "." { k -= 1 }
                    trailing.append(make(s, k, b))
                    b = k
                    continue
                }
                if c == "." && keepsPeriod(s, a, b) { break }
                trailing.append(make(s, b - 1, b))
                b -= 1
                continue
            }
            break
        }
        if a < b {
            if looksLikeURL(s, a, b) {
                tokens.append(make(s, a, b))
            } else {
                splitCore(s, a, b, into: &tokens)
            }
        }
        tokens.append(contentsOf: trailing.reversed())
    }

    /// The end of a currency sign that opens [a, b) and is followed by a digit: one sign ("$",
    /// "€", "£") or up to three capitals before "$" ("US$", "HK$").
    private func currencyEnd(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Int? {
        var k = a
        while k < b, k - a < 3, s[k].value >= 65, s[k].value <= 90 { k += 1 }
        guard k < b, k + 1 < b, CharClass.isDigit(s[k + 1]) else { return nil }
        if k > a { return s[k] == "$" ? k + 1 : nil }
        return CharClass.isCurrency(s[k]) ? k + 1 : nil
    }

    /// Whether [a, b) is a URL or e-mail address, kept as one token.
    private func looksLikeURL(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        guard b - a >= 6 else { return false }
        var k = a
        while k + 2 < b {
            if s[k] == ":" && s[k + 1] == "/" && s[k + 2] == "/" { return true }
            k += 1
        }
        if s[a] == "w" && s[a + 1] == "w" && s[a + 2] == "w" && s[a + 3] == "." { return true }
        var at = false
        var dotAfterAt = false
        for k in a..<b {
            if s[k] == "@" { at = k > a } else if at && s[k] == "." { dotAfterAt = true }
        }
        return at && dotAfterAt
    }

    /// Whether the period at `b-1` is part of the word [a, b) (an abbreviation or initial).
    private func keepsPeriod(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        let len = b - a - 1
        if len <= 0 { return false }
        // Internal periods: U.S., e.g., a.m.
        var hasInnerDot = false
        var letters = 0
        for k in a..<(b - 1) {
            if s[k] == "." { hasInnerDot = true } else if CharClass.isLetter(s[k]) { letters += 1 }
        }
        if hasInnerDot && letters > 0 && letters <= 6 { return true }
        // A single capital letter: an initial ("George W. Bush").
        if len == 1 && CharClass.isUpper(s[a]) { return true }
        let lower = String(scalars: s[a..<(b - 1)]).lowercased()
        return Abbreviations.neverFinal.contains(lower) || Abbreviations.mayBeFinal.contains(lower)
    }

    /// Splits a chunk without leading/trailing punctuation: inner quotes, slashes, clitics.
    private func splitCore(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, into tokens: inout [Token]) {
        // Inner splitting characters that always separate (em dash, brackets, quotes inside).
        var start = a
        var k = a
        let isHandle = a > 0 && (s[a - 1] == "#" || s[a - 1] == "@")
        while k < b {
            let c = s[k]
            // An underscore joining two words ("Dol_Amroth", the spelling of multiword names in
            // PETRARCH and TABARI data) separates them like a space, except in a hashtag or handle.
            if c == "_", !isHandle, k > start, k + 1 < b, CharClass.isLetterOrDigit(s[k - 1]),
               CharClass.isLetterOrDigit(s[k + 1]) {
                splitClitics(s, start, k, into: &tokens)
                k += 1
                start = k
                continue
            }
            if CharClass.isAlwaysSplit(c) || (c == "," && !(k > a && k + 1 < b && CharClass.isDigit(s[k - 1]) && CharClass.isDigit(s[k + 1])))
                || (c == "-" && k + 1 < b && s[k + 1] == "-") {
                if start < k { splitClitics(s, start, k, into: &tokens) }
                var e = k + 1
                if c == "-" { while e < b && s[e] == "-" { e += 1 } }
                tokens.append(make(s, k, e))
                k = e
                start = e
                continue
            }
            k += 1
        }
        if start < b { splitClitics(s, start, b, into: &tokens) }
    }

    /// Splits English clitics: 's, 're, 've, 'll, 'd, 'm, n't (with ' or ’).
    private func splitClitics(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, into tokens: inout [Token]) {
        let len = b - a
        func lower(_ k: Int) -> Unicode.Scalar {
            let c = s[k]
            if c.value >= 65 && c.value <= 90 { return Unicode.Scalar(c.value + 32)! }
            return c
        }
        // n't
        if len >= 4, CharClass.isApostrophe(s[b - 2]), lower(b - 1) == "t", lower(b - 3) == "n" {
            let stemEnd = b - 3
            // "can't" -> ca n't; "won't" -> wo n't
            tokens.append(make(s, a, stemEnd))
            tokens.append(make(s, stemEnd, b))
            return
        }
        if len >= 3, CharClass.isApostrophe(s[b - 2]) {
            let c = lower(b - 1)
            if c == "s" || c == "d" || c == "m" {
                tokens.append(make(s, a, b - 2))
                tokens.append(make(s, b - 2, b))
                return
            }
        }
        if len >= 4, CharClass.isApostrophe(s[b - 3]) {
            let c1 = lower(b - 2), c2 = lower(b - 1)
            if (c1 == "r" && c2 == "e") || (c1 == "v" && c2 == "e") || (c1 == "l" && c2 == "l") {
                tokens.append(make(s, a, b - 3))
                tokens.append(make(s, b - 3, b))
                return
            }
        }
        // Plural possessive: "countries'" -> countries '
        if len >= 3, CharClass.isApostrophe(s[b - 1]), lower(b - 2) == "s" {
            tokens.append(make(s, a, b - 1))
            tokens.append(make(s, b - 1, b))
            return
        }
        tokens.append(make(s, a, b))
    }
}

/// Character classes used by the tokenizer, on Unicode scalars.
public enum CharClass {
    @inline(__always) public static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{A0}" || c == "\u{2009}"
            || c == "\u{200B}" || c == "\u{3000}" || c == "\u{202F}" || c == "\u{FEFF}"
            || c == "\u{0B}" || c == "\u{0C}" || c == "\u{2028}" || c == "\u{2029}"
    }
    @inline(__always) public static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    @inline(__always) public static func isUpper(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 65 && c.value <= 90) || (c.value > 127 && c.properties.isUppercase)
    }
    @inline(__always) public static func isLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122)
            || (c.value > 127 && c.properties.isAlphabetic)
    }
    @inline(__always) public static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        isLetter(c) || isDigit(c)
    }
    @inline(__always) public static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}"
    }
    @inline(__always) public static func isCurrency(_ c: Unicode.Scalar) -> Bool {
        c == "$" || c == "€" || c == "£" || c == "¥" || c == "₹" || c == "₽" || c == "₩" || c == "₺"
    }
    public static func isLeadingPunct(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "(", "[", "{", "\"", "\u{201C}", "\u{2018}", "'", "\u{00AB}", "\u{2039}", "\u{201E}",
             "\u{2014}", "\u{2013}", "*", "#", "<", "¿", "¡", "•", "\u{2026}", ":", ";", ",", "!", "?":
            return true
        default:
            return false
        }
    }
    public static func isTrailingPunct(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ")", "]", "}", "\"", "\u{201D}", "\u{2019}", "'", "\u{00BB}", "\u{203A}", ",", ";",
             ":", "!", "?", "\u{2014}", "\u{2013}", "*", ">", "\u{2026}":
            return true
        default:
            return false
        }
    }
    public static func isAlwaysSplit(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "(", ")", "[", "]", "{", "}", "\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}",
             "\u{2014}", "\u{2026}", ";", "!", "?":
            return true
        default:
            return false
        }
    }
}
