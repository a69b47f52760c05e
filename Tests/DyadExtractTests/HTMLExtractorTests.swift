import DyadCore
import DyadExtract
import Foundation
import Testing

@Suite struct HTMLExtractorTests {
    let extractor = HTMLExtractor()

    func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    /// A page with `paragraphs` inside a common news layout (navigation, article, sidebar, footer).
    static func page(head: String = "<meta charset=\"utf-8\">", paragraphs: [String], lang: String = "en") -> String {
        """
        <!DOCTYPE html><html lang="\(lang)"><head>\(head)<title>Test page</title></head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
        <div class="content"><article><h1>Leaders meet in Geneva</h1>
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article>
        <div class="sidebar"><ul><li><a href="/x">Most read story of the day about something else entirely</a></li></ul></div></div>
        <footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>
        </body></html>
        """
    }

    static let prose = [
        "The foreign ministers of both countries met in Geneva on Tuesday to discuss the ceasefire.",
        "They agreed to hold further talks next month, according to a statement released afterwards.",
        "Observers said the meeting was the most productive in years, though many issues remain open.",
    ]

    @Test func keepsArticleParagraphsAndDropsPageFurniture() throws {
        let a = try extractor.article(from: fixture("article.html"), name: "article.html")
        #expect(a.body == [
            "France and Germany agreed on Friday to coordinate their gas purchases, officials said after a meeting in Brussels.",
            "The two governments will meet again next month to set prices for the winter, according to a joint statement.",
            "\u{201C}We have a common interest,\u{201D} the French minister told reporters, adding that Italy could join the scheme.",
        ])
        #expect(a.captions == ["Foreign ministers arrive for the meeting in Brussels. [John Doe/Reuters]"])
        #expect(a.related.contains("Read more: Energy prices fall for a third week"))
        #expect(!a.body.contains { $0.contains("newsletter") })
        #expect(!a.body.joined().contains("Reporting by"))
        #expect(!a.body.joined().contains("tracking"))
        #expect(a.sourceFormat == "html")
    }

    @Test func readsMetadataFromMetaTags() throws {
        let a = try extractor.article(from: fixture("article.html"), name: "article.html")
        #expect(a.title == "Ministers agree on gas purchases")
        #expect(a.published == "2023-03-04")
        #expect(a.author == "Jane Doe")
        #expect(a.site == "The Example Times")
        #expect(a.language == "en-GB")
        #expect(a.url == "https://news.example.org/2023/03/04/gas-purchases")
    }

    @Test func readsDateFromJSONLD() throws {
        let head = """
            <meta charset="utf-8"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Leaders meet","datePublished":"2022-03-10T12:16:00+01:00","author":{"@type":"Person","name":"Ann Lee"},
            "publisher":{"@type":"Organization","name":"Example News"}}</script>
            """
        let a = try extractor.article(from: Data(Self.page(head: head, paragraphs: Self.prose).utf8), name: "p.html")
        #expect(a.published == "2022-03-10")
        #expect(a.author == "Ann Lee")
        #expect(a.site == "Example News")
        #expect(a.title == "Leaders meet")
    }

    @Test func readsDateFromTimeElementAndURL() throws {
        let withTime = Self.page(paragraphs: Self.prose).replacingOccurrences(
            of: "<h1>", with: "<time datetime=\"2021-11-05T08:00:00Z\">5 Nov</time><h1>")
        #expect(try extractor.article(from: Data(withTime.utf8), name: "t.html").published == "2021-11-05")
        let plain = Self.page(paragraphs: Self.prose)
        let a = try extractor.article(from: Data(plain.utf8), name: "u.html", url: "https://example.org/world/2022/03/10/geneva-talks")
        #expect(a.published == "2022-03-10")
        #expect(a.title == "Leaders meet in Geneva")
        #expect(a.language == "en")
        #expect(a.body == Self.prose)
    }

    @Test func decodesEntitiesAndKeepsScriptsOut() throws {
        let page = Self.page(paragraphs: Self.prose + ["Caf&eacute; owners &amp; workers said &quot;no&quot; to the plan, which had been debated for weeks.<script>document.write('x')</script>"])
        let a = try extractor.article(from: Data(page.utf8), name: "e.html")
        #expect(a.body.last == "Café owners & workers said \"no\" to the plan, which had been debated for weeks.")
    }

    @Test func readsGzippedPages() throws {
        let gz = Gzip.compress(Data(Self.page(paragraphs: Self.prose).utf8))
        let a = try extractor.article(from: gz, name: "p.html.gz")
        #expect(a.body == Self.prose)
    }

    @Test func honoursDeclaredWindows1252() throws {
        let text = Self.page(head: "<meta charset=\"windows-1252\">",
                             paragraphs: Self.prose + ["The minister\u{2019}s caf\u{E9} speech was praised by the opposition, which rarely agrees."])
        let bytes = try #require(text.data(using: .windowsCP1252))
        let a = try extractor.article(from: bytes, name: "w.html")
        #expect(a.body.last == "The minister\u{2019}s caf\u{E9} speech was praised by the opposition, which rarely agrees.")
    }

    @Test func readsUndeclaredAndMixedWindows1252Bytes() throws {
        // No charset declared, and the page mixes UTF-8 ("é" as C3 A9) with windows-1252 bytes
        // (92 for the apostrophe, E9 for "é").
        var bytes = Data(Self.page(head: "", paragraphs: Self.prose + ["PLACEHOLDER"]).utf8)
        let marker = Data("PLACEHOLDER".utf8)
        let range = try #require(bytes.range(of: marker))
        var para = Data("The minister".utf8) + Data([0x92]) + Data("s caf".utf8) + Data([0xE9])
        para += Data(" speech in Gen\u{E8}ve was praised by the opposition, which rarely agrees.".utf8)
        bytes.replaceSubrange(range, with: para)
        let a = try extractor.article(from: bytes, name: "m.html")
        #expect(a.body.last == "The minister\u{2019}s caf\u{E9} speech in Gen\u{E8}ve was praised by the opposition, which rarely agrees.")
    }

    @Test func survivesDeeplyNestedTags() throws {
        let depth = 100_000
        var html = "<html><body><p>" + Self.prose[0] + "</p>"
        html += String(repeating: "<div>", count: depth) + "deep text" + String(repeating: "</div>", count: depth)
        html += "</body></html>"
        // Either an article or a clear error: never a crash.
        do {
            let a = try extractor.article(from: Data(html.utf8), name: "deep.html")
            #expect(!a.body.isEmpty)
        } catch let e as DyadError {
            #expect(e.description.hasPrefix("deep.html"))
        }
    }

    @Test func refusesPagesAboveTheLimit() throws {
        let small = HTMLExtractor(maxPageBytes: 500)
        let page = Data(Self.page(paragraphs: Self.prose).utf8)
        #expect(page.count > 500)
        #expect(throws: DyadError.badInput(input: "big.html", line: nil,
                                           reason: "page of \(page.count) bytes is larger than the limit of 500 bytes")) {
            try small.article(from: page, name: "big.html")
        }
    }

    @Test func reportsPagesWithoutText() throws {
        #expect(throws: DyadError.self) { try extractor.article(from: Data("<html><body></body></html>".utf8), name: "empty.html") }
        #expect(throws: DyadError.self) { try extractor.article(from: Data(), name: "zero.html") }
    }

    @Test func sortsCaptionsRelatedLinesAndBylines() throws {
        let paras = Self.prose + [
            "SEE MORE: The talks in pictures",
            "By Jane Doe and John Roe",
            "(Reporting by Jane Doe; Editing by John Roe)",
            "Protesters gather outside the venue. (AP Photo/Ann Lee)",
        ]
        let a = try extractor.article(from: Data(Self.page(paragraphs: paras).utf8), name: "s.html")
        #expect(a.body == Self.prose)
        #expect(a.related == ["SEE MORE: The talks in pictures"])
        #expect(a.captions == ["Protesters gather outside the venue. (AP Photo/Ann Lee)"])
    }
}
