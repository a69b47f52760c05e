import DyadActors
import DyadCore

/// Reads PETRARCH-1 / TABARI verb dictionaries (`PETR.Validate.verbs.txt`) and, as far as they
/// map, PETRARCH-2 ones (`CAMEO.2.0.txt`) into dyad verb patterns.
///
///     &CURRENCY                       a synset: `+` lines are its members
///     +DOLLARS
///     +SWISS FRANCS
///
///     --- GRANT [070] ---             a block: its verbs share its patterns
///     GRANT
///     GIVE {GAVE GIVEN GIVING}        irregular forms
///     +CORDON_OFF [042]               a verb of several words; its own code
///     - * &CURRENCY [071]             pattern: `*` is the verb
///     - * AID_TO + [073]              `_` joins words, `+` is the target
///
/// Each verb with a code (its own, else the block's) gives the pattern `verb +`. Each pattern
/// line gives a pattern for every verb of its block: the words after `*` in order, a space
/// letting up to three other words come between (dyad's `*`), `_` keeping them adjacent, `+`
/// the target (when absent, after the words: `- * AID` reads `verb ... aid ... +`; with `clause`
/// defaults also before them when they need not follow the verb, `verb ... + ... aid`). A synset
/// of single words becomes one set of alternatives; each member of several words gives a
/// pattern of its own; a synset may name another synset, one level deep. PETRARCH-2's `{A B}`
/// reads as adjacent words and `(TO X)` as `to * x`.
///
/// `% *` (a compound subject whose actors do it to each other) reads as a `mutual=yes` pattern;
/// words before the verb (`- HEAVILY *`) as `before=` words. A pattern line with the null code
/// `[---]` or a code that is not an event code reads as a pattern that codes nothing (`---`): it
/// keeps the verb's more general patterns off its words. A code outside CAMEO that has an event
/// code's shape (`[903]`, a WEIS `[212]`) codes as it is, with no quad class or Goldstein score. The target
/// before the verb with the source after it (`+ * (FROM $)`) reads as a reversed pattern.
/// Skipped and counted, because dyad's patterns cannot say them: words before the verb together
/// with the source `$`, `$` after the verb, other compound actors `%`, `^`, a target before the
/// verb, a verb's own null code or one that is not an event code (the verb keeps its patterns), verbs whose first
/// word is not the verb (`WIRE_+TAP`), synsets nested deeper, undefined synsets, verb
/// transformations (`~`).
/// `[A:B]` codes `A` from source to target and `B` from target to source (`also=B`); `[:B]`
/// codes only `B`, from target to source (`reverse=yes`).
/// Irregular brackets are read leniently; only a file that is not text (a NUL character) is an error.
public enum PetrarchVerbReader {
    /// More variants than this from one pattern line (synsets of several-word phrases) skip it.
    static let maxVariants = 32

    /// Where a verb's own code looks for its target.
    public enum Defaults: String, Sendable, CaseIterable {
        /// The verb's object (`verb +`), as PETRARCH-2 reads its dictionaries on a parse tree.
        case object
        /// The first actor anywhere in what the verb governs (`verb ... +`), as TABARI and
        /// PETRARCH-1 read theirs: "welcomed a resumption of ties with Osgiliath".
        case clause
    }

    public static func read(_ text: String, file: String, inflection: Inflection,
                            taxonomy: CameoTaxonomy = .standard,
                            defaults: Defaults = .object) throws -> (patterns: [VerbPattern], report: DictionaryReport) {
        try PetrarchText.checkText(text, file: file)
        var state = Reader(file: file, inflection: inflection, taxonomy: taxonomy)
        state.defaults = defaults
        try state.scan(text)
        state.emit()
        return (state.out, state.report)
    }

    // MARK: File structure

    struct Block {
        var code: String?
        var line: Int
        var verbs: [PetrarchText.Line] = []
        var patterns: [PetrarchText.Line] = []
    }

    struct Verb {
        var anchors: [String]
        var particles: [String]
        var code: String?
        var line: Int
    }

    /// A piece of a pattern: a word, an actor marker or a synset.
    enum Piece: Hashable {
        case word(String), target, source, compound, caret, synset(String)
    }

