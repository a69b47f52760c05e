import DyadCore

/// Line handling shared by the PETRARCH and TABARI dictionary formats: `#` comments to the end
/// of the line, `<!-- ... -->` comments (also over several lines), lines starting with `<!`.
public enum PetrarchText {
    public struct Line: Sendable, Hashable {
        public let number: Int
        /// The line without comments, trimmed; never empty.
        public let text: String

        public init(number: Int, text: String) {
            self.number = number
            self.text = text
        }
    }

    /// The non-blank lines of `text` with comments removed, numbered from 1.
    public static func lines(_ text: String) -> [Line] {
        var out: [Line] = []
        var inBlock = false
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var s = Substring(raw)
            if inBlock {
                guard let close = s.firstRange(of: "-->") else { continue }
                s = s[close.upperBound...]
                inBlock = false
            }
            while let open = s.firstRange(of: "<!") {
                let rest = s[open.lowerBound...]
                if let close = rest.firstRange(of: "-->") {
                    s = s[..<open.lowerBound] + rest[close.upperBound...]
                } else {
                    // `<!--` opens a block; a stray `<!` only comments out the rest of its line.
                    inBlock = rest.hasPrefix("<!--")
                    s = s[..<open.lowerBound]
                }
            }
            if let hash = s.firstIndex(of: "#") { s = s[..<hash] }
            let t = String(s).trimmingSpacesAndTabs
            if !t.isEmpty { out.append(Line(number: number, text: t)) }
        }
        return out
    }

    /// The contents of every `[...]` group of `line`, the text before the first `[`, and whether
    /// the brackets were irregular. The reference files are hand-edited, so irregular brackets
    /// are read leniently: a `[` never closed runs to the end of the line (a `}` typed for the
    /// `]` is dropped), a `]` without its `[` is removed.
    public static func brackets(_ line: String) -> (head: String, groups: [String], irregular: Bool) {
        var irregular = false
        var head = ""
        var groups: [String] = []
        var current: String?
        for c in line {
            if var g = current {
                if c == "]" {
                    groups.append(g.trimmingSpacesAndTabs)
                    current = nil
                } else {
                    g.append(c)
                    current = g
                }
            } else if c == "[" {
                current = ""
            } else if c == "]" {
                irregular = true
            } else if groups.isEmpty {
                head.append(c)
            }
        }
        if var g = current {
            irregular = true
            while g.last == "}" || g.last == " " || g.last == "\t" { g.removeLast() }
            groups.append(g.trimmingSpacesAndTabs)
        }
        return (head.trimmingSpacesAndTabs, groups, irregular)
    }

    /// Throws when `text` holds a NUL character: it is binary data, not a text dictionary.
    /// (Other stray control characters occur in the hand-edited reference files and are kept.)
    public static func checkText(_ text: String, file: String) throws {
        guard text.utf8.contains(0) else { return }
        var number = 1
        for u in text.utf8 {
            if u == 0 { break }
            if u == 10 { number += 1 }
        }
        throw DyadError.badData(file: file, line: number, reason: "NUL character: binary data, not a text dictionary")
    }

    /// A TABARI date: `YYMMDD` (years 00-30 are 20YY, 31-99 are 19YY, as in TABARI and
    /// PETRARCH) or `YYYYMMDD`.
    public static func date(_ text: String) -> CalendarDate? {
        guard text.count == 6 || text.count == 8, text.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(text) else { return nil }
        if text.count == 8 { return CalendarDate(year: v / 10000, month: (v / 100) % 100, day: v % 100) }
        let yy = v / 10000
        return CalendarDate(year: yy <= 30 ? 2000 + yy : 1900 + yy, month: (v / 100) % 100, day: v % 100)
    }
}
