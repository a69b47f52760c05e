import DyadExtract
import Foundation
import Testing

@Suite struct GzipTests {
    @Test func roundTripsOneMember() throws {
        let text = Data(String(repeating: "Ministers met in Brussels. ", count: 500).utf8)
        let gz = Gzip.compress(text)
        #expect(Gzip.isGzip(gz))
        #expect(try Gzip.decompress(gz, limit: 1 << 20) == text)
    }

    @Test func readsEveryMemberOfAMultiMemberFile() throws {
        let parts = ["first member\n", "second member\n", "third member\n"].map { Data($0.utf8) }
        let gz = parts.map { Gzip.compress($0) }.reduce(Data(), +)
        #expect(try Gzip.decompress(gz, limit: 1 << 20) == parts.reduce(Data(), +))
    }

    @Test func stopsAGzipBombAtTheLimit() throws {
        let bomb = Gzip.compress(Data(count: 50 << 20))  // 50 MB of zeros, about 50 KB compressed
        #expect(bomb.count < 1 << 20)
        #expect(throws: Gzip.Failure.tooLarge(limit: 1 << 20)) { try Gzip.decompress(bomb, limit: 1 << 20) }
    }

    @Test func reportsATruncatedMember() throws {
        let gz = Gzip.compress(Data(String(repeating: "abcdefghij", count: 10_000).utf8), level: 0)
        #expect(throws: Gzip.Failure.truncated) { try Gzip.decompress(gz.prefix(gz.count / 2), limit: 1 << 20) }
    }

    @Test func reportsCorruptData() throws {
        var gz = Gzip.compress(Data("some text that is long enough to be compressed properly".utf8))
        for i in 12..<min(gz.count - 8, 30) { gz[i] ^= 0xFF }
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(gz, limit: 1 << 20) }
    }
}
