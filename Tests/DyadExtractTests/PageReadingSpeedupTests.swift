import Foundation
import Testing
@testable import DyadExtract

/// The shortcuts taken to read pages faster give the answers of the slower code they replace.
@Suite struct PageReadingSpeedupTests {
    func compacted(_ html: String) -> String {
        String(decoding: Array(html.utf8).withUnsafeBytes { PageCompactor.compacted($0) }, as: UTF8.self)
    }

    @Test func cutsScriptAndStyleTextButKeepsTheTags() {
        let html = #"<p>a</p><script src="x.js">var s = "<p>not text</p>";</script><STYLE>p { color: red }</STYLE><p>b</p>"#
        #expect(compacted(html) == "<p>a</p><script></script><STYLE></STYLE><p>b</p>")
    }

    @Test func keepsJSONLDAndScriptsWithEntitiesInTheTag() {
        let ld = #"<script type="application/ld+json">{"datePublished":  "2022-03-10"}</script><p>x</p>"#
        #expect(compacted(ld) == ld)
        let entity = #"<script type="application/ld&#43;json">{"a": 1}</script>"#
        #expect(compacted(entity) == entity)
    }

    @Test func keepsOnlyTheAttributesTheTreeBuilderReads() {
        let html = #"<div class="x" data-a="1 > 2" id=y><a href="/u" class=l>t</a><link rel=canonical href="/c"><meta name=author content="A B"><img src=a.png/></div>"#
        #expect(compacted(html) == #"<div class="x" id=y><a class=l>t</a><link rel=canonical href="/c"><meta name=author content="A B"><img></div>"#)
    }

    @Test func collapsesRunsOfBlanksUnderAThousand() {
        #expect(compacted("<p>a    b\n\n  c</p>\n   <p>d</p>") == "<p>a b\nc</p>\n<p>d</p>")
        let long = "<p>a" + String(repeating: " ", count: 1000) + "b</p>"
        #expect(compacted(long) == long)
        // Inside a comment nothing changes.
        #expect(compacted("<!--  a   b  --><p>c</p>") == "<!--  a   b  --><p>c</p>")
    }

    @Test func readsTagsAndCommentsAsLibxml2Does() {
        // A '>' inside a quoted attribute value does not end the tag.
        #expect(compacted(#"<div title="a > b"><script>x()</script></div>"#) == "<div><script></script></div>")
        // A script inside a comment is not a script.
        #expect(compacted("<!-- <script>x()</script> --><p>a</p>") == "<!-- <script>x()</script> --><p>a</p>")
        // A self-closed script has no text; what follows is markup.
        #expect(compacted("<script src=a.js /><p>a</p><script>b()</script>") == "<script/><p>a</p><script></script>")
        // An unquoted value takes the slash: the tag is not self-closed.
        #expect(compacted("<script src=a.js/>b()</script>") == "<script></script>")
        // The text ends at the first close tag of the same name, in any case.
        #expect(compacted("<script>a = '</div>'; b = 1</SCRIPT><p>c</p>") == "<script></SCRIPT><p>c</p>")
        // An end tag with a longer name closes nothing: the style text goes on past it.
        #expect(compacted("<style>a{}</style4px;b{}>c{}<script>x</script>d{}</style><p>t</p>") == "<style></style><p>t</p>")
        // A processing instruction with a target runs to the next '>', script tags and all.
        #expect(compacted("<?e <script>a</script> > <p>t</p><script>b</script>") == "<?e <script>a</script> > <p>t</p><script></script>")
        #expect(compacted("<? <script>a</script>") == "<? <script></script>")
        // So does a DOCTYPE, or to the next '<' when written badly.
        #expect(compacted("<!DOCTYPE html><script>a</script>") == "<!DOCTYPE html><script></script>")
        #expect(compacted("<!DOCTYPE html <script>a</script>") == "<!DOCTYPE html <script>a</script>")
        // A control character in the text: left as it is.
        #expect(compacted("<script>a\u{1}b</script>") == "<script>a\u{1}b</script>")
        // No end tag: the rest is left as it is.
        #expect(compacted("<p>a</p><script>b()  c") == "<p>a</p><script>b()  c")
    }

