import DyadCore

/// Finds the words of a sentence that say when something happened, relative to the day the
/// article was written: "on Wednesday", "Tuesday night", "yesterday", "last Friday", "on
/// March 3", "10 March 2022", "two days ago". News dates most events this way; the article's own
/// date is only when it was written.
///
///     let found = TimeExpressions.find(in: ["Israel", "on", "Wednesday", "released", "the", "mayor"])
///     found[0].resolve(relativeTo: CalendarDate(iso: "2008-08-02")!)   // 2008-07-30
public enum TimeExpressions {
    /// What a time expression names.
    public enum Kind: Sendable, Hashable {
        /// A whole date: "March 10, 2022", "10 March 2022", "2022-03-10".
        case date(CalendarDate)
        /// A day of a month, the year left to the article's: "on March 3", "3 March".
        case monthDay(month: Int, day: Int)
        /// A day of the week (0 = Monday ... 6 = Sunday): "on Wednesday", "last Friday",
        /// "next Tuesday".
        case weekday(Int, Direction)
        /// Days from the article's date: "today" 0, "yesterday" -1, "tomorrow" 1, "two days ago" -2.
        case offset(Int)
    }

    /// Which way a weekday points from the article's date.
    public enum Direction: Sendable, Hashable {
        /// "on Wednesday": the nearest such day, back from the article for a past act, ahead of it
        /// for a planned one.
        case nearest
        /// "last Wednesday": before the article's day.
        case last
        /// "next Wednesday", "this coming Wednesday": after it.
        case next
    }

    /// A time expression and its token range in the sentence.
    public struct Match: Sendable, Hashable {
        public let kind: Kind
        public let range: Range<Int>

        /// The day meant, seen from an article written on `article`. `ahead` says the act is still
        /// to come (intended or possible), so "on Friday" is the coming Friday.
        public func resolve(relativeTo article: CalendarDate, ahead: Bool = false) -> CalendarDate? {
            switch kind {
            case let .date(d):
                return d
            case let .offset(n):
                return article.adding(days: n)
            case let .weekday(w, direction):
                let back = (article.weekday - w + 7) % 7
                let forward = (w - article.weekday + 7) % 7
                switch direction {
                case .last: return article.adding(days: -(back == 0 ? 7 : back))
                case .next: return article.adding(days: forward == 0 ? 7 : forward)
                case .nearest: return ahead ? article.adding(days: forward) : article.adding(days: -back)
                }
            case let .monthDay(m, d):
                // The year that puts the day nearest the article's (a story of 2 January about
                // "December 30" means the last year's).
                let candidates = [article.year - 1, article.year, article.year + 1].compactMap {
                    CalendarDate(year: $0, month: m, day: d)
                }
                return candidates.min { a, b in
                    let da = abs(a.dayNumber - article.dayNumber), db = abs(b.dayNumber - article.dayNumber)
                    // A tie goes to the past unless the act is still to come.
                    return da != db ? da < db : (ahead ? a > b : a < b)
                }
            }
        }

        /// The id of the rule that read it, for an event's explanation: `date.weekday`,
        /// `date.month-day`, `date.full` or `date.offset`.
        public var rule: String {
            switch kind {
            case .date: "date.full"
            case .monthDay: "date.month-day"
            case .weekday: "date.weekday"
            case .offset: "date.offset"
            }
        }
    }

