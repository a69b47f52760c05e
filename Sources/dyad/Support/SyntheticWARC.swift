import ArgumentParser
import DyadExtract
import Foundation

/// Writes a WARC archive for benchmarks: the given HTML pages (gzipped or not) in turn as
/// response records, each at its own URL, gzipped one member per record as crawlers write them.
enum SyntheticWARC {
    /// Returns the number of distinct pages used.
    static func write(pages count: Int, from paths: [String], to out: String) throws -> Int {
        var pages: [Data] = []
        for path in paths {
            guard var data = FileManager.default.contents(atPath: path) else { continue }
            if Gzip.isGzip(data) { data = try Gzip.decompress(data, limit: 64 << 20) }
            pages.append(data)
        }
        guard !pages.isEmpty else {
            Diagnostics.report("no pages to write from \(paths.joined(separator: " "))")
            throw ExitCode(1)
        }
        guard FileManager.default.createFile(atPath: out, contents: nil), let handle = FileHandle(forWritingAtPath: out) else {
            Diagnostics.report("cannot write '\(out)'")
            throw ExitCode(1)
        }
        defer { try? handle.close() }
        for i in 0..<count {
            let page = pages[i % pages.count]
            let uri = "https://bench.example/\(i / pages.count)/page-\(i % pages.count).html"
            var http = Data("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: \(page.count)\r\n\r\n".utf8)
            http.append(page)
            var record = Data(("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:dyad-bench:\(i)>\r\n"
                + "WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: \(uri)\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: \(http.count)\r\n\r\n").utf8)
            record.append(http)
            record.append(Data("\r\n\r\n".utf8))
            handle.write(Gzip.compress(record))
        }
        return pages.count
    }
}