    struct Item: Hashable {
        var piece: Piece
        /// Other words may come between the previous item (or the verb) and this one.
        var gap: Bool
        /// Joined to the previous item by `_`: right after it (in a `{...}` phrase, words need
        /// only share the phrase: "death and injury toll" for `{DEATH TOLL}`).
        var tied = false
    }

    /// A pattern element before inflection: alternatives as written, a skip or the target.
    enum Draft: Hashable {
        case words([String]), gap, phrase, target
    }

    struct Reader {
        let file: String
        let stem: String
        let inflection: Inflection
        let taxonomy: CameoTaxonomy
        var report: DictionaryReport
        var synsets: [String: [String]] = [:]
        var blocks: [Block] = []
        var out: [VerbPattern] = []
        var ids: Set<String> = []
        var seen: Set<String> = []
        var defaults = Defaults.object

        init(file: String, inflection: Inflection, taxonomy: CameoTaxonomy) {
            self.file = file
            self.stem = file.hasSuffix(".txt") ? String(file.dropLast(4)) : file
            self.inflection = inflection
            self.taxonomy = taxonomy
            self.report = DictionaryReport(file: file, format: "PETRARCH verbs")
        }

        /// Collects synsets and blocks; synsets may be defined anywhere in the file.
        mutating func scan(_ text: String) throws {
            var synset: String?
            for line in PetrarchText.lines(text) {
                let t = line.text
                if t.hasPrefix("+"), let label = synset {
                    var member = String(t.dropFirst()).trimmingSpacesAndTabs
                    while member.hasSuffix("_") { member.removeLast() }
                    if !member.isEmpty { synsets[label, default: []].append(member) }
                    continue
                }
                synset = nil
                if t.hasPrefix("---") {
                    let (_, groups, _) = PetrarchText.brackets(t)
                    blocks.append(Block(code: groups.first, line: line.number))
                } else if t.hasPrefix("&") {
                    let label = Self.label(String(t.split(separator: " ").first ?? ""))
                    synset = label
                    synsets[label] = synsets[label] ?? []
                } else if t.hasPrefix("~") {
                    report.skip("verb transformations (~)", line: line.number)
                } else if t.hasPrefix("-") {
                    guard !blocks.isEmpty else { report.skip("patterns outside a verb block", line: line.number); continue }
                    blocks[blocks.count - 1].patterns.append(line)
                } else if t.hasPrefix("*"), !blocks.isEmpty {
                    // "* (TO QUESTION) [110]": a pattern that lost its dash.
                    report.note("pattern lines without '-', read leniently", line: line.number)
                    blocks[blocks.count - 1].patterns.append(PetrarchText.Line(number: line.number, text: "- " + t))
                } else {
                    guard !blocks.isEmpty else { report.skip("verbs outside a verb block", line: line.number); continue }
                    blocks[blocks.count - 1].verbs.append(line)
                }
            }
        }

        static func label(_ raw: String) -> String {
            var l = Substring(raw)
            while l.first == "&" { l = l.dropFirst() }
            while l.last == "_" { l = l.dropLast() }
            return l.uppercased()
        }

        mutating func emit() {
            for block in blocks {
                var verbs: [Verb] = []
                for line in block.verbs {
                    if let v = verb(line, blockCode: block.code) { verbs.append(v) }
                }
                for line in block.patterns {
                    pattern(line, verbs: verbs)
                }
            }
        }

        // MARK: Codes

