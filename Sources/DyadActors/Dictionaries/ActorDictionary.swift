import DyadCore
import DyadText
import Foundation

/// States, organisations and people, loaded from `*.actors` files (see docs/dictionaries.md).
public struct ActorDictionary: Sendable, TextDictionary {
    public static let fileExtension = "actors"
    public private(set) var entries: [ActorEntry] = []
    private var index: [String: Int] = [:]  // key -> entries index

    public init() {}

    public subscript(key: String) -> ActorEntry? {
        index[key].map { entries[$0] }
    }

    /// The kind of the entry `key`, without copying the entry.
    public func kind(of key: String) -> ActorKind? {
        index[key].map { entries[$0].kind }
    }

    /// Adds the entries in `text`; an entry whose key exists replaces it.
    public mutating func load(parsing text: String, file: String) throws {
        for stanza in try DictionaryLines.stanzas(text, file: file) {
            insert(try Self.entry(from: stanza, file: file))
        }
    }

    /// Adds `entry`, or replaces the entry with its key.
    mutating func insert(_ entry: ActorEntry) {
        if let i = index[entry.key] {
            entries[i] = entry
        } else {
            index[entry.key] = entries.count
            entries.append(entry)
        }
    }

    static let allowedKeys: [ActorKind: Set<String>] = [
        .country: ["country", "name", "aliases", "adjectives", "demonyms", "capitals", "seats"],
        .igo: ["igo", "name", "aliases", "country", "adjectives"],
        .group: ["group", "name", "aliases", "country", "adjectives"],
        .person: ["person", "aliases", "country", "roles", "otherwise", "office"],
        .region: ["region", "name", "aliases", "adjectives", "demonyms"],
        .place: ["place", "aliases", "country", "adjectives"],
        .collective: ["collective", "aliases", "members", "adjectives"],
    ]

    static func entry(from s: Stanza, file: String) throws -> ActorEntry {
        let first = s.fields[0]
        guard let kind = ActorKind(rawValue: first.key) else {
            throw DyadError.badData(file: file, line: first.line,
                                    reason: "an entry must start with 'country:', 'igo:', 'group:', 'person:', 'region:', 'place:' or 'collective:', found '\(first.key):'")
        }
        for f in s.fields where !(allowedKeys[kind]!.contains(f.key)) {
            throw DyadError.badData(file: file, line: f.line,
                                    reason: "unknown key '\(f.key)' in a \(kind.rawValue) entry (allowed: \(allowedKeys[kind]!.sorted().joined(separator: ", ")))")
        }
        let key = first.value
        guard !key.isEmpty else {
            throw DyadError.badData(file: file, line: first.line, reason: "'\(first.key):' needs a value")
        }
        let origin = "\(file):\(first.line)"
        switch kind {
        case .country, .region, .igo, .group:
            // Allowed keys were checked above, so absent lists are simply empty.
            try checkCode(key, file: file, line: first.line, length: kind == .igo || kind == .group ? 3...15 : 3...3)
            guard let name = s.value("name")?.value, !name.isEmpty else {
                let what = kind == .igo ? "organisation" : kind == .group ? "group" : kind.rawValue
                throw DyadError.badData(file: file, line: first.line, reason: "\(what) \(key) has no 'name:'")
            }
            return ActorEntry(kind: kind, key: key, name: name, country: s.value("country")?.value ?? key,
                              aliases: s.list("aliases"), adjectives: s.list("adjectives"),
                              demonyms: s.list("demonyms"), capitals: s.list("capitals"),
                              seats: s.list("seats"), roles: [], otherwise: key, office: nil, origin: origin)
        case .place:
            guard let countryField = s.value("country") else {
                throw DyadError.badData(file: file, line: first.line, reason: "place '\(key)' has no 'country:'")
            }
            try checkCode(countryField.value, file: file, line: countryField.line, length: 3...3)
            return ActorEntry(kind: .place, key: key, name: key, country: countryField.value,
                              aliases: s.list("aliases"), adjectives: s.list("adjectives"), demonyms: [], capitals: [],
                              seats: [], roles: [], otherwise: countryField.value, office: nil, origin: origin)
        case .collective:
            guard let mf = s.value("members") else {
                throw DyadError.badData(file: file, line: first.line, reason: "collective '\(key)' has no 'members:'")
            }
            let members = splitList(mf.value)
            guard members.count >= 2 else {
                throw DyadError.badData(file: file, line: mf.line, reason: "collective '\(key)' needs two or more members, found \(members.count)")
            }
            for m in members { try checkCode(m, file: file, line: mf.line, length: 3...15) }
            return ActorEntry(kind: .collective, key: key, name: key, country: members[0],
                              aliases: s.list("aliases"), adjectives: s.list("adjectives"), demonyms: [], capitals: [],
                              seats: [], roles: [], otherwise: members[0], office: nil, origin: origin, members: members)
        case .person:
            guard let countryField = s.value("country") else {
                throw DyadError.badData(file: file, line: first.line, reason: "person '\(key)' has no 'country:'")
            }
            try checkCode(countryField.value, file: file, line: countryField.line, length: 3...15)
            var roles: [DatedRole] = []
            if let rf = s.value("roles") {
                for item in splitList(rf.value) {
                    roles.append(try parseRole(item, file: file, line: rf.line))
                }
            }
            let otherwise = s.value("otherwise")?.value ?? countryField.value + "ELI"
            if let of = s.value("otherwise") { try checkCode(of.value, file: file, line: of.line, length: 3...15) }
            return ActorEntry(kind: .person, key: key, name: key, country: countryField.value,
                              aliases: s.list("aliases"), adjectives: [], demonyms: [], capitals: [],
                              seats: [], roles: roles, otherwise: otherwise,
                              office: s.value("office")?.value, origin: origin)
        }
    }

