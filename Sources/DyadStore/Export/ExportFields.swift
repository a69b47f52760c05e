import Foundation

/// Small helpers shared by the tab-separated export writers.
enum ExportFields {
    /// A cell for a tab-separated line: tabs and line breaks become spaces.
    static func clean(_ s: String?) -> String {
        guard let s else { return "" }
        if !s.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) { return s }
        return String(s.map { ($0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n") ? " " : $0 })
    }

    /// A score as GDELT and ICEWS write them: `3.4`, `-10`, `0`.
    static func number(_ v: Double) -> String {
        let r = (v * 10000).rounded() / 10000
        if r == r.rounded() { return String(Int(r)) }
        return String(r)
    }

    static func optional(_ v: Double?) -> String { v.map(number) ?? "" }

    /// `YYYY-MM-DD` as `YYYYMMDD`, or empty.
    static func compactDay(_ day: String?) -> String {
        guard let day, day.count == 10 else { return "" }
        return day.replacingOccurrences(of: "-", with: "")
    }
}
