import DyadExtract
import Testing

@Suite struct URLNormalizerTests {
    @Test(arguments: [
        ("HTTPS://News.Example.ORG/World/Story", "https://news.example.org/World/Story"),
        ("http://example.org:80/a", "http://example.org/a"),
        ("https://example.org:443/a", "https://example.org/a"),
        ("https://example.org:8443/a", "https://example.org:8443/a"),
        ("http://example.org:443/a", "http://example.org:443/a"),
        ("https://example.org/a#comments", "https://example.org/a"),
        ("https://example.org", "https://example.org/"),
        ("https://example.org/", "https://example.org/"),
        ("https://example.org/a/b/", "https://example.org/a/b"),
        ("https://example.org/a/./b/../c", "https://example.org/a/c"),
        ("https://example.org./a", "https://example.org/a"),
        ("https://example.org/a?utm_source=tw&utm_medium=social&id=7", "https://example.org/a?id=7"),
        ("https://example.org/a?fbclid=XYZ", "https://example.org/a"),
        ("https://example.org/a?gclid=1&b=2&a=1", "https://example.org/a?a=1&b=2"),
        ("https://example.org/a?UTM_Campaign=x&msclkid=2&mc_eid=3&page=2", "https://example.org/a?page=2"),
        ("https://example.org/a?tag=x&tag=y", "https://example.org/a?tag=x&tag=y"),
        ("https://example.org/caf%c3%a9/%7euser", "https://example.org/caf%C3%A9/~user"),
        ("https://user@Example.org:443/", "https://user@example.org/"),
        ("http://[2001:DB8::1]:80/a", "http://[2001:db8::1]/a"),
        ("  https://example.org/a  ", "https://example.org/a"),
        ("mailto:desk@example.org", "mailto:desk@example.org"),
        ("urn:uuid:1234", "urn:uuid:1234"),
    ])
    func normalizes(_ input: String, _ expected: String) {
        #expect(URLNormalizer.normalize(input) == expected)
    }

    @Test func theSameStoryFromTwoLinksIsOneURL() {
        let shared = "https://www.example.org/world/2022/03/10/talks/?utm_source=newsletter&utm_medium=email#top"
        let direct = "HTTPS://www.example.org:443/world/2022/03/10/talks"
        #expect(URLNormalizer.normalize(shared) == URLNormalizer.normalize(direct))
    }

    @Test func normalizingTwiceChangesNothing() {
        for u in ["HTTP://A.org:80/x/../y/?b=1&a=2&utm_x=3#f", "https://example.org/%7e/%2f?q=%3d"] {
            let once = URLNormalizer.normalize(u)
            #expect(URLNormalizer.normalize(once) == once)
        }
    }
}
