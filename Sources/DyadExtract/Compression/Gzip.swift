import CZlib
import Foundation

/// gzip decompression with zlib, bounded in output size. Handles multi-member files (several
/// gzip streams back to back, as WARC.gz files are), which one-shot decoders often stop after
/// the first member of.
public enum Gzip {
    /// Why a gzip stream could not be read.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The output would exceed `limit` bytes (a gzip bomb, or simply too large).
        case tooLarge(limit: Int)
        /// The input ended inside a member.
        case truncated
        /// The input is not valid gzip/deflate data.
        case corrupt(String)

        public var description: String {
            switch self {
            case let .tooLarge(limit): return "decompresses to more than the limit of \(limit) bytes"
            case .truncated: return "truncated (the data ends inside a gzip member)"
            case let .corrupt(message): return "corrupt data (\(message))"
            }
        }
    }

    /// True when `data` starts with the gzip magic bytes 1f 8b.
    public static func isGzip(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    /// All members of `data` decompressed and concatenated, at most `limit` bytes.
    public static func decompress(_ data: Data, limit: Int) throws -> Data {
        var out = Data()
        let inflater = Inflater()
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let member = try inflater.member(raw, at: offset, limit: limit - out.count) { out.append(contentsOf: $0) }
                offset = member
                // Trailing zero padding after the last member is allowed.
                if raw[offset...].allSatisfy({ $0 == 0 }) { break }
            }
        }
        return out
    }

    /// `data` compressed as one gzip member.
    public static func compress(_ data: Data, level: Int32 = 6) -> Data {
        var stream = z_stream()
        // 15 + 16: a 32 KB window and a gzip header and trailer.
        guard dyad_deflate_init2(&stream, level, 15 + 16) == Z_OK else { return Data() }
        defer { deflateEnd(&stream) }
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var input = [UInt8](data)
        input.withUnsafeMutableBufferPointer { inp in
            stream.next_in = inp.baseAddress
            stream.avail_in = uInt(inp.count)
            var status = Z_OK
            while status == Z_OK {
                status = buffer.withUnsafeMutableBufferPointer { b in
                    stream.next_out = b.baseAddress
                    stream.avail_out = uInt(b.count)
                    return deflate(&stream, Z_FINISH)
                }
                out.append(contentsOf: buffer[0..<(buffer.count - Int(stream.avail_out))])
            }
        }
        return out
    }

    /// Up to `count` bytes from the start of the decompressed data (for sniffing a format); the
    /// input may be cut short. Empty when the data is not readable gzip.
    public static func prefix(of data: Data, count: Int) -> Data {
        struct Enough: Error {}
        var out = Data()
        let inflater = Inflater()
        data.withUnsafeBytes { raw in
            _ = try? inflater.member(raw, at: 0, limit: Int.max) { chunk in
                out.append(contentsOf: chunk.prefix(count - out.count))
                if out.count >= count { throw Enough() }
            }
        }
        return out
    }

    /// A zlib inflate stream reused across members.
    final class Inflater {
        private var stream = z_stream()
        private var ready = false
        private var buffer = [UInt8](repeating: 0, count: 1 << 16)

        init() {}

        deinit {
            if ready { inflateEnd(&stream) }
        }

        /// Inflates the member that starts at `offset` in `input`, passing output chunks to
        /// `sink`; returns the offset just past the member. Throws `.tooLarge` as soon as more
        /// than `limit` bytes come out.
        func member(_ input: UnsafeRawBufferPointer, at offset: Int, limit: Int,
                             _ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Int {
            if !ready {
                stream = z_stream()
                // 15 + 32: a 32 KB window and automatic gzip/zlib header detection.
                guard dyad_inflate_init2(&stream, 15 + 32) == Z_OK else { throw Failure.corrupt("zlib could not start") }
                ready = true
            } else {
                inflateReset(&stream)
            }
            guard offset + 2 <= input.count, input[offset] == 0x1F, input[offset + 1] == 0x8B else {
                throw Failure.corrupt("no gzip header at offset \(offset)")
            }
            let base = input.baseAddress!.assumingMemoryBound(to: UInt8.self)
            // zlib takes at most 4 GB at once; feed it in slices.
            var consumed = offset
            var produced = 0
            while true {
                let slice = min(input.count - consumed, 1 << 30)
                stream.next_in = UnsafeMutablePointer(mutating: base + consumed)
                stream.avail_in = uInt(slice)
                let status: Int32 = buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let used = slice - Int(stream.avail_in)
                consumed += used
                let made = buffer.count - Int(stream.avail_out)
                if made > 0 {
                    produced += made
                    if produced > limit { throw Failure.tooLarge(limit: limit) }
                    try buffer.withUnsafeBytes { try sink(UnsafeRawBufferPointer(rebasing: $0.prefix(made))) }
                }
                switch status {
                case Z_STREAM_END:
                    return consumed
                case Z_OK:
                    continue
                case Z_BUF_ERROR:
                    if consumed >= input.count { throw Failure.truncated }
                    if made == 0 && used == 0 { throw Failure.corrupt("no progress") }
                case Z_DATA_ERROR:
                    let msg = stream.msg.map { String(cString: $0) } ?? "bad deflate data"
                    throw Failure.corrupt(msg)
                default:
                    throw Failure.corrupt("zlib error \(status)")
                }
                if consumed >= input.count && made == 0 { throw Failure.truncated }
            }
        }
    }
}
