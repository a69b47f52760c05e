import DyadCore
import DyadStore
import Foundation

/// The query string of a request, checked: every name known to the route, none repeated, every
/// value percent-decoded. Anything else is a 400 with a message naming the parameter.
struct QueryParameters: Sendable {
    private var values: [String: String] = [:]

    init(_ query: String?, allowed: Set<String>) throws {
        guard let query, !query.isEmpty else { return }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), !name.isEmpty else {
                throw ServeError.badRequest("malformed query string near '\(Self.shown(pair))'")
            }
            guard let value = parts.count == 2 ? Self.decode(parts[1]) : "" else {
                throw ServeError.badRequest("parameter '\(Self.shown(name[...]))': malformed percent-encoding")
            }
            guard allowed.contains(name) else {
                throw ServeError.badRequest("unknown parameter '\(Self.shown(name[...]))' (expected one of: \(allowed.sorted().joined(separator: ", ")))")
            }
            guard values[name] == nil else { throw ServeError.badRequest("parameter '\(name)' given more than once") }
            values[name] = value
        }
    }

    /// `+` is a space; `%XX` must decode to UTF-8.
    static func decode(_ s: Substring) -> String? {
        s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// A fragment of client input, shortened, for a message.
    static func shown(_ s: Substring) -> String {
        let t = s.prefix(40)
        return t.count < s.count ? t + "..." : String(t)
    }

    /// The value, or nil when absent or empty.
    func string(_ name: String, maxLength: Int = 200) throws -> String? {
        guard let v = values[name], !v.isEmpty else { return nil }
        guard v.count <= maxLength else { throw ServeError.badRequest("\(name): longer than \(maxLength) characters") }
        guard !v.unicodeScalars.contains(where: { $0.value < 0x20 }) else {
            throw ServeError.badRequest("\(name): control characters are not allowed")
        }
        return v
    }

    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let v = try string(name) else { return nil }
        guard let n = Int(v), range.contains(n) else {
            throw ServeError.badRequest("\(name): expected a whole number from \(range.lowerBound) to \(range.upperBound), found '\(Self.shown(v[...]))'")
        }
        return n
    }

    func bool(_ name: String) throws -> Bool {
        guard let v = try string(name) else { return values[name] != nil }
        switch v.lowercased() {
        case "1", "true", "yes": return true
        case "0", "false", "no": return false
        default: throw ServeError.badRequest("\(name): expected true or false, found '\(Self.shown(v[...]))'")
        }
    }

    /// A day, `YYYY-MM-DD`, that exists in the calendar.
    func date(_ name: String) throws -> String? {
        guard let v = try string(name) else { return nil }
        guard v.utf8.count == 10, let d = CalendarDate(iso: v) else {
            throw ServeError.badRequest("\(name): expected a date YYYY-MM-DD, found '\(Self.shown(v[...]))'")
        }
        return d.description
    }

    /// The event filter of `dyad query`: dyad, both, actor, code, quad, place, from, to (and
    /// article).
    func eventFilter() throws -> EventFilter {
        var f = EventFilter()
        if let dyad = try string("dyad") {
            guard let parts = DyadSyntax.parse(dyad) else {
                throw ServeError.badRequest("dyad: expected SOURCE-TARGET or SOURCE,TARGET, e.g. VEN-USA or ---CVL,USA, found '\(Self.shown(dyad[...]))'")
            }
            f.source = parts.source.uppercased()
            f.target = parts.target.uppercased()
            f.bothDirections = try bool("both")
        } else if try bool("both") {
            throw ServeError.badRequest("both: needs dyad")
        }
        f.actor = try string("actor")?.uppercased()
        if let code = try string("code") {
            guard code.count <= 4, code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw ServeError.badRequest("code: expected CAMEO digits such as 19 or 051, found '\(Self.shown(code[...]))'")
            }
            f.codePrefix = code
        }
        if let q = try string("quad") {
            guard let n = Int(q), let quad = QuadClass(rawValue: n) else {
                throw ServeError.badRequest("quad: expected 1, 2, 3 or 4, found '\(Self.shown(q[...]))'")
            }
            f.quad = quad
        }
        f.from = try date("from")
        f.to = try date("to")
        if let a = f.from, let b = f.to, a > b { throw ServeError.badRequest("from \(a) is after to \(b)") }
        f.article = try string("article")
        f.place = try string("place")
        return f
    }

    /// Names read by ``eventFilter()``.
    static let filterNames: Set<String> = ["dyad", "both", "actor", "code", "quad", "place", "from", "to", "article"]
}
