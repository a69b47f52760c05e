import DyadCore

/// Splits a paragraph into sentences, each with its own tokens.
///
/// A sentence ends at `.`, `!`, `?` or `...` (plus any closing quotes or brackets) when the next
/// token starts a new sentence (a capital letter, a digit or an opening quote). Abbreviations
/// keep their period inside the token, so "Mr. Maduro" never splits; an abbreviation that may
/// end a sentence ("U.S.", "Inc.") splits only before a typical sentence opener ("The", "It").
public struct SentenceSplitter: Sendable {
    public let tokenizer: Tokenizer

    public init(tokenizer: Tokenizer = Tokenizer()) {
        self.tokenizer = tokenizer
    }

    /// Sentences of one paragraph. Token offsets are relative to each sentence's own text.
    public func split(paragraph text: String, paragraphIndex: Int = 0, firstIndex: Int = 0) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        let tokens = tokenizer.tokenize(scalars: scalars, offset: 0)
        var sentences: [Sentence] = []
        var begin = 0
        var i = 0
        // A wire dateline ("GAZA CITY, Palestinian Territories:", "LYON:", "KYIV (Reuters) -")
        // is a sentence of its own, so the parse of the first sentence starts at its subject.
        if let k = Self.datelineEnd(tokens) {
            sentences.append(makeSentence(scalars, tokens[0...k], paragraphIndex, firstIndex))
            begin = k + 1
            i = k + 1
        }
        while i < tokens.count {
            if endsSentence(tokens, i) {
                var end = i + 1
                // A straight quote after a space opens the next sentence (`Brussels. "Serbia`).
                while end < tokens.count && Self.isCloser(tokens[end].text)
                        && !((tokens[end].text == "\"" || tokens[end].text == "'") && tokens[end - 1].spaceAfter) { end += 1 }
                // A closing quote that is followed by a lower-case word continues the sentence
                // (`"We will win," he said.` is handled because "," does not end a sentence).
                sentences.append(makeSentence(scalars, tokens[begin..<end], paragraphIndex, firstIndex + sentences.count))
                begin = end
                i = end
                continue
            }
            i += 1
        }
        if begin < tokens.count {
            sentences.append(makeSentence(scalars, tokens[begin..<tokens.count], paragraphIndex, firstIndex + sentences.count))
        }
        return sentences
    }

    /// Sentences of several paragraphs, numbered across them.
    public func split(paragraphs: [String]) -> [Sentence] {
        var out: [Sentence] = []
        for (p, text) in paragraphs.enumerated() {
            out.append(contentsOf: split(paragraph: text, paragraphIndex: p, firstIndex: out.count))
        }
        return out
    }

    private func makeSentence(_ s: [Unicode.Scalar], _ toks: ArraySlice<Token>, _ p: Int, _ index: Int) -> Sentence {
        let start = toks.first!.start
        let end = toks.last!.end
        var rebased = Array(toks)
        for k in rebased.indices {
            rebased[k].start -= start
            rebased[k].end -= start
        }
        if let last = rebased.indices.last { rebased[last].spaceAfter = false }
        return Sentence(index: index, paragraph: p, text: String(scalars: s[start..<end]), tokens: rebased)
    }

    /// Whether the sentence is a wire dateline split off its paragraph ("KYIV, May 9 (Reuters) -").
    public static func isDateline(_ sentence: Sentence) -> Bool {
        datelineMark(sentence.tokens) == sentence.tokens.count - 1
    }

    /// The index of the colon or dash that ends a wire dateline at the start of a paragraph,
    /// before a sentence that starts with a capital, a digit or a quote.
    static func datelineEnd(_ tokens: [Token]) -> Int? {
        guard let k = datelineMark(tokens), k + 1 < tokens.count,
              let f = tokens[k + 1].text.unicodeScalars.first,
              CharClass.isUpper(f) || CharClass.isDigit(f) || f == "\"" || f == "\u{201C}" else { return nil }
        return k
    }

    /// The index of the colon or dash after a dateline's words: a place in capitals, then at
    /// most ten more tokens of capitalized words, numbers of a date, commas and a bracketed
    /// agency.
    private static func datelineMark(_ tokens: [Token]) -> Int? {
        guard tokens.count > 1, let first = tokens.first?.text.unicodeScalars, first.count >= 3,
              first.allSatisfy({ CharClass.isUpper($0) || $0 == "-" || $0 == "." }) else { return nil }
        for k in 1..<min(tokens.count, 12) {
            let t = tokens[k].text
            if t == ":" || t == "-" || t == "\u{2014}" || t == "\u{2013}" || t == "--" { return k }
            if t == "," || t == "(" || t == ")" || t == "/" { continue }
            guard let f = t.unicodeScalars.first, CharClass.isUpper(f) || (CharClass.isDigit(f) && t.count <= 4) else { return nil }
        }
        return nil
    }

    private static func isCloser(_ t: String) -> Bool {
        t == "\"" || t == "\u{201D}" || t == "'" || t == "\u{2019}" || t == ")" || t == "]" || t == "\u{00BB}"
    }

    private func endsSentence(_ tokens: [Token], _ i: Int) -> Bool {
        let t = tokens[i].text
        // The next word is sought only after a token that may end a sentence.
        if t == "." || t == "!" || t == "?" || t == "..." || t == "\u{2026}" {
            guard let next = nextWord(tokens, i + 1) else { return false }  // the paragraph end closes it anyway
            if t == "..." || t == "\u{2026}" { return startsSentence(next, strict: true) }
            return startsSentence(next, strict: false)
        }
        // An abbreviation with its period inside the token may still end a sentence.
        if t.hasSuffix("."), t.count > 1, let next = nextWord(tokens, i + 1) {
            let stem = String(t.dropLast()).lowercased()
            if Abbreviations.neverFinal.contains(stem) { return false }
            if t.count == 2 { return false }  // an initial
            return Abbreviations.sentenceStarters.contains(next)
        }
        return false
    }

    private func nextWord(_ tokens: [Token], _ i: Int) -> String? {
        var k = i
        while k < tokens.count && Self.isCloser(tokens[k].text) { k += 1 }
        while k < tokens.count {
            let t = tokens[k].text
            if t == "\"" || t == "\u{201C}" || t == "(" || t == "'" || t == "\u{2018}" { k += 1; continue }
            return t
        }
        return nil
    }

    private func startsSentence(_ word: String, strict: Bool) -> Bool {
        guard let c = word.unicodeScalars.first else { return false }
        if CharClass.isUpper(c) { return true }
        if CharClass.isDigit(c) { return !strict }
        return false
    }
}
