import DyadActors
import DyadCore
import DyadText

/// Codes an article's body into events: finds verb-pattern anchors, takes the predicate's frame
/// from the `SentenceAnalyzer`, finds source and target actors in it, and applies negation,
/// modality and the article's date.
///
///     let coder = EventCoder(resources: try CodingResources.load())
///     let coded = coder.code(article)
///     for e in coded.events { print(e.source.code, e.cameo, e.target?.code ?? "-") }
public struct EventCoder: Sendable {
    public let resources: CodingResources
    public let analyzer: any SentenceAnalyzer
    public let splitter: SentenceSplitter
    /// Tags and parses each sentence before coding; without it, structure comes from word order.
    public let syntax: SyntacticAnalyzer?

    /// A coder over `resources`. With `syntax`, sentences are parsed and the default analyzer
    /// reads the dependency tree (`TreeAnalyzer`); without it, word order (`HeuristicAnalyzer`).
    public init(resources: CodingResources, syntax: SyntacticAnalyzer? = nil, analyzer: (any SentenceAnalyzer)? = nil,
                splitter: SentenceSplitter = SentenceSplitter()) {
        self.resources = resources
        self.syntax = syntax
        let words = HeuristicAnalyzer(participles: resources.verbs.inflection.irregularParticiples)
        self.analyzer = analyzer ?? (syntax == nil ? words : TreeAnalyzer(fallback: words))
        self.splitter = splitter
    }

    /// Codes the article's body; the title only primes who is salient.
    public func code(_ article: Article) -> CodedArticle {
        let date = article.published.flatMap(CalendarDate.init(iso:))
        var resolver = ActorResolver(actors: resources.actors, matcher: resources.matcher, date: date)
        let titleSentences = article.title.map { $0.isEmpty ? [] : splitter.split(paragraph: $0) } ?? []
        for s in titleSentences { resolver.prime(with: s) }
        let splits = splitter.split(paragraphs: article.body)
        // Each sentence's discard phrase, matched once; an article discard anywhere (title
        // included) leaves the whole article uncoded.
        let discards = resources.discards
        let hits = splits.map { discards.match($0) }
        if let hit = (hits + titleSentences.map { discards.match($0) }).lazy.compactMap({ $0 }).first(where: \.wholeArticle) {
            return CodedArticle(article: article, events: [], sentences: [], discard: hit.reason)
        }
        var events: [Event] = []
        var traces: [SentenceTrace] = []
        var memory = ArticleMemory()
        for (split, hit) in zip(splits, hits) {
            if let hit {
                // Still read for who is salient, so later pronouns resolve.
                let actors = resolver.resolve(split)
                traces.append(SentenceTrace(sentence: split, actors: actors, attempts: [], frames: [], discard: hit.reason))
                continue
            }
            // Parsing keeps the tokens, so the mentions matched to decide stay valid.
            var sentence = split
            var mentions: [Mention]?
            if let syntax {
                var candidacy = eventCandidacy(split, resolver: resolver)
                // An act named before ("the strikes killed four villagers", "the bloc
                // criticised the decision").
                if !candidacy.mayHold, candidacy.mentions != nil, memory.lastAct != nil {
                    let folded = split.tokens.map { TextFold.fold($0.text) }
                    candidacy.mayHold = (memory.lastForce != nil && !Self.actNounSpans(folded).isEmpty)
                        || folded.indices.dropFirst().contains { Self.isReferredActNoun(folded[$0]) && Self.definiteWords.contains(folded[$0 - 1]) }
                }
                mentions = candidacy.mentions
                if candidacy.mayHold {
                    var hints = wordHints(split, (candidacy.mentions ?? []) + candidacy.learned)
                    sentence = syntax.analyze(split, hints: hints)
                    if let k = pastTenseReading(sentence) {
                        hints[k] = .pastTense
                        sentence = syntax.analyze(split, hints: hints)
                    }
                }
            }
            var actors = resolver.resolve(sentence, mentions: mentions)
            if split.index == 0, SentenceSplitter.isDateline(split) {
                memory.home = actors.lazy.compactMap { $0.ref?.country }.first { $0.count == 3 }
                memory.homePlace = actors.lazy.compactMap { self.location(of: $0, in: sentence) }.first.map(withCoordinates)
            }
            actors = Self.withActNouns(actors, sentence, force: memory.lastForce?.source, act: memory.lastAct?.source,
                                       forceTarget: memory.lastForce?.target, aerialForce: memory.lastAerialForce?.source)
            var (sentenceEvents, trace) = code(sentence, actors: actors, article: article, date: date, memory: memory)
            Self.carryDay(&sentenceEvents, from: memory.lastAct, sentence: split.index)
            if let e = sentenceEvents.last(where: { Self.violentRoots.contains($0.root) && $0.modality != .hypothetical && $0.modality != .intended }) {
                memory.lastForce = e
                if let t = e.target { resolver.noteFoes(e.source, t) }
            }
            if let e = sentenceEvents.last(where: { $0.cameo.hasPrefix("195") && $0.modality != .hypothetical && $0.modality != .intended }) {
                memory.lastAerialForce = e
            }
            if let e = sentenceEvents.last(where: { $0.modality != .hypothetical }) { memory.lastAct = e }
            events.append(contentsOf: sentenceEvents)
            traces.append(trace)
        }
        return CodedArticle(article: article, events: Self.mergeRepeats(events), sentences: traces)
    }

    /// "Macron hosted Xi in Paris on Monday. The two leaders discussed trade": what the same two,
    /// told of by reference in the next sentence, do with no day of its own happened on the
    /// day the text gave their last act.
    static func carryDay(_ events: inout [Event], from last: Event?, sentence: Int) {
        guard let last, last.evidence.sentence == sentence - 1, let day = last.date,
              last.evidence.rules.contains(where: { $0.hasPrefix("date.") }) else { return }
        // The same two states or bodies, whichever of their organs ("arrived in Beijing. He met Xi").
        func side(_ r: ActorRef?) -> String { r.map { $0.country ?? $0.code } ?? "-" }
        let pair: Set<String> = [side(last.source), side(last.target)]
        for k in events.indices where !events[k].evidence.rules.contains(where: { $0.hasPrefix("date.") })
            && events[k].evidence.rules.contains(where: { $0.hasPrefix("coref.") })
            && Set([side(events[k].source), side(events[k].target)]) == pair {
            events[k].date = day
            events[k].evidence.rules.append("date.carried")
        }
    }

    /// What earlier sentences of the article tell the coding of the next.
    public struct ArticleMemory: Sendable {
        /// The country of a wire dateline ("NAIROBI (Reuters) -"): where the story happens.
        public var home: String?
        /// The dateline's place, where events of its state happen unless the text says otherwise.
        public var homePlace: Location?
        /// The article's last act of force, for "the strikes" later on.
        public var lastForce: Event?
        /// The article's last event, for "welcomed the decision" later on.
        public var lastAct: Event?
        /// The article's last strike from the air (195), for "the strikes" and "the raids" when
        /// other force came after it ("struck Hezbollah targets after the group fired rockets").
        public var lastAerialForce: Event?

        public init(home: String? = nil, lastForce: Event? = nil, lastAct: Event? = nil) {
            self.home = home
            self.lastForce = lastForce
            self.lastAct = lastAct
        }
    }

    /// "Israeli warplanes struck Lebanon. Hezbollah said the strikes killed two of its
    /// fighters": a definite noun of an act of force ("the strikes", "the attack", "these air
    /// strikes") that no actor owns stands for the doer of the article's last act of force.
    /// Likewise "welcomed the decision", "rejected the protest": a definite act noun that a verb
    /// of judging takes stands for the doer of the article's last act.
    static func withActNouns(_ actors: [ResolvedActor], _ sentence: Sentence, force: ActorRef?, act: ActorRef?,
                             forceTarget: ActorRef? = nil, aerialForce: ActorRef? = nil) -> [ResolvedActor] {
        guard force != nil || act != nil else { return actors }
        let words = sentence.tokens.map { TextFold.fold($0.text) }
        var spans: [(Range<Int>, ActorRef)] = []
        if let force {
            // "the attack on the French embassy in Niamey" after a Russian attack on Ukraine: an
            // attack on a side neither of the last one's is another attack.
            let sides = Set([force.country, forceTarget?.country].compactMap { $0 })
            spans += actNounSpans(words).filter { span in
                guard span.upperBound < words.count, ["on", "against"].contains(words[span.upperBound]) else { return true }
                let named = actors.filter { $0.start > span.upperBound && $0.start <= span.upperBound + 4 }.compactMap { $0.ref?.country }
                return named.isEmpty || named.contains { sides.contains($0) }
            }.map { span in (span, aerialForce.flatMap { aerialActNouns.contains(words[span.upperBound - 1]) ? $0 : nil } ?? force) }
        }
        if let act {
            for n in words.indices.dropFirst(2) where isReferredActNoun(words[n]) && definiteWords.contains(words[n - 1]) {
                let verb = sentence.tokens[n - 2]
                guard actJudgingVerbs.contains(verb.lemma ?? words[n - 2]) || verb.lemma == "call",
                      n + 1 >= words.count || !["by", "of", "'s"].contains(words[n + 1]) else { continue }
                spans.append((n - 1..<n + 1, act))
            }
        }
        if spans.isEmpty { return actors }
        var out = actors
        for (span, doer) in spans where !out.contains(where: { $0.start < span.upperBound && span.lowerBound < $0.end }) {
            let text = sentence.tokens[span].map(\.text).joined(separator: " ")
            out.append(ResolvedActor(start: span.lowerBound, end: span.upperBound,
                                     ref: ActorRef(code: doer.code, country: doer.country, role: doer.role, entity: doer.entity, text: text),
                                     isCoreferent: true, isPlural: words[span.upperBound - 1].hasSuffix("s"), rules: ["coref.act-noun"]))
        }
        return out.sorted { $0.start < $1.start }
    }

    /// Spans of definite act nouns with no doer named after them: "the strikes", "this
    /// attack", "the air raids"; not "the attack by rebels", whose doer is named).
    static func actNounSpans(_ words: [String]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for (n, w) in words.enumerated() where actNouns.contains(w) {
            var k = n - 1
            while k >= 0, n - k <= 3, !definiteWords.contains(words[k]), words[k].first?.isLetter == true,
                  !Lexicon.isFunctionWord(words[k]) { k -= 1 }
            guard k >= 0, definiteWords.contains(words[k]) else { continue }
            if n + 1 < words.count, words[n + 1] == "by" || words[n + 1] == "'s" { continue }
            out.append(k..<n + 1)
        }
        return out
    }

    static let actNouns: Set<String> = [
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "shelling",
        "bombing", "bombings", "bombardment", "assault", "offensive", "barrage", "ambush",
    ]
    static let definiteWords: Set<String> = ["the", "these", "those", "this"]
    /// Words that open a later clause of time or cause ("after the militant group fired"),
    /// whose subject follows them.
    static let clauseSubordinators: Set<String> = ["after", "before", "when", "while", "because", "since", "until", "once"]
    /// Act nouns of force from the air: "the strikes" are the last air strikes'.
    static let aerialActNouns: Set<String> = ["strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombing", "bombings", "bombardment"]
    /// Nouns of an act a later sentence judges ("welcomed the decision", "condemned the
    /// seizure"); acts of force go to the last act of force instead.
    static func isReferredActNoun(_ w: String) -> Bool {
        (referredActNouns.contains(w) || judgedActNouns.contains(w)) && !actNouns.contains(w)
    }
    static let referredActNouns: Set<String> = [
        "decision", "move", "deal", "agreement", "protest", "step", "announcement", "statement", "remarks",
        "comments", "proposal", "offer", "plan", "visit", "pact", "action", "launch", "seizure", "ban",
    ]

    /// What the dictionaries know of the tokens before tagging: capitalized names of countries,
    /// places, capitals, organisations and people are proper nouns ("Beijing warned
    /// Washington", where the suffix alone reads "Beijing" as a verb form); irregular past
    /// forms of verbs are verbs, not prepositions or nouns ("Canada froze Russia's assets",
    /// "Israel struck Gaza"), and a past the same as its base is one before its particle
    /// ("Pakistan shut down").
    public func wordHints(_ sentence: Sentence, _ mentions: [Mention]) -> [WordHint] {
        var hints = [WordHint](repeating: .none, count: sentence.tokens.count)
        let inflection = resources.verbs.inflection
        let irregular = inflection.lemmaOfIrregular
        for (k, t) in sentence.tokens.enumerated() {
            // Verb forms inside a sentence are written in small letters.
            // Past forms only ("ties", "lies" are nouns too), and not those that are nouns too
            // ("the left", "a shot").
            // A past form that is a noun too is a verb before its particle ("shot down a drone").
            let particle = k + 1 < sentence.tokens.count
                && (Self.verbParticles.contains(sentence.tokens[k + 1].text) || sentence.tokens[k + 1].text == "dead")
            if let lemma = irregular[t.text], lemma != t.text, !Self.nounPasts.contains(t.text) || (particle && k > 0),
               inflection.irregularPasts.contains(t.text) || inflection.irregularParticiples.contains(t.text) {
                // "shot", "struck": a form that is no verb's base is a past or a participle
                // ("Ukrainian forces shot down 20 Russian drones", not a present "shot").
                hints[k] = inflection.isIrregularBase(t.text) ? .verbForm : .pastForm
            }
            // A past the same as its base ("shut", "cut", "set") before its particle, right after
            // its subject, is the past tense ("Pakistan shut down mobile internet"); not after a
            // determiner, an auxiliary or "to" ("a cut off", "will shut down").
            if particle, k > 0, irregular[t.text] == t.text, inflection.irregularPasts.contains(t.text),
               case let before = sentence.tokens[k - 1].text.lowercased(),
               !Lexicon.determiners.contains(before), !Lexicon.auxiliaries.contains(before), before != "to",
               let f = sentence.tokens[k - 1].text.unicodeScalars.first, CharClass.isLetter(f) { hints[k] = .pastTense }
        }
        for m in mentions where m.kind == .name || m.kind == .metonym || m.kind == .person {
            for k in m.start..<min(m.end, hints.count) {
                if let f = sentence.tokens[k].text.unicodeScalars.first, CharClass.isUpper(f) { hints[k] = .properNoun }
            }
        }
        return hints
    }