        /// The primary code of `[A]` or `[A:B]` and the reverse code `B`, or the reason there is
        /// none usable.
        /// The code of `[A]` or `[A:B]` with B as the `also` code; `[:B]` is B done by the
        /// target to the source (a reversed pattern).
        mutating func primaryCode(_ raw: String?, line: Int) -> Result<Codes, Skip> {
            guard let raw, !raw.isEmpty else { return .failure(Skip("entries without a code")) }
            let parts = raw.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map { String($0).trimmingSpacesAndTabs }
            let primary = parts[0]
            if primary.isEmpty {
                guard parts.count == 2, !parts[1].isEmpty, !parts[1].allSatisfy({ $0 == "-" }) else { return .failure(Skip("null codes ([---])", codeWithoutEvent: true)) }
                guard usable(parts[1], line: line) else { return .failure(Skip("codes that are not event codes", codeWithoutEvent: true)) }
                return .success(Codes(code: parts[1], also: nil, reversed: true))
            }
            if primary.allSatisfy({ $0 == "-" }) { return .failure(Skip("null codes ([---])", codeWithoutEvent: true)) }
            guard usable(primary, line: line) else { return .failure(Skip("codes that are not event codes", codeWithoutEvent: true)) }
            if parts.count == 2, !parts[1].isEmpty, !parts[1].allSatisfy({ $0 == "-" }) {
                guard usable(parts[1], line: line) else {
                    report.note("reverse codes ([A:B]) that are not event codes dropped", line: line)
                    return .success(Codes(code: primary, also: nil, reversed: false))
                }
                return .success(Codes(code: primary, also: parts[1], reversed: false))
            }
            return .success(Codes(code: primary, also: nil, reversed: false))
        }

        /// A CAMEO code, an extension of one, or the file's own code (`903`, a WEIS `212`),
        /// which codes as it is, without quad class or Goldstein score.
        mutating func usable(_ code: String, line: Int) -> Bool {
            if taxonomy.accepts(code) { return true }
            guard taxonomy.isForeignCode(code) else { return false }
            report.note("codes outside CAMEO, coded as they are (no quad class or Goldstein score)", line: line)
            return true
        }

        struct Codes { let code: String; let also: String?; let reversed: Bool }

        struct Skip: Error {
            let reason: String
            /// A code that is there but gives no event dyad can code: `[---]` or not CAMEO.
            let isCodeWithoutEvent: Bool
            init(_ r: String, codeWithoutEvent: Bool = false) { reason = r; isCodeWithoutEvent = codeWithoutEvent }
        }

        // MARK: Verbs

