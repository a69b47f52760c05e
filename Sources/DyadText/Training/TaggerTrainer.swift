import DyadCore
import Foundation

/// Trains a `Tagger` from CoNLL-U sentences.
public struct TaggerTrainer: Sendable {
    public struct Options: Sendable {
        public var epochs = 10
        public var seed: UInt64 = 1
        /// Tag-dictionary entries: words seen at least this often...
        public var dictionaryMinCount = 20
        /// ...with the same tag at least this share of the time.
        public var dictionaryMinShare = 0.97
        /// Averaged weights with a smaller magnitude are dropped from the model.
        public var pruneThreshold: Float = 0.001

        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Per-epoch report.
    public struct EpochReport: Sendable {
        public var epoch: Int
        public var trainAccuracy: Double
        public var devUPOS: Double?
        public var devXPOS: Double?
        public var features: Int
    }

    /// Trains on `train`, scoring each epoch on `dev`; returns the epoch with the best dev UPOS
    /// (or the last epoch without dev).
    public func train(_ train: [CoNLLUSentence], dev: [CoNLLUSentence] = [],
                      progress: (EpochReport) -> Void = { _ in }) -> Tagger {
        let classes = TagClasses(train)
        return trainTagger(train, classes: classes, dev: dev, progress: progress)
    }

    func trainTagger(_ train: [CoNLLUSentence], classes: TagClasses, dev: [CoNLLUSentence],
                     progress: (EpochReport) -> Void) -> Tagger {
        var scratch: [UInt32] = []
        let data: [(atoms: [WordAtoms], gold: [Int])] = train.map { s in
            (Tagger.atoms(s.words.map(\.form), scratch: &scratch), s.words.map { classes.index($0) ?? -1 })
        }
        let dictionary = buildDictionary(train, classes: classes)

        let devData: [(atoms: [WordAtoms], gold: [Int], upos: [String], xpos: [String])] = dev.map { s in
            (Tagger.atoms(s.words.map(\.form), scratch: &scratch), [], s.words.map(\.upos), s.words.map(\.xpos))
        }
        var perceptron = PerceptronTrainer(classCount: classes.upos.count)
        var rng = SplitMix64(seed: options.seed)
        var order = Array(data.indices)
        var best: (score: Double, tagger: Tagger)? = nil
        var feats = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var scores = [Float](repeating: 0, count: classes.upos.count)
        for epoch in 1...max(1, options.epochs) {
            rng.shuffle(&order)
            var correct = 0, total = 0
            for si in order {
                let (atoms, gold) = data[si]
                var p1 = -1, p2 = -1
                atoms.withUnsafeBufferPointer { a in
                    for i in 0..<gold.count {
                        var guess: Int
                        if let known = dictionary.value(for: a[i + 2].form) {
                            guess = Int(known)
                        } else {
                            feats.withUnsafeMutableBufferPointer { f in
                                TaggerFeatures.extract(i, a, p1: p1, p2: p2, into: f.baseAddress!)
                            }
                            for j in scores.indices { scores[j] = 0 }
                            perceptron.addScores(feats, into: &scores)
                            guess = 0
                            for j in 1..<scores.count where scores[j] > scores[guess] { guess = j }
                            if gold[i] >= 0 && guess != gold[i] {
                                perceptron.update(feats, truth: gold[i], guess: guess)
                            }
                            perceptron.tick()
                        }
                        if guess == gold[i] { correct += 1 }
                        total += 1
                        p2 = p1
                        p1 = guess
                    }
                }
            }
            let tagger = Tagger(upos: classes.upos, xpos: classes.xpos,
                                model: perceptron.averaged(threshold: options.pruneThreshold),
                                tagDictionary: dictionary)
            var report = EpochReport(epoch: epoch, trainAccuracy: Double(correct) / Double(max(1, total)),
                                     devUPOS: nil, devXPOS: nil, features: tagger.model.featureCount)
            if !devData.isEmpty {
                var u = 0, x = 0, n = 0
                for d in devData {
                    let pred = tagger.tag(atoms: d.atoms)
                    for (i, c) in pred.enumerated() {
                        if classes.upos[c] == d.upos[i] { u += 1 }
                        if classes.xpos[c] == d.xpos[i] { x += 1 }
                        n += 1
                    }
                }
                report.devUPOS = Double(u) / Double(max(1, n))
                report.devXPOS = Double(x) / Double(max(1, n))
            }
            progress(report)
            let score = report.devUPOS ?? Double(epoch)
            if best == nil || score > best!.score { best = (score, tagger) }
        }
        return best!.tagger
    }

