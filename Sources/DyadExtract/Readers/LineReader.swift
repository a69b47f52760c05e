import Foundation

/// Reads a file or stdin line by line in bounded memory. A line longer than `maxLineBytes` is
/// skipped and reported instead of being buffered.
public final class LineReader {
    public enum Line {
        case text(Substring, number: Int)
        case tooLong(bytes: Int, number: Int)
        case invalidUTF8(number: Int)
        /// Reading failed after `afterLine` lines (an I/O error); the input ends here.
        case unreadable(reason: String, afterLine: Int)
    }

    private let handle: FileHandle
    private let maxLineBytes: Int
    /// Bytes of the current, unfinished line.
    private var pending: [UInt8] = []
    /// The buffer of the last read, how many of its bytes it read, and how far into them
    /// lines have been taken.
    private var chunk: [UInt8] = []
    private var validCount = 0
    private static let chunkBytes = 1 << 20
    private var position = 0
    private var eof = false
    private var number = 0
    /// Bytes of an over-long line being skipped, or nil.
    private var skipped: Int?

    /// Called before a read that would wait for more input (a pipe or terminal with nothing
    /// ready yet); nil: no check is made.
    public var waiting: (() -> Void)?

    public init(handle: FileHandle, maxLineBytes: Int) {
        self.handle = handle
        self.maxLineBytes = maxLineBytes
    }

    /// The next line, or nil at the end of input.
    public func next() -> Line? {
        while true {
            if position < validCount {
                let newline: Int? = chunk.withUnsafeBufferPointer { buf -> Int? in
                    guard let base = buf.baseAddress, let hit = memchr(base + position, 10, validCount - position) else { return nil }
                    return UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
                }
                let end = newline ?? validCount
                if let s = skipped {
                    skipped = s + (end - position)
                } else if pending.count + (end - position) > maxLineBytes {
                    skipped = pending.count + (end - position)
                    pending.removeAll(keepingCapacity: false)
                } else {
                    pending.append(contentsOf: chunk[position..<end])
                }
                position = newline.map { $0 + 1 } ?? validCount
                if newline != nil { return finishLine() }
                continue
            }
            if eof {
                guard !pending.isEmpty || skipped != nil else { return nil }
                return finishLine()
            }
            // read(2) returns what a pipe holds at once, so lines fed slowly (a live stream on
            // stdin) are handed out as they come, not when a whole chunk has filled.
            if chunk.count != Self.chunkBytes { chunk = [UInt8](repeating: 0, count: Self.chunkBytes) }
            let fd = handle.fileDescriptor
            if let waiting {
                var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                if poll(&ready, 1, 0) == 0 { waiting() }
            }
            var n: Int
            repeat {
                n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            } while n < 0 && errno == EINTR
            if n < 0 {
                let reason = String(cString: strerror(errno))
                eof = true
                validCount = 0
                pending.removeAll()
                skipped = nil
                return .unreadable(reason: reason, afterLine: number)
            } else if n == 0 {
                eof = true
                validCount = 0
            } else {
                validCount = n
                position = 0
            }
        }
    }

    private func finishLine() -> Line {
        number += 1
        if let s = skipped {
            skipped = nil
            return .tooLong(bytes: s, number: number)
        }
        var bytes = pending[...]
        pending.removeAll(keepingCapacity: true)
        if bytes.last == 13 { bytes = bytes.dropLast() }
        if number == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let s = String(validating: bytes, as: UTF8.self) else { return .invalidUTF8(number: number) }
        return .text(Substring(s), number: number)
    }
}