        mutating func verb(_ line: PetrarchText.Line, blockCode: String?) -> Verb? {
            let (head, groups, irregular) = PetrarchText.brackets(line.text)
            if irregular { report.note("lines with irregular brackets, read leniently", line: line.number) }
            var main = Substring(head)
            var forms: [String] = []
            if let open = head.firstIndex(of: "{") {
                let close = head[open...].firstIndex(of: "}") ?? head.endIndex
                forms = head[head.index(after: open)..<close].split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                main = head[..<open]
            }
            let words = main.split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "\t" }).map(String.init)
            guard !words.isEmpty else { report.skip("verbs without a word", line: line.number); return nil }
            let at = words.firstIndex { $0.hasPrefix("+") } ?? 0
            guard at == 0 else {
                report.skip("verbs of several words not starting with the verb (A_+B)", line: line.number)
                return nil
            }
            let anchor = Self.word(words[0])
            guard !anchor.isEmpty else { report.skip("verbs without a word", line: line.number); return nil }
            var anchors = [anchor]
            let regular = inflection.verbForms(anchor)
            for f in forms {
                let fw = f.split(separator: "_").map(String.init)
                let w = Self.word(fw.first { $0.hasPrefix("+") } ?? fw.first ?? "")
                if !w.isEmpty, !regular.contains(w), !anchors.contains(w) { anchors.append(w) }
            }
            let v = Verb(anchors: anchors, particles: words.dropFirst().map(Self.word).filter { !$0.isEmpty },
                         code: groups.first ?? blockCode, line: line.number)
            report.read += 1
            // The verb on its own, with its code.
            if let raw = v.code, !raw.allSatisfy({ $0 == "-" }) {
                switch primaryCode(raw, line: line.number) {
                case let .success(c):
                    // PETRARCH's default: the target is the first actor the verb governs.
                    let drafts = v.particles.map { Draft.words([$0]) } + (defaults == .clause ? [.gap, .target] : [.target])
                    for a in v.anchors { add(anchor: a, drafts: drafts, codes: c, line: line.number, variant: nil) }
                case let .failure(skip):
                    report.note("verb " + skip.reason + ", verb kept for its patterns", line: line.number)
                }
            }
            return v
        }

        static func word(_ raw: String) -> String {
            var w = Substring(raw)
            while w.first == "+" { w = w.dropFirst() }
            while w.last == "_" { w = w.dropLast() }
            return w.lowercased()
        }

        // MARK: Patterns

        mutating func pattern(_ line: PetrarchText.Line, verbs: [Verb]) {
            func skip(_ reason: String) { report.skip(reason, line: line.number) }
            let (head, groups, irregular) = PetrarchText.brackets(String(line.text.dropFirst()))
            if irregular { report.note("lines with irregular brackets, read leniently", line: line.number) }
            var codes: Codes
            switch primaryCode(groups.first, line: line.number) {
            case let .success(c): codes = c
            case let .failure(s) where s.isCodeWithoutEvent:
                // The pattern still says what its words are not: it matches and codes nothing,
                // so the verb's more general patterns do not code those words either.
                report.note("patterns with " + s.reason + " read as patterns that code nothing", line: line.number)
                codes = Codes(code: VerbPattern.noEvent, also: nil, reversed: false)
            case let .failure(s): return skip(s.reason)
            }
            guard let star = head.firstIndex(of: "*") else { return skip("patterns without '*' (the verb)") }
            let upper = Self.items(head[..<star], gapAtStart: true)
            // `% *`, `% HAVE *`: the compound subject's actors do it to each other.
            let mutual = upper.first?.piece == .compound && upper.dropFirst().allSatisfy {
                if case .word = $0.piece { return true }
                if case .synset = $0.piece { return true }
                return false
            }
            var beforeItems = mutual ? Array(upper.dropFirst()) : upper
            let lowerText = head[head.index(after: star)...]
            var lower = Self.items(lowerText, gapAtStart: lowerText.first != "_")
            // `+ * FROM $`, `+ HAS * A MESSAGE $`: the subject is the target and the actor after
            // the verb the source, so the pattern reads reversed ("freed from +", "reverse=yes").
            let actorPieces: [Piece] = [.target, .source, .compound, .caret]
            if !mutual, upper.first?.piece == .target, !upper.dropFirst().contains(where: { actorPieces.contains($0.piece) }),
               !head[..<star].contains("("), lower.filter({ $0.piece == .source }).count == 1,
               !lower.contains(where: { $0.piece == .target }) {
                beforeItems.removeFirst()
                lower = lower.map { $0.piece == .source ? Item(piece: .target, gap: $0.gap) : $0 }
                codes = Codes(code: codes.code, also: codes.also, reversed: !codes.reversed)
                report.note("patterns with the target before the verb and the source after it, read reversed", line: line.number)
            }
            // Each way of saying the words before the verb: a synset of phrases ("DID N'T",
            // "WILL NOT") gives one list of words per phrase.
            // Each word keeps whether it stands right after the one before it (`_`).
            var befores: [[(words: Set<String>, joined: Bool)]] = [[]]
            if !beforeItems.isEmpty && !beforeItems.allSatisfy({ $0.piece == .source }) {
                if beforeItems.contains(where: { $0.piece == .target }) { return skip("patterns with the target before the verb") }
                if beforeItems.contains(where: { $0.piece == .compound }) { return skip("patterns with compound actors (%)") }
                if beforeItems.contains(where: { $0.piece == .source }) { return skip("patterns with words and the source before the verb") }
                if beforeItems.contains(where: { $0.piece == .caret }) { return skip("patterns with '^'") }
                // "- (TO) *": a phrase the verb sits in, not read as words right before it.
                if head[..<star].contains("(") { return skip("patterns with a phrase (...) before the verb") }
                // "- HEAVILY * [122]": words that come before the verb.
                for item in beforeItems {
                    switch item.piece {
                    case let .word(w): befores = befores.map { $0 + [(Set([w]), item.tied)] }
                    case let .synset(label):
                        guard case let .success(m) = members(label, depth: 0), !m.isEmpty else {
                            return skip("patterns with an undefined or empty synset before the verb")
                        }
                        let single = m.filter { $0.count == 1 }.map { $0[0] }
                        // A phrase's words stand together ("DID N'T").
                        let options: [[(words: Set<String>, joined: Bool)]] = (single.isEmpty ? [] : [[(Set(single), item.tied)]])
                            + m.filter { $0.count > 1 }.map { $0.enumerated().map { (Set([$0.element]), $0.offset > 0 || item.tied) } }
                        guard befores.count * options.count <= PetrarchVerbReader.maxVariants else {
                            return skip("patterns with more than \(PetrarchVerbReader.maxVariants) synset variants")
                        }
                        befores = befores.flatMap { b in options.map { b + $0 } }
                    default: return skip("patterns with words before the verb")
                    }
                }
            }
            if lower.contains(where: { $0.piece == .source }) { return skip("patterns with the source after the verb ($)") }
            if lower.contains(where: { $0.piece == .compound }) { return skip("patterns with compound actors (%)") }
            if lower.filter({ $0.piece == .target }).count > 1 { return skip("patterns with more than one target") }
            if mutual && lower.contains(where: { $0.piece == .target }) { return skip("patterns with compound actors (%) and a target") }
            guard !verbs.isEmpty else { return skip("patterns of a block without a usable verb") }
            let variants: [[Draft]]
            switch expand(lower, addTarget: !mutual) {
            case let .success(v): variants = v
            case let .failure(s): return skip(s.reason)
            }
            guard variants.count * befores.count <= PetrarchVerbReader.maxVariants else {
                return skip("patterns with more than \(PetrarchVerbReader.maxVariants) synset variants")
            }
            report.read += 1
            let combined = befores.flatMap { b in variants.map { (before: b, drafts: $0) } }
            for v in verbs {
                let prefix = v.particles.map { Draft.words([$0]) }
                for a in v.anchors {
                    for (k, c) in combined.enumerated() {
                        add(anchor: a, drafts: prefix + c.drafts, codes: codes, mutual: mutual, before: c.before.map(\.words),
                            beforeJoined: c.before.indices.map { $0 + 1 < c.before.count && c.before[$0 + 1].joined },
                            line: line.number,
                            variant: combined.count > 1 ? k + 1 : nil)
                    }
                }
            }
        }

        /// Splits pattern text into items: spaces allow a gap, `_` and `{...}` keep words adjacent,
        /// parentheses only group.
        static func items(_ text: Substring, gapAtStart: Bool) -> [Item] {
            var out: [Item] = []
            var current = ""
            var gap = gapAtStart
            var braces = 0
            var tie = false
            func flush() {
                guard !current.isEmpty else { return }
                let piece: Piece
                switch current {
                case "+": piece = .target
                case "$": piece = .source
                case "%": piece = .compound
                case "^": piece = .caret
                default: piece = current.hasPrefix("&") ? .synset(label(current)) : .word(current.lowercased())
                }
                out.append(Item(piece: piece, gap: gap, tied: tie))
                current = ""
                gap = false
                tie = false
            }
            for c in text {
                switch c {
                case " ", "\t":
                    flush()
                    if braces == 0 { gap = true }
                case "_":
                    flush()
                    tie = !out.isEmpty
                case "(", ")":
                    flush()
                case "{":
                    flush()
                    braces += 1
                case "}":
                    flush()
                    braces = max(0, braces - 1)
                default:
                    current.append(c)
                }
            }
            flush()
            return out
        }

        /// The pattern's element drafts, one list per synset variant.
        func expand(_ items: [Item], addTarget: Bool = true) -> Result<[[Draft]], Skip> {
            var variants: [[Draft]] = [[]]
            func append(_ d: [Draft], gap: Bool, to v: inout [Draft]) {
                if gap && v.last != .gap { v.append(.gap) }
                v.append(contentsOf: d)
            }
            for item in items {
                var options: [[Draft]]
                switch item.piece {
                case let .word(w): options = [[.words([w])]]
                case .target: options = [[.target]]
                case .caret: options = [[.phrase]]
                case let .synset(label):
                    switch members(label, depth: 0) {
                    case let .success(m):
                        let single = m.filter { $0.count == 1 }.map { $0[0] }
                        options = (single.isEmpty ? [] : [[Draft.words(single)]]) + m.filter { $0.count > 1 }.map { $0.map { Draft.words([$0]) } }
                        if options.isEmpty { return .failure(Skip("patterns with an empty synset")) }
                    case let .failure(s): return .failure(s)
                    }
                default: return .failure(Skip("patterns with unsupported markers"))
                }
                guard variants.count * options.count <= PetrarchVerbReader.maxVariants else {
                    return .failure(Skip("patterns with more than \(PetrarchVerbReader.maxVariants) synset variants"))
                }
                variants = variants.flatMap { v in options.map { o in var n = v; append(o, gap: item.gap, to: &n); return n } }
            }
            return .success(variants.flatMap { v -> [[Draft]] in
                guard addTarget && !v.contains(.target) else { return [v] }
                // No target in the pattern: the first actor the verb governs after its words,
                // else, read as TABARI and PETRARCH-1 do (`clause` defaults) where the words may
                // stand apart from the verb, one before them ("allowed that Mordor is n't a
                // really pleasant place" under `- * REALLY_PLEASANT`).
                let after = v + [.gap, .target]
                guard defaults == .clause, v.first == .gap,
                      v.contains(where: { if case .words = $0 { return true } else { return false } }) else {
                    return [after]
                }
                return [after, [.gap, .target] + v]
            })
        }

        /// The members of a synset as word lists; a member naming a synset adds its members (one level).
        func members(_ label: String, depth: Int) -> Result<[[String]], Skip> {
            guard let raw = synsets[label] else { return .failure(Skip("patterns with an undefined synset")) }
            var out: [[String]] = []
            for m in raw {
                let words = m.split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "\t" }).map(String.init)
                if words.count == 1, words[0].hasPrefix("&") {
                    guard depth == 0 else { return .failure(Skip("patterns with synsets nested more than one level")) }
                    switch members(Self.label(words[0]), depth: 1) {
                    case let .success(inner): out += inner
                    case let .failure(s): return .failure(s)
                    }
                    continue
                }
                if words.contains(where: { $0.hasPrefix("&") }) { return .failure(Skip("patterns with synsets inside synset phrases")) }
                if words.contains(where: { ["+", "$", "%", "^"].contains($0) }) { return .failure(Skip("patterns with actor markers inside synsets")) }
                out.append(words.map { $0.lowercased() })
            }
            return .success(out)
        }

        /// Inflects the drafts into a pattern and adds it, unless the same pattern is already there.
        mutating func add(anchor: String, drafts: [Draft], codes: Codes, mutual: Bool = false, before: [Set<String>] = [],
                          beforeJoined: [Bool] = [],
                          line: Int, variant: Int?) {
            let code = codes.code
            let reversed = codes.reversed && !mutual  // each does it to the other either way
            var elements: [VerbPattern.Element] = []
            var text = [anchor]
            for d in drafts {
                switch d {
                case let .words(ws):
                    var forms = Set<String>()
                    for w in ws { forms.formUnion(inflection.nounForms(w)); forms.formUnion(inflection.verbForms(w)) }
                    elements.append(.words(forms, optional: false))
                    text.append(ws.joined(separator: "|"))
                case .gap:
                    elements.append(.gap)
                    text.append("...")
                case .phrase:
                    elements.append(.phrase)
                    text.append("^")
                case .target:
                    elements.append(.target)
                    text.append("+")
                }
            }
            let written = text.joined(separator: " ") + (mutual ? " mutual=yes" : "") + (reversed ? " reverse=yes" : "")
                + (before.isEmpty ? "" : " before=" + before.enumerated().map { k, w in
                    w.sorted().joined(separator: "|") + (k + 1 == before.count ? "" : beforeJoined.indices.contains(k) && beforeJoined[k] ? "_" : ",")
                }.joined())
            guard seen.insert(code + " " + written).inserted else {
                report.note("duplicate patterns merged", line: line)
                return
            }
            var id = "\(stem):\(line):\(anchor)" + (variant.map { ".\($0)" } ?? "")
            var n = 2
            while ids.contains(id) { id = "\(stem):\(line):\(anchor)" + (variant.map { ".\($0)" } ?? "") + "#\(n)"; n += 1 }
            ids.insert(id)
            var pattern = VerbPattern(id: id, code: code, anchor: anchor, isNoun: false, elements: elements, negatedCode: nil,
                                      text: written, origin: "\(file):\(line)", reversed: reversed, alsoCode: codes.also,
                                      mutual: mutual, before: before, beforeJoined: beforeJoined.contains(true) ? beforeJoined : [])
            pattern.isOwnFormat = false
            out.append(pattern)
            report.produced += 1
        }
    }
}

private extension String {
    var trimmingSpacesAndTabs: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
