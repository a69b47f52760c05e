import DyadCore
import Foundation

/// A lemmatizer: an exception list (form + XPOS -> lemma) learned from a treebank, backed by
/// suffix rules for unseen words ("imposed" VBD: strip "d"; "countries" NNS: "ies" -> "y").
/// A word form seen in training with a tag the tagger now gives it takes that pair's lemma; with
/// another tag, a frequent form takes its most frequent lemma over all tags, so a tagging slip
/// ("High" NNP tagged JJ) does not change the lemma.
/// Unseen numbers with thousands separators lose them ("3,500,000" -> "3500000", as EWT writes
/// them), and unseen all-capital words of a tag with a learned capitals rule get their first
/// letter only kept capital ("GINSBURG" NNP -> "Ginsburg"; short ones such as "NATO" stay).
///
/// The model is a human-readable tab-separated file:
/// ```
/// # dyad-lemmatizer 2
/// E	was	VBD	be          exception: form, XPOS, lemma
/// F	High	High            a frequent form's lemma over all its tags: form, lemma
/// U	left	VERB	leave     fallback when the XPOS was not seen with this form: form, UPOS, lemma
/// R	VBD	ied	3	y	0   rule: XPOS, suffix, characters to strip, text to add, lowercase (1/0)
/// C	NNP	5             capitals rule: XPOS, least length of an all-capital word to capitalize
/// ```
/// Version 1 files (no `C` lines) still load.
public struct Lemmatizer: Sendable {
    static let header = "# dyad-lemmatizer 2"
    static let headers: Set<Substring> = ["# dyad-lemmatizer 1", "# dyad-lemmatizer 2"]

    /// A rewrite of a word's end: strip `strip` scalars, append `add`, optionally lowercase first.
    struct Rule: Sendable, Hashable {
        var strip: Int
        var add: String
        var lowercase: Bool

        func apply(_ form: String) -> String {
            let base = lowercase ? form.lowercased() : form
            let scalars = base.unicodeScalars
            guard strip <= scalars.count else { return base }
            var out = String(scalars: scalars.dropLast(strip))
            out += add
            return out.isEmpty ? base : out
        }
    }

    /// (form, XPOS) -> lemma; form exact, then lowercased.
    let exceptions: [String: String]
    /// Form -> its most frequent lemma, for frequent forms; used for tags not seen with the form.
    let byForm: [String: String]
    /// (form, UPOS) -> lemma, for words seen in training with another XPOS of the same UPOS.
    let byUPOS: [String: String]
    /// (XPOS, lowercased suffix) -> rule; the longest matching suffix wins.
    let rules: [String: Rule]
    let maxSuffix: Int
    /// XPOS -> least length from which an all-capital ASCII word's lemma is capitalized.
    let capitalize: [String: Int]

    /// What `exceptions`, `byForm` and `byUPOS` say of one form, found with one lookup.
    struct FormEntry: Sendable {
        /// (XPOS, lemma) of `exceptions`; (UPOS, lemma) of `byUPOS`.
        var byXPOS: [(tag: String, lemma: String)] = []
        var frequent: String?
        var byUPOS: [(tag: String, lemma: String)] = []

        func exception(_ xpos: String) -> String? { byXPOS.first { $0.tag == xpos }?.lemma }
        func lemma(upos: String) -> String? { byUPOS.first { $0.tag == upos }?.lemma }
    }
    /// Form -> its entry: the keys of `exceptions` and `byUPOS` ("form\tTAG") split at their
    /// tab, with `byForm`. Tokens hold no tabs, so a lookup here finds what those keys would.
    let entries: [String: FormEntry]
    /// XPOS -> (lowercased suffix -> rule): `rules` split at the tab of their keys.
    let rulesByTag: [String: [String: Rule]]

