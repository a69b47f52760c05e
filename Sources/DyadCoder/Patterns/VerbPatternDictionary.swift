import DyadCore
import Foundation

/// Verb patterns, loaded from `*.verbs` files, indexed by every form of their anchor word.
public struct VerbPatternDictionary: Sendable {
    public private(set) var patterns: [VerbPattern] = []
    private var byID: [String: Int] = [:]
    /// Verb anchor forms -> pattern indexes.
    private var verbIndex: [String: [Int]] = [:]
    /// Noun anchor forms -> pattern indexes.
    private var nounIndex: [String: [Int]] = [:]
    /// Verb anchor forms of fallback patterns.
    private var fallbackForms: Set<String> = []
    /// Verb anchor forms -> their patterns in the order they are tried (see
    /// ``VerbPattern/isTried(before:atForm:)``), stable: all, those not `fallback=yes`, and
    /// those that are. Kept sorted as patterns are indexed, so that coding neither copies nor
    /// sorts them per anchor.
    private var verbOrder: [String: [VerbPattern]] = [:]
    private var verbOrderRegular: [String: [VerbPattern]] = [:]
    private var verbOrderFallback: [String: [VerbPattern]] = [:]
    /// Noun anchor forms -> their patterns in the order they are tried.
    private var nounOrder: [String: [VerbPattern]] = [:]
    public let inflection: Inflection
    let taxonomy: CameoTaxonomy

    public init(inflection: Inflection, taxonomy: CameoTaxonomy = .standard) {
        self.inflection = inflection
        self.taxonomy = taxonomy
    }

    public static func standard() throws -> VerbPatternDictionary {
        var d = VerbPatternDictionary(inflection: try Inflection.standard())
        guard let dir = ResourceLocator.directory("dictionaries", in: Bundle.module) else {
            throw DyadError.unreadable(input: "verb patterns", reason: "the shipped dictionaries are missing from the installation")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".verbs") {
            try d.load(contentsOf: dir.appendingPathComponent(name))
        }
        return d
    }

    public func pattern(id: String) -> VerbPattern? { byID[id].map { patterns[$0] } }

    /// Patterns whose verb anchor has this (folded) form.
    public func verbPatterns(forForm form: String) -> [VerbPattern] {
        verbIndices(forForm: form).map { patterns[$0] }
    }

    /// ``verbPatterns(forForm:)`` in the order they are tried at an anchor of this form (a
    /// stable sort by ``VerbPattern/isTried(before:atForm:)``); with `fallbacks`, only the
    /// patterns whose `isFallback` is that.
    public func orderedVerbPatterns(forForm form: String, fallbacks: Bool? = nil) -> [VerbPattern] {
        if let all = verbOrder[form] {
            switch fallbacks {
            case nil: return all
            case true?: return verbOrderFallback[form] ?? []
            case false?: return verbOrderRegular[form] ?? []
            }
        }
        guard let base = baseOfRepeat(form), let indices = verbIndex[base] else { return [] }
        let ordered = indices.map { patterns[$0] }.sorted { $0.isTried(before: $1, atForm: form) }
        return fallbacks.map { f in ordered.filter { $0.isFallback == f } } ?? ordered
    }

    /// ``nounPatterns(forForm:)`` in the order they are tried at an anchor of this form.
    public func orderedNounPatterns(forForm form: String) -> [VerbPattern] {
        nounOrder[form] ?? []
    }

    /// Inserts `p` into `list`, kept in the order patterns are tried at `form`, after those
    /// it is not tried before: the order a stable sort of the patterns in index order gives.
    private static func insertOrdered(_ p: VerbPattern, into list: inout [VerbPattern], form: String) {
        let k = list.firstIndex { p.isTried(before: $0, atForm: form) } ?? list.count
        list.insert(p, at: k)
    }

    /// The indexes of the verb patterns of a form: its own, else those of a hyphenated re- verb's base.
    private func verbIndices(forForm form: String) -> [Int] {
        verbIndex[form] ?? baseOfRepeat(form).flatMap { verbIndex[$0] } ?? []
    }

    /// "re-examine", "re-imposed": a hyphenated re- verb does again what its base does (only
    /// with the hyphen: "resign" is no "sign", "recall" no "call").
    private func baseOfRepeat(_ form: String) -> String? {
        form.hasPrefix("re-") && form.count > 5 ? String(form.dropFirst(3)) : nil
    }

