import DyadCore
import DyadText

/// Sentence structure from the dependency tree of dyad's own parser.
///
/// The word-order analysis (`HeuristicAnalyzer`) still supplies what the tree does not decide
/// (auxiliaries and modality, control chains, negating verbs); the tree then decides the
/// subject (through control, coordination and relative clauses), voice, the passive agent, the
/// extent of the complements and the governing clause's subject. A sentence without a parse
/// gets the word-order frame unchanged.
public struct TreeAnalyzer: SentenceAnalyzer {
    public let fallback: HeuristicAnalyzer

    public init(fallback: HeuristicAnalyzer) {
        self.fallback = fallback
    }

    static let subjectRelations: Set<String> = ["nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer"]
    /// Dependents that start a clause of their own: the complement region stops before them.
    static let clauseRelations: Set<String> = ["parataxis", "conj", "discourse", "list", "vocative", "reparandum"]
    /// Dependents passed over without extending the complements.
    static let neutralRelations: Set<String> = ["punct", "cc", "mark", "dep"]
    /// Prepositions that introduce a gerund the pattern may spell out ("tempt X into increasing").
    static let gerundPrepositions: Set<String> = ["into", "on", "by", "for", "from", "of", "about", "in", "without", "against", "over", "to", "at", "with"]
    static let relativeWords: Set<String> = ["who", "which", "that", "whom", "whose"]
    /// Words before an event noun that make the act a supposed one.
    static let supposingWords: Set<String> = ["any", "possible", "potential", "future", "eventual", "hypothetical"]
    /// Verbs of saying something more: a second utterance of a speaker ("said ... and warned").
    static let utteranceVerbs: Set<String> = Lexicon.reportingVerbs.union([
        "warn", "warned", "warns", "vow", "vowed", "vows", "threaten", "threatened", "threatens",
        "urge", "urged", "urges", "pledge", "pledged", "pledges", "promise", "promised", "promises",
        "accuse", "accused", "accuses", "demand", "demanded", "demands", "call", "called", "calls",
    ])
    /// Forms of protest whose purpose ("a hunger strike to protest ...") is their doer's.
    static let protestActivityNouns: Set<String> = [
        "strike", "strikes", "rally", "rallies", "protest", "protests", "demonstration", "demonstrations",
        "march", "marches", "sit-in", "sit-ins", "boycott", "walkout", "vigil", "blockade",
    ]
    /// Nouns that forbid the act of a gerund under them ("a ban on supplying weapons").
    static let prohibitionNouns: Set<String> = ["ban", "bans", "moratorium", "prohibition", "embargo", "veto"]
    /// Nouns of intent that "no" denies ("no plans to", "no intention of").
    static let intentionNouns: Set<String> = ["plan", "plans", "intention", "intentions", "desire", "wish"]

