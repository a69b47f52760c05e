/// Learns a `Lemmatizer` from CoNLL-U: suffix rules per XPOS, capitals rules per XPOS, then
/// exceptions wherever the rules get a training word's most frequent lemma wrong.
public struct LemmatizerTrainer: Sendable {
    /// Longest suffix a rule may look at.
    public var maxSuffix = 5
    /// A rule for a (tag, suffix) must be seen on at least this many distinct words, and chosen
    /// by at least this many.
    public var minSupport = 2
    /// Forms seen at least this often keep their most frequent lemma when tagged with a tag they
    /// were not seen with (0: never).
    public var minFormCount = 2

    public init() {}

    public func train(_ sentences: [CoNLLUSentence]) -> Lemmatizer {
        // (form, xpos) -> lemma counts
        var pairs: [String: [String: Int]] = [:]
        var uposOf: [String: String] = [:]
        for s in sentences {
            for w in s.words where w.lemma != "_" || w.form == "_" {
                let key = w.form + "\t" + w.xpos
                pairs[key, default: [:]][w.lemma, default: 0] += 1
                uposOf[key] = w.upos
            }
        }
        var best: [(form: String, xpos: String, lemma: String)] = []
        for key in pairs.keys.sorted() {
            let lemmas = pairs[key]!
            let lemma = lemmas.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            best.append((String(parts[0]), String(parts[1]), lemma))
        }
        // Count rules per (xpos, suffix) over distinct (form, xpos) types. A word whose case
        // already matches its lemma's ("walked", "Space.com") supports both the lowercasing and
        // the case-keeping rule, so case-keeping wins where capitalized lemmas outnumber
        // lowercased capitalized words (web addresses, codes) and loses ties.
        var counts: [String: [Lemmatizer.Rule: Int]] = [:]
        var support: [String: Int] = [:]
        for b in best {
            let rule = LemmatizerTrainer.rule(from: b.form, to: b.lemma)
            var fitting = [rule]
            let other = Lemmatizer.Rule(strip: rule.strip, add: rule.add, lowercase: !rule.lowercase)
            if other.apply(b.form) == b.lemma { fitting.append(other) }
            let scalars = Array(b.form.lowercased().unicodeScalars)
            for k in 0...min(maxSuffix, scalars.count) {
                var key = b.xpos + "\t"
                key.unicodeScalars.append(contentsOf: scalars[(scalars.count - k)...])
                for r in fitting { counts[key, default: [:]][r, default: 0] += 1 }
                support[key, default: 0] += 1
            }
        }
        var rules: [String: Lemmatizer.Rule] = [:]
        for (key, byRule) in counts {
            guard support[key, default: 0] >= minSupport else { continue }
            let top = byRule.max { a, b in
                a.value != b.value ? a.value < b.value
                    : (a.key.strip, a.key.add, a.key.lowercase ? 0 : 1) > (b.key.strip, b.key.add, b.key.lowercase ? 0 : 1)
            }!
            // A rule only one word asks for is that word's exception, not a rule: "Adnan" ->
            // "AdnanPatel@ENRON" (a goes-with token) must not teach every GW word ending in
            // "an" to grow "Patel@ENRON".
            guard top.value >= minSupport else { continue }
            rules[key] = top.key
        }
        // Drop rules that only repeat what their shorter suffix already says.
        var pruned: [String: Lemmatizer.Rule] = [:]
        for (key, rule) in rules {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            var suffix = Array(parts[1].unicodeScalars)
            var parentRule: Lemmatizer.Rule? = nil
            while !suffix.isEmpty {
                suffix.removeFirst()
                var pk = String(parts[0]) + "\t"
                pk.unicodeScalars.append(contentsOf: suffix)
                if let r = rules[pk] { parentRule = r; break }
            }
            if parentRule != rule { pruned[key] = rule }
        }
        let ruleOnly = Lemmatizer(exceptions: [:], rules: pruned, maxSuffix: maxSuffix)
        // (form, UPOS) fallbacks: the lemma of the pair's most frequent XPOS, where rules differ.
        var uposCounts: [String: [String: Int]] = [:]  // form\tupos -> xpos -> count
        for s in sentences {
            for w in s.words { uposCounts[w.form + "\t" + w.upos, default: [:]][w.xpos, default: 0] += 1 }
        }
        var lemmaOf: [String: String] = [:]
        for b in best { lemmaOf[b.form + "\t" + b.xpos] = b.lemma }
        var byUPOS: [String: String] = [:]
        for key in uposCounts.keys.sorted() {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            let form = String(parts[0]), upos = String(parts[1])
            let xpos = uposCounts[key]!.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
            guard let lemma = lemmaOf[form + "\t" + xpos] else { continue }
            if ruleOnly.ruleLemma(form, lower: form.lowercased(), upos: upos, xpos: xpos) != lemma {
                byUPOS[key] = lemma
            }
        }
        let capitalize = capitalsRules(best, uposOf: uposOf, rules: ruleOnly)
        let withUPOS = Lemmatizer(exceptions: [:], byUPOS: byUPOS, rules: pruned, maxSuffix: maxSuffix,
                                  capitalize: capitalize)
        // Frequent forms: their most frequent lemma over all tags. A (form, XPOS) pair seen in
        // training with another lemma gets an exception, which is looked up first.
        var formCounts: [String: [String: Int]] = [:]
        for s in sentences {
            for w in s.words where w.lemma != "_" || w.form == "_" { formCounts[w.form, default: [:]][w.lemma, default: 0] += 1 }
        }
        var byForm: [String: String] = [:]
        if minFormCount > 0 {
            for (form, lemmas) in formCounts where lemmas.values.reduce(0, +) >= minFormCount {
                byForm[form] = lemmas.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
            }
        }
        var exceptions: [String: String] = [:]
        for b in best {
            let upos = uposOf[b.form + "\t" + b.xpos] ?? "X"
            let predicted = byForm[b.form] ?? withUPOS.lemma(b.form, upos: upos, xpos: b.xpos)
            if predicted != b.lemma {
                exceptions[b.form + "\t" + b.xpos] = b.lemma
            }
        }
        return Lemmatizer(exceptions: exceptions, byForm: byForm, byUPOS: byUPOS, rules: pruned, maxSuffix: maxSuffix,
                          capitalize: capitalize)
    }

