import Testing
@testable import DyadCore

@Suite("String from scalars")
struct StringScalarsTests {
    @Test("every UTF-8 length round-trips, whole and sliced", arguments: [
        "", "Maduro", "Mélenchon", "Ελλάδα", "北京", "tank \u{1F4A5} fire", "a\u{0}b", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
    ])
    func roundTrip(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        #expect(String(scalars: text.unicodeScalars) == text)
        for a in 0...scalars.count {
            for b in a...scalars.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[a..<b])
                #expect(String(scalars: scalars[a..<b]) == String(view))
            }
        }
    }

    @Test("the result is valid, comparable UTF-8")
    func validUTF8() {
        let s = String(scalars: Array("Côte d\u{2019}Ivoire".unicodeScalars).dropLast(6))
        #expect(s == "Côte d\u{2019}")
        #expect(s.utf8.count == 10)
        #expect(s.hasSuffix("\u{2019}"))
    }
}
