/// How the store finds near-duplicate articles by their 64-bit SimHash.
///
/// Two fingerprints within Hamming distance 3 agree exactly on at least one of their four
/// 16-bit bands (pigeonhole: three differing bits touch at most three bands). Each band is an
/// indexed column, so the candidates are the rows matching any band, found by four index
/// look-ups; the exact distance is then checked here.
enum NearDuplicateIndex {
    /// The largest Hamming distance at which two articles count as near duplicates.
    static let maxDistance = 3
    static let bandCount = 4

    /// The four 16-bit bands of a fingerprint, lowest bits first.
    static func bands(_ simhash: UInt64) -> [Int64] {
        (0..<bandCount).map { Int64((simhash >> UInt64(16 * $0)) & 0xFFFF) }
    }

    /// The fingerprint as stored (a signed 64-bit column) and back.
    static func stored(_ simhash: UInt64) -> Int64 { Int64(bitPattern: simhash) }
    static func fingerprint(_ stored: Int) -> UInt64 { UInt64(bitPattern: Int64(stored)) }

    /// PostgreSQL advisory-lock keys for a fingerprint's bands: writers of near duplicates
    /// share at least one key, so they take turns and the second sees the first's article.
    static func lockKeys(_ simhash: UInt64) -> [Int64] {
        bands(simhash).enumerated().map { 0x6479_6164_0000_0000 | Int64($0.offset) << 16 | $0.element }
    }

    /// Candidates for `simhash`, plus the row with id `id` if given: rows of (id, simhash).
    static func candidates(_ simhash: UInt64, orID id: String?) -> SQLStatement {
        let b = bands(simhash)
        var sql = "SELECT id, simhash FROM articles WHERE "
        var args: [SQLValue] = []
        if let id {
            sql += "id = ? OR "
            args.append(.text(id))
        }
        sql += (0..<bandCount).map { "simhash_band\($0) = ?" }.joined(separator: " OR ")
        args += b.map { .int($0) }
        return SQLStatement(sql: sql, args: args)
    }

    /// The closest candidate within ``maxDistance`` (ties: the smallest id), or nil.
    static func closest(to simhash: UInt64, in rows: [[SQLValue]]) -> String? {
        var best: (distance: Int, id: String)?
        for r in rows {
            guard r.count == 2, let id = r[0].string, let stored = r[1].int else { continue }
            let d = (fingerprint(stored) ^ simhash).nonzeroBitCount
            guard d <= maxDistance else { continue }
            if best == nil || d < best!.distance || (d == best!.distance && id < best!.id) { best = (d, id) }
        }
        return best?.id
    }
}
