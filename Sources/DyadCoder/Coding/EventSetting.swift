import DyadActors
import DyadCore
import DyadText

/// When and where an event happened, read from the time and place words of its predicate:
/// "Israel on Wednesday released the mayor" happened on the Wednesday before the article's date;
/// "Police fired tear gas at protesters in Dhaka" happened in Dhaka.
struct EventSetting: Sendable {
    /// The day the words name, or nil (the event then takes the article's date).
    var date: CalendarDate?
    /// The place the words name, or nil.
    var location: Location?
    /// Ids of the rules that read them: `date.weekday`, `location.in`, ...
    var rules: [String] = []
    /// The place the subject is said to be in ("police in Jericho"), for an act with no place
    /// of its own.
    var subjectLocation: Location?
}

extension EventCoder {
    /// Prepositions that put an act in a place: "in Dhaka", "near Kharkiv", "outside Kabul"
    /// (`locativePrepositions`, for a word before an actor, also takes "of" and directions).
    static let placePrepositions: Set<String> = [
        "in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "off",
    ]
    /// Nouns of a part of a place: "in the east of the Gaza Strip", "in the Kharkiv region",
    /// "on the outskirts of Kyiv".
    static let placePartNouns: Set<String> = [
        "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "centre", "center",
        "part", "parts", "outskirts", "suburbs", "suburb", "region", "province", "district", "city", "town",
        "village", "capital", "area", "areas", "state", "county", "governorate", "oblast", "border", "coast",
        "heart", "streets", "street", "port", "enclave", "territory", "camp", "neighbourhood", "neighborhood",
    ]
    /// Bodies of water named after a country ("the Sea of Japan", "the Gulf of Mexico").
    static let waterNouns: Set<String> = ["sea", "gulf", "bay", "strait", "straits", "ocean", "channel", "lake"]
    /// Direction words that take "of" for a place: "southwest of Baghdad".
    static let directionWords: Set<String> = [
        "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest",
    ]

    /// The tokens whose time and place words are those of the act at `anchor`, nearest first:
    /// the anchor and, for an act noun, the words it hangs from up to their verb ("held talks
    /// ... on Wednesday"); then the verbs that take the anchor's verb as their complement
    /// ("agreed on Monday to lift"), or whose act it follows from or serves ("struck Kharkiv on
    /// Saturday, killing 12", "travelled to Brussels to meet"); then the verb it is joined to
    /// ("met on Monday and signed"), unless it has a tense of its own ("began a visit on Sunday
    /// and will travel to Serbia"). Not the verb of a clause that reports it: "said on
    /// Wednesday that rebels attacked" does not date the attack.
    static func settingLevels(of anchor: Int, in tree: DependencyTree, tokens: [Token]) -> [Set<Int>] {
        var near: Set<Int> = [anchor]
        var k = anchor
        // An act noun up to its verb: "talks" -> "held", "an attack on ..." -> "condemned".
        var steps = 0
        while steps < 4, tokens[k].upos != "VERB", ["obj", "obl", "nsubj", "nmod", "iobj", "compound"].contains(tree.baseRelation(k)),
              tree.heads[k] >= 0 {
            k = tree.heads[k]
            near.insert(k)
            steps += 1
        }
        var levels = [near]
        var complemented: Set<Int> = []
        while tree.heads[k] >= 0, complemented.count < 4 {
            let rel = tree.baseRelation(k)
            // A participle ("killing") or a purpose ("to meet") under the act's verb.
            let marks = tree.children[k].filter { tree.relations[$0] == "mark" }
            let follows = rel == "advcl" && tokens[k].upos == "VERB"
                && (marks.isEmpty ? tokens[k].xpos == "VBG" : marks.allSatisfy { tokens[$0].text.lowercased() == "to" })
            guard rel == "xcomp" || follows else { break }
            k = tree.heads[k]
            complemented.insert(k)
        }
        if !complemented.isEmpty { levels.append(complemented) }
        if tree.baseRelation(k) == "conj", tree.heads[k] >= 0, !tree.children[k].contains(where: { tree.relations[$0] == "aux" }) {
            levels.append([tree.heads[k]])
        }
        return levels
    }

