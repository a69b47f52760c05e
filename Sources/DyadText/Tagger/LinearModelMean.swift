extension LinearModel {
    /// The feature-wise mean of `models` (all with the same classes): each feature of any model
    /// gets, for each class, the sum of the models' weights divided by their number (a model
    /// without the feature adds 0), and averages of magnitude `threshold` or less are dropped.
    /// Scoring with it adds, for every class, the mean of the models' scores.
    ///
    /// A model read from a file keeps only each feature's fingerprint and slot, not its key, so
    /// the feature's home slot is known only to lie between the start of its slot's run of
    /// occupied slots and the slot itself. The same feature in two models has the same
    /// fingerprint and overlapping ranges; its home lies in their intersection. The mean model's
    /// table (a power of two no larger than the smallest input table, so home slots reduce with
    /// the mask) places each feature at the first free slot at or after the end of its range and
    /// fills the free slots of the range with empty rows of another fingerprint, so a lookup
    /// starting anywhere in the range walks occupied slots to the feature. Returns nil when the
    /// surviving features would fill more than three quarters of the largest table the inputs
    /// allow.
    static func mean(of models: [LinearModel], threshold: Float = 0) -> LinearModel? {
        precondition(!models.isEmpty)
        let classCount = models[0].classCount
        precondition(models.allSatisfy { $0.classCount == classCount })
        let limit = models.map(\.slots.count).min()!
        let limitMask = limit - 1

        struct Item {
            var fingerprint: UInt64
            var lo: Int       // first possible home slot, modulo `limit`
            var length: Int   // possible homes: lo ... lo + length (cyclic)
            var model: Int
            var slot: Int
        }
        var items: [Item] = []
        items.reserveCapacity(models.reduce(0) { $0 + $1.featureCount })
        for (m, model) in models.enumerated() {
            let slots = model.slots
            let cap = slots.count, mask = cap - 1
            guard let empty = slots.firstIndex(of: 0) else {
                // A full table: any slot may be a feature's home.
                for s in 0..<cap {
                    items.append(Item(fingerprint: slots[s] >> 32, lo: 0, length: limit - 1, model: m, slot: s))
                }
                continue
            }
            var runStart = -1
            for step in 1...cap {
                let s = (empty + step) & mask
                if slots[s] == 0 { runStart = -1; continue }
                if runStart < 0 { runStart = s }
                let length = min((s - runStart) & mask, limit - 1)
                items.append(Item(fingerprint: slots[s] >> 32, lo: runStart & limitMask, length: length,
                                  model: m, slot: s))
            }
        }
        items.sort { ($0.fingerprint, $0.lo) < ($1.fingerprint, $1.lo) }

        // Groups of items with one fingerprint and overlapping ranges, at most one per model.
        struct Group {
            var lo: Int
            var length: Int
            var members: [(model: Int, slot: Int)]
        }
        func overlap(_ a0: Int, _ al: Int, _ b0: Int, _ bl: Int) -> (lo: Int, length: Int)? {
            let d = (b0 - a0) & limitMask
            if d <= al { return (b0, min(al - d, bl)) }
            let e = (a0 - b0) & limitMask
            if e <= bl { return (a0, min(bl - e, al)) }
            return nil
        }
        let n = Float(models.count)
        var sums = [Float](repeating: 0, count: classCount)
        var touched = [Bool](repeating: false, count: classCount)
        var rows: [(fingerprint: UInt64, lo: Int, length: Int, row: [Entry])] = []
        var i = 0
        var groups: [Group] = []
        while i < items.count {
            let fingerprint = items[i].fingerprint
            var j = i
            while j < items.count && items[j].fingerprint == fingerprint { j += 1 }
            groups.removeAll(keepingCapacity: true)
            for it in items[i..<j] {
                var placed = false
                for g in groups.indices where !groups[g].members.contains(where: { $0.model == it.model }) {
                    if let o = overlap(groups[g].lo, groups[g].length, it.lo, it.length) {
                        groups[g].lo = o.lo
                        groups[g].length = o.length
                        groups[g].members.append((it.model, it.slot))
                        placed = true
                        break
                    }
                }
                if !placed { groups.append(Group(lo: it.lo, length: it.length, members: [(it.model, it.slot)])) }
            }
            for g in groups {
                for (m, s) in g.members {
                    for e in models[m].entries[rowRange(models[m].slots[s])] {
                        sums[Int(e.label)] += e.weight
                        touched[Int(e.label)] = true
                    }
                }
                var row: [Entry] = []
                for c in 0..<classCount where touched[c] {
                    let w = sums[c] / n
                    if abs(w) > threshold { row.append(Entry(weight: w, label: Int32(c))) }
                    sums[c] = 0
                    touched[c] = false
                }
                if !row.isEmpty { rows.append((fingerprint, g.lo, g.length, row)) }
            }
            i = j
        }

        // The table: twice the features, rounded up to a power of two, at most `limit` slots.
        var cap = 16
        while cap < rows.count * 2 && cap < limit { cap <<= 1 }
        guard rows.count <= cap / 4 * 3 else { return nil }
        let mask = cap - 1
        // In slot order, and within a run of the inputs in run order, which needs no empty rows.
        rows.sort { ($0.lo, $0.length) < ($1.lo, $1.length) }
        var slots = [UInt64](repeating: 0, count: cap)
        var entries: [Entry] = []
        entries.reserveCapacity(rows.reduce(0) { $0 + $1.row.count })
        var used = 0
        for r in rows {
            let lo = r.lo & mask
            let length = min(r.length, cap - 1)
            let value = (r.fingerprint << 32) | (UInt64(entries.count) << 7) | UInt64(r.row.count)
            entries.append(contentsOf: r.row)
            var s = (lo + length) & mask
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = value
            used += 1
            // Free slots of the range hold empty rows under a fingerprint other than the
            // feature's, so a lookup starting there walks on to it.
            let stand = ((r.fingerprint &+ 1) & 0xFFFF_FFFF) | 1
            var k = lo
            while k != (lo + length) & mask {
                if slots[k] == 0 { slots[k] = stand << 32; used += 1 }
                k = (k + 1) & mask
            }
            guard used <= cap / 8 * 7 else { return nil }
        }
        return LinearModel(classCount: classCount, slots: slots, entries: entries, featureCount: used)
    }
}
