import CDyadKernels

/// A trained sparse linear classifier: feature key -> a short list of (class, weight).
///
/// Shared by the tagger and the parser. Only non-zero weights are kept. The lookup table is one
/// array of 64-bit slots: the key's high 32 bits as a fingerprint, then where the feature's
/// entries start (25 bits) and how many there are (7 bits). Scoring a feature costs one probe
/// and a walk over its few entries, which sit next to each other.
///
/// Frequent features (a tag, a child's label) have weights for many classes, and most of the
/// weights added while scoring come from them; for scoring, rows of at least `denseMinimum`
/// entries are also kept as dense rows of `scoreCount` floats, added with vector instructions
/// instead of one class at a time. Each class still receives its weights in feature order, so
/// scores are bit-for-bit those of the sparse walk. When every weight's lowest 7 bits are zero,
/// as for weights read from a model file (stored as half floats), the sparse entries used for
/// scoring take 4 bytes instead of 8: the weight's bits with the class in those 7 bits.
struct LinearModel: Sendable {
    struct Entry: Sendable, Equatable {
        var weight: Float
        var label: Int32
    }

    static let maxClasses = 127
    static let maxEntries = 1 << 25

    let classCount: Int
    let slots: [UInt64]
    let entries: [Entry]
    let featureCount: Int
    /// Full key of each slot (0 for empty slots) when the model was built from keys, as after
    /// training; nil when read from a file, which keeps only fingerprints.
    let slotKeys: [UInt64]?
    /// Number of floats `addScores` writes: `classCount` rounded up to a multiple of 8 (the
    /// extra ones stay 0).
    let scoreCount: Int
    /// Rows with at least this many entries are scored from dense rows.
    static let denseMinimum = 32
    /// `denseMinimum`, or 128 (no dense rows) if a long row lists a class twice, which the
    /// sparse walk adds twice.
    let denseFrom: Int
    /// Scoring copies on huge pages: `slots`, except that a dense row's start field is its
    /// index in `pinnedDense`; `entries` (empty when `packed`); `entries` packed into 4 bytes
    /// each (empty unless `packed`); the dense rows, `scoreCount` floats each.
    private let pinnedSlots: PinnedBuffer<UInt64>
    private let pinnedEntries: PinnedBuffer<Entry>
    private let pinnedPacked: PinnedBuffer<UInt32>
    private let pinnedDense: PinnedBuffer<Float>
    /// Whether scoring reads `pinnedPacked` rather than `pinnedEntries`.
    let packed: Bool

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt64 {
        let f = key >> 32
        return f == 0 ? 1 : f
    }

    /// Builds the model from rows (keys[i] owns rows[i]); empty rows are dropped. Keys must be
    /// distinct; rows longer than `maxClasses` are cut.
    init(classCount: Int, keys: [UInt64], rows: [[Entry]]) {
        precondition(classCount <= LinearModel.maxClasses)
        var n = 0
        var total = 0
        for r in rows where !r.isEmpty { n += 1; total += min(r.count, LinearModel.maxClasses) }
        precondition(total < LinearModel.maxEntries, "too many weights for the model format")
        var cap = 16
        while cap < n * 2 { cap <<= 1 }
        var slots = [UInt64](repeating: 0, count: cap)
        var slotKeys = [UInt64](repeating: 0, count: cap)
        var entries: [Entry] = []
        entries.reserveCapacity(total)
        let mask = cap - 1
        for (i, key) in keys.enumerated() {
            let row = rows[i].prefix(LinearModel.maxClasses)
            if row.isEmpty { continue }
            let value = (LinearModel.fingerprint(key) << 32) | (UInt64(entries.count) << 7) | UInt64(row.count)
            var s = Int(truncatingIfNeeded: key) & mask
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = value
            slotKeys[s] = key
            entries.append(contentsOf: row)
        }
        self.init(classCount: classCount, slots: slots, entries: entries, featureCount: n, slotKeys: slotKeys)
    }

    /// The entries of the row a slot value points to: its start (bits 7-31) and length (bits 0-6).
    @inline(__always) static func rowRange(_ v: UInt64) -> Range<Int> {
        let start = Int((v >> 7) & 0x1FF_FFFF)
        return start..<start + Int(v & 0x7F)
    }

    /// The scoring slot table, dense rows and, if every weight allows it, packed entries for
    /// `slots` and `entries`.
    static func scoringTables(classCount: Int, slots: [UInt64], entries: [Entry])
        -> (slots: [UInt64], dense: [Float], packed: [UInt32]?, scoreCount: Int, denseFrom: Int) {
        let width = (classCount + 7) / 8 * 8
        var scoringSlots = slots
        var dense: [Float] = []
        var rows = 0
        var lastRowWith = [Int](repeating: -1, count: 128)
        var distinct = true
        for (i, v) in slots.enumerated() where Int(v & 0x7F) >= denseMinimum && distinct {
            for e in entries[rowRange(v)] {
                if lastRowWith[Int(e.label)] == i { distinct = false }
                lastRowWith[Int(e.label)] = i
            }
        }
        for (i, v) in slots.enumerated() where distinct && Int(v & 0x7F) >= denseMinimum {
            let base = dense.count
            dense.append(contentsOf: repeatElement(0, count: width))
            for e in entries[rowRange(v)] { dense[base + Int(e.label)] = e.weight }
            scoringSlots[i] = (v & ~(UInt64(0x1FF_FFFF) << 7)) | (UInt64(rows) << 7)
            rows += 1
        }
        var packed: [UInt32]? = nil
        if entries.allSatisfy({ $0.weight.bitPattern & 0x7F == 0 && (0..<128).contains($0.label) }) {
            packed = entries.map { $0.weight.bitPattern | UInt32($0.label) }
        }
        return (scoringSlots, dense, packed, width, distinct ? denseMinimum : 128)
    }