    public func frame(for anchor: Int, isNoun: Bool, in analyzed: AnalyzedSentence) -> PredicateFrame {
        var frame = fallback.frame(for: anchor, isNoun: isNoun, in: analyzed)
        // "respond to any attack on its territory", "a possible strike": an act of no
        // particular time or doer is only supposed.
        if isNoun, frame.modality != .hypothetical {
            var k = anchor - 1
            while k >= 0, anchor - k <= 3, ["ADJ", "NOUN"].contains(analyzed.sentence.tokens[k].upos ?? "")
                    && !Self.supposingWords.contains(analyzed.words[k]) { k -= 1 }
            if k >= 0, Self.supposingWords.contains(analyzed.words[k]) {
                frame.modality = .hypothetical
                frame.rules.append("modality.supposed-act")
            }
        }
        if !isNoun, let tree = analyzed.tree, anchor < tree.heads.count {
            // "India to curb rice exports": a headline's infinitive with its subject and no
            // verb above it is what is planned.
            if tree.heads[anchor] < 0, frame.modality == .asserted,
               tree.dependents(of: anchor, ["mark"]).contains(where: { analyzed.words[$0] == "to" }),
               !tree.dependents(of: anchor, ["nsubj", "nsubj:pass"]).isEmpty,
               tree.dependents(of: anchor, ["aux", "aux:pass"]).isEmpty {
                frame.modality = .intended
                frame.rules += ["modality.future", "tree.headline-infinitive"]
            }
            // "its ban on supplying weapons": an act under a ban is not done.
            let w = analyzed.words
            if !frame.negated, analyzed.sentence.tokens[anchor].xpos == "VBG",
               (tree.heads[anchor] >= 0 && Self.prohibitionNouns.contains(w[tree.heads[anchor]]))
                || (anchor >= 2 && w[anchor - 1] == "on" && Self.prohibitionNouns.contains(w[anchor - 2])) {
                frame.negated = true
                frame.rules.append("negation.prohibited")
            }
            // "said it had no plans to lift sanctions", "has no intention of attacking": an
            // intent denied.
            if !frame.negated, anchor >= 3, ["to", "of"].contains(w[anchor - 1].lowercased()),
               Self.intentionNouns.contains(w[anchor - 2].lowercased()),
               (max(0, anchor - 5)..<(anchor - 2)).contains(where: { w[$0].lowercased() == "no" }) {
                frame.negated = true
                if frame.modality == .asserted { frame.modality = .intended }
                frame.rules.append("negation.no-intention")
            }
        }
        // "Orban ... relented after talks with Scholz": an event noun in a phrase of a verb
        // whose word-order subject region is empty takes that verb's subject.
        if isNoun, frame.subjectRange.isEmpty, let tree = analyzed.tree, anchor < tree.heads.count,
           tree.baseRelation(anchor) == "obl", tree.heads[anchor] >= 0,
           let (subject, _) = subject(of: tree.heads[anchor], tree, analyzed.words) {
            frame.subjectRange = subject
            frame.rules.append("tree.noun-clause-subject")
        }
        // "refused to extend the grain deal with Ukraine", "will hold talks with": an event noun
        // that a light verb makes the subject's act is as negated, intended or reported as
        // that verb.
        if isNoun, let tree = analyzed.tree, anchor < tree.heads.count, tree.relations[anchor] == "obj",
           case let h = tree.heads[anchor], h >= 0, h < anchor, EventCoder.lightVerbs.contains(analyzed.words[h]) {
            let governing = fallback.frame(for: h, isNoun: false, in: analyzed)
            if governing.negated != frame.negated || governing.modality != frame.modality {
                frame.negated = governing.negated
                frame.modality = governing.modality
                frame.rules += governing.rules.filter { $0.hasPrefix("negation.") || $0.hasPrefix("modality.") }
                frame.rules.append("tree.light-verb-frame")
            }
        }
        // "will travel to Moscow for talks with Putin": an act that is the purpose of a future
        // or possible one is no more certain than it.
        if isNoun, frame.modality == .asserted, let tree = analyzed.tree, anchor < tree.heads.count,
           tree.baseRelation(anchor) == "obl", case let h = tree.heads[anchor], h >= 0, h < anchor,
           analyzed.sentence.tokens[h].upos == "VERB",
           tree.dependents(of: anchor, ["case"]).contains(where: { analyzed.words[$0] == "for" }) {
            let governing = fallback.frame(for: h, isNoun: false, in: analyzed)
            if governing.modality == .intended || governing.modality == .hypothetical {
                frame.modality = governing.modality
                frame.rules += governing.rules.filter { $0.hasPrefix("modality.") }
                frame.rules.append("tree.purpose-noun")
            }
        }
        // "called for peace talks between Russia and Ukraine", "urged a ceasefire with": an act
        // someone asks for is a wish, not an act.
        if isNoun, let tree = analyzed.tree, anchor < tree.heads.count, case let h = tree.heads[anchor], h >= 0, h < anchor,
           Self.appealVerbs.contains(analyzed.sentence.tokens[h].lemma ?? ""),
           tree.relations[anchor] == "obj" || (tree.baseRelation(anchor) == "obl" && tree.dependents(of: anchor, ["case"]).contains { analyzed.words[$0] == "for" }) {
            frame.objectControlled = true
            frame.rules.append("tree.appealed-act")
        }
        // "urged Iran and Saudi Arabia to resume talks", "urging Armenia to sign the deal": the
        // object of what someone is urged to do is a wish too, and not the urgers' own.
        if isNoun, !frame.objectControlled, let tree = analyzed.tree, anchor < tree.heads.count, tree.relations[anchor] == "obj",
           case let v = tree.heads[anchor], v >= 0, ["xcomp", "advcl"].contains(tree.relations[v]),
           tree.dependents(of: v, ["mark"]).contains(where: { analyzed.words[$0] == "to" }),
           case let h = tree.heads[v], h >= 0, h < v, HeuristicAnalyzer.objectControlVerbs.contains(analyzed.words[h]),
           tree.children[h].contains(where: { $0 > h && $0 < v && (tree.relations[$0] == "obj" || tree.relations[$0] == "iobj") }) {
            frame.objectControlled = true
            frame.rules.append("tree.appealed-act")
        }
        // "Hungary blocked an EU aid package for Ukraine", "refused to approve the deal": an act
        // someone blocks or does not let through has not happened.
        if isNoun, let tree = analyzed.tree, anchor < tree.heads.count {
            var n = anchor
            while tree.relations[n] == "compound", tree.heads[n] > n { n = tree.heads[n] }
            let h = tree.heads[n]
            // (A ccomp: the tagger read the noun as a verb, "vetoed EU aid to Ukraine".)
            if tree.relations[n] == "obj" || tree.relations[n] == "ccomp", h >= 0, h < n, !EventCoder.lightVerbs.contains(analyzed.words[h]),
               Self.blockingVerbs.contains(analyzed.sentence.tokens[h].lemma ?? "")
                   || Self.standingActStems.contains(where: { analyzed.words[h].hasPrefix($0) })
                   || (analyzed.words[..<h].contains(where: { Lexicon.negations.contains($0) || HeuristicAnalyzer.negatingVerbs.contains($0) })
                       && fallback.frame(for: h, isNoun: false, in: analyzed).negated) {
                frame.objectControlled = true
                frame.rules.append("tree.blocked-act")
            } else if tree.relations[n] == "obj", h >= 0, h < n, Self.topicVerbs.contains(analyzed.sentence.tokens[h].lemma ?? "") {
                // "the two leaders discussed trade and security": a topic, not an act.
                frame.objectControlled = true
                frame.rules.append("tree.topic-act")
            }
        }
        // "Qatar and Egypt are mediating between Israel and Hamas in talks": the mediators do
        // not negotiate with each other; the mediation is the act.
        if isNoun, let tree = analyzed.tree, anchor < tree.heads.count, case let h = tree.heads[anchor], h >= 0, h < anchor,
           Self.mediatingVerbs.contains(analyzed.sentence.tokens[h].lemma ?? ""), tree.baseRelation(anchor) == "obl" {
            frame.objectControlled = true
            frame.rules.append("tree.mediated-act")
        }
        // "Egypt and Qatar are due to host a new round of ceasefire talks": the hosts do not
        // negotiate with each other either.
        if isNoun, let tree = analyzed.tree, anchor < tree.heads.count {
            var n = anchor
            while ["nmod", "compound"].contains(tree.baseRelation(n)), tree.heads[n] >= 0 { n = tree.heads[n] }
            if tree.relations[n] == "obj", tree.heads[n] >= 0, Self.hostingVerbs.contains(analyzed.sentence.tokens[tree.heads[n]].lemma ?? "") {
                frame.objectControlled = true
                frame.rules.append("tree.hosted-act")
            }
        }
        // "A meeting between Putin and Xi is planned for March": an act that is planned or
        // expected has not happened yet.
        if isNoun, frame.modality == .asserted, let tree = analyzed.tree, anchor < tree.heads.count,
           ["nsubj", "nsubj:pass"].contains(tree.relations[anchor]), tree.heads[anchor] > anchor,
           Self.planningVerbs.contains(analyzed.sentence.tokens[tree.heads[anchor]].lemma ?? "") {
            frame.modality = .intended
            frame.rules.append("tree.planned-act")
        }
        guard !isNoun, let tree = analyzed.tree, anchor < tree.heads.count else { return frame }
        let sentence = analyzed.sentence
        let words = analyzed.words

        // Voice: a passive subject or passive auxiliary on the verb.
        let ownSubject = tree.dependents(of: anchor, Self.subjectRelations).first
        let passive = !tree.dependents(of: anchor, ["aux:pass", "nsubj:pass", "csubj:pass"]).isEmpty
        if passive != frame.isPassive {
            frame.isPassive = passive
            frame.rules.append(passive ? "tree.passive" : "tree.active")
        }

        // Subject: the verb's own, else the controlling or coordinated verb's.
        if let (subject, via) = subject(of: anchor, tree, words) {
            if via == "acl:relcl" {
                frame.antecedentRange = subject
                frame.subjectRange = frame.subjectRange.lowerBound..<frame.subjectRange.lowerBound
                frame.rules.append("tree.relative-antecedent")
            } else {
                // A dash, colon or semicolon before the verb ends a dateline or an earlier clause
                // that a parse may have folded into the subject.
                var lower = subject.lowerBound
                if let hard = (subject.lowerBound..<max(subject.lowerBound, min(anchor, subject.upperBound))).last(where: { Self.isHardBoundary(words[$0]) }) {
                    lower = hard + 1
                }
                frame.subjectRange = lower..<max(lower, subject.upperBound)
                frame.rules.append(via.isEmpty ? "tree.subject" : "tree.subject-via-\(via)")
            }
        } else if ownSubject == nil, tree.relations[anchor] == "acl",
                  let noun = EventCoder.sanctionNounAimed(by: anchor, sentence.tokens, words),
                  tree.heads[noun] >= 0, let (subject, _) = subject(of: tree.heads[noun], tree, words) {
            // "The US imposed sanctions targeting Russian banks": who imposes them aims them.
            frame.subjectRange = subject
            frame.rules.append("tree.sanction-aimer")
        } else if ownSubject == nil, ["acl", "advcl"].contains(tree.relations[anchor]),
                  tree.dependents(of: anchor, ["mark"]).contains(where: { words[$0] == "to" }),
                  let user = instrumentUser(of: tree.heads[anchor], tree, sentence) {
            // "Police used water cannon and rubber bullets to disperse protesters": who uses the
            // means does what they are used for.
            frame.subjectRange = self.frame(for: user, isNoun: false, in: analyzed).subjectRange
            frame.rules.append("tree.instrument-user")
        } else if ownSubject == nil, tree.relations[anchor] == "acl", case let noun = tree.heads[anchor], noun >= 0,
                  sentence.tokens[anchor].xpos == "VBG", Self.documentNouns.contains(words[noun]),
                  tree.heads[noun] >= 0, Self.authoringVerbs.contains(sentence.tokens[tree.heads[noun]].lemma ?? ""),
                  let (subject, _) = subject(of: tree.heads[noun], tree, words) {
            // "The Security Council adopted a resolution demanding that ...": who adopts or
            // issues the text says what it says.
            frame.subjectRange = subject
            frame.rules.append("tree.document-author")
        } else if ownSubject == nil, tree.relations[anchor] == "acl", case let noun = tree.heads[anchor], noun >= 0,
                  tree.dependents(of: anchor, ["mark"]).contains(where: { words[$0] == "to" }),
                  ["obj", "obl"].contains(tree.baseRelation(noun)), tree.heads[noun] >= 0,
                  EventCoder.propertyNouns.contains(words[noun]) || EventCoder.installationNouns.contains(words[noun])
                    || Self.protestActivityNouns.contains(words[noun]),
                  let (subject, _) = subject(of: tree.heads[noun], tree, words) {
            // "Police stormed the embassy to arrest a former vice president": a building does not
            // act; the parse hangs on it the purpose of whoever acts on it or at it ("gathered
            // outside the embassy to protest"). "Went on hunger strike to protest the decision":
            // so for a protest's purpose, which is its doer's.
            frame.subjectRange = subject
            frame.rules.append("tree.purpose-of-actor")
        } else if ownSubject == nil, tree.relations[anchor] == "acl", tree.heads[anchor] >= 0 {
            // "the sanctions imposed by Washington": a participle modifying a noun.
            var head = tree.heads[anchor]
            var excluded = anchor
            // "A US official today praised ...": a parse that hangs the verb on the day word
            // means the noun the day word modifies.
            if Lexicon.dayWords.contains(words[head]), head < anchor, tree.heads[head] >= 0, tree.heads[head] < head {
                excluded = head
                head = tree.heads[head]
                frame.rules.append("tree.day-word-subject")
            }
            frame.subjectRange = tree.span(of: head, excluding: excluded)
            // "a missile fired by the Houthis at Israel": a participle with its agent is passive,
            // the noun it qualifies its patient.
            if !frame.isPassive, sentence.tokens[anchor].xpos == "VBN",
               tree.children[anchor].contains(where: { c in
                   c > anchor && (tree.relations[c] == "obl:agent"
                       || (tree.baseRelation(c) == "obl" && tree.dependents(of: c, ["case"]).contains { words[$0] == "by" }))
               }) {
                frame.isPassive = true
                frame.rules.append("tree.participle-passive")
            }
        }

        // "Neither Russia nor China condemned ...", "condemned neither Russia nor China": a
        // neither/nor list denies the act of each of its members. Denying a denial ("neither
        // ... refused to meet") says no more than that: it is no refusal, and no meeting.
        let objects = tree.dependents(of: anchor, ["obj"]).map { tree.spans[$0] }
        for span in [frame.subjectRange] + objects where !span.isEmpty {
            let from = span.lowerBound > 0 && words[span.lowerBound - 1] == "neither" ? span.lowerBound - 1 : span.lowerBound
            let ws = words[from..<span.upperBound]
            guard ws.contains("neither") && ws.contains("nor") else { continue }
            if frame.negated { frame.rules.removeAll { $0 == "negation.verb" } }
            frame.negated = true
            frame.rules.append("negation.neither-nor")
            break
        }

        // "jailed a student for helping militants", "accused Kyiv of shelling the city": the act
        // a verb of judging holds its object to account for is the object's, as the verb's
        // subject reports it. The parse may hang the gerund on the object's noun.
        if ownSubject == nil, anchor > 0, sentence.tokens[anchor].xpos == "VBG",
           words[anchor - 1] == "for" || words[anchor - 1] == "of",
           let judge = governingVerb(of: anchor, tree, sentence), judge < anchor,
           Self.judgingVerbs.contains(sentence.tokens[judge].lemma ?? words[judge]),
           let object = tree.dependents(of: judge, ["obj", "nsubj:pass"]).first
               ?? (tree.relations[judge] == "acl" ? tree.heads[judge] : nil), object >= 0, object < anchor - 1 {
            // "Russia has been accused of kidnapping children": in the passive, the subject;
            // "companies accused of helping Moscow": the noun the participle qualifies.
            if tree.relations[object] == "obj" { frame.subjectRange = tree.span(of: object, excluding: anchor) }
            if tree.relations[judge] == "acl", object == tree.heads[judge] { frame.subjectRange = tree.span(of: object, excluding: judge) }
            if frame.modality == .asserted || frame.modality == .past {
                frame.modality = .reported
            }
            frame.rules.append("tree.judged-act")
        }

        // Passive agent: "by X" (obl:agent, or an oblique with "by" on a passive verb).
        if frame.isPassive {
            for c in tree.children[anchor] where c > anchor && (tree.relations[c] == "obl:agent" || tree.baseRelation(c) == "obl") {
                let span = tree.spans[c]
                guard let by = tree.children[c].first(where: { tree.relations[$0] == "case" && words[$0] == "by" }) else { continue }
                frame.agentRange = (by + 1)..<span.upperBound
                frame.rules.append("tree.passive-agent")
                break
            }
        }

        // Complements: the verb's right-hand dependents up to the first new clause.
        var end = anchor + 1
        for c in tree.children[anchor] where c > anchor {
            let rel = tree.baseRelation(c)
            if Self.clauseRelations.contains(rel) { break }
            if Self.neutralRelations.contains(rel) { continue }
            if rel == "advcl" {
                // An adverbial clause is a new clause unless a preposition ties it to the verb.
                let marks = tree.dependents(of: c, ["mark"])
                guard let m = marks.first, Self.gerundPrepositions.contains(words[m]) else { break }
            }
            end = max(end, tree.spans[c].upperBound)
        }
        if end > anchor + 1 {
            frame.complementRange = (anchor + 1)..<end
        }

        // A purpose infinitive of a future or possible act is no more certain than that act
        // ("will meet in Zurich to discuss trade").
        if frame.modality == .asserted, tree.relations[anchor] == "advcl", tree.heads[anchor] >= 0,
           tree.dependents(of: anchor, ["mark"]).contains(where: { words[$0] == "to" }) {
            let governing = tree.relations[tree.heads[anchor]] == "advcl" || sentence.tokens[tree.heads[anchor]].xpos == "VBG"
                ? self.frame(for: tree.heads[anchor], isNoun: false, in: analyzed)
                : fallback.frame(for: tree.heads[anchor], isNoun: false, in: analyzed)
            if governing.modality == .reported {
                // "accused Rwanda of deploying troops to fight alongside M23": as reported as the
                // act, and by its doer.
                frame.modality = .reported
                if governing.rules.contains("tree.judged-act"), tree.dependents(of: anchor, Self.subjectRelations).isEmpty {
                    frame.subjectRange = governing.subjectRange
                }
                frame.rules.append("tree.purpose-clause")
            } else if governing.modality == .intended || governing.modality == .hypothetical {
                frame.modality = governing.modality
                // The governing verb's future or intention codes the purpose as an intent too.
                frame.rules += governing.rules.filter { $0 == "modality.future" || $0 == "modality.intention" }
                frame.rules.append("tree.purpose-clause")
            }
        }

        // "pledged $1.5 billion to help Ukraine": what a pledge or offer is for is still to come.
        if frame.modality == .asserted, ["advcl", "acl"].contains(tree.relations[anchor]), tree.heads[anchor] >= 0,
           tree.dependents(of: anchor, ["mark"]).contains(where: { words[$0] == "to" }) {
            var h = tree.heads[anchor]
            if tree.relations[h] == "obj", tree.heads[h] >= 0 { h = tree.heads[h] }
            if Self.pledgingVerbs.contains(sentence.tokens[h].lemma ?? "") {
                frame.modality = .intended
                frame.rules += ["modality.intention", "tree.pledged-purpose"]
            }
        }

        // The governing clause's subject, for a complement clause ("X said that ...").
        if ["ccomp", "advcl"].contains(tree.relations[anchor]), tree.heads[anchor] >= 0,
           let (outer, _) = subject(of: tree.heads[anchor], tree, words) {
            frame.outerSubjectRange = outer
            // "Israel said Hamas attacked": reported speech, with or without "that".
            // Only a report that comes first speaks for the speaker; a closing "..., officials
            // said" attributes the source of the news.
            if tree.relations[anchor] == "ccomp", tree.heads[anchor] < anchor, Lexicon.reportingVerbs.contains(words[tree.heads[anchor]]) {
                frame.speakerRange = outer
                // "Israel announced it would free the prisoners": a reported "would" is the
                // speaker's "will", a future, not a supposition.
                let aux = tree.dependents(of: anchor, ["aux"]).map { words[$0] }
                if frame.modality == .hypothetical, aux.contains("would"),
                   !aux.contains(where: { $0 != "would" && Lexicon.hypotheticalWords.contains($0) }) {
                    frame.modality = .intended
                    frame.rules += ["modality.future", "tree.reported-would"]
                }
                if frame.modality == .asserted || frame.modality == .past {
                    frame.modality = .reported
                    frame.rules.append("tree.reported-complement")
                }
            }
        }
        // "The army said the RSF shelled a market, killing 20 civilians": a bare participle
        // clause of a reported act is reported too, by the same speaker.
        if frame.speakerRange == nil, tree.relations[anchor] == "advcl", words[anchor].hasSuffix("ing"),
           tree.dependents(of: anchor, ["mark"]).isEmpty, case let h = tree.heads[anchor], h >= 0,
           tree.relations[h] == "ccomp", case let say = tree.heads[h], say >= 0, say < h, Lexicon.reportingVerbs.contains(words[say]),
           let (speaker, _) = subject(of: say, tree, words) {
            frame.speakerRange = speaker
            if frame.modality == .asserted || frame.modality == .past {
                frame.modality = .reported
                frame.rules.append("tree.reported-participle")
            }
        }
        // "Russia denied that its troops had shelled ...", "rejected accusations that it had
        // shelled ...": the clause tells of an act its speaker denies.
        if let denier = denyingVerb(of: anchor, tree, words), let (outer, _) = subject(of: denier, tree, words) {
            frame.speakerRange = outer
            frame.negated.toggle()
            frame.rules.append("negation.denial")
        }
        // "demanded that Russia withdraw", "warned NATO against sending jets", "prevented Iran
        // from acquiring": an act someone demands, or warns or keeps its doer from, is a wish, not
        // an act of its own (as "urged Germany to send").
        if !frame.objectControlled, let head = Optional(tree.heads[anchor]), head >= 0, head < anchor {
            let lemma = sentence.tokens[head].lemma ?? words[head]
            let rel = tree.relations[anchor]
            let aux = tree.dependents(of: anchor, ["aux"]).map { words[$0] }
            // The clause's verb in its base form (a tagger may read "withdraw" as a past).
            let base = sentence.tokens[anchor].xpos == "VB" || words[anchor] == sentence.tokens[anchor].lemma
            if rel == "ccomp", Self.directiveVerbs.contains(lemma), base, aux.allSatisfy({ $0 == "should" }) {
                frame.objectControlled = true
                frame.rules.append("tree.demanded-clause")
            } else if sentence.tokens[anchor].xpos == "VBG", anchor > 0, words[anchor - 1] == "against" || words[anchor - 1] == "from",
                      Self.deterringVerbs.contains(lemma)
                        // The parse may hang the clause on the verb's object ("warned the United
                        // States against selling": "selling" as a clause of "States").
                        || (rel == "acl" && tree.relations[head] == "obj" && tree.heads[head] >= 0
                            && Self.deterringVerbs.contains(sentence.tokens[tree.heads[head]].lemma ?? "")) {
                frame.objectControlled = true
                frame.rules.append("tree.deterred-act")
            } else if rel == "advcl" || rel == "xcomp", HeuristicAnalyzer.objectControlVerbs.contains(words[head]),
                      tree.dependents(of: anchor, ["mark"]).contains(where: { words[$0] == "to" }),
                      tree.children[head].contains(where: { c in
                          c > head && c < anchor && (tree.relations[c] == "obj" || tree.baseRelation(c) == "obl")
                      }) {
                // "called on the International Atomic Energy Agency to condemn it": a name too long
                // for the word window, asked to act.
                frame.objectControlled = true
                frame.rules.append("structure.object-control")
            }
        }
        // "came as Israel announced it would free the prisoners": where the parse has no clause
        // for the verb after the modal (read as an adjective), word order decides as above: a
        // "would" right after a reporting verb and a short subject is the speaker's future.
        if frame.modality == .hypothetical, !frame.rules.contains("tree.reported-would"),
           Self.reportedWould(before: anchor, words, sentence.tokens) {
            frame.modality = .intended
            frame.rules += ["modality.future", "tree.reported-would"]
        }
        return frame
    }