    /// The words a modifier hung on `g` belongs to: `g` and, while `g` is a noun that is an
    /// argument of something ("supporters" in "fired tear gas at supporters in Dhaka"), the
    /// words above it up to the first that is not. The parser often hangs a time or place on a
    /// noun next to it ("Israel on Wednesday released"); it is the clause's all the same.
    /// A place hung on the subject is the subject's ("the US commander in Iraq held talks"), so
    /// `throughSubjects` is false for places.
    static func attachment(of g: Int, in tree: DependencyTree, tokens: [Token], throughSubjects: Bool = true) -> [Int] {
        var path = [g]
        var k = g
        while path.count < 5, ["NOUN", "PROPN", "PRON", "NUM"].contains(tokens[k].upos ?? ""),
              ["obj", "obl", "nmod", "iobj", "appos", "compound"].contains(tree.baseRelation(k))
                || (throughSubjects && tree.baseRelation(k) == "nsubj"),
              tree.relations[k] != "nmod:poss", tree.heads[k] >= 0 {
            k = tree.heads[k]
            path.append(k)
        }
        return path
    }

    /// The token of `range` that heads it in the tree (its head lies outside), or nil.
    static func headToken(of range: Range<Int>, in tree: DependencyTree) -> Int? {
        range.first { !range.contains(tree.heads[$0]) }
    }

    /// Nouns of a state of affairs: a place after them is the topic's ("discussed the war in
    /// Ukraine"), not where the act happened.
    static let topicNouns: Set<String> = [
        "war", "wars", "conflict", "conflicts", "crisis", "crises", "situation", "tensions", "dispute", "disputes",
        "issue", "issues", "peace", "violence", "unrest", "instability", "election", "elections",
    ]

    /// Whether the place starting at `start` comes right after a topic noun and its preposition
    /// ("the war in (eastern) Ukraine"), however the parse attaches it.
    static func followsTopicNoun(_ start: Int, anchor: Int, words: [String], tokens: [Token]) -> Bool {
        var k = start - 1
        while k > 0, ["DET", "ADJ"].contains(tokens[k].upos ?? "") { k -= 1 }
        guard k > 0, placePrepositions.contains(words[k]) else { return false }
        return k - 1 != anchor && topicNouns.contains(words[k - 1])
    }

