import DyadCore
import DyadText
import Foundation

/// Reads articles from JSON Lines: one object per line with `text` and optional `id`, `date`,
/// `title`, `url`.
///
///     {"id": "a1", "date": "2022-03-10", "title": "...", "text": "...", "url": "https://..."}
public struct JSONLinesReader: Sendable {
    public var limits: InputLimits
    public var layout = ArticleLayout()

    public init(limits: InputLimits = InputLimits()) {
        self.limits = limits
    }

    /// The article on one line; `nil` for a blank line.
    public func article(fromLine line: Substring, number: Int, input: String) throws -> Article? {
        if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { return nil }
        if line.utf8.count > limits.maxLineBytes {
            throw DyadError.badInput(input: input, line: number,
                                     reason: "line of \(line.utf8.count) bytes is longer than the limit of \(limits.maxLineBytes) bytes")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
        } catch {
            throw DyadError.badInput(input: input, line: number, reason: "not a JSON object")
        }
        guard let dict = object as? [String: Any] else {
            throw DyadError.badInput(input: input, line: number, reason: "expected a JSON object, found \(object is [Any] ? "an array" : "another value")")
        }
        guard let text = dict["text"] as? String else {
            throw DyadError.badInput(input: input, line: number, reason: dict["text"] == nil ? "missing \"text\"" : "\"text\" must be a string")
        }
        if text.contains("\u{0}") {
            throw DyadError.badInput(input: input, line: number, reason: "\"text\" holds NUL characters")
        }
        var published: String?
        if let d = dict["date"] {
            guard let ds = d as? String, let date = DateExpressions.parse(ds) else {
                throw DyadError.badDate(input: "\(input):\(number)", value: "\(d)")
            }
            published = date.description
        }
        let parts = layout.bodyParts(of: text)
        guard !parts.body.isEmpty else {
            throw DyadError.badInput(input: input, line: number, reason: "\"text\" is empty")
        }
        let id: String
        switch dict["id"] {
        case let s as String where !s.isEmpty: id = s
        case let n as NSNumber: id = n.stringValue
        default: id = ContentHash.hex(parts.body.joined(separator: "\n"))
        }
        return Article(id: id, url: dict["url"] as? String, title: dict["title"] as? String,
                       published: published, body: parts.body, captions: parts.captions,
                       related: parts.related, sourceFormat: "jsonl", origin: "\(input):\(number)")
    }
}
