import DyadCore
import DyadExtract
import Foundation
import Testing

/// How the extractor picks the article's container on layouts that commonly mislead it.
@Suite struct MainTextRulesTests {
    let extractor = HTMLExtractor()

    static let story = [
        "The central bank raised its main interest rate by half a point on Wednesday, the third rise this year.",
        "The governor said inflation had proved more persistent than expected and that further rises were possible.",
        "Economists had expected a smaller increase, and the currency rose sharply after the announcement.",
        "Mortgage lenders said they would pass the increase on to borrowers from the start of next month.",
    ]

    func page(_ body: String) -> Data {
        Data("""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rates rise</title></head><body>
            <nav><a href="/">Home</a> <a href="/economy">Economy</a></nav>
            \(body)
            <footer><p>Copyright Example News.</p></footer></body></html>
            """.utf8)
    }

    @Test func joinsAnArticleSplitIntoSeveralMarkedChunks() throws {
        // Each chunk of the story carries its own body class, wrapped in layout grids.
        let html = """
            <main><div class="chunks">
            <div class="grid"><div class="article__body"><p>\(Self.story[0])</p><p>\(Self.story[1])</p></div></div>
            <div class="grid"><div class="ad-slot">Advertisement</div></div>
            <div class="grid"><div class="article__body"><p>\(Self.story[2])</p><p>\(Self.story[3])</p></div></div>
            </div></main>
            """
        let a = try extractor.article(from: page(html), name: "chunks.html")
        #expect(a.body == Self.story)
    }

    @Test func prefersTheArticleToALongerCommentThread() throws {
        let comments = (1...6).map {
            "<div class=\"comment-body\"><p>Reader \($0) wrote a long reply about rates, the housing market, the pension they saved for and what the bank should have done instead, at length.</p></div>"
        }.joined()
        let html = """
            <article class="story"><p>\(Self.story.joined(separator: "</p><p>"))</p></article>
            <div class="comments"><div class="comment-list"><div class="thread">\(comments)</div></div></div>
            """
        let a = try extractor.article(from: page(html), name: "comments.html")
        #expect(a.body == Self.story)
    }

    @Test func keepsEmbeddedPostsQuotedInTheStory() throws {
        let html = """
            <article><p>\(Self.story[0])</p><p>\(Self.story[1])</p>
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p>The rise is a blow to every family with a mortgage https://t.co/abc</p>
            &mdash; Jane Roe (@janeroe) <a href="https://twitter.com/janeroe/status/1">March 1, 2023</a></blockquote></div>
            <p>\(Self.story[2])</p><p>\(Self.story[3])</p></article>
            """
        let a = try extractor.article(from: page(html), name: "tweet.html")
        #expect(a.body.contains { $0.hasPrefix("The rise is a blow to every family") })
        #expect(a.body.contains(Self.story[3]))
    }

    @Test func leavesOutTeaserBlurbsBesideTheArticle() throws {
        // Teasers with a sentence each score a little; the article holds nearly all the score
        // (over nine tenths), so the article's own container is the one chosen.
        let story = Self.story + ["The bank's next meeting is in six weeks, when it will also publish its forecasts for growth and jobs."]
        let teasers = (1...2).map {
            "<section><h3><a href=\"/s\($0)\">Other story \($0)</a></h3><p>A short blurb about another story, number \($0).</p></section>"
        }.joined()
        let html = """
            <div><div class="story-wrap"><p>\(story.joined(separator: "</p><p>"))</p></div></div>
            <div>\(teasers)</div>
            """
        let a = try extractor.article(from: page(html), name: "teasers.html")
        #expect(a.body == story)
    }

    @Test func separatesWordsAcrossInlineElements() throws {
        let html = "<article><p>\(Self.story[0])</p><p>Shares in <b>Acme</b> <i>Bank</i> fell, and so did <a href=\"/x\">Beta</a> <a href=\"/y\">Corp</a>, traders said on Wednesday afternoon.</p><p>\(Self.story[1])</p></article>"
        let a = try extractor.article(from: page(html), name: "inline.html")
        #expect(a.body.contains("Shares in Acme Bank fell, and so did Beta Corp, traders said on Wednesday afternoon."))
    }

    @Test func readsTitleAndJSONLDWithoutKeepingScriptsOrStyles() throws {
        let html = Data("""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Rates  rise | Example</title>
            <style>p { color: red; }</style>
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-03-01T10:00:00Z","headline":"Rates rise"}</script>
            <script>var x = "<p>not text</p>";</script></head>
            <body><article><p>\(Self.story.joined(separator: "</p><p>"))</p><div style="display: NONE">Hidden teaser text that must not show.</div></article></body></html>
            """.utf8)
        let a = try extractor.article(from: html, name: "meta.html")
        #expect(a.title == "Rates rise")
        #expect(a.published == "2023-03-01")
        #expect(a.body == Self.story)
    }
}
