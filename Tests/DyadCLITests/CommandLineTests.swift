import DyadTestSupport
import Foundation
import Synchronization
import Testing

/// The command line as a user runs it: the built `dyad` executable.
@Suite struct CommandLineTests {
    /// Writes `contents` to a file named `name` in `scratch`; returns its path.
    func tempFile(_ name: String, _ contents: Data, in scratch: ScratchDirectory) throws -> String {
        let url = scratch.url.appendingPathComponent(name)
        try contents.write(to: url)
        return url.path
    }

    @Test func codesJSONLinesFromStdinWithTheArticleID() throws {
        let input = """
            {"id":"art-1","date":"2022-03-10","title":"T","text":"Venezuela backs Russia.","url":"https://example.org/1"}
            {"id":"art-2","date":"2021-05-01","text":"Russia criticized the United States."}

            """
        let r = try runDyad(["code", "--format", "jsonl", "-"], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        let evidence = first["evidence"] as! [String: Any]
        #expect(evidence["article"] as? String == "art-1")
        #expect(evidence["url"] as? String == "https://example.org/1")
        #expect(first["cameo"] as? String == "051")
        #expect(first["date"] as? String == "2022-03-10")
        #expect((first["source"] as! [String: Any])["code"] as? String == "VEN")
        #expect(first["quad"] as? Int == 1)
        let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as! [String: Any]
        #expect((second["evidence"] as! [String: Any])["article"] as? String == "art-2")
    }

    /// A live stream: an article is coded while the writer keeps stdin open, not when a batch
    /// has filled or the input has ended.
    @Test func codesEachArticleOfALiveStreamAsItComes() throws {
        let p = Process()
        let input = Pipe(), output = Pipe()
        p.executableURL = SharedData.dyadExecutable
        p.arguments = ["code", "--format", "jsonl", "-"]
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        defer { if p.isRunning { p.terminate() } }
        try input.fileHandleForWriting.write(contentsOf: Data("{\"id\":\"live-1\",\"date\":\"2022-03-10\",\"text\":\"Russia criticized Ukraine.\"}\n".utf8))
        // Read the first output line on a thread of its own; stdin stays open meanwhile.
        let line = Mutex<String?>(nil)
        let done = DispatchSemaphore(value: 0)
        let reader = output.fileHandleForReading
        Thread {
            var bytes = Data()
            while !bytes.contains(10) {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                bytes.append(chunk)
            }
            let text = String(decoding: bytes.prefix { $0 != 10 }, as: UTF8.self)
            line.withLock { $0 = text }
            done.signal()
        }.start()
        let timedOut = done.wait(timeout: .now() + 120) == .timedOut
        #expect(!timedOut, "no event while the input stayed open")
        try input.fileHandleForWriting.close()
        if timedOut { done.wait() }
        p.waitUntilExit()
        let first = try #require(line.withLock { $0 })
        #expect(first.contains("\"article\":\"live-1\"") && first.contains("\"cameo\":\"111\""), "\(first)")
        #expect(p.terminationStatus == 0)
    }

    @Test func aBadLineIsReportedAndTheOthersAreStillCoded() throws {
        let input = """
            {"id":"a","date":"2022-03-10","text":"Venezuela backs Russia."}
            this is not json
            {"id":"c","date":"2022-03-10"}
            {"id":"d","date":"2022-13-45","text":"Russia backs Venezuela."}
            {"id":"e","date":"2022-03-10","text":"Russia criticized Ukraine."}
            """
        let r = try runDyad(["code", "--format", "jsonl", "-"], stdin: input)
        #expect(r.status == 1)
        #expect(r.stderr.contains("<stdin>:2: not a JSON object"))
        #expect(r.stderr.contains("<stdin>:3: missing \"text\""))
        #expect(r.stderr.contains("<stdin>:4: cannot understand the date '2022-13-45'"))
        let articles = r.stdout.split(separator: "\n").map { line -> String in
            let o = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return (o["evidence"] as! [String: Any])["article"] as! String
        }
        #expect(articles == ["a", "e"])
    }

    @Test func badFilesAreReportedByNameAndGoodOnesStillCoded() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-cli")
        defer { scratch.remove() }
        let good = try tempFile("good.txt", Data("A headline\n\nVenezuela backs Russia.".utf8), in: scratch)
        let empty = try tempFile("empty.txt", Data(), in: scratch)
        let binary = try tempFile("binary.txt", Data([0, 1, 2, 3, 0xff]), in: scratch)
        let utf8 = try tempFile("latin1.txt", Data([0x43, 0x61, 0x66, 0xe9, 0x2e]), in: scratch)
        let r = try runDyad(["code", "--format", "csv", "--date", "2022-03-10", empty, binary, good, utf8, "/no/such/file.txt"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("empty.txt: the file is empty"))
        #expect(r.stderr.contains("binary.txt: binary data"))
        #expect(r.stderr.contains("latin1.txt: not valid UTF-8"))
        #expect(r.stderr.contains("/no/such/file.txt: cannot read: no such file"))
        let rows = r.stdout.split(separator: "\n")
        #expect(rows.count == 2)
        #expect(rows[0].hasPrefix("id,date,source_code"))
        #expect(rows[1].contains(",051,"))
    }

    @Test func aHugeSingleLineIsRefusedWithoutLosingTheRest() throws {
        var big = Data("{\"text\":\"".utf8)
        big.append(Data(repeating: UInt8(ascii: "a"), count: 3 << 20))
        big.append(Data("\"}\n{\"id\":\"ok\",\"date\":\"2022-03-10\",\"text\":\"Venezuela backs Russia.\"}\n".utf8))
        let scratch = try ScratchDirectory(prefix: "dyad-cli")
        defer { scratch.remove() }
        let path = try tempFile("big.jsonl", big, in: scratch)
        let r = try runDyad(["code", "--format", "jsonl", path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("big.jsonl:1: line of"))
        #expect(r.stdout.contains("\"article\":\"ok\""))
    }

    @Test(.enabled(if: SharedData.available, Comment(rawValue: SharedData.skipReason)))
    func codesTheSeedAsATable() throws {
        let r = try runDyad(["code", "--format", "table", SharedData.url("seed/000_f731b9d803b44144.txt").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("DATE"))
        #expect(r.stdout.contains("VENGOV"))
        #expect(r.stdout.contains("163 Impose embargo"))
    }

    @Test func theSameInputGivesTheSameBytesOnEveryRun() throws {
        let examples = SharedData.packageRoot.appendingPathComponent("Examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: examples.appendingPathComponent("articles").path)
            .sorted().map { examples.appendingPathComponent("articles/\($0)").path }
        let args = ["code", "--format", "jsonl"] + files + [examples.appendingPathComponent("articles.jsonl").path]
        let runs = try (0..<3).map { _ in try runDyad(args) }
        #expect(runs[0].status == 0)
        #expect(!runs[0].stdout.isEmpty)
        #expect(runs[1].stdout == runs[0].stdout)
        #expect(runs[2].stdout == runs[0].stdout)
    }

    @Test func explainShowsTokensActorsAndThePatternThatFired() throws {
        let r = try runDyad(["explain", "Venezuela backs Russia.", "--date", "2022-03-10"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("0:Venezuela 1:backs 2:Russia 3:."))
        #expect(r.stdout.contains("\"Venezuela\" -> VEN"))
        #expect(r.stdout.contains("051.back"))
        #expect(r.stdout.contains("FIRED"))
    }

    @Test func explainSaysWhyNothingFired() throws {
        let r = try runDyad(["explain", "Venezuela ate Russia.", "--date", "2022-03-10"])
        #expect(r.stdout.contains("no verb or noun of any pattern"))
        #expect(r.stdout.contains("EVENTS\n  none"))
    }

    @Test(arguments: [
        (["Trump", "--date", "2019-05-01"], "USAGOV"),
        (["Trump", "--date", "2022-03-10"], "USAELI"),
        (["Maduro", "--date", "2022-03-10"], "VENGOV"),
        (["the Kremlin"], "RUSGOV"),
    ])
    func actorsLooksUpByDate(_ args: [String], _ code: String) throws {
        let r = try runDyad(["actors"] + args)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix(code + "\t"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let r = try runDyad(["code", "--date", "soon", "x.txt"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("cannot understand the date 'soon'"))
    }
}
