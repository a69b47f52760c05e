import DyadTestSupport
import Foundation
import Testing

/// `dyad bench ingest` on a few pages: it runs, counts, and says on how many CPUs it ran.
@Suite struct BenchIngestCommandTests {
    @Test func measuresOneJobOnOneCPUAndAllJobsOnAllCPUs() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-bench-ingest")
        defer { scratch.remove() }
        let dir = scratch.url
        for n in 1...3 {
            let page = IngestFixtures.page(["Story \(n): Russia criticized Ukraine on Monday, officials in Kyiv said after the meeting."],
                                           url: "https://news.example/\(n)")
            _ = try IngestFixtures.write(Data(page.utf8), "p\(n).html", in: dir)
        }
        let r = try runDyad(["bench", "ingest", "--runs", "1", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        #expect(lines.contains { $0.hasPrefix("1 job on 1 CPU: ") && $0.contains("3 articles") }, "\(r.stdout)")
        if cores > 1 {
            #expect(lines.contains { $0.hasPrefix("\(cores) jobs on \(cores) CPUs: ") && $0.contains("3 articles") }, "\(r.stdout)")
            #expect(lines.contains { $0.hasPrefix("scaling 1 -> \(cores) jobs: ") }, "\(r.stdout)")
        }
        #expect(lines.contains { $0.hasPrefix("peak memory (max RSS): ") })
    }
}
