import Foundation

/// Reads a file or stdin line by line in bounded memory. A line longer than `maxLineBytes` is
/// skipped and reported instead of being buffered.
public final class LineReader {
    public enum Line {
        case text(Substring, number: Int)
        case tooLong(bytes: Int, number: Int)
        case invalidUTF8(number: Int)
    }

    private let handle: FileHandle
    private let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    private var number = 0
    private var skipping = false
    private var skipped = 0

    public init(handle: FileHandle, maxLineBytes: Int) {
        self.handle = handle
        self.maxLineBytes = maxLineBytes
    }

    /// The next line, or nil at the end of input.
    public func next() -> Line? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 10) {
                let bytes = buffer[start..<nl]
                start = nl + 1
                number += 1
                if skipping {
                    skipping = false
                    let total = skipped + bytes.count
                    skipped = 0
                    return .tooLong(bytes: total, number: number)
                }
                return decode(bytes)
            }
            if eof {
                guard start < buffer.count || skipping else { return nil }
                let bytes = buffer[start...]
                start = buffer.count
                number += 1
                if skipping {
                    skipping = false
                    return .tooLong(bytes: skipped + bytes.count, number: number)
                }
                return decode(bytes)
            }
            if buffer.count - start > maxLineBytes {
                skipped += buffer.count - start
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            if start > 0 && start > buffer.count / 2 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            let chunk = handle.readData(ofLength: 1 << 16)
            if chunk.isEmpty { eof = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    private func decode(_ bytes: ArraySlice<UInt8>) -> Line {
        var b = bytes
        if b.last == 13 { b = b.dropLast() }
        if number == 1 && b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
        guard let s = String(validating: b, as: UTF8.self) else { return .invalidUTF8(number: number) }
        return .text(Substring(s), number: number)
    }
}
