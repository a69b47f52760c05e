import Foundation

/// The shared data folder (`../shared` beside the project: UD treebanks, gold suites, the
/// seed article). Tests that read it are skipped, with this reason, when it is absent.
public enum SharedData {
    /// The package's root folder.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let root: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    public static var available: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("seed").path)
    }

    public static let skipReason = "needs the shared data folder '../shared' beside the project"

    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// The dyad executable built beside the test bundle.
    public static var dyadExecutable: URL {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [dir, dir.deletingLastPathComponent()] {
            let u = candidate.appendingPathComponent("dyad")
            if FileManager.default.isExecutableFile(atPath: u.path) { return u }
        }
        return packageRoot.appendingPathComponent(".build/debug/dyad")
    }
}

/// A command's result.
public struct RunResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

/// Runs the dyad executable with arguments and optional standard input.
public func runDyad(_ arguments: [String], stdin: String? = nil) throws -> RunResult {
    let p = Process()
    p.executableURL = SharedData.dyadExecutable
    p.arguments = arguments
    let out = Pipe(), err = Pipe(), inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inp
    try p.run()
    if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
    try inp.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return RunResult(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
}