    /// "Hundreds of protesters rallied outside the embassy": where the parse finds no finite verb
    /// and reads a bare "-ed" form right after the opening noun phrase as a participle (a
    /// reduced relative, or an adjective: "settlers attacked villages"), the word, if it may be a
    /// past tense, is read as one: the sentence's own verb. A news sentence states an act; a
    /// headline's passive ("Two soldiers killed in Gaza") is kept where nothing but a place, a
    /// time or an agent follows the verb. Returns the verb's index.
    func pastTenseReading(_ sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        let inflection = resources.verbs.inflection
        // The words outside a relative clause set off by commas ("The Treasury, which oversees
        // sanctions programs, blacklisted ..."): that clause's verb is not the sentence's.
        var outside = Array(tokens.indices)
        if let a = tokens.indices.dropLast().first(where: { tokens[$0].text == "," && ["which", "who"].contains(tokens[$0 + 1].text.lowercased()) }),
           let b = tokens.indices[(a + 2)...].prefix(14).first(where: { tokens[$0].text == "," }) {
            outside.removeAll { $0 >= a && $0 <= b }
        }
        // Nor is the closing attribution's (", a party spokesman said.").
        if let c = tokens.indices.last(where: { tokens[$0].text == "," }), tokens.count - c <= 10,
           tokens[(c + 1)...].contains(where: { Self.attributionVerbs.contains($0.text.lowercased()) }) {
            outside.removeAll { $0 >= c }
        }
        guard !outside.contains(where: { Self.finiteTags.contains(tokens[$0].xpos ?? "") }),
              let tree = DependencyTree(sentence),
              let n = outside.firstIndex(where: { k in
                  let t = tokens[k]
                  // A participle, an "-ed" adjective of a verb with patterns ("The US imposed
                  // sanctions", read as "the imposed sanctions"), or a past form read as a noun.
                  return t.xpos == "VBN" || (t.xpos == "JJ" && t.text.hasSuffix("ed") && !resources.verbs.verbPatterns(forForm: t.text).isEmpty)
                      || (t.upos == "NOUN" && inflection.irregularPasts.contains(t.text)
                          && (!Self.nounPasts.contains(t.text) || (k + 1 < tokens.count && Self.verbParticles.contains(tokens[k + 1].text))))
              }),
              n > 0, ["NOUN", "PROPN"].contains(tokens[outside[n - 1]].upos ?? ""),
              !outside[..<n].contains(where: { tokens[$0].upos == "VERB" || tokens[$0].upos == "AUX" }) else { return nil }
        let k = outside[n]
        // An agent phrase makes it a passive ("Two soldiers killed by a bomb"); an "agent" the
        // parse found without "by" is the object ("police arrested former vice president X").
        let agents = tree.dependents(of: k, ["obl:agent"])
        let byAgent = agents.contains { a in tree.dependents(of: a, ["case"]).contains { tokens[$0].text.lowercased() == "by" } }
        guard tree.dependents(of: k, ["aux", "aux:pass"]).isEmpty, !byAgent else { return nil }
        let w = tokens[k].text
        guard w.hasSuffix("ed") ? inflection.lemmaOfIrregular[w] == nil : inflection.irregularPasts.contains(w) else { return nil }
        // "The IDF struck Hamas targets": a past form only a verb has, read as a noun, with
        // a noun phrase after it.
        if tokens[k].upos == "NOUN" {
            let j = k + 1 < tokens.count && Self.verbParticles.contains(tokens[k + 1].text) ? k + 2 : k + 1
            return j < tokens.count && ["DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"].contains(tokens[j].upos ?? "") ? k : nil
        }
        // After a relative clause the parse may hang the verb on it ("Trump, who once threatened
        // Iran, praised Israel" with "praised" an adverbial of "threatened").
        if outside.count < tokens.count, tree.relations[k] == "advcl" || tree.relations[k] == "conj" { return k }
        switch tree.relations[k] {
        case "amod":
            // "attacked Palestinian villages": the noun it would modify is its object.
            return tree.heads[k] > k ? k : nil
        case "acl":
            // What follows must be the act's: an object, or a phrase other than a place or an agent.
            if !tree.dependents(of: k, ["obj", "iobj", "xcomp"]).isEmpty || !agents.isEmpty { return k }
            let phrases = tree.dependents(of: k, ["obl"])
            return phrases.contains { o in tree.dependents(of: o, ["case"]).contains { !Self.placeOrAgentCases.contains(tokens[$0].text.lowercased()) } } ? k : nil
        default:
            return nil
        }
    }

    static let finiteTags: Set<String> = ["VBD", "VBZ", "VBP", "MD"]
    /// Verbs of a closing attribution (", officials said.").
    static let attributionVerbs: Set<String> = ["said", "says", "told", "reported", "added", "stated", "announced", "confirmed"]

    /// Particles after which a past form that is also a noun is a verb ("shot down", "left out").
    static let verbParticles: Set<String> = ["down", "up", "off", "out"]
    /// Particles between an act's participle and its doer ("put forward by", "carried out by").
    static let participleParticles: Set<String> = verbParticles.union(["forward"])

    /// Whether the verb at `i` aims sanctions: "target" in a phrase on a sanction noun
    /// ("sanctions targeting banks") or in a participle clause of a verb whose object is one
    /// ("approved sanctions against Russia, targeting companies in China").
    static func aimsSanctions(_ i: Int, _ tokens: [Token], _ words: [String]) -> Bool {
        guard tokens[i].lemma == "target", let h = tokens[i].head, h >= 0, h < tokens.count else { return false }
        if sanctionNounAimed(by: i, tokens, words) != nil { return true }
        // A bare participle clause ("..., targeting"), not one of its own ("after drones targeted").
        guard tokens[i].xpos == "VBG", tokens[i].deprel == "advcl" || tokens[i].deprel == "conj",
              !tokens.indices.contains(where: { tokens[$0].head == i && tokens[$0].deprel == "mark" }) else { return false }
        // The governing verb's object phrase, up to the participle.
        let objects = tokens.indices.filter { tokens[$0].head == h && tokens[$0].deprel == "obj" }
        return objects.contains { o in
            (0..<i).contains { k in sanctionNouns.contains(words[k]) && (k == o || Self.descends(k, from: o, tokens)) }
        }
    }

    /// The sanction noun that "target" at `i` qualifies ("sanctions targeting banks"), if any.
    static func sanctionNounAimed(by i: Int, _ tokens: [Token], _ words: [String]) -> Int? {
        guard tokens[i].lemma == "target", let h = tokens[i].head, h >= 0, h < tokens.count,
              sanctionNouns.contains(words[h]) else { return nil }
        return h
    }

    static let sanctionNouns: Set<String> = ["sanction", "sanctions", "embargo", "embargoes", "tariff", "tariffs",
                                             "restrictions", "measures", "blacklist"]

    /// Whether token `k` lies in the subtree of `o`.
    static func descends(_ k: Int, from o: Int, _ tokens: [Token]) -> Bool {
        var x = k
        for _ in 0..<tokens.count {
            guard let h = tokens[x].head, h >= 0, h < tokens.count else { return false }
            if h == o { return true }
            x = h
        }
        return false
    }
    /// Prepositions of a place, a time or an agent: what may follow a headline's passive.
    static let placeOrAgentCases: Set<String> = ["in", "at", "by", "near", "during"]

    /// Irregular past forms that are also common nouns or adjectives ("the left", "a shot").
    static let nounPasts: Set<String> = [
        "saw", "left", "found", "felt", "lay", "wound", "ground", "fell", "rose", "shot", "bore", "spoke",
        "fed", "led", "dove", "bid", "cast", "cost", "hit", "cut", "set", "put", "let", "spread", "quit", "hurt",
    ]

    /// One event per (source, target, code, negation) in the article, in order of first mention;
    /// a repeat adds a mention and keeps its evidence. Acts the text dates to different days
    /// ("struck on Monday and again on Wednesday") stay apart; a mention with no date of its own
    /// joins the first, and gives it its place if it had none.
    static func mergeRepeats(_ events: [Event]) -> [Event] {
        struct Key: Hashable {
            let source: String, target: String?, cameo: String, negated: Bool
        }
        func dated(_ e: Event) -> Bool { e.evidence.rules.contains { $0.hasPrefix("date.") } }
        var out: [Event] = []
        var index: [Key: [Int]] = [:]
        for e in events {
            let k = Key(source: e.source.code, target: e.target?.code, cameo: e.cameo, negated: e.negated)
            let same = index[k] ?? []
            let into: Int?
            if dated(e) {
                // The same day, else a mention that had no day of its own, which takes this one.
                into = same.first { out[$0].date == e.date && (dated(out[$0]) || out[$0].moreEvidence.contains { $0.rules.contains { $0.hasPrefix("date.") } }) }
                    ?? same.first { out[$0].date == e.date } ?? same.first { !dated(out[$0]) && !out[$0].moreEvidence.contains { $0.rules.contains { $0.hasPrefix("date.") } } }
            } else {
                into = same.first
            }
            if let i = into {
                if dated(e) { out[i].date = e.date }
                if out[i].location == nil { out[i].location = e.location }
                out[i].merge(e)
            } else {
                index[k, default: []].append(out.count)
                out.append(e)
            }
        }
        return out
    }

