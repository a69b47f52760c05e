import CLibXML2
import Foundation

/// A small read-only XML element tree, parsed by libxml2 with network access and entity
/// expansion off. Names are local names (prefix dropped) with the prefix kept in `prefixed`.
final class XMLElement {
    let name: String
    let prefixed: String
    var attributes: [String: String] = [:]
    var children: [XMLElement] = []
    /// The element's text content (text and CDATA of all descendants).
    var text: String = ""

    init(name: String, prefixed: String) {
        self.name = name
        self.prefixed = prefixed
    }

    func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }
    func child(prefixed: String) -> XMLElement? { children.first { $0.prefixed == prefixed } }
    func all(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }

    /// Parses `data` as XML; nil when it is not well-formed enough to recover a root element.
    static func parse(_ data: Data, maxDepth: Int = 256) -> XMLElement? {
        _ = ready
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        let doc: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count > 0, raw.count < Int(Int32.max) else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, nil, options)
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        return convert(root, depth: 0, maxDepth: maxDepth)
    }

    private static let ready: Void = { xmlInitParser() }()

    private static func convert(_ n: xmlNodePtr, depth: Int, maxDepth: Int) -> XMLElement {
        let local = n.pointee.name.map { String(cString: $0) } ?? ""
        let prefix = n.pointee.ns?.pointee.prefix.map { String(cString: $0) }
        let e = XMLElement(name: local, prefixed: prefix.map { "\($0):\(local)" } ?? local)
        var a = n.pointee.properties
        while let attr = a {
            a = attr.pointee.next
            guard let np = attr.pointee.name else { continue }
            let attrPrefix = attr.pointee.ns?.pointee.prefix.map { String(cString: $0) }
            let key = attrPrefix.map { "\($0):" } ?? ""
            let value = attr.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
            e.attributes[key + String(cString: np)] = value
        }
        if let c = xmlNodeGetContent(n) {
            e.text = String(cString: c)
            dyad_xml_free(c)
        }
        guard depth < maxDepth else { return e }
        var child = n.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { e.children.append(convert(c, depth: depth + 1, maxDepth: maxDepth)) }
            child = c.pointee.next
        }
        return e
    }
}
