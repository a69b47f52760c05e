/// A sentence: its text, where it sits in the article, and its tokens.
public struct Sentence: Sendable, Hashable, Codable {
    /// Position of the sentence in the article's body, counting from 0.
    public var index: Int
    /// Paragraph of the body the sentence came from, counting from 0.
    public var paragraph: Int
    public var text: String
    public var tokens: [Token]

    public init(index: Int, paragraph: Int, text: String, tokens: [Token]) {
        self.index = index
        self.paragraph = paragraph
        self.text = text
        self.tokens = tokens
    }
}
