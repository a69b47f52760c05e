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

    /// The period after `period` (as ``period(of:)`` writes them), or nil when `period` is not one.
    public func period(after period: String) -> String? {
        switch self {
        case .day, .week:
            guard period.utf8.count == 10, let d = CalendarDate(iso: period) else { return nil }
            return d.adding(days: self == .day ? 1 : 7).description
        case .month:
            guard period.utf8.count == 7, let d = CalendarDate(iso: period + "-01") else { return nil }
            let next = d.month == 12 ? CalendarDate(year: d.year + 1, month: 1, day: 1) : CalendarDate(year: d.year, month: d.month + 1, day: 1)
            return next.map { String($0.description.prefix(7)) }
        }
    }
}
