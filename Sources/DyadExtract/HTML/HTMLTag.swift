import Foundation

/// The HTML elements the extractor tells apart; every other element is `.other`.
enum HTMLTag: UInt8, Sendable {
    case other, html, head, body, title, meta, link, script, style, noscript, template, svg, math,
         iframe, object, embed, canvas, video, audio, select, option, button, textarea, input, label,
         form, fieldset, p, div, section, article, main, header, footer, nav, aside, menu, dialog,
         h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, blockquote, pre, table, thead, tbody,
         tfoot, tr, td, th, caption, figure, figcaption, address, hr, br, center, details, summary,
         legend, a, time, img, picture, span

    static let byName: [String: HTMLTag] = {
        var d: [String: HTMLTag] = [:]
        let all: [HTMLTag] = [.html, .head, .body, .title, .meta, .link, .script, .style, .noscript,
            .template, .svg, .math, .iframe, .object, .embed, .canvas, .video, .audio, .select, .option,
            .button, .textarea, .input, .label, .form, .fieldset, .p, .div, .section, .article, .main,
            .header, .footer, .nav, .aside, .menu, .dialog, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol,
            .li, .dl, .dt, .dd, .blockquote, .pre, .table, .thead, .tbody, .tfoot, .tr, .td, .th,
            .caption, .figure, .figcaption, .address, .hr, .br, .center, .details, .summary, .legend,
            .a, .time, .img, .picture, .span]
        for t in all { d["\(t)"] = t }
        return d
    }()

    init(name: String) {
        self = Self.byName[name] ?? .other
    }

    /// The tags by their names' bytes packed into an integer, with the name's length.
    static let byPacked = PackedNameTable(byName.map { ($0.key, $0.value) })

    /// The tag named by a NUL-terminated lowercase name, as libxml2's HTML parser reports it.
    init(cName p: UnsafePointer<UInt8>) {
        let n = strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
        guard n <= 10, let tag = Self.byPacked.value(Self.packed(p, count: n), length: n) else {
            self = .other
            return
        }
        // Packing reads the first 8 bytes: longer names are compared whole.
        if n > 8 && !"\(tag)".utf8.elementsEqual(UnsafeBufferPointer(start: p, count: n)) {
            self = .other
            return
        }
        self = tag
    }

    /// Up to the first 8 bytes of a name in one integer, for table look-ups without a String.
    static func packed(_ p: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var key: UInt64 = 0
        for i in 0..<min(count, 8) { key |= UInt64(p[i]) << (8 * UInt64(i)) }
        return key
    }

    /// Elements whose content is never article text.
    var isSkipped: Bool {
        switch self {
        case .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed,
             .canvas, .video, .audio, .select, .option, .button, .textarea, .input, .dialog:
            return true
        default:
            return false
        }
    }

    /// Elements that start a new paragraph-level block of text.
    var isBlock: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .header, .footer, .nav, .aside, .menu, .h1, .h2,
             .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .blockquote, .pre, .table, .thead,
             .tbody, .tfoot, .tr, .td, .th, .caption, .figure, .figcaption, .address, .hr, .br,
             .center, .details, .summary, .legend, .form, .fieldset, .body, .html:
            return true
        default:
            return false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// Page-structure elements that hold navigation and the like, not the article.
    var isBoilerplateContainer: Bool {
        switch self {
        case .nav, .aside, .footer, .header, .menu: return true
        default: return false
        }
    }
}

/// A fixed table from names of up to 10 bytes, looked up by their first 8 bytes packed into an
/// integer (see `HTMLTag.packed`) and their length: open addressing over a multiplicative hash,
/// cheaper than a `Dictionary` (whose hashing is SipHash) for the few dozen names read per tag.
/// Names longer than 8 bytes are told apart by the caller when they share their first 8.
struct PackedNameTable<Value>: Sendable where Value: Sendable {
    private var keys: [UInt64]
    private var lengths: [Int]
    private var values: [Value?]
    private let mask: Int

    init(_ entries: [(String, Value)]) {
        var size = 64
        while size < entries.count * 4 { size *= 2 }
        keys = Array(repeating: 0, count: size)
        lengths = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
        for (name, value) in entries {
            let bytes = Array(name.utf8)
            let key = bytes.withUnsafeBufferPointer { HTMLTag.packed($0.baseAddress!, count: bytes.count) }
            var s = Self.slot(key, mask: mask)
            while lengths[s] != 0 { s = (s + 1) & mask }
            keys[s] = key
            lengths[s] = bytes.count
            values[s] = value
        }
    }

    @inline(__always) static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The value of the name packed as `key` with `length` bytes, or nil.
    @inline(__always) func value(_ key: UInt64, length: Int) -> Value? {
        var s = Self.slot(key, mask: mask)
        while true {
            let l = lengths[s]
            if l == 0 { return nil }
            if l == length && keys[s] == key { return values[s] }
            s = (s + 1) & mask
        }
    }
}
