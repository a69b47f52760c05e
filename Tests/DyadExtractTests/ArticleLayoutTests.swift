import DyadCore
import DyadExtract
import DyadTestSupport
import Foundation
import Testing

@Suite struct ArticleLayoutTests {
    let reader = PlainTextReader()

    /// A scraped page written for this test, shaped like the common news-site layout.
    let page = """
        Independent news since 1990

        Ministers meet in Brussels over energy

        Mar. 4, 2023 at 9:05 am

        Foreign ministers arrive for the meeting in Brussels, Belgium, on March 3, 2023. [John Doe/Reuters]

        France and Germany agreed on Friday to coordinate their gas purchases.

        The two governments will meet again next month.

        Read more: Energy prices fall for a third week
        """

    @Test func aWireDatelineOpeningTheBodyDatesAnUndatedArticle() throws {
        let wire = "Turkey and Syria hold talks\n\nANKARA, Dec 28, 2022 (Reuters) - The defence ministers met.\n\nThey will meet again."
        let a = try reader.read(Data(wire.utf8), name: "wire.txt")
        #expect(a.published == "2022-12-28")
        #expect(a.body.first?.hasPrefix("ANKARA, Dec 28, 2022 (Reuters) -") == true)
        #expect(try reader.read(Data("Talks\n\nLONDON, 3 March 2023: Ministers met.".utf8), name: "b.txt").published == "2023-03-03")
        // A date inside a sentence, or after words that are no place, dates nothing.
        let inside = "Talks\n\nThe ministers said on March 3, 2023 that they met."
        #expect(try reader.read(Data(inside.utf8), name: "c.txt").published == nil)
        #expect(try reader.read(Data("Talks\n\nOn Friday, Dec 2, 2022 - ministers met.".utf8), name: "d.txt").published == nil)
    }

    @Test func recognisesEveryPartOfAScrapedPage() throws {
        let a = try reader.read(Data(page.utf8), name: "page.txt")
        #expect(a.tagline == "Independent news since 1990")
        #expect(a.title == "Ministers meet in Brussels over energy")
        #expect(a.dateline == "Mar. 4, 2023 at 9:05 am")
        #expect(a.published == "2023-03-04")
        #expect(a.captions.count == 1)
        #expect(a.captions.first?.hasSuffix("[John Doe/Reuters]") == true)
        #expect(a.related == ["Read more: Energy prices fall for a third week"])
        #expect(a.body == ["France and Germany agreed on Friday to coordinate their gas purchases.",
                           "The two governments will meet again next month."])
        #expect(a.id.count == 16)
    }

    @Test func aPageWithoutDatelineStillHasATitle() throws {
        let a = try reader.read(Data("Short headline here\n\nThe body sentence is here. And more.".utf8), name: "x.txt")
        #expect(a.title == "Short headline here")
        #expect(a.published == nil)
        #expect(a.body.count == 1)
    }

    @Test(arguments: [
        "Russia attacked Ukraine on Monday",
        "Russian troops shelled Kharkiv, the governor said.",
        "He said: \"We will not give up.\"",
    ])
    func aTextOfOneParagraphIsAllBody(_ text: String) throws {
        let a = try reader.read(Data("\(text)\n".utf8), name: "one.txt")
        #expect(a.title == nil)
        #expect(a.body == [text])
    }

    @Test func aPageOfOnlyATitleAndADatelineHasNoBody() {
        #expect(throws: DyadError.self) {
            try reader.read(Data("Ministers meet in Brussels\n\nMar. 4, 2023".utf8), name: "header.txt")
        }
    }

    @Test(arguments: [
        "Photo: Soldiers at the border.",
        "Leaders pose for a photo in Geneva. (AP Photo/Jane Roe)",
        "A view of the summit. [Getty Images]",
    ])
    func recognisesCaptions(_ text: String) throws {
        let a = try reader.read(Data("Body text of the article comes first.\n\n\(text)".utf8), name: "x.txt")
        #expect(a.captions == [text])
    }

    @Test func theSameBodyGivesTheSameID() throws {
        let a = try reader.read(Data("Title one\n\nSame body.".utf8), name: "a.txt")
        let b = try reader.read(Data("Other title\n\nSame body.".utf8), name: "b.txt")
        #expect(a.id == b.id)
    }

    @Test(.enabled(if: SharedData.available, Comment(rawValue: SharedData.skipReason)))
    func readsTheSeedArticlesParts() throws {
        let url = SharedData.url("seed/000_f731b9d803b44144.txt")
        let a = try reader.read(try Data(contentsOf: url), name: url.lastPathComponent)
        #expect(a.tagline == "Creating new perspectives since 2009")
        #expect(a.title == "Venezuela backs Russia despite tempting US offers")
        #expect(a.published == "2022-03-10")
        #expect(a.captions.count == 1)
        #expect(a.captions[0].hasSuffix("[Mikhail Svetlov/Getty Images]"))
        #expect(a.related.count == 1)
        #expect(a.related[0].hasPrefix("READ:"))
        #expect(a.body.count == 5)
        #expect(!a.body.joined().contains("Creating new perspectives"))
    }
}

