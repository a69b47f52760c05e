import DyadCore
import Foundation

/// What kind of input a file holds.
public enum InputFormat: String, Sendable, CaseIterable {
    case auto, text, jsonl
}

/// Opens inputs named on the command line and hands out their articles one at a time, so
/// large inputs stream. A bad item is reported and skipped; the rest still arrive.
public struct ArticleInput {
    public let limits: InputLimits
    public let format: InputFormat

    public init(format: InputFormat = .auto, limits: InputLimits = InputLimits()) {
        self.format = format
        self.limits = limits
    }

    /// Reads `name` (a path, or `-` for stdin) and calls `body` with each article or error.
    public func read(_ name: String, _ body: (Result<Article, DyadError>) -> Void) {
        let display = name == "-" ? "<stdin>" : name
        let handle: FileHandle
        if name == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: name, isDirectory: &isDir) else {
                body(.failure(.unreadable(input: display, reason: "no such file")))
                return
            }
            guard !isDir.boolValue else {
                body(.failure(.unreadable(input: display, reason: "is a folder (name the files, e.g. \(name)/*.txt)")))
                return
            }
            guard let h = FileHandle(forReadingAtPath: name) else {
                body(.failure(.unreadable(input: display, reason: "permission denied")))
                return
            }
            handle = h
        }
        defer { if name != "-" { try? handle.close() } }
        var kind = format
        if kind == .auto {
            let lower = name.lowercased()
            if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || name == "-" { kind = .jsonl }
            else if lower.hasSuffix(".txt") { kind = .text }
        }
        if kind == .jsonl {
            readLines(handle, display, body)
            return
        }
        // Text, or auto: read whole (bounded), decide by the first character.
        let data = handle.readData(ofLength: limits.maxArticleBytes + 1)
        if kind == .auto, let first = data.first(where: { $0 != 32 && $0 != 10 && $0 != 13 && $0 != 9 }), first == UInt8(ascii: "{") {
            let reader = JSONLinesReader(limits: limits)
            let text = String(decoding: data, as: UTF8.self)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                do {
                    if let a = try reader.article(fromLine: line, number: n + 1, input: display) { body(.success(a)) }
                } catch let e as DyadError {
                    body(.failure(e))
                } catch {
                    body(.failure(.badInput(input: display, line: n + 1, reason: "\(error)")))
                }
            }
            return
        }
        do {
            body(.success(try PlainTextReader(limits: limits).read(data, name: display)))
        } catch let e as DyadError {
            body(.failure(e))
        } catch {
            body(.failure(.badInput(input: display, line: nil, reason: "\(error)")))
        }
    }

    private func readLines(_ handle: FileHandle, _ display: String, _ body: (Result<Article, DyadError>) -> Void) {
        let lines = LineReader(handle: handle, maxLineBytes: limits.maxLineBytes)
        let reader = JSONLinesReader(limits: limits)
        var sawAny = false
        while let line = lines.next() {
            switch line {
            case let .text(text, number):
                do {
                    if let a = try reader.article(fromLine: text, number: number, input: display) {
                        sawAny = true
                        body(.success(a))
                    }
                } catch let e as DyadError {
                    sawAny = true
                    body(.failure(e))
                } catch {
                    body(.failure(.badInput(input: display, line: number, reason: "\(error)")))
                }
            case let .tooLong(bytes, number):
                sawAny = true
                body(.failure(.badInput(input: display, line: number,
                                        reason: "line of \(bytes) bytes is longer than the limit of \(limits.maxLineBytes) bytes")))
            case let .invalidUTF8(number):
                sawAny = true
                body(.failure(.badInput(input: display, line: number, reason: "not valid UTF-8")))
            }
        }
        if !sawAny && display != "<stdin>" {
            body(.failure(.badInput(input: display, line: nil, reason: "the file is empty")))
        }
    }
}
