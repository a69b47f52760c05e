import Foundation

/// Pages, WARC records and folders for the `dyad ingest` tests, built at run time.
enum IngestFixtures {
    /// A story long enough (over 200 words) to have a SimHash fingerprint.
    static let story = [
        "President Nicolas Maduro praised Vladimir Putin on Thursday during a televised address in Caracas, calling the Russian leader a loyal friend of the Venezuelan people.",
        "Maduro said the two governments would sign new agreements on oil, wheat and military cooperation before the end of the year, according to a statement from the presidential palace.",
        "The opposition criticized the speech and accused the government of trading the country's resources for diplomatic support at the United Nations.",
        "Washington did not comment on the address. A State Department spokesman said earlier in the week that the United States was watching the relationship closely.",
        "Analysts in Caracas said the announcement was mostly symbolic, since earlier agreements between the two countries had produced little investment.",
        "Russian state media reported the speech at length and quoted the Kremlin spokesman as saying Moscow valued its partnership with Venezuela.",
    ]

    static func page(_ paragraphs: [String], url: String, head: String = "<meta charset=\"utf-8\">") -> String {
        """
        <!DOCTYPE html><html lang="en"><head>\(head)<title>Maduro praises Putin | Example News</title>
        <meta property="og:url" content="\(url)">
        <meta property="article:published_time" content="2022-03-10T09:00:00Z"></head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Maduro praises Putin</h1>
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article><footer><p>Copyright Example News. All rights reserved.</p></footer></body></html>
        """
    }

    /// The same story as another site publishes it: a word changed and a line added.
    static var syndicated: [String] {
        var p = story
        p[0] = p[0].replacingOccurrences(of: "on Thursday", with: "on Thursday evening")
        p.append("This story was first published by a partner site.")
        return p
    }

    static func warcRecord(uri: String, html: String, contentLength: Int? = nil) -> Data {
        let http = Data("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: \(html.utf8.count)\r\n\r\n\(html)".utf8)
        var head = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:dyad-test:\(uri)>\r\n"
        head += "WARC-Date: 2022-03-10T10:00:00Z\r\nWARC-Target-URI: \(uri)\r\nContent-Type: application/http; msgtype=response\r\n"
        head += "Content-Length: \(contentLength ?? http.count)\r\n\r\n"
        return Data(head.utf8) + http + Data("\r\n\r\n".utf8)
    }

    static func write(_ data: Data, _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }
}
