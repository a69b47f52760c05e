import DyadCore
import DyadText

/// Sentence structure from word order and closed-class words, without a parser.
///
/// Clause boundaries are `;`, `:`, dashes and subordinating words ("that", "which", "but",
/// "while", ...). The subject of a verb is searched between the clause start and the verb
/// group; a verb group takes in auxiliaries, negation, adverbs and chains of controlling verbs
/// ("has been trying to tempt", "insists on standing", "threatened to wage"). A relative
/// pronoun right before the verb group points to the phrase before it.
public struct HeuristicAnalyzer: SentenceAnalyzer {
    /// Irregular past participles ("sent", "held", "taken"); regular ones end in -ed.
    public let participles: Set<String>

    public init(participles: Set<String> = []) {
        self.participles = participles
    }

    static let adverbs: Set<String> = [
        "also", "already", "once", "still", "just", "now", "recently", "reportedly", "repeatedly",
        "again", "even", "further", "allegedly", "apparently", "previously", "formerly", "later",
        "soon", "then", "ever", "yet", "only", "first", "finally", "publicly", "openly", "strongly",
        "officially", "jointly", "reluctantly", "quickly", "immediately", "effectively", "long",
        "often", "always", "clearly", "firmly", "swiftly", "duly", "initially", "eventually",
        "subsequently", "personally", "directly", "increasingly", "partly", "largely", "fully",
    ]
    static let boundaryWords: Set<String> = [
        "that", "which", "who", "whom", "whose", "but", "while", "whereas", "although", "though",
        "because", "when", "whenever", "if", "unless", "where", "after", "before", "since", "until",
        "so", "however", "meanwhile", "whether",
    ]
    static let relativePronouns: Set<String> = ["who", "which", "that"]
    /// Verbs that weigh an act not yet decided: "is considering sending troops" is hypothetical.
    /// Verbs of aspect that take a gerund and leave its act as certain as themselves.
    static let aspectVerbs: Set<String> = [
        "continue", "continues", "continued", "continuing", "keep", "keeps", "kept", "keeping",
        "resume", "resumes", "resumed", "resuming", "start", "starts", "started", "starting",
        "begin", "begins", "began", "begun", "beginning",
    ]

    static let weighingVerbs: Set<String> = [
        "consider", "considers", "considered", "considering", "weigh", "weighs", "weighed", "weighing",
        "mull", "mulls", "mulled", "mulling", "contemplate", "contemplates", "contemplated", "contemplating",
        "discuss", "discusses", "discussed", "discussing", "explore", "explores", "explored", "exploring",
    ]

    /// Verbs that deny their complement: "denied attacking", "refused to submit", "failed to".
    static let negatingVerbs: Set<String> = Lexicon.denialVerbs.union(cessationVerbs).union([
        "refuse", "refuses", "refused", "refusing",
        "decline", "declines", "declined", "declining", "fail", "fails", "failed", "failing",
        "reject", "rejects", "rejected", "rejecting", "avoid", "avoids", "avoided", "avoiding",
    ])
    /// Tags of a word before "to" that is no controlling verb.
    static let nominalTags: Set<String> = ["NOUN", "PROPN", "PRON", "NUM"]
    /// Verbs that end an ongoing act: "stopped arming the rebels", "ceased to fund".
    static let cessationVerbs: Set<String> = ["stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased",
                                              "halt", "halts", "halted"]
    /// Verbs whose object does the infinitive after it: "urged X to", "asked X to".
    static let helpForms: Set<String> = ["help", "helps", "helped", "helping"]

