import Testing
@testable import DyadText

/// The fast scoring paths (dense rows, packed entries, the greedy parser's direct choice of
/// transition) against the plain definitions they replace, bit for bit.
struct ScoringTests {
    /// A model of `classCount` classes whose rows have 1...classCount entries, so that both
    /// sparse and dense rows occur; `halfFloat` rounds weights through Float16, as a model file does.
    private func randomModel(classCount: Int, features: Int, halfFloat: Bool, rng: inout SplitMix64)
        -> (model: LinearModel, rows: [UInt64: [LinearModel.Entry]]) {
        var keys: [UInt64] = []
        var rows: [[LinearModel.Entry]] = []
        for f in 0..<features {
            let length = f % 3 == 0 ? Int.random(in: LinearModel.denseMinimum...classCount, using: &rng)
                                    : Int.random(in: 1..<LinearModel.denseMinimum, using: &rng)
            let labels = Array(0..<classCount).shuffled(using: &rng).prefix(length)
            rows.append(labels.map { label in
                var w = Float.random(in: -8...8, using: &rng)
                if halfFloat { w = Float(Float16(w)) }
                return LinearModel.Entry(weight: w, label: Int32(label))
            })
            keys.append(rng.next())
        }
        return (LinearModel(classCount: classCount, keys: keys, rows: rows),
                Dictionary(uniqueKeysWithValues: zip(keys, rows)))
    }

    @Test(arguments: [false, true])
    func fastScoresEqualTheSparseWalk(halfFloat: Bool) {
        var rng = SplitMix64(seed: halfFloat ? 7 : 11)
        let classCount = 103
        let (model, rows) = randomModel(classCount: classCount, features: 3000, halfFloat: halfFloat, rng: &rng)
        #expect(model.packed == halfFloat)
        #expect(model.scoreCount >= classCount && model.scoreCount % 8 == 0)
        let known = Array(rows.keys)
        var scores = [Float](repeating: 0, count: model.scoreCount)
        for _ in 0..<200 {
            // Known features (some repeated) mixed with unknown ones, in a random order.
            let features: [UInt64] = (0..<96).map { i in i % 4 == 3 ? rng.next() : known.randomElement(using: &rng)! }
            var expected = [Float](repeating: 0, count: classCount)
            for f in features {
                for e in rows[f] ?? [] { expected[Int(e.label)] += e.weight }
            }
            scores.withUnsafeMutableBufferPointer { sc in
                sc.update(repeating: 0)
                features.withUnsafeBufferPointer { model.addScores($0, into: sc.baseAddress!) }
            }
            #expect(scores[0..<classCount].map(\.bitPattern) == expected.map(\.bitPattern))
            #expect(scores[classCount...].allSatisfy { $0 == 0 })
        }
    }

    @Test func aLongRowListingAClassTwiceTurnsDenseRowsOff() {
        let classCount = LinearModel.denseMinimum + 4
        var row = (0..<LinearModel.denseMinimum).map { LinearModel.Entry(weight: Float($0) + 0.25, label: Int32($0)) }
        row.append(LinearModel.Entry(weight: 0.1, label: 3))
        let model = LinearModel(classCount: classCount, keys: [42, 43], rows: [row, Array(row.prefix(2))])
        #expect(model.denseFrom > LinearModel.maxClasses)
        var scores = [Float](repeating: 0, count: model.scoreCount)
        scores.withUnsafeMutableBufferPointer { sc in
            [42, 43, 42].withUnsafeBufferPointer { model.addScores($0, into: sc.baseAddress!) }
        }
        var expected = [Float](repeating: 0, count: classCount)
        for r in [row, Array(row.prefix(2)), row] { for e in r { expected[Int(e.label)] += e.weight } }
        #expect(scores[0..<classCount].map(\.bitPattern) == expected.map(\.bitPattern))
    }

    @Test func bestTransitionEqualsTheValidityScan() {
        var rng = SplitMix64(seed: 3)
        let transitions = TransitionSet(labelCount: 6, rootLabel: 2)
        var valid = [Bool](repeating: false, count: transitions.count)
        for n in 1...12 {
            for _ in 0..<20 {
                var state = ParseState(count: n)
                while !state.isTerminal {
                    // Few distinct values, so that ties are common.
                    let scores = (0..<transitions.count).map { _ in Float(Int.random(in: -2...2, using: &rng)) }
                    transitions.validity(state, into: &valid)
                    var expected = -1
                    for j in 0..<transitions.count where valid[j] && (expected < 0 || scores[j] > scores[expected]) {
                        expected = j
                    }
                    let best = scores.withUnsafeBufferPointer { transitions.best(state, scores: $0.baseAddress!) }
                    #expect(best == expected)
                    if let only = transitions.onlyValid(state) {
                        #expect(valid.indices.filter { valid[$0] } == [only])
                    }
                    // Follow a random valid transition, so that all kinds of state are visited.
                    let choices = valid.indices.filter { valid[$0] }
                    transitions.apply(choices.randomElement(using: &rng)!, to: &state)
                }
            }
        }
    }
}
