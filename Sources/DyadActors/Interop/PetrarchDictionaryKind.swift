/// Which of the three PETRARCH / TABARI dictionaries a file is, told from its content.
public enum PetrarchDictionaryKind: String, Sendable, Hashable, CaseIterable {
    case actors, agents, verbs

    /// The kind of a PETRARCH or TABARI dictionary, from the first line (comments aside) that
    /// tells: a verb block header `--- NAME [CODE] ---` or a synset `&NAME` means verbs; a
    /// substitution set `!NAME! = ...` or a role code `[~ROLE]` / `[ROLE~]` means agents; an
    /// actor code `[CODE]` (letters and digits, no `_`) means actors. Anything else first (a
    /// `<TAG>` line, a code with `_`) or no such line at all: nil, not a dictionary dyad reads.
    public static func sniff(_ text: String, maxLines: Int = 500) -> PetrarchDictionaryKind? {
        for line in PetrarchText.lines(text).prefix(maxLines) {
            let t = line.text
            if t.hasPrefix("---") && t.contains("[") { return .verbs }
            if t.hasPrefix("&"), let c = t.dropFirst().first, c.isLetter { return .verbs }
            if t.hasPrefix("!"), t.contains("=") { return .agents }
            if t.hasPrefix("<") { return nil }
            guard let open = t.firstIndex(of: "["), let close = t[open...].firstIndex(of: "]") else { continue }
            let inside = t[t.index(after: open)..<close]
            if inside.contains("~") { return .agents }
            let code = inside.split(separator: " ").first ?? ""
            let isCode = !code.isEmpty && code.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "-+#/".contains($0) }
            return isCode ? .actors : nil
        }
        return nil
    }
}