    /// When and where the act at `anchor` happened, from the words of its predicate; `ahead`
    /// says the act is still to come, `visit` that it is a going somewhere ("pay a visit to").
    /// The tree says which time and place words belong to the act; where it hangs none on it
    /// (the parser misplaces many), the words of the act's own stretch of the sentence do
    /// (`clauseWindow`).
    func setting(of anchor: Int, in analyzed: AnalyzedSentence, times: [TimeExpressions.Match],
                 places: [(Range<Int>, Location, Bool)], articleDate: CalendarDate?, ahead: Bool,
                 visit: Bool = false) -> EventSetting {
        var setting = EventSetting()
        let tokens = analyzed.sentence.tokens
        let words = analyzed.words
        let tree = analyzed.tree
        lazy var levels = tree.map { Self.settingLevels(of: anchor, in: $0, tokens: tokens) } ?? []
        lazy var window = Self.clauseWindow(of: anchor, tokens: tokens, words: words, places: places.map(\.0))
        // A day hung on a verb in the past is behind the article even for an intent ("agreed
        // on Wednesday to resume trade").
        func resolve(_ m: TimeExpressions.Match, on level: Set<Int> = []) -> CalendarDate? {
            if case let .date(d) = m.kind { return d }
            let future = level.contains { Self.futureAuxiliaries.contains(words[$0]) }
            let past = !future && level.contains { tokens[$0].xpos == "VBD" }
            return articleDate.flatMap { m.resolve(relativeTo: $0, ahead: ahead && !past) }
        }
        // Time: the first level with a time expression hung on it, else one in the act's words.
        var when: (CalendarDate, TimeExpressions.Match, Bool)?
        if let tree, !times.isEmpty {
            timeSearch: for level in levels {
                for m in times {
                    guard let h = Self.headToken(of: m.range, in: tree), tree.heads[h] >= 0 else { continue }
                    // "Wednesday's attack": the day of the act noun itself.
                    let path = tree.relations[h] == "nmod:poss" ? [tree.heads[h]] : Self.attachment(of: tree.heads[h], in: tree, tokens: tokens)
                    if path.contains(where: level.contains), let d = resolve(m, on: level) {
                        when = (d, m, false)
                        break timeSearch
                    }
                }
            }
        }
        if when == nil, !times.isEmpty, let m = times.first(where: { window.contains($0.range.lowerBound) && window.contains($0.range.upperBound - 1) }),
           let d = resolve(m, on: Set(max(0, window.lowerBound - 1)..<window.upperBound)) {
            when = (d, m, true)
        }
        if let (d, m, byWords) = when {
            setting.date = d
            setting.rules.append(m.rule)
            if byWords { setting.rules.append("setting.clause-words") }
        }
        // Place: the first level with a place phrase hung on it ("in Dhaka", "in the east of the
        // Gaza Strip", "southwest of Baghdad", "extradited to Britain"), a city or province before
        // a country; else one in the act's words.
        placeWork: do {
            if places.isEmpty { break placeWork }
            let moves = visit || Self.motionLemmas.contains(tokens[anchor].lemma ?? words[anchor])
            if let tree {
                placeSearch: for level in levels {
                    var best: (Location, Bool)?
                    for (range, loc, isCountry) in places {
                        guard let p = Self.headToken(of: range, in: tree), let governor = Self.placeGovernor(p, tree, words, tokens, going: moves),
                              Self.attachment(of: governor, in: tree, tokens: tokens, throughSubjects: false).contains(where: level.contains),
                              governor == anchor || !Self.topicNouns.contains(words[governor]),
                              !Self.followsTopicNoun(range.lowerBound, anchor: anchor, words: words, tokens: tokens)
                        else { continue }
                        if best == nil || (best!.1 && !isCountry) { best = (loc, isCountry) }
                    }
                    if let best {
                        setting.location = best.0
                        setting.rules.append("location.in")
                        break placeSearch
                    }
                }
            }
            // A place preposition at `k` and a place after it, past words of the place's own
            // ("in the northern city of Kirkuk").
            func place(after k: Int, before end: Int) -> Location? {
                var u = k + 1
                while u < end, u < k + 8 {
                    if let place = places.first(where: { $0.0.lowerBound == u }) { return place.1 }
                    let w = words[u]
                    // "in Afghanistan's Khost province": past the country that owns the place.
                    let owner = u + 1 < end && ["'s", "\u{2019}s"].contains(words[u + 1])
                    guard ["DET", "ADJ", "NUM"].contains(tokens[u].upos ?? "") || Self.placePartNouns.contains(w)
                            || w == "of" || w == "the" || owner || ["'s", "\u{2019}s"].contains(w) else { return nil }
                    u += 1
                }
                return nil
            }
            // Right of the act's verb: a place before it is most often the subject's ("the US
            // commander in Iraq held talks").
            var verb = anchor
            if setting.location == nil {
                while verb > window.lowerBound, tokens[verb].upos != "VERB" { verb -= 1 }
                for k in verb + 1..<max(verb + 1, window.upperBound)
                where (Self.placePrepositions.contains(words[k]) || (moves && words[k] == "to")) && !(k - 1 != anchor && Self.topicNouns.contains(words[k - 1])) {
                    if let l = place(after: k, before: window.upperBound) {
                        setting.location = l
                        setting.rules.append("location.in")
                        if !setting.rules.contains("setting.clause-words") { setting.rules.append("setting.clause-words") }
                        break
                    }
                }
            }
            // "Palestinian police in Jericho confiscated weapons": the subject's place, which is
            // the act's only when the subject is no state's official or soldier abroad (the
            // caller, who knows the subject, decides).
            if setting.location == nil, let tree {
                for (range, loc, _) in places {
                    guard let p = Self.headToken(of: range, in: tree), let governor = Self.placeGovernor(p, tree, words, tokens),
                          tree.baseRelation(governor) == "nsubj",
                          Self.attachment(of: governor, in: tree, tokens: tokens).contains(where: { levels.first?.contains($0) == true })
                    else { continue }
                    setting.subjectLocation = loc
                    break
                }
            }
            if setting.location == nil, setting.subjectLocation == nil {
                for k in window.lowerBound..<verb where Self.placePrepositions.contains(words[k]) {
                    if let l = place(after: k, before: verb) {
                        setting.subjectLocation = l
                        break
                    }
                }
            }
        }
        // "struck a store in Kharkiv on Saturday, killing 12 people": a participle after a comma
        // happens when and where the clause before it did.
        if setting.date == nil || setting.location == nil, tokens[anchor].xpos == "VBG", anchor > 1, words[anchor - 1] == ",",
           let main = (0..<anchor - 1).last(where: { tokens[$0].upos == "VERB" && tokens[$0].xpos != "VBG" }) {
            let before = self.setting(of: main, in: analyzed, times: times, places: places, articleDate: articleDate, ahead: ahead)
            var inherited = false
            if setting.date == nil, let d = before.date {
                setting.date = d
                setting.rules += before.rules.filter { $0.hasPrefix("date.") }
                inherited = true
            }
            if setting.location == nil, let l = before.location {
                setting.location = l
                setting.rules += before.rules.filter { $0.hasPrefix("location.") }
                inherited = true
            }
            if inherited { setting.rules.append("setting.participle") }
        }
        // Coordinates once for the act, not for each of its events.
        setting.location = setting.location.map(withCoordinates)
        setting.subjectLocation = setting.subjectLocation.map(withCoordinates)
        return setting
    }

