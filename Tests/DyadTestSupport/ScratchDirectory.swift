import Foundation

/// A new, empty directory in the temporary directory, named `<prefix>-<UUID>`, for the files a
/// test writes. The test removes it when it ends: `defer { scratch.remove() }` right after
/// creating it, or ``withScratchDirectory(_:_:)``, which does both.
public struct ScratchDirectory: Sendable {
    public let url: URL

    /// Creates the directory.
    public init(prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Removes the directory and everything in it; one already gone is no error.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Runs `body` with a new scratch directory whose name starts with `prefix`, and removes the
/// directory when `body` returns or throws.
public func withScratchDirectory<T>(_ prefix: String, _ body: (URL) throws -> T) throws -> T {
    let scratch = try ScratchDirectory(prefix: prefix)
    defer { scratch.remove() }
    return try body(scratch.url)
}

/// ``withScratchDirectory(_:_:)`` for an asynchronous body.
public func withScratchDirectory<T>(_ prefix: String, isolation: isolated (any Actor)? = #isolation,
                                    _ body: (URL) async throws -> T) async throws -> T {
    let scratch = try ScratchDirectory(prefix: prefix)
    defer { scratch.remove() }
    return try await body(scratch.url)
}
