import DyadCore
/// Finds and reads dates written in English: "March 10, 2022", "10 March 2022", "Mar. 10, 2022",
/// "2022-03-10", "10/03/2022" is not read (day-month order is ambiguous).
public enum DateExpressions {
    /// A date found in a text, with its Unicode scalar span.
    public struct Match: Sendable, Hashable {
        public let date: CalendarDate
        public let start: Int
        public let end: Int
    }

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Every full date (day, month and year) written in `text`.
    public static func find(in text: String) -> [Match] {
        // Every full date has a four-digit year: skip texts without four digits in a row.
        var run = 0
        var hasYear = false
        for b in text.utf8 {
            if b >= 48 && b <= 57 {
                run += 1
                if run == 4 { hasYear = true; break }
            } else {
                run = 0
            }
        }
        guard hasYear else { return [] }
        let words = wordsWithOffsets(text)
        var out: [Match] = []
        var i = 0
        while i < words.count {
            // ISO: 2022-03-10
            if let d = CalendarDate(iso: words[i].text) {
                out.append(Match(date: d, start: words[i].start, end: words[i].start + 10))
                i += 1
                continue
            }
            // Month Day, Year
            if let m = month(words[i].text), i + 2 < words.count, let d = dayNumber(words[i + 1].text),
               let y = year(words[i + 2].text), let date = CalendarDate(year: y, month: m, day: d) {
                out.append(Match(date: date, start: words[i].start, end: words[i + 2].end))
                i += 3
                continue
            }
            // Day Month Year
            if let d = dayNumber(words[i].text), i + 2 < words.count, let m = month(words[i + 1].text),
               let y = year(words[i + 2].text), let date = CalendarDate(year: y, month: m, day: d) {
                out.append(Match(date: date, start: words[i].start, end: words[i + 2].end))
                i += 3
                continue
            }
            i += 1
        }
        return out
    }

    /// Reads a whole string as one date: ISO, "March 10, 2022", "10 March 2022",
    /// "Thursday, March 10, 2022 at 12:16 pm", "Mar. 10, 2022 12:16 PM EST", "20220310".
    /// Returns nil when the string holds no full date.
    public static func parse(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmingSpaces
        if let d = CalendarDate(iso: trimmed) { return d }
        let u = Array(trimmed.utf8)
        if u.count == 8, u.allSatisfy({ $0 >= 48 && $0 <= 57 }),
           let v = Int(trimmed), let d = CalendarDate(year: v / 10000, month: (v / 100) % 100, day: v % 100) {
            return d
        }
        return find(in: trimmed).first?.date
    }

    struct Word {
        let text: String
        let start: Int
        let end: Int
    }

    static func wordsWithOffsets(_ text: String) -> [Word] {
        var out: [Word] = []
        var cur = String.UnicodeScalarView()
        var start = 0
        var idx = 0
        for c in text.unicodeScalars {
            let isWordChar = (c.value >= 48 && c.value <= 57) || (c.value >= 65 && c.value <= 90)
                || (c.value >= 97 && c.value <= 122) || c == "-"
            if isWordChar {
                if cur.isEmpty { start = idx }
                cur.append(c)
            } else if !cur.isEmpty {
                out.append(Word(text: String(cur), start: start, end: idx))
                cur = String.UnicodeScalarView()
            }
            idx += 1
        }
        if !cur.isEmpty { out.append(Word(text: String(cur), start: start, end: idx)) }
        return out
    }

    static func month(_ w: String) -> Int? {
        guard w.count >= 3, let f = w.unicodeScalars.first, f.value >= 65 && f.value <= 90 || w.count > 3 else { return nil }
        return months[w.lowercased()]
    }

    static func dayNumber(_ w: String) -> Int? {
        var s = Substring(w)
        for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) { s = s.dropLast(2) }
        guard (1...2).contains(s.count), let v = Int(s), (1...31).contains(v) else { return nil }
        return v
    }

    static func year(_ w: String) -> Int? {
        guard w.count == 4, let v = Int(w), (1800...2200).contains(v) else { return nil }
        return v
    }
}

extension String {
    /// The string without leading and trailing whitespace (spaces, tabs, newlines, NBSP).
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        var a = scalars.startIndex
        var b = scalars.endIndex
        while a < b, CharClass.isSpace(scalars[a]) { a = scalars.index(after: a) }
        while b > a, CharClass.isSpace(scalars[scalars.index(before: b)]) { b = scalars.index(before: b) }
        return String(scalars[a..<b])
    }
}
