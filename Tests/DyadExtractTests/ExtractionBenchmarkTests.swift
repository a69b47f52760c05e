import DyadExtract
import DyadTestSupport
import Foundation
import Testing

/// Runs the HTML extractor on the 181 pages of the shared article-extraction benchmark and
/// scores it as `score.py` there does (word 4-gram shingles, macro precision and recall).
@Suite struct ExtractionBenchmarkTests {
    /// F1 measured with `dyad extract --benchmark` and score.py (0.967), less 0.01.
    static let baselineF1 = 0.957

    @Test(.enabled(if: SharedData.available, Comment(rawValue: SharedData.skipReason)))
    func scoresAtLeastTheBaselineOnTheSharedPages() throws {
        let root = SharedData.url("eval/article-extraction")
        let truthData = try Data(contentsOf: root.appendingPathComponent("ground-truth.json"))
        let truth = try #require(try JSONSerialization.jsonObject(with: truthData) as? [String: [String: Any]])
        let extractor = HTMLExtractor()
        var counts: [(tp: Double, fp: Double, fn: Double)] = []
        for (id, item) in truth {
            let page = try Data(contentsOf: root.appendingPathComponent("html/\(id).html.gz"))
            let predicted = (try? extractor.bodyText(from: try Gzip.decompress(page, limit: 64 << 20), name: id)) ?? ""
            counts.append(ShingleScore.counts(truth: item["articleBody"] as? String ?? "", predicted: predicted))
        }
        let f1 = ShingleScore.f1(counts)
        #expect(counts.count == 181)
        #expect(f1 >= Self.baselineF1, "F1 \(f1) is below the baseline \(Self.baselineF1)")
    }

    @Test func scorerMatchesHandComputedValues() {
        // Identical texts: perfect. Disjoint: zero. Tokens are runs of letters, digits and "_".
        let same = ShingleScore.counts(truth: "one two three four five", predicted: "one, two; three four five!")
        #expect(same.fp == 0 && same.fn == 0)
        let half = ShingleScore.counts(truth: "a b c d e", predicted: "a b c d x")
        // Truth shingles {abcd, bcde}, predicted {abcd, bcdx}: tp 1, fp 1, fn 1, each divided by 3.
        #expect(abs(half.tp - 1.0 / 3) < 1e-9 && abs(half.fp - 1.0 / 3) < 1e-9)
        #expect(ShingleScore.tokens("Café ½ co-op x\u{301}y") == ["Café", "½", "co", "op", "x", "y"])
        #expect(abs(ShingleScore.f1([same, half]) - 0.75) < 1e-9)
    }
}

/// The benchmark's metric (SCORING.md beside the data): multisets of word 4-grams per page,
/// counts normalised per page, precision over non-empty predictions, recall over all pages.
enum ShingleScore {
    static func isWord(_ s: Unicode.Scalar) -> Bool {
        if s == "_" { return true }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var cur = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isWord(s) { cur.append(s) } else if !cur.isEmpty { out.append(String(cur)); cur = String.UnicodeScalarView() }
        }
        if !cur.isEmpty { out.append(String(cur)) }
        return out
    }

    static func shingles(_ text: String) -> [String: Int] {
        let t = tokens(text)
        if t.isEmpty { return [:] }
        if t.count < 4 { return [t.joined(separator: "\u{1}"): 1] }
        var d: [String: Int] = [:]
        for i in 0...(t.count - 4) { d[t[i..<(i + 4)].joined(separator: "\u{1}"), default: 0] += 1 }
        return d
    }

    static func counts(truth: String, predicted: String) -> (tp: Double, fp: Double, fn: Double) {
        let t = shingles(truth), p = shingles(predicted)
        var tp = 0, fp = 0, fn = 0
        for (k, ct) in t {
            let cp = p[k] ?? 0
            tp += min(ct, cp)
            fn += max(0, ct - cp)
        }
        for (k, cp) in p { fp += max(0, cp - (t[k] ?? 0)) }
        let total = Double(tp + fp + fn)
        guard total > 0 else { return (0, 0, 0) }
        return (Double(tp) / total, Double(fp) / total, Double(fn) / total)
    }

    static func f1(_ counts: [(tp: Double, fp: Double, fn: Double)]) -> Double {
        func precision(_ c: (tp: Double, fp: Double, fn: Double)) -> Double {
            if c.fp == 0 && c.fn == 0 { return 1 }
            if c.tp == 0 && c.fp == 0 { return 0 }
            return c.tp / (c.tp + c.fp)
        }
        func recall(_ c: (tp: Double, fp: Double, fn: Double)) -> Double {
            if c.fp == 0 && c.fn == 0 { return 1 }
            if c.tp == 0 && c.fn == 0 { return 0 }
            return c.tp / (c.tp + c.fn)
        }
        let ps = counts.filter { $0.tp + $0.fp > 0 }.map(precision)
        let rs = counts.filter { $0.tp + $0.fn > 0 }.map(recall)
        let p = ps.isEmpty ? 0 : ps.reduce(0, +) / Double(ps.count)
        let r = rs.isEmpty ? 0 : rs.reduce(0, +) / Double(rs.count)
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }
}