    /// Patterns whose noun anchor has this (folded) form.
    public func nounPatterns(forForm form: String) -> [VerbPattern] {
        (nounIndex[form] ?? []).map { patterns[$0] }
    }

    /// Whether a fallback pattern (`fallback=yes`) anchors on this (folded) verb form.
    public func hasFallback(forForm form: String) -> Bool {
        !fallbackForms.isEmpty && fallbackForms.contains(form)
    }

    /// Whether some verb or noun pattern anchors on this (folded) form: whether
    /// ``verbPatterns(forForm:)`` or ``nounPatterns(forForm:)`` would return any, without
    /// copying them.
    public func hasPatterns(forForm form: String) -> Bool {
        !verbIndices(forForm: form).isEmpty || !(nounIndex[form] ?? []).isEmpty
    }

    /// The lemma of a verb form that some pattern anchors on, if any.
    public func isAnchorForm(_ form: String) -> Bool { verbIndex[form] != nil || baseOfRepeat(form).map { verbIndex[$0] != nil } == true }

    public mutating func load(contentsOf url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DyadError.unreadable(input: url.path, reason: "no such file or not readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DyadError.badData(file: url.lastPathComponent, line: nil, reason: "not valid UTF-8")
        }
        try load(parsing: text, file: url.lastPathComponent)
    }