    /// The verb that denies the act of the clause at `anchor`: a denying verb whose complement
    /// the clause is ("denied that ..."), or a verb that rejects a claim whose clause it is
    /// ("rejected accusations that ...", "denied reports that ...").
    func denyingVerb(of anchor: Int, _ tree: DependencyTree, _ words: [String]) -> Int? {
        let rel = tree.relations[anchor], head = tree.heads[anchor]
        guard head >= 0, head < anchor else { return nil }
        if rel == "ccomp" {
            if Lexicon.denialVerbs.contains(words[head]) { return head }
            // The parse may hang the claim's clause on the verb: "rejected claims that ...".
            if Lexicon.claimRejectingVerbs.contains(words[head]),
               tree.dependents(of: head, ["obj"]).contains(where: { $0 < anchor && Lexicon.claimNouns.contains(words[$0]) }) {
                return head
            }
        }
        if rel == "acl" || rel == "ccomp", Lexicon.claimNouns.contains(words[head]),
           tree.relations[head] == "obj", tree.heads[head] >= 0, Lexicon.claimRejectingVerbs.contains(words[tree.heads[head]]) {
            return tree.heads[head]
        }
        return nil
    }

    /// Whether the verb at `anchor` has "would" right before it, after a subject of at most
    /// five words that follows a reporting verb ("announced it would", "said that Israel would").
    static func reportedWould(before anchor: Int, _ words: [String], _ tokens: [Token]) -> Bool {
        guard anchor > 2, words[anchor - 1] == "would" else { return false }
        var j = anchor - 2
        var n = 0
        while j >= 0, n < 5, ["PRON", "PROPN", "NOUN", "DET", "ADJ", "NUM"].contains(tokens[j].upos ?? ""), words[j] != "that" {
            j -= 1
            n += 1
        }
        guard n > 0, j >= 0 else { return false }
        if words[j] == "that" { j -= 1 }
        return j >= 0 && Lexicon.reportingVerbs.contains(words[j]) && tokens[j].upos == "VERB"
    }

