import DyadCore
import DyadText

/// Turns the dictionary mentions of each sentence of an article into actors: groups mentions
/// into phrases ("Venezuela's socialist President Maduro"), resolves people by the article's
/// date, combines agents with countries ("Venezuelan representative" -> VENGOV), and resolves
/// pronouns and nominals ("it", "his country", "the government") to the most salient earlier
/// actor.
///
/// One resolver reads one article, sentence by sentence, in order: it keeps the salience of
/// the actors seen so far.
public struct ActorResolver: Sendable {
    public let actors: ActorDictionary
    public let matcher: MentionMatcher
    public let date: CalendarDate?

    /// Salience of actors seen so far, keyed by code.
    struct Salient: Sendable {
        var ref: ActorRef
        var weight: Double
        var isPerson: Bool
        /// A person has been named by this code since it was first seen as something else
        /// ("Kyiv ... Ukrainian Foreign Minister Dmytro Kuleba"): "he" may stand for it.
        var namedPerson = false
        var isPlural: Bool
        /// An armed group, party or movement of the dictionary ("Hamas", "Islamic State").
        var isGroup = false
    }
    private var salient: [String: Salient] = [:]
    private var order: [String] = []
    /// The actors last joined by "and" ("India and Pakistan"), for "the two sides".
    private var lastPair: [ActorRef] = []
    /// The two sides of the last fighting the coder found (`noteFoes`), for "the warring
    /// parties" and, when no pair was named, "both sides".
    private var lastFoes: [ActorRef] = []
    /// Names the article gave a titled actor ("Chinese Foreign Minister Qin Gang", "Dmytro
    /// Kuleba, Ukraine's foreign minister"): the folded name (words joined by a space) and each
    /// word of it, to that actor.
    private var learnedNames: [String: ActorRef] = [:]
    /// Name words learned for two different actors: they name neither.
    private var ambiguousNames: Set<String> = []

    public init(actors: ActorDictionary, matcher: MentionMatcher, date: CalendarDate?) {
        self.actors = actors
        self.matcher = matcher
        self.date = date
    }

    /// Resolves the actors of the next sentence of the article and updates salience.
    /// `mentions`, when given, are `matcher.mentions(in: sentence.tokens)`, already matched.
    public mutating func resolve(_ sentence: Sentence, mentions matched: [Mention]? = nil) -> [ResolvedActor] {
        let tokens = sentence.tokens
        var mentions = matched ?? matcher.mentions(in: tokens)
        // "Qin Gang", "Tom Barrack": a capitalised agent word right after an unknown capitalised
        // word is part of a name, not a role.
        let found = mentions
        mentions.removeAll { m in
            // "Vice Foreign Minister", "Deputy Prime Minister": a title word is no name.
            guard m.kind == .agent, m.start > 1, Self.isCapitalized(tokens[m.start].text),
                  Self.isCapitalized(tokens[m.start - 1].text),
                  !Self.gluePlain.contains(TextFold.fold(tokens[m.start - 1].text)) else { return false }
            return !found.contains { $0.start <= m.start - 1 && m.start - 1 < $0.end }
        }
        // "his Syrian counterpart Ali Mahmoud Abbas": a known person's name right after a
        // capitalised word of no mention, no title and no function word is part of a longer
        // name, someone else's.
        if mentions.contains(where: { $0.kind == .person }) { mentions.removeAll { m in
            guard m.kind == .person, m.start > 0 else { return false }
            let before = tokens[m.start - 1].text
            guard Self.isCapitalized(before), before.unicodeScalars.allSatisfy(CharClass.isLetter) else { return false }
            let folded = TextFold.fold(before)
            if Lexicon.isFunctionWord(folded) || Self.personTitles.contains(folded) { return false }
            return !found.contains { $0.start <= m.start - 1 && m.start - 1 < $0.end }
        } }
        // "military drills", "military action against Pakistan": a bare role word before the name
        // of an activity says what kind of activity it is; it is no actor.
        mentions.removeAll { m in
            guard m.kind == .agent, m.end == m.start + 1, m.end < tokens.count,
                  Self.attributiveRoleWords.contains(TextFold.fold(tokens[m.start].text)),
                  Self.activityNouns.contains(TextFold.fold(tokens[m.end].text)) else { return false }
            // Not after a country ("Russian military drills": Russia's military acts).
            return !found.contains { $0.end == m.start && $0.kind != .agent }
        }
        // "Western Cambodia": a compass word right before a place's name says which part of
        // the place; it is not the West.
        mentions.removeAll { m in
            m.kind == .adjective && m.end == m.start + 1 && TextFold.fold(tokens[m.start].text) == "western"
                && found.contains { $0.start == m.end && ($0.kind == .name || $0.kind == .metonym) }
        }
        // "their national currencies", "national airline": a people word that only
        // qualifies the noun after it is no actor.
        mentions.removeAll { m in
            guard m.kind == .agent, m.end == m.start + 1, m.end < tokens.count,
                  Self.adjectivalPeopleWords.contains(TextFold.fold(tokens[m.start].text)) else { return false }
            let next = tokens[m.end]
            return next.upos.map { $0 == "NOUN" } ?? (next.text.first?.isLowercase == true && !Lexicon.isFunctionWord(next.text))
                && !found.contains { $0.start == m.end }
        }
        // "both sides", "the two countries", "the warring parties": a pair named before; the
        // words inside ("parties") are no agents of their own.
        let pairs = Self.pairNominals(tokens)
        if !pairs.isEmpty {
            mentions.removeAll { m in pairs.contains { $0.overlaps(m.start..<m.end) } }
            mentions += pairs.map { Mention(start: $0.lowerBound, end: $0.upperBound, kind: .nominal, origin: Self.pairOrigin) }
        }
        // "the East African country", "the Gulf state", "the oil-rich kingdom": a state named
        // by what it is; the region or adjective inside it is no actor of its own.
        let described = Self.describedStates(tokens)
        if !described.isEmpty {
            mentions.removeAll { m in described.contains { $0.overlaps(m.start..<m.end) } }
            mentions += described.map { Mention(start: $0.lowerBound, end: $0.upperBound, kind: .nominal, origin: "rule:nominal") }
        }
        mentions.append(contentsOf: learnedMentions(in: tokens, excluding: mentions))
        mentions.append(contentsOf: Self.pronounsAndNominals(tokens, excluding: mentions))
        mentions.sort { $0.start < $1.start }
        var groups = group(mentions, tokens)
        for g in groups.indices {
            resolve(&groups[g], tokens, sentence.text, earlier: groups[..<g])
        }
        Self.shareRoles(&groups, tokens)
        Self.shareRolesForward(&groups, tokens)
        Self.shareCountryForward(&groups, tokens)
        Self.shareCountryBackward(&groups, tokens)
        Self.nameBeforeItsOrgan(&groups)
        Self.sidesInAPlace(&groups, tokens)
        Self.linkedAgents(&groups, tokens)
        learnNames(&groups, mentions, tokens)
        remember(groups, tokens)
        return groups
    }

    // MARK: Names learned from the article

    static let learnedOrigin = "article.name"

    /// Mentions of the names the article has given titled actors so far ("Qin" after "Chinese
    /// Foreign Minister Qin Gang"), where no other mention is: the longest learned name first.
    public func learnedMentions(in tokens: [Token], excluding found: [Mention]) -> [Mention] {
        guard !learnedNames.isEmpty else { return [] }
        var taken = [Bool](repeating: false, count: tokens.count)
        for m in found { for k in m.start..<min(m.end, tokens.count) { taken[k] = true } }
        var out: [Mention] = []
        var i = 0
        while i < tokens.count {
            guard !taken[i], Self.isCapitalized(tokens[i].text) else { i += 1; continue }
            var hit: (n: Int, key: String)?
            for n in stride(from: min(4, tokens.count - i), through: 1, by: -1) where !(i..<i + n).contains(where: { taken[$0] }) {
                let key = tokens[i..<i + n].map { TextFold.fold($0.text) }.joined(separator: " ")
                if learnedNames[key] != nil { hit = (n, key); break }
            }
            if let hit {
                out.append(Mention(start: i, end: i + hit.n, kind: .person, entryKey: hit.key, origin: Self.learnedOrigin))
                i += hit.n
            } else {
                i += 1
            }
        }
        return out
    }

