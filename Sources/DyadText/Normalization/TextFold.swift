/// Folds text for dictionary matching: lower case, common Latin diacritics removed,
/// typographic apostrophes and dashes made plain.
public enum TextFold {
    public static func fold(_ s: String) -> String {
        // Fast path: plain ASCII needs only lower-casing.
        var ascii = true
        var hasUpper = false
        for b in s.utf8 {
            if b >= 128 { ascii = false; break }
            if b >= 65 && b <= 90 { hasUpper = true }
        }
        if ascii {
            guard hasUpper else { return s }
            return String(unsafeUninitializedCapacity: s.utf8.count) { buffer in
                var i = 0
                for b in s.utf8 {
                    buffer[i] = b >= 65 && b <= 90 ? b &+ 32 : b
                    i &+= 1
                }
                return i
            }
        }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            let v = c.value
            if v >= 65 && v <= 90 { out.append(Unicode.Scalar(v + 32)!); continue }
            if v < 128 { out.append(c); continue }
            switch c {
            case "\u{2019}", "\u{2018}", "\u{02BC}": out.append("'")
            case "\u{2013}", "\u{2014}", "\u{2010}", "\u{2011}": out.append("-")
            default:
                if let base = latinBase[c] { out.append(contentsOf: base.unicodeScalars) }
                else { out.append(contentsOf: String(c).lowercased().unicodeScalars) }
            }
        }
        return String(out)
    }

    static let latinBase: [Unicode.Scalar: String] = {
        var m: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđ", "d"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
            ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
            ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠšȘș", "s"), ("ŢţŤťŦŧȚț", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"),
            ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"), ("ß", "ss"), ("Ææ", "ae"), ("Œœ", "oe"),
        ]
        for (chars, base) in groups { for c in chars.unicodeScalars { m[c] = base } }
        return m
    }()
}
