import ArgumentParser
import DyadStore
import Foundation

/// The `--db` option shared by the commands that use a store.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The store: sqlite:PATH or postgres://user:pass@host:port/db (default: $DYAD_DB, else sqlite:dyad.sqlite).")
    var db: String?

    func location() throws -> StoreLocation {
        do {
            return try db.map(StoreLocation.parse) ?? StoreLocation.defaultLocation()
        } catch let e as StoreError {
            throw ValidationError(e.description)
        }
    }

    func validate() throws {
        _ = try location()
    }

    /// Opens the store, or reports why not on stderr and exits with status 1. A SQLite file
    /// is created only when `create` is set (by commands that write).
    func open(create: Bool) throws -> SQLEventStore {
        let location = try location()
        if !create, case let .sqlite(path) = location, !FileManager.default.fileExists(atPath: path) {
            Diagnostics.report("\(location): no such store (run 'dyad ingest' first, or name one with --db)")
            throw ExitCode(1)
        }
        do {
            return try runBlocking { try await location.open() }
        } catch {
            Diagnostics.report("\(location): \(error)")
            throw ExitCode(1)
        }
    }
}

/// Where the outcome of an async call is handed back to the waiting thread.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, Error>?
}

/// Runs async store work from a synchronous command and waits for it. The work runs on the
/// global executor and the database's own threads, never on the waiting thread.
func runBlocking<T>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try box.result!.get()
}

/// A buffered text destination: a file (created or truncated) or stdout.
final class TextOutput: @unchecked Sendable {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let ownsHandle: Bool

    init(path: String?) throws {
        if let path, path != "-" {
            guard FileManager.default.createFile(atPath: path, contents: nil),
                  let h = FileHandle(forWritingAtPath: path) else {
                throw ValidationError("cannot write '\(path)'")
            }
            handle = h
            ownsHandle = true
        } else {
            handle = FileHandle.standardOutput
            ownsHandle = false
        }
    }

    func line(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        buffer.append(10)
        if buffer.count > 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        if ownsHandle { try? handle.close() }
    }
}