    init(exceptions: [String: String], byForm: [String: String] = [:], byUPOS: [String: String] = [:],
         rules: [String: Rule], maxSuffix: Int, capitalize: [String: Int] = [:]) {
        self.exceptions = exceptions
        self.byForm = byForm
        self.byUPOS = byUPOS
        self.rules = rules
        self.maxSuffix = maxSuffix
        self.capitalize = capitalize
        var entries: [String: FormEntry] = [:]
        func split(_ key: String) -> (form: String, tag: String)? {
            guard let t = key.lastIndex(of: "\t") else { return nil }
            return (String(key[..<t]), String(key[key.index(after: t)...]))
        }
        for (key, lemma) in exceptions { if let (f, t) = split(key) { entries[f, default: FormEntry()].byXPOS.append((t, lemma)) } }
        for (form, lemma) in byForm { entries[form, default: FormEntry()].frequent = lemma }
        for (key, lemma) in byUPOS { if let (f, t) = split(key) { entries[f, default: FormEntry()].byUPOS.append((t, lemma)) } }
        self.entries = entries
        var rulesByTag: [String: [String: Rule]] = [:]
        for (key, rule) in rules { if let (t, suffix) = split(key) { rulesByTag[t, default: [:]][suffix] = rule } }
        self.rulesByTag = rulesByTag
    }

    /// The lemma of `form` tagged `upos`/`xpos`.
    public func lemma(_ form: String, upos: String, xpos: String) -> String {
        // In this order: exceptions[form\txpos], byForm[form], exceptions[lower\txpos],
        // byUPOS[form\tupos], byUPOS[lower\tupos].
        let entry = entries[form]
        if let e = entry?.exception(xpos) { return e }
        if let f = entry?.frequent { return f }
        let lower = form.lowercased()
        let lowerEntry = lower != form ? entries[lower] : nil
        if let e = lowerEntry?.exception(xpos) { return e }
        if let e = entry?.lemma(upos: upos) { return e }
        if let e = lowerEntry?.lemma(upos: upos) { return e }
        if let n = Lemmatizer.withoutThousandsSeparators(form) { return n }
        let lemma = ruleLemma(form, lower: lower, upos: upos, xpos: xpos)
        if let least = capitalize[xpos], Lemmatizer.isAllCapitals(form), form.utf8.count >= least {
            return Lemmatizer.capitalized(lemma)
        }
        return lemma
    }

    /// "3,500,000" -> "3500000", "1,250.50" -> "1250.50"; nil unless `form` is digits in groups
    /// of three separated by commas, with an optional decimal part.
    static func withoutThousandsSeparators(_ form: String) -> String? {
        let u = Array(form.utf8)
        let comma = UInt8(ascii: ","), point = UInt8(ascii: ".")
        func digit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        var i = 0
        while i < u.count && digit(u[i]) { i += 1 }
        guard (1...3).contains(i) else { return nil }
        var groups = 0
        while i + 3 < u.count, u[i] == comma, digit(u[i + 1]), digit(u[i + 2]), digit(u[i + 3]) {
            i += 4
            groups += 1
        }
        guard groups > 0 else { return nil }
        if i < u.count {
            guard u[i] == point, i + 1 < u.count, u[(i + 1)...].allSatisfy(digit) else { return nil }
        }
        return String(decoding: u.filter { $0 != comma }, as: UTF8.self)
    }

