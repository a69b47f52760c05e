import Foundation

/// One CAMEO event code with its label, Goldstein scores, quad class and PLOVER equivalent.
///
/// Values come from the taxonomy file (`Resources/cameo.tsv`); see `docs/cameo.md` for which
/// reference table each column was taken from.
public struct CameoCode: Sendable, Hashable, Codable {
    /// The code as text, leading zeros kept: `"05"`, `"051"`, `"0211"`.
    public let code: String
    /// Human-readable label, e.g. `"Praise or endorse"` (GDELT lookup label; roots are upper case).
    public let name: String
    /// Goldstein conflict–cooperation score from GDELT's lookup table (what GDELT exports).
    public let goldstein: Double
    /// Goldstein score from the ICEWS code table (andybega/icews), for ICEWS-style export.
    public let goldsteinICEWS: Double
    /// Quad class, ICEWS style (assigned by root: 01–05, 06–08, 09–13, 14–20).
    public let quad: QuadClass
    /// PLOVER 2.0 event type and mode; `nil` where PLOVER has no equivalent (roots 01 and 02).
    public let plover: PloverType?

    /// The two-digit root ("cue category") the code belongs to, e.g. `"05"` for `"051"`.
    public var root: String { String(code.prefix(2)) }

    /// Depth in the hierarchy: 1 for a two-digit root, 2 for a three-digit code, 3 for a four-digit code.
    public var level: Int { code.count - 1 }

    public init(code: String, name: String, goldstein: Double, goldsteinICEWS: Double,
                quad: QuadClass, plover: PloverType?) {
        self.code = code
        self.name = name
        self.goldstein = goldstein
        self.goldsteinICEWS = goldsteinICEWS
        self.quad = quad
        self.plover = plover
    }

    enum CodingKeys: String, CodingKey {
        case code, name, goldstein
        case goldsteinICEWS = "goldstein_icews"
        case quad, plover
    }
}

/// The CAMEO event taxonomy: every code with its label, scores, quad class and PLOVER mapping.
///
/// The file format is UTF-8 text, one code per line with seven tab-separated columns
/// (`code`, `name`, `goldstein`, `goldstein_icews`, `quad`, `plover_type`, `plover_mode`);
/// blank lines and lines starting with `#` are ignored. A code's parent (its root for a
/// three-digit code, its three-digit code for a four-digit one) must appear before it.
public struct CameoTaxonomy: Sendable {
    /// Every code, in file order.
    public let codes: [CameoCode]
    private let index: [String: Int]
    private let childIndexes: [String: [Int]]

    /// The taxonomy shipped with dyad (Bundle.module resource cameo.tsv), loaded once.
    ///
    /// Stops the program only if the shipped resource is missing or malformed, which the
    /// package's tests rule out.
    public static let standard: CameoTaxonomy = {
        let bundle = Bundle.module
        guard let url = bundle.url(forResource: "cameo", withExtension: "tsv", subdirectory: "Resources")
            ?? bundle.url(forResource: "cameo", withExtension: "tsv")
        else {
            fatalError("dyad: the CAMEO taxonomy resource cameo.tsv is missing from \(bundle.bundlePath)")
        }
        do {
            return try CameoTaxonomy(contentsOf: url)
        } catch {
            fatalError("dyad: the shipped CAMEO taxonomy is broken: \(error)")
        }
    }()

    /// Loads a taxonomy file.
    ///
    /// - Throws: `DyadError.badData` naming the file (its path) and, for content problems, the
    ///   1-based line: the file cannot be read, is not UTF-8, or a line is malformed.
    public init(contentsOf url: URL) throws {
        let name = url.isFileURL ? url.path : url.absoluteString
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DyadError.badData(file: name, line: nil, reason: "cannot read: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DyadError.badData(file: name, line: nil, reason: "not valid UTF-8")
        }
        try self.init(parsing: text, file: name)
    }

    /// Parses taxonomy text; `file` is the name used in error messages.
    ///
    /// - Throws: `DyadError.badData(file:line:reason:)` with the 1-based line number for a wrong
    ///   column count, a malformed code, an empty name, a bad Goldstein number (not a number or
    ///   outside -10...10), a quad outside 1...4, a malformed PLOVER type or mode, a duplicate
    ///   code or a code whose parent has not been defined above it; with no line if the text
    ///   holds no codes at all.
    public init(parsing text: String, file: String) throws {
        var codes: [CameoCode] = []
        var index: [String: Int] = [:]
        var lineOf: [String: Int] = [:]
        var childIndexes: [String: [Int]] = [:]

        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (offset, rawLine) in lines.enumerated() {
            let lineNumber = offset + 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }

            func fail(_ reason: String) -> DyadError {
                DyadError.badData(file: file, line: lineNumber, reason: reason)
            }

            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 7 else {
                throw fail("expected 7 tab-separated columns (code, name, goldstein, goldstein_icews, quad, plover_type, plover_mode), found \(fields.count)")
            }

            let code = fields[0]
            guard (2...4).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw fail("bad CAMEO code '\(code)' (expected 2 to 4 digits)")
            }
            if let first = lineOf[code] {
                throw fail("duplicate CAMEO code '\(code)' (first defined on line \(first))")
            }
            let parent: String? = code.count > 2 ? String(code.dropLast()) : nil
            if let parent, index[parent] == nil {
                throw fail("CAMEO code '\(code)' appears before its parent '\(parent)'")
            }

