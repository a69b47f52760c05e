import DyadCore
import Foundation

/// A lemmatizer: an exception list (form + XPOS -> lemma) learned from a treebank, backed by
/// suffix rules for unseen words ("imposed" VBD: strip "d"; "countries" NNS: "ies" -> "y").
///
/// The model is a human-readable tab-separated file:
/// ```
/// # dyad-lemmatizer 1
/// E	was	VBD	be          exception: form, XPOS, lemma
/// U	left	VERB	leave     fallback when the XPOS was not seen with this form: form, UPOS, lemma
/// R	VBD	ied	3	y	0   rule: XPOS, suffix, characters to strip, text to add, lowercase (1/0)
/// ```
public struct Lemmatizer: Sendable {
    static let header = "# dyad-lemmatizer 1"

    /// A rewrite of a word's end: strip `strip` scalars, append `add`, optionally lowercase first.
    struct Rule: Sendable, Hashable {
        var strip: Int
        var add: String
        var lowercase: Bool

        func apply(_ form: String) -> String {
            let base = lowercase ? form.lowercased() : form
            let scalars = base.unicodeScalars
            guard strip <= scalars.count else { return base }
            var out = String(String.UnicodeScalarView(scalars.dropLast(strip)))
            out += add
            return out.isEmpty ? base : out
        }
    }

    /// (form, XPOS) -> lemma; form exact, then lowercased.
    let exceptions: [String: String]
    /// (form, UPOS) -> lemma, for words seen in training with another XPOS of the same UPOS.
    let byUPOS: [String: String]
    /// (XPOS, lowercased suffix) -> rule; the longest matching suffix wins.
    let rules: [String: Rule]
    let maxSuffix: Int

    init(exceptions: [String: String], byUPOS: [String: String] = [:], rules: [String: Rule], maxSuffix: Int) {
        self.exceptions = exceptions
        self.byUPOS = byUPOS
        self.rules = rules
        self.maxSuffix = maxSuffix
    }

    /// The lemma of `form` tagged `upos`/`xpos`.
    public func lemma(_ form: String, upos: String, xpos: String) -> String {
        if let e = exceptions[form + "\t" + xpos] { return e }
        let lower = form.lowercased()
        if lower != form, let e = exceptions[lower + "\t" + xpos] { return e }
        if let e = byUPOS[form + "\t" + upos] { return e }
        if lower != form, let e = byUPOS[lower + "\t" + upos] { return e }
        return ruleLemma(form, lower: lower, upos: upos, xpos: xpos)
    }

    func ruleLemma(_ form: String, lower: String, upos: String, xpos: String) -> String {
        let scalars = Array(lower.unicodeScalars)
        var k = min(maxSuffix, scalars.count)
        while k >= 0 {
            var key = xpos + "\t"
            key.unicodeScalars.append(contentsOf: scalars[(scalars.count - k)...])
            if let r = rules[key] { return r.apply(form) }
            k -= 1
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
        var rules: [String: Rule] = [:]
        var maxSuffix = 0
        var first = true
        var n = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            if first {
                guard line == Lemmatizer.header else {
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
            case "U" where c.count == 4:
                byUPOS[c[1] + "\t" + c[2]] = c[3]
            case "R" where c.count == 6:
                guard let strip = Int(c[3]), strip >= 0, let lower = Int(c[5]), lower == 0 || lower == 1 else {
                    throw DyadError.badData(file: file, line: n, reason: "bad rule: strip count and lowercase flag must be numbers")
                }
                rules[c[1] + "\t" + c[2]] = Rule(strip: strip, add: c[4], lowercase: lower == 1)
                maxSuffix = max(maxSuffix, c[2].unicodeScalars.count)
            default:
                throw DyadError.badData(file: file, line: n, reason: "expected 'E form XPOS lemma', 'U form UPOS lemma' (4 fields) or 'R XPOS suffix strip add lowercase' (6 fields), found \(c.count) fields starting '\(c[0])'")
            }
        }
        if first { throw DyadError.badData(file: file, line: 1, reason: "empty lemmatizer file") }
        self.init(exceptions: exceptions, byUPOS: byUPOS, rules: rules, maxSuffix: maxSuffix)
    }

    /// The model as the text of a lemmatizer file, sorted for stable diffs.
    public func serialized() -> String {
        var out = Lemmatizer.header + "\n"
        for key in rules.keys.sorted() {
            let r = rules[key]!
            out += "R\t\(key)\t\(r.strip)\t\(r.add)\t\(r.lowercase ? 1 : 0)\n"
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