@Suite struct BadInputTests {
    let reader = PlainTextReader()

    func error(_ data: Data) -> String? {
        do {
            _ = try reader.read(data, name: "in.txt")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func emptyFile() { #expect(error(Data()) == "in.txt: the file is empty") }
    @Test func whitespaceOnly() { #expect(error(Data("  \n\n ".utf8)) == "in.txt: the file holds only whitespace") }
    @Test func binaryData() { #expect(error(Data([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1])) == "in.txt: binary data (NUL bytes), not text") }
    @Test func invalidUTF8() {
        #expect(error(Data([0x41, 0x42, 0xff, 0x43])) == "in.txt: not valid UTF-8 (first bad byte at offset 2)")
    }
    @Test func hugeSingleLine() {
        let line = Data(repeating: UInt8(ascii: "a"), count: 2 << 20)
        #expect(error(line)?.contains("longer than the limit") == true)
    }
    @Test func fileBiggerThanTheArticleLimit() {
        let big = Data(repeating: UInt8(ascii: "a"), count: 9 << 20)
        #expect(error(big) == "in.txt: larger than the limit of 8388608 bytes for one article")
    }
}

@Suite struct JSONLinesReaderTests {
    let reader = JSONLinesReader()

    func read(_ line: String) throws -> Article? {
        try reader.article(fromLine: Substring(line), number: 7, input: "in.jsonl")
    }

    @Test func readsAllFields() throws {
        let a = try #require(try read(#"{"id":"a1","date":"2022-03-10","title":"T","text":"Russia attacked Ukraine.\n\nREAD: more","url":"https://x.org/1"}"#))
        #expect(a.id == "a1")
        #expect(a.published == "2022-03-10")
        #expect(a.url == "https://x.org/1")
        #expect(a.body == ["Russia attacked Ukraine."])
        #expect(a.related == ["READ: more"])
        #expect(a.origin == "in.jsonl:7")
    }

    @Test func numericIDsAndMissingIDs() throws {
        #expect(try read(#"{"id":42,"text":"A b."}"#)?.id == "42")
        #expect(try read(#"{"text":"A b."}"#)?.id.count == 16)
    }

    @Test func readsArticlesAsExtractPrintsThem() throws {
        let line = #"{"id":"p1","url":"https://x.org/1","site":"x.org","title":"T","published":"2022-03-10","author":"A. Writer","language":"en","body":["Russia attacked Ukraine.","Talks failed."],"captions":["A photo"],"related":["READ: more"],"source_format":"html"}"#
        let a = try #require(try read(line))
        #expect(a.id == "p1")
        #expect(a.published == "2022-03-10")
        #expect(a.body == ["Russia attacked Ukraine.", "Talks failed."])
        #expect(a.captions == ["A photo"])
        #expect(a.related == ["READ: more"])
        #expect(a.site == "x.org" && a.author == "A. Writer" && a.language == "en")
        // Without an id, the id is the hash of the body, as the page's own id would be.
        let noID = try #require(try read(#"{"body":["Russia attacked Ukraine.","Talks failed."]}"#))
        #expect(noID.id == ContentHash.hex("Russia attacked Ukraine.\nTalks failed."))
        #expect(throws: DyadError.self) { try read(#"{"body":"not a list"}"#) }
        #expect(throws: DyadError.self) { try read(#"{"body":[]}"#) }
    }

    @Test func blankLinesAreSkipped() throws {
        #expect(try read("   ") == nil)
    }

    @Test(arguments: [
        (#"{"id":"x""#, "in.jsonl:7: not a JSON object"),
        (#"[1,2]"#, "in.jsonl:7: expected a JSON object, found an array"),
        (#"{"id":"x"}"#, "in.jsonl:7: missing \"text\""),
        (#"{"text":5}"#, "in.jsonl:7: \"text\" must be a string"),
        (#"{"text":"A.","date":"2022-13-45"}"#, "in.jsonl:7: cannot understand the date '2022-13-45' (expected YYYY-MM-DD or a date such as 'March 10, 2022')"),
        (#"{"text":"  "}"#, "in.jsonl:7: \"text\" is empty"),
    ])
    func reportsBadLinesWithTheirNumber(_ line: String, _ message: String) {
        #expect(throws: DyadError.self) { try read(line) }
        do { _ = try read(line) } catch { #expect("\(error)" == message) }
    }
}