    /// Learns the name a titled actor of this sentence is given: the capitalised words right
    /// after its title ("Foreign Minister Qin Gang"), or right before it and a comma ("Dmytro
    /// Kuleba, Ukraine's foreign minister"). Only a single person with a resolved code, only
    /// words of no mention, and not in a title-case line ("Minister Visits Troops"). A known
    /// person's full name is learned too, so each of its words stands for the person.
    /// A word learned for two actors names neither.
    /// The name after its title joins the title's actor here too ("American journalist Evan
    /// Gershkovich" is one actor).
    private mutating func learnNames(_ groups: inout [ResolvedActor], _ mentions: [Mention], _ tokens: [Token]) {
        guard groups.contains(where: { $0.ref != nil }) else { return }
        // A line in title case has no word in small letters but function words.
        let titleCase = !tokens.contains { t in
            t.text.unicodeScalars.first.map { $0.value >= 97 && $0.value <= 122 } == true && !Lexicon.isFunctionWord(TextFold.fold(t.text))
        }
        var taken = [Bool](repeating: false, count: tokens.count)
        for m in mentions { for k in m.start..<min(m.end, tokens.count) { taken[k] = true } }
        func isNameWord(_ k: Int) -> Bool {
            let t = tokens[k]
            guard !taken[k], Self.isCapitalized(t.text), t.upos == nil || t.upos == "PROPN",
                  t.text.unicodeScalars.allSatisfy({ CharClass.isLetter($0) || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }) else { return false }
            let f = TextFold.fold(t.text)
            return !Lexicon.isFunctionWord(f) && !Self.personTitles.contains(f) && !Self.calendarWords.contains(f)
        }
        for (i, g) in groups.enumerated() {
            guard let ref = g.ref, ref.country != nil, g.members.isEmpty, !g.isPlural, !g.isCoreferent else { continue }
            var name: Range<Int>?
            if let p = g.mentions.first(where: { $0.kind == .person && $0.origin != Self.learnedOrigin }) {
                // A known person's full name: its words stand for the person later ("Qin Gang
                // ... Qin"), where the dictionary lists no bare surname (it may be another's).
                if p.end - p.start >= 2, (p.start..<p.end).allSatisfy({ Self.isCapitalized(tokens[$0].text) }) { name = p.start..<p.end }
            } else if !titleCase, g.mentions.last?.kind == .agent, Self.isPersonLike(g, tokens) {
                if !g.isPossessive, g.end < tokens.count, isNameWord(g.end) {
                    var e = g.end
                    while e < tokens.count, e - g.end < 4, isNameWord(e) { e += 1 }
                    name = g.end..<e
                    if !groups.contains(where: { $0.start >= g.end && $0.start < e }) {
                        groups[i].end = e
                        groups[i].rules.append("actor.name-after-title")
                    }
                } else {
                    var c = g.start - 1
                    if c >= 0, TextFold.fold(tokens[c].text) == "the" { c -= 1 }
                    if c >= 1, tokens[c].text == ",", isNameWord(c - 1) {
                        var s = c - 1
                        while s > 0, c - s < 4, isNameWord(s - 1) { s -= 1 }
                        // The whole name: it opens the sentence or follows a word in small letters.
                        if s == 0 || !Self.isCapitalized(tokens[s - 1].text) { name = s..<c }
                    }
                }
            }
            guard let name, !name.isEmpty else { continue }
            let words = tokens[name].map { TextFold.fold($0.text) }
            let text = tokens[name].map(\.text).joined(separator: " ")
            let learned = ActorRef(code: ref.code, country: ref.country, role: ref.role, entity: ref.entity ?? text, text: text)
            var keys = [words.joined(separator: " ")]
            if words.count > 1 { keys += words.filter { $0.count >= 3 } }
            for key in keys where !ambiguousNames.contains(key) {
                if let known = learnedNames[key], known.code != ref.code {
                    learnedNames[key] = nil
                    ambiguousNames.insert(key)
                } else {
                    learnedNames[key] = learned
                }
            }
        }
    }

    /// People who follow a leader ("supporters of Imran Khan").
    static let followerWords: Set<String> = ["supporter", "supporters", "loyalist", "loyalists", "follower", "followers"]

    /// Role words that also qualify an activity ("military aid", "police action").
    static let attributiveRoleWords: Set<String> = ["military", "army", "naval", "police"]

    /// People words that are adjectives too ("a Russian national", "national currencies").
    static let adjectivalPeopleWords: Set<String> = ["national"]

    /// Activities a role word may qualify.
    static let activityNouns: Set<String> = [
        "action", "actions", "drill", "drills", "exercise", "exercises", "operation", "operations", "aid",
        "assistance", "support", "cooperation", "co-operation", "equipment", "hardware", "intervention",
        "buildup", "build-up", "presence", "spending", "budget", "ties", "options", "option", "pressure",
        "activity", "activities", "escalation", "deployment", "deployments", "maneuvers", "manoeuvres",
        "campaign", "offensive", "threat", "threats", "power", "might", "strength", "response", "solution",
    ]

    /// Day and month names, which follow a name in "said Foreign Minister Wang Yi Monday".
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// "the warring parties in Sudan", "both sides in Yemen": the sides of a conflict in a
    /// country are that country's, not a pair named before.
    static func sidesInAPlace(_ groups: inout [ResolvedActor], _ tokens: [Token]) {
        for i in groups.indices.dropLast() where groups[i].mentions.first?.origin == pairOrigin {
            let g = groups[i], h = groups[i + 1]
            guard g.end + 1 == h.start, TextFold.fold(tokens[g.end].text) == "in", !h.isPossessive,
                  let country = h.ref?.country, country.count == 3, h.ref?.code == country || h.mentions.allSatisfy({ $0.kind == .name }),
                  // A pair named before keeps its sides where one of them is of that country.
                  !g.members.contains(where: { $0.country == country }) else { continue }
            groups[i].ref = ActorRef(code: country, country: country, role: nil, entity: nil, text: g.ref?.text ?? "")
            groups[i].members = []
            groups[i].candidates = []
            groups[i].isCoreferent = false
            groups[i].rules.append("coref.sides-in-place")
        }
    }

    /// "hackers linked to Russia's military intelligence", "militants loyal to the Islamic
    /// State": armed or criminal agents of no country of their own act for whom they are tied to.
    static func linkedAgents(_ groups: inout [ResolvedActor], _ tokens: [Token]) {
        for i in groups.indices.dropLast() {
            guard let a = groups[i].ref, a.country == nil, let role = a.role, linkedRoles.contains(role),
                  groups[i].members.isEmpty, groups[i].end + 1 < tokens.count else { continue }
            let w1 = TextFold.fold(tokens[groups[i].end].text), w2 = TextFold.fold(tokens[groups[i].end + 1].text)
            guard linkWords.contains(w1), ["to", "with", "by"].contains(w2) else { continue }
            let j = i + 1
            var at = groups[i].end + 2
            if at < tokens.count, TextFold.fold(tokens[at].text) == "the" { at += 1 }
            guard groups[j].start == at, let b = groups[j].ref, let country = b.country else { continue }
            // "Russia's military intelligence": the organ after the possessive.
            if groups[j].isPossessive, j + 1 < groups.count, groups[j + 1].start == groups[j].end,
               let organ = groups[j + 1].ref, organ.country == nil || organ.country == country {
                let r = organ.role ?? ""
                groups[i].ref = ActorRef(code: country + r, country: country, role: organ.role, entity: a.entity, text: a.text)
            } else if b.code == country || b.role != nil && ActorResolver.stateRoles.contains(b.role!) {
                // A state, or one of its organs: its agents, in their own role.
                groups[i].ref = ActorRef(code: b.code == country ? country + role : b.code, country: country,
                                         role: b.code == country ? role : b.role, entity: a.entity, text: a.text)
            } else {
                // A named group: its own code.
                groups[i].ref = b
            }
            groups[i].rules.append("actor.linked-to")
        }
    }

    static let linkedRoles: Set<String> = ["UAF", "CRM", "REB", "INS"]
    static let linkWords: Set<String> = ["linked", "tied", "loyal", "affiliated", "allied", "aligned"]

    /// "the US State Department", "the Israeli Knesset": a state's name right before one of its
    /// organs only says whose organ it is.
    static func nameBeforeItsOrgan(_ groups: inout [ResolvedActor]) {
        for i in groups.indices.dropLast() where groups[i + 1].start == groups[i].end {
            // "the Russian-led Collective Security Treaty Organization": who leads a named body
            // only qualifies it.
            if groups[i].mentions.contains(where: { $0.origin == MentionMatcher.ledByOrigin }), groups[i + 1].ref != nil {
                groups[i].isModifier = true
                groups[i].rules.append("actor.leader-of-named")
                continue
            }
            guard !groups[i].isModifier, !groups[i].isPossessive, groups[i].members.isEmpty, groups[i].mentions.count == 1,
                  groups[i].mentions[0].kind == .name || groups[i].mentions[0].kind == .adjective,
                  let a = groups[i].ref, a.role == nil, let country = a.country, a.code == country,
                  let b = groups[i + 1].ref, b.country == country, b.code != a.code else { continue }
            groups[i].isModifier = true
            groups[i].rules.append("actor.organ-owner")
        }
    }

