import DyadActors
import DyadCore
import DyadText

/// Phrases that mark text not to code: sports fixtures ("Manchester United", "Asian Cup"),
/// natural disasters, history ("years later"), where verbs of conflict and cooperation do not
/// describe political events.
///
/// Written in `*.discards` files, and read the same way from PETRARCH and TABARI discard files
/// (`PETR.Validate.discards.txt`): one phrase per line, `#` starts a comment, and
///
///     MONTHS LATER                 the sentence is not coded
///     +World Golf Championships    the whole article is not coded (title included)
///
/// A phrase matches whole words in order, without regard to case or diacritics.
public struct DiscardList: Sendable {
    public struct Entry: Sendable, Hashable {
        /// The phrase's words, folded (`TextFold`).
        public let words: [String]
        /// Whether the phrase discards the whole article rather than its sentence.
        public let wholeArticle: Bool
        /// `file:line`.
        public let origin: String

        /// How the entry explains a discard: `"article discard 'typhoon' (d.discards:3)"`.
        public var reason: String {
            "\(wholeArticle ? "article" : "sentence") discard '\(words.joined(separator: " "))' (\(origin))"
        }
    }

    /// Entries by their first word.
    private var byFirstWord: [String: [Entry]] = [:]
    public private(set) var count = 0

    public init() {}

    public var isEmpty: Bool { count == 0 }

    /// Adds the phrases of one file.
    ///
    /// - Throws: `DyadError.badData` naming the file and line for a line with no words (`+`
    ///   alone) when `strict` (dyad's own format); PETRARCH files skip such lines.
    /// - Returns: what was read, for the user's report.
    @discardableResult
    public mutating func load(parsing text: String, file: String, strict: Bool) throws -> DictionaryReport {
        var report = DictionaryReport(file: file, format: strict ? "dyad discards" : "PETRARCH discards")
        let stem = file.lastIndex(of: ".").map { String(file[..<$0]) } ?? file
        for line in PetrarchText.lines(text) {
            var phrase = Substring(line.text)
            let whole = phrase.first == "+"
            if whole { phrase = phrase.dropFirst() }
            let words = phrase.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "_" }).map { TextFold.fold(String($0)) }
            guard !words.isEmpty else {
                if strict { throw DyadError.badData(file: file, line: line.number, reason: "expected a phrase after '+'") }
                report.skip("lines without a phrase", line: line.number)
                continue
            }
            report.read += 1
            report.produced += 1
            byFirstWord[words[0], default: []].append(Entry(words: words, wholeArticle: whole, origin: "\(stem):\(line.number)"))
            count += 1
        }
        return report
    }

    /// The entry whose phrase occurs in `words` (folded token texts): the first article discard,
    /// else the first sentence discard, else nil.
    public func match(_ words: [String]) -> Entry? {
        guard !isEmpty else { return nil }
        var sentenceHit: Entry?
        for i in words.indices {
            guard let entries = byFirstWord[words[i]] else { continue }
            for e in entries where i + e.words.count <= words.count && zip(e.words, words[i...]).allSatisfy({ $0 == $1 }) {
                if e.wholeArticle { return e }
                if sentenceHit == nil { sentenceHit = e }
            }
        }
        return sentenceHit
    }

    /// The first entry in a sentence, by its tokens.
    public func match(_ sentence: Sentence) -> Entry? {
        isEmpty ? nil : match(sentence.tokens.map { TextFold.fold($0.text) })
    }
}