    /// Per XPOS, the least length from which capitalizing the suffix rules' lemma of an
    /// all-capital word ("GINSBURG" -> "Ginsburg") is right for more training types than keeping it
    /// ("NATO"); no entry where capitalizing never gains.
    func capitalsRules(_ best: [(form: String, xpos: String, lemma: String)], uposOf: [String: String],
                       rules: Lemmatizer) -> [String: Int] {
        var gain: [String: [Int: Int]] = [:]  // xpos -> length -> (right capitalized) - (right kept)
        for b in best where Lemmatizer.isAllCapitals(b.form) {
            let upos = uposOf[b.form + "\t" + b.xpos] ?? "X"
            let kept = rules.ruleLemma(b.form, lower: b.form.lowercased(), upos: upos, xpos: b.xpos)
            let capitalized = Lemmatizer.capitalized(kept)
            guard capitalized != kept else { continue }
            let n = b.form.utf8.count
            if kept == b.lemma { gain[b.xpos, default: [:]][n, default: 0] -= 1 }
            if capitalized == b.lemma { gain[b.xpos, default: [:]][n, default: 0] += 1 }
        }
        var out: [String: Int] = [:]
        for (xpos, byLength) in gain {
            var bestGain = 0
            for least in byLength.keys.sorted() {
                let g = byLength.reduce(0) { $0 + ($1.key >= least ? $1.value : 0) }
                if g > bestGain { bestGain = g; out[xpos] = least }
            }
        }
        return out
    }

    /// The rewrite turning `form` into `lemma`: keep the longest common prefix.
    static func rule(from form: String, to lemma: String) -> Lemmatizer.Rule {
        let lowerLemma = lemma.lowercased()
        // Lowercase lemmas come from the lowercased form, so "Secure" and "secure" share rules.
        let lowercase = lemma == lowerLemma
        let base = Array((lowercase ? form.lowercased() : form).unicodeScalars)
        let target = Array(lemma.unicodeScalars)
        var p = 0
        while p < base.count && p < target.count && base[p] == target[p] { p += 1 }
        var add = ""
        add.unicodeScalars.append(contentsOf: target[p...])
        return Lemmatizer.Rule(strip: base.count - p, add: add, lowercase: lowercase)
    }
}
