import DyadActors
import DyadCore

/// The PETRARCH internal coding ontology (PICO) file that UniversalPetrarch ships beside its
/// dictionaries: one line per CAMEO code, `CODE:VALUE[#ALTERNATIVE...][#COMMENT]`, where VALUE is
/// a sum of hexadecimal numbers (`110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove`).
///
/// dyad reads one thing from it: what a negated verb codes. In that ontology a negation adds or
/// takes away `0xFFFF`, so "did not clash over" (110, `0xFFFF + 0x0080`) codes 050 (`0x0080`),
/// and "declined to comment" is 011 (`0x1000 - 0xFFFF`), the negation of 010. A code whose
/// value plus or minus `0xFFFF` is no code's value has no negation here, and a negated verb with
/// it codes what it would without the file.
public struct PetrarchCodingOntology: Sendable, Hashable {
    /// The negation step of the ontology.
    public static let negationStep = 0xFFFF

    /// Each code's value, as written first on its line.
    public private(set) var values: [String: Int] = [:]
    /// What a negated verb with the key's code codes instead.
    public private(set) var negations: [String: String] = [:]

    /// True when the first line that is neither blank nor a `#` comment reads `CODE:VALUE` with a
    /// hexadecimal value: the ontology, not a dictionary.
    public static func sniff(_ text: String) -> Bool {
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.isEmpty || line.hasPrefix("#") { continue }
            return entry(line) != nil
        }
        return false
    }

    /// Reads the file; lines that are not `CODE:VALUE` are counted as skipped in the report. Every
    /// code is read: a code outside CAMEO (`CameoTaxonomy.isForeignCode`) codes as it is.
    public static func read(_ text: String, file: String) -> (PetrarchCodingOntology, DictionaryReport) {
        var report = DictionaryReport(file: file, format: "PETRARCH coding ontology")
        var values: [String: Int] = [:]
        var order: [String] = []
        var lineNumber = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let (code, value) = Self.entry(line) else {
                report.skip("lines that are not CODE:VALUE", line: lineNumber)
                continue
            }
            report.read += 1
            if values[code] == nil { order.append(code) }
            values[code] = value
        }
        var byValue: [Int: String] = [:]
        for code in order where byValue[values[code]!] == nil { byValue[values[code]!] = code }
        var negations: [String: String] = [:]
        for code in order {
            let v = values[code]!
            if let other = byValue[v + Self.negationStep] ?? byValue[v - Self.negationStep], other != code {
                negations[code] = other
            }
        }
        report.produced = negations.count
        var ontology = PetrarchCodingOntology()
        ontology.values = values
        ontology.negations = negations
        return (ontology, report)
    }

    public init() {}

    /// `CODE:VALUE...`: the code (digits) and the value of the first `#`-separated field, a sum
    /// of signed hexadecimal terms; nil for anything else.
    static func entry(_ line: Substring) -> (String, Int)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let code = line[..<colon]
        guard (2...4).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let rest = line[line.index(after: colon)...]
        let field = rest.prefix { $0 != "#" }.filter { $0 != " " && $0 != "\t" }
        guard let value = sum(Substring(field)) else { return nil }
        return (String(code), value)
    }

    /// `0x1000-0xFFFF`, `-0xFFFF+0x0070`: nil unless every term is a signed hexadecimal number.
    static func sum(_ s: Substring) -> Int? {
        guard !s.isEmpty else { return nil }
        var total = 0
        var i = s.startIndex
        while i < s.endIndex {
            var sign = 1
            if s[i] == "+" || s[i] == "-" {
                sign = s[i] == "-" ? -1 : 1
                i = s.index(after: i)
            } else if i != s.startIndex {
                return nil
            }
            let term = s[i...].prefix { $0 != "+" && $0 != "-" }
            guard term.count > 2, term.lowercased().hasPrefix("0x"),
                  let n = Int(term.dropFirst(2), radix: 16) else { return nil }
            total += sign * n
            i = term.endIndex
        }
        return total
    }
}
