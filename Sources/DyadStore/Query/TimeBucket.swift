import Foundation

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
            let parts = day.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return day }
            let n = Self.daysFromCivil(parts[0], parts[1], parts[2])
            // 1970-01-01 was a Thursday: weekday 0 = Monday.
            let weekday = ((n % 7) + 10) % 7
            let (y, m, d) = Self.civil(fromDays: n - weekday)
            return String(format: "%04d-%02d-%02d", y, m, d)
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