    /// Verbs and nouns of going or sending somewhere, whose "to" names where the act happens:
    /// "a visit to Beirut", "extradited to Britain", "sent troops to Bosnia".
    static let motionLemmas: Set<String> = [
        "visit", "trip", "travel", "return", "arrive", "fly", "go", "come", "send", "dispatch", "deploy",
        "extradite", "deport", "journey", "tour", "head", "move", "deliver", "ship", "airlift",
    ]

    /// "will meet on Friday": the act is ahead whatever verb went before.
    static let futureAuxiliaries: Set<String> = ["will", "shall", "'ll", "would"]

    /// Words that end the stretch of a sentence an act's time and place words lie in.
    static let clauseBoundaryWords: Set<String> = [
        ",", ";", ":", "(", ")", "--", "\u{2014}", "\u{2013}", "that", "which", "who", "whom", "whose", "after", "before",
        "while", "when", "as", "because", "since", "until", "but", "where", "if", "although", "though", "whereas",
    ]

    /// The act's own stretch of the sentence: from the anchor out to punctuation, a word that
    /// opens another clause, or another verb (an act noun's stretch takes in its verb: "on
    /// Wednesday held talks"). A country or province set off by commas after a name is no
    /// boundary ("near Tumaco, Colombia, on Tuesday"); `places` are the places' tokens.
    static func clauseWindow(of anchor: Int, tokens: [Token], words: [String], places: [Range<Int>] = []) -> Range<Int> {
        var lo = anchor
        var verbs = tokens[anchor].upos == "VERB" ? 0 : 1
        while lo > 0 {
            let k = lo - 1
            if words[k] == ",", let r = places.first(where: { $0.upperBound == k }), r.lowerBound > 1,
               words[r.lowerBound - 1] == ",", tokens[r.lowerBound - 2].upos == "PROPN" {
                lo = r.lowerBound - 1
                continue
            }
            if clauseBoundaryWords.contains(words[k]) { break }
            // "began a visit on Sunday and will travel": another clause's verb follows.
            if words[k] == "and", k + 1 < tokens.count, ["VERB", "AUX"].contains(tokens[k + 1].upos ?? "") { break }
            if tokens[k].upos == "VERB" {
                if verbs == 0 { break }
                verbs -= 1
            }
            lo = k
        }
        var hi = anchor + 1
        while hi < tokens.count, tokens[hi].upos != "VERB" {
            if words[hi] == ",", hi > 0, tokens[hi - 1].upos == "PROPN", let r = places.first(where: { $0.lowerBound == hi + 1 }),
               r.upperBound < tokens.count, words[r.upperBound] == "," {
                hi = r.upperBound + 1
                continue
            }
            if clauseBoundaryWords.contains(words[hi]) { break }
            if words[hi] == "and", hi + 1 < tokens.count, ["VERB", "AUX"].contains(tokens[hi + 1].upos ?? "") { break }
            hi += 1
        }
        return lo..<hi
    }

    /// The prepositions of `p` ("in" of "in Dhaka").
    static func caseWords(of p: Int, _ tree: DependencyTree, _ words: [String]) -> [String] {
        var out: [String] = []
        for c in tree.children[p] where tree.relations[c] == "case" { out.append(words[c]) }
        return out
    }

