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
    ///
    /// Read on the bytes; where a byte outside ASCII could change the answer (next to
    /// `charset`, in the name), the head is read as a string instead.
    static func declaredCharset(_ bytes: UnsafeRawBufferPointer) -> String? {
        let head = UnsafeRawBufferPointer(rebasing: bytes.prefix(4096)).bindMemory(to: UInt8.self)
        switch asciiCharset(head) {
        case let .found(name): return name
        case .none: return nil
        case .undecided: return charsetInString(bytes)
        }
    }

    enum ByteAnswer: Equatable { case found(String), none, undecided }

    static let charsetWord = Array("charset".utf8)
    static let xmlDeclaration = Array("<?xml".utf8)
    static let encodingWord = Array("encoding=".utf8)

    /// `declaredCharset` on the bytes of `head`, ASCII letters lowercased.
    static func asciiCharset(_ head: UnsafeBufferPointer<UInt8>) -> ByteAnswer {
        @inline(__always) func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
        func matches(_ word: [UInt8], at i: Int) -> Bool {
            guard i + word.count <= head.count else { return false }
            for k in 0..<word.count where lower(head[i + k]) != word[k] { return false }
            return true
        }
        let n = head.count
        var i = 0
        while i + charsetWord.count <= n {
            guard matches(charsetWord, at: i) else {
                i += 1
                continue
            }
            var j = i + charsetWord.count
            i += 1
            while j < n, head[j] == 32 { j += 1 }
            guard j < n else { return .undecided }
            if head[j] >= 0x80 { return .undecided }
            guard head[j] == UInt8(ascii: "=") else { continue }
            j += 1
            while j < n, head[j] == 32 || head[j] == UInt8(ascii: "\"") || head[j] == UInt8(ascii: "'") { j += 1 }
            var name: [UInt8] = []
            while j < n {
                let c = lower(head[j])
                if c >= 0x80 { return .undecided }
                guard (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") else { break }
                name.append(c)
                j += 1
            }
            // The name may run on past the first 4 KB, or stop at a byte split there.
            if j >= n { return .undecided }
            if !name.isEmpty { return .found(String(decoding: name, as: UTF8.self)) }
        }
        if matches(xmlDeclaration, at: 0) { return .undecided }
        return .none
    }

    /// The string reading of `declaredCharset`.
    static func charsetInString(_ bytes: UnsafeRawBufferPointer) -> String? {
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

    /// True when the charset writes ASCII characters as the ASCII bytes and never uses those
    /// bytes inside a multi-byte character (the single-byte charsets, Shift_JIS, EUC, GBK, Big5),
    /// so markup can be read byte by byte. False for UTF-16/32, UTF-7, ISO-2022 and HZ.
    static func isASCIICompatible(_ charset: String) -> Bool {
        let c = charset.lowercased()
        return !["16", "32", "ucs", "utf-7", "utf7", "2022", "ebcdic"].contains(where: { c.contains($0) }) && !c.hasPrefix("hz")
    }

    /// True when every byte sequence is valid UTF-8 (well-formed as in Unicode's table 3-7:
    /// no overlong forms, surrogates or code points past U+10FFFF). ASCII is skipped eight
    /// bytes at a time.
    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let b = bytes.bindMemory(to: UInt8.self)
        let n = b.count
        var i = 0
        @inline(__always) func continuation(_ k: Int) -> Bool { k < n && b[k] & 0xC0 == 0x80 }
        while i < n {
            while i + 8 <= n && UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < n else { break }
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            switch c {
            case 0xC2...0xDF:
                guard continuation(i + 1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard i + 1 < n else { return false }
                let c1 = b[i + 1]
                let lo: UInt8 = c == 0xE0 ? 0xA0 : 0x80
                let hi: UInt8 = c == 0xED ? 0x9F : 0xBF
                guard c1 >= lo && c1 <= hi, continuation(i + 2) else { return false }
                i += 3
            case 0xF0...0xF4:
                guard i + 1 < n else { return false }
                let c1 = b[i + 1]
                let lo: UInt8 = c == 0xF0 ? 0x90 : 0x80
                let hi: UInt8 = c == 0xF4 ? 0x8F : 0xBF
                guard c1 >= lo && c1 <= hi, continuation(i + 2), continuation(i + 3) else { return false }
                i += 4
            default:
                return false
            }
        }
        return true
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