    /// "Indian and Chinese troops", "US, British and French diplomats": adjectives coordinated
    /// with an adjective-and-role phrase share its role, each for its own country.
    static func shareRoles(_ groups: inout [ResolvedActor], _ tokens: [Token]) {
        var j = groups.count - 1
        while j > 0 {
            defer { j -= 1 }
            let h = groups[j]
            guard let role = h.ref?.role, let first = h.mentions.first?.kind, first == .adjective || first == .name,
                  h.mentions.contains(where: { $0.kind == .agent }) else { continue }
            var end = h.start
            var i = j - 1
            while i >= 0 {
                let g = groups[i]
                let gap = tokens[g.end..<end].map { TextFold.fold($0.text) }
                // A name needs no noun of its own to share ("US and British activists"), but it
                // must be coordinated ("in Gaza, Palestinian officials said" is no list).
                guard g.members.isEmpty, g.isModifier || (g.mentions.first?.kind == .name && h.mentions.first?.kind == .adjective
                                       && tokens[g.end..<end].contains { ["and", "or"].contains(TextFold.fold($0.text)) }),
                      g.mentions.count == 1, g.mentions[0].kind == .adjective || g.mentions[0].kind == .name,
                      let ref = g.ref,
                      ref.role == nil, let country = ref.country, !gap.isEmpty, gap.count <= 2,
                      gap.allSatisfy({ $0 == "and" || $0 == "," || $0 == "or" }) else { break }
                groups[i].ref = ActorRef(code: country + role, country: country, role: role, entity: ref.entity, text: ref.text)
                groups[i].isModifier = false
                groups[i].isPlural = h.isPlural
                groups[i].rules.append("actor.shared-role")
                end = g.start
                i -= 1
            }
        }
    }

    /// "the foreign ministers of France, Germany and Britain", "lawmakers in Fornost and Gondor":
    /// countries listed after a role joined by "of", "from" or "in" each have that role.
    static func shareRolesForward(_ groups: inout [ResolvedActor], _ tokens: [Token]) {
        var j = 0
        while j < groups.count - 1 {
            defer { j += 1 }
            let h = groups[j]
            guard h.mentions.count == 2, h.mentions[0].kind == .agent, h.mentions[1].kind == .name,
                  h.mentions[0].end < h.mentions[1].start,
                  ["of", "from", "in"].contains(TextFold.fold(tokens[h.mentions[0].end].text)),
                  let role = h.ref?.role, h.ref?.country != nil else { continue }
            var end = h.end
            var i = j + 1
            while i < groups.count {
                let g = groups[i]
                let gap = tokens[end..<g.start].map { TextFold.fold($0.text) }
                guard g.members.isEmpty, g.mentions.count == 1, g.mentions[0].kind == .name, let ref = g.ref, ref.role == nil,
                      let country = ref.country, ref.code == country,
                      !gap.isEmpty, gap.count <= 3, gap.contains(where: { $0 == "," || $0 == "and" }),
                      gap.allSatisfy({ $0 == "," || $0 == "and" || $0 == "the" }) else { break }
                groups[i].ref = ActorRef(code: country + role, country: country, role: role, entity: ref.entity, text: ref.text)
                groups[i].isPlural = h.isPlural
                groups[i].rules.append("actor.shared-role")
                end = g.end
                i += 1
            }
        }
    }

    /// "Danish media and government", "Russian officials, diplomats and troops": role nouns
    /// coordinated right after a country word and its role noun share that country. A role of
    /// the state and one against it are not shared ("Israeli soldiers and militants").
    static func shareCountryForward(_ groups: inout [ResolvedActor], _ tokens: [Token]) {
        var j = 0
        while j < groups.count - 1 {
            defer { j += 1 }
            let h = groups[j]
            guard h.mentions.count == 2, h.mentions[0].kind == .adjective || h.mentions[0].kind == .name,
                  h.mentions[1].kind == .agent, h.mentions[0].end == h.mentions[1].start,
                  let country = h.ref?.country, let firstRole = h.ref?.role else { continue }
            var end = h.end
            var i = j + 1
            while i < groups.count {
                let g = groups[i]
                let gap = tokens[end..<g.start].map { TextFold.fold($0.text) }
                guard g.mentions.count == 1, g.mentions[0].kind == .agent, let ref = g.ref, ref.country == nil,
                      let role = ref.role, !gap.isEmpty, gap.count <= 2,
                      gap.allSatisfy({ $0 == "," || $0 == "and" }), gap.last == "and" || gap.last == ",",
                      !Self.opposedRoles(firstRole, role) else { break }
                groups[i].ref = ActorRef(code: country + role, country: country, role: role, entity: ref.entity, text: ref.text)
                groups[i].rules.append("actor.shared-country")
                end = g.end
                i += 1
            }
        }
    }

    /// "lawmakers and officials in Kyiv", "doctors and nurses from Gaza": role nouns coordinated
    /// right before a role that takes its country by "of", "from" or "in" share that country
    /// (by "in" only roles that stay home, as for the role itself), or each of the countries
    /// when several follow ("lawmakers and officials in France and Germany" are four actors).
    /// A role of the state and one against it are not shared ("soldiers and rebels from Syria").
    static func shareCountryBackward(_ groups: inout [ResolvedActor], _ tokens: [Token]) {
        var j = groups.count - 1
        while j > 0 {
            defer { j -= 1 }
            let h = groups[j]
            guard h.mentions.count == 2, h.mentions[0].kind == .agent, h.mentions[1].kind == .name,
                  h.mentions[0].end < h.mentions[1].start, let country = h.ref?.country, let headRole = h.ref?.role else { continue }
            let link = TextFold.fold(tokens[h.mentions[0].end].text)
            guard ["of", "from", "in"].contains(link) else { continue }
            // "officials in France and Germany": the countries that share the head's role
            // (`shareRolesForward`) are each the country of the roles coordinated before it.
            var countries = [country]
            var k = j + 1
            while k < groups.count, groups[k].mentions.count == 1, groups[k].mentions[0].kind == .name,
                  groups[k].rules.last == "actor.shared-role", groups[k].ref?.role == headRole,
                  let c = groups[k].ref?.country {
                countries.append(c)
                k += 1
            }
            var start = h.start
            var i = j - 1
            while i >= 0 {
                let g = groups[i]
                let gap = tokens[g.end..<start].map { TextFold.fold($0.text) }
                guard g.mentions.count == 1, g.mentions[0].kind == .agent, let ref = g.ref, ref.country == nil,
                      let role = ref.role, !AgentDictionary.isPrefixRole(role), !gap.isEmpty, gap.count <= 2,
                      gap.allSatisfy({ $0 == "," || $0 == "and" }),
                      link != "in" || !Self.mobileRoles.contains(role),
                      !Self.opposedRoles(headRole, role) else { break }
                let each = countries.map { ActorRef(code: $0 + role, country: $0, role: role, entity: ref.entity, text: ref.text) }
                groups[i].ref = each[0]
                if each.count > 1 { groups[i].members = each }
                groups[i].rules.append("actor.shared-country")
                start = g.start
                i -= 1
            }
        }
    }

    /// A role without the `~` of a role written before the country.
    static func plainRole(_ role: String?) -> String? {
        guard let role, role.hasSuffix("~") else { return role }
        return String(role.dropLast())
    }

    /// The state's own organs, which act as one: government, military, police, legislature,
    /// courts, spies.
    public static let stateRoles: Set<String> = ["GOV", "MIL", "COP", "LEG", "JUD", "SPY"]
    /// Roles that fight or oppose the state.
    static let roleAgainstState: Set<String> = ["REB", "OPP", "INS", "SEP", "RAD", "UAF"]
    /// Roles of groups whose own people ("its fighters", "its leader") are the group itself.
    static let groupRoles: Set<String> = roleAgainstState.union(["PTY"])

    /// One role of the state and one that fights or opposes it.
    static func opposedRoles(_ a: String, _ b: String) -> Bool {
        let ra = String(a.prefix(3)), rb = String(b.prefix(3))
        return (stateRoles.contains(ra) && roleAgainstState.contains(rb)) || (roleAgainstState.contains(ra) && stateRoles.contains(rb))
    }

