import DyadCore
import Foundation

/// Trains a `DependencyParser` with a dynamic oracle (Goldberg & Nivre 2013): at each state the
/// transitions that lose the fewest reachable gold arcs are correct, and after the first epoch
/// the trainer follows its own (possibly wrong) prediction most of the time, so it learns to
/// recover from mistakes.
public struct ParserTrainer: Sendable {
    public struct Options: Sendable {
        public var epochs = 12
        public var seed: UInt64 = 1
        /// Probability of following the model's prediction instead of the oracle (from epoch 2).
        public var explore = 0.9
        /// Averaged weights of this magnitude or less are dropped, which keeps the model file
        /// small at a small cost in accuracy.
        public var pruneThreshold: Float = 0.5
        /// Beam width; above 1 the parser is trained globally with beam search and
        /// max-violation updates (Huang et al. 2012) instead of greedily with the dynamic
        /// oracle, and the trained parser keeps this width.
        public var beam = 1
        /// Parsing direction; a right-to-left parser is trained on the reversed sentences.
        public var direction = DependencyParser.Direction.leftToRight
        /// Feature templates; the trained parser records them.
        public var features = ParserFeatureSet.wordsAndTags

        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public struct EpochReport: Sendable {
        public var epoch: Int
        public var trainAccuracy: Double
        public var devUAS: Double?
        public var devLAS: Double?
        public var features: Int
        public var seconds: Double
    }

    /// One training sentence: words, predicted tags and the gold tree.
    public struct Example: Sendable {
        public var words: [String]
        public var upos: [String]
        public var xpos: [String]
        /// Gold heads, 0-based, -1 for the root.
        public var heads: [Int]
        public var relations: [String]

        public init(words: [String], upos: [String], xpos: [String], heads: [Int], relations: [String]) {
            self.words = words
            self.upos = upos
            self.xpos = xpos
            self.heads = heads
            self.relations = relations
        }

        /// The same sentence and tree with the words in reverse order.
        public var reversed: Example {
            Example(words: words.reversed(), upos: upos.reversed(), xpos: xpos.reversed(),
                    heads: DependencyParser.reversedHeads(heads), relations: relations.reversed())
        }
    }

