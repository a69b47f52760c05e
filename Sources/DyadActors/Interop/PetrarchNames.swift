/// Turns PETRARCH's capitalised, underscore-joined names (`PRESIDENT_GEORGE_W._BUSH`,
/// `AL-QAEDA`) into the written forms dyad's matcher expects (`President George W. Bush`,
/// `Al-Qaeda`).
///
/// dyad matches a phrase written in capitals of two or more letters only as written, so each
/// word is title-cased unless it looks like a genuine acronym: it holds a period (`U.S.`,
/// `K.U.`), has no vowel (`PKK`, `BBC`), or has two letters not shaped consonant-vowel and is not a
/// common short word (`US`, `UN`, `EU`, but `Xi`, `Li`, `De`); `of`, `the`, `and`, `for` inside
/// a name are written small. Words that already have small letters are kept.
public enum PetrarchNames {
    /// The written form of a name, or nil when it has no words.
    public static func writtenForm(_ raw: String) -> String? {
        let words = raw.replacing("_", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return nil }
        return words.enumerated().map { i, w in
            i > 0 && connectives.contains(w) ? w.lowercased() : word(w)
        }.joined(separator: " ")
    }

    /// Small words inside a name, written in small letters (`State of Israel`).
    static let connectives: Set<String> = ["OF", "THE", "AND", "FOR"]
    /// Two-letter words that are words, not acronyms.
    static let twoLetterWords: Set<String> = [
        "OF", "AL", "EL", "DE", "DI", "DA", "DU", "DO", "LA", "LE", "IN", "ON", "AT", "TO", "BY", "OR",
        "AN", "AS", "IS", "IT", "EN", "ET", "UP",
    ]

    static let vowels: Set<Character> = ["A", "E", "I", "O", "U", "Y"]

    static func word(_ w: String) -> String {
        let letters = w.filter(\.isLetter)
        guard !letters.isEmpty, !letters.contains(where: \.isLowercase) else { return w }
        if w.contains(".") { return w }
        if letters.count >= 2 && !letters.contains(where: { vowels.contains($0) }) { return w }
        if letters.count == 2, w.count == 2, !twoLetterWords.contains(w) {
            let a = letters.first!, b = letters.last!
            if vowels.contains(a) || !vowels.contains(b) { return w }
        }
        var out = ""
        var startOfPart = true
        for c in w {
            out += startOfPart ? c.uppercased() : c.lowercased()
            startOfPart = c == "-" || c == "'" || c == "\u{2019}"
        }
        return out
    }
}