    /// Codes one sentence whose actors are already resolved.
    public func code(_ sentence: Sentence, actors: [ResolvedActor], article: Article, date: CalendarDate?,
                     memory: ArticleMemory = ArticleMemory()) -> ([Event], SentenceTrace) {
        let words = sentence.tokens.map { TextFold.fold($0.text) }
        // Folded words and the tree, built once for all the sentence's predicates.
        lazy var analyzed = AnalyzedSentence(sentence, words: words)
        // Adjectives by the tagger, and lowercase hyphenated words, which it often misreads
        // ("war-torn Mozambique"). The hyphen is looked for in the bytes: `String.contains`
        // with Foundation goes through `NSString` and took 1.5 % of coding time.
        let adjectives = sentence.tokens.map { t in
            t.upos == "ADJ" || t.deprel == "amod" || (t.upos != nil && t.text.utf8.contains(UInt8(ascii: "-")) && t.text.first?.isLowercase == true
                                && t.text.allSatisfy { $0.isLetter || $0 == "-" })
                // "two elderly Israeli women": a word qualifying the adjective after it.
                || (t.deprel == "advmod" && t.head.map { $0 >= 0 && $0 < sentence.tokens.count && sentence.tokens[$0].upos == "ADJ" } == true)
        }
        var inActor = [Bool](repeating: false, count: words.count)
        for g in actors { for k in g.start..<g.end { inActor[k] = true } }
        var events: [Event] = []
        var attempts: [PatternAttempt] = []
        var frames: [PredicateFrame] = []
        // The sentence's time expressions ("on Wednesday"), read once when an event needs them.
        lazy var times = TimeExpressions.find(in: sentence.tokens, lowercased: words)
        // The places it names, found once when an event needs them.
        lazy var places = self.places(actors, sentence, words)
        // Its words, to pass over patterns whose words are not there.
        lazy var present = WordSignature(words)
        // Tokens a fired pattern has used cannot anchor another pattern ("threatened to wage war against").
        var used = [Bool](repeating: false, count: words.count)
        // Anchors whose patterns decided something (an event, none, or a negated one).
        var settled = [Bool](repeating: false, count: words.count)
        // Anchors with fallback patterns (`fallback=yes`), tried after all the others, and
        // where their target must lie: the phrase of the verb after "to".
        var deferred: [Int] = []
        var fallbackScope: Range<Int>?
        func codeAnchor(_ i: Int, fallbacks: Bool) {
            // In the order they are tried (sorted once, as the dictionary was loaded).
            let verbPatterns: [VerbPattern]
            if resources.verbs.hasFallback(forForm: words[i]) {
                if !fallbacks { deferred.append(i) }
                verbPatterns = resources.verbs.orderedVerbPatterns(forForm: words[i], fallbacks: fallbacks)
            } else {
                verbPatterns = resources.verbs.orderedVerbPatterns(forForm: words[i])
            }
            let nounPatterns = fallbacks ? [] : resources.verbs.orderedNounPatterns(forForm: words[i])
            for (isNoun, candidates) in [(false, verbPatterns), (true, nounPatterns)] where !candidates.isEmpty {
                if !isNoun && !looksVerbal(i, words, sentence.tokens, actors) { continue }
                // "urged both sides to exercise restraint": an infinitive is no noun of an act.
                if isNoun, i > 0, words[i - 1] == "to", sentence.tokens[i].upos == "VERB", sentence.tokens[i].xpos == "VB" { continue }
                let frame = analyzer.frame(for: i, isNoun: isNoun, in: analyzed)
                if !fallbacks { frames.append(frame) }
                if frame.objectControlled { continue }
                // A pattern written for this very form ("LEFT [042]" beside "LEAVE [012]")
                // comes before those written for its lemma, then the more specific first
                // (`VerbPattern.isTried(before:atForm:)`): the dictionary hands them out so.
                var fired = false
                for p in candidates {
                    let result = attempt(p, frame: frame, sentence: sentence, words: words, present: present, actors: actors, adjectives: adjectives)
                    switch result {
                    case let .failure(failure):
                        attempts.append(PatternAttempt(patternID: p.id, patternText: p.text, anchor: i, outcome: failure.outcome))
                        continue
                    case .success where p.codesNothing && !(frame.negated && p.negatedCode != nil):
                        // The words say what this is not: no event from this anchor.
                        attempts.append(PatternAttempt(patternID: p.id, patternText: p.text, anchor: i, outcome: .noEvent))
                        used[i] = true
                        fired = true
                    case let .success(match) where p.isFallback && fallbackScope.map({ scope in !match.targets.allSatisfy { scope.contains($0.start) } }) == true:
                        attempts.append(PatternAttempt(patternID: p.id, patternText: p.text, anchor: i,
                                                       outcome: .noMatch("the target is not in the phrase of the verb after 'to'")))
                        continue
                    case let .success(match):
                        var code = p.code
                        var negated = false
                        var denial = false
                        var rules = frame.rules + match.rules
                        // "Israeli warplanes struck", "killed in a drone strike": force from the air.
                        if code == "190" || (code == "194" && frame.subjectRange.contains(where: { Self.aerialNouns.contains(words[$0]) })),
                           Self.isAerial(frame, words) {
                            code = "195"
                            rules.append("force.aerial")
                        }
                        // "A suicide bomber killed 14 people": a suicide bombing (1831).
                        if code == "190", (Array(frame.subjectRange) + match.sources.flatMap { Array($0.start..<$0.end) })
                            .contains(where: { $0 > 0 && words[$0 - 1] == "suicide" && ["bomber", "bombers"].contains(words[$0]) }) {
                            code = "1831"
                            rules.append("force.suicide-bomber")
                        }
                        // "Protesters attacked the embassy": violence by protesters is a violent
                        // protest (145), not military force (but arms are: "launched missiles").
                        // Property they wreck too ("demolished by protesters"); a passive's
                        // subject is what was done to, so there only the agent counts.
                        if code.hasPrefix("18") || code == "190" || code.hasPrefix("171"), !p.reversed,
                           ((frame.isPassive ? [] : Array(frame.subjectRange) + Array(frame.antecedentRange ?? 0..<0))
                               + match.sources.flatMap { Array($0.start..<$0.end) })
                               .contains(where: { Self.protesterNouns.contains(words[$0]) }) {
                            code = "145"
                            rules.append("force.by-protesters")
                        }
                        if frame.negated && frame.rules.contains("negation.denial") {
                            // "denied supplying drones to Russia", "denied that its troops had shelled
                            // Kharkiv": an act its doer denies is a denial of responsibility (016),
                            // neither the act nor a refusal of it.
                            code = "016"
                            denial = true
                            rules.append("negation.denial-recode")
                        } else if frame.negated && frame.rules.contains("negation.cessation"),
                                  let cc = IntentCoding.cessationCode(for: p.code) {
                            // "stopped arming the rebels": ending aid is reducing it (162x), ending
                            // attacks de-escalates (087).
                            code = cc
                            rules.append("negation.cessation-recode")
                        } else if Self.violentRoots.contains(String(code.prefix(2))), Self.aimsSanctions(i, sentence.tokens, words) {
                            // "sanctions against Russia, targeting companies in China": what sanctions aim at
                            // is sanctioned.
                            code = "163"
                            rules.append("sanction.aimed")
                        } else if frame.negated && p.spellsNegation {
                            // "didn't clash over" under `before=did,n't`: the words are the pattern's.
                            rules.append("negation.in-pattern")
                        } else if frame.negated {
                            // "refused to release", "will not lift the sanctions": a refusal of
                            // cooperation is a 12 event; a plain "did not" codes nothing, unless
                            // the user's coding ontology names the negation's code.
                            let refusal = frame.rules.contains("negation.verb") || frame.modality == .intended
                                || frame.modality == .hypothetical
                            guard let nc = p.negatedCode ?? (refusal ? IntentCoding.refusalCode(for: p.code) : nil)
                                    ?? resources.negations[p.code] else {
                                attempts.append(PatternAttempt(patternID: p.id, patternText: p.text, anchor: i, outcome: .negated))
                                fired = true  // the anchor is accounted for: a negated event is not coded
                                break
                            }
                            code = nc
                            rules.append("negation.recode")
                            negated = false
                        } else if !frame.rules.contains("modality.supposed-clause"),
                                  frame.rules.contains("modality.intention")
                                    || (resources.future == .intent && frame.rules.contains("modality.future")),
                                  let ic = IntentCoding.intentCode(for: code) {
                            code = ic
                            rules.append("intent.recode")
                        } else if frame.rules.contains("modality.threat"), let tc = IntentCoding.threatCode(for: code) {
                            // "threatened to block Sweden's bid": a threat, not a rejection.
                            code = tc
                            rules.append("intent.threat")
                        }
                        var n = 0
                        // A reversed pattern's slot actor does the act to the subject.
                        let (doers, receivers) = p.reversed ? (match.targets, match.sources) : (match.sources, match.targets)
                        if p.reversed { rules.append("pattern.reversed") }
                        // When and where: the time and place words of the predicate.
                        let setting = self.setting(of: i, in: analyzed, times: times, places: places, articleDate: date,
                                                   ahead: frame.modality == .intended || frame.modality == .hypothetical,
                                                   visit: p.code.hasPrefix("042"))
                        let context = EventContext(article: article, sentence: sentence, date: (setting.date ?? date)?.description)
                        var coded: [(doer: ResolvedActor, receiver: ResolvedActor, source: ActorRef, target: ActorRef)] = []
                        // A collective ("the Baltic states") acts, and is acted on, as each of its members.
                        let joining = resources.collectives == .joined
                        // Who denies a clause's act: the speaker, who speaks only for its own side.
                        let deniers = denial ? frame.speakerRange.map { subjects(in: $0, actors, words, sentence.tokens) } : nil
                        let modality = denial && (frame.modality == .past || frame.modality == .reported) ? .asserted : frame.modality
                        for s in doers.flatMap({ $0.actors(joiningCollectives: joining) }) {
                            for t in receivers.flatMap({ $0.actors(joiningCollectives: joining) }) {
                                guard var sref = s.ref, var tref = pickTarget(t, avoiding: sref) else { continue }
                                var pairRules = rules + setting.rules
                                // Where the same doer just struck, for those it harmed there.
                                var struckPlace: Location?
                                var s = s
                                if let deniers {
                                    guard let d = deniers.first(where: { $0.ref.map { Self.speaks($0, for: sref) } ?? false }),
                                          let dref = d.ref else { continue }
                                    s = d
                                    sref = dref
                                }
                                var pairCode = code
                                // "Russia seized Crimea", "captured a Ukrainian village": the place itself,
                                // right after the verb, or a town of the target's is what is taken.
                                let placeTaken = (isPlace(t) && !t.isModifier
                                    && (t.start == i + 1 || (t.start == i + 2 && words[i + 1] == "the")))
                                    || (t.isModifier && t.end < words.count && Self.territoryNouns.contains(words[t.end]))
                                // A PETRARCH or TABARI dictionary's codes stand as its authors wrote them.
                                if p.isOwnFormat, let (recoded, rule) = Self.recode(code, sref, tref, t, words, placeTaken: placeTaken) {
                                    pairCode = recoded
                                    pairRules.append(rule)
                                }
                                let root = String(pairCode.prefix(2))
                                // "vowed to defend its territory": what a pronoun owns is the target of
                                // force or coercion done to another ("attacked its consulate"); of
                                // cooperation, the owner is most often the doer itself.
                                if t.isPossessive, t.mentions.count == 1, t.mentions[0].kind == .pronoun,
                                   let r = Int(root), r < 10 { continue }
                                // "Opposition supporters protested ... in Istanbul": protesters or fighters of
                                // no stated country act where they are (not so for roles that travel), and so
                                // does a state's police that arrests there ("Police arrested ... in Dhaka").
                                if sref.country == nil, let role = sref.role, ActorResolver.actsWhereItIs(role),
                                   root == "14" || Self.violentRoots.contains(root) || (root == "17" && ActorResolver.stateRoles.contains(role)),
                                   s.mentions.allSatisfy({ $0.kind == .agent }),
                                   let c = placeCountry(frame.complementRange, words, actors, capitals: true) {
                                    sref = Self.rehomed(sref, in: c)
                                    pairRules.append("source.place-country")
                                }
                                // "Thai authorities arrested a pro-democracy activist": whom a state coerces,
                                // if of no stated country, is its own (not so for roles that travel).
                                // So are those its police shoot ("Kenyan police shot dead 20 protesters").
                                if root == "17" || (Self.violentRoots.contains(root) && sref.role == "COP"), tref.country == nil,
                                   let role = tref.role, !ActorResolver.mobileRoles.contains(role),
                                   let c = sref.country, c.count == 3, t.mentions.allSatisfy({ $0.kind == .agent }) {
                                    tref = Self.rehomed(tref, in: c)
                                    pairRules.append("target.home-country")
                                }
                                // "Militants in Burkina Faso killed four soldiers": the state forces that
                                // rebels or militants of a country fight, if of no stated country, are its own.
                                if Self.violentRoots.contains(root), tref.country == nil, let role = tref.role,
                                   ["MIL", "COP"].contains(role), let c = sref.country, c.count == 3,
                                   ActorResolver.localArmedRoles.contains(sref.role ?? ""), t.mentions.allSatisfy({ $0.kind == .agent }) {
                                    tref = Self.rehomed(tref, in: c)
                                    pairRules.append("target.insurgents-home")
                                }
                                // "a missile attack on Kyiv", "a protest in Beijing": a capital as the place
                                // of force or of a protest is the country, not its government.
                                // At home it stays the government ("Kenyans protested in Nairobi").
                                if t.mentions.count == 1, t.mentions[0].kind == .metonym, let c = tref.country, c != sref.country,
                                   Self.violentRoots.contains(root) || p.targetIsPlace {
                                    tref = ActorRef(code: c, country: c, role: nil, entity: tref.entity, text: tref.text)
                                }
                                // "four children were killed ... in the Gaza Strip": people of no stated
                                // country harmed in a place are its people (not so for armed roles, but
                                // so for a site of theirs: "a military base in Somalia", "a refugee camp").
                                // Civilians and refugees given aid in a place are its people too ("food aid
                                // to refugees fleeing the war in Liberia").
                                let site = t.end < words.count && Self.siteNouns.contains(words[t.end])
                                let aided = root == "07" && ["CVL", "REF"].contains(tref.role ?? "")
                                if tref.country == nil, let role = tref.role, !ActorResolver.mobileRoles.contains(role) || site || aided,
                                   Self.violentRoots.contains(root) || code == "145" || aided, t.mentions.allSatisfy({ $0.kind == .agent }),
                                   let c = placeCountry(frame.complementRange, words, actors) {
                                    tref = Self.rehomed(tref, in: c)
                                    pairRules.append("target.place-country")
                                }
                                // "Russian forces shelled Kharkiv, killing five civilians": with no place of
                                // their own, they are people of the country the same doer just struck.
                                if tref.country == nil, let role = tref.role, !ActorResolver.mobileRoles.contains(role),
                                   Self.violentRoots.contains(root), t.mentions.allSatisfy({ $0.kind == .agent }),
                                   let struck = events.last(where: { $0.evidence.sentence == sentence.index && $0.source.code == sref.code
                                       && Self.violentRoots.contains($0.root) && $0.target?.country != nil && $0.target?.country != sref.country })
                                       ?? (s.rules.contains("coref.act-noun")
                                           ? [memory.lastForce, memory.lastAerialForce].compactMap({ $0 }).first { $0.source.code == sref.code } : nil),
                                   let c = struck.target?.country {
                                    tref = Self.rehomed(tref, in: c)
                                    pairRules.append("target.country-struck")
                                    struckPlace = struck.location
                                }
                                // "NAIROBI (Reuters) - Police fired tear gas at protesters": a state's
                                // organs and its people of no stated country are those of the dateline's.
                                if let home = memory.home {
                                    if sref.country == nil, Self.staysHome(s, sref) {
                                        sref = Self.rehomed(sref, in: home)
                                        pairRules.append("source.dateline-country")
                                    }
                                    if tref.country == nil, Self.staysHome(t, tref) {
                                        tref = Self.rehomed(tref, in: home)
                                        pairRules.append("target.dateline-country")
                                    }
                                }
                                // "Imran Khan, who was jailed by a court", "detained by police": a court or
                                // police of no stated country, no place and no dateline is the state's
                                // whose politician, official or activist it arrests, tries or jails (not
                                // its tourists or reporters, often abroad).
                                if sref.country == nil, ["COP", "JUD"].contains(sref.role ?? ""), root == "17",
                                   let c = tref.country, c.count == 3, let role = tref.role, role != "CVL",
                                   !ActorResolver.mobileRoles.contains(role), s.mentions.allSatisfy({ $0.kind == .agent }) {
                                    sref = Self.rehomed(sref, in: c)
                                    pairRules.append("source.target-country")
                                }
                                // "The Syrian army shelled Aleppo": force against a place at home.
                                let forceAtHome = Self.violentRoots.contains(root) && sref.role != nil
                                    && tref.code == tref.country && sref.country == tref.country && isPlace(t)
                                // "Turkish police detained the mayor of Istanbul", "a court jailed the
                                // former prime minister", "Tunisian authorities detained a lawyer": the
                                // law of a state against its own officials and professions.
                                let lawAtHome = root == "17" && ActorResolver.stateRoles.contains(sref.role ?? "") && sref.country != nil
                                    && sref.country == tref.country && sref.code != tref.code && tref.role != nil
                                // "Authorities in Ethiopia imposed a curfew in the Amhara region": the
                                // state's coercion of a place at home, and its easing ("lifted the state
                                // of emergency in West Darfur").
                                let controlAtHome = (root == "17" || code.hasPrefix("081")) && ActorResolver.stateRoles.contains(sref.role ?? "")
                                    && tref.code == tref.country && sref.country == tref.country && isPlace(t)
                                guard isDyad(sref, tref) || forceAtHome || lawAtHome || controlAtHome else { continue }
                                // "told the BBC", "told reporters": a news outlet is the channel of a
                                // statement, not whom it is made to.
                                if code == "010", Self.isMedia(tref) { continue }
                                if controlAtHome && !isDyad(sref, tref) { pairRules.append("target.place-at-home") }
                                if forceAtHome && !isDyad(sref, tref) { pairRules.append("target.place-at-home") }
                                if lawAtHome && !isDyad(sref, tref) { pairRules.append("target.official-at-home") }
                                var confidence = 0.8
                                if s.isCoreferent || t.isCoreferent { confidence -= 0.1 }
                                if sref.country == nil || tref.country == nil { confidence -= 0.2 }
                                if match.implicitTarget { confidence -= 0.2 }
                                if frame.modality != .asserted { confidence -= 0.1 }
                                var location = setting.location
                                var placeRule: String?
                                if location == nil, let l = setting.subjectLocation,
                                   sref.country == nil || sref.country == l.country || !["GOV", "MIL"].contains(sref.role ?? "") {
                                    (location, placeRule) = (l, "location.subject")
                                }
                                if location == nil, let l = struckPlace {
                                    (location, placeRule) = (l, "location.struck")
                                }
                                if location == nil, let (l, rule) = fallbackLocation(t, tref, sref, code: pairCode, visit: p.code.hasPrefix("042"), home: memory.homePlace, sentence, times: times) {
                                    (location, placeRule) = (l, rule)
                                }
                                if let placeRule { pairRules.append(placeRule) }
                                guard let e = makeEvent(pairCode, sref, tref, s, t, context, index: events.count, modality: modality,
                                                        negated: negated, confidence: confidence, verb: i, pattern: p.id, rules: pairRules,
                                                        location: location) else { continue }
                                events.append(e)
                                coded.append((s, t, sref, tref))
                                n += 1
                                // The same act seen from the target's side ("visited" is also "hosted").
                                if let also = p.alsoCode, !negated, code == p.code,
                                   let back = makeEvent(also, tref, sref, t, s, context, index: events.count, modality: frame.modality,
                                                        negated: false, confidence: confidence, verb: i, pattern: p.id,
                                                        rules: rules + setting.rules + (placeRule.map { [$0] } ?? []) + ["pattern.also"],
                                                        location: location) {
                                    events.append(back)
                                }
                            }
                        }
                        // Reported violence: the speaker accuses the doer, or claims its own act.
                        if n > 0, !negated, modality != .hypothetical, let speakerRange = frame.speakerRange,
                           let root = resources.taxonomy.entry(for: code)?.root,
                           Self.accusableRoots.contains(root) {
                            // When and where the speaker spoke ("said on Wednesday").
                            var spoken = EventSetting()
                            if let tree = analyzed.tree, let h = Self.headToken(of: speakerRange, in: tree), tree.heads[h] >= 0 {
                                spoken = self.setting(of: tree.heads[h], in: analyzed, times: times, places: places, articleDate: date, ahead: false)
                            }
                            let spokenContext = EventContext(article: article, sentence: sentence, date: (spoken.date ?? date)?.description)
                            for speaker in subjects(in: speakerRange, actors, words, sentence.tokens) {
                                guard let spRef = speaker.ref else { continue }
                                for c in coded {
                                    let own = Self.speaks(spRef, for: c.source)
                                    // "It said it had arrested nine people": saying so of its own arrests,
                                    // deportations or shows of force claims no responsibility; of attacks it does.
                                    if own && !Self.claimableRoots.contains(root) { continue }
                                    let (code2, target, receiver, rule) = own ? ("015", c.target, c.receiver, "reported.claim") : ("112", c.source, c.doer, "reported.accusation")
                                    // Said where the speaker was, else under the dateline of its state.
                                    var place = spoken.location
                                    var placeRules: [String] = []
                                    if place == nil, let home = memory.homePlace, home.country == spRef.country || home.country == target.country {
                                        place = home
                                        placeRules = ["location.dateline"]
                                    }
                                    guard isDyad(spRef, target), let e = makeEvent(code2, spRef, target, speaker, receiver, spokenContext, index: events.count,
                                                                                  modality: .asserted, negated: false, confidence: 0.6, verb: nil,
                                                                                  pattern: rule, rules: rules + spoken.rules + placeRules + ["from " + p.id],
                                                                                  location: place) else { continue }
                                    events.append(e)
                                }
                            }
                        }
                        attempts.append(PatternAttempt(patternID: p.id, patternText: p.text, anchor: i,
                                                       outcome: n > 0 ? .fired(events: n) : .sameActor))
                        for k in i..<min(words.count, max(i + 1, match.end)) { used[k] = true }
                        fired = true
                    }
                    if fired { break }
                }
                if fired { settled[i] = true }
            }
        }
        for i in words.indices where !inActor[i] && !used[i] { codeAnchor(i, fallbacks: false) }
        for i in deferred where !used[i] && !settled[i] {
            // The verb after "to" (past an adverb): when its own patterns decided, they stand.
            guard let to = (i + 1..<min(words.count, i + 4)).first(where: { words[$0] == "to" }) else { continue }
            var v = to + 1
            if v < words.count, sentence.tokens[v].upos == "ADV" { v += 1 }
            guard v < words.count else { continue }
            // The verb's phrase, short of a clause joined to it ("... but relented after talks with").
            var scope = v..<v + 1
            if let tree = analyzed.tree, v < tree.heads.count {
                scope = tree.spans[v]
                for c in tree.children[v] where c > v && TreeAnalyzer.clauseRelations.contains(tree.baseRelation(c)) {
                    scope = scope.lowerBound..<min(scope.upperBound, tree.spans[c].lowerBound)
                }
                // "threatened to deploy nuclear weapons in Belarus": past its object, a place the
                // act happens in is no one it is done to.
                if !tree.dependents(of: v, ["obj"]).isEmpty {
                    for c in tree.children[v] where c > v && tree.baseRelation(c) == "obl"
                        && tree.dependents(of: c, ["case"]).contains(where: { words[$0] == "in" || words[$0] == "at" }) {
                        scope = scope.lowerBound..<min(scope.upperBound, tree.spans[c].lowerBound)
                    }
                }
            }
            // An anchor of the phrase that decided ("refused to extend the deal with" is a
            // rejection of the deal) leaves nothing to stand in for.
            if scope.contains(where: { used[$0] || settled[$0] }) { continue }
            fallbackScope = scope
            codeAnchor(i, fallbacks: true)
        }
        return (events, SentenceTrace(sentence: sentence, actors: actors, attempts: attempts, frames: frames))
    }

    /// Roots of acts whose report by a third party is an accusation (CAMEO 112) and by the doer
    /// a claim of responsibility (015): force posture, coercion, assault, fighting, mass violence.
    static let accusableRoots: Set<String> = ["15", "17", "18", "19", "20"]
    /// Roots of acts whose doer, telling of them, claims responsibility (015).
    static let claimableRoots: Set<String> = ["18", "19", "20"]

    struct EventContext {
        let article: Article
        let sentence: Sentence
        let date: String?
    }

    /// Whether an actor of no stated country, named by its role alone ("police", "the army",
    /// "protesters"), belongs where the story happens: not roles that travel, but the army.
    static func staysHome(_ g: ResolvedActor, _ r: ActorRef) -> Bool {
        guard let role = r.role, role == "MIL" || !ActorResolver.mobileRoles.contains(role) else { return false }
        return !g.isCoreferent && !g.mentions.isEmpty && g.mentions.allSatisfy { $0.kind == .agent }
    }

    /// An actor of no country given `country`, with its role: "civilians" in Kharkiv are UKRCVL.
    static func rehomed(_ r: ActorRef, in country: String) -> ActorRef {
        ActorRef(code: country + (r.role ?? ""), country: country, role: r.role, entity: nil, text: r.text)
    }

    /// A city, province or region of the dictionary's places, named as such ("Aleppo").
    private func isPlace(_ g: ResolvedActor) -> Bool {
        guard !g.isCoreferent, !g.isPossessive else { return false }
        for m in g.mentions {
            if let key = m.entryKey, let e = resources.actors[key], e.kind == .place { return true }
        }
        return false
    }

