import CLibXML2
import Foundation

/// Parses HTML with libxml2's forgiving HTML parser and turns what it reads into a `PageTree`.
///
/// The parser reports elements, text and script content as it reads them (libxml2's SAX
/// interface): no document tree is built, so a page costs one pass and few allocations. The
/// parser still closes elements the way its tree builder would (implied `<html>`/`<body>`,
/// unclosed `<p>` and `<li>`), so the elements seen are those of the document tree.
struct PageTreeBuilder {
    private static let parserReady: Void = { xmlInitParser() }()

    /// Options for messy real-world pages: recover from errors, stay silent, never fetch.
    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                               | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)

    /// Builds the tree of `bytes`, decoded as `encoding` (nil: as the page declares).
    /// `compacted`: the bytes come from `PageCompactor`, whose `h` attribute gives the hint of
    /// the class and id it took out.
    static func build(_ bytes: UnsafeRawBufferPointer, encoding: String?, compacted: Bool = false) -> PageTree? {
        _ = parserReady
        guard let base = bytes.baseAddress, bytes.count > 0, bytes.count < Int(Int32.max) else { return nil }
        var handler = htmlSAXHandler()
        handler.startElement = { ctx, name, atts in
            guard let ctx, let name else { return }
            ctx.assumingMemoryBound(to: Walker.self).pointee.start(name, atts)
        }
        handler.endElement = { ctx, _ in
            ctx?.assumingMemoryBound(to: Walker.self).pointee.end()
        }
        handler.characters = { ctx, ch, len in
            guard let ctx, let ch, len > 0 else { return }
            ctx.assumingMemoryBound(to: Walker.self).pointee.characters(ch, Int(len))
        }
        // White space the parser deems ignorable still separates words.
        handler.ignorableWhitespace = handler.characters
        // Script and style content: read only from JSON-LD scripts.
        handler.cdataBlock = { ctx, ch, len in
            guard let ctx, let ch, len > 0 else { return }
            ctx.assumingMemoryBound(to: Walker.self).pointee.rawText(ch, Int(len))
        }
        var walker = Walker()
        walker.attrs.readsHint = compacted
        let status: Int32 = withUnsafeMutablePointer(to: &walker) { w in
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { p in
                if let encoding {
                    return encoding.withCString { dyad_html_sax_parse(p, Int32(bytes.count), $0, options, &handler, w) }
                }
                return dyad_html_sax_parse(p, Int32(bytes.count), nil, options, &handler, w)
            }
        }
        guard status == 0 else { return nil }
        walker.finish()
        return walker.tree
    }

    /// What the parser's callbacks build: the elements, the blocks and their text.
    private struct Walker {
        var tree = PageTree()
        /// Where the text of the block being read starts in `tree.text`.
        var blockStart = 0
        var linkLength = 0
        var punctuation = 0
        var pendingSpace = false
        var linkDepth = 0
        /// Open block-level elements, innermost last.
        var blockStack: [Int32] = []
        /// Open elements that are in the tree, innermost last.
        var open: [Int32] = []
        /// Depth inside an element whose content is not read (script, style, hidden, ...); 0 outside.
        var skipDepth = 0
        /// What is done with the raw text of the skipped element being read.
        var capture = Capture.none
        var captured: [UInt8] = []
        /// Hints by class-and-id bytes: pages repeat the same classes many times.
        var hintCache = ByteKeyTable()
        /// Verdicts by single class name or id, by bytes (ASCII names) and as strings (others).
        var nameTable = ByteKeyTable()
        var nameCache: [Substring: Int8] = [:]
        var attrs = Attributes()

        enum Capture { case none, title, jsonLD }

        init() {
            tree.text.reserveCapacity(1 << 16)
            tree.elements.reserveCapacity(1024)
        }

        mutating func start(_ name: UnsafePointer<xmlChar>, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
            if skipDepth > 0 {
                skipDepth += 1
                return
            }
            let tag = HTMLTag(cName: name)
            attrs.read(atts, tag: tag)
            switch tag {
            case .title:
                if tree.metadata.title == nil { capture = .title }
                skip()
                return
            case .meta:
                tree.metadata.addMeta(attrs)
                skip()
                return
            case .link:
                if let rel = attrs.rel?.lowercased(), rel == "canonical", let href = attrs.href { tree.metadata.canonical = href }
                skip()
                return
            case .script:
                if let type = attrs.type {
                    var folded = LowercasedText(type)
                    if folded.contains("ld+json") { capture = .jsonLD }
                }
                skip()
                return
            case .html:
                if let lang = attrs.lang { tree.metadata.language = lang }
            case .time:
                if tree.metadata.time == nil, let dt = attrs.datetime { tree.metadata.time = dt }
            default:
                break
            }
            if tag.isSkipped || attrs.hidden {
                skip()
                return
            }
            if tag.isBlock { flush(breakEnd: tag == .br) }
            if tag == .br || tag == .hr {
                skip()
                return
            }
            let parent = open.last ?? -1
            // Classes on <html> and <body> describe the page type, not a part of it.
            let hint: Int8
            if tag == .html || tag == .body {
                hint = 0
            } else if let h = ContentHints.hint(role: attrs.role, itemprop: attrs.itemprop) {
                hint = h
            } else if let h = attrs.classHint {
                hint = h
            } else if attrs.classAndIDBytes.isEmpty {
                hint = 0
            } else {
                let bytes = attrs.classAndIDBytes
                hint = bytes.withUnsafeBytes { key in
                    if let known = hintCache.value(key) { return known }
                    let h = ContentHints.hint(classAndIDBytes: key, names: &nameTable)
                        ?? ContentHints.hint(classAndID: attrs.classAndID, role: nil, itemprop: nil, cache: &nameCache)
                    hintCache.insert(key, h)
                    return h
                }
            }
            var e = PageTree.Element(tag: tag, parent: parent, end: 0, hint: hint, furniture: 0, figure: 0, heading: 0)
            if parent >= 0 {
                let p = tree.elements[Int(parent)]
                e.furniture = p.furniture
                e.figure = p.figure
                e.heading = p.heading
                e.quote = p.quote
            }
            if tag == .blockquote { e.quote += 1 }
            if hint < 0 || tag.isBoilerplateContainer { e.furniture += 1 }
            if tag == .figure || tag == .figcaption { e.figure += 1 }
            if tag.isHeading { e.heading += 1 }
            let index = Int32(tree.elements.count)
            tree.elements.append(e)
            open.append(index)
            if tag.isBlock { blockStack.append(index) }
            if tag == .a { linkDepth += 1 }
        }

        /// Starts skipping the content of the element just opened.
        mutating func skip() {
            skipDepth = 1
            captured.removeAll(keepingCapacity: true)
        }

        mutating func end() {
            if skipDepth > 0 {
                skipDepth -= 1
                if skipDepth == 0 { endCapture() }
                return
            }
            guard let index = open.popLast() else { return }
            close(index)
        }

        mutating func close(_ index: Int32) {
            let tag = tree.elements[Int(index)].tag
            if tag.isBlock {
                flush(breakEnd: false)
                if blockStack.last == index { blockStack.removeLast() }
            }
            if tag == .a { linkDepth -= 1 }
            tree.elements[Int(index)].end = Int32(tree.elements.count - 1)
        }

        mutating func endCapture() {
            switch capture {
            case .none: return
            case .title: tree.metadata.title = String(decoding: captured, as: UTF8.self)
            case .jsonLD: tree.metadata.jsonLD.append(String(decoding: captured, as: UTF8.self))
            }
            capture = .none
            captured.removeAll(keepingCapacity: true)
        }

        /// Elements the parser left open at the end of the input.
        mutating func finish() {
            if skipDepth > 0 {
                skipDepth = 0
                endCapture()
            }
            while let index = open.popLast() { close(index) }
            flush(breakEnd: false)
        }

        /// Text inside script and style elements.
        mutating func rawText(_ c: UnsafePointer<xmlChar>, _ count: Int) {
            if capture == .jsonLD { captured.append(contentsOf: UnsafeBufferPointer(start: c, count: count)) }
        }

        mutating func characters(_ c: UnsafePointer<xmlChar>, _ count: Int) {
            if skipDepth > 0 {
                if capture != .none { captured.append(contentsOf: UnsafeBufferPointer(start: c, count: count)) }
                return
            }
            var i = 0
            while i < count {
                let b = c[i]
                if b == 32 || b == 10 || b == 9 || b == 13 || b == 12 {
                    pendingSpace = true
                    i += 1
                    continue
                }
                // NBSP (C2 A0) counts as a space.
                if b == 0xC2 && i + 1 < count && c[i + 1] == 0xA0 {
                    i += 2
                    pendingSpace = true
                    continue
                }
                if pendingSpace {
                    if tree.text.count > blockStart {
                        tree.text.append(32)
                        if linkDepth > 0 { linkLength += 1 }
                    }
                    pendingSpace = false
                }
                // A run of non-blank bytes is copied at once; sentence punctuation is counted
                // on the way.
                let start = i
                while i < count {
                    let d = c[i]
                    if d <= 32 {
                        if d == 32 || d == 10 || d == 9 || d == 13 || d == 12 { break }
                    } else if d < 0x80 {
                        if d == UInt8(ascii: ".") || d == UInt8(ascii: ",") || d == UInt8(ascii: ";")
                            || d == UInt8(ascii: "!") || d == UInt8(ascii: "?") { punctuation += 1 }
                    } else if d == 0xC2 {
                        if i + 1 < count && c[i + 1] == 0xA0 { break }
                    } else if d == 0xE3 {
                        // 。 、
                        if i + 2 < count && c[i + 1] == 0x80 && (c[i + 2] == 0x82 || c[i + 2] == 0x81) { punctuation += 1 }
                    } else if d == 0xEF {
                        // ，
                        if i + 2 < count && c[i + 1] == 0xBC && c[i + 2] == 0x8C { punctuation += 1 }
                    }
                    i += 1
                }
                tree.text.append(contentsOf: UnsafeBufferPointer(start: c + start, count: i - start))
                if linkDepth > 0 { linkLength += i - start }
            }
        }

        mutating func flush(breakEnd: Bool) {
            defer {
                linkLength = 0
                punctuation = 0
                pendingSpace = false
            }
            let length = tree.text.count - blockStart
            guard length > 0 else { return }
            guard let owner = blockStack.last else {
                tree.text.removeSubrange(blockStart...)
                return
            }
            tree.blocks.append(PageTree.Block(element: owner, start: blockStart, length: length,
                                              linkLength: min(linkLength, length), punctuation: punctuation,
                                              endsAtBreak: breakEnd))
            blockStart = tree.text.count
        }
    }

    /// The attributes of one element that extraction reads.
    struct Attributes {
        /// The `class` and `id` values in the order written, joined by a space, as UTF-8.
        var classAndIDBytes: [UInt8] = []
        /// `classAndIDBytes` as a string.
        var classAndID: String { String(decoding: classAndIDBytes, as: UTF8.self) }
        var role: String?
        var itemprop: String?
        var hidden = false
        var rel: String?
        var href: String?
        var type: String?
        var lang: String?
        var datetime: String?
        var name: String?
        var property: String?
        var content: String?
        var httpEquiv: String?
        /// The hint of the class and id, when `PageCompactor` read them (its `h` attribute).
        var classHint: Int8?
        /// True when the `h` attribute is read (on compacted pages only).
        var readsHint = false

        enum Name: UInt8 {
            case `class`, id, role, itemprop, hidden, style, rel, href, type, lang, datetime, name, property, content, httpEquiv, hint
        }

        static let names: [String: Name] = [
            "class": .class, "id": .id, "role": .role, "itemprop": .itemprop, "hidden": .hidden, "style": .style,
            "rel": .rel, "href": .href, "type": .type, "lang": .lang, "xml:lang": .lang, "datetime": .datetime,
            "name": .name, "property": .property, "content": .content, "http-equiv": .httpEquiv,
            PageCompactor.hintAttribute: .hint,
        ]

        /// The attribute names read, by their bytes packed into an integer (see `HTMLTag.packed`).
        static let byPacked = PackedNameTable(names.map { ($0.key, $0.value) })

        static func name(_ p: UnsafePointer<xmlChar>) -> Name? {
            let n = strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
            guard n <= 10, let name = byPacked.value(HTMLTag.packed(p, count: n), length: n) else { return nil }
            if n > 8 {
                // Packing reads the first 8 bytes only.
                guard let k = names.first(where: { $0.value == name && $0.key.utf8.count == n })?.key,
                      k.utf8.elementsEqual(UnsafeBufferPointer(start: p, count: n)) else { return nil }
            }
            return name
        }

        /// True when some attribute other than class and id was set since the last reset.
        var anySet = false

        mutating func reset() {
            if !classAndIDBytes.isEmpty { classAndIDBytes.removeAll(keepingCapacity: true) }
            guard anySet else { return }
            anySet = false
            role = nil; itemprop = nil; hidden = false; rel = nil; href = nil; type = nil; lang = nil
            datetime = nil; name = nil; property = nil; content = nil; httpEquiv = nil; classHint = nil
        }

        /// Reads the `NULL`-terminated name/value list libxml2 gives with an element.
        mutating func read(_ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, tag: HTMLTag) {
            reset()
            guard let atts else { return }
            var i = 0
            while let np = atts[i] {
                let vp = atts[i + 1]
                i += 2
                // libxml2's HTML parser lowercases attribute names.
                guard let attr = Self.name(np) else { continue }
                switch attr {
                case .href, .rel: if tag != .link { continue }
                case .content, .name, .property, .httpEquiv: if tag != .meta { continue }
                case .type: if tag != .script { continue }
                case .datetime: if tag != .time { continue }
                case .lang: if tag != .html { continue }
                case .hidden:
                    hidden = true
                    anySet = true
                    continue
                case .style:
                    if let vp, Self.hides(vp) { hidden = true; anySet = true }
                    continue
                case .hint:
                    if readsHint, let vp { classHint = PageCompactor.hint(coded: vp.pointee); anySet = true }
                    continue
                default: break
                }
                if attr == .class || attr == .id {
                    if !classAndIDBytes.isEmpty { classAndIDBytes.append(32) }
                    if let vp { classAndIDBytes.append(contentsOf: UnsafeBufferPointer(start: vp, count: strlen(UnsafeRawPointer(vp).assumingMemoryBound(to: CChar.self)))) }
                    continue
                }
                anySet = true
                let value = vp.map { String(cString: $0) } ?? ""
                switch attr {
                case .class, .id: break
                case .role: role = value
                case .itemprop: itemprop = value
                case .rel: rel = value
                case .href: href = value
                case .type: type = value
                case .lang: lang = value
                case .datetime: datetime = value
                case .name: name = value
                case .property: property = value
                case .content: content = value
                case .httpEquiv: httpEquiv = value
                case .hidden, .style, .hint: break
                }
            }
        }

        static let displayNone = Array("display:none".utf8)
        static let visibilityHidden = Array("visibility:hidden".utf8)

        /// True when an inline style hides the element (`display: none`, `visibility: hidden`),
        /// read case-insensitively with spaces ignored.
        static func hides(_ style: UnsafePointer<xmlChar>) -> Bool {
            var d = 0, v = 0
            var p = style
            while p.pointee != 0 {
                var b = p.pointee
                p += 1
                if b == 32 || b == 9 || b == 10 || b == 13 { continue }
                if b >= 65 && b <= 90 { b += 32 }
                d = b == Self.displayNone[d] ? d + 1 : (b == Self.displayNone[0] ? 1 : 0)
                v = b == Self.visibilityHidden[v] ? v + 1 : (b == Self.visibilityHidden[0] ? 1 : 0)
                if d == Self.displayNone.count || v == Self.visibilityHidden.count { return true }
            }
            return false
        }
    }
}
