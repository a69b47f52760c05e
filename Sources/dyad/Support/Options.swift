import ArgumentParser
import DyadCoder
import DyadCore
import DyadText
import Foundation

/// Options for loading dictionaries, shared by the commands that code or look up actors.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .long, help: "A folder of dictionaries (dyad's *.actors, *.agents, *.verbs, *.discards and *.coordinates, or PETRARCH and TABARI *.txt) that add to or replace the shipped ones.")
    var dictionaries: String?

    @Flag(name: .long, help: "Use only the dictionaries in --dictionaries, not the shipped ones.")
    var onlyDictionaries = false

    @Option(name: .long, help: "Where a PETRARCH or TABARI verb's own code finds its target: 'object' (the verb's object, as PETRARCH-2) or 'clause' (the first actor the verb governs, as TABARI and PETRARCH-1).")
    var verbDefaults: PetrarchVerbReader.Defaults = .object

    @Option(name: .long, help: "How a plain future ('will visit', 'will supply arms') is coded: 'intent' (an intent or threat, 036 or 0332, as the CAMEO codebook) or 'action' (the act's own code, 042 or 072, as PETRARCH and TABARI). Modality is 'intended' either way.")
    var future: CodingResources.FutureTense = .intent

    @Option(name: .long, help: "How an event with a collective ('the Baltic states', a PETRARCH code such as [FRO/BIL/SAM]) is coded: 'each' (one event per member state, as PETRARCH-1 and TABARI) or 'joined' (one event whose actor code joins the members', EST/LVA/LTU, as UniversalPetrarch).")
    var collectives: CodingResources.Collectives = .each

    func validate() throws {
        if onlyDictionaries && dictionaries == nil {
            throw ValidationError("--only-dictionaries needs --dictionaries DIR.")
        }
    }

    /// Loads the dictionaries; what was read from PETRARCH and TABARI files goes to standard error.
    func load() throws -> CodingResources {
        let resources = try CodingResources.load(userDirectory: dictionaries.map { URL(fileURLWithPath: $0) },
                                                 includeShipped: !onlyDictionaries, verbDefaults: verbDefaults,
                                                 future: future, collectives: collectives)
        for r in resources.reports { Diagnostics.report(r.summary) }
        return resources
    }
}

/// How the coder finds sentence structure, shared by the commands that code.
struct StructureOptions: ParsableArguments {
    enum Structure: String, ExpressibleByArgument, CaseIterable {
        /// Tag and parse every sentence; code on the dependency tree.
        case tree
        /// Word order and closed-class words only: faster, less accurate.
        case words
    }

    @Option(name: .long, help: "Where sentence structure comes from: 'tree' (dyad's dependency parser) or 'words' (word order only, faster).")
    var structure: Structure = .tree

    /// The shipped tagger and parser when coding on trees.
    func syntax() throws -> SyntacticAnalyzer? {
        structure == .tree ? try SyntacticAnalyzer.shipped() : nil
    }
}

extension EventFormat: ExpressibleByArgument {}
extension PetrarchVerbReader.Defaults: ExpressibleByArgument {}
extension CodingResources.FutureTense: ExpressibleByArgument {}
extension CodingResources.Collectives: ExpressibleByArgument {}

/// Parses a `--date` value or fails with a usage error naming it.
func parseDateOption(_ text: String?, option: String = "--date") throws -> CalendarDate? {
    guard let text else { return nil }
    guard let d = DateExpressions.parse(text) else {
        throw ValidationError("\(option): cannot understand the date '\(text)' (expected YYYY-MM-DD)")
    }
    return d
}

/// Standard error, for diagnostics.
enum Diagnostics {
    static func report(_ message: String) {
        FileHandle.standardError.write(Data(("dyad: " + message + "\n").utf8))
    }

    /// A line of progress or status, on stderr like diagnostics.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data(("dyad: " + message + "\n").utf8))
    }
}

/// Buffered standard output.
struct Output {
    private var buffer: [UInt8] = []

    mutating func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count > 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var p = raw.baseAddress!
            var left = raw.count
            while left > 0 {
                let n = Foundation.write(1, p, left)
                if n <= 0 { break }
                p += n
                left -= n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    static var isTerminal: Bool { isatty(1) != 0 }
}