    /// Whether source and target make a dyad: not one actor, not one state on both sides
    /// ("the US" and "Washington") unless two sectors of it (protesters and the government),
    /// and at least one side of known country.
    private func isDyad(_ s: ActorRef, _ t: ActorRef) -> Bool {
        if s.code == t.code { return false }
        if let sc = s.country, sc == t.country, !Self.distinctSectors(s, t, stateFromPeople: true) { return false }
        return s.country != nil || t.country != nil
    }

    private func makeEvent(_ code: String, _ sref: ActorRef, _ tref: ActorRef, _ s: ResolvedActor, _ t: ResolvedActor,
                           _ c: EventContext, index: Int, modality: Modality, negated: Bool, confidence: Double,
                           verb: Int?, pattern: String, rules: [String], location: Location? = nil) -> Event? {
        let info = resources.taxonomy.entry(for: code)
        // A PETRARCH or TABARI dictionary's own code (not CAMEO) is coded as it is.
        guard info != nil || resources.taxonomy.isForeignCode(code) else { return nil }
        let toks = c.sentence.tokens
        return Event(
            id: "\(c.article.id):\(c.sentence.index):\(index)", date: c.date, source: sref, target: tref,
            cameo: code, root: String(code.prefix(2)), label: info?.name ?? "Code outside CAMEO", quad: info?.quad,
            goldstein: info?.goldstein, plover: info?.plover, modality: modality,
            negated: negated, confidence: max(0.1, confidence), location: location,
            evidence: Evidence(article: c.article.id, url: c.article.url, sentence: c.sentence.index,
                               text: c.sentence.text, sourceSpan: span(s, c.sentence), targetSpan: span(t, c.sentence),
                               verbSpan: verb.map { Span(toks[$0].start, toks[$0].end) },
                               pattern: pattern, rules: rules + s.rules + t.rules))
    }

    /// Whether a sentence can give an event at all: a word of some pattern and two actor
    /// mentions (names, agents or pronouns). Sentences that cannot are not parsed. With it, the
    /// sentence's dictionary mentions when they were matched to decide (the actor resolver
    /// takes them instead of matching again), and the mentions of names the article gave actors
    /// before (`resolver`), which count as actors too.
    func eventCandidacy(_ sentence: Sentence, resolver: ActorResolver? = nil) -> (mayHold: Bool, mentions: [Mention]?, learned: [Mention]) {
        let words = sentence.tokens.map { TextFold.fold($0.text) }
        guard words.contains(where: resources.verbs.hasPatterns(forForm:)) else {
            return (false, nil, [])
        }
        let mentions = resources.matcher.mentions(in: sentence.tokens)
        let learned = resolver?.learnedMentions(in: sentence.tokens, excluding: mentions) ?? []
        if mentions.count + learned.count >= 2 { return (true, mentions, learned) }
        // "The two leaders discussed trade": a pair stands for two actors.
        let count = mentions.count + learned.count + words.filter { ActorResolver.pronouns.contains($0) || $0 == "country" || $0 == "government" }.count
            + 2 * ActorResolver.pairNominals(sentence.tokens).count
        return (count >= 2, mentions, learned)
    }

    // MARK: Matching

    struct Match {
        var sources: [ResolvedActor]
        var targets: [ResolvedActor]
        /// Token index just past the matched words.
        var end: Int
        var implicitTarget = false
        var rules: [String] = []
    }

    /// Whether the pattern's words before the anchor come before it, in order: the last right
    /// before the verb or its tense auxiliaries ("heavily criticized", "the death toll has
    /// risen"; not "heavily did criticize"), the others at most two words apart ("heavily and
    /// unjustly criticized", "death and injury toll"), or none apart where they are joined
    /// ("most certainly did not"), within the clause.
    private func beforeWordsMatch(_ p: VerbPattern, anchor: Int, _ words: [String]) -> Bool {
        guard let last = p.before.last else { return true }
        var j = anchor - 1
        if j >= 0 && !last.contains(words[j]) {
            while j >= 0 && Self.tenseAuxiliaries.contains(words[j]) { j -= 1 }
        }
        for k in stride(from: p.before.count - 1, through: 0, by: -1) {
            var gap = 0
            let joined = p.beforeJoined.indices.contains(k) && p.beforeJoined[k]
            while j >= 0 && !p.before[k].contains(words[j]) {
                guard k < p.before.count - 1, !joined, gap < 2, words[j].first?.isLetter == true else { return false }
                gap += 1
                j -= 1
            }
            guard j >= 0 else { return false }
            j -= 1
        }
        return true
    }

    /// "Neither Russia nor China condemned ...": the word that negates the verb opens its
    /// subject, further from the verb than a pattern's words before it may stand. A pattern
    /// whose only word before the verb is "neither" (PETRARCH's `NEITHER *`) names that negation.
    private func negationOpensSubject(_ p: VerbPattern, _ frame: PredicateFrame) -> Bool {
        p.before.count == 1 && p.before[0].contains("neither") && frame.rules.contains("negation.neither-nor")
    }

    /// Auxiliaries of tense and voice that may stand between a pattern's words before the verb
    /// and the verb.
    static let tenseAuxiliaries: Set<String> = ["has", "have", "had", "is", "are", "was", "were", "been", "be", "being"]

    /// A verb anchor must not be a noun use of the same word ("the attack", "US offers").
    private func looksVerbal(_ i: Int, _ words: [String], _ tokens: [Token], _ actors: [ResolvedActor]) -> Bool {
        // A tagged sentence: the tagger decides ("advised against travel to": a noun).
        // A participle that modifies a noun after a determiner ("a detained French tourist") is
        // not the verb of a clause; after a noun it may be ("the coalition struck ...").
        if let tag = tokens[i].upos {
            if tokens[i].deprel == "amod", i > 0, ["DET", "ADJ", "NUM"].contains(tokens[i - 1].upos ?? "") { return false }
            // Nor one right after a verb or a preposition ("visited jailed journalist Evan
            // Gershkovich", "met with detained activists").
            if tokens[i].deprel == "amod", let h = tokens[i].head, h > i, i > 0, !words[i].hasSuffix("ing"),
               ["VERB", "ADP"].contains(tokens[i - 1].upos ?? "") { return false }
            // "would free over 150 prisoners": a verb form right after a modal is a verb
            // whatever the tagger says.
            if tag == "ADJ" || tag == "NOUN", i > 0, Self.modals.contains(words[i - 1]) { return true }
            if Lexicon.isPastFormReadAsAdjective(tokens, at: i) { return true }
            // "is weighing imposing sanctions": a gerund right after a verb, before its object,
            // read as an adjective.
            if tag == "ADJ", words[i].hasSuffix("ing"), i > 0, i + 1 < tokens.count, tokens[i - 1].upos == "VERB",
               ["NOUN", "DET", "PROPN", "NUM"].contains(tokens[i + 1].upos ?? "") { return true }
            // "Iraq's national security advisor met with ...": where the tagger left the sentence
            // without any verb, a past form at its root is the verb.
            if tag == "NOUN" || tag == "ADJ", tokens[i].deprel == "root", isPastForm(words[i]),
               !tokens.contains(where: { $0.upos == "VERB" || $0.upos == "AUX" }) { return true }
            return tag == "VERB" || tag == "AUX"
        }
        guard i > 0 else { return true }
        let prev = words[i - 1]
        // "the US offers": a word after an attributive name is a noun.
        if actors.contains(where: { $0.end == i && $0.isModifier }) { return false }
        if Lexicon.determiners.contains(prev) && !["that", "all", "both"].contains(prev) { return false }
        if prev == "'s" || prev == "\u{2019}s" { return false }
        return true
    }

    /// A regular past form ("welcomed") or an irregular past or participle ("met", "fought").
    private func isPastForm(_ w: String) -> Bool {
        let inflection = resources.verbs.inflection
        if let lemma = inflection.lemmaOfIrregular[w] { return lemma != w }
        return w.count > 4 && w.hasSuffix("ed")
    }

    /// Past a place adjunct at `toks[pos]`: "in" or "at" and a place or capital of the
    /// dictionaries within four words ("in Paris", "in the Syrian capital Damascus"); nil otherwise.
    private func skipPlace(_ toks: [Int], _ pos: Int, _ words: [String], _ actors: [ResolvedActor]) -> Int? {
        guard words[toks[pos]] == "in" || words[toks[pos]] == "at" else { return nil }
        for k in (pos + 1)..<min(toks.count, pos + 5) {
            if let g = actors.first(where: { $0.start == toks[k] && $0.ref != nil }) {
                guard isPlace(g) || g.mentions.allSatisfy({ $0.kind == .metonym }) else { return nil }
                var e = k
                while e < toks.count && toks[e] < g.end { e += 1 }
                return e
            }
            guard let c = words[toks[k]].first, c.isLetter else { return nil }
        }
        return nil
    }

    /// Past a time adjunct at `toks[pos]` ("met on Tuesday with", "demonstrated today in").
    private func skipTime(_ toks: [Int], _ pos: Int, _ words: [String]) -> Int {
        pos + Lexicon.timeAdjunctLength { k in pos + k < toks.count ? words[toks[pos + k]] : "" }
    }

    /// Where an amount set off by "of" or "worth" ends ("of 3 billion dollars", "worth more
    /// than $50 million"), or nil where none starts at `pos`.
    private func skipAmount(_ toks: [Int], _ pos: Int, _ words: [String]) -> Int? {
        let lead = words[toks[pos]]
        guard lead == "of" || lead == "worth" else { return nil }
        var k = pos + 1
        while k < toks.count, Self.amountLeadWords.contains(words[toks[k]]), k - pos <= 3 { k += 1 }
        let first = k
        while k < toks.count, Self.isAmountWord(words[toks[k]]) { k += 1 }
        return k > first ? k : nil
    }

    /// "over 150", "more than 20", "nearly a dozen": a word that makes the number after it approximate.
    private func isApproximator(_ p: Int, _ toks: [Int], _ words: [String]) -> Bool {
        guard Self.approximators.contains(words[toks[p]]), p + 1 < toks.count else { return false }
        let next = words[toks[p + 1]]
        return next.first?.isNumber == true || Lexicon.quantifiers.contains(next) || next == "a" || next == "to"
    }

    /// Words that lead an amount ("more than 300", "at least 40", "nearly 100").
    static let amountLeadWords: Set<String> = approximators.union(["more", "less", "fewer", "at", "least", "most"])

    static let approximators: Set<String> = [
        "over", "than", "about", "around", "nearly", "almost", "roughly", "approximately", "some", "up", "to",
    ]

    static let modals: Set<String> = ["will", "would", "shall", "should", "can", "could", "may", "might", "must", "wo", "ca"]

    private func pickTarget(_ t: ResolvedActor, avoiding source: ActorRef) -> ActorRef? {
        if !t.isCoreferent { return t.ref }
        func other(_ c: ActorRef, stateFromPeople: Bool = false) -> Bool {
            c.country != source.country || Self.distinctSectors(source, c, stateFromPeople: stateFromPeople)
        }
        // "Egypt evacuated its citizens": a possessive that stands first for the doer is the
        // doer's own, no one else's.
        if t.rules.contains("coref.possessive"), let first = t.candidates.first, !other(first) { return nil }
        // Not the source itself; at home, another sector ("students protested against the
        // government"), or the state's people ("Thailand banned the opposition party"), as for
        // named targets (`isDyad`).
        return t.candidates.first { other($0, stateFromPeople: true) }
    }

    private func span(_ g: ResolvedActor, _ s: Sentence) -> Span {
        Span(s.tokens[g.start].start, s.tokens[g.end - 1].end)
    }