    /// At least two letters, all ASCII capitals ("NATO", "SOUTER"; not "U.S." or "Iraq").
    static func isAllCapitals(_ form: String) -> Bool {
        form.utf8.count >= 2 && form.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    /// An all-capital lemma with only its first letter kept capital; other lemmas unchanged.
    static func capitalized(_ lemma: String) -> String {
        guard isAllCapitals(lemma) else { return lemma }
        return String(lemma.prefix(1)) + lemma.dropFirst().lowercased()
    }

    func ruleLemma(_ form: String, lower: String, upos: String, xpos: String) -> String {
        // rules[xpos\tsuffix], the longest suffix first; no rules of the tag: none matches.
        if let tagRules = rulesByTag[xpos] {
            let scalars = Array(lower.unicodeScalars)
            var k = min(maxSuffix, scalars.count)
            while k >= 0 {
                if let r = tagRules[String(scalars: scalars[(scalars.count - k)...])] { return r.apply(form) }
                k -= 1
            }
        }
        return upos == "PROPN" ? form : lower
    }

    /// Sets each token's `lemma` from its text and tags.
    public func lemmatize(_ sentence: inout Sentence) {
        for i in sentence.tokens.indices {
            let t = sentence.tokens[i]
            sentence.tokens[i].lemma = lemma(t.text, upos: t.upos ?? "X", xpos: t.xpos ?? "_")
        }
    }
}

extension Lemmatizer {
    /// Loads a lemmatizer file; malformed lines throw `DyadError.badData` with the line.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DyadError.unreadable(input: url.path, reason: error.localizedDescription)
        }
        try self.init(text: String(decoding: data, as: UTF8.self), file: url.path)
    }

    init(text: String, file: String) throws {
        var exceptions: [String: String] = [:]
        var byUPOS: [String: String] = [:]
        var byForm: [String: String] = [:]
        var rules: [String: Rule] = [:]
        var maxSuffix = 0
        var capitalize: [String: Int] = [:]
        var first = true
        var n = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            if first {
                guard Lemmatizer.headers.contains(line) else {
                    throw DyadError.badData(file: file, line: n, reason: "expected the header '\(Lemmatizer.header)', found '\(line.prefix(40))'")
                }
                first = false
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch c[0] {
            case "E" where c.count == 4:
                exceptions[c[1] + "\t" + c[2]] = c[3]
            case "F" where c.count == 3:
                byForm[c[1]] = c[2]
            case "U" where c.count == 4:
                byUPOS[c[1] + "\t" + c[2]] = c[3]
            case "R" where c.count == 6:
                guard let strip = Int(c[3]), strip >= 0, let lower = Int(c[5]), lower == 0 || lower == 1 else {
                    throw DyadError.badData(file: file, line: n, reason: "bad rule: strip count and lowercase flag must be numbers")
                }
                rules[c[1] + "\t" + c[2]] = Rule(strip: strip, add: c[4], lowercase: lower == 1)
                maxSuffix = max(maxSuffix, c[2].unicodeScalars.count)
            case "C" where c.count == 3:
                guard let least = Int(c[2]), least >= 0 else {
                    throw DyadError.badData(file: file, line: n, reason: "bad capitals rule: the length must be a number")
                }
                capitalize[c[1]] = least
            default:
                throw DyadError.badData(file: file, line: n, reason: "expected 'E form XPOS lemma', 'U form UPOS lemma' (4 fields), 'F form lemma', 'C XPOS length' (3 fields), 'R XPOS suffix strip add lowercase' (6 fields), found \(c.count) fields starting '\(c[0])'")
            }
        }
        if first { throw DyadError.badData(file: file, line: 1, reason: "empty lemmatizer file") }
        self.init(exceptions: exceptions, byForm: byForm, byUPOS: byUPOS, rules: rules, maxSuffix: maxSuffix, capitalize: capitalize)
    }

    /// The model as the text of a lemmatizer file, sorted for stable diffs.
    public func serialized() -> String {
        var out = Lemmatizer.header + "\n"
        for xpos in capitalize.keys.sorted() {
            out += "C\t\(xpos)\t\(capitalize[xpos]!)\n"
        }
        for key in rules.keys.sorted() {
            let r = rules[key]!
            out += "R\t\(key)\t\(r.strip)\t\(r.add)\t\(r.lowercase ? 1 : 0)\n"
        }
        for form in byForm.keys.sorted() {
            out += "F\t\(form)\t\(byForm[form]!)\n"
        }
        for key in byUPOS.keys.sorted() {
            out += "U\t\(key)\t\(byUPOS[key]!)\n"
        }
        for key in exceptions.keys.sorted() {
            out += "E\t\(key)\t\(exceptions[key]!)\n"
        }
        return out
    }

    public func write(to url: URL) throws {
        try Data(serialized().utf8).write(to: url)
    }
}
