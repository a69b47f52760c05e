import DyadTestSupport
import Foundation
import Testing

/// `dyad ingest`, `dyad query` and `dyad export` on a throwaway SQLite store.
@Suite struct StoreCommandTests {
    /// The path of a store not yet made, in `scratch`.
    func temporaryStore(in scratch: ScratchDirectory) -> String {
        scratch.url.appendingPathComponent("dyad.sqlite").path
    }

    var examples: [String] {
        let root = SharedData.packageRoot.appendingPathComponent("Examples")
        let texts = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("articles").path)) ?? []
        return [root.appendingPathComponent("articles.jsonl").path]
            + texts.sorted().map { root.appendingPathComponent("articles").appendingPathComponent($0).path }
    }

    func ingestExamples(_ db: String) throws -> (articles: Int, events: Int) {
        let r = try runDyad(["ingest", "--db", "sqlite:" + db] + examples)
        #expect(r.status == 0, "\(r.stderr)")
        let m = try #require(r.stdout.firstMatch(of: /ingested (\d+) articles \((\d+) new, 0 already stored, 0 near duplicates merged\), (\d+) events, 0 failed in [0-9.]+ s/))
        #expect(m.1 == m.2)
        return (Int(m.1)!, Int(m.3)!)
    }

    @Test func ingestStoresOnceAndARerunSkipsEverything() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-cli-store")
        defer { scratch.remove() }
        let db = temporaryStore(in: scratch)
        let (articles, events) = try ingestExamples(db)
        #expect(articles >= 4)
        #expect(events > 0)
        let again = try runDyad(["ingest", "--db", "sqlite:" + db] + examples)
        #expect(again.status == 0)
        #expect(again.stdout.contains("ingested \(articles) articles (0 new, \(articles) already stored, 0 near duplicates merged), 0 events, 0 failed"), "\(again.stdout)")
        let export = try runDyad(["export", "--db", "sqlite:" + db, "--format", "jsonl"])
        #expect(export.status == 0)
        #expect(export.stdout.split(separator: "\n").count == events)
    }

    @Test func badItemsAreReportedAndSkippedWithStatusOne() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-cli-store")
        defer { scratch.remove() }
        let db = temporaryStore(in: scratch)
        let input = """
            {"id":"a","date":"2022-03-10","text":"Venezuela backs Russia."}
            this is not json
            {"id":"c","date":"2022-03-10","text":"Russia criticized Ukraine."}
            """
        let r = try runDyad(["ingest", "--db", "sqlite:" + db, "-"], stdin: input)
        #expect(r.status == 1)
        #expect(r.stderr.contains("<stdin>:2: not a JSON object"))
        #expect(r.stdout.contains("ingested 2 articles (2 new, 0 already stored, 0 near duplicates merged), 2 events, 1 failed"), "\(r.stdout)")
    }

    @Test func queryCountsPerQuadClassAndPeriod() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-cli-store")
        defer { scratch.remove() }
        let db = temporaryStore(in: scratch)
        let input = """
            {"id":"q1","date":"2022-03-10","text":"Venezuela backs Russia."}
            {"id":"q2","date":"2022-03-12","text":"Russia criticized Ukraine."}
            {"id":"q3","date":"2022-04-02","text":"Russia criticized the United States."}
            """
        let ing = try runDyad(["ingest", "--db", "sqlite:" + db, "-"], stdin: input)
        #expect(ing.status == 0, "\(ing.stderr)")
        let json = try runDyad(["query", "--db", "sqlite:" + db, "--actor", "rus", "--by", "month", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(rows.map { $0["period"] as? String } == ["2022-03", "2022-04"])
        #expect(rows.map { $0["events"] as? Int } == [2, 1])
        #expect((rows[0]["quad"] as? [Int]) == [1, 0, 1, 0])
        let csv = try runDyad(["query", "--db", "sqlite:" + db, "--dyad", "RUS-UKR", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("period,events,quad1,quad2,quad3,quad4,goldstein_sum,goldstein_mean\nall,1,0,0,1,0,"), "\(csv.stdout)")
        let reversed = try runDyad(["query", "--db", "sqlite:" + db, "--dyad", "UKR-RUS", "--format", "csv"])
        #expect(reversed.stdout.split(separator: "\n").count == 1)
        let both = try runDyad(["query", "--db", "sqlite:" + db, "--dyad", "UKR-RUS", "--both", "--format", "csv"])
        #expect(both.stdout.contains("\nall,1,"))
        let table = try runDyad(["query", "--db", "sqlite:" + db, "--code", "05", "--format", "table"])
        #expect(table.stdout.hasPrefix("PERIOD"))
        #expect(table.stdout.contains("all"))
    }

    @Test func sqlMetacharactersInFiltersChangeNothing() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-cli-store")
        defer { scratch.remove() }
        let db = temporaryStore(in: scratch)
        let (_, events) = try ingestExamples(db)
        let hostile = try runDyad(["query", "--db", "sqlite:" + db, "--actor", "'; DROP TABLE events; --", "--format", "json"])
        #expect(hostile.status == 0, "\(hostile.stderr)")
        #expect(hostile.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        let dyad = try runDyad(["query", "--db", "sqlite:" + db, "--dyad", "X' OR '1'='1-Y", "--format", "json"])
        #expect(dyad.status == 0)
        #expect(dyad.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        let all = try runDyad(["export", "--db", "sqlite:" + db, "--format", "jsonl"])
        #expect(all.stdout.split(separator: "\n").count == events)
    }

    @Test func exportWritesEveryFormat() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-cli-store")
        defer { scratch.remove() }
        let db = temporaryStore(in: scratch)
        let (_, events) = try ingestExamples(db)
        let csv = try runDyad(["export", "--db", "sqlite:" + db, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("id,date,source_code"))
        let icews = try runDyad(["export", "--db", "sqlite:" + db, "--format", "icews"])
        let icewsLines = icews.stdout.split(separator: "\n")
        #expect(icewsLines.first == "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude")
        #expect(icewsLines.count == events + 1)
        let dir = URL(fileURLWithPath: db).deletingLastPathComponent()
        let out = dir.appendingPathComponent("events.tsv").path
        let mentions = dir.appendingPathComponent("mentions.tsv").path
        let g = try runDyad(["export", "--db", "sqlite:" + db, "--format", "gdelt", "--out", out, "--mentions", mentions])
        #expect(g.status == 0, "\(g.stderr)")
        #expect(g.stdout.isEmpty)
        let rows = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(!rows.isEmpty && rows.count <= events)
        for r in rows {
            let f = r.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(f.count == 61)
            #expect(f[26].count >= 3 && f[26].allSatisfy(\.isNumber))  // EventCode keeps its leading zero
        }
        let m = try String(contentsOfFile: mentions, encoding: .utf8).split(separator: "\n")
        #expect(m.count == events)
        let wrong = try runDyad(["export", "--db", "sqlite:" + db, "--format", "csv", "--mentions", mentions])
        #expect(wrong.status == 2)
    }

    @Test func aWrongDatabaseGivesAClearErrorQuickly() throws {
        let port = try runDyad(["query", "--db", "postgres://dyad@127.0.0.1:1/dyad"])
        #expect(port.status == 1)
        #expect(port.stderr.contains("cannot reach PostgreSQL at 127.0.0.1:1"), "\(port.stderr)")
        let kind = try runDyad(["query", "--db", "mysql://x@y/z"])
        #expect(kind.status == 2)
        #expect(kind.stderr.contains("unknown kind of store 'mysql'"), "\(kind.stderr)")
        let dyad = try runDyad(["query", "--db", "sqlite:/nonexistent/x.sqlite", "--dyad", "VEN"])
        #expect(dyad.status == 2)
        #expect(dyad.stderr.contains("--dyad: expected SOURCE-TARGET"))
        let folder = try runDyad(["query", "--db", "sqlite:/nonexistent-folder/x.sqlite"])
        #expect(folder.status == 1)
        #expect(folder.stderr.contains("sqlite:/nonexistent-folder/x.sqlite: no such store"), "\(folder.stderr)")
        let write = try runDyad(["ingest", "--db", "sqlite:/nonexistent-folder/x.sqlite", "-"], stdin: "{\"id\":\"a\",\"text\":\"Venezuela backs Russia.\"}\n")
        #expect(write.status == 1)
        #expect(write.stderr.contains("cannot open the SQLite file"), "\(write.stderr)")
    }
}
