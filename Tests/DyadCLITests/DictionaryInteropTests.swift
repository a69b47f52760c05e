import DyadTestSupport
import Foundation
import Testing

/// `--dictionaries` with PETRARCH files, and `--only-dictionaries`, as a user runs them.
@Suite struct DictionaryInteropTests {
    /// Writes `files`, text by name, into `scratch`; returns its path.
    func folder(_ files: [String: String], in scratch: ScratchDirectory) throws -> String {
        let dir = scratch.url
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir.path
    }

    @Test func petrarchFilesAreReadAndSummarisedOnStandardError() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-interop")
        defer { scratch.remove() }
        let dir = try folder([
            "world.actors.txt": "ARNOR_ [ARN]\nGONDOR [GON]\nBOROMIR [---]\n",
            "world.verbs.txt": "--- ACCUSE [112] ---\nACCUSE\n- + * [112]\n",
            "notes.txt": "just some notes\n",
        ], in: scratch)
        let r = try runDyad(["code", "--format", "jsonl", "--dictionaries", dir, "--only-dictionaries", "-"],
                            stdin: #"{"id":"a","date":"2001-01-01","text":"Arnor accused Gondor on Monday."}"# + "\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(#""code":"ARN""#) && r.stdout.contains(#""cameo":"112""#) && r.stdout.contains(#""code":"GON""#), "\(r.stdout)")
        #expect(r.stderr.contains("world.actors.txt: PETRARCH actors, 2 read, 1 skipped"), "\(r.stderr)")
        #expect(r.stderr.contains("world.verbs.txt: PETRARCH verbs, 1 read, 1 skipped"), "\(r.stderr)")
        #expect(r.stderr.contains("notes.txt: not recognised"), "\(r.stderr)")
    }

    @Test func onlyDictionariesDropsTheShippedOnesAndNeedsAFolder() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-interop")
        defer { scratch.remove() }
        let dir = try folder(["world.actors.txt": "ARNOR [ARN]\n"], in: scratch)
        let with = try runDyad(["actors", "Venezuela", "--dictionaries", dir])
        #expect(with.status == 0 && with.stdout.hasPrefix("VEN"), "\(with.stdout)\(with.stderr)")
        let only = try runDyad(["actors", "Venezuela", "--dictionaries", dir, "--only-dictionaries"])
        #expect(!only.stdout.hasPrefix("VEN"), "\(only.stdout)")
        let usage = try runDyad(["actors", "Venezuela", "--only-dictionaries"])
        #expect(usage.status != 0 && usage.stderr.contains("--only-dictionaries needs --dictionaries DIR."))
    }
}
