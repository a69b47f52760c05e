import DyadCore
import DyadText

/// Finds dictionary phrases (names, adjectives, capitals, people, agents) in a sentence's tokens.
///
/// Phrases are tokenized like text and stored in a trie of folded token strings; at each token
/// the longest phrase wins. Case rules keep common words from becoming actors: a phrase written
/// with a capital must have a capital in its first word in the text, and an all-capitals acronym
/// ("US", "UN") must match exactly.
public struct MentionMatcher: Sendable {
    enum CaseRule: Sendable { case any, capitalized, exact }

    struct Payload: Sendable, Hashable {
        let kind: Mention.Kind
        let entryKey: String?
        let role: String?
        let rule: CaseRule
        let written: [String]
        let origin: String
    }

    struct Node: Sendable {
        var children: [String: Int] = [:]
        var payloads: [Payload] = []
    }

    private var nodes: [Node] = [Node()]
    let tokenizer = Tokenizer()

    public init(actors: ActorDictionary, agents: AgentDictionary) {
        for e in actors.entries {
            let origin = e.origin
            switch e.kind {
            case .country, .region:
                for n in [e.name] + e.aliases { add(n, .name, e.key, nil, origin) }
                for a in e.adjectives { add(a, .adjective, e.key, nil, origin) }
                for d in e.demonyms { add(d, .demonym, e.key, "CVL", origin) }
                for c in e.capitals + e.seats { add(c, .metonym, e.key, "GOV", origin) }
            case .igo, .group, .place, .collective:
                for n in [e.name] + e.aliases { add(n, .name, e.key, nil, origin) }
                for a in e.adjectives { add(a, .adjective, e.key, nil, origin) }
            case .person:
                for n in [e.name] + e.aliases { add(n, .person, e.key, nil, origin) }
            }
        }
        for a in agents.agents.values.sorted(by: { $0.phrase < $1.phrase }) {
            add(a.phrase, .agent, nil, a.role, a.origin)
        }
    }

