import Testing
import Foundation

/// Paths to the shared UD data, found relative to the package root (`../shared/...`).
enum SharedData {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let ewt = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/data/ud/en_ewt", isDirectory: true)
    static let ewtTrain = ewt.appendingPathComponent("en_ewt-ud-train.conllu")
    static let ewtDev = ewt.appendingPathComponent("en_ewt-ud-dev.conllu")
    static var available: Bool { FileManager.default.fileExists(atPath: ewtTrain.path) }
    static let skipReason: Comment = "UD English-EWT not found at ../shared/data/ud/en_ewt (relative to the package root)"
}

/// The first `count` sentences of a CoNLL-U file, read without parsing the rest.
func leadingSentences(_ url: URL, count: Int) throws -> String {
    let text = try String(contentsOf: url, encoding: .utf8)
    var out = ""
    var seen = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        out += line + "\n"
        if line.isEmpty {
            seen += 1
            if seen == count { break }
        }
    }
    return out
}
