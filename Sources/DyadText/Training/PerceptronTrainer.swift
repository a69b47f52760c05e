/// An averaged multi-class perceptron with sparse rows, for training only.
///
/// Each feature row holds only the classes it was ever updated for. Averaging uses the
/// "w - u / c" trick: every update at step c adds `c * delta` to u, so the average over all steps
/// is recovered at the end without per-weight timestamps.
struct PerceptronTrainer {
    struct Cell {
        var label: Int32
        var weight: Float
        var sum: Double
    }

    let classCount: Int
    private var index = FeatureTable(minimumCapacity: 1 << 16)
    private var keys: [UInt64] = []
    private var rows: [[Cell]] = []
    /// The number of training instances seen so far, plus one.
    private(set) var step: Int = 1

    init(classCount: Int) {
        self.classCount = classCount
    }

    var featureCount: Int { rows.count }

    /// Adds the current (not averaged) weights of `features` to `scores`.
    func addScores(_ features: [UInt64], into scores: inout [Float]) {
        scores.withUnsafeMutableBufferPointer { sc in
            for f in features {
                guard let r = index.value(for: f) else { continue }
                rows[Int(r)].withUnsafeBufferPointer { row in
                    for c in row { sc[Int(c.label)] += c.weight }
                }
            }
        }
    }

    /// The weight row of a feature, added empty the first time the feature is seen.
    private mutating func row(for f: UInt64) -> Int {
        if let found = index.value(for: f) { return Int(found) }
        let r = rows.count
        index.set(UInt64(r), for: f)
        keys.append(f)
        rows.append([])
        return r
    }

    /// Moves weight from `guess` to `truth` on every feature; call only when they differ.
    mutating func update(_ features: [UInt64], truth: Int, guess: Int) {
        let c = Double(step)
        for f in features {
            let r = row(for: f)
            bump(row: r, label: Int32(truth), delta: 1, c: c)
            bump(row: r, label: Int32(guess), delta: -1, c: c)
        }
    }

    /// Adds `delta` to the weight of `label` on every feature (a one-sided update, for global
    /// training where the gold and predicted transitions come from different states).
    mutating func add(_ features: [UInt64], label: Int, delta: Float) {
        let c = Double(step)
        for f in features {
            bump(row: row(for: f), label: Int32(label), delta: delta, c: c)
        }
    }

    @inline(__always)
    private mutating func bump(row r: Int, label: Int32, delta: Float, c: Double) {
        if let k = rows[r].firstIndex(where: { $0.label == label }) {
            rows[r][k].weight += delta
            rows[r][k].sum += c * Double(delta)
        } else {
            rows[r].append(Cell(label: label, weight: delta, sum: c * Double(delta)))
        }
    }

    /// Marks the end of one training instance.
    mutating func tick() { step += 1 }

    /// The averaged weights as a sparse model, dropping weights smaller than `threshold`.
    func averaged(threshold: Float = 0) -> LinearModel {
        let c = Double(step)
        var outKeys: [UInt64] = []
        var outRows: [[LinearModel.Entry]] = []
        outKeys.reserveCapacity(keys.count)
        outRows.reserveCapacity(keys.count)
        for (i, key) in keys.enumerated() {
            var row: [LinearModel.Entry] = []
            for cell in rows[i] {
                let avg = Float(Double(cell.weight) - cell.sum / c)
                if abs(avg) > threshold { row.append(.init(weight: avg, label: cell.label)) }
            }
            if row.isEmpty { continue }
            row.sort { $0.label < $1.label }
            outKeys.append(key)
            outRows.append(row)
        }
        return LinearModel(classCount: classCount, keys: outKeys, rows: outRows)
    }
}

/// A small deterministic pseudo-random generator (splitmix64), so training is reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return FeatureHash.finalize(state)
    }

    /// A uniform value in [0, 1).
    mutating func nextUnit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// Fisher-Yates shuffle with this generator.
    mutating func shuffle<T>(_ a: inout [T]) {
        if a.count < 2 { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            a.swapAt(i, j)
        }
    }
}
