import DyadCore
import Foundation

/// Scores the coder on a gold suite in JSON Lines (`id`, `date`, `text`, `expected`:
/// `[{"source","target","code"}]`, optional `flags`), with the metric of the PETRARCH
/// validation suites: per record, predicted and expected (source, target, code) sets; exact and
/// root-level (code cut to two digits) precision, recall and F1, and records fully correct.
/// Records flagged `valid: false`, `in_include_list: false` or `has_gold: false` are skipped.
/// PLOVER gold records (`source_cameo_style`, `target_cameo_style` and the record's `cameo`
/// code) are read as the triples of those lists; those without a code or a target are skipped.
public struct SuiteEvaluator: Sendable {
    public struct Triple: Sendable, Hashable, Comparable, CustomStringConvertible {
        public let source: String
        public let target: String
        public let code: String

        public var root: Triple { Triple(source: source, target: target, code: String(code.prefix(2))) }
        public var description: String { "\(source) \(target) \(code)" }
        public static func < (a: Triple, b: Triple) -> Bool { (a.source, a.target, a.code) < (b.source, b.target, b.code) }
    }

    public struct Record: Sendable {
        public let id: String
        public let date: String?
        public let text: String
        public let expected: Set<Triple>
        public let scored: Bool
    }

    public struct RecordResult: Sendable {
        public let record: Record
        public let predicted: Set<Triple>
        public var correct: Bool { predicted == record.expected }
    }

    public struct Counts: Sendable {
        public var truePositives = 0
        public var predicted = 0
        public var expected = 0

        public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
        public var recall: Double { expected == 0 ? 0 : Double(truePositives) / Double(expected) }
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    public struct Report: Sendable {
        public var exact = Counts()
        public var root = Counts()
        public var correct = 0
        public var scored = 0
        public var skipped = 0
        public var results: [RecordResult] = []

        /// `F1 <exact> root-F1 <root> P <p> R <r> correct <n>/<m>`.
        public var summaryLine: String {
            func f(_ v: Double) -> String { String(format: "%.3f", v) }
            return "F1 \(f(exact.f1)) root-F1 \(f(root.f1)) P \(f(exact.precision)) R \(f(exact.recall)) correct \(correct)/\(scored)"
        }
    }

    public let coder: EventCoder

    public init(coder: EventCoder) {
        self.coder = coder
    }

    /// Reads a suite file; a malformed line is an error naming the line.
    public static func records(fromJSONL text: String, file: String) throws -> [Record] {
        var out: [Record] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == " " || $0 == "\r" }) { continue }
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw DyadError.badData(file: file, line: n + 1, reason: "not a JSON object")
            }
            guard let id = obj["id"] as? String, let text = obj["text"] as? String else {
                throw DyadError.badData(file: file, line: n + 1, reason: "a record needs \"id\" and \"text\"")
            }
            let flags = obj["flags"] as? [String: Any] ?? [:]
            var expected = Set<Triple>()
            var codable = true
            for e in obj["expected"] as? [[String: Any]] ?? [] {
                if let s = e["source"] as? String, let t = e["target"] as? String, let c = e["code"] as? String {
                    expected.insert(Triple(source: s, target: t, code: c))
                } else if let sources = e["source_cameo_style"] as? [String], let targets = e["target_cameo_style"] as? [String] {
                    // A PLOVER gold record: actor lists and the record's CAMEO code; a record
                    // without a CAMEO code or a target (unless reciprocal) is not scored.
                    let reciprocal = (flags["reciprocal"] as? Bool) == true
                    let others = targets.isEmpty && reciprocal ? sources : targets
                    guard let code = obj["cameo"] as? String, !others.isEmpty else { codable = false; continue }
                    for s in sources { for t in others where s != t { expected.insert(Triple(source: s, target: t, code: code)) } }
                } else {
                    throw DyadError.badData(file: file, line: n + 1, reason: "an expected event needs source, target and code")
                }
            }
            let scored = codable && (flags["valid"] as? Bool) != false && (flags["in_include_list"] as? Bool) != false
                && (flags["has_gold"] as? Bool) != false
            out.append(Record(id: id, date: obj["date"] as? String, text: text, expected: expected, scored: scored))
        }
        return out
    }

    /// The (source, target, code) triples the coder finds in one record.
    public func predict(_ record: Record) -> Set<Triple> {
        let article = Article(id: record.id, published: record.date, body: [record.text], sourceFormat: "suite")
        var out = Set<Triple>()
        for e in coder.code(article).events {
            guard let target = e.target else { continue }
            out.insert(Triple(source: e.source.code, target: target.code, code: e.cameo))
        }
        return out
    }

    public func evaluate(_ records: [Record]) -> Report {
        var report = Report()
        let predictions = records.map { $0.scored ? predict($0) : [] }
        for (record, predicted) in zip(records, predictions) {
            guard record.scored else { report.skipped += 1; continue }
            report.scored += 1
            report.exact.predicted += predicted.count
            report.exact.expected += record.expected.count
            report.exact.truePositives += predicted.intersection(record.expected).count
            let pr = Set(predicted.map(\.root)), er = Set(record.expected.map(\.root))
            report.root.predicted += pr.count
            report.root.expected += er.count
            report.root.truePositives += pr.intersection(er).count
            let r = RecordResult(record: record, predicted: predicted)
            if r.correct { report.correct += 1 }
            report.results.append(r)
        }
        return report
    }
}
