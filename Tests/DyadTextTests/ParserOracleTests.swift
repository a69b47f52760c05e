import Testing
@testable import DyadText

/// Follows zero-cost transitions from the initial state and returns the tree built.
private func oracleParse(heads gold: [Int], labels: [Int], labelCount: Int) -> (heads: [Int], labels: [Int], cost: Int) {
    let n = gold.count
    let transitions = TransitionSet(labelCount: labelCount, rootLabel: 0)
    let g = gold.map { $0 < 0 ? n : $0 }
    var deps = [[Int]](repeating: [], count: n + 1)
    for (d, h) in g.enumerated() { deps[h].append(d) }
    var state = ParseState(count: n)
    var inStack = [Bool](repeating: false, count: n + 1)
    var valid = [Bool](repeating: false, count: transitions.count)
    var costs = [Int](repeating: 0, count: transitions.count)
    var total = 0
    while !state.isTerminal {
        transitions.validity(state, into: &valid)
        ParserTrainer.costs(state, gold: g, goldLabels: labels, deps: deps, inStack: inStack,
                            transitions: transitions, valid: valid, into: &costs)
        var best = -1
        for j in 0..<transitions.count where valid[j] && (best < 0 || costs[j] < costs[best]) { best = j }
        total += costs[best]
        if best == 0 { inStack[state.b] = true } else { inStack[state.s0] = false }
        transitions.apply(best, to: &state)
    }
    return ((0..<n).map { state.heads[$0] == n ? -1 : state.heads[$0] }, Array(state.labels[0..<n]), total)
}

@Test(arguments: [
    [1, -1, 1],                  // a <- b -> c
    [2, 2, -1, 4, 2, 2],         // two left dependents, a right subtree
    [-1, 0, 1, 2, 3],            // right-branching chain
    [4, 3, 3, 4, -1],            // left-branching
    [1, -1, 5, 5, 5, 1, 1],      // nested right subtree with left children
])
func dynamicOracleRebuildsProjectiveTrees(heads: [Int]) {
    let labels = heads.map { $0 < 0 ? 0 : 1 + ($0 % 2) }
    let r = oracleParse(heads: heads, labels: labels, labelCount: 3)
    #expect(r.cost == 0)
    #expect(r.heads == heads)
    #expect(r.labels == labels)
}

@Test func dynamicOracleLosesOnlyTheCrossingArcOnNonProjectiveTrees() {
    // 0 -> 2 crosses 1 -> 3.
    let heads = [-1, 0, 0, 1]
    let r = oracleParse(heads: heads, labels: [0, 1, 1, 1], labelCount: 2)
    let correct = zip(r.heads, heads).filter { $0 == $1 }.count
    #expect(correct == 3)
}

@Test func transitionsAlwaysLeaveAValidMoveAndOneRoot() {
    let transitions = TransitionSet(labelCount: 3, rootLabel: 0)
    var state = ParseState(count: 4)
    var valid = [Bool](repeating: false, count: transitions.count)
    // Greedy "always the last valid transition" still terminates with exactly one root.
    var steps = 0
    while !state.isTerminal {
        transitions.validity(state, into: &valid)
        let t = valid.lastIndex(of: true)!
        transitions.apply(t, to: &state)
        steps += 1
    }
    #expect(steps == 8)
    #expect(state.heads[0..<4].filter { $0 == 4 }.count == 1)
}