    /// Adds the patterns in `text`; a pattern whose id exists replaces it.
    public mutating func load(parsing text: String, file: String) throws {
        var n = 0
        // An id names one pattern of a file; a later file may replace it.
        var lineOfID: [String: Int] = [:]
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            if fields.isEmpty { continue }
            let p = try parse(fields, file: file, line: n)
            if let first = lineOfID[p.id] {
                throw DyadError.badData(file: file, line: n, reason: "pattern id \(p.id) is already used on line \(first)")
            }
            lineOfID[p.id] = n
            insert(p)
        }
    }

    /// Adds a pattern, or replaces the pattern with its id.
    mutating func insert(_ p: VerbPattern) {
        if let old = byID[p.id] {
            patterns[old] = p
            reindex()
        } else {
            byID[p.id] = patterns.count
            patterns.append(p)
            index(patterns.count - 1)
        }
    }

    private mutating func reindex() {
        verbIndex = [:]
        nounIndex = [:]
        fallbackForms = []
        verbOrder = [:]
        verbOrderRegular = [:]
        verbOrderFallback = [:]
        nounOrder = [:]
        for i in patterns.indices { index(i) }
    }

    private mutating func index(_ i: Int) {
        let p = patterns[i]
        if p.isNoun {
            for f in inflection.nounForms(p.anchor) {
                nounIndex[f, default: []].append(i)
                Self.insertOrdered(p, into: &nounOrder[f, default: []], form: f)
            }
        } else {
            for f in inflection.verbForms(p.anchor) {
                verbIndex[f, default: []].append(i)
                if p.isFallback { fallbackForms.insert(f) }
                Self.insertOrdered(p, into: &verbOrder[f, default: []], form: f)
                if p.isFallback {
                    Self.insertOrdered(p, into: &verbOrderFallback[f, default: []], form: f)
                } else {
                    Self.insertOrdered(p, into: &verbOrderRegular[f, default: []], form: f)
                }
            }
        }
    }

    private func parse(_ fields: [String], file: String, line: Int) throws -> VerbPattern {
        func fail(_ why: String) -> DyadError { .badData(file: file, line: line, reason: why) }
        guard fields.count >= 3 else { throw fail("expected 'ID CODE PATTERN', found only \(fields.count) field(s)") }
        let id = fields[0], code = fields[1]
        guard code == VerbPattern.noEvent || taxonomy.accepts(code) else {
            throw fail("'\(code)' is neither a CAMEO event code nor an extension of one, nor --- (pattern \(id))")
        }
        var words = Array(fields[2...])
        var negated: String?
        var reversed = false
        var also: String?
        var mutual = false
        var fallback = false
        var before: [Set<String>] = []
        var beforeJoined: [Bool] = []
        while let last = words.last, last.contains("=") {
            let kv = last.split(separator: "=", maxSplits: 1).map(String.init)
            switch (kv.first, kv.count) {
            case ("not", 2):
                guard taxonomy.accepts(kv[1]) else { throw fail("'\(kv[1])' in not= is neither a CAMEO event code nor an extension of one") }
                negated = kv[1]
            case ("also", 2):
                guard taxonomy.accepts(kv[1]) else { throw fail("'\(kv[1])' in also= is neither a CAMEO event code nor an extension of one") }
                also = kv[1]
            case ("reverse", 2):
                guard kv[1] == "yes" || kv[1] == "no" else { throw fail("reverse= takes yes or no, found '\(kv[1])'") }
                reversed = kv[1] == "yes"
            case ("before", 2):
                for item in kv[1].split(separator: ",", omittingEmptySubsequences: false) {
                    for (n, part) in item.split(separator: "_", omittingEmptySubsequences: false).enumerated() {
                        let alts = part.split(separator: "|", omittingEmptySubsequences: false).map { $0.lowercased() }
                        guard !alts.isEmpty, alts.allSatisfy({ !$0.isEmpty && $0.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) }) else {
                            throw fail("before= takes words separated by commas or joined by _ (alternatives with |), found '\(kv[1])'")
                        }
                        if n > 0 { beforeJoined[beforeJoined.count - 1] = true }
                        before.append(Set(alts))
                        beforeJoined.append(false)
                    }
                }
            case ("mutual", 2):
                guard kv[1] == "yes" || kv[1] == "no" else { throw fail("mutual= takes yes or no, found '\(kv[1])'") }
                mutual = kv[1] == "yes"
            case ("fallback", 2):
                guard kv[1] == "yes" || kv[1] == "no" else { throw fail("fallback= takes yes or no, found '\(kv[1])'") }
                fallback = kv[1] == "yes"
            default:
                throw fail("unknown option '\(last)' (known: not=CODE, reverse=yes, also=CODE, mutual=yes, before=WORDS, fallback=yes)")
            }
            words.removeLast()
        }
        guard var anchor = words.first else { throw fail("pattern \(id) has no words") }
        var isNoun = false
        if anchor.hasPrefix("@") { isNoun = true; anchor.removeFirst() }
        guard !anchor.isEmpty, anchor.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) else {
            throw fail("the first word of pattern \(id) must be a \(isNoun ? "noun" : "verb") (letters only), found '\(words[0])'")
        }
        var elements: [VerbPattern.Element] = []
        var targets = 0
        for w in words.dropFirst() {
            if w == "+" { elements.append(.target); targets += 1; continue }
            if w == "*" { elements.append(.skip); continue }
            if w == "..." { elements.append(.gap); continue }
            if w == "^" { elements.append(.phrase); continue }
            var body = Substring(w)
            var optional = false
            if body.hasPrefix("(") {
                guard body.hasSuffix(")"), body.count > 2 else { throw fail("unbalanced parenthesis in '\(w)'") }
                body = body.dropFirst().dropLast()
                optional = true
            } else if body.contains("(") || body.contains(")") {
                throw fail("unbalanced parenthesis in '\(w)'")
            }
            var forms = Set<String>()
            for alt in body.split(separator: "|") {
                let a = String(alt).lowercased()
                guard !a.isEmpty, a.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) else { throw fail("'\(alt)' is not a word") }
                forms.formUnion(inflection.nounForms(a))
                forms.formUnion(inflection.verbForms(a))
            }
            guard !forms.isEmpty else { throw fail("empty alternative in '\(w)'") }
            elements.append(.words(forms, optional: optional))
        }
        if mutual {
            guard targets == 0 else { throw fail("mutual pattern \(id) has no '+': the subject's actors are each other's targets") }
            guard !reversed && !isNoun else { throw fail("mutual= cannot go with reverse= or a noun anchor (pattern \(id))") }
        } else {
            guard targets == 1 else { throw fail("pattern \(id) must have exactly one '+' (the target), found \(targets)") }
        }
        if fallback {
            guard !isNoun, case let .words(first, optional: false)? = elements.first, first.contains("to") else {
                throw fail("fallback pattern \(id) must be a verb followed by 'to' (it stands in for the verb after 'to')")
            }
        }
        return VerbPattern(id: id, code: code, anchor: anchor.lowercased(), isNoun: isNoun, elements: elements,
                           negatedCode: negated, text: words.joined(separator: " "), origin: "\(file):\(line)",
                           reversed: reversed, alsoCode: also, mutual: mutual, before: before,
                           beforeJoined: beforeJoined.contains(true) ? beforeJoined : [], isFallback: fallback)
    }
}
