import DyadCore
import DyadText
import Foundation

/// Reads articles from JSON Lines: one object per line with `text` and optional `id`, `date`,
/// `title`, `url`.
///
///     {"id": "a1", "date": "2022-03-10", "title": "...", "text": "...", "url": "https://..."}
///
/// A line may instead be an article as `dyad extract` prints it (DESIGN.md, data model): `body`
/// (an array of paragraphs) in place of `text`, `published` in place of `date`, and `site`,
/// `author`, `language`, `captions` and `related` kept as given; so `dyad extract` output can be
/// piped into `dyad code`.
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
        let parts: ArticleLayout.Parts
        if dict["text"] == nil, let body = dict["body"] {
            parts = try extractedParts(dict, body: body, number: number, input: input)
        } else {
            guard let text = dict["text"] as? String else {
                throw DyadError.badInput(input: input, line: number, reason: dict["text"] == nil ? "missing \"text\"" : "\"text\" must be a string")
            }
            if text.contains("\u{0}") {
                throw DyadError.badInput(input: input, line: number, reason: "\"text\" holds NUL characters")
            }
            parts = layout.bodyParts(of: text)
        }
        var published: String?
        if let d = dict["date"] ?? dict["published"] {
            guard let ds = d as? String, let date = DateExpressions.parse(ds) else {
                throw DyadError.badDate(input: "\(input):\(number)", value: "\(d)")
            }
            published = date.description
        }
        guard !parts.body.isEmpty else {
            throw DyadError.badInput(input: input, line: number, reason: "\"text\" is empty")
        }
        let id: String
        switch dict["id"] {
        case let s as String where !s.isEmpty: id = s
        case let n as NSNumber: id = n.stringValue
        default: id = ContentHash.hex(parts.body.joined(separator: "\n"))
        }
        return Article(id: id, url: dict["url"] as? String, site: dict["site"] as? String,
                       title: dict["title"] as? String,
                       published: published, author: dict["author"] as? String, language: dict["language"] as? String,
                       body: parts.body, captions: parts.captions,
                       related: parts.related, sourceFormat: "jsonl", origin: "\(input):\(number)")
    }

    /// The parts of an article line in the data model's shape (`body` as paragraphs).
    private func extractedParts(_ dict: [String: Any], body: Any, number: Int, input: String) throws -> ArticleLayout.Parts {
        func strings(_ key: String, _ value: Any?) throws -> [String] {
            guard let value else { return [] }
            guard let list = value as? [Any], list.allSatisfy({ $0 is String }), let texts = list as? [String] else {
                throw DyadError.badInput(input: input, line: number, reason: "\"\(key)\" must be an array of strings")
            }
            if texts.contains(where: { $0.contains("\u{0}") }) {
                throw DyadError.badInput(input: input, line: number, reason: "\"\(key)\" holds NUL characters")
            }
            return texts
        }
        var parts = ArticleLayout.Parts()
        parts.body = try strings("body", body).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        parts.captions = try strings("captions", dict["captions"])
        parts.related = try strings("related", dict["related"])
        if parts.body.isEmpty {
            throw DyadError.badInput(input: input, line: number, reason: "\"body\" is empty")
        }
        return parts
    }
}
