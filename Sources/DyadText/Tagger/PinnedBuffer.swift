#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An immutable copy of an array in memory aligned to 2 MB and, on Linux, advised to use
/// transparent huge pages.
///
/// Model lookups touch the weight table at random; with 4 KB pages nearly every probe of a
/// multi-megabyte table also misses the TLB, which dominates run time on virtual machines.
/// Huge pages remove most of those misses.
final class PinnedBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    init(_ array: [Element]) {
        count = array.count
        let bytes = max(MemoryLayout<Element>.stride * max(count, 1), 1)
        let huge = 2 << 20
        let rounded = (bytes + huge - 1) / huge * huge
        var raw: UnsafeMutableRawPointer? = nil
        if posix_memalign(&raw, bytes >= huge ? huge : 64, bytes >= huge ? rounded : bytes) != 0 || raw == nil {
            raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        }
        #if os(Linux)
        if bytes >= huge { _ = madvise(raw, rounded, 14 /* MADV_HUGEPAGE */) }
        #endif
        base = raw!.bindMemory(to: Element.self, capacity: max(count, 1))
        array.withUnsafeBufferPointer { src in
            if let s = src.baseAddress { base.update(from: s, count: count) }
        }
    }

    deinit {
        free(base)
    }

    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }
}
