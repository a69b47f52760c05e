import DyadCore

/// One syntactic word of a CoNLL-U sentence (a line whose ID is a plain integer).
public struct CoNLLUWord: Sendable, Hashable {
    public var form: String
    public var lemma: String
    public var upos: String
    public var xpos: String
    public var feats: String
    /// Head as written in the file: 0 for the root, 1...n for a word; nil when the column is `_`.
    public var head: Int?
    public var deprel: String
    public var deps: String
    public var misc: String
    /// Line of the file the word was read from (1-based), 0 when built in code.
    public var line: Int

    public init(form: String, lemma: String = "_", upos: String = "_", xpos: String = "_",
                feats: String = "_", head: Int? = nil, deprel: String = "_", deps: String = "_",
                misc: String = "_", line: Int = 0) {
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.head = head
        self.deprel = deprel
        self.deps = deps
        self.misc = misc
        self.line = line
    }

    /// Whether MISC says no space follows.
    public var noSpaceAfter: Bool {
        misc.split(separator: "|").contains("SpaceAfter=No")
    }
}

/// A multiword token such as `1-2 don't`, spanning words `first...last` (1-based, inclusive).
public struct CoNLLUMultiword: Sendable, Hashable {
    public var first: Int
    public var last: Int
    public var form: String
    public var misc: String
}

/// A sentence of a CoNLL-U file: comments, syntactic words and multiword tokens.
public struct CoNLLUSentence: Sendable, Hashable {
    public var comments: [String]
    public var words: [CoNLLUWord]
    public var multiwords: [CoNLLUMultiword]
    /// First line of the sentence in its file (1-based).
    public var line: Int

    public init(comments: [String] = [], words: [CoNLLUWord], multiwords: [CoNLLUMultiword] = [], line: Int = 0) {
        self.comments = comments
        self.words = words
        self.multiwords = multiwords
        self.line = line
    }

    /// The value of the `# text = ...` comment, if present.
    public var text: String? { comment("text") }

    /// The value of the `# sent_id = ...` comment, if present.
    public var sentID: String? { comment("sent_id") }

    private func comment(_ key: String) -> String? {
        let prefix = "# \(key) = "
        for c in comments where c.hasPrefix(prefix) { return String(c.dropFirst(prefix.count)) }
        return nil
    }

    /// Gold heads as 0-based word indices, -1 for the root (nil entries become -1).
    public var heads: [Int] { words.map { ($0.head ?? 0) - 1 } }

    /// The sentence as dyad tokens, with gold annotations and character offsets rebuilt from
    /// spacing. Words of a multiword token share its span.
    public func toSentence(index: Int = 0) -> Sentence {
        var tokens: [Token] = []
        tokens.reserveCapacity(words.count)
        var text = ""
        var pos = 0
        var mwtByFirst: [Int: CoNLLUMultiword] = [:]
        for m in multiwords { mwtByFirst[m.first] = m }
        var i = 1
        while i <= words.count {
            if let m = mwtByFirst[i], m.last <= words.count {
                let len = m.form.unicodeScalars.count
                let space = !m.misc.split(separator: "|").contains("SpaceAfter=No")
                for j in m.first...m.last {
                    tokens.append(token(words[j - 1], start: pos, end: pos + len, space: space))
                }
                text += m.form
                pos += len
                if space && m.last < words.count { text += " "; pos += 1 }
                i = m.last + 1
            } else {
                let w = words[i - 1]
                let len = w.form.unicodeScalars.count
                let space = !w.noSpaceAfter
                tokens.append(token(w, start: pos, end: pos + len, space: space))
                text += w.form
                pos += len
                if space && i < words.count { text += " "; pos += 1 }
                i += 1
            }
        }
        return Sentence(index: index, paragraph: 0, text: self.text ?? text, tokens: tokens)
    }

    private func token(_ w: CoNLLUWord, start: Int, end: Int, space: Bool) -> Token {
        func opt(_ s: String) -> String? { s == "_" && w.form != "_" ? nil : s }
        return Token(text: w.form, start: start, end: end, upos: opt(w.upos), xpos: opt(w.xpos),
                     lemma: opt(w.lemma), head: w.head.map { $0 - 1 }, deprel: opt(w.deprel),
                     spaceAfter: space)
    }
}