    /// Trains on `train`; each epoch is scored on `dev` (tagged as the caller decided) and the
    /// best dev LAS epoch is returned.
    /// `improved` receives each epoch's parser that beats the earlier ones, so a caller can save
    /// it and stop a long run early.
    public func train(_ train: [Example], dev: [Example] = [], progress: (EpochReport) -> Void = { _ in },
                      improved: (DependencyParser) -> Void = { _ in }) -> DependencyParser {
        var labelCounts: [String: Int] = [:]
        for e in train { for r in e.relations { labelCounts[r, default: 0] += 1 } }
        labelCounts["root", default: 0] += 0
        let labels = labelCounts.keys.sorted()
        var labelIndex: [String: Int] = [:]
        for (i, l) in labels.enumerated() { labelIndex[l] = i }
        let transitions = TransitionSet(labelCount: labels.count, rootLabel: labelIndex["root"]!)

        struct Prepared {
            var features: ParserFeatures
            var heads: [Int]  // ROOT = n
            var labels: [Int]
            var deps: [[Int]]
        }
        var scratch: [UInt32] = []
        let data: [Prepared] = train.compactMap { original in
            let e = options.direction == .rightToLeft ? original.reversed : original
            let n = e.words.count
            guard n > 0, e.heads.count == n, e.heads.allSatisfy({ $0 >= -1 && $0 < n }) else { return nil }
            let w = e.words.map { WordAtoms($0, scratch: &scratch) }
            let t = zip(e.upos, e.xpos).map { DependencyParser.tagAtom(upos: $0, xpos: $1) }
            let heads = e.heads.map { $0 < 0 ? n : $0 }
            var deps = [[Int]](repeating: [], count: n + 1)
            for (d, h) in heads.enumerated() { deps[h].append(d) }
            return Prepared(features: ParserFeatures(atoms: w, tags: t, set: options.features), heads: heads,
                            labels: e.relations.map { labelIndex[$0] ?? 0 }, deps: deps)
        }

        var perceptron = PerceptronTrainer(classCount: transitions.count)
        var rng = SplitMix64(seed: options.seed)
        var order = Array(data.indices)
        var best: (score: Double, parser: DependencyParser)? = nil
        let k = transitions.count
        var feats = [UInt64](repeating: 0, count: options.features.count)
        var scores = [Float](repeating: 0, count: k)
        var valid = [Bool](repeating: false, count: k)
        var costs = [Int](repeating: 0, count: k)
        let start = Date()
        for epoch in 1...max(1, options.epochs) {
            rng.shuffle(&order)
            var correct = 0, total = 0
            for si in order {
                let ex = data[si]
                if options.beam > 1 {
                    let ok = ParserTrainer.trainBeam(ex.features, gold: ex.heads, goldLabels: ex.labels, deps: ex.deps,
                                                     width: options.beam, transitions: transitions,
                                                     perceptron: &perceptron)
                    if ok { correct += 1 }
                    total += 1
                    perceptron.tick()
                    continue
                }
                let n = ex.heads.count
                var state = ParseState(count: n)
                var inStack = [Bool](repeating: false, count: n + 1)
                while !state.isTerminal {
                    feats.withUnsafeMutableBufferPointer { ex.features.extract(state, into: $0.baseAddress!) }
                    transitions.validity(state, into: &valid)
                    for j in 0..<k { scores[j] = 0 }
                    perceptron.addScores(feats, into: &scores)
                    ParserTrainer.costs(state, gold: ex.heads, goldLabels: ex.labels, deps: ex.deps,
                                        inStack: inStack, transitions: transitions, valid: valid, into: &costs)
                    var guess = -1, gold = -1, minCost = Int.max
                    for j in 0..<k where valid[j] {
                        if guess < 0 || scores[j] > scores[guess] { guess = j }
                        if costs[j] < minCost { minCost = costs[j] }
                    }
                    for j in 0..<k where valid[j] && costs[j] == minCost {
                        if gold < 0 || scores[j] > scores[gold] { gold = j }
                    }
                    if costs[guess] > minCost {
                        perceptron.update(feats, truth: gold, guess: guess)
                    } else {
                        correct += 1
                    }
                    total += 1
                    perceptron.tick()
                    let next = (epoch > 1 && rng.nextUnit() < options.explore) ? guess : gold
                    if next == 0 { inStack[state.b] = true } else { inStack[state.s0] = false }
                    transitions.apply(next, to: &state)
                }
            }
            let parser = DependencyParser(labels: labels, model: perceptron.averaged(threshold: options.pruneThreshold),
                                          beamWidth: options.beam, direction: options.direction,
                                          featureSet: options.features)
            var report = EpochReport(epoch: epoch, trainAccuracy: Double(correct) / Double(max(1, total)),
                                     devUAS: nil, devLAS: nil, features: parser.model.featureCount,
                                     seconds: Date().timeIntervalSince(start))
            if !dev.isEmpty {
                var uas = 0, las = 0, count = 0
                for e in dev {
                    let r = parser.parse(words: e.words, upos: e.upos, xpos: e.xpos)
                    for i in e.heads.indices {
                        count += 1
                        if r.heads[i] == e.heads[i] {
                            uas += 1
                            if Evaluation.universal(r.relations[i]) == Evaluation.universal(e.relations[i]) { las += 1 }
                        }
                    }
                }
                report.devUAS = Double(uas) / Double(max(1, count))
                report.devLAS = Double(las) / Double(max(1, count))
            }
            progress(report)
            let score = report.devLAS ?? Double(epoch)
            if best == nil || score > best!.score {
                best = (score, parser)
                improved(parser)
            }
        }
        return best!.parser
    }

