import Foundation

/// A one-line progress report on stderr, redrawn in place, only when stderr is a terminal.
struct ProgressLine {
    let total: Int?
    let enabled = isatty(2) != 0
    private let start = ContinuousClock.now
    private var last = ContinuousClock.now - .seconds(1)

    init(total: Int?) {
        self.total = total
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    mutating func update(done: Int, events: Int, force: Bool = false) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard force || now - last >= .milliseconds(250) else { return }
        last = now
        let t = max(Self.seconds(now - start), 0.001)
        let rate = Double(done) / t
        var text = "\(done)\(total.map { " / \($0)" } ?? "") articles, \(events) events, \(String(format: "%.1f", rate)) articles/s"
        if let total, rate > 0, total > done {
            text += ", ETA \(Int((Double(total - done) / rate).rounded())) s"
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
