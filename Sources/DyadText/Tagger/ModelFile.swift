import DyadCore
import Foundation

/// The binary container shared by dyad's model files.
///
/// Layout (little-endian): magic `DYADMODL` (8 bytes), kind (4 ASCII bytes such as `TAGR`),
/// format version (UInt32), payload length (UInt64), payload, FNV-1a checksum of the payload
/// (UInt64). A file that is truncated, from another version or of another kind is rejected with
/// a `DyadError.badData` naming the file and the byte offset.
enum ModelFile {
    static let magic: [UInt8] = Array("DYADMODL".utf8)
    static let headerSize = 24

    /// Wraps `payload` in the container.
    static func encode(kind: String, version: UInt32, payload: ModelWriter) -> [UInt8] {
        var out = ModelWriter()
        out.bytes(magic)
        out.bytes(Array(kind.utf8.prefix(4)))
        out.u32(version)
        out.u64(UInt64(payload.data.count))
        out.bytes(payload.data)
        let sum = payload.data.withUnsafeBytes { FeatureHash.bytes($0) }
        out.u64(sum)
        return out.data
    }

    /// Checks the container and returns a reader positioned at the start of the payload.
    static func decode(_ data: [UInt8], file: String, kind: String, version: UInt32) throws -> ModelReader {
        try decode(data, file: file, kind: kind, versions: version...version).reader
    }

    /// Like `decode(_:file:kind:version:)` for a kind with several readable versions; also
    /// returns the file's version.
    static func decode(_ data: [UInt8], file: String, kind: String,
                       versions: ClosedRange<UInt32>) throws -> (reader: ModelReader, version: UInt32) {
        func bad(_ reason: String) -> DyadError { .badData(file: file, line: nil, reason: reason) }
        guard data.count >= headerSize else {
            throw bad("not a dyad model file: \(data.count) bytes, shorter than the \(headerSize)-byte header")
        }
        guard Array(data[0..<8]) == magic else {
            throw bad("not a dyad model file: expected the magic bytes 'DYADMODL' at offset 0")
        }
        let foundKind = String(decoding: data[8..<12], as: UTF8.self)
        guard foundKind == kind else {
            throw bad("expected a '\(kind)' model, found a '\(foundKind)' model")
        }
        var header = ModelReader(data, file: file, offset: 12)
        let foundVersion = try header.u32()
        guard versions.contains(foundVersion) else {
            let readable = versions.count == 1 ? "version \(versions.lowerBound)"
                : "versions \(versions.lowerBound) to \(versions.upperBound)"
            throw bad("model format version \(foundVersion), but this dyad reads \(readable); retrain it with 'dyad train'")
        }
        let length = try header.u64()
        let need = UInt64(headerSize) + length + 8
        guard UInt64(data.count) == need else {
            throw bad("truncated or padded: header promises \(need) bytes, file has \(data.count)")
        }
        let end = headerSize + Int(length)
        let expected = data.withUnsafeBytes { FeatureHash.bytes(UnsafeRawBufferPointer(rebasing: $0[headerSize..<end])) }
        var tail = ModelReader(data, file: file, offset: end)
        guard try tail.u64() == expected else {
            throw bad("checksum mismatch: the file is corrupted")
        }
        return (ModelReader(data, file: file, offset: headerSize, end: end), foundVersion)
    }

    /// Reads a whole file, mapping I/O failures to `DyadError.unreadable`.
    static func read(_ url: URL) throws -> [UInt8] {
        do {
            return [UInt8](try Data(contentsOf: url))
        } catch {
            throw DyadError.unreadable(input: url.path, reason: error.localizedDescription)
        }
    }
}

/// Appends little-endian values to a byte array.
struct ModelWriter {
    var data: [UInt8] = []

    mutating func bytes(_ b: [UInt8]) { data.append(contentsOf: b) }
    mutating func u8(_ v: UInt8) { data.append(v) }
    mutating func u16(_ v: UInt16) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func f32(_ v: Float) { u32(v.bitPattern) }

    mutating func string(_ s: String) {
        let b = Array(s.utf8)
        u32(UInt32(b.count))
        bytes(b)
    }

    mutating func strings(_ list: [String]) {
        u32(UInt32(list.count))
        for s in list { string(s) }
    }

    mutating func varint(_ v: UInt64) {
        var x = v
        while x >= 0x80 {
            data.append(UInt8(x & 0x7F) | 0x80)
            x >>= 7
        }
        data.append(UInt8(x))
    }

