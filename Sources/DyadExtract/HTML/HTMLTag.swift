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
    static let byPacked: [UInt64: (HTMLTag, Int)] = {
        var d: [UInt64: (HTMLTag, Int)] = [:]
        for (name, tag) in byName {
            let bytes = Array(name.utf8)
            d[packed(bytes.withUnsafeBufferPointer { $0.baseAddress! }, count: bytes.count)] = (tag, bytes.count)
        }
        return d
    }()

    /// The tag named by a NUL-terminated lowercase name, as libxml2's HTML parser reports it.
    init(cName p: UnsafePointer<UInt8>) {
        let n = strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
        guard n <= 10, let (tag, length) = Self.byPacked[Self.packed(p, count: n)], length == n else {
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
