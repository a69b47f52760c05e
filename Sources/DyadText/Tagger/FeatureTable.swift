/// An open-addressing hash table from 64-bit keys to 64-bit values, in one contiguous array.
///
/// Keys are already well-mixed hashes, so the slot is taken from the key's low bits. Key and
/// value sit side by side (one cache line per probe). The key 0 marks an empty slot, so a real
/// key of 0 is stored as 1.
struct FeatureTable: Sendable {
    private(set) var slots: [UInt64]
    private(set) var count: Int = 0
    private var mask: Int

    init(minimumCapacity: Int = 16) {
        var cap = 16
        while cap < minimumCapacity * 2 { cap <<= 1 }
        slots = [UInt64](repeating: 0, count: cap * 2)
        mask = cap - 1
    }

    var capacity: Int { mask + 1 }

    @inline(__always)
    static func normalize(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The value stored for `key`, or nil.
    @inline(__always)
    func value(for rawKey: UInt64) -> UInt64? {
        let key = FeatureTable.normalize(rawKey)
        return slots.withUnsafeBufferPointer { s -> UInt64? in
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let k = s[i &* 2]
                if k == key { return s[i &* 2 &+ 1] }
                if k == 0 { return nil }
                i = (i &+ 1) & mask
            }
        }
    }

    /// Stores `value` for `key`, replacing any previous value.
    mutating func set(_ value: UInt64, for rawKey: UInt64) {
        if (count + 1) * 2 > capacity { grow() }
        let key = FeatureTable.normalize(rawKey)
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = slots[i * 2]
            if k == key { slots[i * 2 + 1] = value; return }
            if k == 0 {
                slots[i * 2] = key
                slots[i * 2 + 1] = value
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        let newCap = capacity * 2
        slots = [UInt64](repeating: 0, count: newCap * 2)
        mask = newCap - 1
        count = 0
        var j = 0
        while j < old.count {
            if old[j] != 0 { set(old[j + 1], for: old[j]) }
            j += 2
        }
    }

    /// Every (key, value) pair, in slot order.
    func forEach(_ body: (UInt64, UInt64) -> Void) {
        var j = 0
        while j < slots.count {
            if slots[j] != 0 { body(slots[j], slots[j + 1]) }
            j += 2
        }
    }
}
