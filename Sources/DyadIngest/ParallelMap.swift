import Foundation

extension Array where Element: Sendable {
    /// Maps in parallel over all cores, keeping order.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        if count <= 1 { return map(transform) }
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buf in
            nonisolated(unsafe) let out = buf
            DispatchQueue.concurrentPerform(iterations: count) { i in
                out[i] = transform(self[i])
            }
        }
        return results.map { $0! }
    }

    /// Maps in parallel on at most `jobs` threads (all cores when nil), keeping order. With one
    /// job the calling thread does all the work. Each thread takes the next element not yet
    /// taken, so a few slow elements do not leave the other threads idle.
    public func concurrentMap<T: Sendable>(jobs: Int?, _ transform: @Sendable (Element) -> T) -> [T] {
        guard let jobs, jobs < count else { return concurrentMap(transform) }
        if jobs <= 1 { return map(transform) }
        var results = [T?](repeating: nil, count: count)
        let n = count
        let next = NextIndex()
        results.withUnsafeMutableBufferPointer { buf in
            nonisolated(unsafe) let out = buf
            DispatchQueue.concurrentPerform(iterations: jobs) { _ in
                while let i = next.take(below: n) { out[i] = transform(self[i]) }
            }
        }
        return results.map { $0! }
    }
}

/// Hands out 0, 1, 2, ... to the threads of a parallel map, each number once.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
