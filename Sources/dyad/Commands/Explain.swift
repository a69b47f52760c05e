import ArgumentParser
import DyadActors
import DyadCoder
import DyadCore
import DyadText
import Foundation

extension Dyad {
    /// `dyad explain`: how one sentence is read and coded.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show how a sentence is coded: tokens, actors, predicate frames, patterns tried and events.")

        @Argument(help: "The sentence (or a short text) to explain.")
        var text: String

        @Option(help: "The article date (YYYY-MM-DD): who held office then, and the day \"on Wednesday\" or \"yesterday\" means.")
        var date: String?

        @OptionGroup var dictionaryOptions: DictionaryOptions
        @OptionGroup var structureOptions: StructureOptions

        func validate() throws {
            _ = try parseDateOption(date)
            if text.trimmingSpaces.isEmpty { throw ValidationError("Nothing to explain: the sentence is empty.") }
        }

        func run() throws {
            let d = try parseDateOption(date)
            let coder = EventCoder(resources: try dictionaryOptions.load(), syntax: try structureOptions.syntax())
            let article = Article(id: "explain", published: d?.description, body: [text], sourceFormat: "text")
            let coded = coder.code(article)
            var out = Output()
            if let why = coded.discard { out.write("NOT CODED: \(why)\n") }
            for s in coded.sentences {
                out.write(ExplainReport.render(s, resources: coder.resources))
            }
            out.write("\nEVENTS\n")
            out.write(coded.events.isEmpty ? "  none\n" : TableEventWriter(showEvidence: true).render(coded.events))
            out.flush()
        }
    }
}

/// The text of `dyad explain` for one sentence.
enum ExplainReport {
    static func render(_ s: SentenceTrace, resources: CodingResources) -> String {
        let toks = s.sentence.tokens
        var out = "SENTENCE \(s.sentence.index): \(s.sentence.text)\n\nTOKENS\n  "
        out += toks.enumerated().map { "\($0.offset):\($0.element.text)" }.joined(separator: " ") + "\n"
        if toks.contains(where: { $0.head != nil }) {
            // The parse: tag, lemma, head and relation of each token.
            out += "\nTREE\n"
            for (i, t) in toks.enumerated() {
                let head = t.head.map { $0 < 0 ? "root" : "\($0):\(toks[$0].text)" } ?? "-"
                out += "  \(i):\(t.text)  \(t.upos ?? "-")/\(t.xpos ?? "-")  \(t.lemma ?? "-")  \(t.deprel ?? "-") <- \(head)\n"
            }
        }
        out += "\nACTORS\n"
        if s.actors.isEmpty { out += "  none\n" }
        for a in s.actors {
            let words = toks[a.start..<a.end].map(\.text).joined(separator: " ")
            var line = "  [\(a.start)-\(a.end)) \"\(words)\" -> \(a.ref?.code ?? "(unattributed)")"
            if let e = a.ref?.entity { line += " (\(e))" }
            var flags: [String] = []
            if a.isPossessive { flags.append("possessive") }
            if a.isModifier { flags.append("modifier") }
            if a.isCoreferent { flags.append("coreferent; candidates: " + a.candidates.map(\.code).joined(separator: ", ")) }
            if !flags.isEmpty { line += " [" + flags.joined(separator: "; ") + "]" }
            line += "  rules: " + a.rules.joined(separator: ", ")
            out += line + "\n"
        }
        out += "\nPREDICATES\n"
        if let why = s.discard { out += "  not coded: \(why)\n" }
        else if s.frames.isEmpty { out += "  no verb or noun of any pattern in this sentence\n" }
        for f in s.frames {
            func words(_ r: Range<Int>?) -> String {
                guard let r, !r.isEmpty else { return "-" }
                return toks[r].map(\.text).joined(separator: " ")
            }
            out += "  \(f.anchor):\(toks[f.anchor].text)  subject region: \"\(words(f.subjectRange))\"  complement: \"\(words(f.complementRange))\""
            if f.isPassive { out += "  passive, agent: \"\(words(f.agentRange))\"" }
            if f.negated { out += "  negated" }
            out += "  modality: \(f.modality.rawValue)"
            if !f.rules.isEmpty { out += "  rules: " + f.rules.joined(separator: ", ") }
            out += "\n"
            for a in s.attempts where a.anchor == f.anchor {
                let why: String
                switch a.outcome {
                case let .fired(n): why = "FIRED (\(n) event\(n == 1 ? "" : "s"))"
                case let .noMatch(reason): why = "no match: \(reason)"
                case .noSource: why = "no source actor found"
                case .noTarget: why = "no target actor found"
                case .negated: why = "negated, and the pattern gives no code for the negation"
                case .sameActor: why = "source and target are the same country"
                case .noEvent: why = "matched a pattern that codes nothing (---)"
                }
                out += "    \(a.patternID)  \(a.patternText)  ->  \(why)\n"
            }
        }
        return out
    }
}