    private func attempt(_ p: VerbPattern, frame: PredicateFrame, sentence: Sentence, words: [String], present: WordSignature,
                         actors: [ResolvedActor], adjectives: [Bool]) -> Result<Match, AttemptFailure> {
        var rules: [String] = []
        var sources: [ResolvedActor] = []
        var targets: [ResolvedActor] = []
        var implicit = false
        var end = frame.anchor + 1
        // "military aid": the role word that says what kind of help a noun is.
        var kindWord: Int?
        // Tokens of the complement, minus a passive agent phrase.
        var complement = Array(frame.complementRange)
        if let agent = frame.agentRange {
            complement.removeAll { $0 >= agent.lowerBound - 1 && $0 < agent.upperBound }
        }
        if !p.before.isEmpty && !beforeWordsMatch(p, anchor: frame.anchor, words) && !negationOpensSubject(p, frame) {
            return .failure(.init(.noMatch("the pattern's words before the anchor are not there")))
        }
        // "suspended its participation in the treaty with the US": an agreement named as one
        // already known is no signing, unless a verb of signing or keeping governs it.
        if p.isNoun, p.code.hasPrefix("057"), Self.isKnownAgreement(frame.anchor, words, sentence.tokens) {
            return .failure(.init(.noMatch("an agreement named as known ('the ...') is no new agreement")))
        }
        if p.mutual && frame.isPassive {
            return .failure(.init(.noMatch("a mutual pattern needs the actors as the verb's subject")))
        }
        if frame.isPassive, p.reversed, !p.targetIsDirectObject,
           let m = matchElements(p.elements, complement, 0, words, actors, adjectives), !m.targets.isEmpty {
            // "Gondor was freed from Mordor" under `free ... from + reverse=yes`: the slot actor
            // does the act to the passive subject.
            sources = subjects(in: frame.subjectRange, actors, words, sentence.tokens)
            guard !sources.isEmpty else { return .failure(.init(.noSource)) }
            targets = m.targets
            end = m.end < complement.count ? complement[m.end] : (complement.last.map { $0 + 1 } ?? end)
            rules.append("passive.reversed-pattern")
        } else if frame.isPassive {
            // What the act was done to: the passive subject, or the noun a relative clause
            // describes ("Imran Khan, who was jailed by a court").
            let patient = frame.subjectRange.isEmpty ? frame.antecedentRange ?? frame.subjectRange : frame.subjectRange
            if let agent = frame.agentRange { sources = actorsStarting(in: agent, actors, words) }
            if sources.isEmpty, let cause = causeOfPassive(complement, words, actors) {
                // "were killed in an Israeli air strike": the attack's owner did it.
                sources = [cause]
                rules.append("passive.cause-noun")
            }
            if sources.isEmpty, Self.violentRoots.contains(String(p.code.prefix(2))),
               let origin = originOfPassive(complement, words, actors) {
                // "Rockets were fired from Gaza into Israel": where the fire came from.
                sources = [origin]
                rules.append("passive.origin-place")
            }
            guard !sources.isEmpty else { return .failure(.init(.noSource)) }
            // "was pressured by Congress to help Iran", "were imposed by the United States on
            // Iranian drone makers": the parse may hang what follows on the agent's noun, so the
            // agent's phrase after the agent counts too.
            var afterDoer = complement
            if let agent = frame.agentRange, let doerEnd = sources.map(\.end).max() {
                afterDoer = (complement + agent.filter { $0 >= doerEnd }).sorted()
            }
            if p.targetIsDirectObject {
                targets = subjects(in: patient, actors, words, sentence.tokens)
                if targets.isEmpty, let owner = ownerOfProperty(in: patient, actors, words, sentence.tokens) {
                    // "A Russian tanker was seized", "the Syrian village was razed": what was
                    // struck or taken is its country's, as the active object is.
                    targets = [owner]
                    rules.append("passive.owned-property")
                }
                if targets.isEmpty, let doer = doerOfAct(in: patient, actors, words, sentence.tokens) {
                    // "The Israeli strike was condemned by Turkey", "the coup in Niger was
                    // condemned": judging an act judges its doer, or the place it happened.
                    targets = [doer]
                    rules.append("passive.judged-act")
                }
                // What follows the object (`oppose ... +` has nothing after it).
                let rest = Array(p.elements.drop { $0 != .target }.dropFirst())
                guard matchElements(rest, afterDoer, 0, words, actors, adjectives) != nil else {
                    return .failure(.init(.noMatch("the words after the object are missing")))
                }
            } else {
                // The object noun is the passive subject: "sanctions were imposed ..."
                let (objectWords, rest) = p.passiveSplit
                // Every word of the object, in order ("war games were held", not "prisoners of
                // war held by").
                var from = patient.lowerBound
                for w in objectWords {
                    guard let k = (from..<patient.upperBound).first(where: { w.contains(words[$0]) }) else {
                        return .failure(.init(.noMatch("the pattern's object is not the passive subject")))
                    }
                    from = k + 1
                }
                // The target's phrase may come after others ("were fired from Gaza into Israel").
                if let m = matchElements(rest, afterDoer, 0, words, actors, adjectives)
                    ?? (rest.first == .gap ? nil : matchElements([.gap] + rest, afterDoer, 0, words, actors, adjectives)) {
                    targets = m.targets
                }
                if targets.isEmpty, let object = objectWords.last,
                   let k = patient.lastIndex(where: { object.contains(words[$0]) }),
                   let m = matchElements(rest, Array(k + 1..<patient.upperBound), 0, words, actors, adjectives) {
                    // "Sanctions against Russia were imposed by the EU": the target is in the
                    // passive subject, after the pattern's object noun.
                    targets = m.targets
                    rules.append("passive.target-in-subject")
                }
                if targets.isEmpty, !objectWords.isEmpty {
                    // "sanctions were imposed by Washington": the target is the sentence's subject
                    // (not for a pattern with no object noun: "hit out at +" is no "was hit").
                    if let main = subjects(in: 0..<sentence.tokens.count, actors, words, sentence.tokens).first,
                       !sources.contains(where: { $0.ref?.country == main.ref?.country }) {
                        targets = [main]
                        implicit = true
                        rules.append("passive.implicit-target")
                    }
                }
            }
            if !rules.contains("passive.cause-noun") { rules.append("passive.by-agent") }
        } else {
            let mayMatch = p.mayMatchElements(in: present)
            var matched = mayMatch ? matchElements(p.elements, complement, 0, words, actors, adjectives) : nil
            if matched == nil, mayMatch, p.isNoun, let by = complement.first, words[by] == "by",
               let g = actors.first(where: { $0.ref != nil && ($0.start == by + 1 || ($0.start == by + 2 && Lexicon.determiners.contains(words[by + 1]))) }) {
                // "the visit by US lawmakers to Taiwan": the doer's phrase comes first (it is
                // the source, found by the noun's modifier rule).
                matched = matchElements(p.elements, complement.filter { $0 < by || $0 >= g.end }, 0, words, actors, adjectives)
            }
            // "Gondor and Osgiliath postponed their meeting": each does it to the other.
            var reciprocal = p.mutual && matched != nil
            // "the talks between Iran and Saudi Arabia": each side does it with the other.
            var between: [ResolvedActor] = []
            // The phrase may come after where it happened ("fighting erupted in Khartoum between").
            // Not where a third party acts between them ("Qatar's mediation between Israel and Hamas").
            if p.isNoun, (matched == nil && p.reciprocalElements != nil) || p.endsWithBetween, !Self.thirdPartyCodes.contains(p.code),
               let at = complement.prefix(6).firstIndex(where: { words[$0] == "between" }),
               at == 0 || p.endsWithBetween,
               let m = matchElements([.words(["between"], optional: false), .target], complement, at, words, actors, adjectives),
               m.targets.count >= 2 {
                matched = m
                between = m.targets
                reciprocal = true
            }
            if matched == nil, let short = p.reciprocalElements, let m = matchElements(short, complement, 0, words, actors, adjectives) {
                matched = m
                reciprocal = true
            }
            // "killed at least 20 people in Gaza": victims who are no actor, in a place that is.
            if matched == nil, !p.isNoun, p.elements == [.target] || p.elements == [.gap, .target], Self.violentRoots.contains(String(p.code.prefix(2))),
               let place = victimsPlace(complement, words, actors) {
                matched = ([place], complement.count)
                implicit = true
                rules.append("target.victims-place")
            }
            guard let m = matched else {
                return .failure(.init(.noMatch("the words after the anchor do not follow the pattern")))
            }
            targets = m.targets
            end = m.end < complement.count ? complement[m.end] : (complement.last.map { $0 + 1 } ?? end)
            if p.isNoun {
                sources = nounModifier(frame.anchor, words, sentence.tokens, actors)
                // "attacks on civilians by Myanmar's military": the doer after the target.
                if sources.isEmpty, let t = targets.last, t.end + 1 < words.count, words[t.end] == "by" {
                    let d = Lexicon.determiners.contains(words[t.end + 1]) ? t.end + 2 : t.end + 1
                    if let g = actors.first(where: { $0.start == d && $0.ref != nil }) {
                        sources = [g]
                        rules.append("noun.doer-after-target")
                    }
                }
                if sources.isEmpty {
                    sources = passiveLightVerbAgents(frame.anchor, sentence.tokens, words, actors)
                    if !sources.isEmpty { rules.append("noun.passive-light-verb-agent") }
                }
                // "military aid", "humanitarian and civilian assistance": a role word of no country
                // right before a noun of help or cooperation says what kind it is, not who gives it.
                if let g = sources.first, sources.count == 1, g.end == frame.anchor, g.mentions.count == 1,
                   g.mentions[0].kind == .agent, g.ref?.country == nil,
                   ["03", "04", "05", "06", "07", "08"].contains(String(p.code.prefix(2))) {
                    sources = []
                    kindWord = g.start
                }
                if !sources.isEmpty { rules.append("noun.modifier-source") }
            }
            if sources.isEmpty, let ante = frame.antecedentRange {
                // An actor that reaches into the antecedent counts ("Serbian" may hang elsewhere in
                // the parse of "Serbian President Aleksandar Vucic, who ...").
                if let g = actors.last(where: { $0.start < ante.upperBound && $0.end > ante.lowerBound && $0.end <= ante.upperBound && !$0.isModifier }),
                   // "an attack on a concert hall near Moscow that killed 140 people": a place in a
                   // locative phrase does no violence; the relative clause is the act's.
                   !(Self.violentRoots.contains(String(p.code.prefix(2))) && (isPlace(g) || g.mentions.allSatisfy { $0.kind == .metonym })
                     && g.start > 0 && Self.locativePrepositions.contains(words[g.start - 1])) {
                    sources = [g]
                    rules.append("relative.antecedent")
                }
            }
            // An event noun is the subject's own act only after a preposition or a light verb
            // ("in coordination with", "launched an attack on"), not as another verb's object
            // ("condemned the attack on").
            if sources.isEmpty && (!p.isNoun || nounIsSubjectsAct(frame.anchor, words, sentence.tokens, code: p.code)) {
                sources = subjects(in: frame.subjectRange, actors, words, sentence.tokens)
                // The kind of help is not who gives it, in the subject region either.
                if let k = kindWord { sources.removeAll { $0.start == k } }
                // "condemned an Iranian missile strike, saying it killed two children": "it" that
                // does violence is the violent act named before, and so its owner.
                if sources.count == 1, sources[0].isCoreferent, sources[0].end == sources[0].start + 1,
                   words[sources[0].start] == "it", Self.violentRoots.contains(String(p.code.prefix(2))),
                   let owner = ownedViolentNoun(before: sources[0].start, words, actors) {
                    sources = [owner]
                    rules.append("coref.it-violent-act")
                }
            }
            // "Eriador's death toll has risen" with `{DEATH TOLL} *`: the pattern's own words
            // are the subject noun, so its possessor is who the event is about.
            if sources.isEmpty, !p.before.isEmpty,
               let g = actors.first(where: { g in
                   g.isPossessive && g.ref != nil && frame.subjectRange.contains(g.start) && g.end < words.count
                       && p.before.contains { $0.contains(words[g.end]) }
               }) {
                sources = [g]
                rules.append("subject.possessor-of-pattern-words")
            }
            // "Israeli air strikes killed ...": the owner of a violent noun that is the subject.
            if sources.isEmpty, !p.isNoun, Self.violentRoots.contains(String(p.code.prefix(2))),
               let owner = violentNounOwner(Array(ownerRegion(frame.subjectRange, actors).prefix(6)), words, actors) {
                sources = [owner]
                rules.append("subject.violent-noun-owner")
            }
            // The governing clause's subject stands in only for an event noun, or for a verb
            // whose own subject region is empty ("X said that ... would be made in coordination with Y").
            // Not for a relative clause: "accused Iran's proxies of a drone attack that killed
            // three soldiers" (the attack's doer, if any, is no one of the governing clause).
            if sources.isEmpty, frame.antecedentRange == nil, let outer = frame.outerSubjectRange,
               (p.isNoun && nounIsSubjectsAct(frame.anchor, words, sentence.tokens, code: p.code)) || frame.subjectRange.allSatisfy({ Lexicon.auxiliaries.contains(words[$0]) || Lexicon.negations.contains(words[$0]) }) {
                sources = subjects(in: outer, actors, words, sentence.tokens)
                if !sources.isEmpty { rules.append("subject.governing-clause") }
            }
            if !between.isEmpty {
                sources = between
                rules.append("noun.between-pair")
            }
            if reciprocal {
                // "India and Pakistan agreed to talks": each does it with the other.
                if sources.count == 1, sources[0].rules.contains("coref.pair"), sources[0].members.count >= 2 {
                    // "the two leaders signed a series of agreements": each side of the pair.
                    let pair = sources[0]
                    sources = pair.members.map { m in
                        var side = pair
                        side.ref = m
                        side.members = []
                        side.candidates = [m]
                        side.isPlural = false
                        side.isCoreferent = false
                        return side
                    }
                }
                guard sources.count >= 2 else { return .failure(.init(.noTarget)) }
                targets = sources
                rules.append("reciprocal.compound-subject")
            }
        }
        if sources.isEmpty { return .failure(.init(.noSource)) }
        if targets.isEmpty { return .failure(.init(.noTarget)) }
        return .success(Match(sources: sources, targets: targets, end: end, implicitTarget: implicit, rules: rules))
    }

    struct AttemptFailure: Error {
        let outcome: PatternAttempt.Outcome
        init(_ o: PatternAttempt.Outcome) { outcome = o }
    }

    /// Matches pattern elements against complement tokens (indexes into the sentence).
    /// Returns the targets and where the pattern's own words end (the target's start, or the
    /// end of the last literal when the target comes first).
    private func matchElements(_ elements: [VerbPattern.Element], _ toks: [Int], _ start: Int, _ words: [String],
                               _ actors: [ResolvedActor], _ adjectives: [Bool]) -> (targets: [ResolvedActor], end: Int)? {
        var pos = start
        var targetAt: Int?
        var targets: [ResolvedActor] = []
        var e = 0
        while e < elements.count {
            switch elements[e] {
            case let .words(forms, optional):
                var p = pos
                if p < toks.count && !forms.contains(words[toks[p]]) { p = skipTime(toks, p, words) }
                // "marched in Paris against Macron", "met in Moscow with Putin": past where it happened.
                if p < toks.count && !forms.contains(words[toks[p]]), let q = skipPlace(toks, p, words, actors) {
                    p = q
                    if p < toks.count && !forms.contains(words[toks[p]]) { p = skipTime(toks, p, words) }
                }
                // "a loan of $3 billion to Pakistan", "aid worth 50 million euros to": past the sum.
                if p < toks.count && !forms.contains(words[toks[p]]), let q = skipAmount(toks, p, words) { p = q }
                // Determiners may precede a literal noun ("impose the sanctions").
                while p < toks.count && Lexicon.determiners.contains(words[toks[p]]) && !forms.contains(words[toks[p]]) { p += 1 }
                // An act's participle may come before its doer ("welcomed the decision taken by").
                if forms.contains("by"), e > 0, p < toks.count, !forms.contains(words[toks[p]]), let by = byAfterParticiple(toks, p, words) {
                    p = by
                }
                if p < toks.count && forms.contains(words[toks[p]]) {
                    pos = p + 1
                } else if forms.contains("'s"), pos > 0, ["'s", "\u{2019}s"].contains(words[toks[pos - 1]]) {
                    // The possessive was taken in with the actor before it ("welcome + 's decision").
                } else if !optional {
                    return nil
                }
            case .skip:
                // Try the rest after skipping 0...3 words, none of them punctuation; the words
                // of an amount count as one ("approved a $619 million arms package").
                let rest = Array(elements[(e + 1)...])
                var k = pos
                var skipped = 0
                while true {
                    if let m = matchElements(rest, toks, k, words, actors, adjectives) {
                        return (targets + m.targets, targetAt ?? m.end)
                    }
                    guard k < toks.count else { break }
                    let w = words[toks[k]]
                    let amount = Self.isAmountWord(w)
                    // A possessive mark is part of the words skipped ("the country's ambassador").
                    if w == "'s" || w == "\u{2019}s" { k += 1; continue }
                    guard let c = w.first, c.isLetter || c.isNumber || amount else { break }
                    // "more than 300", "at least 40": words before a number are part of the amount.
                    let beforeNumber = Self.amountLeadWords.contains(w)
                        && toks[(k + 1)...].prefix(2).contains { words[$0].first?.isNumber == true }
                    if !(amount && k > pos && Self.isAmountWord(words[toks[k - 1]])) && !beforeNumber { skipped += 1 }
                    guard skipped <= 3 else { break }
                    k += 1
                }
                return nil
            case .gap:
                // Anywhere further in the complements.
                let rest = Array(elements[(e + 1)...])
                for start in pos..<max(pos, toks.count) {
                    if let m = matchElements(rest, toks, start, words, actors, adjectives) {
                        return (targets + m.targets, targetAt ?? m.end)
                    }
                }
                return nil
            case .phrase:
                // `^`: one noun phrase, an actor with its noun ("their Ent populations") or
                // words that are no actor, passed over.
                var p = pos
                while p < toks.count && (Lexicon.determiners.contains(words[toks[p]]) || (toks[p] < adjectives.count && adjectives[toks[p]]))
                        && actorStarting(at: toks[p], actors) == nil { p += 1 }
                guard p < toks.count else { return nil }
                if let g = actors.first(where: { $0.start == toks[p] }) {
                    while p < toks.count && toks[p] < g.end { p += 1 }
                    p = skipNounPhrase(toks, p, words, actors)
                } else {
                    let q = skipNounPhrase(toks, p, words, actors)
                    guard q > p else { return nil }
                    p = q
                }
                pos = p
            case .target:
                // A pattern that goes on after the target ("welcome + 's decision") reads the
                // possessed noun itself.
                let at = pos < toks.count && actorStarting(at: toks[pos], actors) == nil ? skipTime(toks, pos, words) : pos
                guard let (found, next) = targetSlot(toks, at, words, actors, adjectives, skipPossessed: e + 1 == elements.count) else { return nil }
                targets = found
                targetAt = targetAt ?? pos
                pos = next
            }
            e += 1
        }
        return (targets, targetAt.map { $0 == pos ? pos : $0 } ?? pos)
    }