            let name = fields[1].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw fail("CAMEO code '\(code)' has an empty name") }

            func score(_ text: String, _ column: String) throws -> Double {
                guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite,
                      (-10.0...10.0).contains(value)
                else {
                    throw fail("bad \(column) '\(text)' for '\(code)' (expected a number from -10 to 10)")
                }
                return value
            }
            let goldstein = try score(fields[2], "goldstein")
            let goldsteinICEWS = try score(fields[3], "goldstein_icews")

            guard let quadNumber = Int(fields[4].trimmingCharacters(in: .whitespaces)),
                  let quad = QuadClass(rawValue: quadNumber)
            else {
                throw fail("bad quad '\(fields[4])' for '\(code)' (expected 1, 2, 3 or 4)")
            }

            let ploverType = fields[5].trimmingCharacters(in: .whitespaces)
            let ploverMode = fields[6].trimmingCharacters(in: .whitespaces)
            let plover: PloverType?
            if ploverType.isEmpty {
                guard ploverMode.isEmpty else {
                    throw fail("PLOVER mode '\(ploverMode)' for '\(code)' without a PLOVER type")
                }
                plover = nil
            } else {
                guard ploverType.allSatisfy({ $0.isASCII && ($0.isUppercase || $0 == "_") }) else {
                    throw fail("bad PLOVER type '\(ploverType)' for '\(code)' (expected upper-case letters)")
                }
                guard ploverMode.allSatisfy({ $0.isASCII && ($0.isLowercase || $0 == "-" || $0 == "_") }) else {
                    throw fail("bad PLOVER mode '\(ploverMode)' for '\(code)' (expected lower-case letters and '-')")
                }
                plover = PloverType(type: ploverType, mode: ploverMode.isEmpty ? nil : ploverMode)
            }

            index[code] = codes.count
            lineOf[code] = lineNumber
            if let parent { childIndexes[parent, default: []].append(codes.count) }
            codes.append(CameoCode(code: code, name: name, goldstein: goldstein, goldsteinICEWS: goldsteinICEWS,
                                   quad: quad, plover: plover))
        }
        guard !codes.isEmpty else {
            throw DyadError.badData(file: file, line: nil, reason: "no CAMEO codes found")
        }
        self.codes = codes
        self.index = index
        self.childIndexes = childIndexes
    }

    /// The entry for a code such as `"051"`, or `nil` if the taxonomy has no such code.
    /// Codes are matched exactly: `"51"` is not `"051"`.
    public subscript(code: String) -> CameoCode? {
        index[code].map { codes[$0] }
    }

    /// The direct children of a code, in file order: the three-digit codes of a root, the
    /// four-digit codes of a three-digit code; empty for a four-digit or unknown code.
    public func children(of code: String) -> [CameoCode] {
        (childIndexes[code] ?? []).map { codes[$0] }
    }

    /// Whether the taxonomy defines this exact code.
    public func isValid(_ code: String) -> Bool {
        index[code] != nil
    }

    /// The entry for a code the taxonomy defines or for an extension of one, `nil` otherwise.
    ///
    /// An extension continues a defined code with up to three more digits or capital letters,
    /// as ICEWS and project dictionaries add codes below CAMEO's: `"1951"` below 195, `"174K"`
    /// below 174, `"095"` below the root 09. It keeps its own code and takes the quad class,
    /// scores and PLOVER type of its nearest defined ancestor; its name says which code it
    /// extends. A code with no defined ancestor (`"212"`, a WEIS code) has no entry.
    public func entry(for code: String) -> CameoCode? {
        if let i = index[code] { return codes[i] }
        let characters = Array(code.utf8)
        guard (3...5).contains(characters.count),
              characters.prefix(2).allSatisfy({ (0x30...0x39).contains($0) }),
              characters.allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) })
        else { return nil }
        var length = characters.count - 1
        while length >= 2 {
            if let i = index[String(code.prefix(length))] {
                let ancestor = codes[i]
                return CameoCode(code: code, name: "\(ancestor.name) (extension of \(ancestor.code))",
                                 goldstein: ancestor.goldstein, goldsteinICEWS: ancestor.goldsteinICEWS,
                                 quad: ancestor.quad, plover: ancestor.plover)
            }
            length -= 1
        }
        return nil
    }

    /// Whether a code outside the taxonomy has the shape of an event code: two digits, then up
    /// to three more digits or capital letters (`"903"`, `"212"`, `"345"`; WEIS codes, a
    /// project's own). PETRARCH and TABARI dictionaries may code with such codes; their events
    /// keep the code and have no quad class, Goldstein score or PLOVER type.
    public func isForeignCode(_ code: String) -> Bool {
        let characters = Array(code.utf8)
        return (2...5).contains(characters.count)
            && characters.prefix(2).allSatisfy { (0x30...0x39).contains($0) }
            && characters.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) }
            && entry(for: code) == nil
    }

    /// Whether events may carry this code: the taxonomy defines it or it extends a defined code
    /// (see `entry(for:)`).
    public func accepts(_ code: String) -> Bool {
        entry(for: code) != nil
    }
}
