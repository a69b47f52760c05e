import DyadActors
import DyadCoder
import DyadCore
import DyadExtract
import DyadText
import Foundation

/// The readers and loaders that take untrusted bytes, one fuzz target each.
///
/// Each target feeds the input to one reader and checks what must hold whatever the input:
/// no crash, no hang, and results that are internally consistent (token spans inside their
/// sentence, articles with a non-empty body). Errors thrown for bad input are expected.
enum FuzzTarget: String, CaseIterable, Sendable {
    case html, warc, feed, text, actors, agents, verbs, coordinates, petrarchActors = "petrarch-actors",
         petrarchAgents = "petrarch-agents", petrarchVerbs = "petrarch-verbs"

    /// The target named by `DYAD_FUZZ_TARGET`, read once.
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["DYAD_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("DYAD_FUZZ_TARGET must be one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()

    /// English inflections for the verb loaders, loaded once (not from the fuzzed input).
    static let inflection: Inflection = (try? Inflection.standard()) ?? Inflection()

    func run(_ data: Data) {
        switch self {
        case .html:
            // Small limits keep each run fast; the limit checks themselves are exercised too.
            let extractor = HTMLExtractor(maxPageBytes: 1 << 20)
            if let a = try? extractor.article(from: data, name: "fuzz.html") { Self.check(a) }
            _ = try? extractor.explain(data, name: "fuzz.html")
        case .warc:
            let reader = WARCReader(maxRecordBytes: 1 << 20, extractor: HTMLExtractor(maxPageBytes: 1 << 20))
            var articles = 0
            let summary = reader.read(data, name: "fuzz.warc") { r in
                if case let .success(a) = r { Self.check(a); articles += 1 }
            }
            precondition(summary.articles == articles, "WARC summary counts \(summary.articles) articles, saw \(articles)")
            _ = InputFormat.detect(data)
        case .feed:
            FeedReader(extractor: HTMLExtractor(maxPageBytes: 1 << 20), maxFeedBytes: 1 << 20).read(data, name: "fuzz.rss") { r in
                if case let .success(a) = r { Self.check(a) }
            }
            _ = try? OPMLReader().feeds(in: data, name: "fuzz.opml")
        case .text:
            let text = String(decoding: data, as: UTF8.self)
            for sentence in SentenceSplitter().split(paragraphs: text.split(separator: "\n").map(String.init)) {
                Self.check(sentence)
            }
            let length = text.unicodeScalars.count
            for token in Tokenizer().tokenize(text) {
                precondition(0 <= token.start && token.start < token.end && token.end <= length,
                             "token span \(token.start)..<\(token.end) outside a text of \(length) scalars")
            }
            _ = DateExpressions.find(in: text)
            if let a = try? PlainTextReader().read(data, name: "fuzz.txt") { Self.check(a) }
            for (n, line) in text.split(separator: "\n").enumerated() {
                if let a = try? JSONLinesReader().article(fromLine: line, number: n + 1, input: "fuzz.jsonl") { Self.check(a) }
            }
        case .actors:
            var d = ActorDictionary()
            try? d.load(parsing: String(decoding: data, as: UTF8.self), file: "fuzz.actors")
        case .agents:
            var d = AgentDictionary()
            try? d.load(parsing: String(decoding: data, as: UTF8.self), file: "fuzz.agents")
        case .verbs:
            var d = VerbPatternDictionary(inflection: Self.inflection)
            try? d.load(parsing: String(decoding: data, as: UTF8.self), file: "fuzz.verbs")
        case .coordinates:
            var g = Gazetteer()
            try? g.load(parsing: String(decoding: data, as: UTF8.self), file: "fuzz.coordinates")
            for p in g.places {
                precondition((-90...90).contains(p.lat) && (-180...180).contains(p.lon), "\(p.name): coordinates out of range")
                precondition(g.place(named: p.name, country: p.country) != nil, "\(p.name) was loaded but cannot be found")
            }
        case .petrarchActors:
            var d = ActorDictionary()
            _ = try? d.load(petrarchActors: String(decoding: data, as: UTF8.self), file: "fuzz.actors.txt")
        case .petrarchAgents:
            var d = AgentDictionary()
            _ = try? d.load(petrarchAgents: String(decoding: data, as: UTF8.self), file: "fuzz.agents.txt")
        case .petrarchVerbs:
            for defaults in PetrarchVerbReader.Defaults.allCases {
                var d = VerbPatternDictionary(inflection: Self.inflection)
                _ = try? d.load(petrarchVerbs: String(decoding: data, as: UTF8.self), file: "fuzz.verbs.txt", defaults: defaults)
            }
        }
    }

    /// What every article a reader hands out must satisfy.
    static func check(_ a: Article) {
        precondition(!a.body.isEmpty, "an article with an empty body was handed out")
        if let p = a.published {
            precondition(CalendarDate(iso: p) != nil, "an article's date '\(p)' is not a real date")
        }
    }

    /// Token spans lie inside their sentence and follow one another.
    static func check(_ s: Sentence) {
        let length = s.text.unicodeScalars.count
        var previousEnd = 0
        for t in s.tokens {
            precondition(previousEnd <= t.start && t.start < t.end && t.end <= length,
                         "token '\(t.text)' at \(t.start)..<\(t.end) outside a sentence of \(length) scalars or overlapping")
            previousEnd = t.end
        }
    }
}
