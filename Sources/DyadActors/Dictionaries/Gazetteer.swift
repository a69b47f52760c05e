import DyadCore
import DyadText
import Foundation

/// A place of the gazetteer: the first spelling of its line, its country code and its
/// approximate coordinates (WGS84 degrees, north and east positive).
public struct GazetteerPlace: Sendable, Hashable {
    public let name: String
    public let country: String
    public let lat: Double
    public let lon: Double

    public init(name: String, country: String, lat: Double, lon: Double) {
        self.name = name
        self.country = country
        self.lat = lat
        self.lon = lon
    }
}

/// Latitude and longitude for place names, loaded from `*.coordinates` files (see
/// docs/dictionaries.md, "Coordinates").
///
/// One place per line: `LAT LON COUNTRY NAME[; OTHER SPELLING ...]`. Names are looked up folded
/// as the actor matcher folds them (case, common Latin diacritics, typographic apostrophes and
/// dashes) with runs of white space read as one space, so "KIEV", "kyiv" and "Kraków"/"Krakow"
/// find their place. A name can belong to places in several countries ("Tripoli": LBY, LBN):
/// the look-up prefers the asked country, else the place loaded first.
public struct Gazetteer: Sendable, TextDictionary {
    public static let fileExtension = "coordinates"
    private struct Entry: Sendable {
        var place: GazetteerPlace
        /// The folded spellings of the entry's line.
        var keys: [String]
        /// Replaced by a later file's line.
        var replaced = false
    }

    private var entries: [Entry] = []
    /// Folded name -> entry indexes, in load order (the first is the default).
    private var index: [String: [Int]] = [:]
    /// How many places can be found (lines loaded, less those a later file replaced).
    public private(set) var count = 0

    public init() {}

    /// Adds the places in `text`, a `*.coordinates` file named `file` (for error messages).
    /// A line naming a place already loaded from another file for the same country (by any
    /// of its spellings) replaces that place: its other spellings now lead to the new line.
    /// The same name twice for the same country in one file is an error.
    public mutating func load(parsing text: String, file: String) throws {
        let firstNew = entries.count
        // Folded name + country -> line number, for the places of this file.
        var seen: [String: Int] = [:]
        for (number, raw) in DictionaryLines.lines(text) {
            let line = raw.trimmingSpacesAndTabs
            if line.isEmpty { continue }
            let (place, spellings) = try Self.parse(line, file: file, line: number)
            var keys: [String] = []
            for s in spellings {
                let key = Self.key(s)
                if keys.contains(key) { continue }  // two spellings that fold alike on one line
                if let earlier = seen[key + "\t" + place.country] {
                    throw DyadError.badData(file: file, line: number,
                                            reason: "'\(s)' is already given for \(place.country) at line \(earlier)")
                }
                seen[key + "\t" + place.country] = number
                keys.append(key)
            }
            insert(Entry(place: place, keys: keys), earlierThan: firstNew)
        }
    }

    /// The place named `name`; of several places with that name, the one in `country` if
    /// there is one, else the first loaded. Nil for an unknown name.
    public func place(named name: String, country: String? = nil) -> GazetteerPlace? {
        guard let found = index[Self.key(name)], let first = found.first else { return nil }
        if let country, let match = found.first(where: { entries[$0].place.country == country }) {
            return entries[match].place
        }
        return entries[first].place
    }

    /// Every place that can be found, in load order.
    public var places: [GazetteerPlace] {
        entries.filter { !$0.replaced }.map(\.place)
    }

    /// The look-up key of a name: folded, white space collapsed to single spaces.
    static func key(_ name: String) -> String {
        TextFold.fold(name).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// Adds `entry`; entries loaded before `firstNew` (earlier files) with its country and one
    /// of its names are replaced by it, keeping their place in the look-up order.
    private mutating func insert(_ entry: Entry, earlierThan firstNew: Int) {
        let new = entries.count
        entries.append(entry)
        count += 1
        var replaced: [Int] = []
        for key in entry.keys {
            for i in index[key] ?? [] where i < firstNew && !entries[i].replaced
                && entries[i].place.country == entry.place.country && !replaced.contains(i) {
                replaced.append(i)
            }
        }
        for i in replaced {
            entries[i].replaced = true
            count -= 1
            for key in entries[i].keys {
                guard var list = index[key], let at = list.firstIndex(of: i) else { continue }
                if list.contains(new) { list.remove(at: at) } else { list[at] = new }
                index[key] = list
            }
        }
        for key in entry.keys where !(index[key]?.contains(new) ?? false) {
            index[key, default: []].append(new)
        }
    }

    /// Reads one line: `LAT LON COUNTRY NAME[; SPELLING ...]`.
    static func parse(_ line: String, file: String, line number: Int) throws -> (GazetteerPlace, [String]) {
        // The first three fields end at runs of spaces or tabs; the name is the rest.
        var fields: [Substring] = []
        var rest = Substring(line)
        for _ in 0..<3 {
            rest = rest.drop(while: { $0 == " " || $0 == "\t" })
            guard let end = rest.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                if !rest.isEmpty { fields.append(rest) }
                rest = ""
                break
            }
            fields.append(rest[..<end])
            rest = rest[end...]
        }
        let names = splitList(String(rest))
        let nameText = String(rest).trimmingSpacesAndTabs
        guard fields.count == 3, !nameText.isEmpty else {
            throw DyadError.badData(file: file, line: number,
                                    reason: "expected 'LATITUDE LONGITUDE COUNTRY NAME[; OTHER SPELLING ...]', found '\(line.prefix(60))'")
        }
        guard let lat = decimal(fields[0]) else {
            throw DyadError.badData(file: file, line: number,
                                    reason: "'\(fields[0])' is not a latitude (decimal degrees, north positive, e.g. 50.4501)")
        }
        guard (-90...90).contains(lat) else {
            throw DyadError.badData(file: file, line: number, reason: "latitude \(fields[0]) is outside -90 to 90")
        }
        guard let lon = decimal(fields[1]) else {
            throw DyadError.badData(file: file, line: number,
                                    reason: "'\(fields[1])' is not a longitude (decimal degrees, east positive, e.g. 30.5234)")
        }
        guard (-180...180).contains(lon) else {
            throw DyadError.badData(file: file, line: number, reason: "longitude \(fields[1]) is outside -180 to 180")
        }
        let country = String(fields[2])
        guard country.count == 3, country.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw DyadError.badData(file: file, line: number,
                                    reason: "'\(country)' is not a country code (3 capital letters, e.g. UKR)")
        }
        let spellings = names.map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") }
        guard let name = spellings.first else {
            throw DyadError.badData(file: file, line: number, reason: "empty name")
        }
        return (GazetteerPlace(name: name, country: country, lat: lat, lon: lon), spellings)
    }

    /// A plain decimal number (`-12.5`, `+37`, `180.000`); no exponents, `nan` or `inf`.
    static func decimal(_ s: Substring) -> Double? {
        var digits = s
        if let f = digits.first, f == "-" || f == "+" { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy({ $0.isASCII && $0.isNumber }) }) else {
            return nil
        }
        return Double(s.hasPrefix("+") ? s.dropFirst() : s)
    }
}
