import DyadCore
import Foundation

/// Tagger, lemmatizer and parser in one stage: takes tokenized sentences, returns them with
/// `upos`, `xpos`, `lemma`, `head` and `deprel` filled in.
///
/// ```swift
/// let analyzer = try SyntacticAnalyzer.shipped()
/// let analysed = analyzer.analyze(sentence)
/// ```
public struct SyntacticAnalyzer: Sendable {
    public let tagger: Tagger
    public let lemmatizer: Lemmatizer
    /// The parser; its `beamWidth` may be changed to trade speed for accuracy.
    public var parser: DependencyParser
    /// Further parsers (for instance right-to-left ones); when there are any, every parser
    /// parses greedily and `combination` merges their trees with `parser`'s into one.
    public private(set) var companions: [DependencyParser]
    /// How the trees of `parser` and its companions are combined: by default every parser's
    /// votes weigh the same, scaled by their margins (chosen on EWT dev).
    public var combination = ParserCombination(confidence: 1, scale: 3)

    /// The parser's tag atom for each tagger class, so tags never go through strings.
    let tagAtoms: [UInt64]
    /// For each companion, the index in `parser.labels` of each of its relations (-1 if none).
    let companionLabels: [[Int]]

    public init(tagger: Tagger, lemmatizer: Lemmatizer, parser: DependencyParser, companions: [DependencyParser] = []) {
        self.tagger = tagger
        self.lemmatizer = lemmatizer
        self.parser = parser
        self.companions = companions
        tagAtoms = zip(tagger.upos, tagger.xpos).map { DependencyParser.tagAtom(upos: $0, xpos: $1) }
        var index: [String: Int] = [:]
        for (i, l) in parser.labels.enumerated() { index[l] = i }
        companionLabels = companions.map { c in c.labels.map { index[$0] ?? -1 } }
    }

    /// Tags and parses `words`: tagger classes, heads (0-based, -1 root) and relation indices
    /// into `parser.labels`. Word features are computed once and shared by both models.
    /// `hints`: what the caller knows of the words (see `WordHint`), one per word or none.
    public func tagAndParse(_ words: [String], hints: [WordHint] = []) -> (classes: [Int], heads: [Int], relations: [Int]) {
        var scratch: [UInt32] = []
        let atoms = Tagger.atoms(words, scratch: &scratch)
        let classes = tagger.tag(atoms: atoms, hints: hints)
        let w = atoms[2..<words.count + 2]
        let t = classes.map { tagAtoms[$0] }
        if companions.isEmpty {
            let tree = parser.parse(words: w, tags: t)
            return (classes, tree.heads, tree.labels)
        }
        let main = parser.parseWithMargins(words: w, tags: t)
        var trees = [ParserCombination.Tree(heads: main.heads, labels: main.labels, margins: main.margins)]
        for (c, companion) in companions.enumerated() {
            let r = companion.parseWithMargins(words: w, tags: t)
            let map = companionLabels[c]
            // A relation the main parser lacks votes as the main parser's relation of the word.
            let labels = r.labels.indices.map { map[r.labels[$0]] >= 0 ? map[r.labels[$0]] : main.labels[$0] }
            trees.append(ParserCombination.Tree(heads: r.heads, labels: labels, margins: r.margins))
        }
        let tree = combination.combine(trees)
        return (classes, tree.heads, tree.labels)
    }

    /// File names of the three models inside a model folder.
    public static let taggerFile = "tagger.dmod"
    public static let parserFile = "parser.dmod"
    public static let lemmatizerFile = "lemmatizer.tsv"

    /// The folder of the models shipped with dyad (trained on UD English-EWT).
    public static var shippedModelsURL: URL? {
        // `.copy("Resources")` keeps the folder; Foundation on Linux may already treat it as the
        // bundle's resource folder, so look in both places.
        let bundle = Bundle.module
        let candidates = [bundle.bundleURL.appendingPathComponent("Resources/models", isDirectory: true),
                          bundle.resourceURL?.appendingPathComponent("models", isDirectory: true),
                          bundle.resourceURL?.appendingPathComponent("Resources/models", isDirectory: true)]
        for case let url? in candidates
        where FileManager.default.fileExists(atPath: url.appendingPathComponent(taggerFile).path) {
            return url
        }
        return candidates[0]
    }

    /// File names of further parsers, combined with `parser.dmod` when present: `parser2.dmod`,
    /// `parser3.dmod` and so on, read until one is missing.
    public static func companionFile(_ k: Int) -> String { "parser\(k + 2).dmod" }