    static let objectControlVerbs: Set<String> = [
        "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "want", "wants",
        "wanted", "wanting", "press", "presses", "pressed", "pressing", "pressure", "pressures",
        "pressured", "pressuring", "call", "calls", "called", "calling", "allow", "allows",
        "allowed", "allowing", "permit", "permits", "permitted", "encourage", "encourages",
        "encouraged", "encouraging", "persuade", "persuaded", "force", "forces", "forced",
        "order", "orders", "ordered", "invite", "invites", "invited", "tell", "tells", "told",
        "warn", "warns", "warned", "advise", "advised", "request", "requested", "demand",
        "demanded", "permission", "appeal", "appealed", "implore", "implored", "help", "helped",
    ]
    /// Nouns of fear or chance whose "that" clause is only supposed ("fears that Iran will attack").
    static let supposingNouns: Set<String> = [
        "fear", "fears", "risk", "risks", "possibility", "possibilities", "prospect", "prospects",
        "danger", "dangers", "chance", "chances", "likelihood", "concern", "concerns", "worry",
        "worries", "speculation", "suspicion", "suspicions", "scenario", "hypothesis", "doubt", "doubts",
        "rumor", "rumors", "rumour", "rumours",
    ]
    /// Forms of "threaten": what is threatened is a threat (CAMEO 13), whatever its code.
    static let threateningVerbs: Set<String> = ["threaten", "threatened", "threatens", "threatening"]
    static let controlPrepositions: Set<String> = ["on", "in", "of", "about", "into", "by", "for", "from", "without", "at"]

