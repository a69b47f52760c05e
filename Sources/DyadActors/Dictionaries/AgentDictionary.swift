import DyadCore
import Foundation

/// Role words and phrases ("president", "foreign minister", "troops") and their role codes,
/// loaded from `*.agents` files (see docs/dictionaries.md).
public struct AgentDictionary: Sendable, TextDictionary {
    public static let fileExtension = "agents"
    public struct Agent: Sendable, Hashable {
        public let phrase: String
        public let role: String
        public let origin: String
    }

    /// Agents by phrase, including generated plurals.
    public private(set) var agents: [String: Agent] = [:]
    private var written: Set<String> = []

    public init() {}

    public mutating func load(parsing text: String, file: String) throws {
        for (number, raw) in DictionaryLines.lines(text) {
            let line = raw.trimmingSpacesAndTabs
            if line.isEmpty { continue }
            guard let eq = line.firstIndex(of: "=") else {
                throw DyadError.badData(file: file, line: number, reason: "expected 'phrase = ROLE', found '\(line.prefix(60))'")
            }
            let phrase = String(line[..<eq]).trimmingSpacesAndTabs.lowercased()
            let role = String(line[line.index(after: eq)...]).trimmingSpacesAndTabs
            guard !phrase.isEmpty else {
                throw DyadError.badData(file: file, line: number, reason: "missing phrase before '='")
            }
            guard Self.isRoleCode(role) else {
                throw DyadError.badData(file: file, line: number, reason: "'\(role)' is not a role code (capital letters, e.g. GOV, MIL, REB)")
            }
            insert(phrase: phrase, role: role, origin: "\(file):\(number)", plurals: nil)
        }
    }

    /// Adds an agent; `plurals` nil adds the regular plural (unless written elsewhere), a list
    /// adds exactly those forms.
    mutating func insert(phrase: String, role: String, origin: String, plurals: [String]?) {
        agents[phrase] = Agent(phrase: phrase, role: role, origin: origin)
        written.insert(phrase)
        if let plurals {
            for p in plurals {
                agents[p] = Agent(phrase: p, role: role, origin: origin)
                written.insert(p)
            }
        } else {
            let plural = Self.plural(of: phrase)
            if !written.contains(plural) {
                agents[plural] = Agent(phrase: plural, role: role, origin: origin)
            }
        }
    }

    /// Whether `role` is a role code dyad accepts (2 to 6 capital letters).
    /// A role code: 2 to 6 capital letters, with a final `~` for a role written before the
    /// country (`NGO~`: "MSF Arnor" is `NGOARN`).
    static func isRoleCode(_ role: String) -> Bool {
        let letters = role.hasSuffix("~") ? role.dropLast() : Substring(role)
        return (2...6).contains(letters.count) && letters.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// Whether a role goes before the country code (`NGO~`).
    public static func isPrefixRole(_ role: String?) -> Bool { role?.hasSuffix("~") == true }

    /// The regular plural of the phrase's last word.
    static func plural(of phrase: String) -> String {
        var words = phrase.split(separator: " ").map(String.init)
        guard let last = words.last else { return phrase }
        let p: String
        if last.hasSuffix("s") || last.hasSuffix("x") || last.hasSuffix("ch") || last.hasSuffix("sh") || last.hasSuffix("z") {
            p = last.hasSuffix("ss") || !last.hasSuffix("s") ? last + "es" : last
        } else if last.hasSuffix("y"), let before = last.dropLast().last, !"aeiou".contains(before) {
            p = last.dropLast() + "ies"
        } else if last.hasSuffix("man") {
            p = last.dropLast(3) + "men"
        } else {
            p = last + "s"
        }
        words[words.count - 1] = p
        return words.joined(separator: " ")
    }
}
