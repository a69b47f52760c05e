import DyadTestSupport
import Foundation
import Testing

/// `dyad serve`'s checks before it listens (the running server is tested in DyadServeTests and
/// by scripts/browser-test.sh).
@Suite struct ServeCommandTests {
    @Test(arguments: [["--port", "70000"], ["--max-body", "0"], ["--host", ""]])
    func badOptionsAreUsageErrors(options: [String]) throws {
        let r = try runDyad(["serve", "--db", "sqlite:/nonexistent/dyad.sqlite"] + options)
        #expect(r.status == 2, "\(r.stderr)")
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["DYAD_TOKEN"] == nil, "DYAD_TOKEN is set: writes would be on"))
    func aMissingStoreIsNotCreatedWhenWritesAreOff() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-serve")
        defer { scratch.remove() }
        let path = scratch.url.appendingPathComponent("dyad.sqlite").path
        let r = try runDyad(["serve", "--db", "sqlite:" + path, "--port", "0"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no such store"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func helpNamesTheTokenAndTheDefaults() throws {
        let r = try runDyad(["serve", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("DYAD_TOKEN"))
        #expect(r.stdout.contains("--max-body"))
        #expect(r.stdout.contains("127.0.0.1"))
    }
}
