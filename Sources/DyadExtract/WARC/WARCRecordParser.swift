/// Splits a stream of WARC bytes into records, fed chunk by chunk, in bounded memory: a record
/// whose Content-Length is above `maxRecordBytes` is skipped (its bytes are not kept) and
/// reported. A record whose Content-Length does not match (no blank line after the block) is
/// reported, and reading resumes at the next `WARC/1.` line.
struct WARCRecordParser {
    enum Event {
        case record(WARCRecord)
        case failure(offset: Int, reason: String)
    }

    let maxRecordBytes: Int
    let maxHeaderBytes = 1 << 16

    private var buffer: [UInt8] = []
    /// Stream position of `buffer[0]`.
    private var bufferStart = 0
    /// (stream position, file offset) pairs: from each stream position on, bytes come from the
    /// gzip member (or plain file position) at that file offset.
    private var origins: [(stream: Int, file: Int)] = []
    /// Bytes of an oversized record still to skip.
    private var skipping = 0
    /// True after a bad record, until the next `WARC/1.` line is found.
    private var lost = false
    /// Stream position of the oversized record being skipped, and its file offset.
    private var streamPosition: Int { bufferStart + buffer.count }

    init(maxRecordBytes: Int) {
        self.maxRecordBytes = maxRecordBytes
    }

    /// Adds bytes that came from file offset `fileOffset` (nil: plain file, offset = position).
    mutating func feed<C: Collection>(_ bytes: C, fileOffset: Int?) where C.Element == UInt8 {
        if let fileOffset { origins.append((streamPosition, fileOffset)) }
        var bytes = bytes[...]
        if skipping > 0 {
            let n = min(skipping, bytes.count)
            skipping -= n
            bufferStart += n
            bytes = bytes.dropFirst(n)
        }
        buffer.append(contentsOf: bytes)
    }

    /// The file offset of a stream position.
    private func fileOffset(of position: Int) -> Int {
        guard !origins.isEmpty else { return position }
        var best = origins[0].file
        for o in origins where o.stream <= position { best = o.file }
        return best
    }

    /// Drops what has been read up to `index` of the buffer.
    private mutating func consume(_ index: Int) {
        guard index > 0 else { return }
        buffer.removeFirst(min(index, buffer.count))
        bufferStart += index
        // Keep only the origin in force at the new start.
        if let keep = origins.lastIndex(where: { $0.stream <= bufferStart }), keep > 0 {
            origins.removeFirst(keep)
        }
    }

    /// The records complete so far; with `final`, also reports a record cut short by the end.
    mutating func drain(final: Bool) -> [Event] {
        var events: [Event] = []
        while true {
            // Skip blank lines between records.
            var i = 0
            while i < buffer.count, buffer[i] == 13 || buffer[i] == 10 { i += 1 }
            consume(i)
            if buffer.isEmpty || skipping > 0 { break }
            if lost {
                if !resync(from: 0, final: final) { break }
            }
            let start = bufferStart
            guard buffer.count >= 7 || final else { break }
            if !buffer.starts(with: Self.magic) {
                events.append(.failure(offset: fileOffset(of: start), reason: "expected 'WARC/1.' at the start of a record"))
                if !resync(from: 1, final: final) { break }
                continue
            }
            guard let headerEnd = Self.find(Self.blankLine, in: buffer, from: 0, limit: maxHeaderBytes) else {
                if buffer.count > maxHeaderBytes {
                    events.append(.failure(offset: fileOffset(of: start), reason: "record header longer than \(maxHeaderBytes) bytes"))
                    if !resync(from: 1, final: final) { break }
                    continue
                }
                if final {
                    events.append(.failure(offset: fileOffset(of: start), reason: "truncated: the file ends inside the record header"))
                    consume(buffer.count)
                }
                break
            }
            let header = String(decoding: buffer[0..<headerEnd], as: UTF8.self)
            var lines = header.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" })
            let version = String(lines.removeFirst())
            var fields: [String: String] = [:]
            for l in lines {
                guard let colon = l.firstIndex(of: ":") else { continue }
                let key = l[..<colon].lowercased().trimmingCharacters(in: .whitespaces)
                let value = l[l.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if fields[key] == nil { fields[key] = value }
            }
            let blockStart = headerEnd + 4
            guard let lengthText = fields["content-length"], let length = Int(lengthText), length >= 0 else {
                events.append(.failure(offset: fileOffset(of: start), reason: "missing or invalid Content-Length"))
                if !resync(from: blockStart, final: final) { break }
                continue
            }
            if length > maxRecordBytes {
                events.append(.failure(offset: fileOffset(of: start),
                                       reason: "record of \(length) bytes is larger than the limit of \(maxRecordBytes) bytes; skipped"))
                let have = buffer.count - blockStart
                if have >= length {
                    consume(blockStart + length)
                } else {
                    skipping = length - have
                    consume(buffer.count)
                }
                continue
            }
            let blockEnd = blockStart + length
            guard blockEnd + 4 <= buffer.count else {
                if final {
                    if blockEnd > buffer.count {
                        events.append(.failure(offset: fileOffset(of: start),
                                               reason: "truncated: Content-Length is \(length) but only \(buffer.count - blockStart) bytes follow"))
                        _ = resync(from: blockStart, final: true)
                        continue
                    }
                    // The block is complete; the closing blank line is missing or short.
                    if buffer[blockEnd...].allSatisfy({ $0 == 13 || $0 == 10 }) {
                        events.append(.record(WARCRecord(offset: fileOffset(of: start), version: version, fields: fields,
                                                         block: Array(buffer[blockStart..<blockEnd]))))
                        consume(buffer.count)
                        continue
                    }
                    events.append(.failure(offset: fileOffset(of: start),
                                           reason: "Content-Length \(length) does not match the record (no blank line after the block)"))
                    _ = resync(from: blockStart, final: true)
                    continue
                }
                break
            }
            if !buffer[blockEnd..<(blockEnd + 4)].elementsEqual(Self.blankLine) {
                events.append(.failure(offset: fileOffset(of: start),
                                       reason: "Content-Length \(length) does not match the record (no blank line after the block)"))
                if !resync(from: blockStart, final: final) { break }
                continue
            }
            events.append(.record(WARCRecord(offset: fileOffset(of: start), version: version, fields: fields,
                                             block: Array(buffer[blockStart..<blockEnd]))))
            consume(blockEnd + 4)
        }
        return events
    }

    /// Moves to the next `WARC/1.` at the start of a line at or after `from`; false when more
    /// input is needed to find one (the bytes before are dropped either way).
    private mutating func resync(from: Int, final: Bool) -> Bool {
        var i = max(from, 0)
        while let m = Self.find(Self.magic, in: buffer, from: i, limit: Int.max) {
            if m == 0 || buffer[m - 1] == 10 {
                consume(m)
                lost = false
                return true
            }
            i = m + 1
        }
        lost = true
        // Keep a tail that could hold the start of a split magic.
        let keep = final ? 0 : min(buffer.count, Self.magic.count)
        consume(buffer.count - keep)
        return false
    }

    static let magic: [UInt8] = Array("WARC/1.".utf8)
    static let blankLine: [UInt8] = [13, 10, 13, 10]

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int, limit: Int) -> Int? {
        guard needle.count > 0, hay.count >= needle.count, from <= hay.count - needle.count else { return nil }
        let last = min(hay.count - needle.count, limit >= hay.count ? hay.count : from + limit)
        let first = needle[0]
        var i = from
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}

import Foundation
