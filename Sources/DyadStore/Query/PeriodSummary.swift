import DyadCore

/// Events of one period: counts per quad class, Goldstein sum and mean.
public struct PeriodSummary: Sendable, Hashable, Codable {
    /// The period (`all`, a day, a week's Monday, `YYYY-MM`, or `undated`).
    public var period: String
    public var events: Int
    /// Counts for quad classes 1 to 4 (events with a code outside CAMEO count in `events` only).
    public var quad: [Int]
    public var goldsteinSum: Double
    public var goldsteinMean: Double

    enum CodingKeys: String, CodingKey {
        case period, events, quad
        case goldsteinSum = "goldstein_sum"
        case goldsteinMean = "goldstein_mean"
    }

    /// At most this many empty periods are added between two periods with events.
    public static let maxFilledPeriods = 10_000

    /// Folds per-day counts into periods, in time order (undated last); `by: nil` gives one `all`
    /// row. Periods without events between the first and the last are there with zero counts
    /// (up to ``maxFilledPeriods`` of them), so a timeline has no silent gaps.
    public static func summarize(_ days: [DailyQuadCount], by bucket: TimeBucket?) -> [PeriodSummary] {
        var order: [String] = []
        var acc: [String: PeriodSummary] = [:]
        for d in days {
            let key = bucket?.period(of: d.day) ?? "all"
            if acc[key] == nil {
                order.append(key)
                acc[key] = PeriodSummary(period: key, events: 0, quad: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: 0)
            }
            acc[key]!.events += d.count
            if let q = d.quad { acc[key]!.quad[q.rawValue - 1] += d.count }
            acc[key]!.goldsteinSum += d.goldsteinSum
        }
        if let bucket {
            var filled = 0
            let dated = order.filter { $0 != "undated" }.sorted()
            for (a, b) in zip(dated, dated.dropFirst()) {
                var p = bucket.period(after: a)
                while let q = p, q < b, filled < maxFilledPeriods {
                    order.append(q)
                    acc[q] = PeriodSummary(period: q, events: 0, quad: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: 0)
                    filled += 1
                    p = bucket.period(after: q)
                }
            }
        }
        let sorted = order.sorted { a, b in
            if a == "undated" { return false }
            if b == "undated" { return true }
            return a < b
        }
        return sorted.map { key in
            var s = acc[key]!
            s.goldsteinSum = (s.goldsteinSum * 1000).rounded() / 1000
            // The mean is over the events on Goldstein's scale (those with a quad class).
            let scaled = s.quad.reduce(0, +)
            s.goldsteinMean = scaled == 0 ? 0 : ((s.goldsteinSum / Double(scaled)) * 1000).rounded() / 1000
            return s
        }
    }
}