    public func frame(for anchor: Int, isNoun: Bool, in analyzed: AnalyzedSentence) -> PredicateFrame {
        let sentence = analyzed.sentence
        let words = analyzed.words
        var rules: [String] = []
        var negated = false
        var modality = Modality.asserted
        var isPassive = false
        var objectControlled = false

        // 1. The verb group, walking left from the anchor.
        var chainStart = anchor
        if !isNoun {
            var k = anchor - 1
            var sawBe = false
            var crossedChain = false
            while k >= 0 {
                let w = words[k]
                if Lexicon.negations.contains(w) && w != "no" {
                    negated.toggle()
                    k -= 1
                    continue
                }
                if Lexicon.auxiliaries.contains(w) {
                    if !crossedChain && Lexicon.beForms.contains(w) && k == chainStart - 1 - countAdverbs(words, k + 1, chainStart) { sawBe = true }
                    if Lexicon.futureAuxiliaries.contains(w) {
                        modality = stronger(modality, .intended); rules.append("modality.future")
                    } else if Lexicon.intentionWords.contains(w) {
                        modality = stronger(modality, .intended); rules.append("modality.intention")
                    }
                    if Lexicon.hypotheticalWords.contains(w) { modality = stronger(modality, .hypothetical) }
                    k -= 1
                    chainStart = k + 1
                    continue
                }
                if Self.adverbs.contains(w) || (w.hasSuffix("ly") && w.count > 4) {
                    if Lexicon.pastMarkers.contains(w) { modality = stronger(modality, .past); rules.append("modality.past-marker") }
                    k -= 1
                    continue
                }
                // Infinitive or gerund complement of a controlling verb: "trying to tempt", "insists on standing".
                if (w == "to" || Self.controlPrepositions.contains(w)) && k > 0 && k == chainStart - 1 - countAdverbs(words, k + 1, chainStart) {
                    // "threatened today to impose", "vowed on Monday to retaliate": past the day.
                    var vk = k - 1
                    if w == "to", vk > 1, Lexicon.dayWords.contains(words[vk]) {
                        vk -= 1
                        if words[vk] == "on" && vk > 1 { vk -= 1 }
                    }
                    let v = words[vk]
                    // A noun before "to" is no controlling verb ("urged the two sides to protect").
                    let nominal = Self.nominalTags.contains(sentence.tokens[vk].upos ?? "")
                        && !Lexicon.intentionWords.contains(v) && !Lexicon.scheduleWords.contains(v) && !Lexicon.hypotheticalWords.contains(v) && !Self.negatingVerbs.contains(v)
                    if !nominal && !Lexicon.isFunctionWord(v) && !v.isEmpty && v.first!.isLetter && !isCapitalized(sentence.tokens[vk].text, at: vk) {
                        if w != "to" && !words[anchor].hasSuffix("ing") { break }
                        if Lexicon.intentionWords.contains(v) { modality = stronger(modality, .intended); rules.append("modality.intention") }
                        if Lexicon.scheduleWords.contains(v) { modality = stronger(modality, .intended); rules.append("modality.future") }
                        if Self.threateningVerbs.contains(v) { rules.append("modality.threat") }
                        if Self.negatingVerbs.contains(v) {
                            negated.toggle()
                            rules.append("negation.verb")
                            if Self.cessationVerbs.contains(v) { rules.append("negation.cessation") }
                        }
                        if Lexicon.hypotheticalWords.contains(v) { modality = stronger(modality, .hypothetical) }
                        rules.append("structure.control-chain")
                        crossedChain = true
                        k = vk - 1
                        chainStart = k + 1
                        continue
                    }
                }
                // "help rebuild", "to help win": a bare infinitive after "help" belongs to the
                // chain of whoever helps.
                if k == chainStart - 1 - countAdverbs(words, k + 1, chainStart), Self.helpForms.contains(w), k > 0,
                   sentence.tokens[anchor].xpos.map({ $0 == "VB" }) ?? true {
                    rules.append("structure.control-chain")
                    crossedChain = true
                    k -= 1
                    chainStart = k + 1
                    continue
                }
                // A gerund right after a weighing verb: "is considering sending troops".
                if words[anchor].hasSuffix("ing") && k == chainStart - 1 && Self.weighingVerbs.contains(w) {
                    modality = stronger(modality, .hypothetical)
                    rules += ["modality.weighing", "structure.control-chain"]
                    crossedChain = true
                    k -= 1
                    chainStart = k + 1
                    continue
                }
                // A gerund right after a verb of aspect: "vowed to continue attacking", "threatened
                // to keep striking": the act is as intended as the chain that governs the aspect.
                if words[anchor].hasSuffix("ing") && k == chainStart - 1 && Self.aspectVerbs.contains(w) {
                    rules.append("structure.control-chain")
                    crossedChain = true
                    k -= 1
                    chainStart = k + 1
                    continue
                }
                // A gerund right after a denying verb: "denied attacking", "stopped supplying".
                // A denial says the act did not happen, where a refusal says it will not.
                if words[anchor].hasSuffix("ing") && k == chainStart - 1 && Self.negatingVerbs.contains(w) {
                    negated.toggle()
                    rules.append("negation.verb")
                    if Lexicon.denialVerbs.contains(w) { rules.append("negation.denial") }
                    if Self.cessationVerbs.contains(w) { rules.append("negation.cessation") }
                    k -= 1
                    chainStart = k + 1
                    continue
                }
                // "urged Germany to send", "asked him to help": the infinitive is someone else's
                // wish for the object, not an event of its own.
                if w == "to" && words[max(0, k - 5)..<k].contains(where: { Self.objectControlVerbs.contains($0) }) {
                    objectControlled = true
                    rules.append("structure.object-control")
                }
                break
            }
            let anchorWord = words[anchor]
            if sawBe && (anchorWord.hasSuffix("ed") || participles.contains(anchorWord)) {
                isPassive = true
                rules.append("structure.passive")
            }
            if words[max(0, chainStart)..<anchor].contains("had") { modality = stronger(modality, .past) }
        }

        // 2. The clause start, walking left from the verb group.
        var clauseStart = 0
        var antecedent: Range<Int>?
        var outer: Range<Int>?
        var speaker: Range<Int>?
        var k = chainStart - 1
        while k >= 0 {
            let w = words[k]
            if Self.isClausePunctuation(w, colon: true) {
                clauseStart = k + 1
                break
            }
            if Self.boundaryWords.contains(w) {
                clauseStart = k + 1
                if Self.relativePronouns.contains(w) && !isNoun && k == chainStart - 1 - countAdverbs(words, k + 1, chainStart) {
                    // "Trump, who once threatened": the subject is the phrase before the pronoun.
                    var e = k
                    while e > 0 && (words[e - 1] == "," ) { e -= 1 }
                    antecedent = max(0, e - 8)..<e
                    rules.append("structure.relative-clause")
                }
                // "fears that Iran will attack Israel", "the risk that Russia invades": an act
                // that a noun of fear or chance puts forward is only supposed (not a threat of
                // its doer's).
                if w == "that", k > 0, Self.supposingNouns.contains(words[k - 1]) {
                    modality = stronger(modality, .hypothetical)
                    rules.append("modality.supposed-clause")
                }
                let reported = w == "that" && k > 0 && Lexicon.reportingVerbs.contains(words[k - 1])
                if reported {
                    modality = stronger(modality, .reported)
                    rules.append("modality.reported-complement")
                }
                if w == "before" || w == "until" { modality = stronger(modality, .past) }
                if w == "if" || w == "unless" || w == "whether" { modality = stronger(modality, .hypothetical) }
                // The governing clause's subject region.
                var o = k - 1
                while o >= 0 && !Self.boundaryWords.contains(words[o]) && words[o] != ";" { o -= 1 }
                outer = (o + 1)..<k
                if reported { speaker = (o + 1)..<(k - 1) }
                break
            }
            k -= 1
        }
        if isNoun {
            // An event noun's own modifiers come first; the clause subject is the fallback.
            clauseStart = min(clauseStart, anchor)
        }

        // 3. The complement region, walking right from the anchor.
        var end = sentence.tokens.count
        var j = anchor + 1
        while j < words.count {
            let w = words[j]
            if Self.isClausePunctuation(w, colon: false) || (Self.boundaryWords.contains(w) && w != "that" && w != "since" && w != "after" && w != "before" && w != "until") {
                end = j
                break
            }
            // Not the "that" right after an event noun, which opens what the noun is about
            // ("its demand that Sweden extradite the suspects").
            if w == "that" && j + 1 < words.count && !Lexicon.determiners.contains(words[j + 1]) && !(isNoun && j == anchor + 1) {
                end = j
                break
            }
            j += 1
        }
        // Passive agent: "by X" in the complements.
        var agent: Range<Int>?
        if isPassive, let by = words[(anchor + 1)..<end].firstIndex(of: "by") {
            var e = by + 1
            while e < end {
                let w = words[e]
                if e > by + 1 && (w == "," || (Lexicon.prepositions.contains(w) && w != "of")) { break }
                e += 1
            }
            agent = (by + 1)..<e
            rules.append("structure.passive-agent")
        }
        return PredicateFrame(anchor: anchor, subjectRange: clauseStart..<max(clauseStart, chainStart),
                              antecedentRange: antecedent, complementRange: (anchor + 1)..<max(anchor + 1, end),
                              isPassive: isPassive, agentRange: agent, negated: negated, modality: modality,
                              outerSubjectRange: outer, objectControlled: objectControlled,
                              speakerRange: speaker, rules: rules)
    }

