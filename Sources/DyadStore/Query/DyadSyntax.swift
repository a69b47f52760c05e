/// How a dyad is written in filters (`dyad query --dyad`, the API's `dyad=`): `SOURCE-TARGET`
/// or `SOURCE,TARGET`.
///
/// Actor codes may start with dashes (`---CVL`, civilians of an unknown country), never have
/// one after a letter or digit; so in `SOURCE-TARGET` the separator is the first dash that
/// follows another character than a dash: `---CVL-USA` and `USA----CVL` each name one dyad.
/// `SOURCE,TARGET` always works.
public enum DyadSyntax {
    /// Source and target of a written dyad, or nil when it is not one.
    public static func parse(_ text: String) -> (source: String, target: String)? {
        let chars = Array(text)
        let parts: [String]
        if chars.contains(",") {
            parts = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        } else {
            guard let i = separator(chars) else { return nil }
            parts = [String(chars[..<i]), String(chars[(i + 1)...])]
            // A second separator would make three codes.
            if separator(Array(parts[1])) != nil { return nil }
        }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return (parts[0], parts[1])
    }

    /// The dyad written so that ``parse(_:)`` gives it back: `A-B` when that is unambiguous, else `A,B`.
    public static func format(source: String, target: String) -> String {
        let dashed = source + "-" + target
        if let back = parse(dashed), back.source == source, back.target == target { return dashed }
        return source + "," + target
    }

    /// The index of the first dash after a character other than a dash.
    private static func separator(_ chars: [Character]) -> Int? {
        chars.indices.first { $0 > 0 && chars[$0] == "-" && chars[$0 - 1] != "-" }
    }
}
