#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Confines the whole process, every thread of it, to some of its CPUs, so that a measurement
/// "on n cores" really runs on n cores whatever threads the runtime and the readers start.
/// Linux only (`sched_setaffinity` on each thread in `/proc/self/task`); elsewhere nothing is
/// confined.
enum CPUAffinity {
    #if os(Linux)
    /// glibc's `sched_getaffinity`/`sched_setaffinity` (declared only for _GNU_SOURCE, so looked up).
    private typealias AffinityCall = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32
    private static func call(_ name: String) -> AffinityCall? {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, name) else { return nil }
        return unsafeBitCast(symbol, to: AffinityCall.self)
    }
    /// Room for 1024 CPUs, as glibc's `cpu_set_t`.
    private static let setBytes = 128
    #endif

    /// The CPUs the calling thread may run on, in ascending order (empty when unknown).
    static func allowed() -> [Int] {
        #if os(Linux)
        guard let get = call("sched_getaffinity") else { return [] }
        var set = [UInt8](repeating: 0, count: setBytes)
        guard set.withUnsafeMutableBytes({ get(0, setBytes, $0.baseAddress!) }) == 0 else { return [] }
        var cpus: [Int] = []
        for (i, byte) in set.enumerated() where byte != 0 {
            for bit in 0..<8 where byte & (1 << bit) != 0 { cpus.append(8 * i + bit) }
        }
        return cpus
        #else
        return []
        #endif
    }

    /// Lets every thread of the process run only on `cpus`; threads started later inherit it.
    /// Returns false when that is not possible here.
    @discardableResult
    static func restrict(to cpus: [Int]) -> Bool {
        #if os(Linux)
        guard !cpus.isEmpty, let setAffinity = call("sched_setaffinity") else { return false }
        var set = [UInt8](repeating: 0, count: setBytes)
        for c in cpus where c / 8 < setBytes { set[c / 8] |= UInt8(1 << (c % 8)) }
        // Twice over, for a thread that was being started while the first pass ran.
        var done = Set<Int32>()
        for _ in 0..<2 {
            guard let tasks = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task") else { return false }
            for tid in tasks.compactMap({ Int32($0) }) where !done.contains(tid) {
                if set.withUnsafeMutableBytes({ setAffinity(tid, setBytes, $0.baseAddress!) }) == 0 { done.insert(tid) }
            }
        }
        return !done.isEmpty
        #else
        return false
        #endif
    }
}