    /// A dash between clauses, as folded ("-", "--"; em and en dashes fold to "-").
    static func isDash(_ w: String) -> Bool { w == "-" || w == "--" || w == "\u{2014}" || w == "\u{2013}" }

    /// ";", a dash, or with `colon` ":": punctuation that ends a clause. The first byte is
    /// looked at before any word is compared, as this runs on every word around every anchor.
    static func isClausePunctuation(_ w: String, colon: Bool) -> Bool {
        guard let b = w.utf8.first, b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: "-") || b == 0xE2 else { return false }
        return w == ";" || (colon && w == ":") || isDash(w)
    }

    private func countAdverbs(_ words: [String], _ from: Int, _ to: Int) -> Int {
        guard from < to else { return 0 }
        return words[from..<to].filter { Self.adverbs.contains($0) || Lexicon.negations.contains($0) || ($0.hasSuffix("ly") && $0.count > 4) }.count
    }

    private func isCapitalized(_ text: String, at index: Int) -> Bool {
        guard index > 0, let f = text.unicodeScalars.first else { return false }
        return f.properties.isUppercase
    }

    /// Modality precedence: the weakest claim wins (hypothetical > reported > intended > past > asserted).
    func stronger(_ a: Modality, _ b: Modality) -> Modality {
        func rank(_ m: Modality) -> Int {
            switch m {
            case .asserted: 0
            case .past: 1
            case .intended: 2
            case .reported: 3
            case .hypothetical: 4
            }
        }
        return rank(b) > rank(a) ? b : a
    }
}
