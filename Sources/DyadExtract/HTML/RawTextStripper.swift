import Foundation

/// Removes the content of `<script>` and `<style>` elements from a page before it is parsed.
///
/// About half the bytes of a news page are scripts and style sheets. libxml2 reads that raw text
/// one character at a time only for the extractor to ignore it, so it is cut out beforehand:
/// `<script src=x>...</script>` becomes `<script src=x></script>`. The scan follows libxml2's
/// HTML parser closely (comments, quoted attribute values, end tags, `/>`), so only bytes the
/// parser would have read as script or style text are removed. Kept as they are: scripts whose
/// start tag mentions JSON (JSON-LD holds the page's metadata) or holds an entity, elements whose
/// text contains a control character (libxml2 reads those differently), and everything after a
/// construct left open at the end of the page.
enum RawTextStripper {
    /// The page without script and style text, or nil when there is nothing to remove.
    static func stripped(_ raw: UnsafeRawBufferPointer) -> [UInt8]? {
        guard let start = raw.baseAddress, raw.count > 0 else { return nil }
        let base = start.assumingMemoryBound(to: UInt8.self)
        let b = UnsafeBufferPointer(start: base, count: raw.count)
        let n = b.count
        var out: [UInt8] = []
        var copied = 0
        var i = 0
        scan: while i < n {
            guard let p = memchr(base + i, 0x3C, n - i) else { break }
            i = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            guard i + 1 < n else { break }
            let c = b[i + 1]
            switch c {
            case UInt8(ascii: "!"):
                if i + 3 < n && b[i + 2] == UInt8(ascii: "-") && b[i + 3] == UInt8(ascii: "-") {
                    // A comment ends at the first "-->" after "<!--", or where a character
                    // libxml2 refuses stops it.
                    var k = i + 4
                    while true {
                        guard k + 2 < n else { break scan }
                        let d = b[k]
                        if d == UInt8(ascii: "-") && b[k + 1] == UInt8(ascii: "-") && b[k + 2] == UInt8(ascii: ">") {
                            i = k + 3
                            break
                        }
                        if isControl(d) {
                            i = k
                            break
                        }
                        k += 1
                    }
                } else {
                    i += 2
                }
                continue scan
            case UInt8(ascii: "?"):
                i += 2
                continue scan
            case UInt8(ascii: "/"):
                // An end tag: its name, then anything up to '>' is skipped.
                var j = i + 2
                guard j < n, isNameStart(b[j]) else {
                    i = j
                    continue scan
                }
                j = endOfName(b, from: j)
                while j < n && isBlank(b[j]) { j += 1 }
                while j < n && b[j] != 0 && b[j] != UInt8(ascii: ">") { j += 1 }
                i = j + 1
                continue scan
            default:
                break
            }
            guard isLetter(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") else {
                i += 1
                continue
            }
            let nameStart = i + 1
            let nameEnd = endOfName(b, from: nameStart)
            let element = rawTextElement(b, from: nameStart, to: nameEnd)
            switch endOfStartTag(b, from: nameEnd) {
            case nil:
                break scan
            case let .broken(at)?:
                i = at
            case let .closed(gt, selfClosing)?:
                i = gt + 1
                guard let element, !selfClosing else { continue scan }
                let textStart = gt + 1
                guard let textEnd = find(closing: element, in: b, from: textStart) else { break scan }
                i = textEnd
                guard textEnd > textStart else { continue scan }
                if element == script && mentionsJSONOrEntity(b, from: nameEnd, to: gt) { continue scan }
                var k = textStart
                while k < textEnd {
                    if isControl(b[k]) { continue scan }
                    k += 1
                }
                if out.isEmpty { out.reserveCapacity(n) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<textStart]))
                copied = textEnd
            }
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<n]))
        return out
    }

    static let script = Array("script".utf8)
    static let style = Array("style".utf8)

    /// `script` or `style` when the name in `b[from..<to]` is one of them (any case).
    static func rawTextElement(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> [UInt8]? {
        let length = to - from
        if length == 6 && equalsLowercased(b, at: from, script) { return script }
        if length == 5 && equalsLowercased(b, at: from, style) { return style }
        return nil
    }

    static func equalsLowercased(_ b: UnsafeBufferPointer<UInt8>, at i: Int, _ word: [UInt8]) -> Bool {
        guard i + word.count <= b.count else { return false }
        for (k, w) in word.enumerated() where b[i + k] | 0x20 != w { return false }
        return true
    }

    /// Where the text of a script or style element ends: at the first `</` followed by its
    /// name in any case (libxml2 in recovery mode), or nil when it runs to the end.
    static func find(closing name: [UInt8], in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = b.baseAddress else { return nil }
        var i = from
        while i + 1 < b.count {
            guard let p = memchr(base + i, 0x3C, b.count - i) else { return nil }
            i = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            if i + 1 < b.count && b[i + 1] == UInt8(ascii: "/") && equalsLowercased(b, at: i + 2, name) { return i }
            i += 1
        }
        return nil
    }

    /// True when a script's start tag names JSON (`type="application/ld+json"`) or holds a
    /// character reference, which could spell either.
    static func mentionsJSONOrEntity(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        var i = from
        while i < to {
            if b[i] == UInt8(ascii: "&") { return true }
            if i + 4 <= to && b[i] | 0x20 == UInt8(ascii: "j") && b[i + 1] | 0x20 == UInt8(ascii: "s")
                && b[i + 2] | 0x20 == UInt8(ascii: "o") && b[i + 3] | 0x20 == UInt8(ascii: "n") { return true }
            i += 1
        }
        return false
    }

    enum TagEnd {
        /// The tag ends with the '>' at this index; `selfClosing` when written `/>`.
        case closed(Int, selfClosing: Bool)
        /// libxml2 gives up on the tag at this index (a control character) and reads on from it.
        case broken(Int)
    }

    /// Reads a start tag's attributes the way libxml2's `htmlParseStartTag` does; nil when the
    /// page ends inside the tag.
    static func endOfStartTag(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> TagEnd? {
        let n = b.count
        var j = from
        while j < n && isBlank(b[j]) { j += 1 }
        while j < n {
            let c = b[j]
            if c == UInt8(ascii: ">") { return .closed(j, selfClosing: false) }
            if c == UInt8(ascii: "/") && j + 1 < n && b[j + 1] == UInt8(ascii: ">") { return .closed(j + 1, selfClosing: true) }
            if isControl(c) { return .broken(j) }
            if isNameStart(c) {
                j = endOfName(b, from: j)
                while j < n && isBlank(b[j]) { j += 1 }
                if j < n && b[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < n && isBlank(b[j]) { j += 1 }
                    guard j < n else { return nil }
                    let q = b[j]
                    if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
                        j += 1
                        while j < n && b[j] != q && b[j] != 0 { j += 1 }
                        guard j < n else { return nil }
                        if b[j] == q { j += 1 }
                    } else {
                        while j < n && b[j] != 0 && b[j] != UInt8(ascii: ">") && !isBlank(b[j]) { j += 1 }
                    }
                }
            } else {
                // A bogus attribute is dropped up to the next blank or the end of the tag.
                while j < n, !isControl(b[j]), !isBlank(b[j]), b[j] != UInt8(ascii: ">"),
                      !(b[j] == UInt8(ascii: "/") && j + 1 < n && b[j + 1] == UInt8(ascii: ">")) {
                    j += 1
                }
            }
            while j < n && isBlank(b[j]) { j += 1 }
        }
        return nil
    }

    /// The end of an HTML name starting at `from` (libxml2 reads at most 100 characters).
    static func endOfName(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var j = from
        guard j < b.count, isNameStart(b[j]) else { return j }
        let limit = min(b.count, from + 100)
        while j < limit && isNameByte(b[j]) { j += 1 }
        return j
    }

    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) static func isNameStart(_ c: UInt8) -> Bool {
        isLetter(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c == UInt8(ascii: ".")
    }
    @inline(__always) static func isNameByte(_ c: UInt8) -> Bool {
        isNameStart(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-")
    }
    @inline(__always) static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
    /// Bytes libxml2 does not accept as characters (all controls but tab, line feed, return).
    @inline(__always) static func isControl(_ c: UInt8) -> Bool { c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D }
}