    /// Feeds text that is not coded (the title) into salience only.
    public mutating func prime(with sentence: Sentence) {
        _ = resolve(sentence)
    }

    // MARK: Grouping

    /// Titles written before a name that are no part of it ("Sheikh Tamim", "Gen Milley").
    static let personTitles: Set<String> = [
        "mr", "mrs", "ms", "dr", "sir", "lord", "dame", "sheikh", "sheik", "emir", "king", "queen",
        "prince", "princess", "crown", "pope", "ayatollah", "imam", "cardinal", "archbishop", "bishop",
        "general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt",
        "admiral", "adm", "marshal", "field", "brigadier", "commander", "sergeant", "senator", "sen",
        "rep", "representative", "congressman", "congresswoman", "judge", "justice", "president",
        "premier", "chancellor", "minister", "secretary", "ambassador", "governor", "mayor", "mullah",
        "comrade", "chairman", "leader", "professor", "prof", "rev", "reverend", "father", "saint", "st",
    ]

    static let gluePlain: Set<String> = [
        "'s", "\u{2019}s", "'", "\u{2019}", "the", "former", "then", "acting", "interim", "top", "senior",
        "deputy", "chief", "new", "late", "outgoing", "incoming", "current", "embattled", "veteran",
        "longtime", "long-time", "ousted", "exiled", "self-proclaimed", "de", "facto", "-", "and", "vice",
    ]

    private func group(_ mentions: [Mention], _ tokens: [Token]) -> [ResolvedActor] {
        var groups: [ResolvedActor] = []
        var current: [Mention] = []
        let agentStarts = Set(mentions.lazy.filter { $0.kind == .agent }.map(\.start))
        func flush() {
            guard let first = current.first, let last = current.last else { return }
            groups.append(ResolvedActor(start: first.start, end: last.end, ref: nil, mentions: current))
            current = []
        }
        for m in mentions {
            if let last = current.last, canJoin(current, m, tokens, gapFrom: last.end, agentStarts: agentStarts) {
                current.append(m)
            } else {
                flush()
                current = [m]
            }
        }
        flush()
        return groups
    }

    /// Whether mention `m` continues the phrase made of `current`.
    /// `agentStarts`: where the sentence's agent mentions start.
    private func canJoin(_ current: [Mention], _ m: Mention, _ tokens: [Token], gapFrom: Int, agentStarts: Set<Int>) -> Bool {
        let gap = tokens[gapFrom..<m.start].map { TextFold.fold($0.text) }
        let hasNamed = current.contains { $0.kind == .name || $0.kind == .person || $0.kind == .adjective || $0.kind == .metonym || $0.kind == .demonym }
        let hasPerson = current.contains { $0.kind == .person }
        if current.count == 1, current[0].kind == .pronoun {
            // "its military", "his country": a possessive pronoun joins the noun right after it.
            let possessive = Self.possessivePronouns.contains(TextFold.fold(tokens[current[0].start].text))
            return possessive && gap.count <= 2 && (m.kind == .agent || m.kind == .nominal)
        }
        if m.kind == .pronoun || m.kind == .nominal { return false }
        // Two different named entities never join ("Russia and Ukraine" are two actors),
        // except a country followed by its person or agent.
        if gap.contains("and") || gap.contains(",") { return false }
        if m.kind == .name || m.kind == .metonym || m.kind == .demonym {
            // "MSF Arnor": a role written before the country joins the name right after it.
            if m.kind == .name, gap.isEmpty, current.count == 1, AgentDictionary.isPrefixRole(current[0].role) { return true }
            // "the militant group Hamas", "rights group Amnesty International": a role of no
            // country right before an organisation's name is that organisation.
            if m.kind == .name, gap.isEmpty, !hasNamed, current.allSatisfy({ $0.kind == .agent }), isOrganisation(m) {
                return true
            }
            // "leaders of Egypt's Muslim Brotherhood": an agent of a country's organisation
            // belongs to the organisation.
            if m.kind == .name, gap.count == 1, Self.possessiveMarks.contains(gap[0]), current.first?.kind == .agent,
               current.count == 2, current.last?.kind == .name, isOrganisation(m) { return true }
            // "President of Venezuela", "officials from the White House": an agent takes the country after of/from.
            if !hasNamed, current.allSatisfy({ $0.kind == .agent }), let f = gap.first, f == "of" || f == "from",
               gap.count <= 2 || gap.count <= 4 && Self.areLowercaseModifiers(tokens[(gapFrom + 1)..<m.start]) { return true }
            // "a court in Guyana", "officials in Washington": an institution takes the country it
            // sits in; armed agents do not ("troops in Syria" may be anyone's), but for rebels,
            // militants and gangs, who fight where they come from ("rebels in Myanmar").
            // "civilian areas in Kherson": a common noun may come between (a noun by the tagger
            // where there are tags: "protesters marched in Paris" is a clause).
            let inPlace = gap.first == "in" && gap.count <= 2
                || gap.count == 2 && gap[1] == "in" && gap[0].allSatisfy(\.isLetter) && !Lexicon.isFunctionWord(gap[0])
                    && (tokens[gapFrom].upos.map { $0 == "NOUN" } ?? true)
            if !hasNamed, current.allSatisfy({ $0.kind == .agent && Self.actsWhereItIs($0.role ?? "") }),
               inPlace { return true }
            // "Bree Prime Minister Romendacil": a name coded as the phrase's own country, right
            // after its role, is the office-holder (dictionaries that list people by country only).
            if m.kind == .name, gap.isEmpty, current.last?.kind == .agent,
               let key = m.entryKey, let country = actors[key]?.country,
               current.contains(where: { c in c.entryKey.flatMap { actors[$0] }?.country == country }) { return true }
            return false
        }
        // "ministers from the Georgian government", "officials of the Russian military": an
        // agent takes the country word of the institution after of/from.
        if m.kind == .adjective, !hasNamed, current.allSatisfy({ $0.kind == .agent }), let f = gap.first, f == "of" || f == "from",
           gap.count == 1 || gap.count == 2 && gap[1] == "the",
           agentStarts.contains(m.end) { return true }
        if m.kind == .person {
            if hasPerson { return false }
            if gap.isEmpty { return true }
            if current.allSatisfy({ $0.kind == .agent }), gap == ["of"] { return true }  // administration of President Biden
        }
        if m.kind == .adjective && hasNamed { return false }
        if gap.isEmpty { return true }
        if gap.count > 3 { return false }
        // Possessive then modifiers: "Venezuela's socialist President Maduro", "Russia's top diplomat".
        if let f = gap.first, Self.possessiveMarks.contains(f) {
            return m.kind == .agent || m.kind == .person
        }
        // "Palestinian health officials", "US defense officials": a country word, one or two
        // common nouns, then the role.
        if m.kind == .agent, current.count == 1, current[0].kind == .adjective || current[0].kind == .name, gap.count <= 2,
           (gapFrom..<m.start).allSatisfy({ k in
               let w = TextFold.fold(tokens[k].text)
               // "Germany met President Putin" with "met" tagged a noun: a singular noun whose
               // lemma is another word ("meet") is a verb form.
               if tokens[k].xpos == "NN", let lemma = tokens[k].lemma, TextFold.fold(lemma) != w { return false }
               if let tag = tokens[k].upos { return tag == "NOUN" || tag == "ADJ" }
               return w.allSatisfy(\.isLetter) && !Lexicon.isFunctionWord(w) && !Self.isCapitalized(tokens[k].text)
           }) { return true }
        for (k, w) in gap.enumerated() {
            if Self.gluePlain.contains(w) && w != "and" { continue }
            let original = tokens[gapFrom + k].text
            if let f = original.unicodeScalars.first, CharClass.isUpper(f) { continue }  // "Democratic", "Prime"
            return false
        }
        return true
    }

    /// "of the northern West Bank city": after "of", only determiners and lowercase words that
    /// are no function words ("the northern", "the occupied").
    static func areLowercaseModifiers(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.allSatisfy { t in
            let w = TextFold.fold(t.text)
            if w == "the" || w == "a" || w == "an" { return true }
            return t.text.first?.isLowercase == true && w.allSatisfy(\.isLetter) && !Lexicon.isFunctionWord(w)
        }
    }

