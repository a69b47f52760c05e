import DyadTestSupport
import Foundation
import Testing
@testable import DyadText

/// Whether `heads` (0-based, -1 the root) is a tree with one root and no crossing arcs.
private func isProjectiveTree(_ heads: [Int]) -> Bool {
    let n = heads.count
    guard heads.filter({ $0 == -1 }).count == 1 else { return false }
    for d in 0..<n {
        // Every word reaches the root without a cycle.
        var x = d, steps = 0
        while x != -1 {
            x = heads[x]
            steps += 1
            if steps > n { return false }
        }
    }
    // With the root at position -1, arcs (h, d) must not cross.
    let arcs = (0..<n).map { (min($0, heads[$0]), max($0, heads[$0])) }
    for (a, b) in arcs {
        for (c, e) in arcs where a < c && c < b && b < e { return false }
    }
    return true
}

/// Every head assignment of `n` words, as 0-based heads with -1 for the root.
private func allHeadAssignments(_ n: Int) -> [[Int]] {
    var out: [[Int]] = [[]]
    for d in 0..<n {
        out = out.flatMap { prefix in (-1..<n).filter { $0 != d }.map { prefix + [$0] } }
    }
    return out
}

@Test(arguments: [1, 2, 3, 4, 5])
func eisnerFindsTheBestProjectiveTree(n: Int) {
    var rng = SplitMix64(seed: UInt64(n))
    let trees = allHeadAssignments(n).filter(isProjectiveTree)
    for _ in 0..<20 {
        let m = n + 1
        let score = (0..<(m * m)).map { _ in Float(rng.nextUnit() * 10 - 5) }
        func total(_ heads: [Int]) -> Float { (0..<n).reduce(0) { $0 + score[(heads[$1] + 1) * m + $1 + 1] } }
        let best = trees.map(total).max()!
        let heads = ParserCombination.eisner(score, count: n)
        #expect(isProjectiveTree(heads))
        #expect(abs(total(heads) - best) < 1e-4, "Eisner \(total(heads)), best \(best)")
    }
}

@Test func combinationFollowsTheMajorityAndAlwaysGivesATree() {
    // Three parsers disagree on the heads of words 2 and 3; the arcs with two votes win.
    let a = ParserCombination.Tree(heads: [1, -1, 1, 2], labels: [1, 0, 2, 3], margins: [1, 1, 1, 1])
    let b = ParserCombination.Tree(heads: [1, -1, 3, 1], labels: [4, 0, 2, 6], margins: [1, 1, 1, 1])
    let c = ParserCombination.Tree(heads: [1, -1, 3, 1], labels: [4, 0, 5, 6], margins: [1, 1, 1, 1])
    let r = ParserCombination().combine([a, b, c])
    #expect(r.heads == [1, -1, 3, 1])
    // Relations are voted among the parsers choosing the arc; a tie goes to the earlier parser.
    #expect(r.labels == [4, 0, 2, 6])
    // Two parsers: ties go to the first, unless weights say otherwise.
    #expect(ParserCombination().combine([a, c]).heads == a.heads)
    #expect(ParserCombination(weights: [1, 1.5]).combine([a, c]).heads == c.heads)
    // Confidence: with most of a vote resting on the margin, a confident parser wins.
    let unsure = ParserCombination.Tree(heads: a.heads, labels: a.labels, margins: [1, 1, 0.01, 0.01])
    let sure = ParserCombination.Tree(heads: c.heads, labels: c.labels, margins: [5, 5, 5, 5])
    #expect(ParserCombination().combine([unsure, sure]).heads == a.heads)
    #expect(ParserCombination(confidence: 0.9, scale: 1).combine([unsure, sure]).heads == c.heads)
    // Arcs that together would form a cycle still yield a tree.
    let x = ParserCombination.Tree(heads: [1, 2, -1], labels: [1, 1, 0], margins: [1, 1, 1])
    let y = ParserCombination.Tree(heads: [-1, 0, 1], labels: [0, 1, 1], margins: [1, 1, 1])
    #expect(isProjectiveTree(ParserCombination(weights: [1, 1]).combine([x, y]).heads))
}

@Test func reversingASentenceTwiceGivesItBack() {
    let e = ParserTrainer.Example(words: ["a", "b", "c", "d"], upos: ["A", "B", "C", "D"], xpos: ["a", "b", "c", "d"],
                                  heads: [1, -1, 3, 1], relations: ["x", "root", "y", "z"])
    let r = e.reversed
    #expect(r.words == ["d", "c", "b", "a"])
    // "b" (now at 2) is the root; "a" (now at 3) depends on it; "d" (now at 0) too; "c" (1) on "d".
    #expect(r.heads == [2, 0, -1, 2])
    #expect(r.relations == ["z", "y", "root", "x"])
    let back = r.reversed
    #expect(back.words == e.words && back.upos == e.upos && back.xpos == e.xpos)
    #expect(back.heads == e.heads && back.relations == e.relations)
}

@Test func aCombinationFileSetsWeightsConfidenceAndScale() throws {
    let defaults = ParserCombination(confidence: 1, scale: 3)
    let c = try ParserCombination(parsing: "# six parsers\nweights 1 1 1 1 1.3 1.3  # rtl last\n\nscale 2.5\n",
                                  file: "combination.txt", parsers: 6, defaults: defaults)
    #expect(c.weights == [1, 1, 1, 1, 1.3, 1.3])
    #expect(c.confidence == 1 && c.scale == 2.5)
    let none = try ParserCombination(parsing: "", file: "combination.txt", parsers: 1, defaults: defaults)
    #expect(none.weights.isEmpty && none.confidence == 1 && none.scale == 3)
}

@Test(arguments: [
    ("scale 3\nweights 1 x", "combination.txt:2: 'x' is not a number"),
    ("weights 1 1 1", "combination.txt:1: 3 weights for 2 parsers"),
    ("confidence 1.5", "combination.txt:1: confidence takes one number from 0 to 1"),
    ("\nscale 0", "combination.txt:2: scale takes one number above 0"),
    ("beam 8", "combination.txt:1: unknown setting 'beam' (known: weights, confidence, scale)"),
])
func aBadCombinationFileNamesTheLine(_ text: String, _ message: String) {
    #expect {
        _ = try ParserCombination(parsing: text, file: "combination.txt", parsers: 2, defaults: ParserCombination())
    } throws: { "\($0)".contains(message) }
}

@Test func aModelFolderReadsItsCombinationFile() throws {
    let shipped = try #require(SyntacticAnalyzer.shippedModelsURL)
    let scratch = try ScratchDirectory(prefix: "dyad-combination")
    defer { scratch.remove() }
    let folder = scratch.url
    for f in [SyntacticAnalyzer.taggerFile, SyntacticAnalyzer.lemmatizerFile, SyntacticAnalyzer.parserFile] {
        try FileManager.default.copyItem(at: shipped.appendingPathComponent(f), to: folder.appendingPathComponent(f))
    }
    try "weights 0.5\nconfidence 0\n".write(to: folder.appendingPathComponent(ParserCombination.fileName), atomically: true, encoding: .utf8)
    let analyzer = try SyntacticAnalyzer(modelsIn: folder)
    #expect(analyzer.combination.weights == [0.5] && analyzer.combination.confidence == 0)
    try "weights 1 1\n".write(to: folder.appendingPathComponent(ParserCombination.fileName), atomically: true, encoding: .utf8)
    #expect { _ = try SyntacticAnalyzer(modelsIn: folder) } throws: { "\($0)".contains("2 weights for 1 parsers") }
}
