import Foundation
import DyadTestSupport
import Testing
@testable import DyadExtract

/// The shortcuts taken to read pages faster give the answers of the slower code they replace.
@Suite struct PageReadingSpeedupTests {
    func compacted(_ html: String, keepMetadata: Bool = true) -> String {
        String(decoding: Array(html.utf8).withUnsafeBytes { PageCompactor.compacted($0, keepMetadata: keepMetadata) }, as: UTF8.self)
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
        #expect(compacted(html) == #"<div><a>t</a><link rel=canonical href="/c"><meta name=author content="A B"><img></div>"#)
    }

    @Test func collapsesRunsOfBlanksUnderAThousand() {
        #expect(compacted("<p>a    b\n\n  c</p>\n   <p>d</p>") == "<p>a b\nc</p>\n<p>d</p>")
        let long = "<p>a" + String(repeating: " ", count: 1000) + "b</p>"
        #expect(compacted(long) == long)
        // A comment goes whole, blanks and all.
        #expect(compacted("<!--  a   b  --><p>c</p>") == "<p>c</p>")
    }

    @Test func readsTagsAndCommentsAsLibxml2Does() {
        // A '>' inside a quoted attribute value does not end the tag.
        #expect(compacted(#"<div title="a > b"><script>x()</script></div>"#) == "<div><script></script></div>")
        // A script inside a comment is not a script.
        #expect(compacted("<!-- <script>x()</script> --><p>a</p>") == "<p>a</p>")
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

    @Test func cutsCommentsThatEndAtTheirCloser() {
        #expect(compacted("<p>a<!-- x <div> -->b</p><!--[if IE]><p>old</p><![endif]-->") == "<p>ab</p>")
        // libxml2 ends "<!-->" and "<!--->" at their '>', and a comment at "--!>": left as they are.
        #expect(compacted("<!--><p>a</p>-->") == "<!--><p>a</p>-->")
        #expect(compacted("<!---><p>a</p>-->") == "<!---><p>a</p>-->")
        #expect(compacted("<!-- a --!><p>b</p>-->") == "<!-- a --!><p>b</p>-->")
        // A control character stops libxml2's reading of the comment: the comment stays.
        #expect(compacted("<!-- a\u{1} --><p>b</p>") == "<!-- a\u{1} --><p>b</p>")
    }

    @Test func cutsTheContentOfElementsNeverReadWhenItsTagsAreClosedInOrder() {
        #expect(compacted(#"<p>a<svg role="img"><title>Share</title><g><path/><path></path></g></svg>b</p>"#)
                == #"<p>a<svg role="img"></svg>b</p>"#)
        #expect(compacted("<noscript><img><div><iframe></iframe></div></noscript><button><span>Go</span></button>")
                == "<noscript></noscript><button></button>")
        // Tags left open inside close with the element, as in libxml2, unless one is a <div>,
        // whose end-tag priority stops a </select> closing it.
        #expect(compacted("<select><option>a<option>b</select><p>c</p>") == "<select></select><p>c</p>")
        #expect(compacted("<button><div>a</button><p>c</p>") == "<button><div>a</button><p>c</p>")
        // An end tag of an element opened outside closes the element early: kept.
        #expect(compacted("<div><noscript><p>a</div><p>b</p></noscript>") == "<div><noscript><p>a</div><p>b</p></noscript>")
        // Nested alike elements close in order; the outermost's end tag ends the cut.
        #expect(compacted("<svg><svg><path/></svg></svg><p>x</p>") == "<svg></svg><p>x</p>")
        // The document's structure and <meta> (which may name the charset) inside: kept.
        #expect(compacted("<noscript><body><p>a</p></body></noscript>") == "<noscript><body><p>a</p></body></noscript>")
        #expect(compacted("<noscript><meta http-equiv=refresh></noscript>") == "<noscript><meta http-equiv=refresh></noscript>")
        // Elements the tree builder reads are not cut.
        #expect(compacted("<nav><a>Home</a></nav><figure><img><figcaption>c</figcaption></figure>")
                == "<nav><a>Home</a></nav><figure><img><figcaption>c</figcaption></figure>")
        // Hidden elements the tree builder does not read either.
        #expect(compacted(#"<div style="Display: None"><p>a</p></div><nav hidden><a>b</a></nav><p>c</p>"#)
                == #"<div style="Display: None"></div><nav hidden></nav><p>c</p>"#)
        // libxml2 keeps the first style of two; a hiding spelled with a reference is not seen.
        #expect(compacted(#"<div style="color:red" style="display:none"><p>a</p></div>"#)
                == #"<div style="color:red" style="display:none"><p>a</p></div>"#)
        #expect(compacted(#"<div style="display&#58;none"><p>a</p></div>"#) == #"<div style="display&#58;none"><p>a</p></div>"#)
        // The class of a cut element goes (the tree builder skips it); inside one, class values
        // stay as written, for the tree builder to read should the cut be given up.
        #expect(compacted(#"<button class="share-btn"><span class="icon">x</span></button>"#) == "<button></button>")
        #expect(compacted(#"<button class="b"><div class="article-body">a</button>"#) == #"<button><div class="article-body">a</button>"#)
        // Never closed: left as it is.
        #expect(compacted("<svg><path></path><p>a</p>") == "<svg><path></path><p>a</p>")
    }

    @Test func withoutMetadataCutsLinksMetasAndJSONLD() {
        let page = #"<head><meta charset="utf-8"><meta property="og:title" content="T"><link rel=canonical href="/c"><title>T</title>"#
            + #"<script type="application/ld+json">{"a": 1}</script></head><body><meta itemprop=x content=y><p>a</p></body>"#
        #expect(compacted(page, keepMetadata: false)
                == #"<head><meta charset="utf-8"><title>T</title><script type="application/ld+json"></script></head><body><p>a</p></body>"#)
        #expect(compacted(page) == page)
    }

    @Test func classAndIDAreHandedOnAsTheirHint() {
        let html = #"<div class="article-body x" id=main><p class=foo>a</p><div class="nav-menu"><span class='c&amp;d'>x</span>"#
            + #"<span CLASS="story" class="share">y</span><div id=""></div><div class="caf\#u{E9}">z</div></div></div>"#
        // The first class of two is the one libxml2 keeps; a reference or a byte outside ASCII
        // leaves the values to the tree builder.
        #expect(compacted(html) == #"<div h=s><p>a</p><div h=n><span class='c&amp;d'>x</span><span h=w>y</span><div></div><div class="caf\#u{E9}">z</div></div></div>"#)
    }

    /// The tree libxml2's reading gives, element by element and block by block.
    func shape(_ tree: PageTree) -> [String] {
        tree.elements.map { "\($0.tag) \($0.parent) \($0.end) \($0.hint) \($0.furniture) \($0.figure) \($0.heading) \($0.quote)" }
            + tree.blocks.map { "\($0.element) \($0.linkLength) \($0.punctuation) \($0.endsAtBreak) \(tree.string($0))" }
    }

    @Test func compactedPagesGiveTheSameTree() throws {
        var pages = [
            #"<html><head><title>T</title></head><body><div class="story-body" id="x"><p>One. Two</p><!-- c --><svg><path/></svg>"#
                + #"<nav class="menu"><a href="/">Home</a></nav><p class="caf\#u{E9}">Three, four</p><div hidden><p>h</p></div>"#
                + #"<div role="navigation" class="article-body"><p>x</p></div><noscript><p>n</p></noscript><p>Five</p></div></body></html>"#,
        ]
        if SharedData.available {
            let dir = SharedData.url("eval/article-extraction/html")
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().prefix(40) {
                let html = try Gzip.decompress(try Data(contentsOf: dir.appendingPathComponent(name)), limit: 64 << 20)
                if let text = String(validating: html, as: UTF8.self) { pages.append(text) }
            }
        }
        for page in pages {
            let raw = Array(page.utf8)
            let plain = try #require(raw.withUnsafeBytes { PageTreeBuilder.build($0, encoding: "UTF-8") })
            for keepMetadata in [true, false] {
                let small = raw.withUnsafeBytes { PageCompactor.compacted($0, keepMetadata: keepMetadata) }
                let tree = try #require(small.withUnsafeBytes { PageTreeBuilder.build($0, encoding: "UTF-8", compacted: true) })
                #expect(shape(tree) == shape(plain))
            }
        }
    }

    @Test func bodyTextIsTheSameWithAndWithoutTheCutParts() throws {
        let prose = [
            "The central bank raised its main interest rate by half a point on Wednesday, the third rise this year.",
            "The governor said inflation had proved more persistent than expected and that further rises were possible.",
        ]
        let extras = #"<!-- ad slot --><svg><path></path></svg><noscript><img></noscript><button><span>Share</span></button>"#
        let head = #"<html><head><meta charset="utf-8"><meta name="author" content="A"><link rel=stylesheet href=x.css><title>T</title></head><body><article>"#
        let plain = head + prose.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
        let busy = head + prose.map { "<p>\($0)\(extras)</p>" + extras }.joined() + "</article></body></html>"
        let extractor = HTMLExtractor()
        #expect(try extractor.bodyText(from: Data(busy.utf8), name: "b.html") == prose.joined(separator: "\n\n"))
        #expect(try extractor.bodyText(from: Data(plain.utf8), name: "p.html") == prose.joined(separator: "\n\n"))
        // The article, read with its metadata, has the same body.
        let article = try extractor.article(from: Data(busy.utf8), name: "b.html")
        #expect(article.body == prose)
        #expect(article.author == "A")
    }

    @Test func hintsOnBytesMatchTheStringReading() {
        let values = ["grid article-body", "post-comments\tfoo", "social-media-embed share", "story share", "  main  ",
                      "c-entry-content", "has-sidebar content", "nav\nmenu", "articleBody", "x", "", "related-links post",
                      "l-article twitter-tweet", "InlineImage-imageEmbedCaption"]
        var names = ByteKeyTable()
        for v in values {
            let fast = Array(v.utf8).withUnsafeBytes { ContentHints.hint(classAndIDBytes: $0, names: &names) }
            #expect(fast == ContentHints.hint(classAndID: v, role: nil, itemprop: nil), "\(v)")
        }
        // Non-ASCII bytes and carriage returns are left to the string reading.
        #expect(Array("caf\u{E9} menu".utf8).withUnsafeBytes { ContentHints.hint(classAndIDBytes: $0, names: &names) } == nil)
        #expect(Array("story\r\nshare".utf8).withUnsafeBytes { ContentHints.hint(classAndIDBytes: $0, names: &names) } == nil)
    }

    @Test func verdictsOnBytesMatchTheStringReading() {
        // Every vocabulary word alone, pluralised, capitalised and camel-cased, and pairs of
        // them joined every way class names join words, with namespace and state prefixes.
        let vocabulary = ContentHints.bodyNames + ContentHints.negative + ContentHints.weakPositive
            + ["embed", "embedded", "twitter-tweet", "instagram-media", "js", "c", "l", "css-1x9ab", "a1B2", "x", ""]
        var names: [String] = []
        for w in vocabulary {
            names += [w, w + "s", w.uppercased(), w.prefix(1).uppercased() + w.dropFirst(), "has-" + w, "is-" + w, "js-" + w,
                      "c-" + w, "no-" + w, "with-" + w, w + "--wide", "-" + w + "-", "sc" + w.capitalized + "Box"]
        }
        let some = ["article", "body", "share", "comments", "content", "side-bar", "main", "js", "ab", "Story", "entry", "x9"]
        for a in some {
            for b in vocabulary {
                for joint in ["-", "_", "__", "--", ":", ".", ""] {
                    names += [a + joint + b, b + joint + a, a + joint + b.capitalized]
                }
            }
        }
        names += ["---", "a-", "-a", "AB", "aB", "Ab", "9a", "s", "ss", "news-s", "ARTICLE-BODY", "articleBody", "ArticleBodyText"]
        for name in names {
            let bytes = Array(name.utf8).withUnsafeBytes { ContentHints.verdict(ascii: $0) }
            #expect(bytes == ContentHints.verdict(Substring(name)), "\(name)")
        }
    }

    @Test func searchesAndTrimsOnBytesMatchFoundation() {
        let texts = ["application/LD+JSON", "application/ld+json", "text/javascript", "ld+jso", "", "ArticleBody",
                     "http://schema.org/articleBody", "Getty Images/AFP", "reuters", "caf\u{E9} LD+JSON", "\u{212A}elvin",
                     "  -- Advertisement --  ", "ADVERTISEMENT", "\"Share this article:\"", "...", "(Reporting by Jane Doe)",
                     "Caf\u{E9} -", "\r\nRead more\r\n", "\tsponsored\t"]
        for t in texts {
            for phrase in ["ld+json", "articlebody", "/", "getty", "images", "ap photo", "e"] {
                var folded = LowercasedText(t)
                #expect(folded.contains(phrase) == t.lowercased().contains(phrase), "\(t) / \(phrase)")
            }
            var lower = LowercasedText(t)
            #expect(MainTextExtractor.trimmedLowercased(&lower)
                == t.lowercased().trimmingCharacters(in: MainTextExtractor.blankOrPunctuation), "\(t)")
        }
        // Control characters anywhere in a run, around the tabs and line feeds that are allowed.
        let base = Array("function f() {\n\treturn 1;\n}\r\n var x = 'a b c d e f g h';\n".utf8)
        for position in 0...base.count {
            for control: UInt8 in [0, 1, 8, 11, 12, 31] {
                var bytes = base
                if position < base.count { bytes.insert(control, at: position) }
                let allowed: Set<UInt8> = [9, 10, 13]
                let expected = bytes.contains { (b: UInt8) -> Bool in b < 0x20 && !allowed.contains(b) }
                let found = bytes.withUnsafeBufferPointer { PageCompactor.containsControl($0, from: 0, to: $0.count) }
                #expect(found == expected, "control \(control) at \(position)")
            }
        }
    }

    @Test func layoutTestsWithTheLowercasedTextMatchTheStringReading() {
        let paragraphs = ["READ MORE: Venezuela backs Russia", "Read more", "Related: talks in Geneva", " Related: x",
                          "Photo: the summit", "FILE PHOTO: a tanker", "  Photo: indented", "Pictured: the minister ",
                          "The minister arrives (AP Photo/Ariana Cubillos)", "Ships in port [Getty Images]",
                          "He said (and meant it).", "Talks resumed (Reuters) ", "", " ", "\u{130}MAGE: dotted capital",
                          "Don\u{2019}t miss: the debate", "Don't miss: the debate", "Sign up for our newsletter",
                          "Caf\u{E9} (Photo: Jane/AFP)", String(repeating: "word ", count: 90) + "(AP Photo/X)"]
        for p in paragraphs {
            var lower = LowercasedText(p)
            #expect(ArticleLayout.isRelated(p, lowered: &lower) == ArticleLayout.isRelated(p), "\(p)")
            #expect(ArticleLayout.isCaption(p, lowered: &lower) == ArticleLayout.isCaption(p), "\(p)")
        }
    }

    @Test func packedNameTablesFindEveryNameAndNoOther() {
        for (name, tag) in HTMLTag.byName {
            #expect(Array(name.utf8 + [0]).withUnsafeBufferPointer { HTMLTag(cName: $0.baseAddress!) } == tag)
        }
        for name in ["x", "spa", "spans", "blockquotes", "h7", "figcaptio", "figcaptiom"] {
            #expect(Array(name.utf8 + [0]).withUnsafeBufferPointer { HTMLTag(cName: $0.baseAddress!) } == .other, "\(name)")
        }
        for (name, attr) in PageTreeBuilder.Attributes.names {
            #expect(Array(name.utf8 + [0]).withUnsafeBufferPointer { PageTreeBuilder.Attributes.name($0.baseAddress!) } == attr)
        }
        #expect(Array("http-equiz".utf8 + [0]).withUnsafeBufferPointer { PageTreeBuilder.Attributes.name($0.baseAddress!) } == nil)
        #expect(Array("classes".utf8 + [0]).withUnsafeBufferPointer { PageTreeBuilder.Attributes.name($0.baseAddress!) } == nil)
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
