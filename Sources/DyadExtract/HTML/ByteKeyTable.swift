import Foundation

/// A small hash table from byte strings to `Int8`, looked up with bytes in place: no String is
/// made to ask it. Used for the content hints of class-and-id values, which a page repeats on
/// many elements.
struct ByteKeyTable {
    private struct Entry {
        var hash: UInt64
        var start: Int32
        var length: Int32
        var value: Int8
    }

    /// The bytes of all keys, one after the other.
    private var arena: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing: an index into `entries`, or -1 for an empty slot. Its size is a power of 2.
    private var slots: [Int32] = Array(repeating: -1, count: 256)

    init() {}

    var count: Int { entries.count }

    /// FNV-1a over the bytes, eight at a time, with a final mix.
    @inline(__always)
    static func hash(_ p: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = 0
        let n = p.count
        while i + 8 <= n {
            h = (h ^ p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01b3
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(p[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail ^ UInt64(n)) &* 0x100_0000_01b3
        h ^= h >> 32
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }

    func value(_ key: UnsafeRawBufferPointer) -> Int8? {
        value(key, hash: Self.hash(key))
    }

    /// `value(_:)` for a key whose ``hash(_:)`` is `h`.
    func value(_ key: UnsafeRawBufferPointer, hash h: UInt64) -> Int8? {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = slots[s]
            if e < 0 { return nil }
            let entry = entries[Int(e)]
            if entry.hash == h && Int(entry.length) == key.count && equal(entry, key) { return entry.value }
            s = (s + 1) & mask
        }
    }

    private func equal(_ entry: Entry, _ key: UnsafeRawBufferPointer) -> Bool {
        guard let base = key.baseAddress, key.count > 0 else { return true }
        return arena.withUnsafeBytes { memcmp($0.baseAddress! + Int(entry.start), base, key.count) == 0 }
    }

    /// Adds `key` (not already present) with `value`.
    mutating func insert(_ key: UnsafeRawBufferPointer, _ value: Int8) {
        insert(key, value, hash: Self.hash(key))
    }

    /// `insert(_:_:)` for a key whose ``hash(_:)`` is `h`.
    mutating func insert(_ key: UnsafeRawBufferPointer, _ value: Int8, hash h: UInt64) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let entry = Entry(hash: h, start: Int32(arena.count), length: Int32(key.count), value: value)
        arena.append(contentsOf: key)
        place(Int32(entries.count), hash: h)
        entries.append(entry)
    }

    private mutating func place(_ index: Int32, hash h: UInt64) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = index
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for (i, e) in entries.enumerated() { place(Int32(i), hash: e.hash) }
    }
}