    private mutating func add(_ phrase: String, _ kind: Mention.Kind, _ key: String?, _ role: String?, _ origin: String) {
        let toks = tokenizer.tokenize(phrase).map(\.text)
        guard !toks.isEmpty else { return }
        let rule: CaseRule
        let letters = phrase.unicodeScalars.filter { CharClass.isLetter($0) }
        if letters.count >= 2 && letters.allSatisfy({ CharClass.isUpper($0) }) {
            rule = .exact
        } else if let f = letters.first, CharClass.isUpper(f) {
            rule = .capitalized
        } else {
            rule = .any
        }
        var node = 0
        for t in toks {
            let key = TextFold.fold(t)
            if let next = nodes[node].children[key] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[key] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        let p = Payload(kind: kind, entryKey: key, role: role, rule: rule, written: toks, origin: origin)
        if !nodes[node].payloads.contains(p) { nodes[node].payloads.append(p) }
    }

    /// Every dictionary mention in `tokens`, left to right, longest match first, not overlapping.
    public func mentions(in tokens: [Token]) -> [Mention] {
        let folded = tokens.map { TextFold.fold($0.text) }
        var out: [Mention] = []
        var i = 0
        while i < tokens.count {
            var node = 0
            // The longest phrase with a payload the case rules accept: where it ends, its node.
            var best: (end: Int, node: Int)?
            var k = i
            while k < tokens.count, let next = nodes[node].children[folded[k]] {
                node = next
                k += 1
                if nodes[node].payloads.contains(where: { accepts($0, tokens, i, k) }) { best = (k, node) }
            }
            if let best {
                // Of its accepted payloads, the first of the highest priority (as `min(by:)`),
                // found without copying them.
                let payloads = nodes[best.node].payloads
                var chosen = -1
                for j in payloads.indices where accepts(payloads[j], tokens, i, best.end) {
                    if chosen < 0 || Self.priority(payloads[j].kind) < Self.priority(payloads[chosen].kind) { chosen = j }
                }
                let p = payloads[chosen]
                out.append(Mention(start: i, end: best.end, kind: p.kind, entryKey: p.entryKey, role: p.role, origin: p.origin))
                i = best.end
            } else {
                if let m = ledBy(folded[i], at: i) ?? prefixedOffice(folded[i], at: i) { out.append(m) }
                i += 1
            }
        }
        return Self.withOfficePrefixes(out, folded)
    }

    /// Words before a role word that name another office of its kind ("vice president",
    /// "deputy foreign minister", "acting mayor") or one held before ("former minister").
    static let officePrefixes: Set<String> = ["vice", "deputy", "acting", "interim", "former", "ex", "outgoing"]
    /// Prefixes of an office held no more.
    static let pastOfficePrefixes: Set<String> = ["former", "ex"]
    /// Roles of state offices whose past holders are elites (CAMEO ELI): former presidents,
    /// ministers, lawmakers and judges, not former soldiers or policemen.
    static let officeRoles: Set<String> = ["GOV", "LEG", "JUD"]

    /// Agent mentions widened over the office words before them: "former vice president" is
    /// one mention, which a target slot takes whole. A state office held before is an elite's:
    /// "former president", "a former Iraqi minister", "ex-minister" are ELI.
    static func withOfficePrefixes(_ mentions: [Mention], _ folded: [String]) -> [Mention] {
        var out = mentions
        for j in out.indices where out[j].kind == .agent {
            let floor = j > 0 ? out[j - 1].end : 0
            var start = out[j].start
            while start > floor, officePrefixes.contains(folded[start - 1]) { start -= 1 }
            var past = folded[start..<out[j].start].contains { pastOfficePrefixes.contains($0) }
            // "a former Iraqi minister": past the country adjective just before.
            if !past, start == floor, j > 0, out[j - 1].kind == .adjective, out[j - 1].start > 0,
               pastOfficePrefixes.contains(folded[out[j - 1].start - 1]) {
                past = true
            }
            if start < out[j].start { out[j].start = start }
            if past, let role = out[j].role, officeRoles.contains(role) { out[j].role = "ELI" }
        }
        return out
    }

    /// "ex-president", "vice-president", "ex-foreign minister" written as one word: the office
    /// after the prefix, an elite's when it is past.
    private func prefixedOffice(_ word: String, at i: Int) -> Mention? {
        guard let dash = word.utf8.firstIndex(of: UInt8(ascii: "-")), Self.officePrefixes.contains(String(word[..<dash])),
              let node = nodes[0].children[String(word[word.index(after: dash)...])],
              let p = nodes[node].payloads.first(where: { $0.kind == .agent && $0.written.count == 1 }) else { return nil }
        let past = Self.pastOfficePrefixes.contains(String(word[..<dash]))
        let role = past && p.role.map(Self.officeRoles.contains) == true ? "ELI" : p.role
        return Mention(start: i, end: i + 1, kind: .agent, entryKey: p.entryKey, role: role, origin: p.origin)
    }

    /// Origin of mentions made by `ledBy`.
    public static let ledByOrigin = "rule:X-led"

    /// "the Saudi-led coalition", "US-led forces": the leader named before "-led" is the actor.
    /// "a Moscow-based bank", "a Norwegian-flagged tanker", "a British-owned ship": the place
    /// or country before "-based", "-flagged", "-owned" or "-registered" gives the noun its
    /// country, as a country adjective does.
    private func ledBy(_ word: String, at i: Int) -> Mention? {
        guard let dash = word.utf8.lastIndex(of: UInt8(ascii: "-")) else { return nil }
        let suffix = String(word[dash...])
        let kind: Mention.Kind
        if suffix == "-led" { kind = .name } else if Self.ownershipSuffixes.contains(suffix) { kind = .adjective } else { return nil }
        guard word.count > suffix.count, let node = nodes[0].children[String(word.dropLast(suffix.count))],
              let p = nodes[node].payloads.filter({ [.name, .adjective, .demonym, .metonym].contains($0.kind) && $0.entryKey != nil })
                  .min(by: { Self.priority($0.kind) < Self.priority($1.kind) })
        else { return nil }
        return Mention(start: i, end: i + 1, kind: kind, entryKey: p.entryKey, origin: kind == .name ? Self.ledByOrigin : "rule:X-based")
    }

    static let ownershipSuffixes: Set<String> = ["-based", "-flagged", "-owned", "-registered", "-operated"]

    static func priority(_ k: Mention.Kind) -> Int {
        switch k {
        case .person: 0
        case .name: 1
        case .metonym: 2
        case .demonym: 3
        case .adjective: 4
        case .agent: 5
        case .nominal: 6
        case .pronoun: 7
        }
    }

    private func accepts(_ p: Payload, _ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
        switch p.rule {
        case .any:
            return true
        case .exact:
            for (k, w) in zip(a..<b, p.written) where tokens[k].text != w {
                // Allow typographic apostrophes to stand for plain ones.
                if TextFold.fold(tokens[k].text) != TextFold.fold(w) || tokens[k].text.lowercased() == tokens[k].text { return false }
            }
            return true
        case .capitalized:
            // A capital anywhere in the first word will do: a mis-typed "iSrael" is still a name,
            // the common word "israel" never is. A leading "the" may be written small ("the
            // Shire", "the Hague"): the word after it decides.
            let first = b - a > 1 && TextFold.fold(tokens[a].text) == "the" ? a + 1 : a
            if tokens[first].text.unicodeScalars.contains(where: { CharClass.isUpper($0) }) { return true }
            // "President obama": a person's name in lower case right after a capitalised title.
            return p.kind == .person && a > 0 && isCapitalizedTitle(tokens[a - 1].text)
        }
    }

    /// Whether `word` is written with a capital and is an agent word of its own ("President",
    /// "Chancellor").
    private func isCapitalizedTitle(_ word: String) -> Bool {
        guard let f = word.unicodeScalars.first, CharClass.isUpper(f), let node = nodes[0].children[TextFold.fold(word)] else { return false }
        return nodes[node].payloads.contains { $0.kind == .agent }
    }
}