    /// Whether the phrase names a group of the dictionary (an armed group, party or movement),
    /// not an organ of a state ("the Pentagon", `USAMIL`).
    private func isGroup(_ g: ResolvedActor) -> Bool {
        !g.isCoreferent && g.mentions.contains { m in
            guard m.kind == .name, let e = m.entryKey.flatMap({ actors[$0] }), e.kind == .group else { return false }
            return !(e.key.hasPrefix(e.country) && Self.stateRoles.contains(String(e.key.dropFirst(e.country.count))))
        }
    }

    /// A person, or a single agent that is one ("the foreign minister", not "the army"): what
    /// "he" and "she" stand for, and "it" does not.
    static func isPersonLike(_ g: ResolvedActor, _ tokens: [Token]) -> Bool {
        if g.mentions.contains(where: { $0.kind == .person }) { return true }
        guard !g.isPlural, let agent = g.mentions.last(where: { $0.kind == .agent }), agent.end > agent.start else { return false }
        return !institutionNouns.contains(TextFold.fold(tokens[agent.end - 1].text))
    }

    /// Agent words that name a body, not a person.
    static let institutionNouns: Set<String> = [
        "army", "military", "government", "ministry", "police", "parliament", "navy", "force", "court",
        "council", "committee", "administration", "cabinet", "party", "company", "bank", "agency",
        "movement", "group", "coalition", "alliance", "senate", "congress", "assembly", "regime",
        "service", "office", "commission", "authority", "junta", "department", "embassy", "newspaper",
        "guard", "command", "legislature", "opposition", "presidency", "militia", "union", "organization",
        "organisation", "firm", "corporation", "network", "station", "channel", "media", "judiciary",
    ]

    /// Roles that name an armed group by what it is: "the militants", "the rebel group".
    static let armedGroupRoles: Set<String> = ["UAF", "REB", "INS"]

    private func isOrganisation(_ m: Mention) -> Bool {
        guard let key = m.entryKey, let e = actors[key] else { return false }
        return e.kind == .group || e.kind == .igo
    }

    // MARK: Resolution

    /// Roles of agents that act away from home, so "in COUNTRY" does not make them that country's.
    public static let mobileRoles: Set<String> = ["MIL", "UAF", "REB", "SPY", "REF", "MED", "NGO", "HRI", "BUS", "CRM"]
    /// Armed roles that most often fight in their own country.
    public static let localArmedRoles: Set<String> = ["UAF", "REB", "CRM"]

    /// Whether people of this role, of no stated country, belong where they act: not those
    /// of roles that travel, but rebels, militants and gangs.
    public static func actsWhereItIs(_ role: String) -> Bool {
        !mobileRoles.contains(role) || localArmedRoles.contains(role)
    }

    /// The possessive after a name: "'s", "\u{2019}s", or a bare apostrophe ("the Philippines'").
    static let possessiveMarks: Set<String> = ["'s", "\u{2019}s", "'"]
    static let possessivePronouns: Set<String> = ["its", "his", "her", "their"]
    public static let pronouns: Set<String> = ["it", "its", "he", "his", "him", "she", "her", "they", "their", "them"]
    static let stateNominals: [[String]] = [
        ["the", "country"], ["the", "nation"], ["the", "state"],
        ["the", "self-ruled", "island"], ["the", "self-governing", "island"], ["the", "island", "nation"],
        ["the", "island", "state"], ["the", "island"],
        ["the", "alliance"], ["the", "bloc"], ["the", "organisation"], ["the", "organization"], ["the", "fund"],
        ["the", "militant", "group"], ["the", "armed", "group"], ["the", "group"],
    ]
    /// The last words of nominals that stand for an international organisation.
    static let organisationNominals: Set<String> = ["alliance", "bloc", "organisation", "organization", "fund"]
    /// States that are islands or lie on one, for "the island" and "the island nation".
    static let islandStates: Set<String> = [
        "TWN", "CUB", "CYP", "LKA", "MDG", "MLT", "ISL", "JAM", "SGP", "BHR", "MUS", "TTO", "FJI", "IRL",
        "NZL", "JPN", "PHL", "IDN", "HTI", "DOM", "TLS", "PNG", "SLB", "VUT", "BRB", "BHS", "CPV", "COM",
        "STP", "SYC", "MDV", "NRU", "TUV", "KIR", "TON", "WSM", "BRN", "GRL", "PRI", "HKG",
    ]

    static let pairOrigin = "rule:pair"
    /// Words that make a pair the sides of a fight ("the warring parties").
    static let warringWords: Set<String> = ["warring", "fighting", "belligerent", "rival", "opposing"]

    /// The two sides of fighting the coder found in the sentence just resolved: "the warring
    /// parties" later in the article are they. Sides of one country and role, or one side
    /// unknown, name no pair.
    public mutating func noteFoes(_ a: ActorRef, _ b: ActorRef) {
        guard a.code != b.code, a.country != nil || b.country != nil else { return }
        lastFoes = [a, b]
    }
    /// Pair nouns of people: "the two leaders".
    static let leaderNouns: Set<String> = ["leaders", "presidents", "ministers", "men", "heads", "premiers"]
    /// Nominals for the two actors named together before: their last words say what of them
    /// ("the two countries" are the states, "the two governments" their governments).
    static let pairNominals: [[String]] = [
        ["the", "two", "sides"], ["both", "sides"], ["the", "warring", "sides"], ["the", "warring", "parties"],
        ["the", "warring", "factions"], ["both", "parties"], ["the", "two", "parties"], ["the", "two", "countries"],
        ["both", "countries"], ["the", "two", "nations"], ["both", "nations"], ["the", "two", "neighbours"],
        ["the", "two", "neighbors"], ["the", "two", "rivals"], ["the", "two", "governments"], ["both", "governments"],
        ["the", "two", "leaders"], ["both", "leaders"],
    ]