    /// The word a place phrase hangs on, when the phrase says where ("fired ... in Dhaka" ->
    /// "fired"): past the parts of a place ("in the east of Gaza", "in the Kharkiv region") to a
    /// locative preposition, or a direction word with "of" ("southwest of Baghdad").
    /// With `going`, the act is a going and "to" names where it ends whatever word takes it.
    static func placeGovernor(_ head: Int, _ tree: DependencyTree, _ words: [String], _ tokens: [Token], going: Bool = false) -> Int? {
        var p = head
        for _ in 0..<3 {
            let h = tree.heads[p]
            guard h >= 0 else { break }
            let rel = tree.baseRelation(p)
            let cases = Self.caseWords(of: p, tree, words)
            if rel == "compound" || rel == "flat" || rel == "appos" || (rel == "nmod" && cases.contains("of")) || rel == "obl" && cases.contains("of") {
                // "in Bam, Iran": a place named beside an unknown one.
                if placePartNouns.contains(words[h]) || directionWords.contains(words[h]) || (rel == "appos" && tokens[h].upos == "PROPN") {
                    p = h
                    continue
                }
            }
            break
        }
        let cases = Self.caseWords(of: p, tree, words)
        if cases.contains(where: { placePrepositions.contains($0) }) { return tree.heads[p] >= 0 ? tree.heads[p] : nil }
        // "extradited ... to Britain", "a visit to Beirut": where the going ends.
        if cases.contains("to"), tree.heads[p] >= 0, going || motionLemmas.contains(tokens[tree.heads[p]].lemma ?? words[tree.heads[p]]) {
            return tree.heads[p]
        }
        // "southwest of Baghdad": the direction word itself hangs on the act.
        if directionWords.contains(words[p]), p != head, tree.heads[p] >= 0 { return tree.heads[p] }
        return nil
    }

    /// The places named in the sentence, each with its tokens and whether it is a whole country:
    /// actors that are places ("in Dhaka"), and places inside an actor's words ("supporters in
    /// Dhaka", "Kurdish militants in northern Iraq").
    /// `words` are the sentence's folded tokens.
    func places(_ actors: [ResolvedActor], _ sentence: Sentence, _ words: [String]) -> [(Range<Int>, Location, Bool)] {
        var out: [(Range<Int>, Location, Bool)] = []
        for g in actors where !g.isCoreferent && !g.isPossessive {
            // Not a name that qualifies a noun ("a U.S. destroyer"), unless the noun is a part of
            // the place ("the Kharkiv region") or a time ("to Lithuania last month"); not a sea
            // or gulf named after a country ("the Sea of Japan").
            if g.isModifier, g.end < words.count, ["NOUN", "PROPN"].contains(sentence.tokens[g.end].upos ?? ""),
               !Self.placePartNouns.contains(words[g.end]), !TimeExpressions.isTimeWord(words[g.end]) { continue }
            if Self.namesASea(before: g.start, sentence.tokens) { continue }
            if let loc = location(of: g, in: sentence) {
                out.append((g.start..<g.end, loc, g.mentions.allSatisfy(namesCountry)))
                continue
            }
            for m in g.mentions.dropFirst() where m.kind == .name || m.kind == .metonym {
                guard let loc = location(ofMention: m, country: m.entryKey.flatMap({ resources.actors[$0] })?.country, in: sentence)
                else { continue }
                out.append((m.start..<m.end, loc, namesCountry(m)))
            }
        }
        return out
    }

    /// Whether a mention names a country by name ("Ukraine", not "Kyiv" or "Ukrainian").
    func namesCountry(_ m: Mention) -> Bool {
        m.kind == .name && m.entryKey.flatMap(resources.actors.kind(of:)) == .country
    }

    /// Whether the name at `start` is part of a sea or gulf named after a country ("the Sea of
    /// Japan", "the Gulf of Mexico").
    static func namesASea(before start: Int, _ tokens: [Token]) -> Bool {
        start >= 2 && TextFold.fold(tokens[start - 1].text) == "of" && waterNouns.contains(TextFold.fold(tokens[start - 2].text))
    }

