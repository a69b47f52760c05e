import DyadCore

/// How query results are grouped in time.
public enum TimeBucket: String, Sendable, CaseIterable {
    case day, week, month

    /// The period a `YYYY-MM-DD` day falls in: the day itself, the Monday starting its ISO
    /// week, or `YYYY-MM`. Undated events fall in `undated`.
    public func period(of day: String?) -> String {
        guard let day else { return "undated" }
        switch self {
        case .day: return day
        case .month: return String(day.prefix(7))
        case .week:
            guard let date = CalendarDate(iso: day) else { return day }
            return date.adding(days: -date.weekday).description
        }
    }
}