    private func buildDictionary(_ train: [CoNLLUSentence], classes: TagClasses) -> FeatureTable {
        var counts: [String: [Int: Int]] = [:]
        for s in train {
            for w in s.words {
                guard let c = classes.index(w) else { continue }
                counts[w.form, default: [:]][c, default: 0] += 1
            }
        }
        var table = FeatureTable()
        for form in counts.keys.sorted() {
            let byClass = counts[form]!
            let total = byClass.values.reduce(0, +)
            guard total >= options.dictionaryMinCount else { continue }
            let (c, n) = byClass.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!
            if Double(n) / Double(total) >= options.dictionaryMinShare {
                table.set(UInt64(c), for: FeatureHash.string(form))
            }
        }
        return table
    }

    /// Tags each training sentence with a tagger trained on the other folds ("jackknifing"), so
    /// the parser trains on tags as noisy as it will see. Returns class indices per sentence.
    func jackknife(_ train: [CoNLLUSentence], folds: Int, classes: TagClasses,
                   progress: (String) -> Void) -> [[Int]] {
        var result = [[Int]](repeating: [], count: train.count)
        var quiet = self
        quiet.options.epochs = options.epochs
        for k in 0..<folds {
            var rest: [CoNLLUSentence] = []
            var held: [Int] = []
            for (i, s) in train.enumerated() {
                if i % folds == k { held.append(i) } else { rest.append(s) }
            }
            let tagger = quiet.trainTagger(rest, classes: classes, dev: [], progress: { _ in })
            var correct = 0, total = 0
            for i in held {
                let pred = tagger.tag(train[i].words.map(\.form))
                result[i] = pred
                for (j, c) in pred.enumerated() {
                    if classes.upos[c] == train[i].words[j].upos { correct += 1 }
                    total += 1
                }
            }
            progress("jackknife fold \(k + 1)/\(folds): UPOS \(percent(Double(correct) / Double(max(1, total))))")
        }
        return result
    }
}

/// The (UPOS, XPOS) pairs seen in training, most frequent first.
struct TagClasses {
    let upos: [String]
    let xpos: [String]
    private let byPair: [String: Int]

    init(_ sentences: [CoNLLUSentence]) {
        var counts: [String: Int] = [:]
        for s in sentences { for w in s.words { counts[w.upos + "\t" + w.xpos, default: 0] += 1 } }
        let pairs = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        let limited = Array(pairs.prefix(255))
        var by: [String: Int] = [:]
        var u: [String] = [], x: [String] = []
        for (i, p) in limited.enumerated() {
            by[p] = i
            let parts = p.split(separator: "\t", omittingEmptySubsequences: false)
            u.append(String(parts[0]))
            x.append(String(parts[1]))
        }
        upos = u
        xpos = x
        byPair = by
    }

    init(upos: [String], xpos: [String]) {
        self.upos = upos
        self.xpos = xpos
        var by: [String: Int] = [:]
        for i in upos.indices { by[upos[i] + "\t" + xpos[i]] = i }
        byPair = by
    }

    func index(_ w: CoNLLUWord) -> Int? { byPair[w.upos + "\t" + w.xpos] }
}

func percent(_ x: Double) -> String {
    String(format: "%.2f", x * 100)
}
