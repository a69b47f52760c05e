import Foundation

/// An HTTP response as stored in a WARC response record: status line, headers, body.
struct HTTPResponse {
    var status: Int
    var headers: [String: String]
    var body: ArraySlice<UInt8>

    init?(_ block: [UInt8]) {
        guard let end = WARCRecordParser.find([13, 10, 13, 10], in: block, from: 0, limit: 1 << 16) else { return nil }
        let head = String(decoding: block[0..<end], as: UTF8.self)
        var lines = head.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" })
        guard !lines.isEmpty, lines[0].hasPrefix("HTTP/") else { return nil }
        let statusLine = lines.removeFirst().split(separator: " ")
        status = statusLine.count > 1 ? Int(statusLine[1]) ?? 0 : 0
        headers = [:]
        for l in lines {
            guard let colon = l.firstIndex(of: ":") else { continue }
            headers[l[..<colon].lowercased().trimmingCharacters(in: .whitespaces)] = l[l.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        body = block[(end + 4)...]
    }

    var isHTML: Bool {
        guard (200..<300).contains(status) || status == 0 else { return false }
        if let ct = headers["content-type"]?.lowercased() {
            return ct.contains("text/html") || ct.contains("application/xhtml")
        }
        let head = String(decoding: body.prefix(1024), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html")
    }

    /// The body with chunked transfer coding and gzip content coding undone.
    func decodedBody(limit: Int) throws -> [UInt8] {
        var bytes = Array(body)
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true, let unchunked = Self.unchunk(bytes) {
            bytes = unchunked
        }
        let coding = headers["content-encoding"]?.lowercased() ?? ""
        if coding.contains("gzip") || coding.contains("deflate"), bytes.starts(with: [0x1F, 0x8B]) {
            do {
                bytes = Array(try Gzip.decompress(Data(bytes), limit: limit))
            } catch let e as Gzip.Failure {
                throw WARCReadError("HTTP body (Content-Encoding: gzip) \(e)")
            }
        }
        return bytes
    }

    /// Undoes chunked transfer coding; nil when the body is not validly chunked.
    static func unchunk(_ b: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            guard let lineEnd = WARCRecordParser.find([13, 10], in: b, from: i, limit: 64) else { return nil }
            let sizeText = String(decoding: b[i..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { return nil }
            i = lineEnd + 2
            if size == 0 { return out }
            guard i + size <= b.count else { return nil }
            out.append(contentsOf: b[i..<(i + size)])
            i += size + 2
        }
        return out
    }
}

/// A WARC record whose content could not be decoded.
struct WARCReadError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