    /// The actor(s) of a target slot starting at `toks[pos]`: a phrase, possibly coordinated
    /// ("the United States, Britain and France"); a non-actor conjunct is passed over ("his
    /// ally and Russian counterpart Vladimir Putin").
    /// `adjectives[i]`: the tagger read token i as an adjective ("war-torn Mozambique", "northern
    /// Syria"); empty when the sentence is not tagged.
    private func targetSlot(_ toks: [Int], _ pos: Int, _ words: [String], _ actors: [ResolvedActor], _ adjectives: [Bool],
                            skipPossessed: Bool = true) -> ([ResolvedActor], Int)? {
        var p = pos
        var found: [ResolvedActor] = []
        var conjunct = 0
        while p < toks.count && conjunct < 6 {
            while p < toks.count && (Lexicon.determiners.contains(words[toks[p]]) || Lexicon.quantifiers.contains(words[toks[p]])
                                     || (conjunct == 0 && words[toks[p]] == "neither")
                                     || words[toks[p]].first?.isNumber == true || (toks[p] < adjectives.count && adjectives[toks[p]])
                                     || isModifierWord(words[toks[p]]) || isApproximator(p, toks, words))
                    && actorStarting(at: toks[p], actors) == nil { p += 1 }
            guard p < toks.count else { break }
            if let g = actors.first(where: { $0.start == toks[p] }) {
                var next = p
                while next < toks.count && toks[next] < g.end { next += 1 }
                let isPronoun = g.mentions.count == 1 && g.mentions[0].kind == .pronoun
                if g.isPossessive && isPronoun
                    && !(next..<min(toks.count, next + 2)).contains(where: { k in
                        Self.propertyNouns.contains(words[toks[k]]) || Self.territoryNouns.contains(words[toks[k]])
                            || Self.ownedPlaceNouns.contains(words[toks[k]]) }) {
                    // "his ally", "their Turkish counterparts": the pronoun is only a determiner
                    // (not so for what it owns: "attacked its consulate", "shelled its cities").
                    p = next
                    continue
                }
                if g.rules.contains("actor.leader-of-named"), next < toks.count, actorStarting(at: toks[next], actors) != nil {
                    // "the Russian-led Collective Security Treaty Organization": the body itself.
                    p = next
                    continue
                }
                if g.ref != nil { found.append(g) }
                // "support for Russia's invasion": the possessor is the target, its noun is passed over.
                if g.isPossessive && skipPossessed { next = skipNounPhrase(toks, next, words, actors) }
                p = next
            } else {
                // Not an actor ("the punitive measures taken against Russia"): only a
                // coordinated phrase after it can still be the target, or the actor it belongs
                // to ("a government-held part of Syria's second city", "the leader of Iraq").
                let q = skipNounPhrase(toks, p, words, actors)
                // "the killing of civilians by Myanmar's military", "attacks on civilians by the
                // army": an act's doer, after its victim, is who the act is held against.
                if q > p, found.isEmpty, Self.judgedActNouns.contains(words[toks[q - 1]]), let by = doerAfterVictim(toks, q, words, actors) {
                    p = by
                    continue
                }
                if found.isEmpty, let n = (p..<q).first(where: { Self.judgedActNouns.contains(words[toks[$0]]) }),
                   let by = doerAfterParticiple(toks, n + 1, words, actors) {
                    p = by
                    continue
                }
                // "an oil refinery in southern Russia", "positions held by the RSF": the place or
                // force an installation belongs to.
                if q > p, found.isEmpty, (p..<q).contains(where: { Self.installationNouns.contains(words[toks[$0]]) }),
                   let owner = installationOwner(toks, q, words, actors, adjectives) {
                    p = owner
                    continue
                }
                if q > p, q + 1 < toks.count, words[toks[q]] == "of" || (words[toks[q]] == "by" && Self.judgedActNouns.contains(words[toks[q - 1]])), found.isEmpty {
                    // "the offices of an independent news outlet": past a determiner and adjectives.
                    var r = q + 1
                    while r < toks.count, r - q <= 3, actorStarting(at: toks[r], actors) == nil,
                          Lexicon.determiners.contains(words[toks[r]]) || (toks[r] < adjectives.count && adjectives[toks[r]]) { r += 1 }
                    if r < toks.count, actorStarting(at: toks[r], actors) != nil {
                        p = r
                        continue
                    }
                }
                p = q
            }
            // Coordination continues the slot; a comma only inside a list ("A, B and C").
            guard p < toks.count else { break }
            let w = words[toks[p]]
            let listGoesOn = toks[p..<min(toks.count, p + 10)].contains { words[$0] == "and" || words[$0] == "or" }
            if w == "and" || w == "or" || w == "nor" || (w == "," && listGoesOn && p + 1 < toks.count && !Lexicon.subordinators.contains(words[toks[p + 1]])) {
                p += 1
                if p < toks.count && (words[toks[p]] == "and" || words[toks[p]] == "or") { p += 1 }
                conjunct += 1
                continue
            }
            break
        }
        return found.isEmpty ? nil : (found, p)
    }

    /// Where the doer's phrase starts ("by" + actor) after an act's prepositional phrase that
    /// starting at `toks[q]` ("of civilians", "on the protesters"): within six words, before any
    /// punctuation.
    private func doerAfterVictim(_ toks: [Int], _ q: Int, _ words: [String], _ actors: [ResolvedActor]) -> Int? {
        guard q < toks.count, ["of", "on", "against"].contains(words[toks[q]]) else { return nil }
        var k = q + 1
        while k < toks.count, k - q <= 6, words[toks[k]] != "by" {
            guard words[toks[k]].first.map({ $0.isLetter || $0 == "'" }) == true else { return nil }
            k += 1
        }
        guard k > q + 1 else { return nil }
        return doerAfterBy(toks, k, words, actors)
    }

    /// Where the doer's phrase starts after an act noun's participle ("the sanctions imposed by
    /// the European Union", "the strikes carried out by Israel"): the participle, a particle,
    /// then "by" and the actor.
    private func doerAfterParticiple(_ toks: [Int], _ q: Int, _ words: [String], _ actors: [ResolvedActor]) -> Int? {
        byAfterParticiple(toks, q, words).flatMap { doerAfterBy(toks, $0, words, actors) }
    }

    /// Where "by" stands after a past participle at `toks[q]` and its particle, if any ("taken
    /// by", "put forward by"); nil when it does not.
    private func byAfterParticiple(_ toks: [Int], _ q: Int, _ words: [String]) -> Int? {
        guard q < toks.count, Self.isPastParticipleForm(words[toks[q]], resources.verbs.inflection) else { return nil }
        var k = q + 1
        if k < toks.count, Self.participleParticles.contains(words[toks[k]]) { k += 1 }
        return k < toks.count && words[toks[k]] == "by" ? k : nil
    }

    /// Where the actor after "by" at `toks[k]` starts (past a determiner); nil when no actor does.
    private func doerAfterBy(_ toks: [Int], _ k: Int, _ words: [String], _ actors: [ResolvedActor]) -> Int? {
        guard k + 1 < toks.count, words[toks[k]] == "by" else { return nil }
        let at = toks[k + 1]
        let d = Lexicon.determiners.contains(words[at]) ? at + 1 : at
        return actors.contains(where: { $0.ref != nil && $0.start == d }) ? (d == at ? k + 1 : k + 2) : nil
    }

    /// A word written as a verb's past participle: regular ("imposed") or irregular ("made").
    static func isPastParticipleForm(_ w: String, _ inflection: Inflection) -> Bool {
        w.count > 3 && w.hasSuffix("ed") || inflection.lemmaOfIrregular[w] != nil
    }

    /// Moves past adjectives and nouns of a phrase that is not an actor.
    private func skipNounPhrase(_ toks: [Int], _ from: Int, _ words: [String], _ actors: [ResolvedActor]) -> Int {
        var p = from
        var n = 0
        while p < toks.count && n < 4 {
            let w = words[toks[p]]
            guard let c = w.first, c.isLetter, !Lexicon.isFunctionWord(w), actorStarting(at: toks[p], actors) == nil else { break }
            p += 1
            n += 1
        }
        return p
    }

    private func actorStarting(at token: Int, _ actors: [ResolvedActor]) -> ResolvedActor? {
        actors.first { $0.start == token && $0.ref != nil }
    }

    private func actorsStarting(in range: Range<Int>, _ actors: [ResolvedActor], _ words: [String]) -> [ResolvedActor] {
        let toks = Array(range)
        return targetSlot(toks, 0, words, actors, [])?.0 ?? []
    }

    /// The subject actors in a clause region: the first actor phrase that is not inside a
    /// prepositional phrase, with anything coordinated with it.
    private func subjects(in region: Range<Int>, _ actors: [ResolvedActor], _ words: [String], _ tokens: [Token]) -> [ResolvedActor] {
        // A modifier inside a list of actors: a known one, or an adjective by the tagger
        // ("Arnor, Calenardhon and the evil awful Gondor"); "Kurdish-led", "Iranian-backed"
        // whatever the tagger says.
        func isModifier(_ i: Int) -> Bool {
            isModifierWord(words[i]) || tokens[i].upos == "ADJ" || words[i].hasSuffix("-led") || words[i].hasSuffix("-backed")
        }
        // "Sudan's army and the RSF agreed": a region that opens with a coordinator lost its
        // first conjunct to the parse; the actor right before it belongs to the subject.
        var range = region
        if let f = range.first, f < words.count, words[f] == "and" || words[f] == "or",
           let g = actors.last(where: { $0.end == f && $0.ref != nil }) {
            range = g.start..<region.upperBound
        } else if let f = range.first, f < words.count, actors.contains(where: { $0.start == f && $0.ref != nil }) {
            // "Syria's new government and the Kurdish-led SDF signed": the same where the
            // parse also left out the conjunct's determiner and modifiers.
            var b = f - 1
            while b >= 0, f - b <= 3, Lexicon.determiners.contains(words[b]) || isModifier(b) { b -= 1 }
            if b > 0, b < f - 1, words[b] == "and", let g = actors.last(where: { $0.end == b && $0.ref != nil && !$0.isModifier }),
               !(0..<g.start).contains(where: { tokens[$0].upos == "VERB" || tokens[$0].upos == "AUX" }) {
                range = g.start..<region.upperBound
            }
        }
        // "Qatari and Egyptian mediators" when the parse leaves "Qatari" out of the subject:
        // the names that share the role of the actor opening the region belong with it.
        if let h = actors.first(where: { $0.start <= range.lowerBound && $0.end > range.lowerBound && $0.ref != nil }) {
            var start = h.start
            while let k = actors.last(where: { $0.end <= start && $0.end > start - 3 && $0.rules.last == "actor.shared-role" }),
                  (k.end..<start).allSatisfy({ words[$0] == "and" || words[$0] == "or" || words[$0] == "," }) {
                start = k.start
            }
            if start < range.lowerBound { range = start..<range.upperBound }
        }
        // "Israeli warplanes struck Hezbollah targets after the militant group fired": a parse
        // that makes the later clause's verb the root folds the first clause into its subject;
        // the subject is the noun phrase after the subordinator, right before the verb.
        if let s = range.last(where: { Self.clauseSubordinators.contains(words[$0]) }),
           s > range.lowerBound, s + 1 < range.upperBound,
           (s + 1..<range.upperBound).allSatisfy({ ["DET", "ADJ", "NOUN", "PROPN", "NUM"].contains(tokens[$0].upos ?? "") || words[$0] == "'s" }),
           actors.contains(where: { $0.start > s && $0.start < range.upperBound && $0.ref != nil && !$0.isModifier }) {
            range = s + 1..<range.upperBound
        }
        // "Microsoft said hackers linked to the Chinese government had broken into": in a
        // region that holds a verb of saying, the subject follows what was said.
        if let r = range.last(where: { $0 < tokens.count && tokens[$0].upos == "VERB" && Lexicon.reportingVerbs.contains(words[$0]) }),
           actors.contains(where: { $0.start > r && $0.start < range.upperBound && $0.ref != nil && !$0.isModifier }) {
            range = r + 1..<range.upperBound
        }
        // A phrase that reaches into the region counts ("Bree President Romendacil" when the
        // parse leaves "Bree" outside the subject).
        let inRange = actors.filter { $0.start < range.upperBound && $0.end > range.lowerBound && $0.ref != nil && !$0.isModifier }
        for g in inRange {
            // Skip phrases governed by a preposition ("Despite the US offers", "in its oil quota").
            var b = g.start - 1
            while b >= range.lowerBound && (Lexicon.determiners.contains(words[b]) || isModifier(b)) { b -= 1 }
            if b >= range.lowerBound && Lexicon.prepositions.contains(words[b]) {
                // "Hundreds of UN troops", "some of the rebels": the actor is the quantity's head.
                let quantity = (words[b] == "of" && b > range.lowerBound && Self.quantityNouns.contains(words[b - 1]))
                    // "Fighters from the Rapid Support Forces", "members of Hamas": its people.
                    || ((words[b] == "from" || words[b] == "of") && b == range.lowerBound + 1 && Self.memberNouns.contains(words[b - 1]))
                if !quantity { continue }
            }
            if g.isPossessive { continue }
            var out = [g]
            var end = g.end
            for h in inRange where h.start > g.start {
                let gap = words[end..<h.start]
                guard !gap.isEmpty, gap.contains(where: { $0 == "," || $0 == "and" || $0 == "nor" }) else { break }
                // "Mordor, the Shire, Arnor and Bree": a conjunct that is no actor may stand
                // between two that are, when the parse puts the later one in the same list.
                let listed = (end..<h.start).allSatisfy({ words[$0] == "," || words[$0] == "and" || words[$0] == "nor" || Lexicon.determiners.contains(words[$0]) || isModifier($0) })
                guard listed || (h.start - end <= 5 && (Self.isConjunct(h.start..<h.end, of: g.start..<g.end, tokens)
                                                       || Self.areCoSubjects(g.start..<g.end, h.start..<h.end, tokens))) else { break }
                // "The president of Kenya, William Ruto, visited": an apposition names the same
                // actor, and "Hezbollah, Iran's most powerful proxy," its owner names none.
                func isAppositionOfG(_ k: Int) -> Bool { tokens[k].deprel == "appos" && (g.start..<g.end).contains(tokens[k].head ?? -1) }
                // The apposition's head may lie past the phrase: after a possessive, or further
                // in the same name ("Sheikh Tamim bin Hamad" of "... Hamad Al Thani").
                func reachesApposition(_ k: Int) -> Bool {
                    guard let m = tokens[k].head, m >= h.end, m < tokens.count, isAppositionOfG(m) else { return false }
                    return h.isPossessive || (h.end...m).allSatisfy { tokens[$0].upos == "PROPN" }
                }
                // Not after "and", whatever the parse says ("Yoon and Japanese Prime Minister Kishida").
                if !gap.contains(where: { $0 == "and" || $0 == "nor" }), (h.start..<h.end).contains(where: { k in
                    isAppositionOfG(k) || reachesApposition(k)
                }) {
                    // "The president, Emmanuel Macron,": an agent of no stated country is the
                    // one its apposition names.
                    if out.count == 1, out[0].ref?.country == nil, h.ref?.country != nil, !h.isPossessive { out[0] = h }
                    end = h.end
                    continue
                }
                // The same when the parse makes the name a second subject after a comma.
                if out.count == 1, gap.allSatisfy({ $0 == "," }), out[0].ref?.country == nil,
                   out[0].mentions.allSatisfy({ $0.kind == .agent }), h.ref?.country != nil, !h.isPossessive,
                   h.mentions.allSatisfy({ $0.kind == .person }) {
                    out[0] = h
                    end = h.end
                    continue
                }
                out.append(h)
                end = h.end
            }
            return out
        }
        // "UN inspectors", "Iranian nuclear negotiators": a name or country word before a noun
        // of people who act stands for its actor when the subject has no other.
        for g in actors where g.isModifier && g.ref != nil && g.start >= range.lowerBound && g.end < range.upperBound {
            var head = g.end
            while head < range.upperBound - 1 && head < g.end + 2 && tokens[head].upos == "ADJ" { head += 1 }
            // "al-Qaeda's terror network", "the Hamas movement": a group's own body is the group.
            var body = g.end
            while body < range.upperBound - 1 && body < g.end + 2 && ["ADJ", "NOUN"].contains(tokens[body].upos ?? "")
                    && !Self.groupBodyNouns.contains(words[body]) { body += 1 }
            guard Self.isPeopleNoun(words[head], tokens[head]) || Self.weaponNouns.contains(words[head])
                    || (Self.groupBodyNouns.contains(words[body]) && g.ref?.code != g.ref?.country) else { continue }
            var b = g.start - 1
            while b >= range.lowerBound && Lexicon.determiners.contains(words[b]) { b -= 1 }
            if b >= range.lowerBound && Lexicon.prepositions.contains(words[b]) { continue }
            // "Turkish and Russian inspectors": the names coordinated before it qualify the same noun.
            var out = [g]
            while let first = out.first,
                  let k = actors.last(where: { $0.isModifier && $0.ref != nil && $0.end < first.start && $0.end >= first.start - 2 && $0.start >= range.lowerBound }),
                  (k.end..<first.start).allSatisfy({ words[$0] == "and" || words[$0] == "or" || words[$0] == "," }) {
                out.insert(k, at: 0)
            }
            return out
        }
        // "Caras Galadhon's new mayor left", "Ithilen's palace guard militia was freed": the
        // possessor that opens a subject with no actor of its own stands for it.
        for g in actors where g.isPossessive && g.ref != nil && g.start >= range.lowerBound && g.end < range.upperBound {
            var b = g.start - 1
            while b >= range.lowerBound && Lexicon.determiners.contains(words[b]) { b -= 1 }
            if b >= range.lowerBound { continue }
            return [g]
        }
        return []
    }

    /// A country or name word modifying the head noun of `region` when that noun is property or
    /// a site ("the Russian tanker", "a Syrian army base"); nil otherwise.
    private func ownerOfProperty(in region: Range<Int>, _ actors: [ResolvedActor], _ words: [String], _ tokens: [Token]) -> ResolvedActor? {
        guard let head = Self.phraseHead(region, tokens), Self.propertyNouns.contains(words[head]) else { return nil }
        return qualifier(of: head, in: region, actors, tokens, possessive: false)
    }

