import ArgumentParser
import DyadCoder
import DyadCore
import DyadText
import Foundation

/// Options for loading dictionaries, shared by the commands that code or look up actors.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .long, help: "A folder of *.actors, *.agents and *.verbs files that add to or replace the shipped dictionaries.")
    var dictionaries: String?

    func load() throws -> CodingResources {
        try CodingResources.load(userDirectory: dictionaries.map { URL(fileURLWithPath: $0) })
    }
}

extension EventFormat: ExpressibleByArgument {}

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
