import Foundation

/// Puts a URL in one canonical spelling, so the same page reached through different links
/// (tracking parameters, a default port, a fragment, a trailing slash) is recorded once.
///
/// For `http` and `https` URLs: the scheme and host are lowercased (a trailing dot on the
/// host is dropped), a default port (80, 443) is dropped, the fragment is dropped, `.` and
/// `..` path segments are resolved, percent escapes of unreserved characters are decoded and
/// the others written in upper case, a trailing slash is dropped except for the root path `/`,
/// tracking parameters (``trackingPrefixes``, ``trackingParameters``) are removed, and the
/// parameters left are sorted by name (stable, so repeated names keep their order). Other URLs
/// are returned trimmed and otherwise unchanged.
///
/// ```swift
/// URLNormalizer.normalize("HTTPS://News.Example.org:443/world/?utm_source=x&id=7#top")
/// // "https://news.example.org/world?id=7"
/// ```
public enum URLNormalizer {
    /// Query parameters whose names start with one of these (compared in lower case) are dropped.
    public static let trackingPrefixes = ["utm_", "pk_", "mtm_", "hsa_"]

    /// Query parameters with one of these names (compared in lower case) are dropped.
    public static let trackingParameters: Set<String> = [
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
        "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "ref_src",
        "smid", "cmpid", "ocid", "ncid", "sr_share", "spm",
    ]

    public static func normalize(_ url: String) -> String {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let sep = trimmed.range(of: "://") else { return trimmed }
        let scheme = trimmed[..<sep.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return trimmed }
        var rest = Substring(trimmed[sep.upperBound...])
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let authority = authority(rest[..<authorityEnd], scheme: scheme)
        var pathAndQuery = rest[authorityEnd...]
        var query: Substring?
        if let q = pathAndQuery.firstIndex(of: "?") {
            query = pathAndQuery[pathAndQuery.index(after: q)...]
            pathAndQuery = pathAndQuery[..<q]
        }
        var result = scheme + "://" + authority + path(pathAndQuery)
        if let query, let kept = self.query(query) { result += "?" + kept }
        return result
    }

    /// `user@Host.Example.:443` → `user@host.example` (for https).
    static func authority(_ text: Substring, scheme: String) -> String {
        var userinfo = ""
        var hostPort = text
        if let at = text.lastIndex(of: "@") {
            userinfo = String(text[...at])
            hostPort = text[text.index(after: at)...]
        }
        var host = hostPort
        var port: Substring = ""
        // An IPv6 literal is bracketed; a port follows the closing bracket.
        let searchFrom = hostPort.firstIndex(of: "]") ?? hostPort.startIndex
        if let colon = hostPort[searchFrom...].lastIndex(of: ":") {
            host = hostPort[..<colon]
            port = hostPort[hostPort.index(after: colon)...]
        }
        var h = host.lowercased()
        if h.hasSuffix(".") { h.removeLast() }
        let defaultPort = scheme == "https" ? "443" : "80"
        let p = port.drop { $0 == "0" }
        if port.isEmpty || p == defaultPort { return userinfo + h }
        return userinfo + h + ":" + (p.isEmpty ? "0" : p)
    }

    /// Resolves dot segments, tidies escapes and drops a trailing slash (but not the root).
    static func path(_ text: Substring) -> String {
        if text.isEmpty { return "/" }
        var out: [Substring] = []
        let segments = text.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for (i, s) in segments.enumerated() {
            let last = i == segments.count - 1
            switch s {
            case ".": if last { out.append("") }
            case "..":
                if !out.isEmpty { out.removeLast() }
                if last { out.append("") }
            default: out.append(s)
            }
        }
        while out.count > 0, out.last == "" { out.removeLast() }
        if out.isEmpty { return "/" }
        return "/" + out.map { escapes(String($0)) }.joined(separator: "/")
    }

    /// The query without tracking parameters, sorted by name; nil when nothing is left.
    static func query(_ text: Substring) -> String? {
        let kept = text.split(separator: "&").filter { pair in
            let name = (pair.split(separator: "=", maxSplits: 1).first.map(String.init) ?? "").lowercased()
            if name.isEmpty { return false }
            if trackingParameters.contains(name) { return false }
            return !trackingPrefixes.contains { name.hasPrefix($0) }
        }
        guard !kept.isEmpty else { return nil }
        let sorted = kept.enumerated().sorted { a, b in
            let ka = a.element.split(separator: "=", maxSplits: 1).first ?? ""
            let kb = b.element.split(separator: "=", maxSplits: 1).first ?? ""
            return ka == kb ? a.offset < b.offset : ka < kb
        }
        return sorted.map { escapes(String($0.element)) }.joined(separator: "&")
    }

    /// Decodes `%XX` escapes of unreserved characters (letters, digits, `-._~`) and writes
    /// the other escapes' hex digits in upper case (RFC 3986, 6.2.2).
    static func escapes(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case 48...57: b - 48
            case 65...70: b - 55
            case 97...102: b - 87
            default: nil
            }
        }
        while i < bytes.count {
            if bytes[i] == 37, i + 2 < bytes.count, let hi = hex(bytes[i + 1]), let lo = hex(bytes[i + 2]) {
                let v = hi << 4 | lo
                let unreserved = (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || (v >= 48 && v <= 57)
                    || v == 45 || v == 46 || v == 95 || v == 126
                if unreserved {
                    out.append(v)
                } else {
                    let digits = Array("0123456789ABCDEF".utf8)
                    out += [37, digits[Int(hi)], digits[Int(lo)]]
                }
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        bytes = out
        return String(decoding: bytes, as: UTF8.self)
    }
}