    /// The actor that qualifies the noun `head` from before it in `region`, past adjectives and
    /// nouns only ("the Russian tanker", "the Israeli air strike", with `possessive` "Russia's
    /// invasion").
    private func qualifier(of head: Int, in region: Range<Int>, _ actors: [ResolvedActor], _ tokens: [Token], possessive: Bool) -> ResolvedActor? {
        actors.first { g in
            (g.isModifier || (possessive && g.isPossessive)) && g.ref != nil && g.start >= region.lowerBound && g.end <= head
                && (g.end..<head).allSatisfy { ["ADJ", "NOUN", "PROPN", "PART"].contains(tokens[$0].upos ?? "") }
        }
    }

    /// Who did the act that heads `region` ("the Israeli strike", "Russia's invasion", "the
    /// attack by Hamas"), else where it happened ("the coup in Niger"); nil when the head is no act.
    private func doerOfAct(in region: Range<Int>, _ actors: [ResolvedActor], _ words: [String], _ tokens: [Token]) -> ResolvedActor? {
        guard let head = Self.phraseHead(region, tokens),
              Self.judgedActNouns.contains(words[head]) || Self.violentNouns.contains(words[head]) || words[head] == "coup" else { return nil }
        if let owner = qualifier(of: head, in: region, actors, tokens, possessive: true) { return owner }
        for by in ["by", "in"] {
            if let k = (head + 1..<region.upperBound).first(where: { words[$0] == by }),
               let g = actors.first(where: { $0.ref != nil && !$0.isModifier && ($0.start == k + 1 || ($0.start == k + 2 && Lexicon.determiners.contains(words[k + 1]))) }) {
                return g
            }
        }
        // "Xi arrived in Paris for a state visit hosted by Macron": the act of the subject of
        // the verb it is the purpose of.
        if tokens[head].deprel == "obl", let v = tokens[head].head, v >= 0, v < tokens.count, tokens[v].upos == "VERB",
           let k = tokens.indices.first(where: { tokens[$0].head == v && tokens[$0].deprel?.hasPrefix("nsubj") == true }) {
            return actors.first { $0.ref != nil && !$0.isModifier && !$0.isPossessive && $0.start <= k && k < $0.end }
        }
        return nil
    }

    /// Things a country owns that are struck, seized or destroyed.
    static let propertyNouns: Set<String> = siteNouns.union([
        "ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter", "freighters", "boat", "boats",
        "embassy", "embassies", "consulate", "consulates", "home", "homes", "house", "houses", "property", "properties",
        "factory", "factories", "plant", "office", "offices", "facility", "facilities", "village", "villages",
        "town", "towns", "pipeline", "pipelines", "bridge", "bridges", "port", "airport", "airfield", "warehouse",
    ])

    /// The token of a phrase whose head lies outside it (or that has none).
    static func phraseHead(_ r: Range<Int>, _ tokens: [Token]) -> Int? {
        r.first { i in tokens[i].head.map { !r.contains($0) } ?? true }
    }

    /// True when the phrase `later` is coordinated with `first` on the dependency tree: its head
    /// is a `conj` of a token of `first`, directly or through earlier conjuncts.
    static func isConjunct(_ later: Range<Int>, of first: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let h = phraseHead(later, tokens) else { return false }
        var x = h
        var steps = 0
        while steps < 8, tokens[x].deprel == "conj", let up = tokens[x].head, up >= 0, up < tokens.count {
            if first.contains(up) { return true }
            x = up
            steps += 1
        }
        return false
    }

    /// True when the parse gives one verb both phrases as subjects ("Arnor and the evil awful
    /// Gondor welcomed", where it read "evil" as a noun conjunct): both are its subjects.
    static func areCoSubjects(_ a: Range<Int>, _ b: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let x = phraseHead(a, tokens), let y = phraseHead(b, tokens), let hx = tokens[x].head, hx >= 0, hx == tokens[y].head else { return false }
        return tokens[x].deprel?.hasPrefix("nsubj") == true && tokens[y].deprel?.hasPrefix("nsubj") == true
    }

    /// Plural nouns of people who act for someone ("inspectors", "negotiators", "diplomats").
    static func isPeopleNoun(_ w: String, _ t: Token) -> Bool {
        if let tag = t.xpos, tag != "NNS" { return false }
        if peopleNouns.contains(w) { return true }
        if w.hasSuffix("ments") || notPeopleNouns.contains(w) { return false }
        return w.count > 5 && ["ers", "ors", "ists", "ians", "ants", "ents", "ates", "ats"].contains { w.hasSuffix($0) }
    }

    static let notPeopleNouns: Set<String> = [
        "others", "numbers", "papers", "orders", "borders", "waters", "matters", "letters", "centers", "sectors",
        "factors", "reactors", "plants", "threats", "rates", "markets",
    ]

    static let peopleNouns: Set<String> = ["experts", "envoys", "monitors", "observers", "delegates", "staff", "crews", "teams"]

    /// Sites named by who uses them: "military base", "refugee camp", "police station".
    static let siteNouns: Set<String> = ["base", "bases", "camp", "camps", "station", "stations", "post", "posts", "building", "buildings",
                                         "barracks", "headquarters", "compound", "outpost", "outposts", "checkpoint"]

    /// Installations and positions that force strikes: what is struck belongs to the place
    /// it is in or the force that holds it.
    static let installationNouns: Set<String> = siteNouns.union([
        "target", "targets", "position", "positions", "refinery", "refineries", "depot", "depots", "facility",
        "facilities", "infrastructure", "airfield", "airfields", "airbase", "airport", "port", "plant", "plants",
        "installation", "installations", "stronghold", "strongholds", "hideout", "hideouts", "arsenal", "warehouse",
        "warehouses", "factory", "factories", "bridge", "bridges",
        // Civilian sites: "an air strike on a market in northern Yemen" is on Yemen.
        "market", "markets", "hospital", "hospitals", "clinic", "clinics", "school", "schools", "mosque", "mosques",
        "church", "churches", "shelter", "shelters", "village", "villages", "town", "towns", "city", "cities",
        "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "home", "homes", "house", "houses",
        "apartment", "apartments", "district", "districts",
        "bus", "buses", "car", "cars", "train", "trains", "vehicle", "vehicles", "truck", "trucks",
    ])

    /// "held by", "controlled by": who holds an installation.
    static let holdingParticiples: Set<String> = ["held", "controlled", "run", "used", "operated", "occupied"]
    /// Prepositions of a place that gives people of no stated country its country.
    static let placeCountryPrepositions: Set<String> = ["in", "at", "across", "throughout", "through"]

    /// Where the actor an installation belongs to starts, after the installation's phrase
    /// ending before `q`: "in (southern) Russia", "near Kharkiv", "held by the Rapid Support
    /// Forces", "belonging to Hezbollah".
    private func installationOwner(_ toks: [Int], _ q: Int, _ words: [String], _ actors: [ResolvedActor], _ adjectives: [Bool]) -> Int? {
        guard q + 1 < toks.count else { return nil }
        var r: Int
        switch words[toks[q]] {
        case "in", "near", "outside", "inside": r = q + 1
        // The noun phrase may end with the participle ("positions held | by").
        case "by" where Self.holdingParticiples.contains(words[toks[q - 1]]): r = q + 1
        case "to" where words[toks[q - 1]] == "belonging": r = q + 1
        case let w where Self.holdingParticiples.contains(w) && words[toks[q + 1]] == "by": r = q + 2
        case "belonging" where words[toks[q + 1]] == "to": r = q + 2
        default: return nil
        }
        while r < toks.count, actorStarting(at: toks[r], actors) == nil,
              Lexicon.determiners.contains(words[toks[r]]) || (toks[r] < adjectives.count && adjectives[toks[r]]) { r += 1 }
        guard r < toks.count, actors.contains(where: { $0.start == toks[r] && $0.ref != nil }) else { return nil }
        return r
    }

    /// People who protest.
    static let protesterNouns: Set<String> = [
        "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "rioter", "rioters",
        "mob", "mobs", "crowd", "crowds", "supporters",
    ]

    /// Aircraft, and strikes from them.
    static let aerialNouns: Set<String> = [
        "warplane", "warplanes", "jet", "jets", "fighter-bomber", "fighter-bombers", "bomber", "bombers", "drone", "drones",
        "aircraft", "helicopter", "helicopters", "gunship", "gunships", "airstrike", "airstrikes", "air-strike", "air-strikes",
        "airplane", "airplanes", "planes", "airpower",
    ]

    /// Whether the force of a frame comes from the air: an aircraft or an air strike as the
    /// subject, right before the verb, or in the first words of what follows ("struck Gaza
    /// with drones", "killed in an air strike").
    static func isAerial(_ frame: PredicateFrame, _ words: [String]) -> Bool {
        func aerial(_ k: Int) -> Bool {
            // "a suicide bomber" is a person, not an aircraft.
            if k > 0, words[k - 1] == "suicide" { return false }
            return aerialNouns.contains(words[k]) || (words[k] == "air" && k + 1 < words.count && ["strike", "strikes", "raid", "raids"].contains(words[k + 1]))
        }
        // (Of the subject only after a subordinator: "struck Hezbollah targets after the group
        // fired rockets", where the parse folds the first clause into the second's subject.)
        var subject = frame.subjectRange
        if let s = subject.last(where: { Self.clauseSubordinators.contains(words[$0]) }) {
            subject = s + 1..<max(s + 1, subject.upperBound)
        }
        if (Array(subject) + Array(max(0, frame.anchor - 3)..<frame.anchor)).contains(where: aerial) { return true }
        // After the verb only as the means ("with drones", "in an air strike"), not as what is
        // struck ("shot down 25 drones").
        let after = Array(frame.complementRange.prefix(8))
        return after.indices.contains { i in
            aerial(after[i]) && after[max(0, i - 3)..<i].contains { instrumentPrepositions.contains(words[$0]) }
        }
    }

    static let instrumentPrepositions: Set<String> = ["with", "in", "by", "from", "during", "using"]

    /// Weapons that stand for who fires them, as a subject: "Ukrainian drones attacked a refinery".
    /// The body a named group acts as: "al-Qaeda's terror network", "the Hamas movement".
    static let groupBodyNouns: Set<String> = ["network", "movement", "organisation", "organization", "group", "faction", "wing"]

    static let weaponNouns: Set<String> = [
        "drone", "drones", "missile", "missiles", "rocket", "rockets", "jet", "jets", "bomber", "bombers",
        "helicopter", "helicopters", "tank", "tanks", "artillery", "gunboat", "gunboats", "aircraft", "planes",
    ]

    /// Whether a speaker speaks for the doer of an act: the same actor, or the same country and
    /// not another sector of it ("Russia" for "its troops", not "the opposition" for the army).
    static func speaks(_ speaker: ActorRef, for doer: ActorRef) -> Bool {
        speaker.code == doer.code || (speaker.country != nil && speaker.country == doer.country && !distinctSectors(speaker, doer))
    }

    /// Two actors of one country that are different sectors of it (OPP and GOV, REB and MIL).
    /// With `stateFromPeople`, the bare country (the state itself) is distinct from its people
    /// outside the state's organs: "Sweden arrested a man", "France deported the protesters".
    static func distinctSectors(_ a: ActorRef, _ b: ActorRef, stateFromPeople: Bool = false) -> Bool {
        // The sector is what the code adds to the country: a role ("OPP") or a group ("REBHMS").
        func sector(_ r: ActorRef) -> String {
            guard let c = r.country, r.code.hasPrefix(c) else { return r.role ?? "" }
            return String(r.code.dropFirst(c.count))
        }
        let ra = sector(a), rb = sector(b)
        let state = ActorResolver.stateRoles
        if stateFromPeople, ra.isEmpty != rb.isEmpty, a.country != nil, a.country == b.country {
            return !state.contains(String((ra + rb).prefix(3)))
        }
        guard !ra.isEmpty, !rb.isEmpty, ra != rb else { return false }
        // The state's own organs act as one.
        return !(state.contains(String(ra.prefix(3))) && state.contains(String(rb.prefix(3))))
    }

    /// Nouns of violent acts whose modifier is the doer of a passive verb's act.
    static let violentNouns: Set<String> = [
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "shelling",
        "bombing", "bombings", "bombardment", "assault", "offensive", "operation", "fire", "gunfire",
        "missile", "missiles", "rocket", "rockets", "drone", "drones", "ambush", "crackdown", "barrage",
        // Weapons and the machines that carry them: "Russian aircraft killed 46 civilians".
        "aircraft", "warplane", "warplanes", "jet", "jets", "helicopter", "helicopters", "gunship", "gunships",
        "tank", "tanks", "artillery", "warship", "warships", "gunboat", "gunboats", "bomber", "bombers",
        "shell", "shells", "mortar", "mortars",
    ]

    /// The actor modifying a violent noun after "in", "during" or "by" in a passive clause
    /// ("were killed in Israeli tank shelling", "died during a Russian missile attack").
    private func causeOfPassive(_ complement: [Int], _ words: [String], _ actors: [ResolvedActor]) -> ResolvedActor? {
        // The phrase may run past the complement when the parse cuts it ("in Israeli tank |
        // shelling" with "shelling" read as a verb).
        for t in complement where ["in", "during", "by", "after"].contains(words[t]) {
            if let g = violentNounOwner(Array((t + 1)..<min(words.count, t + 6)), words, actors) { return g }
        }
        return nil
    }

    /// The place named after "from" in a passive's complement ("fired from Gaza", "launched
    /// from Syrian territory"): a country or place, not a person or an organisation.
    private func originOfPassive(_ complement: [Int], _ words: [String], _ actors: [ResolvedActor]) -> ResolvedActor? {
        for (k, t) in complement.enumerated() where words[t] == "from" {
            var j = k + 1
            while j < complement.count, Lexicon.determiners.contains(words[complement[j]]) { j += 1 }
            guard j < complement.count, let g = actorStarting(at: complement[j], actors),
                  g.mentions.allSatisfy({ $0.kind == .name || $0.kind == .adjective }), g.ref?.role == nil,
                  !g.isPossessive else { continue }
            return g
        }
        return nil
    }

    /// A subject region with the modifier the parse may leave just outside it ("Russian |
    /// aircraft including helicopter gunships").
    private func ownerRegion(_ region: Range<Int>, _ actors: [ResolvedActor]) -> Range<Int> {
        guard let g = actors.first(where: { $0.end == region.lowerBound && $0.isModifier }) else { return region }
        return g.start..<region.upperBound
    }

    /// The actor modifying the first violent noun of `tokens` ("Israeli air strikes", "a
    /// Russian missile attack"); nil when the noun comes without one.
    private func violentNounOwner(_ tokens: [Int], _ words: [String], _ actors: [ResolvedActor]) -> ResolvedActor? {
        var seen: ResolvedActor?
        for u in tokens {
            if let g = actors.first(where: { $0.start == u && $0.ref != nil }) { seen = g; continue }
            if let g = seen, u < g.end { continue }
            if Self.violentNouns.contains(words[u]) { return seen }
        }
        return nil
    }

    /// The code of one source-target pair where the pair decides it, with the rule that did.
    static func recode(_ code: String, _ sref: ActorRef, _ tref: ActorRef, _ t: ResolvedActor, _ words: [String],
                       placeTaken: Bool = false) -> (String, String)? {
        switch code {
        case "144" where sref.role == nil || ActorResolver.stateRoles.contains(sref.role ?? ""):
            // "Israel blocked an aid convoy": a state that bars the way restricts movement; it
            // does not protest.
            return ("191", "blocking.by-the-state")
        case "171" where placeTaken && tref.role == nil, "181" where placeTaken && tref.role == nil:
            // "Russia seized Crimea", "the rebels captured Goma": taking a place is occupying
            // territory, not seizing property.
            return ("192", "seizure.of-a-place")
        case "0874" where tref.code.hasPrefix("IGO"):
            // "Mali withdrew from ECOWAS": leaving an organisation reduces relations with it; it
            // is no military retreat.
            return ("160", "withdrawal.from-organisation")
        case "181" where ["MIL", "COP", "SPY"].contains(sref.role ?? "") && !["MIL", "GOV"].contains(tref.role ?? "")
                && (tref.country == nil || sref.country == nil || tref.country == sref.country):
            // "Mexican soldiers captured a cartel leader": the state's forces arrest whom they
            // capture who is not an enemy force.
            return ("173", "capture.by-state-forces")
        case "174" where namesDiplomats(t, words):
            // "expelled the French ambassador", "expelled two Russian diplomats": expelling
            // diplomats reduces relations (CAMEO 161), it deports no one.
            return ("161", "expulsion.of-diplomats")
        case "137" where namesDiplomats(t, words):
            // "threatened to expel the US ambassador": a threat to reduce relations.
            return ("1313", "expulsion.of-diplomats")
        case "166" where t.end <= words.count && ["peacekeeper", "peacekeepers", "peacekeeping"].contains(words[t.end - 1]):
            // "ordered UN peacekeepers to leave": expelling peacekeepers (1661).
            return ("1661", "expulsion.of-peacekeepers")
        case "140" where sref.role == nil || sref.role == "GOV":
            // "Poland protested against the violation of its airspace": a state's protest is an
            // official complaint, not dissent.
            return ("114", "protest.by-the-state")
        case "171" where ["MIL", "REB", "UAF"].contains(tref.role ?? "") && t.end < words.count
                && (siteNouns.contains(words[t.end]) || siteNouns.contains(words[t.end - 1])):
            // "The Arakan Army seized a military base": taking a base or post of an armed force
            // is taking ground, not property.
            return ("192", "seizure.of-a-base")
        case "1722" where isMedia(tref):
            // "Russia banned the BBC": banning a news outlet restricts the freedom of the press
            // (1721); 1722 bans parties and politicians.
            return ("1721", "ban.of-media")
        default:
            return nil
        }
    }