    /// A sparse linear model. Its slot table is stored sparsely: for each used slot, the gap
    /// from the previous used slot (varint), the 32-bit key fingerprint and the number of
    /// weights; then the weights in slot order, as class bytes followed by Float16 values.
    mutating func linearModel(_ m: LinearModel) {
        let rows = m.rowsInSlotOrder()
        let total = rows.reduce(0) { $0 + $1.row.count }
        u32(UInt32(m.classCount))
        u32(UInt32(m.slots.count))
        u32(UInt32(rows.count))
        u32(UInt32(total))
        var previous = -1
        for r in rows {
            varint(UInt64(r.slot - previous - 1))
            previous = r.slot
            u32(UInt32(r.fingerprint))
            u8(UInt8(r.row.count))
        }
        for r in rows { for e in r.row { u8(UInt8(e.label)) } }
        for r in rows { for e in r.row { u16(Float16(e.weight).bitPattern) } }
    }
}

/// Reads little-endian values, throwing `DyadError.badData` with the offset on truncation.
struct ModelReader {
    let data: [UInt8]
    let file: String
    private(set) var offset: Int
    let end: Int

    init(_ data: [UInt8], file: String, offset: Int = 0, end: Int? = nil) {
        self.data = data
        self.file = file
        self.offset = offset
        self.end = end ?? data.count
    }

    func bad(_ reason: String) -> DyadError {
        .badData(file: file, line: nil, reason: "at byte \(offset): \(reason)")
    }

    private mutating func need(_ n: Int) throws {
        if n < 0 || offset + n > end {
            throw bad("truncated: needed \(n) more bytes, \(end - offset) left")
        }
    }

    mutating func u8() throws -> UInt8 {
        try need(1)
        defer { offset += 1 }
        return data[offset]
    }

    private mutating func fixed<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let n = MemoryLayout<T>.size
        try need(n)
        var v: T = 0
        for i in 0..<n { v |= T(data[offset + i]) << (8 * i) }
        offset += n
        return v
    }

    mutating func u16() throws -> UInt16 { try fixed(UInt16.self) }
    mutating func u32() throws -> UInt32 { try fixed(UInt32.self) }
    mutating func u64() throws -> UInt64 { try fixed(UInt64.self) }
    mutating func f32() throws -> Float { Float(bitPattern: try u32()) }

    mutating func count(limit: Int = 50_000_000) throws -> Int {
        let n = Int(try u32())
        if n > limit { throw bad("implausible count \(n)") }
        return n
    }

    mutating func string() throws -> String {
        let n = try count(limit: 1 << 20)
        try need(n)
        defer { offset += n }
        return String(decoding: data[offset..<(offset + n)], as: UTF8.self)
    }

    mutating func strings() throws -> [String] {
        let n = try count(limit: 1 << 20)
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    mutating func linearModel() throws -> LinearModel {
        let classCount = try count(limit: LinearModel.maxClasses)
        let slotCount = try count(limit: 1 << 28)
        let featureCount = try count(limit: 1 << 27)
        let entryCount = try count(limit: LinearModel.maxEntries - 1)
        guard slotCount >= 16, slotCount & (slotCount - 1) == 0, featureCount <= slotCount else {
            throw bad("bad table size: \(featureCount) features in \(slotCount) slots")
        }
        var slots = [UInt64](repeating: 0, count: slotCount)
        var entries = [LinearModel.Entry](repeating: .init(weight: 0, label: 0), count: entryCount)
        let problem: String? = data.withUnsafeBufferPointer { d -> String? in
            var p = offset
            var slot = -1
            var start = 0
            for _ in 0..<featureCount {
                var gap = 0
                var shift = 0
                while true {
                    guard p < end, shift < 35 else { return "truncated or bad slot table" }
                    let b = d[p]
                    p += 1
                    gap |= Int(b & 0x7F) << shift
                    if b < 0x80 { break }
                    shift += 7
                }
                guard p + 5 <= end else { return "truncated slot table" }
                slot += gap + 1
                guard slot < slotCount else { return "slot \(slot) outside the table of \(slotCount)" }
                var fp: UInt64 = 0
                for k in 0..<4 { fp |= UInt64(d[p + k]) << (8 * k) }
                let n = Int(d[p + 4])
                p += 5
                guard n <= LinearModel.maxClasses, start + n <= entryCount else { return "weights past the end of the table" }
                slots[slot] = (max(fp, 1) << 32) | (UInt64(start) << 7) | UInt64(n)
                start += n
            }
            guard start == entryCount else { return "slot table covers \(start) weights, header says \(entryCount)" }
            guard p + entryCount * 3 <= end else { return "truncated: \(entryCount) weights do not fit" }
            for j in 0..<entryCount {
                let label = d[p + j]
                if Int(label) >= classCount { return "class \(label) out of range (\(classCount) classes)" }
                entries[j].label = Int32(label)
            }
            p += entryCount
            for j in 0..<entryCount {
                let bits = UInt16(d[p + 2 * j]) | (UInt16(d[p + 2 * j + 1]) << 8)
                entries[j].weight = Float(Float16(bitPattern: bits))
            }
            p += entryCount * 2
            offset = p
            return nil
        }
        if let problem { throw bad(problem) }
        return LinearModel(classCount: classCount, slots: slots, entries: entries, featureCount: featureCount)
    }
}
