import Foundation

/// Shrinks a page to what extraction reads before libxml2 parses it.
///
/// About half the bytes of a news page are scripts and style sheets, and much of the rest is
/// attributes nobody reads (`src`, `srcset`, `data-*`, `href` on links) and indentation. libxml2
/// reads all of it one character at a time, so the page is compacted beforehand:
/// - the text of `<script>` and `<style>` elements is cut out (`<script src=x>...</script>`
///   becomes `<script></script>`), except JSON-LD, which holds the page's metadata;
/// - start tags keep only the attributes the tree builder reads (class, id, role, itemprop,
///   hidden, style; rel and href on `<link>`; the `<meta>` ones; type on `<script>`; datetime
///   on `<time>`; lang on `<html>`);
/// - a run of 2 to 999 blanks between tags or in text becomes its first blank (the tree builder
///   collapses white space anyway; libxml2 treats a run of 1,000 or more differently, so those
///   are kept);
/// - comments are cut out;
/// - the `class` and `id` values are read here, and the tree builder gets their content hint in
///   an attribute of the compactor's own (`h`) instead, when the values are plain bytes;
/// - the content of an element whose content the tree builder never reads (`<svg>`,
///   `<noscript>`, `<button>`, `<select>`, `<iframe>`, ..., and a hidden `<div>`, `<nav>`, ...:
///   see `NameInfo`) is cut out when
///   the tags inside it are closed in order, so that libxml2 closes the element at the same
///   end tag with or without them (`<svg><path/><g><path></path></g></svg>` becomes
///   `<svg></svg>`); otherwise it is left as it is;
/// - without metadata (`keepMetadata` false, for the body text alone): `<link>` tags, `<meta>`
///   tags other than the charset ones, and the text of JSON-LD scripts are cut out too.
///
/// The scan follows libxml2's HTML parser closely (comments, quoted attribute values, end tags,
/// `/>`, names of at most 100 characters, which end tags close which elements), so the parser
/// sees the same elements in the same order. Left as they are: script text with a control
/// character in it or whose start tag holds an entity (which could spell JSON), comments that
/// libxml2 could end elsewhere (`<!-->`, `--!>`, a control character), end tags, and everything
/// after a construct that is still open at the end of the page.
enum PageCompactor {
    /// The compacted page.
    static func compacted(_ raw: UnsafeRawBufferPointer, keepMetadata: Bool = true) -> [UInt8] {
        guard let start = raw.baseAddress, raw.count > 0 else { return [] }
        let base = start.assumingMemoryBound(to: UInt8.self)
        let b = UnsafeBufferPointer(start: base, count: raw.count)
        let n = b.count
        var out: [UInt8] = []
        out.reserveCapacity(n / 2)
        // Bytes before `copied` have been written out (or dropped).
        var copied = 0
        var tailIsText = true
        var attributes: [Attribute] = []
        var cut = Cut()
        var hints = HintReader()

        func verbatim(to end: Int) {
            if end > copied { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<end])) }
            copied = max(copied, end)
        }
        func text(to end: Int) {
            var k = copied
            var pending = copied
            while k < end {
                guard isBlank(b[k]) else {
                    k += 1
                    continue
                }
                var r = k + 1
                while r < end && isBlank(b[r]) { r += 1 }
                if r - k >= 2 && r - k < 1000 {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[pending...k]))
                    pending = r
                }
                k = r
            }
            if end > pending { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[pending..<end])) }
            copied = max(copied, end)
        }

        var i = 0
        scan: while i < n {
            guard let p = memchr(base + i, 0x3C, n - i) else { break }
            i = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            guard i + 1 < n else { break }
            let c = b[i + 1]
            switch c {
            case UInt8(ascii: "!"):
                if equalsLowercased(b, at: i + 2, doctype) {
                    // A DOCTYPE ends at its '>'; one written badly ends at the next character
                    // after its name and identifiers, which libxml2 skips.
                    var k = i + 2 + doctype.count
                    while k < n && b[k] != UInt8(ascii: ">") && b[k] != UInt8(ascii: "<") { k += 1 }
                    text(to: i)
                    verbatim(to: min(k + 1, n))
                    cut.start = -1
                    i = k + 1
                    continue scan
                }
                guard i + 3 < n && b[i + 2] == UInt8(ascii: "-") && b[i + 3] == UInt8(ascii: "-") else {
                    i += 2
                    continue scan
                }
                // A comment ends at the first "-->" after "<!--", or where a character libxml2
                // refuses stops it. It is cut out when it ends at "-->" with nothing libxml2
                // could read otherwise: "<!-->" and "<!--->" end at their '>', "--!>" ends one.
                var k = i + 4
                var plain = !(k < n && b[k] == UInt8(ascii: ">"))
                    && !(k + 1 < n && b[k] == UInt8(ascii: "-") && b[k + 1] == UInt8(ascii: ">"))
                while true {
                    guard k + 2 < n else {
                        tailIsText = false
                        text(to: i)
                        break scan
                    }
                    let d = b[k]
                    if d == UInt8(ascii: "-") && b[k + 1] == UInt8(ascii: "-") {
                        if b[k + 2] == UInt8(ascii: ">") {
                            k += 3
                            break
                        }
                        if b[k + 2] == UInt8(ascii: "!") { plain = false }
                    }
                    if isControl(d) {
                        plain = false
                        break
                    }
                    k += 1
                }
                text(to: i)
                if plain {
                    copied = k
                } else {
                    verbatim(to: k)
                }
                i = k
                continue scan
            case UInt8(ascii: "?"):
                // A processing instruction with a target name runs to the next '>' (or to a
                // character libxml2 refuses); without one, only "<?" is dropped.
                guard i + 2 < n, isLetter(b[i + 2]) || b[i + 2] == UInt8(ascii: "_") || b[i + 2] == UInt8(ascii: ":") || b[i + 2] >= 0x80 else {
                    i += 2
                    continue scan
                }
                var k = i + 2
                while k < n && b[k] != UInt8(ascii: ">") && !isControl(b[k]) { k += 1 }
                guard k < n else {
                    tailIsText = false
                    text(to: i)
                    break scan
                }
                let end = b[k] == UInt8(ascii: ">") ? k + 1 : k
                text(to: i)
                verbatim(to: end)
                cut.start = -1
                i = end
                continue scan
            case UInt8(ascii: "/"):
                // An end tag: its name, then anything up to '>' is skipped.
                var j = i + 2
                guard j < n, isNameStart(b[j]) else {
                    i = j
                    continue scan
                }
                let nameStart = j
                j = endOfName(b, from: j)
                let nameEnd = j
                while j < n && isBlank(b[j]) { j += 1 }
                while j < n && b[j] != 0 && b[j] != UInt8(ascii: ">") { j += 1 }
                text(to: i)
                if cut.start >= 0 {
                    let contentStart = cut.start
                    if cut.closes(b, name: nameStart..<nameEnd) { out.removeSubrange(contentStart...) }
                }
                verbatim(to: min(j + 1, n))
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
            attributes.removeAll(keepingCapacity: true)
            switch endOfStartTag(b, from: nameEnd, attributes: &attributes) {
            case nil:
                tailIsText = false
                text(to: i)
                break scan
            case let .broken(at)?:
                text(to: i)
                verbatim(to: at)
                cut.start = -1
                i = at
            case let .closed(gt, selfClosing)?:
                text(to: i)
                let info = NameInfo(b, from: nameStart, to: nameEnd)
                let kind = info.kind
                let tagStart = i
                copied = gt + 1
                i = gt + 1
                if !keepMetadata && (kind == .link || kind == .meta && !attributes.contains(where: { isCharsetName(b, $0.name) })) {
                    // Empty elements: libxml2 reports their start and end and nothing else.
                    continue scan
                }
                if cut.start >= 0 {
                    if info.endsCut { cut.start = -1 } else if !selfClosing && !info.isVoid { cut.open(nameStart..<nameEnd, priority: info.priority) }
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[tagStart..<nameEnd]))
                // The class and id are read here when their bytes are plain: the tree builder is
                // handed their hint (`h=`) instead of the values, which are long on many sites.
                // Elements whose content is cut are skipped by the tree builder, hint and all;
                // inside one, the values are left as they are (they go with the content, or stay
                // if the cut is given up).
                let hint: Int8?
                if info.isCut || info.cutWhenHidden && hides(b, attributes) {
                    hint = 0
                } else if cut.start >= 0 {
                    hint = nil
                } else {
                    hint = classHint(b, attributes, hints: &hints)
                }
                for a in attributes where kind.keeps(b, name: a.name) {
                    if hint != nil && isClassOrID(b, a.name) { continue }
                    out.append(32)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[a.name.lowerBound..<a.end]))
                }
                if let hint, hint != 0 {
                    out.append(32)
                    out.append(contentsOf: Self.hintAttributeBytes)
                    out.append(UInt8(ascii: "="))
                    out.append(Self.code(hint: hint))
                }
                if selfClosing { out.append(UInt8(ascii: "/")) }
                out.append(UInt8(ascii: ">"))
                if cut.start < 0 && !selfClosing && (info.isCut || info.cutWhenHidden && hides(b, attributes)) {
                    cut.begin(at: out.count, name: nameStart..<nameEnd)
                }
                guard !selfClosing, let element = kind.rawTextName else { continue scan }
                let textStart = gt + 1
                guard let textEnd = endOfRawText(element, in: b, from: textStart) else {
                    tailIsText = false
                    break scan
                }
                i = textEnd
                if kind == .script && keepMetadata && mentionsJSONOrEntity(b, from: nameEnd, to: gt) || containsControl(b, from: textStart, to: textEnd) {
                    verbatim(to: textEnd)
                } else {
                    copied = textEnd
                }
            }
        }
        if tailIsText { text(to: n) } else { verbatim(to: n) }
        return out
    }

    static let doctype = Array("doctype".utf8)

    /// One attribute of a start tag: its name, and where it ends (after the value, if any).
    struct Attribute {
        var name: Range<Int>
        var end: Int
    }

    /// What the compactor knows of an element's name: its kind, whether its content is cut
    /// (`isCut`: elements whose content the tree builder never reads), whether libxml2 treats it
    /// as empty (`isVoid`), libxml2's priority for its end tag (an end tag closes only elements of
    /// lower or equal priority on its way), and whether it stops a cut (`endsCut`: the document's
    /// structure, which libxml2 treats apart, and `<meta>`, which can name the charset).
    struct NameInfo {
        var kind = TagKind.other
        var isCut = false
        var isVoid = false
        var endsCut = false
        /// Elements whose content is cut when they are hidden (the `hidden` attribute, or a style
        /// `display: none` or `visibility: hidden`), as the tree builder does not read it either;
        /// none is closed by a start tag in libxml2.
        var cutWhenHidden = false
        var priority: Int16 = 100

        init() {}

        init(kind: TagKind = .other, isCut: Bool = false, cutWhenHidden: Bool = false, isVoid: Bool = false, endsCut: Bool = false,
             priority: Int16 = 100) {
            self.kind = kind
            self.isCut = isCut
            self.cutWhenHidden = cutWhenHidden
            self.isVoid = isVoid
            self.endsCut = endsCut
            self.priority = priority
        }

        static let named: [(String, NameInfo)] = {
            var d: [(String, NameInfo)] = [
                ("script", NameInfo(kind: .script)), ("style", NameInfo(kind: .style)),
                ("link", NameInfo(kind: .link, isVoid: true)), ("meta", NameInfo(kind: .meta, isVoid: true, endsCut: true)),
                ("time", NameInfo(kind: .time)), ("html", NameInfo(kind: .html, endsCut: true, priority: 220)),
                ("head", NameInfo(endsCut: true, priority: 200)), ("body", NameInfo(endsCut: true, priority: 200)),
                ("frameset", NameInfo(endsCut: true)),
                ("div", NameInfo(cutWhenHidden: true, priority: 150)), ("td", NameInfo(priority: 160)), ("th", NameInfo(priority: 160)),
                ("tr", NameInfo(priority: 170)), ("thead", NameInfo(priority: 180)), ("tbody", NameInfo(priority: 180)),
                ("tfoot", NameInfo(priority: 180)), ("table", NameInfo(priority: 190)),
            ]
            for name in ["noscript", "template", "svg", "math", "iframe", "object", "canvas", "video", "audio",
                         "select", "button", "textarea", "dialog"] {
                d.append((name, NameInfo(isCut: true)))
            }
            for name in ["section", "article", "aside", "nav", "header", "footer", "main", "figure"] {
                d.append((name, NameInfo(cutWhenHidden: true)))
            }
            for name in ["br", "hr", "img", "input", "area", "base", "col", "param", "basefont", "frame", "isindex"] {
                d.append((name, NameInfo(isVoid: true)))
            }
            return d
        }()

        /// `named` by packed name (see `packedLowercase`), open addressing in 128 slots.
        static let slots: [(key: UInt64, length: Int, info: NameInfo)] = {
            var slots = [(key: UInt64, length: Int, info: NameInfo)](repeating: (0, 0, NameInfo()), count: 128)
            for (name, info) in named {
                let bytes = Array(name.utf8)
                let key = bytes.withUnsafeBufferPointer { PageCompactor.packedLowercase($0, from: 0, count: $0.count) }
                var s = slot(key)
                while slots[s].length != 0 { s = (s + 1) & 127 }
                slots[s] = (key, bytes.count, info)
            }
            return slots
        }()

        @inline(__always) static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 57) }

        /// The information on the name `b[from..<to]` (any case).
        init(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
            let n = to - from
            guard n >= 2 && n <= 8 else {
                self.init()
                return
            }
            let key = PageCompactor.packedLowercase(b, from: from, count: n)
            var s = Self.slot(key)
            while true {
                let e = Self.slots[s]
                if e.length == 0 { break }
                if e.key == key && e.length == n {
                    self = e.info
                    return
                }
                s = (s + 1) & 127
            }
            self.init()
        }
    }

    /// An element whose content is cut if it turns out to hold nothing libxml2 could read
    /// differently without it.
    struct Cut {
        /// Where its content starts in the output; -1 when no element is being followed.
        var start = -1
        var name: Range<Int> = 0..<0
        /// The elements opened inside it and not closed yet, innermost last, with the priority
        /// of their end tags.
        var inner: [(name: Range<Int>, priority: Int16)] = []

        mutating func begin(at: Int, name: Range<Int>) {
            start = at
            self.name = name
            inner.removeAll(keepingCapacity: true)
        }

        mutating func open(_ name: Range<Int>, priority: Int16) {
            inner.append((name, priority))
        }

        /// Reads the end tag named `b[end]` met inside the element. True when it closes the
        /// element (and all still open inside it, as libxml2 does): the content can go. The cut is
        /// given up when libxml2 could read the tag otherwise: an end tag that is not of an
        /// element opened inside (it could close one outside), or one that would have to close
        /// an element of higher priority on its way (libxml2 then ignores it).
        mutating func closes(_ b: UnsafeBufferPointer<UInt8>, name end: Range<Int>) -> Bool {
            let priority = NameInfo(b, from: end.lowerBound, to: end.upperBound).priority
            var k = inner.count - 1
            while k >= 0 && !PageCompactor.sameName(b, inner[k].name, end) { k -= 1 }
            for e in inner[(k + 1)...] where e.priority > priority {
                start = -1
                return false
            }
            if k >= 0 {
                inner.removeSubrange(k...)
                return false
            }
            let own = PageCompactor.sameName(b, name, end)
            start = -1
            return own
        }
    }

    /// True when `b[x]` and `b[y]` are the same name in any case (name bytes only).
    static func sameName(_ b: UnsafeBufferPointer<UInt8>, _ x: Range<Int>, _ y: Range<Int>) -> Bool {
        guard x.count == y.count else { return false }
        var i = x.lowerBound, j = y.lowerBound
        while i < x.upperBound {
            if b[i] | 0x20 != b[j] | 0x20 { return false }
            i += 1
            j += 1
        }
        return true
    }

    /// The attribute in which the compacted page gives the tree builder the hint of an
    /// element's class and id (see `ContentHints`). Pages' own attributes of this name never
    /// reach the parser: it is not one the compactor keeps.
    static let hintAttribute = "h"
    static let hintAttributeBytes = Array(hintAttribute.utf8)

    /// The hint as the one letter written in the `h` attribute.
    static func code(hint: Int8) -> UInt8 {
        switch hint {
        case ContentHints.strong: return UInt8(ascii: "s")
        case 1: return UInt8(ascii: "w")
        case -2: return UInt8(ascii: "n")
        default: return UInt8(ascii: "0")
        }
    }

    /// The hint written as `code(hint:)` gives it.
    static func hint(coded c: UInt8) -> Int8 {
        switch c {
        case UInt8(ascii: "s"): return ContentHints.strong
        case UInt8(ascii: "w"): return 1
        case UInt8(ascii: "n"): return -2
        default: return 0
        }
    }

    /// The caches of the hints read on one page.
    struct HintReader {
        /// Hints by class-and-id bytes.
        var byValue = ByteKeyTable()
        /// Verdicts by single class name or id.
        var byName = ByteKeyTable()
        var joined: [UInt8] = []
    }

    static let className = Array("class".utf8)
    static let idName = Array("id".utf8)

    @inline(__always)
    static func isClassOrID(_ b: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
        name.count == 5 && equalsLowercased(b, at: name.lowerBound, className)
            || name.count == 2 && equalsLowercased(b, at: name.lowerBound, idName)
    }

    /// The hint of the first `class` and the first `id` attribute (libxml2 drops later ones of the
    /// same name), their values joined in the order written as the tree builder joins them; 0
    /// when there are none. Nil when a value is not plain bytes the parser hands on unchanged: a
    /// character reference, a control character or a carriage return, a byte outside ASCII
    /// (which the charset may change), or a quote not closed.
    static func classHint(_ b: UnsafeBufferPointer<UInt8>, _ attributes: [Attribute], hints: inout HintReader) -> Int8? {
        var sawClass = false, sawID = false
        var any = false
        for a in attributes where isClassOrID(b, a.name) {
            if a.name.count == 5 { if sawClass { continue } else { sawClass = true } } else { if sawID { continue } else { sawID = true } }
            if !any {
                hints.joined.removeAll(keepingCapacity: true)
                any = true
            } else if !hints.joined.isEmpty {
                hints.joined.append(32)
            }
            guard let value = attributeValue(b, a) else { return nil }
            for k in value {
                let c = b[k]
                if c >= 0x80 || c == UInt8(ascii: "&") || (c < 0x20 && c != 9 && c != 10) { return nil }
            }
            hints.joined.append(contentsOf: UnsafeBufferPointer(rebasing: b[value]))
        }
        guard any else { return 0 }
        if hints.joined.isEmpty { return 0 }
        return hints.joined.withUnsafeBytes { key in
            if let known = hints.byValue.value(key) { return known }
            guard let h = ContentHints.hint(classAndIDBytes: key, names: &hints.byName) else { return nil }
            hints.byValue.insert(key, h)
            return h
        }
    }

    /// Where the value of attribute `a` lies in `b` (empty when it has none); nil when its quote
    /// is not closed.
    static func attributeValue(_ b: UnsafeBufferPointer<UInt8>, _ a: Attribute) -> Range<Int>? {
        var j = a.name.upperBound
        while j < a.end && isBlank(b[j]) { j += 1 }
        guard j < a.end, b[j] == UInt8(ascii: "=") else { return a.end..<a.end }
        j += 1
        while j < a.end && isBlank(b[j]) { j += 1 }
        guard j < a.end else { return a.end..<a.end }
        let q = b[j]
        if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
            guard a.end - j >= 2, b[a.end - 1] == q else { return nil }
            return (j + 1)..<(a.end - 1)
        }
        return j..<a.end
    }

    static let displayNone = Array("display:none".utf8)
    static let visibilityHidden = Array("visibility:hidden".utf8)
    static let hiddenName = Array("hidden".utf8)
    static let styleName = Array("style".utf8)

    /// True when the attributes hide the element as the tree builder reads them: a `hidden`
    /// attribute, or a style value holding `display:none` or `visibility:hidden` (any case, blanks
    /// ignored). A value whose hiding is spelled with character references is not seen here, so
    /// such an element is kept.
    static func hides(_ b: UnsafeBufferPointer<UInt8>, _ attributes: [Attribute]) -> Bool {
        var styleRead = false
        for a in attributes {
            let n = a.name.count
            if n == hiddenName.count && equalsLowercased(b, at: a.name.lowerBound, hiddenName) { return true }
            // libxml2 keeps the first of two attributes of the same name.
            guard !styleRead, n == styleName.count && equalsLowercased(b, at: a.name.lowerBound, styleName) else { continue }
            styleRead = true
            let none = displayNone, invisible = visibilityHidden
            var d = 0, v = 0
            for k in a.name.upperBound..<a.end {
                var c = b[k]
                if c == 32 || c == 9 || c == 10 || c == 13 { continue }
                if c >= 65 && c <= 90 { c += 32 }
                d = c == none[d] ? d + 1 : (c == none[0] ? 1 : 0)
                v = c == invisible[v] ? v + 1 : (c == invisible[0] ? 1 : 0)
                if d == none.count || v == invisible.count { return true }
            }
        }
        return false
    }

    static let charsetName = Array("charset".utf8)
    static let httpEquivName = Array("http-equiv".utf8)

    /// True when the attribute named `b[name]` can give a page's charset on `<meta>`.
    static func isCharsetName(_ b: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Bool {
        name.count == charsetName.count && equalsLowercased(b, at: name.lowerBound, charsetName)
            || name.count == httpEquivName.count && equalsLowercased(b, at: name.lowerBound, httpEquivName)
    }

    /// The elements whose attributes or text the compactor treats apart.
    enum TagKind {
        case script, style, link, meta, time, html, other

        static let names: [(TagKind, [UInt8])] = [
            (.script, Array("script".utf8)), (.style, Array("style".utf8)), (.link, Array("link".utf8)),
            (.meta, Array("meta".utf8)), (.time, Array("time".utf8)), (.html, Array("html".utf8)),
        ]

        init(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
            for (kind, name) in Self.names where name.count == to - from && equalsLowercased(b, at: from, name) {
                self = kind
                return
            }
            self = .other
        }

        var rawTextName: [UInt8]? {
            switch self {
            case .script: return Self.names[0].1
            case .style: return Self.names[1].1
            default: return nil
            }
        }

        /// An attribute name the tree builder (or libxml2, for the charset) reads, on every
        /// element (`on` nil) or on one kind; `key` is its first 8 bytes packed (see `packedLowercase`).
        struct KeptName {
            let bytes: [UInt8]
            let key: UInt64
            let on: TagKind?

            init(_ name: String, on: TagKind?) {
                bytes = Array(name.utf8)
                key = bytes.withUnsafeBufferPointer { PageCompactor.packedLowercase($0, from: 0, count: $0.count) }
                self.on = on
            }
        }

        static let keptNames: [KeptName] = [
            KeptName("class", on: nil), KeptName("id", on: nil), KeptName("role", on: nil),
            KeptName("itemprop", on: nil), KeptName("hidden", on: nil), KeptName("style", on: nil),
            KeptName("rel", on: .link), KeptName("href", on: .link),
            KeptName("name", on: .meta), KeptName("property", on: .meta), KeptName("content", on: .meta),
            KeptName("http-equiv", on: .meta), KeptName("charset", on: .meta),
            KeptName("type", on: .script), KeptName("datetime", on: .time),
            KeptName("lang", on: .html), KeptName("xml:lang", on: .html),
        ]

        /// True when the tree builder (or libxml2, for the charset) reads the attribute named
        /// `b[name]` on this element.
        func keeps(_ b: UnsafeBufferPointer<UInt8>, name: Range<Int>) -> Bool {
            let n = name.count
            guard n >= 2 && n <= 10 else { return false }
            let key = PageCompactor.packedLowercase(b, from: name.lowerBound, count: n)
            for k in Self.keptNames where k.key == key && k.bytes.count == n {
                if n > 8 && !equalsLowercased(b, at: name.lowerBound, k.bytes) { return false }
                return k.on == nil || k.on == self
            }
            return false
        }
    }

    /// Up to the first 8 bytes of `b[from..<from + count]` in one integer, each ORed with 0x20
    /// (lowercase for letters; name bytes are compared this way, as in `equalsLowercased`).
    @inline(__always)
    static func packedLowercase(_ b: UnsafeBufferPointer<UInt8>, from: Int, count: Int) -> UInt64 {
        var key: UInt64 = 0
        for k in 0..<min(count, 8) { key |= UInt64(b[from + k] | 0x20) << (8 * UInt64(k)) }
        return key
    }

    static func equalsLowercased(_ b: UnsafeBufferPointer<UInt8>, at i: Int, _ word: [UInt8]) -> Bool {
        guard i + word.count <= b.count else { return false }
        // Only ASCII letters, '-' and ':' are compared, and only names of name bytes.
        for (k, w) in word.enumerated() where b[i + k] | 0x20 != w { return false }
        return true
    }

    /// Where the text of a script or style element ends, or nil when it runs to the end.
    ///
    /// libxml2 stops reading raw text at `</` followed by the element's name (any case, as a
    /// prefix: `</scripts` too). When the end tag's whole name is another one (`</style4px`),
    /// no open element has that name: libxml2 skips the tag to its '>' and reads on in the
    /// same element.
    static func endOfRawText(_ name: [UInt8], in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var from = from
        while let end = find(closing: name, in: b, from: from) {
            if endOfName(b, from: end + 2) == end + 2 + name.count { return end }
            var j = endOfName(b, from: end + 2)
            while j < b.count && isBlank(b[j]) { j += 1 }
            while j < b.count && b[j] != 0 && b[j] != UInt8(ascii: ">") { j += 1 }
            guard j < b.count, b[j] == UInt8(ascii: ">") else { return nil }
            from = j + 1
        }
        return nil
    }

    /// The first `</` followed by `name` in any case, or nil.
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
    /// character reference, which could spell it.
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

    /// True when `b[from..<to]` holds a byte below 0x20 other than tab, line feed and return;
    /// eight bytes are checked at a time.
    static func containsControl(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        var k = from
        let raw = UnsafeRawPointer(b.baseAddress!)
        while k + 8 <= to {
            let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            // Nonzero when some byte is below 0x20 (it may also flag a byte after one): those
            // eight are looked at one by one, and the search goes on eight at a time (the tabs
            // and line feeds of scripts and text would otherwise end the fast search early).
            if (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 != 0 {
                for j in k..<(k + 8) where isControl(b[j]) { return true }
            }
            k += 8
        }
        while k < to {
            if isControl(b[k]) { return true }
            k += 1
        }
        return false
    }

    enum TagEnd {
        /// The tag ends with the '>' at this index; `selfClosing` when written `/>`.
        case closed(Int, selfClosing: Bool)
        /// libxml2 gives up on the tag at this index (a control character) and reads on from it.
        case broken(Int)
    }

    /// Reads a start tag's attributes the way libxml2's `htmlParseStartTag` does, listing them
    /// in `attributes`; nil when the page ends inside the tag.
    static func endOfStartTag(_ b: UnsafeBufferPointer<UInt8>, from: Int, attributes: inout [Attribute]) -> TagEnd? {
        let n = b.count
        var j = from
        while j < n && isBlank(b[j]) { j += 1 }
        while j < n {
            let c = b[j]
            if c == UInt8(ascii: ">") { return .closed(j, selfClosing: false) }
            if c == UInt8(ascii: "/") && j + 1 < n && b[j + 1] == UInt8(ascii: ">") { return .closed(j + 1, selfClosing: true) }
            if isControl(c) { return .broken(j) }
            if isNameStart(c) {
                let nameStart = j
                j = endOfName(b, from: j)
                let nameEnd = j
                var end = j
                while j < n && isBlank(b[j]) { j += 1 }
                if j < n && b[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < n && isBlank(b[j]) { j += 1 }
                    guard j < n else { return nil }
                    let q = b[j]
                    if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
                        j += 1
                        // The value runs to the closing quote or a NUL byte (memchr: values
                        // such as srcset and data-* can be long).
                        let base = b.baseAddress!
                        if let p = memchr(base + j, Int32(q), n - j) {
                            let k = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                            j = memchr(base + j, 0, k - j).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? k
                        } else {
                            j = memchr(base + j, 0, n - j).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? n
                        }
                        guard j < n else { return nil }
                        if b[j] == q { j += 1 }
                    } else {
                        while j < n && b[j] != 0 && b[j] != UInt8(ascii: ">") && !isBlank(b[j]) { j += 1 }
                    }
                    end = j
                }
                attributes.append(Attribute(name: nameStart..<nameEnd, end: end))
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