    /// Whether an actor is the media: the MED role, or a group coded as media (GBRMEDBBC).
    static func isMedia(_ a: ActorRef) -> Bool {
        a.role == "MED" || (a.role == nil && a.code.dropFirst(3).hasPrefix("MED"))
    }

    /// Whether `t` is a state's envoys: "the French ambassador", "two Russian diplomats", or an
    /// actor followed by the word ("Estonia's ambassador").
    static func namesDiplomats(_ t: ResolvedActor, _ words: [String]) -> Bool {
        diplomatWords.contains(words[t.end - 1]) || (t.end < words.count && diplomatWords.contains(words[t.end]))
            // "diplomats from seven Latin American countries": the role noun before its country.
            || t.mentions.contains { $0.kind == .agent && $0.end <= words.count && diplomatWords.contains(words[$0.end - 1]) }
    }

    /// Words for a state's envoys abroad.
    static let diplomatWords: Set<String> = [
        "ambassador", "ambassadors", "diplomat", "diplomats", "envoy", "envoys", "consul", "consuls", "attache", "attaches",
    ]

    /// Places and installations a state owns besides its property and territory nouns: "its
    /// airspace", "its power plants".
    static let ownedPlaceNouns: Set<String> = [
        "airspace", "waters", "soil", "borders", "plants", "infrastructure", "grid", "positions", "troops",
        "capital", "ports", "airports", "oil", "refinery", "refineries",
    ]

    /// Nouns of ground a force takes or holds ("the Congolese town", "a border village").
    static let territoryNouns: Set<String> = [
        "town", "towns", "city", "cities", "village", "villages", "territory", "territories", "region", "regions",
        "district", "districts", "province", "provinces", "island", "islands", "port", "border", "enclave", "peninsula",
    ]

    static let locativePrepositions: Set<String> = ["in", "near", "at", "outside", "inside", "around", "north", "south", "east", "west", "of"]

    /// Codes of an act a third party does between two others (mediation).
    static let thirdPartyCodes: Set<String> = ["039", "045"]

    static let violentRoots: Set<String> = ["18", "19", "20"]

    /// The owner of the last violent noun before `end` that has one right before it ("an Iranian
    /// missile strike", "Russia's attack").
    private func ownedViolentNoun(before end: Int, _ words: [String], _ actors: [ResolvedActor]) -> ResolvedActor? {
        for n in stride(from: end - 1, through: 1, by: -1) where Self.violentNouns.contains(words[n]) {
            // The noun may be a compound's head ("missile strike").
            for k in [n - 1, n - 2] where k >= 0 {
                if let g = actors.first(where: { $0.end == k + 1 && $0.ref != nil && !$0.isCoreferent }) { return g }
                if !Self.violentNouns.contains(words[k]) { break }
            }
            return nil
        }
        return nil
    }

    /// Nouns of acts whose doer, after "by", is who a verb of judgement is aimed at: "condemned
    /// the visit by US lawmakers", "welcomed the decision by Iran".
    static let judgedActNouns: Set<String> = [
        "visit", "visits", "decision", "decisions", "move", "moves", "attack", "attacks", "action", "actions",
        "statement", "statements", "remarks", "comments", "announcement", "step", "steps", "invasion",
        "annexation", "incursion", "violation", "violations", "test", "tests", "launch", "launches", "strike",
        "strikes", "offer", "proposal", "deployment", "seizure", "arrest", "arrests", "expulsion", "killing",
        "killings", "shelling", "bombing", "occupation", "provocation", "provocations", "sanctions", "efforts",
        "crime", "crimes", "atrocities", "abuses", "massacre", "massacres", "genocide", "torture", "crackdown",
        "storming", "raid", "raids", "incursions", "detention", "execution", "executions", "demolition", "demolitions",
        "restrictions", "measures", "tariffs", "curbs", "blockade", "embargo", "plan", "plans", "policy", "policies",
        "ruling", "resolution",
    ]

    /// Nouns of people harmed who are not actors themselves.
    static let victimNouns: Set<String> = [
        "people", "persons", "civilians", "residents", "villagers", "children", "women", "men",
        "worshippers", "passengers", "pilgrims", "students", "workers", "bystanders", "others",
        // Things struck in a place: "attacked an oil refinery in Russia's Krasnodar region".
        "refinery", "refineries", "base", "bases", "village", "villages", "town", "towns", "camp", "camps",
        "hospital", "hospitals", "school", "schools", "airport", "airfield", "port", "depot", "depots",
        "bridge", "bridges", "infrastructure", "facility", "facilities", "plant", "positions", "targets",
        "convoy", "checkpoint", "market", "mosque", "church", "neighbourhood", "neighborhood",
        "building", "buildings", "house", "houses", "home", "homes", "dam", "station", "stations",
        "substation", "substations", "ship", "ships", "vessel", "vessels", "tanker", "tankers",
    ]

    /// The place actor of victims "in" it: "killed at least 20 people in Gaza", "wounded
    /// dozens of civilians in Kherson"; nil when an actor comes before the place.
    private func victimsPlace(_ complement: [Int], _ words: [String], _ actors: [ResolvedActor]) -> ResolvedActor? {
        var sawVictims = false
        for (k, t) in complement.enumerated() {
            if actors.contains(where: { $0.start == t && $0.ref != nil }) { return nil }
            if Self.victimNouns.contains(words[t]) { sawVictims = true; continue }
            if sawVictims, words[t] == "in", k + 1 < complement.count {
                var u = k + 1
                if Lexicon.determiners.contains(words[complement[u]]), u + 1 < complement.count { u += 1 }
                return actors.first { $0.start == complement[u] && $0.ref != nil && $0.mentions.allSatisfy { $0.kind == .name } }
            }
            if words[t] == "," || words[t] == ";" { return nil }
        }
        return nil
    }

    /// The country of the first named place "in" or "at" from the complement on, over up to
    /// four words ("in Kherson", "in the east of the Gaza Strip"); nil when none comes before a
    /// comma. The parse may end the complement early, so the search goes on to the comma.
    private func placeCountry(_ complement: Range<Int>, _ words: [String], _ actors: [ResolvedActor],
                              capitals: Bool = false) -> String? {
        for k in complement.lowerBound..<words.count {
            if words[k] == "," || words[k] == ";" { return nil }
            // "in Russian shelling of Kherson": the place the act struck.
            let struck = (words[k] == "of" || words[k] == "on") && k > 0 && Self.violentNouns.contains(words[k - 1])
            guard Self.placeCountryPrepositions.contains(words[k]) || struck else { continue }
            for u in (k + 1)..<min(words.count, k + 6) {
                if words[u] == "," || words[u] == ";" { return nil }
                if let g = actors.first(where: { $0.start == u }) {
                    // "in an Israeli strike on a school in Gaza": the doer of the act, not its place.
                    if g.isModifier, g.end < words.count, Self.violentNouns.contains(words[g.end]) { break }
                    if let c = g.ref?.country, !g.isCoreferent,
                       g.mentions.allSatisfy({ $0.kind == .name || (capitals && $0.kind == .metonym) }) { return c }
                    break
                }
                // The place that gives an agent before it its country ("supporters in Dhaka").
                if let g = actors.first(where: { $0.start < u && u < $0.end }) {
                    if let c = g.ref?.country, !g.isCoreferent, g.mentions.last?.start == u,
                       g.mentions.last.map({ $0.kind == .name || (capitals && $0.kind == .metonym) }) == true { return c }
                    break
                }
            }
        }
        return nil
    }

    /// People who belong to the actor after "from" or "of" at the head of a subject.
    static let memberNouns: Set<String> = ["fighters", "members", "militants", "gunmen", "soldiers", "troops", "forces", "supporters", "loyalists"]

    /// Heads of partitive phrases whose "of" complement is the real actor.
    static let quantityNouns: Set<String> = [
        "hundreds", "thousands", "dozens", "scores", "tens", "millions", "some", "many", "most", "several",
        "one", "two", "three", "four", "five", "all", "both", "each", "none", "group", "groups", "member", "members",
        "number", "majority", "handful", "contingent", "unit", "units", "team", "delegation", "convoy",
        "column", "patrol", "battalion", "brigade", "squad", "detachment", "flotilla", "fleet",
        "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand", "half", "third", "quarter",
        "rest", "remainder", "bulk", "batch", "wave", "deployment", "crowd", "crowds",
    ]

    /// Verbs whose object is an act they judge, report or weigh, not the subject's own act.
    static let actJudgingVerbs: Set<String> = TreeAnalyzer.judgingVerbs.union(Lexicon.reportingVerbs).union([
        "welcome", "support", "oppose", "reject", "deplore", "decry", "discuss", "deny", "blame", "mourn",
        "protest", "slam", "lament", "regret", "question", "dispute", "ignore", "investigate",
    ])

    static let lightVerbs: Set<String> = [
        "launch", "launched", "launches", "launching", "carry", "carried", "carries", "carrying",
        "stage", "staged", "stages", "staging", "hold", "held", "holds", "holding", "make", "made",
        "makes", "making", "conduct", "conducted", "conducts", "conducting", "mount", "mounted",
        "begin", "began", "begun", "begins", "start", "started", "starts", "continue", "continued",
        "continues", "step", "stepped", "resume", "resumed", "intensify", "intensified", "escalate",
        "escalated", "announce", "announced", "announces", "pledge", "pledged", "offer", "offered",
        "express", "expressed", "expresses", "voice", "voiced", "give", "gave", "given", "provide",
        "provided", "extend", "extended", "deliver", "delivered", "sign", "signed", "reach", "reached",
        "hold", "have", "has", "had", "pay", "paid", "order", "ordered", "orders", "ordering", "authorize",
        "authorized", "authorizes", "authorise", "authorised", "approve", "approved", "approves",
    ]

    /// "New sanctions on Iran were announced by Washington", "an offensive was launched by
    /// the rebels": an event noun that is the passive subject of a light verb is its agent's act.
    private func passiveLightVerbAgents(_ anchor: Int, _ tokens: [Token], _ words: [String],
                                        _ actors: [ResolvedActor]) -> [ResolvedActor] {
        guard anchor < tokens.count, tokens[anchor].deprel == "nsubj:pass", let verb = tokens[anchor].head,
              verb > anchor, verb < words.count, Self.lightVerbs.contains(words[verb]) else { return [] }
        guard let agent = tokens.indices.first(where: { tokens[$0].head == verb && tokens[$0].deprel == "obl:agent" }),
              let by = (verb + 1..<agent).last(where: { words[$0] == "by" }) else { return [] }
        return actorsStarting(in: by + 1..<min(words.count, agent + 8), actors, words)
    }

    /// Whether the event noun at `anchor` follows a preposition or a light verb (over
    /// determiners, possessives and up to two modifiers).
    /// `code`: the noun's event code. After a preposition of time or cause ("broke off relations
    /// after the raid on its embassy"), only an act done together is the subject's too ("relented
    /// after talks with Scholz").
    private func nounIsSubjectsAct(_ anchor: Int, _ words: [String], _ tokens: [Token], code: String) -> Bool {
        var k = anchor - 1
        var modifiers = 0
        while k >= 0 {
            let w = words[k]
            // "threatened to punish Israel for the strike": the act judged is another's.
            let judgedFor = w == "for" && (max(0, k - 4)..<k).contains { TreeAnalyzer.judgingVerbs.contains(tokens[$0].lemma ?? "") }
            if Self.causalPrepositions.contains(w) || judgedFor { return Self.jointRoots.contains(String(code.prefix(2))) }
            if Lexicon.prepositions.contains(w) || Self.lightVerbs.contains(w) { return true }
            // The object of another verb ("stop selling weapons to Taiwan") is that verb's.
            if tokens[k].upos == "VERB" { return false }
            if Lexicon.determiners.contains(w) || Lexicon.quantifiers.contains(w) { k -= 1; continue }
            // An amount: "a $2 billion aid package", "a 500-million-euro loan".
            if Self.isAmountWord(w) { k -= 1; continue }
            guard modifiers < 2, let c = w.first, c.isLetter, !Lexicon.isFunctionWord(w) else { return false }
            modifiers += 1
            k -= 1
        }
        return false
    }

    /// Whether the agreement noun at `anchor` is a known one ("the treaty", "its deal with")
    /// that no light verb governs ("signed the deal" is a signing).
    static func isKnownAgreement(_ anchor: Int, _ words: [String], _ tokens: [Token]) -> Bool {
        var k = anchor - 1
        while k >= 0, anchor - k <= 4, ["NOUN", "PROPN", "ADJ", "NUM"].contains(tokens[k].upos ?? "") { k -= 1 }
        guard k >= 0, ["the", "its", "their", "this", "that"].contains(words[k]) else { return false }
        return k == 0 || !lightVerbs.contains(words[k - 1])
    }

    /// Prepositions of time or cause before an event noun.
    static let causalPrepositions: Set<String> = ["after", "before", "following", "over", "amid", "despite", "since", "until"]

    /// Roots of acts done together (consult, cooperate, negotiate): a party to one is its doer too.
    static let jointRoots: Set<String> = ["03", "04", "05", "06"]

    /// A word of an amount of money: a number, a currency sign, "million", "euros".
    static func isAmountWord(_ w: String) -> Bool {
        guard let f = w.unicodeScalars.first else { return false }
        if CharClass.isDigit(f) || CharClass.isCurrency(f) || w.hasSuffix("$") { return true }
        // The words of amounts start with one of these letters and are short.
        guard w.utf8.count <= 8, "mbthdepyr".unicodeScalars.contains(f) else { return false }
        return Self.amountWords.contains(w)
    }

    static let amountWords: Set<String> = [
        "million", "billion", "trillion", "thousand", "hundred", "m", "bn", "mln", "dollar", "dollars",
        "euro", "euros", "pound", "pounds", "yen", "yuan", "rouble", "roubles", "ruble", "rubles",
    ]

    private func isModifierWord(_ w: String) -> Bool {
        ["other", "fellow", "neighbouring", "neighboring", "western", "several", "many", "some", "two", "three"].contains(w)
    }

    /// The actor that modifies an event noun: "Russia's invasion", "the Russian military
    /// operation", "US sanctions", or "invasion by Russia".
    private func nounModifier(_ anchor: Int, _ words: [String], _ tokens: [Token], _ actors: [ResolvedActor]) -> [ResolvedActor] {
        var k = anchor - 1
        var skipped = 0
        while k >= 0 && skipped <= 2 {
            if let g = actors.first(where: { $0.end == k + 1 && $0.ref != nil }) { return [g] }
            let w = words[k]
            // Not past a verb that judges or reports an act: "the UN condemned attacks" is no
            // attack by the UN; "the EU approved new sanctions" are the EU's.
            guard let c = w.first, c.isLetter, !Lexicon.isFunctionWord(w),
                  tokens[k].upos != "VERB" || !Self.actJudgingVerbs.contains(tokens[k].lemma ?? w) else { break }
            k -= 1
            skipped += 1
        }
        if anchor + 1 < words.count, words[anchor + 1] == "by",
           let g = actors.first(where: { $0.start == anchor + 2 || ($0.start == anchor + 3 && words[anchor + 2] == "the") }), g.ref != nil {
            return [g]
        }
        return []
    }
}
