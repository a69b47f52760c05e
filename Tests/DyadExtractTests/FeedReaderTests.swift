import DyadCore
import DyadExtract
import Foundation
import Testing

@Suite struct FeedReaderTests {
    func read(_ data: Data, name: String = "feed.xml") -> (articles: [Article], errors: [DyadError]) {
        var articles: [Article] = []
        var errors: [DyadError] = []
        FeedReader().read(data, name: name) { r in
            switch r {
            case let .success(a): articles.append(a)
            case let .failure(e): errors.append(e)
            }
        }
        return (articles, errors)
    }

    @Test func readsRSS2ItemsWithContentEncoded() throws {
        let url = try #require(Bundle.module.url(forResource: "feed-rss2.xml", withExtension: nil, subdirectory: "Fixtures"))
        let (articles, errors) = read(try Data(contentsOf: url))
        #expect(articles.count == 2)
        let a = try #require(articles.first)
        #expect(a.title == "Ministers agree on gas purchases")
        #expect(a.url == "https://news.example.org/2023/03/04/gas")
        #expect(a.published == "2023-03-04")
        #expect(a.author == "Jane Doe")
        #expect(a.site == "Example World News")
        #expect(a.language == "en-US")
        #expect(a.body == ["France and Germany agreed on Friday to coordinate their gas purchases, officials said.",
                           "The two governments will meet again next month to set prices for the winter."])
        #expect(a.captions == ["Ministers in Brussels. [John Doe/Reuters]"])
        #expect(a.related == ["Read more: Energy prices fall for a third week"])
        #expect(a.sourceFormat == "feed")
        #expect(articles[1].body == ["Negotiators from both sides returned to Geneva on Sunday for a new round of talks."])
        #expect(articles[1].published == "2023-03-05")
        // The empty item is an error naming the file and the item; the others are read.
        #expect(errors.count == 1)
        #expect(errors.first?.description.hasPrefix("feed.xml: item 3 ('An item with nothing in it')") == true)
    }

    @Test func readsRSS1() throws {
        let rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://example.org/"><title>RDF News</title><link>https://example.org/</link><description>d</description></channel>
              <item rdf:about="https://example.org/a"><title>Border reopens</title><link>https://example.org/a</link>
                <description>The border between the two countries reopened on Monday after three weeks.</description>
                <dc:date>2022-03-10T08:00:00Z</dc:date><dc:creator>Ann Lee</dc:creator></item>
            </rdf:RDF>
            """
        let (articles, errors) = read(Data(rdf.utf8))
        #expect(errors.isEmpty)
        let a = try #require(articles.first)
        #expect(a.title == "Border reopens")
        #expect(a.url == "https://example.org/a")
        #expect(a.published == "2022-03-10")
        #expect(a.author == "Ann Lee")
        #expect(a.site == "RDF News")
        #expect(a.body == ["The border between the two countries reopened on Monday after three weeks."])
    }

    @Test func readsAtom() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
              <title>Atom News</title>
              <entry>
                <title>Sommet à Paris</title>
                <link rel="alternate" href="https://example.fr/sommet"/>
                <link rel="edit" href="https://example.fr/edit/1"/>
                <published>2024-01-15T12:00:00+01:00</published>
                <author><name>Marie Curie</name></author>
                <content type="html">&lt;p&gt;Les dirigeants européens se sont réunis à Paris lundi pour parler de l'énergie.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Plain summary</title>
                <link href="https://example.fr/plain"/>
                <updated>2024-01-16T12:00:00Z</updated>
                <summary>Un résumé en texte simple, sans balises, assez long pour être un paragraphe.</summary>
              </entry>
            </feed>
            """
        let (articles, errors) = read(Data(atom.utf8))
        #expect(errors.isEmpty)
        #expect(articles.count == 2)
        #expect(articles[0].url == "https://example.fr/sommet")
        #expect(articles[0].published == "2024-01-15")
        #expect(articles[0].author == "Marie Curie")
        #expect(articles[0].language == "fr")
        #expect(articles[0].body == ["Les dirigeants européens se sont réunis à Paris lundi pour parler de l'énergie."])
        #expect(articles[1].url == "https://example.fr/plain")
        #expect(articles[1].published == "2024-01-16")
        #expect(articles[1].body == ["Un résumé en texte simple, sans balises, assez long pour être un paragraphe."])
    }

    @Test func reportsAFeedThatIsNotXML() {
        let (articles, errors) = read(Data("this is { not xml at all".utf8), name: "broken.xml")
        #expect(articles.isEmpty)
        #expect(errors == [.badInput(input: "broken.xml", line: nil, reason: "not an XML feed (the file is not XML)")])
    }

    @Test func reportsXMLThatIsNotAFeed() {
        let (_, errors) = read(Data("<?xml version=\"1.0\"?><catalog><book/></catalog>".utf8), name: "books.xml")
        #expect(errors.first?.description.contains("root element <catalog>") == true)
    }

    @Test func listsTheFeedsOfAnOPMLFile() throws {
        let opml = """
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>My feeds</title></head><body>
              <outline text="World"><outline text="Example News" type="rss" xmlUrl="https://news.example.org/rss" htmlUrl="https://news.example.org/"/>
              <outline text="Atom News" type="rss" xmlUrl="https://example.fr/atom.xml"/></outline>
              <outline text="Not a feed"/>
            </body></opml>
            """
        let feeds = try OPMLReader().feeds(in: Data(opml.utf8), name: "feeds.opml")
        #expect(feeds.map(\.url) == ["https://news.example.org/rss", "https://example.fr/atom.xml"])
        #expect(feeds.first?.title == "Example News")
        #expect(throws: DyadError.self) { try OPMLReader().feeds(in: Data("<rss/>".utf8), name: "x.opml") }
    }
}
