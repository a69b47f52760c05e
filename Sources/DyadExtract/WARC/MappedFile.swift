#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A file mapped into memory read-only, whose pages can be handed back once read: a WARC
/// archive is read front to back once, so the process's memory holds only the part being read,
/// not the whole file (which would count in full towards its resident size by the end).
final class MappedFile: @unchecked Sendable {
    /// The file's bytes, valid while this object lives.
    let data: Data
    private let base: UnsafeMutableRawPointer
    private let size: Int
    /// Bytes before this offset have been handed back.
    private var released = 0
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    /// Pages are handed back in steps of at least this many bytes.
    private static let step = 8 << 20

    /// Maps `path`; nil when it cannot be opened or mapped (or is empty).
    init?(path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return nil }
        let size = Int(st.st_size)
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        base = p
        self.size = size
        data = Data(bytesNoCopy: p, count: size, deallocator: .none)
    }

    deinit {
        munmap(base, size)
    }

    /// Says that the bytes before `offset` will not be read again: their pages leave memory
    /// (they would be read back from the file if they were).
    func discard(before offset: Int) {
        let end = min(offset, size) / Self.pageSize * Self.pageSize
        guard end - released >= Self.step else { return }
        madvise(base + released, end - released, Int32(MADV_DONTNEED))
        released = end
    }
}
