import DyadCore
import Foundation

/// English inflections for the words of verb patterns: verb forms from a lemma (regular rules
/// plus the irregular table in `english.irregular`) and noun plurals.
public struct Inflection: Sendable {
    /// Irregular forms by lemma: past, past participle and any extra forms.
    private var irregular: [String: [String]] = [:]
    /// Lemma of every known irregular form ("stood" -> "stand").
    public private(set) var lemmaOfIrregular: [String: String] = [:]
    /// Irregular past participles ("sent", "held", "taken").
    public private(set) var irregularParticiples: Set<String> = []
    /// Irregular past tenses ("sent", "held", "took").
    public private(set) var irregularPasts: Set<String> = []

    /// Whether `w` is the base form of an irregular verb ("lay", "found" is not: "lay" is
    /// also the past of "lie", so it is not only a past).
    public func isIrregularBase(_ w: String) -> Bool { irregular[w] != nil }

    public init() {}

    public static func standard() throws -> Inflection {
        var i = Inflection()
        guard let dir = ResourceLocator.directory("dictionaries", in: Bundle.module) else { return i }
        let url = dir.appendingPathComponent("english.irregular")
        if FileManager.default.fileExists(atPath: url.path) {
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw DyadError.badData(file: "english.irregular", line: nil, reason: "not readable as UTF-8")
            }
            try i.load(parsing: text, file: "english.irregular")
        }
        return i
    }

    /// Reads `LEMMA PAST PARTICIPLE [MORE...]` lines; `a|b` gives alternatives.
    public mutating func load(parsing text: String, file: String) throws {
        var n = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if fields.isEmpty { continue }
            guard fields.count >= 3 else {
                throw DyadError.badData(file: file, line: n, reason: "expected 'LEMMA PAST PAST_PARTICIPLE [more forms]', found \(fields.count) field(s)")
            }
            let lemma = fields[0].lowercased()
            let forms = fields.dropFirst().flatMap { $0.split(separator: "|").map { String($0).lowercased() } }
            irregular[lemma, default: []].append(contentsOf: forms)
            irregularParticiples.formUnion(fields[2].split(separator: "|").map { String($0).lowercased() })
            irregularPasts.formUnion(fields[1].split(separator: "|").map { String($0).lowercased() })
            for f in forms where lemmaOfIrregular[f] == nil { lemmaOfIrregular[f] = lemma }
        }
    }

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    /// Two-syllable verbs stressed on the last syllable, which double their final consonant.
    static let doubling: Set<String> = [
        "commit", "regret", "refer", "control", "patrol", "compel", "expel", "repel", "propel",
        "occur", "admit", "permit", "submit", "transmit", "omit", "equip", "rebel", "prefer",
        "deter", "confer", "abet", "acquit", "embed", "forbid", "begin", "upset", "outstrip",
        "recur", "incur", "remit", "extol", "dispel", "impel", "befit", "defer", "infer", "concur",
        "kidnap", "airdrop", "wiretap", "sidestep", "overstep", "worship", "handicap", "outgun",
    ]

    static func doublesFinal(_ w: String) -> Bool {
        if doubling.contains(w) { return true }
        let chars = Array(w)
        guard chars.count >= 3 else { return false }
        let last = chars[chars.count - 1], mid = chars[chars.count - 2], before = chars[chars.count - 3]
        guard !vowels.contains(last), !"wxy".contains(last), vowels.contains(mid), !vowels.contains(before) else { return false }
        // One syllable only: a single vowel group.
        var groups = 0
        var inVowel = false
        for c in chars {
            let v = vowels.contains(c)
            if v && !inVowel { groups += 1 }
            inVowel = v
        }
        return groups == 1
    }

    /// Every form of a verb: base, -s, past, past participle, -ing (regular and irregular).
    public func verbForms(_ lemma: String) -> Set<String> {
        let w = lemma.lowercased()
        var out: Set<String> = [w]
        if let irr = irregular[w] { out.formUnion(irr) }
        let last = w.last ?? " "
        let beforeLast = w.dropLast().last ?? " "
        // -s
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") || w.hasSuffix("o") {
            out.insert(w + "es")
        } else if last == "y" && !Self.vowels.contains(beforeLast) {
            out.insert(w.dropLast() + "ies")
        } else {
            out.insert(w + "s")
        }
        let irregularPast = irregular[w] != nil
        // -ed and -ing
        if last == "e" {
            if !irregularPast { out.insert(w + "d") }
            if w.hasSuffix("ie") { out.insert(w.dropLast(2) + "ying") }
            else if w.hasSuffix("ee") || w.hasSuffix("ye") || w.hasSuffix("oe") { out.insert(w + "ing") }
            else { out.insert(w.dropLast() + "ing") }
        } else if last == "y" && !Self.vowels.contains(beforeLast) {
            if !irregularPast { out.insert(w.dropLast() + "ied") }
            out.insert(w + "ing")
        } else if Self.doublesFinal(w) {
            if !irregularPast { out.insert(w + String(last) + "ed") }
            out.insert(w + String(last) + "ing")
        } else {
            if !irregularPast { out.insert(w + "ed") }
            out.insert(w + "ing")
            if last == "l" {  // British spelling: travelled, cancelled
                if !irregularPast { out.insert(w + "led") }
                out.insert(w + "ling")
            }
            if last == "c" { out.insert(w + "ked"); out.insert(w + "king") }
        }
        return out
    }

    /// A noun's singular and regular plural.
    public func nounForms(_ lemma: String) -> Set<String> {
        let w = lemma.lowercased()
        var out: Set<String> = [w]
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") {
            out.insert(w + "es")
        } else if w.hasSuffix("y"), let b = w.dropLast().last, !Self.vowels.contains(b) {
            out.insert(w.dropLast() + "ies")
        } else {
            out.insert(w + "s")
        }
        return out
    }
}