    /// Verbs whose "that" clause in the base form is what their subject wants done ("demanded
    /// that Russia withdraw").
    static let directiveVerbs: Set<String> = [
        "demand", "insist", "urge", "ask", "request", "propose", "suggest", "recommend", "require",
        "order", "command", "decree", "stipulate",
    ]

    /// Forms of verbs that make their object do the act of the infinitive after it ("prompting
    /// Western leaders to blame Putin").
    static let causativeForms: Set<String> = [
        "prompt", "prompts", "prompted", "prompting", "force", "forces", "forced", "forcing", "compel", "compels",
        "compelled", "compelling", "lead", "leads", "led", "leading", "cause", "causes", "caused", "causing",
        "drive", "drives", "drove", "driven", "driving", "spur", "spurs", "spurred", "spurring",
    ]

    /// Verbs that ask for an act ("called for talks", "urged a ceasefire").
    static let appealVerbs: Set<String> = [
        "call", "urge", "demand", "seek", "push", "press", "propose", "want", "ask", "appeal", "plead", "request",
        "advocate", "encourage",
    ]

    /// Verbs whose object act stands already and is not done anew: "a panel monitoring
    /// sanctions on North Korea", "firms evading sanctions on Russia".
    /// (Stems of their forms, as a lemmatizer may miss them: "evading".)
    static let standingActStems = ["monitor", "enforc", "evad", "circumvent", "skirt", "dodg", "bypass", "violat", "breach", "flout"]