    static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]
    /// Parts of a day that may follow a weekday or "yesterday": "Tuesday night", "yesterday morning".
    static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night", "overnight"]
    /// Words before a weekday that make it a name, not a day: "Good Friday", "Bloody Sunday".
    static let namedDays: Set<String> = ["good", "black", "bloody", "ash", "easter", "palm", "holy", "super", "cyber", "maundy"]
    /// The lower-case words that may make or end an expression, and their first letters.
    static let relativeWords: Set<String> = [
        "today", "tonight", "tomorrow", "yesterday", "night", "morning", "afternoon", "evening", "ago",
    ]
    static let leadWords: Set<UInt8> = Set(relativeWords.compactMap(\.utf8.first))
    /// Whether a word (in lower case) may start or be part of a time expression: "yesterday",
    /// "Tuesday", "March", "last", "overnight". A name before one is no modifier ("struck Gaza
    /// yesterday").
    public static func isTimeWord(_ w: String) -> Bool {
        relativeWords.contains(w) || calendarWords.contains(w) || ["overnight", "last", "next", "this", "early", "late", "earlier"].contains(w)
    }

    /// Names of months (and their abbreviations) and of days, in lower case.
    static let calendarWords: Set<String> = Set(DateExpressions.months.keys).union(weekdays.keys).union(["christmas", "new"])
    static let numberWords: [String: Int] = [
        "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10,
    ]

    /// Every time expression among `tokens` (the sentence's token texts, as written), in order.
    /// Names of days need their capital ("Wednesday"), months theirs ("May 5", not "may").
    public static func find(in tokens: [String]) -> [Match] {
        find(lowercased: tokens.map { $0.lowercased() }) { k in tokens[k].utf8.first.map { $0 >= 65 && $0 <= 90 } == true }
    }

    /// The same over a sentence's tokens, whose texts in lower case (`TextFold.fold` will do) are
    /// `lowercased`.
    public static func find(in tokens: [Token], lowercased: [String]) -> [Match] {
        find(lowercased: lowercased) { k in tokens[k].text.utf8.first.map { $0 >= 65 && $0 <= 90 } == true }
    }

    static func find(lowercased lower: [String], capitalized: (Int) -> Bool) -> [Match] {
        var out: [Match] = []
        var i = 0
        let count = lower.count
        while i < count {
            let w = lower[i]
            // Every expression starts with a digit, a capital or one of a few words; most tokens
            // are none of these.
            guard let first = w.utf8.first else {
                i += 1
                continue
            }
            let digit = first >= 48 && first <= 57
            if !digit {
                let known = capitalized(i)
                    ? calendarWords.contains(w.utf8.last == 46 ? String(w.dropLast()) : w)
                    : leadWords.contains(first) && relativeWords.contains(w)
                if !known {
                    i += 1
                    continue
                }
            }
            // 2022-03-10
            if w.utf8.count == 10, let d = CalendarDate(iso: w) {
                out.append(Match(kind: .date(d), range: i..<i + 1))
                i += 1
                continue
            }
            // March 10, 2022 / March 10 / Mar. 10
            // (the tokenizer may split "Aug." into "Aug" and ".")
            let dot = i + 1 < count && lower[i + 1] == "." ? 1 : 0
            if capitalized(i), let m = DateExpressions.months[w.hasSuffix(".") ? String(w.dropLast()) : w],
               i + 1 + dot < count, let d = DateExpressions.dayNumber(lower[i + 1 + dot]),
               !(w == "may" && i == 0) {
                var end = i + 2 + dot
                var year: Int?
                if end < count, let y = DateExpressions.year(lower[end]) {
                    year = y
                    end += 1
                } else if end + 1 < count, lower[end] == ",", let y = DateExpressions.year(lower[end + 1]) {
                    year = y
                    end += 2
                }
                if let year {
                    if let date = CalendarDate(year: year, month: m, day: d) { out.append(Match(kind: .date(date), range: i..<end)) }
                } else if CalendarDate(year: 2000, month: m, day: d) != nil {
                    out.append(Match(kind: .monthDay(month: m, day: d), range: i..<end))
                }
                i = end
                continue
            }
            // 10 March 2022 / 10 March
            if let d = DateExpressions.dayNumber(w), i + 1 < count, capitalized(i + 1),
               let m = DateExpressions.months[lower[i + 1].hasSuffix(".") ? String(lower[i + 1].dropLast()) : lower[i + 1]] {
                var end = i + 2
                if end < count, let y = DateExpressions.year(lower[end]) {
                    end += 1
                    if let date = CalendarDate(year: y, month: m, day: d) { out.append(Match(kind: .date(date), range: i..<end)) }
                } else if CalendarDate(year: 2000, month: m, day: d) != nil {
                    out.append(Match(kind: .monthDay(month: m, day: d), range: i..<end))
                }
                i = end
                continue
            }
            // Christmas (Day, Eve), New Year's Day (Eve): days of a month by name.
            if w == "christmas" {
                let eve = i + 1 < count && lower[i + 1] == "eve"
                let end = i + 1 < count && (eve || lower[i + 1] == "day") ? i + 2 : i + 1
                out.append(Match(kind: .monthDay(month: 12, day: eve ? 24 : 25), range: i..<end))
                i = end
                continue
            }
            if w == "new", i + 3 < count, lower[i + 1] == "year", lower[i + 2] == "'s" || lower[i + 2] == "\u{2019}s",
               lower[i + 3] == "day" || lower[i + 3] == "eve" {
                let eve = lower[i + 3] == "eve"
                out.append(Match(kind: .monthDay(month: eve ? 12 : 1, day: eve ? 31 : 1), range: i..<i + 4))
                i += 4
                continue
            }
            // Wednesday, last Friday, next Tuesday, Tuesday night
            if let day = weekdays[w], capitalized(i) {
                let before = i > 0 ? lower[i - 1] : ""
                // "the Sunday Times", "Good Friday": a name, not a day.
                let named = namedDays.contains(before)
                    || (before == "the" && i + 1 < count && capitalized(i + 1) && !dayParts.contains(lower[i + 1]))
                if !named {
                    var start = i
                    var direction = Direction.nearest
                    if before == "last" || before == "past" {
                        direction = .last
                        start -= 1
                    } else if before == "next" || (before == "coming" && i >= 2 && lower[i - 2] == "this") {
                        direction = .next
                        start -= before == "next" ? 1 : 2
                    }
                    var end = i + 1
                    if end < count, dayParts.contains(lower[end]) { end += 1 }
                    out.append(Match(kind: .weekday(day, direction), range: start..<end))
                    i = end
                    continue
                }
            }
            // today, tonight, yesterday (morning), tomorrow, last night, this morning
            switch w {
            case "today", "tonight":
                out.append(Match(kind: .offset(0), range: i..<i + 1))
            case "yesterday", "tomorrow":
                var end = i + 1
                if end < count, dayParts.contains(lower[end]) { end += 1 }
                out.append(Match(kind: .offset(w == "yesterday" ? -1 : 1), range: i..<end))
                i = end
                continue
            case "night" where i > 0 && lower[i - 1] == "last":
                out.append(Match(kind: .offset(-1), range: i - 1..<i + 1))
            case "morning", "afternoon", "evening":
                if i > 0, lower[i - 1] == "this" || lower[i - 1] == "earlier" {
                    out.append(Match(kind: .offset(0), range: i - 1..<i + 1))
                }
            case "ago" where i >= 2 && (lower[i - 1] == "days" || lower[i - 1] == "day"):
                // "two days ago", "a day ago", "3 days ago"
                if let n = numberWords[lower[i - 2]] ?? Int(lower[i - 2]), n <= 31 {
                    out.append(Match(kind: .offset(-n), range: i - 2..<i + 1))
                }
            default:
                break
            }
            i += 1
        }
        return out
    }
}
