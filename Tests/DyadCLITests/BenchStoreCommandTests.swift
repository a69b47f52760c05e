import DyadTestSupport
import Foundation
import Testing

/// `dyad bench store` on a small store: it inserts in transactions of the asked size, queries,
/// and refuses sizes that make no sense.
@Suite struct BenchStoreCommandTests {
    @Test func insertsInBatchesOfTheAskedSizeAndTimesTheQueries() throws {
        let r = try runDyad(["bench", "store", "--events", "2000", "--batch", "7", "--runs", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("insert: 2000 events in 200 articles (7 articles per transaction)") }, "\(r.stdout)")
        #expect(lines.contains { $0.hasPrefix("timeline USA<->RUS") && $0.contains("over 2 runs") }, "\(r.stdout)")
        #expect(lines.contains { $0.hasPrefix("network 2020-06") }, "\(r.stdout)")
        #expect(lines.contains { $0.contains("per transaction), bulk load, ") && $0.contains("of it finishing") }, "\(r.stdout)")
    }

    @Test func withoutBulkLoadEveryWriteKeepsTheIndexes() throws {
        let r = try runDyad(["bench", "store", "--events", "500", "--batch", "10", "--runs", "1", "--no-bulk-load"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("insert: 500 events in 50 articles (10 articles per transaction), no bulk load, "), "\(r.stdout)")
    }

    @Test func aBatchOfNoArticlesIsAUsageError() throws {
        let r = try runDyad(["bench", "store", "--events", "10", "--batch", "0"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("--batch must be at least 1"), "\(r.stderr)")
    }
}
