import DyadCore

/// Writes analysed sentences as CoNLL-U.
public enum CoNLLUWriter {
    /// One sentence as CoNLL-U lines, ending with the blank line. `id` becomes `# sent_id`.
    public static func format(_ sentence: Sentence, id: String? = nil) -> String {
        var out = ""
        if let id { out += "# sent_id = \(id)\n" }
        out += "# text = \(sentence.text.replacingNewlines())\n"
        for (i, t) in sentence.tokens.enumerated() {
            let head = t.head.map { String($0 + 1) } ?? "_"
            let misc = t.spaceAfter || i == sentence.tokens.count - 1 ? "_" : "SpaceAfter=No"
            let cols = [String(i + 1), t.text.isEmpty ? "_" : t.text, t.lemma ?? "_", t.upos ?? "_", t.xpos ?? "_",
                        "_", head, t.deprel ?? "_", "_", misc]
            out += cols.map { $0.replacingTabs() }.joined(separator: "\t")
            out += "\n"
        }
        out += "\n"
        return out
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
    }

    fileprivate func replacingTabs() -> String {
        String(map { $0 == "\t" || $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }
}
