import Foundation

/// Decides how libxml2 should decode a page's bytes.
///
/// A page that declares a charset other than UTF-8 (`<meta charset>`, `http-equiv`, an XML
/// declaration) is left to libxml2, which honours it. Otherwise the bytes should be UTF-8; when
/// they are not (an undeclared windows-1252 page, or a UTF-8 page with stray windows-1252
/// bytes), each byte that breaks UTF-8 is read as windows-1252 and the page is handed over as
/// clean UTF-8.
enum PageEncoding {
    enum Decision: Equatable {
        /// Let libxml2 read the declared charset.
        case declared(String)
        /// The bytes are UTF-8 (possibly after repair).
        case utf8
    }

    /// The charset named in the first 4 KB, lowercased (`utf-8`, `windows-1252`, ...).
    static func declaredCharset(_ bytes: UnsafeRawBufferPointer) -> String? {
        let head = String(decoding: UnsafeRawBufferPointer(rebasing: bytes.prefix(4096)), as: UTF8.self).lowercased()
        var searchStart = head.startIndex
        while let r = head.range(of: "charset", range: searchStart..<head.endIndex) {
            searchStart = r.upperBound
            var i = r.upperBound
            while i < head.endIndex, head[i] == " " { i = head.index(after: i) }
            guard i < head.endIndex, head[i] == "=" else { continue }
            i = head.index(after: i)
            while i < head.endIndex, head[i] == " " || head[i] == "\"" || head[i] == "'" { i = head.index(after: i) }
            var name = ""
            while i < head.endIndex, head[i].isLetter || head[i].isNumber || head[i] == "-" || head[i] == "_" {
                name.append(head[i])
                i = head.index(after: i)
            }
            if !name.isEmpty { return name }
        }
        if head.hasPrefix("<?xml"), let r = head.range(of: "encoding=") {
            let rest = head[r.upperBound...].dropFirst()
            let name = rest.prefix { $0 != "\"" && $0 != "'" }
            if !name.isEmpty { return String(name) }
        }
        return nil
    }

    static func decide(_ bytes: UnsafeRawBufferPointer) -> Decision {
        if let cs = declaredCharset(bytes), cs != "utf-8", cs != "utf8", cs != "us-ascii", cs != "ascii" {
            return .declared(cs)
        }
        return .utf8
    }

    /// True when every byte sequence is valid UTF-8.
    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        String(validating: bytes.bindMemory(to: UInt8.self), as: UTF8.self) != nil
    }

    /// The bytes as UTF-8: valid UTF-8 sequences are kept, every other byte is read as
    /// windows-1252.
    static func repairedUTF8(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        let b = bytes.bindMemory(to: UInt8.self)
        var out: [UInt8] = []
        out.reserveCapacity(b.count + b.count / 8)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 { out.append(c); i += 1; continue }
            let need: Int
            if c >= 0xC2 && c <= 0xDF { need = 1 } else if c >= 0xE0 && c <= 0xEF { need = 2 } else if c >= 0xF0 && c <= 0xF4 { need = 3 } else { need = 0 }
            if need > 0, i + need < b.count, (1...need).allSatisfy({ b[i + $0] & 0xC0 == 0x80 }),
               String(validating: UnsafeBufferPointer(rebasing: b[i...(i + need)]), as: UTF8.self) != nil {
                out.append(contentsOf: b[i...(i + need)])
                i += need + 1
                continue
            }
            let scalar = windows1252(c)
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            i += 1
        }
        return out
    }

    /// The character a windows-1252 byte (0x80...0xFF) stands for.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        let table: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        if byte >= 0x80 && byte < 0xA0 { return Unicode.Scalar(table[Int(byte - 0x80)])! }
        return Unicode.Scalar(byte)
    }
}