    /// Verbs of using a means for a purpose ("used tear gas to disperse").
    static let instrumentVerbs: Set<String> = ["use", "employ", "utilize", "utilise", "fire"]

    /// Texts that say what their authors say: "a resolution demanding", "a statement condemning".
    static let documentNouns: Set<String> = [
        "resolution", "resolutions", "statement", "statements", "declaration", "communique", "communiqué",
        "motion", "letter", "decree", "bill",
    ]

    /// Verbs whose subject is a text's author ("adopted a resolution"; not "vetoed" one).
    static let authoringVerbs: Set<String> = [
        "adopt", "pass", "issue", "release", "publish", "draft", "sign", "unveil", "table", "introduce",
        "submit", "send", "write", "approve", "circulate",
    ]

    /// Verbs that promise what their object is for.
    static let pledgingVerbs: Set<String> = ["pledge", "promise", "offer", "vow"]

    /// Verbs that keep a proposed act from happening.
    static let blockingVerbs: Set<String> = [
        "block", "veto", "reject", "oppose", "delay", "stall", "obstruct", "thwart", "torpedo", "derail",
        "suspend", "halt", "freeze", "pause", "stop", "cancel", "scrap", "abandon",
    ]

    /// Verbs whose object is what is talked or thought about, not done.
    static let topicVerbs: Set<String> = ["discuss", "debate", "review", "weigh", "examine", "explore", "study"]