    /// A mention's words as written, without a leading "the" ("the Gaza Strip" -> "Gaza
    /// Strip"); nil when the mention lies outside the sentence.
    static func text(of m: Mention, in sentence: Sentence) -> String? {
        guard m.start < m.end, m.end <= sentence.tokens.count else { return nil }
        var words = sentence.tokens[m.start..<m.end].map(\.text)
        if words.count > 1, words[0].lowercased() == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The place an actor's words name, if it is a place at all: a country, region, city or
    /// province by name, or a capital ("in Beirut"). Its name is the dictionary's, a capital's
    /// as written.
    func location(of g: ResolvedActor, in sentence: Sentence) -> Location? {
        guard let m = g.mentions.last, g.mentions.allSatisfy({ $0.kind == .name || $0.kind == .metonym }) else { return nil }
        return location(ofMention: m, country: g.ref?.country, in: sentence)
    }

    /// The place a name or capital of `country` names, if it is a place; a name the actor
    /// dictionaries give an organisation is a place if the gazetteer has it ("Brussels",
    /// "Geneva"), in the gazetteer's country.
    func location(ofMention m: Mention, country: String?, in sentence: Sentence) -> Location? {
        guard let country, country.count == 3 else { return gazetteerPlace(m, sentence) }
        var name: String
        switch m.kind {
        case .name:
            guard let key = m.entryKey, let e = resources.actors[key], [.country, .place, .region].contains(e.kind) else {
                return gazetteerPlace(m, sentence)
            }
            name = e.name
            // A country by one of its parts or older names ("the Gaza Strip", "Burma") keeps the
            // words; an abbreviation ("the US", "DRC") takes the dictionary's name.
            if e.kind == .country, let text = Self.text(of: m, in: sentence), text.utf8.contains(where: { $0 >= 97 && $0 <= 122 }) {
                name = text
            }
        case .metonym:
            // A capital or a seat ("talks at the White House"), by the dictionary's spelling.
            guard let text = Self.text(of: m, in: sentence) else { return nil }
            let folded = TextFold.fold(text)
            guard let key = m.entryKey, let e = resources.actors[key],
                  let capital = (e.capitals + e.seats).first(where: { TextFold.fold($0) == folded }) else { return gazetteerPlace(m, sentence) }
            name = capital
        default:
            return nil
        }
        return Location(name: name, country: country)
    }

    /// The gazetteer's place of a mention's words, as written (less "the").
    func gazetteerPlace(_ m: Mention, _ sentence: Sentence) -> Location? {
        guard m.kind == .name || m.kind == .metonym, let text = Self.text(of: m, in: sentence) else { return nil }
        guard let p = resources.gazetteer.place(named: text, country: nil) else { return nil }
        return Location(name: p.name, country: p.country, lat: p.lat, lon: p.lon)
    }

    /// `l` with its coordinates from the gazetteer, when it has its name in the same country.
    func withCoordinates(_ l: Location) -> Location {
        guard l.lat == nil, let country = l.country else { return l }
        if let p = resources.gazetteer.place(named: l.name, country: country), p.country == country {
            return Location(name: l.name, country: country, lat: p.lat, lon: p.lon)
        }
        return l
    }

    /// Where an act with no place words of its own happened: the place it struck ("shelled
    /// Kharkiv", "a missile attack on Kyiv") or the country ("Russia attacked Ukraine"), for acts
    /// of force; the place visited, for a visit; else the wire dateline's place ("NAIROBI
    /// (Reuters) -"), when the act involves that place's state.
    func fallbackLocation(_ t: ResolvedActor, _ tref: ActorRef, _ sref: ActorRef, code: String, visit: Bool = false,
                          home: Location?, _ sentence: Sentence, times: [TimeExpressions.Match]) -> (Location, String)? {
        // A name before a time is no modifier ("struck Gaza yesterday").
        let modifier = t.isModifier && !times.contains { $0.range.lowerBound == t.end }
        // "fired a missile into the Sea of Japan": a sea named after the country is not the country.
        let water = Self.namesASea(before: t.start, sentence.tokens)
        if Self.violentRoots.contains(String(code.prefix(2))), !t.isCoreferent, !t.isPossessive, !modifier, !water,
           let l = location(of: t, in: sentence), tref.role == nil || tref.code == tref.country {
            // Not a blockade or a border closed to a country ("closed its borders with Iran"):
            // that happens at the doer's edge.
            if !(code.hasPrefix("191") && t.mentions.allSatisfy(namesCountry)) { return (withCoordinates(l), "location.target") }
        }
        // "visited Baghdad", "will visit North Korea": the place visited.
        if visit || code == "042", !t.isCoreferent, !t.isPossessive, !modifier, let l = location(of: t, in: sentence) {
            return (withCoordinates(l), "location.visited")
        }
        if let home, home.country != nil, home.country == sref.country || home.country == tref.country {
            return (home, "location.dateline")
        }
        return nil
    }
}
