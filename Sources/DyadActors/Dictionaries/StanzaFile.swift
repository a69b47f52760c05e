import DyadCore

/// A `key: value` stanza of a dictionary file, with the line each key was on.
struct Stanza: Sendable {
    struct Field: Sendable {
        let key: String
        let value: String
        let line: Int
    }

    var fields: [Field]
    var line: Int { fields.first?.line ?? 0 }

    func value(_ key: String) -> Field? { fields.first { $0.key == key } }

    /// The `;`-separated list under `key`, trimmed, empty items dropped.
    func list(_ key: String) -> [String] {
        guard let f = value(key) else { return [] }
        return splitList(f.value)
    }
}

func splitList(_ text: String) -> [String] {
    text.split(separator: ";").map { String($0).trimmingSpacesAndTabs }.filter { !$0.isEmpty }
}

extension String {
    var trimmingSpacesAndTabs: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}

/// Line handling shared by every dictionary format: comments, escapes, numbering.
enum DictionaryLines {
    /// The lines of `text` with comments removed, numbered from 1.
    static func lines(_ text: String) -> [(number: Int, text: String)] {
        var out: [(Int, String)] = []
        var n = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            out.append((n, stripComment(String(raw))))
        }
        return out
    }

    static func stripComment(_ line: String) -> String {
        guard line.contains("#") else { return line }
        var out = ""
        var escaped = false
        for c in line {
            if escaped {
                out.append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "#" {
                break
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// Parses stanzas: `key: value` lines, stanzas separated by blank lines.
    static func stanzas(_ text: String, file: String) throws -> [Stanza] {
        var out: [Stanza] = []
        var current: [Stanza.Field] = []
        for (number, line) in lines(text) {
            let t = line.trimmingSpacesAndTabs
            if t.isEmpty {
                if !current.isEmpty { out.append(Stanza(fields: current)); current = [] }
                continue
            }
            guard let colon = t.firstIndex(of: ":") else {
                throw DyadError.badData(file: file, line: number, reason: "expected 'key: value', found '\(t.prefix(60))'")
            }
            let key = String(t[..<colon]).trimmingSpacesAndTabs.lowercased()
            let value = String(t[t.index(after: colon)...]).trimmingSpacesAndTabs
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "_" }) else {
                throw DyadError.badData(file: file, line: number, reason: "expected a key made of letters before ':', found '\(key)'")
            }
            if current.contains(where: { $0.key == key }) {
                throw DyadError.badData(file: file, line: number, reason: "key '\(key)' appears twice in one entry (entries are separated by a blank line)")
            }
            current.append(.init(key: key, value: value, line: number))
        }
        if !current.isEmpty { out.append(Stanza(fields: current)) }
        return out
    }
}
