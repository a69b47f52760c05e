import DyadCore
import Foundation

/// Reads CoNLL-U (https://universaldependencies.org/format.html).
///
/// Multiword token lines (`1-2`) are kept as `CoNLLUMultiword`s; empty nodes (`1.1`) are
/// skipped. Malformed input (wrong column count, bad IDs, heads out of range, cycles) throws
/// `DyadError.badData` with the file name and line.
///
/// ```swift
/// let sentences = try CoNLLUReader.read(contentsOf: url)
/// ```
public enum CoNLLUReader {
    /// Reads and parses a file.
    public static func read(contentsOf url: URL) throws -> [CoNLLUSentence] {
        try parse(TextFile.read(url), file: url.path)
    }

    /// Parses CoNLL-U text; `file` names the input in errors.
    public static func parse(_ text: String, file: String = "<input>") throws -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var comments: [String] = []
        var words: [CoNLLUWord] = []
        var multiwords: [CoNLLUMultiword] = []
        var startLine = 0
        var lineNumber = 0

        func bad(_ line: Int, _ reason: String) -> DyadError {
            .badData(file: file, line: line, reason: reason)
        }

        func finish() throws {
            defer { comments = []; words = []; multiwords = []; startLine = 0 }
            if words.isEmpty {
                if let m = multiwords.first {
                    throw bad(startLine, "multiword token \(m.first)-\(m.last) with no words")
                }
                return
            }
            let n = words.count
            for w in words {
                if let h = w.head, h > n {
                    throw bad(w.line, "head \(h) is outside the sentence (it has \(n) words)")
                }
            }
            for m in multiwords where m.last > n {
                throw bad(startLine, "multiword token \(m.first)-\(m.last) goes past the last word \(n)")
            }
            // Cycle check: following heads from any word must reach the root within n steps.
            var state = [UInt8](repeating: 0, count: n + 1)  // 0 unknown, 1 visiting, 2 reaches root
            for start in 1...n where state[start] == 0 {
                var path: [Int] = []
                var cur = start
                while true {
                    guard let h = words[cur - 1].head else { break }  // unannotated: nothing to check
                    if state[cur] == 2 { break }
                    if state[cur] == 1 {
                        let cycle = path.drop(while: { $0 != cur })
                        let ids = cycle.map(String.init).joined(separator: " -> ")
                        throw bad(words[cur - 1].line, "the heads form a cycle: \(ids) -> \(cur)")
                    }
                    state[cur] = 1
                    path.append(cur)
                    if h == 0 { break }
                    cur = h
                }
                for p in path { state[p] = 2 }
            }
            sentences.append(CoNLLUSentence(comments: comments, words: words, multiwords: multiwords, line: startLine))
        }

        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        for raw in lines {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                try finish()
                continue
            }
            if startLine == 0 { startLine = lineNumber }
            if line.hasPrefix("#") {
                if !words.isEmpty {
                    throw bad(lineNumber, "comment inside a sentence (comments must come before its first word)")
                }
                comments.append(String(line))
                continue
            }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count == 10 else {
                throw bad(lineNumber, "expected 10 tab-separated columns, found \(cols.count)")
            }
            let id = cols[0]
            if id.contains(".") {
                continue  // empty node of the enhanced graph: not a syntactic word
            }
            if let dash = id.firstIndex(of: "-") {
                guard let a = Int(id[..<dash]), let b = Int(id[id.index(after: dash)...]), a >= 1, b > a else {
                    throw bad(lineNumber, "bad multiword token range '\(id)' (expected 'first-last', e.g. '3-4')")
                }
                guard a == words.count + 1 else {
                    throw bad(lineNumber, "multiword token \(id) should start at word \(words.count + 1)")
                }
                multiwords.append(CoNLLUMultiword(first: a, last: b, form: String(cols[1]), misc: String(cols[9])))
                continue
            }
            guard let n = Int(id), n >= 1 else {
                throw bad(lineNumber, "bad word ID '\(id)' (expected a positive integer, a range '1-2' or an empty node '1.1')")
            }
            guard n == words.count + 1 else {
                throw bad(lineNumber, "word ID \(n) out of sequence (expected \(words.count + 1))")
            }
            var head: Int? = nil
            if cols[6] != "_" {
                guard let h = Int(cols[6]), h >= 0 else {
                    throw bad(lineNumber, "bad head '\(cols[6])' (expected 0 for the root or a word ID)")
                }
                if h == n { throw bad(lineNumber, "word \(n) is its own head") }
                head = h
            }
            words.append(CoNLLUWord(form: String(cols[1]), lemma: String(cols[2]), upos: String(cols[3]),
                                    xpos: String(cols[4]), feats: String(cols[5]), head: head,
                                    deprel: String(cols[7]), deps: String(cols[8]), misc: String(cols[9]),
                                    line: lineNumber))
        }
        try finish()
        return sentences
    }
}