    /// Verbs of a third party's part in others' talks.
    static let mediatingVerbs: Set<String> = ["mediate", "broker", "facilitate"]
    /// Verbs of holding others' talks or meetings ("hosted a round of talks").
    static let hostingVerbs: Set<String> = ["host", "organize", "organise", "convene", "sponsor"]
    /// Verbs whose subject is an act still to come ("the talks are planned for March").
    static let planningVerbs: Set<String> = ["plan", "schedule", "expect", "slate", "propose", "envisage", "envision"]

    /// Verbs that warn or keep someone from an act ("against"/"from" + gerund).
    static let deterringVerbs: Set<String> = [
        "warn", "caution", "advise", "urge", "deter", "prevent", "stop", "bar", "ban", "block", "discourage",
        "dissuade", "keep", "prohibit", "forbid", "restrain", "refrain",
    ]

    /// Verbs that hold their object to account for an act ("for"/"of" + gerund).
    static let judgingVerbs: Set<String> = [
        "accuse", "blame", "charge", "convict", "sentence", "jail", "imprison", "arrest", "detain",
        "fine", "punish", "sanction", "criticize", "criticise", "condemn", "denounce", "rebuke",
        "reprimand", "fault", "praise", "thank", "commend", "congratulate", "reward", "hail",
        "applaud", "honor", "honour", "suspect", "investigate", "prosecute", "indict", "expel",
        "pardon", "forgive",
    ]

