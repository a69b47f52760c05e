/// One agent of a PETRARCH or TABARI agents file, with its plurals.
public struct PetrarchAgent: Sendable, Hashable {
    /// The phrase in small letters, words separated by single spaces.
    public let phrase: String
    /// The role code added after the country (`[~GOV]` -> `GOV`).
    public let role: String
    /// Plural forms given in `{...}` or made by a substitution set; nil: the regular plural.
    public let plurals: [String]?
    public let line: Int
}

/// Reads PETRARCH / TABARI agents files (`Phoenix.agents.txt`, `PETR.Validate.agents.txt`).
///
///     !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
///     FOREIGN_MINISTER [~GOVFRM]
///     ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
///     POLICE {} [~COP]
///     CONGRESS!PERSON! [~LEG]
///
/// A phrase (words joined by `_` or spaces), an optional plural list in `{...}` (comma
/// separated; `{}`: no plural; absent: the regular plural) and a role code `[~ROLE]`. A
/// substitution set `!NAME! = A, B` defines words for `!NAME!` inside later phrases; each
/// substitution is an agent of its own, without a plural, as in PETRARCH. A prefix role
/// `[NGO~]` goes before the country ("MSF Arnor" = NGOARN). Skipped and counted: lines without
/// a code, codes without `~`, roles that are not 2 to 6 capital letters, undefined
/// substitution sets.
public enum PetrarchAgentReader {
    public static func read(_ text: String, file: String) throws -> (agents: [PetrarchAgent], report: DictionaryReport) {
        try PetrarchText.checkText(text, file: file)
        var report = DictionaryReport(file: file, format: "PETRARCH agents")
        var macros: [String: [String]] = [:]
        var out: [PetrarchAgent] = []
        for line in PetrarchText.lines(text) {
            let t = line.text
            if t.contains("!"), let eq = t.firstIndex(of: "="), !t.contains("[") {
                let name = t[..<eq].trimming("! \t")
                let items = t[t.index(after: eq)...].split(separator: ",").map { String($0).trimmingSpacesAndTabs }.filter { !$0.isEmpty }
                guard !name.isEmpty, !items.isEmpty else {
                    report.skip("malformed substitution sets", line: line.number)
                    continue
                }
                macros[name] = items
                continue
            }
            let (head, groups, irregular) = PetrarchText.brackets(t)
            if irregular { report.note("lines with irregular brackets, read leniently", line: line.number) }
            guard let code = groups.first else {
                report.skip("lines without a code", line: line.number)
                continue
            }
            let role: String
            if code.hasPrefix("~") {
                role = String(code.dropFirst()).trimmingSpacesAndTabs
            } else if code.hasSuffix("~") {
                // "MSF {} [NGO~]": the role goes before the country ("MSF Arnor" = NGOARN).
                role = String(code.dropLast()).trimmingSpacesAndTabs + "~"
            } else {
                report.skip("codes without '~'", line: line.number)
                continue
            }
            guard AgentDictionary.isRoleCode(role) else {
                report.skip("roles that are not 2 to 6 capital letters", line: line.number)
                continue
            }
            var phraseText = head
            var plurals: [String]?
            if let open = head.firstIndex(of: "{") {
                guard let close = head[open...].firstIndex(of: "}") else {
                    report.skip("plural lists without '}'", line: line.number)
                    continue
                }
                plurals = head[head.index(after: open)..<close].split(separator: ",").compactMap { phrase(String($0)) }
                phraseText = String(head[..<open])
            }
            if phraseText.contains("!") {
                guard let expanded = substitute(phraseText, macros) else {
                    report.skip("phrases with an undefined substitution set", line: line.number)
                    continue
                }
                report.read += 1
                for p in expanded.compactMap(phrase) {
                    out.append(PetrarchAgent(phrase: p, role: role, plurals: [], line: line.number))
                }
                continue
            }
            guard let p = phrase(phraseText) else {
                report.skip("lines without a phrase", line: line.number)
                continue
            }
            report.read += 1
            out.append(PetrarchAgent(phrase: p, role: role, plurals: plurals, line: line.number))
        }
        return (out, report)
    }

    /// Small letters, `_` as a space, single spaces; nil when empty.
    static func phrase(_ text: String) -> String? {
        let words = text.replacing("_", with: " ").split(whereSeparator: { $0 == " " || $0 == "\t" })
        return words.isEmpty ? nil : words.joined(separator: " ").lowercased()
    }

    /// Every phrase made by substituting each `!NAME!`; nil when a set is undefined or a `!` unpaired.
    static func substitute(_ text: String, _ macros: [String: [String]]) -> [String]? {
        guard let open = text.firstIndex(of: "!") else { return [text] }
        let after = text.index(after: open)
        guard let close = text[after...].firstIndex(of: "!"), let items = macros[String(text[after..<close])] else { return nil }
        let prefix = text[..<open], suffix = String(text[text.index(after: close)...])
        guard let tails = substitute(suffix, macros) else { return nil }
        return items.flatMap { item in tails.map { prefix + item + $0 } }
    }
}

private extension Substring {
    func trimming(_ set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
