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
    /// Direction words that take "of" for a place: "southwest of Baghdad".
    static let directionWords: Set<String> = [
        "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest",
    ]

    /// The tokens whose time and place words are those of the act at `anchor`, nearest first:
    /// the anchor and, for an act noun, the words it hangs from up to their verb ("held talks
    /// ... on Wednesday"); then the verbs that take the anchor's verb as their complement
    /// ("agreed on Monday to lift"); then the verb it is joined to ("met on Monday and signed").
    /// Not the verb of a clause that reports it: "said on Wednesday that rebels attacked" does
    /// not date the attack.
    static func settingLevels(of anchor: Int, in tree: DependencyTree, tokens: [Token]) -> [Set<Int>] {
        var near: Set<Int> = [anchor]
        var k = anchor
        // An act noun up to its verb: "talks" -> "held", "an attack on ..." -> "condemned".
        var steps = 0
        while steps < 4, tokens[k].upos != "VERB", ["obj", "obl", "nsubj", "nmod", "iobj", "compound"].contains(String(tree.baseRelation(k))),
              tree.heads[k] >= 0 {
            k = tree.heads[k]
            near.insert(k)
            steps += 1
        }
        var levels = [near]
        var complemented: Set<Int> = []
        while tree.baseRelation(k) == "xcomp", tree.heads[k] >= 0, complemented.count < 4 {
            k = tree.heads[k]
            complemented.insert(k)
        }
        if !complemented.isEmpty { levels.append(complemented) }
        if tree.baseRelation(k) == "conj", tree.heads[k] >= 0 {
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
              ["obj", "obl", "nmod", "iobj", "appos", "compound"].contains(String(tree.baseRelation(k)))
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

    /// When and where the act at `anchor` happened, from the words of its predicate; `ahead`
    /// says the act is still to come. The tree says which time and place words belong to the
    /// act; where it hangs none on it (the parser misplaces many), the words of the act's own
    /// stretch of the sentence do (`clauseWindow`).
    func setting(of anchor: Int, in analyzed: AnalyzedSentence, times: [TimeExpressions.Match],
                 places: [(Range<Int>, Location, Bool)], articleDate: CalendarDate?, ahead: Bool) -> EventSetting {
        var setting = EventSetting()
        let tokens = analyzed.sentence.tokens
        let words = analyzed.words
        let tree = analyzed.tree
        lazy var levels = tree.map { Self.settingLevels(of: anchor, in: $0, tokens: tokens) } ?? []
        lazy var window = Self.clauseWindow(of: anchor, tokens: tokens, words: words)
        func resolve(_ m: TimeExpressions.Match) -> CalendarDate? {
            if case let .date(d) = m.kind { return d }
            return articleDate.flatMap { m.resolve(relativeTo: $0, ahead: ahead) }
        }
        // Time: the first level with a time expression hung on it, else one in the act's words.
        var when: (CalendarDate, TimeExpressions.Match, Bool)?
        if let tree, !times.isEmpty {
            timeSearch: for level in levels {
                for m in times {
                    guard let h = Self.headToken(of: m.range, in: tree), tree.heads[h] >= 0 else { continue }
                    // "Wednesday's attack": the day of the act noun itself.
                    let path = tree.relations[h] == "nmod:poss" ? [tree.heads[h]] : Self.attachment(of: tree.heads[h], in: tree, tokens: tokens)
                    if path.contains(where: level.contains), let d = resolve(m) {
                        when = (d, m, false)
                        break timeSearch
                    }
                }
            }
        }
        if when == nil, !times.isEmpty, let m = times.first(where: { window.contains($0.range.lowerBound) && window.contains($0.range.upperBound - 1) }),
           let d = resolve(m) {
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
        if places.isEmpty { return setting }
        let moves = Self.motionLemmas.contains(tokens[anchor].lemma ?? words[anchor])
        if let tree {
            placeSearch: for level in levels {
                var best: (Location, Bool)?
                for (range, loc, isCountry) in places {
                    guard let p = Self.headToken(of: range, in: tree), let governor = Self.placeGovernor(p, tree, words, tokens),
                          Self.attachment(of: governor, in: tree, tokens: tokens, throughSubjects: false).contains(where: level.contains)
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
                guard ["DET", "ADJ", "NUM"].contains(tokens[u].upos ?? "") || Self.placePartNouns.contains(w)
                        || w == "of" || w == "the" else { return nil }
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
            where Self.placePrepositions.contains(words[k]) || (moves && words[k] == "to") {
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
        return setting
    }

    /// Verbs and nouns of going or sending somewhere, whose "to" names where the act happens:
    /// "a visit to Beirut", "extradited to Britain", "sent troops to Bosnia".
    static let motionLemmas: Set<String> = [
        "visit", "trip", "travel", "return", "arrive", "fly", "go", "come", "send", "dispatch", "deploy",
        "extradite", "deport", "journey", "tour", "head", "move", "deliver", "ship", "airlift",
    ]

    /// Words that end the stretch of a sentence an act's time and place words lie in.
    static let clauseBoundaryWords: Set<String> = [
        ",", ";", ":", "(", ")", "--", "\u{2014}", "\u{2013}", "that", "which", "who", "whom", "whose", "after", "before",
        "while", "when", "as", "because", "since", "until", "but", "where", "if", "although", "though", "whereas",
    ]

    /// The act's own stretch of the sentence: from the anchor out to punctuation, a word that
    /// opens another clause, or another verb (an act noun's stretch takes in its verb: "on
    /// Wednesday held talks").
    static func clauseWindow(of anchor: Int, tokens: [Token], words: [String]) -> Range<Int> {
        var lo = anchor
        var verbs = tokens[anchor].upos == "VERB" ? 0 : 1
        while lo > 0 {
            let k = lo - 1
            if clauseBoundaryWords.contains(words[k]) { break }
            if tokens[k].upos == "VERB" {
                if verbs == 0 { break }
                verbs -= 1
            }
            lo = k
        }
        var hi = anchor + 1
        while hi < tokens.count, !clauseBoundaryWords.contains(words[hi]), tokens[hi].upos != "VERB" { hi += 1 }
        return lo..<hi
    }

    /// The word a place phrase hangs on, when the phrase says where ("fired ... in Dhaka" ->
    /// "fired"): past the parts of a place ("in the east of Gaza", "in the Kharkiv region") to a
    /// locative preposition, or a direction word with "of" ("southwest of Baghdad").
    /// The prepositions of `p` ("in" of "in Dhaka").
    static func caseWords(of p: Int, _ tree: DependencyTree, _ words: [String]) -> [String] {
        var out: [String] = []
        for c in tree.children[p] where tree.relations[c] == "case" { out.append(words[c]) }
        return out
    }

    static func placeGovernor(_ head: Int, _ tree: DependencyTree, _ words: [String], _ tokens: [Token]) -> Int? {
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
        if cases.contains("to"), tree.heads[p] >= 0, motionLemmas.contains(tokens[tree.heads[p]].lemma ?? words[tree.heads[p]]) {
            return tree.heads[p]
        }
        // "southwest of Baghdad": the direction word itself hangs on the act.
        if directionWords.contains(words[p]), p != head, tree.heads[p] >= 0 { return tree.heads[p] }
        return nil
    }

    /// The places named in the sentence, each with its tokens and whether it is a whole country:
    /// actors that are places ("in Dhaka"), and places inside an actor's words ("supporters in
    /// Dhaka", "Kurdish militants in northern Iraq").
    func places(_ actors: [ResolvedActor], _ sentence: Sentence) -> [(Range<Int>, Location, Bool)] {
        var out: [(Range<Int>, Location, Bool)] = []
        for g in actors where !g.isCoreferent && !g.isPossessive {
            if let loc = location(of: g, in: sentence) {
                let isCountry = g.mentions.allSatisfy { m in m.kind == .name && m.entryKey.flatMap { resources.actors[$0] }?.kind == .country }
                out.append((g.start..<g.end, loc, isCountry))
                continue
            }
            for m in g.mentions.dropFirst() where m.kind == .name || m.kind == .metonym {
                guard let c = m.entryKey.flatMap({ resources.actors[$0] })?.country, c.count == 3,
                      let loc = location(ofMention: m, country: c, in: sentence) else { continue }
                let isCountry = m.kind == .name && resources.actors[m.entryKey!]?.kind == .country
                out.append((m.start..<m.end, loc, isCountry))
            }
        }
        return out
    }

    /// The place an actor's words name, if it is a place at all: a country, region, city or
    /// province by name, or a capital ("in Beirut"). Its name is the dictionary's, a capital's
    /// as written.
    func location(of g: ResolvedActor, in sentence: Sentence) -> Location? {
        guard !g.mentions.isEmpty, let country = g.ref?.country, country.count == 3,
              g.mentions.allSatisfy({ $0.kind == .name || $0.kind == .metonym }) else { return nil }
        return location(ofMention: g.mentions.last!, country: country, in: sentence)
    }

    /// The place a name or capital names, if it is a place.
    func location(ofMention m: Mention, country: String, in sentence: Sentence) -> Location? {
        var name: String
        switch m.kind {
        case .name:
            guard let key = m.entryKey, let e = resources.actors[key], [.country, .place, .region].contains(e.kind) else { return nil }
            name = e.name
            // A country by one of its parts or older names ("the Gaza Strip", "Burma") keeps the
            // words; an abbreviation ("the US", "DRC") takes the dictionary's name.
            if e.kind == .country, m.start < m.end, m.end <= sentence.tokens.count {
                var words = sentence.tokens[m.start..<m.end].map(\.text)
                if words.first?.lowercased() == "the" { words.removeFirst() }
                let text = words.joined(separator: " ")
                if text.utf8.contains(where: { $0 >= 97 && $0 <= 122 }) { name = text }
            }
        case .metonym:
            // A capital, not a seat ("the Kremlin").
            guard m.end <= sentence.tokens.count, m.start < m.end else { return nil }
            let text = sentence.tokens[m.start..<m.end].map(\.text).joined(separator: " ")
            let folded = TextFold.fold(text)
            guard let key = m.entryKey, let e = resources.actors[key],
                  let capital = e.capitals.first(where: { TextFold.fold($0) == folded }) else { return nil }
            name = capital
        default:
            return nil
        }
        return Location(name: name, country: country)
    }

    /// `l` with its coordinates from the gazetteer: its own name's, else those of the dictionary
    /// entry named `entry` ("south Lebanon" under "South Lebanon"), when in the same country.
    func withCoordinates(_ l: Location) -> Location {
        guard l.lat == nil, let country = l.country else { return l }
        if let p = resources.gazetteer.place(named: l.name, country: country), p.country == country {
            return Location(name: l.name, country: country, lat: p.lat, lon: p.lon)
        }
        return l
    }

    /// Where an act with no place words of its own happened: the place it struck ("shelled
    /// Kharkiv", "a missile attack on Kyiv") or the country ("Russia attacked Ukraine"), for acts
    /// of force; else the wire dateline's place ("NAIROBI (Reuters) -"), when the act involves
    /// that place's state.
    func fallbackLocation(_ t: ResolvedActor, _ tref: ActorRef, _ sref: ActorRef, code: String, home: Location?,
                          _ sentence: Sentence, times: [TimeExpressions.Match]) -> (Location, String)? {
        // A name before a time is no modifier ("struck Gaza yesterday").
        let modifier = t.isModifier && !times.contains { $0.range.lowerBound == t.end }
        if Self.violentRoots.contains(String(code.prefix(2))), !t.isCoreferent, !t.isPossessive, !modifier,
           let l = location(of: t, in: sentence), tref.role == nil || tref.code == tref.country {
            // Not a blockade or a border closed to a country ("closed its borders with Iran"):
            // that happens at the doer's edge.
            let country = t.mentions.allSatisfy { m in m.kind == .name && m.entryKey.flatMap { resources.actors[$0] }?.kind == .country }
            if !(code.hasPrefix("191") && country) { return (l, "location.target") }
        }
        if let home, home.country != nil, home.country == sref.country || home.country == tref.country {
            return (home, "location.dateline")
        }
        return nil
    }
}