    /// The verb of using whose object (or a conjunct of it) is `noun`: "used water cannon and
    /// rubber bullets"; nil otherwise.
    private func instrumentUser(of noun: Int, _ tree: DependencyTree, _ sentence: Sentence) -> Int? {
        guard noun >= 0 else { return nil }
        var object = noun
        if tree.relations[object] == "conj", tree.heads[object] >= 0 { object = tree.heads[object] }
        let user = tree.heads[object]
        guard tree.relations[object] == "obj", user >= 0, Self.instrumentVerbs.contains(sentence.tokens[user].lemma ?? "") else { return nil }
        return user
    }

    /// The nearest verb above `i`, climbing at most four heads.
    private func governingVerb(of i: Int, _ tree: DependencyTree, _ sentence: Sentence) -> Int? {
        var h = tree.heads[i]
        for _ in 0..<4 {
            guard h >= 0 else { return nil }
            if sentence.tokens[h].upos == "VERB" { return h }
            h = tree.heads[h]
        }
        return nil
    }

    static func isHardBoundary(_ w: String) -> Bool {
        w == ";" || w == ":" || HeuristicAnalyzer.isDash(w)
    }

    /// The span of the subject of verb `v`, and the relation climbed to find it ("" for the
    /// verb's own subject, "xcomp" for a controlling verb's, "conj" for a coordinated verb's,
    /// "acl:relcl" for the noun a relative clause modifies).
    private func subject(of v: Int, _ tree: DependencyTree, _ words: [String]) -> (Range<Int>, String)? {
        var verb = v
        var via = ""
        // "bombarded part of the city Aleppo overnight, killing eight people": a bare participle
        // after a comma whose only subject is a noun before the comma is the participle clause of
        // the verb above it; the parse may make that noun its subject.
        if words[v].hasSuffix("ing"), tree.dependents(of: v, ["aux", "aux:pass", "mark"]).isEmpty,
           let s = tree.dependents(of: v, Self.subjectRelations).first, s < v,
           let comma = (tree.spans[s].upperBound..<v).last(where: { words[$0] == "," }),
           (comma + 1..<v).allSatisfy({ tree.relations[$0] == "advmod" }) {
            var h = tree.heads[v]
            for _ in 0..<5 where h >= 0 {
                if h < s, let outer = tree.dependents(of: h, Self.subjectRelations).first {
                    return (tree.spans[outer], "advcl")
                }
                h = tree.heads[h]
            }
        }
        for _ in 0..<4 {
            let subjects = tree.dependents(of: verb, Self.subjectRelations)
            if let s = subjects.first {
                if tree.relations[verb] == "acl:relcl", Self.relativeWords.contains(words[s]), tree.heads[verb] >= 0 {
                    let head = tree.heads[verb]
                    return (tree.span(of: head, excluding: verb), "acl:relcl")
                }
                // Several subject dependents (a misattached coordination): all of them.
                let lo = subjects.map { tree.spans[$0].lowerBound }.min()!
                let hi = subjects.map { tree.spans[$0].upperBound }.max()!
                return (lo..<hi, via)
            }
            let rel = tree.relations[verb]
            let head = tree.heads[verb]
            guard head >= 0 else { return nil }
            switch rel {
            case "xcomp":
                // Object control ("urged NATO to act") has the object as the doer: not the subject.
                // A verb that makes its object act ("prompting Western leaders to blame Putin")
                // tells of the object's act.
                if let object = tree.dependents(of: head, ["obj", "iobj"]).first {
                    guard Self.causativeForms.contains(words[head]), object < verb else { return nil }
                    return (tree.spans[object], "causative-object")
                }
                via = "xcomp"
            case "conj":
                // A verb coordinated with no "and" or comma before it is no conjunct: "severed
                // ties with Ecuador after Ecuadorian police raided" (the parse joined the clauses).
                if verb == v, tree.dependents(of: verb, ["cc"]).isEmpty, verb > 0, words[verb - 1] != ",",
                   tree.dependents(of: verb, ["punct"]).allSatisfy({ $0 > verb }) {
                    return nil
                }
                via = "conj"
                // "said the strikes killed eight civilians and warned that ...": a verb of saying
                // joined to what was said is the speaker's second utterance (the parse may join
                // it to the reported clause).
                if verb == v, Self.utteranceVerbs.contains(words[verb]), tree.relations[head] == "ccomp",
                   case let speech = tree.heads[head], speech >= 0, speech < head, Lexicon.reportingVerbs.contains(words[speech]) {
                    verb = speech
                    continue
                }
            case "acl:relcl":
                return (tree.span(of: head, excluding: verb), "acl:relcl")
            case "advcl" where words[verb].hasSuffix("ing") && tree.dependents(of: verb, ["mark"]).isEmpty:
                // "troops had fired shells at villages, killing 16 civilians": a bare participle
                // clause shares the subject of the clause it hangs on.
                via = "advcl"
            case "advcl" where verb == v && tree.dependents(of: verb, ["mark"]).contains(where: { words[$0] == "to" }):
                // "started a hunger strike to protest Assad's failure": a purpose infinitive is
                // done by the subject of the clause it hangs on.
                via = "purpose"
            default:
                return nil
            }
            verb = head
        }
        return nil
    }
}
