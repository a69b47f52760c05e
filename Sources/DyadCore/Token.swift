/// One token of a sentence, with its character span and (once analysed) its annotations.
///
/// Offsets are Unicode scalar (code point) offsets into the sentence text, end exclusive, so
/// they agree with Python's `str` indexing of the same text.
public struct Token: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    /// Universal part-of-speech tag (UD UPOS), when a tagger or heuristic assigned one.
    public var upos: String?
    /// Language-specific tag (Penn Treebank XPOS for English), when known.
    public var xpos: String?
    public var lemma: String?
    /// Index of the syntactic head within the sentence's tokens, -1 for the root, nil if unparsed.
    public var head: Int?
    /// UD dependency relation to the head.
    public var deprel: String?
    /// Whether whitespace followed this token in the source text.
    public var spaceAfter: Bool

    public init(text: String, start: Int, end: Int, upos: String? = nil, xpos: String? = nil,
                lemma: String? = nil, head: Int? = nil, deprel: String? = nil, spaceAfter: Bool = true) {
        self.text = text
        self.start = start
        self.end = end
        self.upos = upos
        self.xpos = xpos
        self.lemma = lemma
        self.head = head
        self.deprel = deprel
        self.spaceAfter = spaceAfter
    }
}
