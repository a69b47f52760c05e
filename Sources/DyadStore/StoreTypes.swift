import DyadCore

/// An article with the events coded from it, ready to be written.
public struct ArticleWithEvents: Sendable, Hashable {
    public var article: Article
    public var events: [Event]
    /// The SimHash of the body, when it has one: a stored article within Hamming distance 3 is
    /// a near duplicate, and this article is then recorded as another URL of it.
    public var simhash: UInt64?
    /// The URLs the article was seen at, normalized by the caller (default: its `url`).
    public var urls: [String]

    public init(article: Article, events: [Event], simhash: UInt64? = nil, urls: [String]? = nil) {
        self.article = article
        self.events = events
        self.simhash = simhash
        self.urls = urls ?? article.url.map { [$0] } ?? []
    }
}

/// What writing one article did.
public enum WriteOutcome: Sendable, Hashable {
    /// The article and its events were stored.
    case new
    /// An article with the same id was already stored; its URLs were added to it.
    case existing
    /// A stored article with another id is a near duplicate; the URLs were added to it and
    /// this article and its events were not stored.
    case nearDuplicate(of: String)

    public var isNew: Bool { self == .new }
}

/// One URL at which a stored article was seen.
public struct ArticleURL: Sendable, Hashable {
    public var articleID: String
    public var url: String

    public init(articleID: String, url: String) {
        self.articleID = articleID
        self.url = url
    }
}

/// An event as stored, with what the store knows of its article.
public struct StoredEvent: Sendable, Hashable {
    public var event: Event
    /// The article's site (publisher), if known.
    public var site: String?
    /// The article's publication date, `YYYY-MM-DD`.
    public var published: String?
    /// When the article was stored, `YYYYMMDDHHMMSS` (UTC).
    public var storedAt: String

    public init(event: Event, site: String?, published: String?, storedAt: String) {
        self.event = event
        self.site = site
        self.published = published
        self.storedAt = storedAt
    }
}

/// What one ingest run did.
public struct IngestTotals: Sendable, Hashable {
    public var articles = 0
    public var newArticles = 0
    public var existingArticles = 0
    /// Articles found to be near duplicates of stored ones, recorded as further URLs of those.
    public var nearDuplicates = 0
    public var events = 0
    public var failed = 0

    public init() {}
}

/// Event count and Goldstein sum for one day and quad class.
public struct DailyQuadCount: Sendable, Hashable {
    /// `YYYY-MM-DD`, or nil for events without a date.
    public var day: String?
    /// nil for events with a code outside CAMEO.
    public var quad: QuadClass?
    public var count: Int
    public var goldsteinSum: Double

    public init(day: String?, quad: QuadClass?, count: Int, goldsteinSum: Double) {
        self.day = day
        self.quad = quad
        self.count = count
        self.goldsteinSum = goldsteinSum
    }
}

/// Event count and Goldstein sum for one (source, target) pair.
public struct DyadCount: Sendable, Hashable {
    public var source: String
    public var target: String?
    public var count: Int
    public var goldsteinSum: Double

    public init(source: String, target: String?, count: Int, goldsteinSum: Double) {
        self.source = source
        self.target = target
        self.count = count
        self.goldsteinSum = goldsteinSum
    }
}

/// One row of the cross-article aggregation: like a GDELT event, one per (day, source, target, code).
public struct EventAggregate: Sendable, Hashable {
    public var day: String?
    public var source: String
    public var target: String?
    public var cameo: String
    /// Events (mentions) in the group.
    public var numMentions: Int
    /// Distinct articles in the group.
    public var numArticles: Int
    /// Distinct sources in the group: sites, or the article URL (else id) when the site is unknown.
    public var numSources: Int
    /// URL of the first article (earliest published, then lowest event id).
    public var sourceURL: String?
    /// Id of the first event, the group's representative.
    public var firstEventID: String
    /// When the group's first article was stored, `YYYYMMDDHHMMSS`.
    public var dateAdded: String
}

/// Sizes of a store.
public struct StoreCounts: Sendable, Hashable {
    public var articles: Int
    public var events: Int
    public var runs: Int
}

/// An article as stored, with what the store recorded about it.
public struct StoredArticle: Sendable, Hashable {
    public var article: Article
    /// Events stored with the article.
    public var eventCount: Int
    /// When the article was stored, `YYYYMMDDHHMMSS` (UTC).
    public var storedAt: String

    public init(article: Article, eventCount: Int, storedAt: String) {
        self.article = article
        self.eventCount = eventCount
        self.storedAt = storedAt
    }
}

/// An actor code seen in stored events, with how often it appears on either side.
public struct ActorSummary: Sendable, Hashable, Codable {
    public var code: String
    public var country: String?
    /// An entity name recorded for the code (the greatest, for a stable choice), if any.
    public var entity: String?
    /// Events with the actor as source or target.
    public var events: Int

    public init(code: String, country: String?, entity: String?, events: Int) {
        self.code = code
        self.country = country
        self.entity = entity
        self.events = events
    }
}