    static func checkCode(_ code: String, file: String, line: Int, length: ClosedRange<Int>) throws {
        guard length.contains(code.count), code.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }) else {
            throw DyadError.badData(file: file, line: line,
                                    reason: "'\(code)' is not an actor code (\(length.lowerBound)-\(length.upperBound) capital letters, e.g. VEN, IGOUNO, VENGOV)")
        }
    }

    /// Parses `CODE START..END` (either date may be left out) or a bare `CODE`.
    static func parseRole(_ text: String, file: String, line: Int) throws -> DatedRole {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let code = parts.first, parts.count <= 2 else {
            throw DyadError.badData(file: file, line: line, reason: "expected 'CODE YYYY-MM-DD..YYYY-MM-DD', found '\(text)'")
        }
        try checkCode(code, file: file, line: line, length: 3...15)
        guard parts.count == 2 else { return DatedRole(code: code, from: nil, until: nil) }
        let range = parts[1]
        guard let dots = range.range(of: "..") else {
            throw DyadError.badData(file: file, line: line, reason: "expected a date range 'START..END' after \(code), found '\(range)'")
        }
        let a = String(range[..<dots.lowerBound]), b = String(range[dots.upperBound...])
        var from: CalendarDate?
        var until: CalendarDate?
        if !a.isEmpty {
            guard let d = CalendarDate(iso: a), a.count == 10 else {
                throw DyadError.badData(file: file, line: line, reason: "'\(a)' is not a valid date (YYYY-MM-DD)")
            }
            from = d
        }
        if !b.isEmpty {
            guard let d = CalendarDate(iso: b), b.count == 10 else {
                throw DyadError.badData(file: file, line: line, reason: "'\(b)' is not a valid date (YYYY-MM-DD)")
            }
            until = d
        }
        if let from, let until, until <= from {
            throw DyadError.badData(file: file, line: line, reason: "date range \(range) ends before it starts")
        }
        return DatedRole(code: code, from: from, until: until)
    }
}
