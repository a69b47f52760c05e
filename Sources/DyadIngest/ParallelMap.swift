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

    /// Maps in parallel on at most `jobs` threads (all cores when nil), keeping order.
    public func concurrentMap<T: Sendable>(jobs: Int?, _ transform: @Sendable (Element) -> T) -> [T] {
        guard let jobs, jobs < count else { return concurrentMap(transform) }
        if jobs <= 1 { return map(transform) }
        var results = [T?](repeating: nil, count: count)
        let n = count
        results.withUnsafeMutableBufferPointer { buf in
            nonisolated(unsafe) let out = buf
            DispatchQueue.concurrentPerform(iterations: jobs) { worker in
                for i in stride(from: worker, to: n, by: jobs) { out[i] = transform(self[i]) }
            }
        }
        return results.map { $0! }
    }
}