    /// Loads the three models from `folder`, any companion parsers there, and how to combine
    /// them (`combination.txt`, see `ParserCombination.init(parsing:file:parsers:defaults:)`).
    public init(modelsIn folder: URL) throws {
        var companions: [DependencyParser] = []
        while true {
            let url = folder.appendingPathComponent(SyntacticAnalyzer.companionFile(companions.count))
            guard FileManager.default.fileExists(atPath: url.path) else { break }
            companions.append(try DependencyParser(contentsOf: url))
        }
        self.init(tagger: try Tagger(contentsOf: folder.appendingPathComponent(SyntacticAnalyzer.taggerFile)),
                  lemmatizer: try Lemmatizer(contentsOf: folder.appendingPathComponent(SyntacticAnalyzer.lemmatizerFile)),
                  parser: try DependencyParser(contentsOf: folder.appendingPathComponent(SyntacticAnalyzer.parserFile)),
                  companions: companions)
        let settings = folder.appendingPathComponent(ParserCombination.fileName)
        if FileManager.default.fileExists(atPath: settings.path) {
            combination = try ParserCombination(parsing: TextFile.read(settings), file: settings.path,
                                                parsers: 1 + companions.count, defaults: combination)
        }
    }

    /// Loads the shipped models.
    public static func shipped() throws -> SyntacticAnalyzer {
        guard let url = shippedModelsURL else {
            throw DyadError.unreadable(input: "DyadText resources", reason: "the resource bundle has no models folder")
        }
        return try SyntacticAnalyzer(modelsIn: url)
    }

    /// Tags, lemmatizes and parses one sentence. `hints`: what the caller knows of the tokens
    /// (a name from an actor dictionary, a form only a verb has), one per token or none.
    public func analyze(_ sentence: Sentence, hints: [WordHint] = []) -> Sentence {
        var s = sentence
        if s.tokens.isEmpty { return s }
        let r = tagAndParse(s.tokens.map { Self.taggingForm($0.text) }, hints: hints)
        for i in s.tokens.indices {
            let c = r.classes[i]
            s.tokens[i].upos = tagger.upos[c]
            s.tokens[i].xpos = tagger.xpos[c]
            s.tokens[i].lemma = lemmatizer.lemma(s.tokens[i].text, upos: tagger.upos[c], xpos: tagger.xpos[c])
            s.tokens[i].head = r.heads[i]
            s.tokens[i].deprel = parser.labels[r.relations[i]]
        }
        return s
    }

    /// "THe", "tHE": a short function word typed with stray capitals is tagged as its usual
    /// form ("The"); all-capital words and ordinary capitalisation are left as they are.
    static func taggingForm(_ w: String) -> String {
        let b = w.utf8
        guard b.count >= 2, b.count <= 5 else { return w }
        var upperAfterFirst = false, lower = false
        for (k, c) in b.enumerated() {
            guard (c >= 65 && c <= 90) || (c >= 97 && c <= 122) else { return w }
            if c >= 97 { lower = true } else if k > 0 { upperAfterFirst = true }
        }
        guard upperAfterFirst && lower else { return w }
        let folded = w.lowercased()
        guard Lexicon.isFunctionWord(folded) else { return w }
        return folded.prefix(1).uppercased() + folded.dropFirst()
    }

    /// Analyses a gold-tokenized CoNLL-U sentence, replacing its annotation columns.
    public func analyze(_ sentence: CoNLLUSentence) -> CoNLLUSentence {
        var out = sentence
        let words = sentence.words.map(\.form)
        let r = tagAndParse(words)
        for (i, c) in r.classes.enumerated() {
            out.words[i].upos = tagger.upos[c]
            out.words[i].xpos = tagger.xpos[c]
            out.words[i].lemma = lemmatizer.lemma(words[i], upos: tagger.upos[c], xpos: tagger.xpos[c])
            out.words[i].feats = "_"
            out.words[i].deps = "_"
            out.words[i].head = r.heads[i] + 1
            out.words[i].deprel = parser.labels[r.relations[i]]
        }
        return out
    }
}

extension Tagger {
    /// A copy of `sentence` with this tagger's UPOS and XPOS.
    public func retag(_ sentence: CoNLLUSentence) -> CoNLLUSentence {
        var out = sentence
        for (i, c) in tag(sentence.words.map(\.form)).enumerated() {
            out.words[i].upos = upos[c]
            out.words[i].xpos = xpos[c]
        }
        return out
    }
}

extension ParserTrainer.Example {
    /// A training example from a CoNLL-U sentence, using its UPOS/XPOS columns as the tags.
    public init(_ s: CoNLLUSentence) {
        self.init(words: s.words.map(\.form), upos: s.words.map(\.upos), xpos: s.words.map(\.xpos),
                  heads: s.heads, relations: s.words.map(\.deprel))
    }
}

extension TaggerTrainer {
    /// Copies of `train` whose tags come from taggers trained on the other `folds - 1` folds.
    public func jackknifed(_ train: [CoNLLUSentence], folds: Int, progress: (String) -> Void = { _ in }) -> [CoNLLUSentence] {
        let classes = TagClasses(train)
        let predicted = jackknife(train, folds: folds, classes: classes, progress: progress)
        var out = train
        for i in out.indices {
            for (j, c) in predicted[i].enumerated() {
                out[i].words[j].upos = classes.upos[c]
                out[i].words[j].xpos = classes.xpos[c]
            }
        }
        return out
    }
}
