import DyadTestSupport
import Foundation
import Testing

/// `Examples/spark/dyad_spark.py` in Spark's local mode gives the events of a direct `dyad code`.
@Suite(.enabled(if: SparkAvailability.missing == nil, Comment(rawValue: SparkAvailability.missing ?? "")))
struct SparkExampleTests {
    static let script = SharedData.packageRoot.appendingPathComponent("Examples/spark/dyad_spark.py").path

    /// Reads Parquet folders back with pyspark and prints their rows as JSON, one folder after a `#` line each.
    static let readBack = """
        import sys
        from pyspark.sql import SparkSession
        spark = SparkSession.builder.master("local[1]").getOrCreate()
        for path in sys.argv[1:]:
            print("#" + path)
            for row in spark.read.parquet(path).toJSON().collect():
                print(row)
        spark.stop()
        """

    /// The fields of an event that must agree, as one comparable string.
    static func key(_ line: Substring) throws -> String {
        let e = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let source = e["source"] as? [String: Any]
        let target = e["target"] as? [String: Any]
        let evidence = e["evidence"] as? [String: Any]
        let fields: [Any?] = [e["id"], e["date"], e["cameo"], source?["code"], source?["entity"], target?["code"],
                              e["goldstein"], e["modality"], e["negated"], evidence?["article"], evidence?["url"],
                              evidence?["text"], evidence?["pattern"]]
        // A null is left out of Spark's JSON and written as null by dyad: the same here.
        return fields.map { v in v.flatMap { $0 is NSNull ? nil : "\($0)" } ?? "null" }.joined(separator: "|")
    }

    func python(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + arguments
        var env = ProcessInfo.processInfo.environment
        env["SPARK_LOCAL_IP"] = "127.0.0.1"
        p.environment = env
        // Spark logs a lot on stderr: to a file, so neither pipe can fill up while the other is read.
        let scratch = try ScratchDirectory(prefix: "dyad-spark")
        defer { scratch.remove() }
        let errPath = scratch.url.appendingPathComponent("stderr.log").path
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle(forWritingAtPath: errPath)
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let e = FileManager.default.contents(atPath: errPath) ?? Data()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test(.timeLimit(.minutes(10)))
    func sparkGivesTheEventsOfADirectRun() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-spark")
        defer { scratch.remove() }
        let dir = scratch.url
        // JSON Lines: the bundled examples and a few generated articles.
        let examples = try String(contentsOf: SharedData.packageRoot.appendingPathComponent("Examples/articles.jsonl"), encoding: .utf8)
        var lines = examples.split(separator: "\n").map(String.init)
        let texts = ["Russia criticized Ukraine on Monday.", "President Nicolas Maduro praised Vladimir Putin.",
                     "Ukraine accused Russia of shelling the city.", "The European Union urged both sides to negotiate."]
        for i in 0..<12 {
            lines.append(#"{"id":"s-\#(i)","date":"2022-03-\#(10 + i)","url":"https://example.org/s/\#(i)","text":"\#(texts[i % texts.count])"}"#)
        }
        let jsonl = try IngestFixtures.write(Data((lines.joined(separator: "\n") + "\n").utf8), "articles/all.jsonl", in: dir)
        // WARC: two archives of pages.
        let story = IngestFixtures.page(IngestFixtures.story, url: "https://a.example/story")
        let other = IngestFixtures.page(["Ukraine accused Russia of shelling the city of Kharkiv on Sunday, officials said."], url: "https://c.example/2")
        _ = try IngestFixtures.write(IngestFixtures.warcRecord(uri: "https://a.example/story", html: story), "warc/one.warc", in: dir)
        _ = try IngestFixtures.write(IngestFixtures.warcRecord(uri: "https://c.example/2", html: other), "warc/two.warc", in: dir)

        let dyad = SharedData.dyadExecutable.path
        let outJSONL = dir.appendingPathComponent("events-jsonl").path
        let outWARC = dir.appendingPathComponent("events-warc").path
        let runJSONL = try python([Self.script, jsonl, outJSONL, "--dyad", dyad, "--partitions", "3"])
        #expect(runJSONL.status == 0, "\(runJSONL.stderr.suffix(3000))")
        let runWARC = try python([Self.script, dir.appendingPathComponent("warc").path, outWARC, "--dyad", dyad])
        #expect(runWARC.status == 0, "\(runWARC.stderr.suffix(3000))")
        #expect(runWARC.stdout.contains("(warc)"))

        let readBack = try IngestFixtures.write(Data(Self.readBack.utf8), "read_back.py", in: dir)
        let back = try python([readBack, outJSONL, outWARC])
        #expect(back.status == 0, "\(back.stderr.suffix(3000))")
        var tables: [String: [String]] = [:]
        var current = ""
        for line in back.stdout.split(separator: "\n") {
            if line.hasPrefix("#") { current = String(line.dropFirst()); continue }
            if line.hasPrefix("{") { tables[current, default: []].append(try Self.key(line)) }
        }

        let directJSONL = try runDyad(["code", "--format", "jsonl", jsonl])
        #expect(directJSONL.status == 0)
        let expectedJSONL = try directJSONL.stdout.split(separator: "\n").map(Self.key).sorted()
        #expect(expectedJSONL.count >= 10)
        #expect(tables[outJSONL, default: []].sorted() == expectedJSONL)

        let directWARC = try runDyad(["code", "--format", "jsonl", dir.appendingPathComponent("warc").path])
        #expect(directWARC.status == 0)
        let expectedWARC = try directWARC.stdout.split(separator: "\n").map(Self.key).sorted()
        #expect(expectedWARC.count >= 2)
        #expect(tables[outWARC, default: []].sorted() == expectedWARC)
    }
}

/// Why the Spark test cannot run here, or nil when python3 with pyspark and Java are present.
enum SparkAvailability {
    static let missing: String? = {
        func succeeds(_ arguments: [String]) -> Bool {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = arguments
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            guard (try? p.run()) != nil else { return false }
            p.waitUntilExit()
            return p.terminationStatus == 0
        }
        if !succeeds(["python3", "-c", "import pyspark"]) {
            return "pyspark is not installed (pip install pyspark); Spark example test skipped"
        }
        if !succeeds(["java", "-version"]) {
            return "no Java runtime (java -version failed); Spark example test skipped"
        }
        return nil
    }()
}
