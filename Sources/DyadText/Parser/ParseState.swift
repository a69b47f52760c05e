/// A configuration of the arc-hybrid transition system.
///
/// Words are 0..<n; the artificial root is `n` and sits at the end of the buffer, so the last
/// transition attaches the sentence's head word to it with a left arc. Transitions:
/// SHIFT moves the buffer front onto the stack; LEFT(l) pops s0 and makes b0 its head;
/// RIGHT(l) pops s0 and makes s1 its head.
struct ParseState {
    let n: Int
    var stack: [Int] = []
    var b: Int = 0
    var heads: [Int]
    var labels: [Int]
    var leftmost: [Int]
    var leftmost2: [Int]
    var rightmost: [Int]
    var rightmost2: [Int]
    var leftCount: [Int]
    var rightCount: [Int]
    var leftLabels: [UInt64]
    var rightLabels: [UInt64]

    init(count n: Int) {
        self.n = n
        stack.reserveCapacity(n)
        heads = [Int](repeating: -1, count: n + 1)
        labels = [Int](repeating: -1, count: n + 1)
        leftmost = [Int](repeating: -1, count: n + 1)
        leftmost2 = leftmost
        rightmost = leftmost
        rightmost2 = leftmost
        leftCount = [Int](repeating: 0, count: n + 1)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: n + 1)
        rightLabels = leftLabels
    }

    var isTerminal: Bool { b == n && stack.isEmpty }
    var s0: Int { stack.last ?? -1 }
    var s1: Int { stack.count >= 2 ? stack[stack.count - 2] : -1 }
    var s2: Int { stack.count >= 3 ? stack[stack.count - 3] : -1 }

    mutating func shift() {
        stack.append(b)
        b += 1
    }

    mutating func left(_ label: Int) {
        let d = stack.removeLast()
        attach(d, to: b, label: label)
    }

    mutating func right(_ label: Int) {
        let d = stack.removeLast()
        attach(d, to: stack[stack.count - 1], label: label)
    }

    private mutating func attach(_ d: Int, to h: Int, label: Int) {
        heads[d] = h
        labels[d] = label
        let bit: UInt64 = 1 << UInt64(label & 63)
        if d < h {
            leftCount[h] += 1
            leftLabels[h] |= bit
            if leftmost[h] == -1 || d < leftmost[h] {
                leftmost2[h] = leftmost[h]
                leftmost[h] = d
            } else if leftmost2[h] == -1 || d < leftmost2[h] {
                leftmost2[h] = d
            }
        } else {
            rightCount[h] += 1
            rightLabels[h] |= bit
            if rightmost[h] == -1 || d > rightmost[h] {
                rightmost2[h] = rightmost[h]
                rightmost[h] = d
            } else if rightmost2[h] == -1 || d > rightmost2[h] {
                rightmost2[h] = d
            }
        }
    }
}

/// Transition numbering: 0 is SHIFT, 1+l is LEFT(l), 1+L+l is RIGHT(l) for L labels.
struct TransitionSet {
    let labelCount: Int
    let rootLabel: Int

    var count: Int { 1 + 2 * labelCount }

    /// Marks the valid transitions of `state` in `valid`.
    func validity(_ state: ParseState, into valid: inout [Bool]) {
        let canShift = state.b < state.n
        let depth = state.stack.count
        valid[0] = canShift
        let L = labelCount
        if depth == 0 {
            for l in 0..<L { valid[1 + l] = false; valid[1 + L + l] = false }
            return
        }
        let leftToRoot = state.b == state.n
        for l in 0..<L {
            if leftToRoot {
                valid[1 + l] = depth == 1 && l == rootLabel
            } else {
                valid[1 + l] = l != rootLabel
            }
            valid[1 + L + l] = depth >= 2 && l != rootLabel
        }
    }

    /// The transition of `state` when it is the only valid one in one of the two common cases:
    /// SHIFT on an empty stack, and LEFT(root) when only the last word and the root remain.
    /// Nil otherwise (there may still be a single valid transition).
    @inline(__always)
    func onlyValid(_ state: ParseState) -> Int? {
        let depth = state.stack.count
        if depth == 0 { return state.b < state.n ? 0 : nil }
        if depth == 1 && state.b == state.n { return 1 + rootLabel }
        return nil
    }

    /// The valid transition of `state` with the highest score, the lowest-numbered among
    /// equals: the same choice as marking `validity` and scanning every transition, without
    /// the flags.
    @inline(__always)
    func best(_ state: ParseState, scores: UnsafePointer<Float>) -> Int {
        var best = -1
        var bestScore = -Float.infinity
        @inline(__always) func consider(_ j: Int) {
            if best < 0 || scores[j] > bestScore {
                best = j
                bestScore = scores[j]
            }
        }
        if state.b < state.n { consider(0) }
        let depth = state.stack.count
        if depth == 0 { return best }
        let L = labelCount
        if state.b == state.n {
            if depth == 1 { consider(1 + rootLabel) }
        } else {
            for l in 0..<L where l != rootLabel { consider(1 + l) }
        }
        if depth >= 2 {
            for l in 0..<L where l != rootLabel { consider(1 + L + l) }
        }
        return best
    }

    func apply(_ t: Int, to state: inout ParseState) {
        if t == 0 {
            state.shift()
        } else if t <= labelCount {
            state.left(t - 1)
        } else {
            state.right(t - 1 - labelCount)
        }
    }
}
