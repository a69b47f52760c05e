import CLibXML2
import Foundation

/// Parses HTML with libxml2's forgiving HTML parser and walks the result into a `PageTree`.
///
/// The walk is iterative (no recursion), so deeply nested markup cannot overflow the stack.
struct PageTreeBuilder {
    private static let parserReady: Void = { xmlInitParser() }()

    /// Options for messy real-world pages: recover from errors, stay silent, never fetch.
    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                               | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)

    /// Builds the tree of `bytes`, decoded as `encoding` (nil: as the page declares).
    static func build(_ bytes: UnsafeRawBufferPointer, encoding: String?) -> PageTree? {
        _ = parserReady
        guard let base = bytes.baseAddress, bytes.count > 0, bytes.count < Int(Int32.max) else { return nil }
        let doc: htmlDocPtr? = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { p in
            if let encoding {
                return encoding.withCString { htmlReadMemory(p, Int32(bytes.count), nil, $0, options) }
            }
            return htmlReadMemory(p, Int32(bytes.count), nil, nil, options)
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return PageTree() }
        var walker = Walker()
        walker.walk(root)
        return walker.tree
    }

    private struct Walker {
        var tree = PageTree()
        var text: [UInt8] = []
        var linkLength = 0
        var punctuation = 0
        var pendingSpace = false
        var linkDepth = 0
        /// Open block-level elements, innermost last.
        var blockStack: [Int32] = []
        /// Hints by class-and-id string: pages repeat the same classes many times.
        var hintCache: [String: Int8] = [:]
        /// Open elements (element index per entered libxml2 element, -1 for skipped ones).
        var open: [Int32] = []

        mutating func walk(_ root: xmlNodePtr) {
            var node: xmlNodePtr? = root
            while let n = node {
                if enter(n), let child = n.pointee.children {
                    node = child
                    continue
                }
                if n.pointee.type == XML_ELEMENT_NODE { exit(n) }
                var cur = n
                while cur.pointee.next == nil {
                    guard let parent = cur.pointee.parent, cur != root, parent.pointee.type == XML_ELEMENT_NODE else {
                        flush(breakEnd: false)
                        return
                    }
                    cur = parent
                    exit(cur)
                    if cur == root {
                        flush(breakEnd: false)
                        return
                    }
                }
                if cur == root { break }
                node = cur.pointee.next
            }
            flush(breakEnd: false)
        }

        /// Handles the start of a node; returns true when its children should be visited.
        mutating func enter(_ n: xmlNodePtr) -> Bool {
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let c = n.pointee.content { appendText(c) }
                return false
            case XML_ELEMENT_NODE:
                break
            default:
                return false
            }
            let name = n.pointee.name.map { String(cString: $0) } ?? ""
            let tag = HTMLTag(name: name)
            var attrs = Attributes()
            attrs.read(n, tag: tag)
            switch tag {
            case .title:
                if tree.metadata.title == nil { tree.metadata.title = Self.content(of: n) }
                open.append(-1)
                return false
            case .meta:
                tree.metadata.addMeta(attrs)
                open.append(-1)
                return false
            case .link:
                if let rel = attrs.rel?.lowercased(), rel == "canonical", let href = attrs.href { tree.metadata.canonical = href }
                open.append(-1)
                return false
            case .script:
                if let type = attrs.type?.lowercased(), type.contains("ld+json"), let s = Self.content(of: n) {
                    tree.metadata.jsonLD.append(s)
                }
                open.append(-1)
                return false
            case .html:
                if let lang = attrs.lang { tree.metadata.language = lang }
            case .time:
                if tree.metadata.time == nil, let dt = attrs.datetime { tree.metadata.time = dt }
            default:
                break
            }
            if tag.isSkipped || attrs.hidden {
                open.append(-1)
                return false
            }
            if tag.isBlock { flush(breakEnd: tag == .br) }
            if tag == .br || tag == .hr {
                open.append(-1)
                return false
            }
            let parent = currentElement
            // Classes on <html> and <body> describe the page type, not a part of it.
            let hint: Int8
            if tag == .html || tag == .body || (attrs.classAndID.isEmpty && attrs.role == nil && attrs.itemprop == nil) {
                hint = 0
            } else if attrs.role == nil && attrs.itemprop == nil, let known = hintCache[attrs.classAndID] {
                hint = known
            } else {
                hint = ContentHints.hint(classAndID: attrs.classAndID, role: attrs.role, itemprop: attrs.itemprop)
                if attrs.role == nil && attrs.itemprop == nil { hintCache[attrs.classAndID] = hint }
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
            return true
        }

        var currentElement: Int32 {
            for i in open.reversed() where i >= 0 { return i }
            return -1
        }

        mutating func exit(_ n: xmlNodePtr) {
            guard let index = open.popLast() else { return }
            guard index >= 0 else { return }
            let tag = tree.elements[Int(index)].tag
            if tag.isBlock {
                flush(breakEnd: false)
                if blockStack.last == index { blockStack.removeLast() }
            }
            if tag == .a { linkDepth -= 1 }
            tree.elements[Int(index)].end = Int32(tree.elements.count - 1)
        }

        mutating func appendText(_ c: UnsafePointer<xmlChar>) {
            var p = c
            while p.pointee != 0 {
                let b = p.pointee
                p += 1
                if b == 32 || b == 10 || b == 9 || b == 13 || b == 12 {
                    pendingSpace = true
                    continue
                }
                // NBSP (C2 A0) counts as a space.
                if b == 0xC2 && p.pointee == 0xA0 {
                    p += 1
                    pendingSpace = true
                    continue
                }
                if pendingSpace {
                    if !text.isEmpty {
                        text.append(32)
                        if linkDepth > 0 { linkLength += 1 }
                    }
                    pendingSpace = false
                }
                text.append(b)
                if linkDepth > 0 { linkLength += 1 }
                switch b {
                case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    punctuation += 1
                case 0xE3 where p.pointee == 0x80 && (p[1] == 0x82 || p[1] == 0x81):  // 。 、
                    punctuation += 1
                case 0xEF where p.pointee == 0xBC && p[1] == 0x8C:  // ，
                    punctuation += 1
                default: break
                }
            }
        }

        mutating func flush(breakEnd: Bool) {
            defer {
                text.removeAll(keepingCapacity: true)
                linkLength = 0
                punctuation = 0
                pendingSpace = false
            }
            guard !text.isEmpty, let owner = blockStack.last else { return }
            let s = String(decoding: text, as: UTF8.self)
            tree.blocks.append(PageTree.Block(element: owner, text: s, length: text.count,
                                              linkLength: min(linkLength, text.count), punctuation: punctuation,
                                              endsAtBreak: breakEnd))
        }

        static func content(of n: xmlNodePtr) -> String? {
            guard let c = xmlNodeGetContent(n) else { return nil }
            defer { dyad_xml_free(c) }
            return String(cString: c)
        }
    }

    /// The attributes of one element that extraction reads.
    struct Attributes {
        var classAndID = ""
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

        static let wanted: Set<String> = [
            "class", "id", "role", "itemprop", "hidden", "style", "rel", "href", "type", "lang", "xml:lang",
            "datetime", "name", "property", "content", "http-equiv",
        ]

        mutating func read(_ n: xmlNodePtr, tag: HTMLTag) {
            var a = n.pointee.properties
            while let attr = a {
                a = attr.pointee.next
                guard let np = attr.pointee.name else { continue }
                // libxml2's HTML parser lowercases attribute names.
                let attrName = String(cString: np)
                guard Self.wanted.contains(attrName) else { continue }
                switch attrName {
                case "href", "rel": if tag != .link { continue }
                case "content", "name", "property", "http-equiv": if tag != .meta { continue }
                case "type": if tag != .script { continue }
                case "datetime": if tag != .time { continue }
                case "lang", "xml:lang": if tag != .html { continue }
                default: break
                }
                let value: String
                if let child = attr.pointee.children, let c = child.pointee.content {
                    value = String(cString: c)
                } else {
                    value = ""
                }
                switch attrName {
                case "class", "id":
                    if !classAndID.isEmpty { classAndID.append(" ") }
                    classAndID.append(value)
                case "role": role = value
                case "itemprop": itemprop = value
                case "hidden": hidden = true
                case "style":
                    let s = value.lowercased().filter { $0 != " " }
                    if s.contains("display:none") || s.contains("visibility:hidden") { hidden = true }
                case "rel": rel = value
                case "href": href = value
                case "type": type = value
                case "lang", "xml:lang": lang = value
                case "datetime": datetime = value
                case "name": name = value
                case "property": property = value
                case "content": content = value
                case "http-equiv": httpEquiv = value
                default: break
                }
            }
        }
    }
}