    public static func pairNominals(_ tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            // Every pair nominal starts with "the" or "both".
            let t = tokens[i].text
            let u = t.utf8.count
            guard u == 3 || u == 4, t == "the" || t == "The" || t == "both" || t == "Both" || t == "THE" || t == "BOTH" else { i += 1; continue }
            let folded = (i..<min(tokens.count, i + 3)).map { TextFold.fold(tokens[$0].text) }
            if let n = pairNominals.first(where: { n in n.count <= folded.count && (0..<n.count).allSatisfy { folded[$0] == n[$0] } }) {
                out.append(i..<i + n.count)
                i += n.count
            } else {
                i += 1
            }
        }
        return out
    }

    /// Spans "the" + one to three describing words + a state noun written in small letters:
    /// "the East African country", "the Gulf state", "the oil-rich kingdom" (not "the Islamic
    /// State", a name).
    static func describedStates(_ tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for i in tokens.indices where tokens[i].text == "the" || tokens[i].text == "The" || tokens[i].text == "THE" {
            for n in 2...4 where i + n < tokens.count {
                let noun = tokens[i + n].text
                guard describedStateNouns.contains(noun) else { continue }
                let describing = tokens[(i + 1)..<(i + n)].allSatisfy { t in
                    t.text.unicodeScalars.first.map(CharClass.isUpper) == true || t.text.contains("-") || stateDescriptions.contains(t.text)
                }
                if describing { out.append(i..<(i + n + 1)) }
                break
            }
        }
        return out
    }
    static let describedStateNouns: Set<String> = ["country", "nation", "state", "kingdom", "emirate", "republic", "monarchy"]
    static let stateDescriptions: Set<String> = [
        "landlocked", "impoverished", "tiny", "small", "neighbouring", "neighboring", "communist", "nuclear-armed",
        "oil-rich", "war-torn", "coup-hit", "junta-led", "island",
    ]

    static func pronounsAndNominals(_ tokens: [Token], excluding: [Mention]) -> [Mention] {
        var taken = [Bool](repeating: false, count: tokens.count)
        for m in excluding { for k in m.start..<min(m.end, tokens.count) where k >= 0 { taken[k] = true } }
        var out: [Mention] = []
        let folded = tokens.map { TextFold.fold($0.text) }
        var i = 0
        while i < tokens.count {
            if taken[i] { i += 1; continue }
            let w = folded[i]
            var matched = false
            // Every state nominal starts with "the".
            for n in w == "the" ? stateNominals : [] where i + n.count <= tokens.count {
                if (0..<n.count).allSatisfy({ !taken[i + $0] && folded[i + $0] == n[$0] }) {
                    out.append(Mention(start: i, end: i + n.count, kind: .nominal, origin: "rule:nominal"))
                    i += n.count
                    matched = true
                    break
                }
            }
            if matched { continue }
            if w == "country" || w == "nation", i > 0, possessivePronouns.contains(folded[i - 1]) {
                out.append(Mention(start: i, end: i + 1, kind: .nominal, origin: "rule:nominal"))
            } else if pronouns.contains(w) {
                // "it" as a dummy subject ("it is clear that") still resolves; the coder ignores it when no verb pattern fires.
                out.append(Mention(start: i, end: i + 1, kind: .pronoun, origin: "rule:pronoun"))
            }
            i += 1
        }
        return out
    }

    private func countryOf(code: String, entry: ActorEntry?) -> String? {
        if let entry { return entry.country }
        return code.count >= 3 ? String(code.prefix(3)) : nil
    }

    private func roleOf(code: String, country: String) -> String? {
        code.hasPrefix(country) && code.count > country.count ? String(code.dropFirst(country.count)) : nil
    }

    private mutating func resolve(_ g: inout ResolvedActor, _ tokens: [Token], _ text: String, earlier: ArraySlice<ResolvedActor>) {
        let spanText = Self.text(of: g, tokens, text)
        let last = g.mentions.last!
        let after = g.end < tokens.count ? TextFold.fold(tokens[g.end].text) : ""
        // "her" is possessive only before what she owns ("her party"), not as an object
        // ("accused her of inciting violence").
        let pronoun = TextFold.fold(tokens[last.start].text)
        let objectHer = pronoun == "her" && !(g.end < tokens.count && ["NOUN", "PROPN", "ADJ", "NUM"].contains(tokens[g.end].upos ?? "NOUN"))
        g.isPossessive = after == "'s" || after == "'"
            || (g.mentions.count == 1 && last.kind == .pronoun && Self.possessivePronouns.contains(pronoun) && !objectHer)
        if g.isPossessive && (after == "'s" || after == "'") { g.end += 1 }
        let agent = g.mentions.last { $0.kind == .agent && !AgentDictionary.isPrefixRole($0.role) }
        let prefix = g.mentions.first { $0.kind == .agent && AgentDictionary.isPrefixRole($0.role) }
        let agentText = agent.map { TextFold.fold(tokens[$0.end - 1].text) } ?? ""
        g.isPlural = agentText.hasSuffix("s") && !agentText.hasSuffix("ss") || last.kind == .demonym
        if let p = g.mentions.first(where: { $0.kind == .person && $0.origin == Self.learnedOrigin }),
           let learned = p.entryKey.flatMap({ learnedNames[$0] }) {
            g.ref = ActorRef(code: learned.code, country: learned.country, role: learned.role, entity: learned.entity, text: spanText)
            g.rules.append("actor.learned-name")
            return
        }
        if let p = g.mentions.first(where: { $0.kind == .person }), let e = actors[p.entryKey!] {
            let code = e.code(on: date)
            // "Supporters of Imran Khan", "Bolsonaro loyalists": people of the country, the
            // opposition unless their leader governs.
            if let a = agent, a.start != p.start, Self.followerWords.contains(TextFold.fold(tokens[a.end - 1].text)), e.country.count == 3 {
                let role = roleOf(code: code, country: e.country) == "GOV" ? "CVL" : "OPP"
                g.ref = ActorRef(code: e.country + role, country: e.country, role: role, entity: e.name, text: spanText)
                g.isPlural = true
                g.rules.append("actor.followers")
                return
            }
            // "Imran Khan's party", "Putin's army": what a person's possessive names is their
            // country's, in its own role.
            if let a = agent, a.start > p.end, p.end < tokens.count, Self.possessiveMarks.contains(TextFold.fold(tokens[p.end].text)),
               e.country.count == 3, let role = Self.plainRole(a.role) {
                g.ref = ActorRef(code: e.country + role, country: e.country, role: role, entity: e.name, text: spanText)
                g.rules.append("actor.persons-own")
                return
            }
            g.ref = ActorRef(code: code, country: e.country, role: roleOf(code: code, country: e.country), entity: e.name, text: spanText)
            g.rules.append(e.roles.isEmpty ? "actor.person" : "actor.person.dated")
            return
        }
        // "leaders of Egypt's Muslim Brotherhood": the organisation after the possessive.
        let owned = g.mentions.last { m in
            m.kind == .name && m.start > g.start && isOrganisation(m)
                && Self.possessiveMarks.contains(TextFold.fold(tokens[m.start - 1].text))
        }
        if let n = owned ?? g.mentions.first(where: { $0.kind == .name || $0.kind == .metonym || $0.kind == .demonym || $0.kind == .adjective }),
           let e = actors[n.entryKey!] {
            // A place is coded as its country ("Aleppo" is SYR).
            var code = e.kind == .place ? e.country : e.key
            var role: String?
            switch n.kind {
            case .metonym: role = "GOV"; g.rules.append("actor.metonym")
            case .demonym: role = "CVL"; g.rules.append("actor.demonym")
            default: break
            }
            if let agent, e.kind == .country || e.kind == .region || e.kind == .place || e.kind == .collective {
                role = agent.role
                g.rules.append("actor.agent+country")
            }
            // "UN troops", "NATO officials": an organisation of states takes the agent's role too.
            if let agent, e.kind == .igo, let r = agent.role { role = r; g.rules.append("actor.agent+igo") }
            if let role, e.kind != .group, e.kind != .igo || agent != nil { code += role }
            if let prefix, let p = prefix.role, prefix.start < n.start, e.kind == .country || e.kind == .region {
                // "MSF Arnor diplomat" = NGOARNGOV.
                code = String(p.dropLast()) + code
                role = role ?? String(p.dropLast())
                g.rules.append("actor.prefix-role")
            }
            g.ref = ActorRef(code: code, country: e.country, role: role, entity: e.name, text: spanText)
            if e.kind == .collective {
                // "the Baltic states", "Baltic diplomats": each member, with the agent's role.
                g.members = e.members.map { m in
                    let country = actors[m]?.country ?? String(m.prefix(3))
                    return ActorRef(code: m + (role ?? ""), country: country, role: role, entity: e.name, text: spanText)
                }
                g.ref = g.members[0]
                g.isCollective = true
                g.isPlural = true
                g.rules.append("actor.collective")
            }
            if agent == nil && n.origin != MentionMatcher.ledByOrigin
                && (n.kind == .adjective || (n.kind == .name && Self.isAttributive(tokens, g.start, g.end))) {
                g.isModifier = true
            }
            if g.rules.isEmpty { g.rules.append("actor.name") }
            return
        }
        // Pronouns and nominals, alone or with an agent ("its military", "the government").
        let first = g.mentions.first!
        let firstWord = TextFold.fold(tokens[first.start].text)
        let before = g.start > 0 ? TextFold.fold(tokens[g.start - 1].text) : ""
        var cands: [ActorRef] = []
        if first.kind == .pronoun {
            // Earlier phrases of the same sentence come first, nearest first; then salience.
            var local = earlier.reversed().filter { $0.ref != nil && !$0.isModifier && !$0.isCoreferent }
            // "France criticized Russia and said it would ...": the speaker comes first.
            if let s = Self.speakerSubject(ofPronounAt: first.start, tokens) {
                if let k = local.firstIndex(where: { $0.start <= s && s < $0.end }), k > 0 {
                    local.insert(local.remove(at: k), at: 0)
                    g.rules.append("coref.speaker")
                } else if !local.contains(where: { $0.start <= s && s < $0.end }),
                          let speaker = earlier.last(where: { $0.ref != nil && $0.isCoreferent && !$0.isModifier && $0.start <= s && s < $0.end }) {
                    // "The group said its fighters ...": a speaker resolved by coreference itself.
                    local.insert(speaker, at: 0)
                    g.rules.append("coref.speaker")
                }
            }
            func isPersonLike(_ a: ResolvedActor) -> Bool { Self.isPersonLike(a, tokens) }
            if ["he", "his", "him", "she", "her"].contains(firstWord) {
                cands = local.filter(isPersonLike).compactMap(\.ref) + ranked { $0.isPerson || $0.namedPerson }
            } else if ["they", "their", "them"].contains(firstWord) {
                // Actors coordinated right before ("Obama and Putin said they would"), each of
                // them; then plural actors; then, as British English writes of states and bodies
                // ("the government said they would"), a state or body of this sentence or earlier ones.
                let joined = Self.coordinated(around: local.first, in: earlier, tokens)
                if joined.count > 1, g.mentions.count == 1 {
                    g.members = joined.map { ActorRef(code: $0.code, country: $0.country, role: $0.role, entity: $0.entity, text: spanText) }
                    g.isPlural = true
                    g.rules.append("coref.coordination")
                }
                cands = joined + local.filter { $0.isPlural }.compactMap(\.ref) + ranked { $0.isPlural }
                    + local.filter { !isPersonLike($0) && !$0.isPlural }.compactMap(\.ref) + ranked { !$0.isPerson && !$0.isPlural }
            } else {
                cands = local.filter { !isPersonLike($0) && !$0.isPlural }.compactMap(\.ref) + ranked { !$0.isPerson && !$0.isPlural }
            }
            // "The Argentine president invited him": an object pronoun is never its own
            // clause's subject (that would be "himself").
            if ["him", "her", "them"].contains(firstWord), g.mentions.count == 1, let v = tokens[first.start].head,
               v >= 0, v < tokens.count, let rel = tokens[first.start].deprel, ["obj", "iobj", "obl"].contains(rel),
               let subject = tokens.indices.first(where: { tokens[$0].head == v && tokens[$0].deprel?.hasPrefix("nsubj") == true }),
               let own = earlier.last(where: { $0.start <= subject && subject < $0.end })?.ref {
                let before = cands.count
                cands.removeAll { $0.code == own.code }
                if cands.count < before { g.rules.append("coref.not-own-subject") }
            }
            cands = Self.unique(cands)
            g.rules.append("coref.pronoun")
            if g.mentions.count > 1 {
                // "his country", "its military": the referent's country, with the noun's role.
                let role = g.mentions.last!.kind == .agent ? Self.plainRole(g.mentions.last!.role) : nil
                cands = Self.unique(cands.compactMap { c in
                    // "Hezbollah said ... its fighters": a group's own people are the group.
                    if c.code.count > (c.country?.count ?? 0) + 3,
                       Self.groupRoles.contains(String(c.code.dropFirst(c.country?.count ?? 0).prefix(3))),
                       !["CVL", "REF"].contains(role ?? "") {
                        return ActorRef(code: c.code, country: c.country, role: c.role, entity: c.entity, text: spanText)
                    }
                    guard let country = c.country else { return nil }
                    return ActorRef(code: country + (role ?? ""), country: country, role: role, entity: nil, text: spanText)
                })
                g.rules.append("coref.possessive")
            } else {
                cands = cands.map { ActorRef(code: $0.code, country: $0.country, role: $0.role, entity: $0.entity, text: spanText) }
            }
        } else if first.origin == Self.pairOrigin {
            // "the two sides": the pair last named together, else the two most salient actors.
            let last = TextFold.fold(tokens[first.end - 1].text)
            // Else two of different countries: for "the two leaders" people first ("Ruto met
            // Abiy in Nairobi. The two leaders agreed"), not a leader and his own capital.
            let salientPeople = Self.leaderNouns.contains(last) ? Self.twoCountries(ranked { $0.isPerson || $0.namedPerson }) : []
            let warring = (first.start..<first.end).contains { Self.warringWords.contains(TextFold.fold(tokens[$0].text)) }
            var pair = warring && lastFoes.count == 2 ? lastFoes
                : lastPair.count >= 2 ? lastPair : lastFoes.count == 2 ? lastFoes
                : salientPeople.count == 2 ? salientPeople : Self.twoCountries(ranked { !$0.isPerson })
            // "Xi met Putin in Moscow and the two leaders signed": two of this sentence's actors
            // of two countries, the nearest first (people for "leaders").
            let named = earlier.reversed().filter { $0.ref?.country != nil && !$0.isCoreferent && !$0.isModifier && !$0.isPossessive }
            let people = named.filter { Self.isPersonLike($0, tokens) }
            var here: [ActorRef] = []
            for a in (Self.leaderNouns.contains(last) && Set(people.compactMap(\.ref?.country)).count >= 2 ? people : named) {
                if let r = a.ref, !here.contains(where: { $0.country == r.country }) { here.append(r) }
                if here.count == 2 { break }
            }
            if here.count == 2 { pair = here.reversed() }
            if ["countries", "nations", "neighbours", "neighbors", "governments"].contains(last) {
                let role = last == "governments" ? "GOV" : nil
                pair = Self.unique(pair.compactMap { c in
                    guard let country = c.country, country.count == 3 else { return nil }
                    return ActorRef(code: country + (role ?? ""), country: country, role: role, entity: nil, text: spanText)
                })
            } else {
                pair = pair.map { ActorRef(code: $0.code, country: $0.country, role: $0.role, entity: $0.entity, text: spanText) }
            }
            guard pair.count >= 2 else { return }
            g.members = pair
            g.isPlural = true
            g.isCoreferent = true
            g.candidates = pair
            g.ref = pair[0]
            g.rules.append("coref.pair")
            return
        } else if first.kind == .nominal || (first.kind == .agent && (before == "the" || firstWord == "the")) {
            var role = first.kind == .agent ? Self.plainRole(first.role) : nil
            // "the country's main electricity utility": the state's, in the role of the noun.
            if first.kind == .nominal, g.mentions.count > 1, let a = g.mentions.last, a.kind == .agent,
               first.end < tokens.count, Self.possessiveMarks.contains(TextFold.fold(tokens[first.end].text)) {
                role = Self.plainRole(a.role)
            }
            // The countries of this sentence's earlier actors first ("Iranian students protested
            // against the government"), nearest first; then the salient ones.
            let local = earlier.reversed().filter { !$0.isCoreferent }.compactMap(\.ref)
            // "... the Sudanese army ... Egypt, which backs the army": an actor of that role
            // named before comes before other states in that role.
            let sameRole = first.kind == .agent ? ranked { $0.ref.role == role && !$0.isPerson } : []
            cands = Self.unique((local + sameRole + ranked { !$0.isPerson }).compactMap { c in
                guard let country = c.country, country.count == 3 else { return nil }
                return ActorRef(code: country + (role ?? ""), country: country, role: role, entity: nil, text: spanText)
            })
            g.rules.append(first.kind == .nominal ? "coref.nominal" : "coref.agent")
            // "the alliance", "the bloc": the organisation named before.
            if first.kind == .nominal, Self.organisationNominals.contains(TextFold.fold(tokens[first.end - 1].text)) {
                let local = earlier.reversed().filter { !$0.isCoreferent }.compactMap(\.ref)
                cands = Self.unique((local + ranked { !$0.isPerson }).filter { $0.code.hasPrefix("IGO") }
                    .map { ActorRef(code: $0.code, country: $0.country, role: $0.role, entity: $0.entity, text: spanText) })
                g.rules.append("coref.organisation")
            }
            // "Al-Shabaab attacked ... The group said": the armed or political group named before,
            // and no state.
            if first.kind == .nominal, TextFold.fold(tokens[first.end - 1].text) == "group" {
                cands = Self.unique((earlier.reversed().filter(isGroup).compactMap(\.ref) + ranked { $0.isGroup })
                    .map { ActorRef(code: $0.code, country: $0.country, role: $0.role, entity: $0.entity, text: spanText) })
                g.rules.append("coref.group")
            }
            // "the island" is an island state ("Washington approved arms sales to the island").
            if first.kind == .nominal, (first.start..<first.end).contains(where: { TextFold.fold(tokens[$0].text) == "island" }) {
                cands = cands.filter { Self.islandStates.contains($0.country ?? "") }
                g.rules.append("coref.island")
            }
            // "... Islamic State ... the militant group", "Hamas ... the militants": a group
            // named before, in this sentence (nearest first) or earlier ones.
            if let role, Self.armedGroupRoles.contains(role), g.mentions.allSatisfy({ $0.kind == .agent }) {
                let groups = earlier.reversed().filter(isGroup).compactMap(\.ref) + ranked { $0.isGroup }
                if !groups.isEmpty {
                    cands = Self.unique(groups.map { ActorRef(code: $0.code, country: $0.country, role: $0.role, entity: $0.entity, text: spanText) } + cands)
                    g.rules.append("coref.group")
                }
            }
        } else {
            // An agent with no country in sight: CAMEO's "---" country ("---REB", "---GOV").
            let role = Self.plainRole(g.mentions.last { $0.kind == .agent }?.role) ?? ""
            g.ref = ActorRef(code: "---" + role, country: nil, role: role, entity: nil, text: spanText)
            g.rules.append("actor.agent.unattributed")
            return
        }
        if cands.isEmpty, first.kind == .agent, let role = Self.plainRole(first.role) {
            // "the government" with no state named before it.
            g.ref = ActorRef(code: "---" + role, country: nil, role: role, entity: nil, text: spanText)
            g.rules.append("actor.agent.unattributed")
            return
        }
        g.isCoreferent = true
        g.candidates = cands
        g.ref = cands.first
    }

    /// The actors of the coordination `one` is part of ("Obama and Putin", "the US, Britain and
    /// France"), in order, each once; empty unless two or more are joined by "and" or "or".
    static func coordinated(around one: ResolvedActor?, in earlier: ArraySlice<ResolvedActor>, _ tokens: [Token]) -> [ActorRef] {
        guard let one, let k = earlier.lastIndex(where: { $0.start == one.start }) else { return [] }
        var conjunction = false
        // Whether the two phrases are joined by nothing but "and", "or", commas and "the".
        func joined(_ a: ResolvedActor, _ b: ResolvedActor) -> Bool {
            let between = (a.end..<b.start).map { TextFold.fold(tokens[$0].text) }
            guard !between.isEmpty, between.allSatisfy({ $0 == "and" || $0 == "or" || $0 == "," || $0 == "the" }),
                  !a.isModifier, !a.isPossessive, !b.isModifier, !b.isPossessive, a.ref != nil, b.ref != nil else { return false }
            conjunction = conjunction || between.contains { $0 == "and" || $0 == "or" }
            return true
        }
        var lo = k, hi = k
        while lo > earlier.startIndex, joined(earlier[lo - 1], earlier[lo]) { lo -= 1 }
        while hi + 1 < earlier.endIndex, joined(earlier[hi], earlier[hi + 1]) { hi += 1 }
        guard conjunction else { return [] }
        return unique(earlier[lo...hi].compactMap(\.ref))
    }

    /// "France criticized Russia and said it would ...": for a pronoun that is the subject of
    /// what a reporting verb says, the token of that verb's subject (or of the verb it is
    /// coordinated with); nil when the sentence is not parsed or the pronoun is not such a subject.
    static func speakerSubject(ofPronounAt p: Int, _ tokens: [Token]) -> Int? {
        // "The group said its fighters killed": a possessive of the clause's subject too.
        var i = p
        if tokens[p].deprel == "nmod:poss", let h = tokens[p].head, h > p, h < tokens.count { i = h }
        guard tokens[i].deprel?.hasPrefix("nsubj") == true, let v = tokens[i].head, v >= 0, v < tokens.count,
              tokens[v].deprel == "ccomp", var r = tokens[v].head, r >= 0, r < i else { return nil }
        guard Lexicon.reportingVerbs.contains(TextFold.fold(tokens[r].text)) else { return nil }
        for _ in 0..<3 {
            if let s = tokens.indices.first(where: { tokens[$0].head == r && tokens[$0].deprel?.hasPrefix("nsubj") == true }) {
                return s < i ? s : nil
            }
            guard tokens[r].deprel == "conj", let h = tokens[r].head, h >= 0, h < r else { return nil }
            r = h
        }
        return nil
    }

    /// A name between a determiner or preposition and a noun is attributive ("the US offers",
    /// "to US demands"); "Venezuela wants" and "the EU said it" are not. Uses part-of-speech
    /// tags when the tokens carry them, word shapes otherwise.
    static func isAttributive(_ tokens: [Token], _ start: Int, _ i: Int) -> Bool {
        guard i < tokens.count, start > 0 else { return false }
        // "The EU plans to impose": a verb of intent before "to", whatever the tagger says.
        if i + 1 < tokens.count, TextFold.fold(tokens[i + 1].text) == "to", intentVerbForms.contains(TextFold.fold(tokens[i].text)) { return false }
        if let tag = tokens[i].upos {
            if Lexicon.isPastFormReadAsAdjective(tokens, at: i) { return false }
            return tag == "NOUN" || tag == "ADJ" || tag == "NUM"
        }
        let before = TextFold.fold(tokens[start - 1].text)
        guard Lexicon.determiners.contains(before) || Lexicon.prepositions.contains(before) else { return false }
        let t = tokens[i].text
        guard let f = t.unicodeScalars.first, CharClass.isLetter(f), !CharClass.isUpper(f) else { return false }
        let next = TextFold.fold(t)
        if Lexicon.isFunctionWord(next) || Lexicon.looksLikeVerb(next) || Lexicon.reportingVerbs.contains(next) { return false }
        // A word that takes an object right after it is a verb: "the EU imposes sanctions".
        if i + 1 < tokens.count {
            let after = TextFold.fold(tokens[i + 1].text)
            if Lexicon.determiners.contains(after) || Lexicon.personalPronouns.contains(after) || after == "that"
                || isCapitalized(tokens[i + 1].text) { return false }
        }
        return true
    }

    /// Third-person verbs of intent that a tagger may read as plural nouns ("plans", "vows").
    static let intentVerbForms: Set<String> = ["plans", "vows", "pledges", "promises", "threatens", "aims", "hopes", "wants", "intends", "seeks", "offers", "agrees", "refuses"]

    static func isCapitalized(_ text: String) -> Bool {
        guard let f = text.unicodeScalars.first else { return false }
        return CharClass.isUpper(f)
    }

    private func ranked(_ filter: (Salient) -> Bool) -> [ActorRef] {
        salient.values.filter(filter).sorted {
            $0.weight != $1.weight ? $0.weight > $1.weight : (order.firstIndex(of: $0.ref.code) ?? 0) > (order.firstIndex(of: $1.ref.code) ?? 0)
        }.map(\.ref)
    }

    /// The first two refs of different countries (a ref without a country counts as its own).
    static func twoCountries(_ refs: [ActorRef]) -> [ActorRef] {
        var out: [ActorRef] = []
        for r in refs where !out.contains(where: { ($0.country ?? $0.code) == (r.country ?? r.code) }) {
            out.append(r)
            if out.count == 2 { break }
        }
        return out
    }

    static func unique(_ refs: [ActorRef]) -> [ActorRef] {
        var seen = Set<String>()
        return refs.filter { seen.insert($0.code).inserted }
    }

    /// Decays old salience and adds this sentence's actors (subjects count double).
    private mutating func remember(_ groups: [ResolvedActor], _ tokens: [Token]) {
        for k in salient.keys { salient[k]!.weight *= 0.5 }
        // Only a sentence with "and" or "or" between two actors names a pair.
        if groups.count >= 2, tokens.contains(where: { $0.text == "and" || $0.text == "or" }),
           let pair = groups.indices.lazy.map({ Self.coordinated(around: groups[$0], in: groups[...], tokens) }).first(where: { $0.count >= 2 }) {
            lastPair = pair
        }
        let subject = Self.subjectGroupIndex(groups, tokens)
        for (i, g) in groups.enumerated() {
            guard let ref = g.ref, ref.country != nil else { continue }
            var w = i == subject ? 2.0 : 1.0
            if g.isModifier { w = 0.5 }
            if g.isCoreferent { w *= 0.75 }
            let isPerson = Self.isPersonLike(g, tokens) && (g.mentions.contains { $0.kind == .person } || !g.isCoreferent)
            let key = ref.code
            if var s = salient[key] {
                s.weight += w
                s.ref = ref
                if isPerson && !s.isPerson { s.namedPerson = true }
                salient[key] = s
            } else {
                salient[key] = Salient(ref: ref, weight: w, isPerson: isPerson, isPlural: g.isPlural, isGroup: isGroup(g))
            }
            order.removeAll { $0 == key }
            order.append(key)
            // A person or agent also makes their country salient as a state.
            if let country = ref.country, country.count == 3, key != country, !g.isCoreferent {
                let st = ActorRef(code: country, country: country, role: nil, entity: nil, text: ref.text)
                salient[country, default: Salient(ref: st, weight: 0, isPerson: false, isPlural: false)].weight += w * 0.75
                if !order.contains(country) { order.append(country) }
            }
        }
    }

    /// The group that is most likely the sentence's subject: the first one after any fronted
    /// adverbial ("Despite the US offers, Venezuela ...").
    static func subjectGroupIndex(_ groups: [ResolvedActor], _ tokens: [Token]) -> Int? {
        var from = 0
        if let f = tokens.first, Lexicon.frontingWords.contains(TextFold.fold(f.text)),
           let comma = tokens.firstIndex(where: { $0.text == "," }) {
            from = comma + 1
        }
        return groups.firstIndex { $0.start >= from && !$0.isModifier }
    }

    static func text(of g: ResolvedActor, _ tokens: [Token], _ text: String) -> String {
        let scalars = text.unicodeScalars
        let a = scalars.index(scalars.startIndex, offsetBy: tokens[g.start].start)
        let b = scalars.index(scalars.startIndex, offsetBy: tokens[g.end - 1].end)
        return String(scalars[a..<b])
    }
}
