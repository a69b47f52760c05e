import DyadCore
import Foundation

/// Reads an OPML list of feeds. dyad never fetches from the network: the feeds are listed so
/// that they can be fetched by other means and the files handed to dyad.
public struct OPMLReader: Sendable {
    /// One feed listed in an OPML file.
    public struct Feed: Sendable, Hashable, Codable {
        public var url: String
        public var title: String?
        public var site: String?

        enum CodingKeys: String, CodingKey {
            case url = "feed"
            case title, site
        }
    }

    public init() {}

    /// True when `data` looks like OPML (`<opml` near the start).
    public static func looksLikeOPML(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
        return head.contains("<opml")
    }

    /// The feeds listed in the OPML file at `path`; throws when it is not OPML.
    public func feeds(inFile path: String) throws -> [Feed] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DyadError.unreadable(input: path, reason: "cannot open")
        }
        defer { try? handle.close() }
        let head = handle.readData(ofLength: 1024)
        guard Self.looksLikeOPML(head) else { throw DyadError.badInput(input: path, line: nil, reason: "not OPML") }
        let rest = handle.readData(ofLength: 16 << 20)
        return try feeds(in: head + rest, name: path)
    }

    /// The feeds listed in `data` (every `<outline>` with an `xmlUrl`, at any depth).
    public func feeds(in data: Data, name: String) throws -> [Feed] {
        guard let root = XMLElement.parse(data), root.name.lowercased() == "opml" else {
            throw DyadError.badInput(input: name, line: nil, reason: "not an OPML document (no <opml> root element)")
        }
        var out: [Feed] = []
        var stack = [root]
        while let e = stack.popLast() {
            if e.name == "outline", let url = e.attributes["xmlUrl"] ?? e.attributes["xmlurl"], !url.isEmpty {
                out.append(Feed(url: url, title: e.attributes["title"] ?? e.attributes["text"], site: e.attributes["htmlUrl"]))
            }
            stack.append(contentsOf: e.children.reversed())
        }
        return out
    }
}