    var weightCount: Int { entries.count }

    /// Adds the weights of each feature in `features` to `scores`, which has `scoreCount` slots.
    ///
    /// Works in passes so that the cache misses of different features overlap: first every
    /// feature's home slot is prefetched, then read and its probe chain resolved, with the
    /// first and last weight of the feature's row prefetched (a row of 16 or more packed
    /// weights spans two cache lines), and only then are the weights added, feature by
    /// feature. Prefetches, unlike loads, retire without waiting for memory, so the processor's
    /// window does not fill with loads stalled on misses (a tenth more tokens per second
    /// tagged and parsed than touching each row with a load).
    @inline(__always)
    func addScores(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        let slots = pinnedSlots.buffer
        let ent = pinnedEntries.base
        let pk = pinnedPacked.base
        let packed = packed
        let dense = pinnedDense.base
        let width = scoreCount
        let denseFrom = denseFrom
        let mask = slots.count &- 1
        let n = features.count
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { found in
            for k in 0..<n {
                dyad_prefetch(slots.baseAddress! + (Int(truncatingIfNeeded: features[k]) & mask))
            }
            for k in 0..<n {
                found[k] = slots[Int(truncatingIfNeeded: features[k]) & mask]
            }
            for k in 0..<n {
                let key = features[k]
                let fp = LinearModel.fingerprint(key)
                var v = found[k]
                if v != 0 && (v >> 32) != fp {
                    var i = Int(truncatingIfNeeded: key) & mask
                    repeat {
                        i = (i &+ 1) & mask
                        v = slots[i]
                    } while v != 0 && (v >> 32) != fp
                }
                found[k] = v & 0xFFFF_FFFF
                let count = Int(v & 0x7F)
                if count >= denseFrom {
                    dyad_prefetch(dense + Int((v >> 7) & 0x1FF_FFFF) &* width)
                } else if count != 0 {
                    let start = Int((v >> 7) & 0x1FF_FFFF)
                    if packed {
                        dyad_prefetch(pk + start)
                        dyad_prefetch(pk + (start &+ count &- 1))
                    } else {
                        dyad_prefetch(ent + start)
                        dyad_prefetch(ent + (start &+ count &- 1))
                    }
                }
            }
            for k in 0..<n {
                let v = found[k]
                let start = Int((v >> 7) & 0x1FF_FFFF)
                let count = Int(v & 0x7F)
                if count >= denseFrom {
                    dyad_add_row(scores, dense + start &* width, width)
                    continue
                }
                let end = start &+ count
                var j = start
                if packed {
                    while j < end {
                        let x = pk[j]
                        scores[Int(x & 0x7F)] += Float(bitPattern: x & ~0x7F)
                        j &+= 1
                    }
                } else {
                    while j < end {
                        let e = ent[j]
                        scores[Int(e.label)] += e.weight
                        j &+= 1
                    }
                }
            }
        }
    }

    /// The model without weights of magnitude `threshold` or less. The table keeps its slots
    /// (a feature left with no weights stays as an empty row), so lookups stay valid.
    func pruned(threshold: Float) -> LinearModel {
        if let slotKeys {
            var keys: [UInt64] = []
            var rows: [[Entry]] = []
            for r in rowsInSlotOrder() {
                let kept = r.row.filter { abs($0.weight) > threshold }
                if kept.isEmpty { continue }
                keys.append(slotKeys[r.slot])
                rows.append(Array(kept))
            }
            return LinearModel(classCount: classCount, keys: keys, rows: rows)
        }
        var newSlots = slots
        var newEntries: [Entry] = []
        var features = 0
        for r in rowsInSlotOrder() {
            let kept = r.row.filter { abs($0.weight) > threshold }
            newSlots[r.slot] = (r.fingerprint << 32) | (UInt64(newEntries.count) << 7) | UInt64(kept.count)
            newEntries.append(contentsOf: kept)
            features += 1
        }
        return LinearModel(classCount: classCount, slots: newSlots, entries: newEntries, featureCount: features)
    }

    /// Used slots in order, with their fingerprints and weights.
    func rowsInSlotOrder() -> [(slot: Int, fingerprint: UInt64, row: ArraySlice<Entry>)] {
        var out: [(slot: Int, fingerprint: UInt64, row: ArraySlice<Entry>)] = []
        out.reserveCapacity(featureCount)
        for (i, v) in slots.enumerated() where v != 0 {
            out.append((i, v >> 32, entries[Self.rowRange(v)]))
        }
        return out
    }
}

extension LinearModel {
    /// A model from its stored parts, as read from a file (`slotKeys` nil) or built from keys.
    init(classCount: Int, slots: [UInt64], entries: [Entry], featureCount: Int, slotKeys: [UInt64]? = nil) {
        self.classCount = classCount
        self.slots = slots
        self.entries = entries
        self.featureCount = featureCount
        self.slotKeys = slotKeys
        let scoring = LinearModel.scoringTables(classCount: classCount, slots: slots, entries: entries)
        scoreCount = scoring.scoreCount
        denseFrom = scoring.denseFrom
        packed = scoring.packed != nil
        pinnedSlots = PinnedBuffer(scoring.slots)
        pinnedEntries = PinnedBuffer(packed ? [] : entries)
        pinnedPacked = PinnedBuffer(scoring.packed ?? [])
        pinnedDense = PinnedBuffer(scoring.dense)
    }
}
