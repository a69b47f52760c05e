/// Builds one JSON object as text with keys in the order they are written, so output is the
/// same on every run and follows the data model's field order.
public struct JSONObjectWriter {
    private var out = "{"
    private var first = true

    public init() {}

    private mutating func key(_ k: String) {
        if !first { out += "," }
        first = false
        Self.appendString(k, to: &out)
        out += ":"
    }

    public mutating func string(_ k: String, _ v: String?) {
        key(k)
        if let v { Self.appendString(v, to: &out) } else { out += "null" }
    }

    public mutating func number(_ k: String, _ v: Double?) {
        key(k)
        guard let v else { out += "null"; return }
        out += v.isFinite ? (v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) + ".0" : String(v)) : "null"
    }

    public mutating func integer(_ k: String, _ v: Int?) {
        key(k)
        out += v.map(String.init) ?? "null"
    }

    public mutating func bool(_ k: String, _ v: Bool) {
        key(k)
        out += v ? "true" : "false"
    }

    public mutating func integers(_ k: String, _ v: [Int]?) {
        key(k)
        guard let v else { out += "null"; return }
        out += "[" + v.map(String.init).joined(separator: ",") + "]"
    }

    public mutating func strings(_ k: String, _ v: [String]) {
        key(k)
        out += "["
        for (i, s) in v.enumerated() {
            if i > 0 { out += "," }
            Self.appendString(s, to: &out)
        }
        out += "]"
    }

    public mutating func object(_ k: String, _ v: JSONObjectWriter?) {
        key(k)
        out += v?.text ?? "null"
    }

    public mutating func objects(_ k: String, _ v: [JSONObjectWriter]) {
        key(k)
        out += "[" + v.map(\.text).joined(separator: ",") + "]"
    }

    public var text: String { out + "}" }

    /// Appends `s` as a JSON string literal.
    public static func appendString(_ s: String, to out: inout String) {
        out += "\""
        // Most strings need no escape: copy them whole (0xE2 starts U+2028 and U+2029).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            out += s
            out += "\""
            return
        }
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
