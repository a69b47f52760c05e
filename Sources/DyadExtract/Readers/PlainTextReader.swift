import DyadCore
import DyadText
import Foundation

/// Reads a scraped article saved as plain text.
public struct PlainTextReader: Sendable {
    public var limits: InputLimits
    public var layout = ArticleLayout()

    public init(limits: InputLimits = InputLimits()) {
        self.limits = limits
    }

    /// The article in `data`, read from the input called `name`.
    public func read(_ data: Data, name: String) throws -> Article {
        let text = try InputText.decode(data, name: name, limits: limits)
        let parts = layout.parts(of: text)
        guard !parts.body.isEmpty else {
            throw DyadError.badInput(input: name, line: nil, reason: "no article body found (only a title, dateline, captions or related lines)")
        }
        if let long = parts.body.first(where: { $0.utf8.count > limits.maxLineBytes }) {
            throw DyadError.badInput(input: name, line: nil,
                                     reason: "a paragraph of \(long.utf8.count) bytes is longer than the limit of \(limits.maxLineBytes) bytes; this does not look like an article")
        }
        return Article(id: ContentHash.hex(parts.body.joined(separator: "\n")), site: nil, tagline: parts.tagline,
                       title: parts.title, published: parts.date?.description, dateline: parts.dateline,
                       body: parts.body, captions: parts.captions, related: parts.related,
                       sourceFormat: "text", origin: name)
    }
}

/// Checks and decodes raw input bytes as article text.
public enum InputText {
    public static func decode(_ data: Data, name: String, limits: InputLimits) throws -> String {
        if data.isEmpty { throw DyadError.badInput(input: name, line: nil, reason: "the file is empty") }
        if data.count > limits.maxArticleBytes {
            throw DyadError.badInput(input: name, line: nil,
                                     reason: "larger than the limit of \(limits.maxArticleBytes) bytes for one article")
        }
        if data.prefix(8192).contains(0) {
            throw DyadError.badInput(input: name, line: nil, reason: "binary data (NUL bytes), not text")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            let offset = firstInvalidUTF8(data)
            throw DyadError.badInput(input: name, line: nil, reason: "not valid UTF-8 (first bad byte at offset \(offset))")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.trimmingSpaces.isEmpty { throw DyadError.badInput(input: name, line: nil, reason: "the file holds only whitespace") }
        return text
    }

    /// Byte offset of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(_ data: Data) -> Int {
        var decoder = UTF8()
        var iterator = data.makeIterator()
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): consumed += UTF8.width(s)
            case .emptyInput, .error: return consumed
            }
        }
    }
}
