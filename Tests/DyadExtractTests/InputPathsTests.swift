import DyadExtract
import DyadTestSupport
import Foundation
import Testing

@Suite struct InputPathsTests {
    /// A few files and folders, some hidden, in `scratch`; returns its path.
    func tree(in scratch: ScratchDirectory) throws -> String {
        let root = scratch.url.path
        for f in ["a.txt", "sub/b.html", "sub/deeper/c.jsonl", ".hidden/x.txt", "sub/.dot.txt"] {
            let url = URL(fileURLWithPath: root + "/" + f)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        return root
    }

    @Test func aFolderIsEveryFileUnderItInOrderWithoutHiddenOnes() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-paths")
        defer { scratch.remove() }
        let root = try tree(in: scratch)
        #expect(InputPaths.expand([root]) == [root + "/a.txt", root + "/sub/b.html", root + "/sub/deeper/c.jsonl"])
    }

    @Test func aQuotedGlobIsExpanded() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-paths")
        defer { scratch.remove() }
        let root = try tree(in: scratch)
        #expect(InputPaths.expand([root + "/*.txt"]) == [root + "/a.txt"])
        #expect(InputPaths.expand([root + "/s*"]) == [root + "/sub/b.html", root + "/sub/deeper/c.jsonl"])
    }

    @Test func stdinFilesAndMissingNamesStayAsTheyAre() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-paths")
        defer { scratch.remove() }
        let root = try tree(in: scratch)
        let missing = root + "/nothing-*.txt"
        #expect(InputPaths.expand(["-", root + "/a.txt", root + "/gone.txt", missing])
                == ["-", root + "/a.txt", root + "/gone.txt", missing])
    }
}
