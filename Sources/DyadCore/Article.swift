/// A news article as read from its source, with the parts that are not body kept apart.
public struct Article: Sendable, Hashable, Codable {
    /// Stable identifier: the id given by the input (JSONL `id`), else a content hash.
    public var id: String
    public var url: String?
    public var site: String?
    /// A site's tagline or motto found above the title ("Creating new perspectives since 2009").
    public var tagline: String?
    public var title: String?
    /// Publication date, `YYYY-MM-DD`.
    public var published: String?
    /// The dateline as written, when one was found ("March 10, 2022 at 12:16 pm").
    public var dateline: String?
    public var author: String?
    public var language: String?
    /// Body paragraphs: the only text that is coded.
    public var body: [String]
    /// Photo captions, kept out of the body.
    public var captions: [String]
    /// Related-article lines ("READ: ...", "Read more: ..."), kept out of the body.
    public var related: [String]
    /// The reader that produced the article: `text`, `jsonl`, `html`, ...
    public var sourceFormat: String
    /// Where the article came from: a file name, `-` for stdin, with a line number for JSONL.
    public var origin: String?

    public init(id: String, url: String? = nil, site: String? = nil, tagline: String? = nil,
                title: String? = nil, published: String? = nil, dateline: String? = nil,
                author: String? = nil, language: String? = nil, body: [String] = [],
                captions: [String] = [], related: [String] = [], sourceFormat: String,
                origin: String? = nil) {
        self.id = id
        self.url = url
        self.site = site
        self.tagline = tagline
        self.title = title
        self.published = published
        self.dateline = dateline
        self.author = author
        self.language = language
        self.body = body
        self.captions = captions
        self.related = related
        self.sourceFormat = sourceFormat
        self.origin = origin
    }

    enum CodingKeys: String, CodingKey {
        case id, url, site, tagline, title, published, dateline, author, language, body, captions,
             related
        case sourceFormat = "source_format"
        case origin
    }
}