    /// One sentence of global training: beam search with the current weights, tracking the
    /// "correct" items (every transition so far of minimal dynamic-oracle cost, so the best
    /// reachable tree is still reachable; for projective trees, the gold tree). Once no correct
    /// item survives, the best correct continuation is followed on its own. At the step where
    /// the best beam item outscores the best correct item by the most, the perceptron moves
    /// weight from the beam item's transitions to the correct item's (max-violation update).
    /// Returns whether the best final item was correct.
    static func trainBeam(_ features: ParserFeatures, gold: [Int], goldLabels: [Int], deps: [[Int]], width: Int,
                          transitions: TransitionSet, perceptron: inout PerceptronTrainer) -> Bool {
        let n = gold.count
        struct Item {
            var state: ParseState
            var score: Double
            var actions: [Int]
            var correct: Bool
        }
        let k = transitions.count
        var feats = [UInt64](repeating: 0, count: features.count)
        var scores = [Float](repeating: 0, count: k)
        var valid = [Bool](repeating: false, count: k)
        var costs = [Int](repeating: 0, count: k)
        var inStack = [Bool](repeating: false, count: n + 1)
        var beam = [Item(state: ParseState(count: n), score: 0, actions: [], correct: true)]
        beam[0].actions.reserveCapacity(2 * n)
        var goldItem: Item? = nil  // the correct sequence once it has left the beam
        var top = BeamTop(width: width)
        var bestViolation = -Double.infinity
        var violation: (pred: [Int], gold: [Int])? = nil

        func score(_ st: ParseState) {
            feats.withUnsafeMutableBufferPointer { features.extract(st, into: $0.baseAddress!) }
            transitions.validity(st, into: &valid)
            for j in 0..<k { scores[j] = 0 }
            perceptron.addScores(feats, into: &scores)
        }
        /// Fills `costs` for `st`; returns the minimum over valid transitions.
        func cost(_ st: ParseState) -> Int {
            for d in 0...n { inStack[d] = false }
            for d in st.stack { inStack[d] = true }
            ParserTrainer.costs(st, gold: gold, goldLabels: goldLabels, deps: deps, inStack: inStack,
                                transitions: transitions, valid: valid, into: &costs)
            var m = Int.max
            for j in 0..<k where valid[j] && costs[j] < m { m = costs[j] }
            return m
        }

        while !beam[0].state.isTerminal {
            top.reset()
            var bestCorrect: (score: Double, item: Int, transition: Int)? = nil
            for i in beam.indices {
                score(beam[i].state)
                let base = beam[i].score
                if beam[i].correct {
                    let m = cost(beam[i].state)
                    for j in 0..<k where valid[j] {
                        let s = base + Double(scores[j])
                        let ok = costs[j] == m
                        top.offer(s, item: i, transition: j, correct: ok)
                        if ok && (bestCorrect == nil || s > bestCorrect!.score) { bestCorrect = (s, i, j) }
                    }
                } else {
                    for j in 0..<k where valid[j] { top.offer(base + Double(scores[j]), item: i, transition: j) }
                }
            }
            if var g = goldItem {
                score(g.state)
                let m = cost(g.state)
                var bj = -1
                for j in 0..<k where valid[j] && costs[j] == m && (bj < 0 || scores[j] > scores[bj]) { bj = j }
                g.score += Double(scores[bj])
                g.actions.append(bj)
                transitions.apply(bj, to: &g.state)
                goldItem = g
            }
            var next: [Item] = []
            next.reserveCapacity(width)
            var anyCorrect = false
            for c in top.entries {
                var it = beam[c.item]
                it.score = c.score
                it.actions.append(c.transition)
                it.correct = c.correct
                transitions.apply(c.transition, to: &it.state)
                next.append(it)
                anyCorrect = anyCorrect || c.correct
            }
            if goldItem == nil && !anyCorrect, let bc = bestCorrect {
                var g = beam[bc.item]
                g.score = bc.score
                g.actions.append(bc.transition)
                transitions.apply(bc.transition, to: &g.state)
                goldItem = g
            }
            beam = next
            if !beam[0].correct {
                let ref = goldItem ?? beam.first(where: { $0.correct })!
                let v = beam[0].score - ref.score
                if v > bestViolation {
                    bestViolation = v
                    violation = (beam[0].actions, ref.actions)
                }
            }
        }
        guard let (pred, goldActions) = violation else { return true }
        var ps = ParseState(count: n), gs = ParseState(count: n)
        var diverged = false
        for t in pred.indices {
            let pa = pred[t], ga = goldActions[t]
            if !diverged && pa == ga {
                transitions.apply(pa, to: &ps)
                transitions.apply(ga, to: &gs)
                continue
            }
            diverged = true
            feats.withUnsafeMutableBufferPointer { features.extract(gs, into: $0.baseAddress!) }
            perceptron.add(feats, label: ga, delta: 1)
            feats.withUnsafeMutableBufferPointer { features.extract(ps, into: $0.baseAddress!) }
            perceptron.add(feats, label: pa, delta: -1)
            transitions.apply(pa, to: &ps)
            transitions.apply(ga, to: &gs)
        }
        return beam[0].correct
    }

    /// Cost of each valid transition: the number of gold arcs it makes unreachable.
    static func costs(_ st: ParseState, gold: [Int], goldLabels: [Int], deps: [[Int]], inStack: [Bool],
                      transitions: TransitionSet, valid: [Bool], into costs: inout [Int]) {
        let n = st.n
        let L = transitions.labelCount
        let b = st.b
        let s0 = st.s0, s1 = st.s1
        if valid[0] {
            // SHIFT: b loses its dependents on the stack and any head on the stack below s0.
            var c = 0
            for d in deps[b] where inStack[d] { c += 1 }
            let h = gold[b]
            if h < n && inStack[h] && h != s0 { c += 1 }
            costs[0] = c
        }
        if s0 >= 0 {
            var depsInBuffer = 0
            for d in deps[s0] where d >= b { depsInBuffer += 1 }
            let h = gold[s0]
            // LEFT: s0 gets head b.
            let leftHead = (h != b && (h == s1 || h >= b)) ? 1 : 0
            let leftBase = depsInBuffer + leftHead
            // RIGHT: s0 gets head s1.
            let rightHead = (h != s1 && h >= b) ? 1 : 0
            let rightBase = depsInBuffer + rightHead
            let gl = goldLabels[s0]
            for l in 0..<L {
                if valid[1 + l] { costs[1 + l] = leftBase + (h == b && gl != l ? 1 : 0) }
                if valid[1 + L + l] { costs[1 + L + l] = rightBase + (h == s1 && gl != l ? 1 : 0) }
            }
        }
    }
}
