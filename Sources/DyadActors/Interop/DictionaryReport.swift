/// What a reader made of one dictionary file in another coder's format: how many entries it
/// read, how many it skipped and why. Readers return it; the command line prints `summary`.
public struct DictionaryReport: Sendable, Hashable {
    /// A reason and how often it applied, with the first line it applied to.
    public struct Count: Sendable, Hashable {
        public let reason: String
        public var count: Int
        public var firstLine: Int?
    }

    public let file: String
    /// What the file was read as ("PETRARCH actors"), or nil when it was not recognised.
    public let format: String?
    /// Entries read (names, agents, verb patterns and verbs with a code).
    public var read = 0
    /// Entries left out.
    public var skipped = 0
    /// dyad values made from what was read (actor entries and aliases, agents, verb patterns).
    public var produced = 0
    /// Why entries were left out, in the order first met.
    public private(set) var skips: [Count] = []
    /// Parts of read entries that were dropped or changed, in the order first met.
    public private(set) var notes: [Count] = []

    public init(file: String, format: String?) {
        self.file = file
        self.format = format
    }

    /// Counts one skipped entry.
    public mutating func skip(_ reason: String, line: Int) {
        skipped += 1
        Self.count(reason, line, in: &skips)
    }

    /// Counts a dropped or changed part of an entry that was still read.
    public mutating func note(_ reason: String, line: Int) {
        Self.count(reason, line, in: &notes)
    }

    private static func count(_ reason: String, _ line: Int, in list: inout [Count]) {
        if let i = list.firstIndex(where: { $0.reason == reason }) {
            list[i].count += 1
        } else {
            list.append(Count(reason: reason, count: 1, firstLine: line))
        }
    }

    /// One line for people: `FILE: PETRARCH verbs, 812 read, 401 skipped (120 words before the verb, first at line 77; ...)`.
    public var summary: String {
        guard let format else { return "\(file): not recognised as a PETRARCH or TABARI dictionary, ignored" }
        var s = "\(file): \(format), \(read) read, \(skipped) skipped, \(produced) dyad entries"
        func list(_ items: [Count]) -> String {
            items.map { c in "\(c.count) \(c.reason)" + (c.firstLine.map { ", first at line \($0)" } ?? "") }.joined(separator: "; ")
        }
        if !skips.isEmpty { s += "; skipped: " + list(skips) }
        if !notes.isEmpty { s += "; adjusted: " + list(notes) }
        return s
    }

    /// How many entries were skipped for `reason`.
    public func skipped(_ reason: String) -> Int { skips.first { $0.reason == reason }?.count ?? 0 }

    /// How many times `reason` was noted.
    public func noted(_ reason: String) -> Int { notes.first { $0.reason == reason }?.count ?? 0 }
}