    @Test func extractionIsTheSameWithAndWithoutScripts() throws {
        let prose = [
            "The central bank raised its main interest rate by half a point on Wednesday, the third rise this year.",
            "The governor said inflation had proved more persistent than expected and that further rises were possible.",
            "Economists had expected a smaller increase, and the currency rose sharply after the announcement.",
        ]
        let body = prose.map { "<p>\($0)</p>" }.joined()
        let scripts = #"<script>if (a < b && c > d) { document.write("<p>Advertisement text that is long enough</p>"); }</script><style>.x{}</style>"#
        let page = #"<html><head><title>T</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-03-10"}</script></head><body><article>"#
            + scripts + body + scripts + "</article></body></html>"
        let a = try HTMLExtractor().article(from: Data(page.utf8), name: "s.html")
        #expect(a.body == prose)
        #expect(a.published == "2022-03-10")
    }

    @Test func classNameWordsOnBytesMatchTheCharacterReading() {
        #expect(ContentHints.words("InlineImage-imageEmbedCaption") == ["inline", "image", "image", "embed", "caption"])
        #expect(ContentHints.words("ABCdef9Ghi") == ["abcdef9", "ghi"])
        #expect(ContentHints.words("article__body--wide") == ["article", "body", "wide"])
        #expect(ContentHints.words("x:y.z") == ["x", "y", "z"])
        #expect(ContentHints.words("--").isEmpty)
        #expect(ContentHints.words("Caf\u{E9}Menu") == ["caf\u{E9}", "menu"])
        #expect(ContentHints.hint(classAndID: "grid article-body", role: nil, itemprop: nil) == ContentHints.strong)
        #expect(ContentHints.hint(classAndID: "post-comments\tfoo", role: nil, itemprop: nil) == -2)
        #expect(ContentHints.hint(classAndID: "social-media-embed share", role: nil, itemprop: nil) == 0)
        // "\r\n" is one character, not a separator: one name, which says nothing.
        #expect(ContentHints.hint(classAndID: "story\r\nshare", role: nil, itemprop: nil) == 0)
        #expect(ContentHints.hint(classAndID: "story share", role: nil, itemprop: nil) == -2)
    }

    @Test func phraseTestsOnBytesMatchTheLowercasedString() {
        for text in ["By Jane Doe", "BY JANE", "Reporting by A; editing by B", "caf\u{E9} (Photo: AP)", "\u{212A}lick here now", "Contributed reporting by X",
                     "by\u{301} Jane", "Sign up today"] {
            var fast = LowercasedText(text)
            let lower = text.lowercased()
            for phrase in ["by ", "click here", "reporting by", "(photo:", "contributed reporting", "sign up"] {
                #expect(fast.hasPrefix(phrase) == lower.hasPrefix(phrase), "\(text) / \(phrase)")
                #expect(fast.contains(phrase) == lower.contains(phrase), "\(text) / \(phrase)")
            }
        }
    }

    @Test func charsetAndUTF8ChecksMatchTheStringReading() {
        let heads = [
            #"<meta charset="windows-1252">"#, #"<meta http-equiv="Content-Type" content="text/html; CHARSET = 'ISO-8859-1'">"#,
            "<meta charset=>", "<p>no declaration</p>", #"<?xml version="1.0" encoding="iso-8859-2"?><html>"#,
            "<meta charset=\"utf-8\u{301}\">", "<title>caf\u{E9}</title><meta charset=utf-8>",
        ]
        for h in heads {
            let bytes = Array(h.utf8)
            let fast = bytes.withUnsafeBytes { PageEncoding.declaredCharset($0) }
            let slow = bytes.withUnsafeBytes { PageEncoding.charsetInString($0) }
            #expect(fast == slow, "\(h)")
        }
        let samples: [[UInt8]] = [
            Array("plain ascii text, long enough for words".utf8), Array("caf\u{E9} \u{2019} \u{1F600}".utf8),
            [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98], [0x41, 0xFF],
            Array("abcdefgh".utf8) + [0xE2, 0x80, 0x99] + Array("ijklmnop".utf8),
        ]
        for s in samples {
            let expected = String(validating: s, as: UTF8.self) != nil
            #expect(s.withUnsafeBytes { PageEncoding.isValidUTF8($0) } == expected, "\(s)")
        }
    }
}
