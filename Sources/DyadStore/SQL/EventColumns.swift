import DyadCore
import Foundation

/// The `events` and `articles` columns and the mapping between them and DyadCore values.
enum EventColumns {
    static let names = [
        "id", "article_id", "date",
        "source_code", "source_country", "source_role", "source_entity", "source_text",
        "target_code", "target_country", "target_role", "target_entity", "target_text",
        "cameo", "root", "label", "quad", "goldstein", "plover_type", "plover_mode",
        "modality", "negated", "confidence",
        "location_name", "location_country", "location_lat", "location_lon",
        "url", "sentence", "text", "source_start", "source_end", "target_start", "target_end",
        "verb_start", "verb_end", "pattern", "rules", "mentions", "more_evidence",
    ]

    /// `SELECT` list for a `StoredEvent`: the event columns, then the article's site, published, stored_at.
    static let selectList = names.map { "e." + $0 }.joined(separator: ", ") + ", a.site, a.published, a.stored_at"

    /// The stored quad class: 1 to 4, or 0 for a code outside CAMEO (whose stored Goldstein score,
    /// 0, stands for none).
    static func storedQuad(_ q: QuadClass?) -> Int64 {
        Int64(q?.rawValue ?? 0)
    }

    static func values(_ e: Event, articleID: String) -> [SQLValue] {
        [
            .text(e.id), .text(articleID), SQLValue(e.date),
            .text(e.source.code), SQLValue(e.source.country), SQLValue(e.source.role), SQLValue(e.source.entity), .text(e.source.text),
            SQLValue(e.target?.code), SQLValue(e.target?.country), SQLValue(e.target?.role), SQLValue(e.target?.entity), SQLValue(e.target?.text),
            .text(e.cameo), .text(e.root), .text(e.label), .int(storedQuad(e.quad)), .double(e.goldstein ?? 0),
            SQLValue(e.plover?.type), SQLValue(e.plover?.mode),
            .text(e.modality.rawValue), .int(e.negated ? 1 : 0), .double(e.confidence),
            SQLValue(e.location?.name), SQLValue(e.location?.country), SQLValue(e.location?.lat), SQLValue(e.location?.lon),
            SQLValue(e.evidence.url), .int(Int64(e.evidence.sentence)), .text(e.evidence.text),
            SQLValue(e.evidence.sourceSpan?.start), SQLValue(e.evidence.sourceSpan?.end),
            SQLValue(e.evidence.targetSpan?.start), SQLValue(e.evidence.targetSpan?.end),
            SQLValue(e.evidence.verbSpan?.start), SQLValue(e.evidence.verbSpan?.end),
            .text(e.evidence.pattern), .text(json(e.evidence.rules)),
            .int(Int64(e.mentions)), e.moreEvidence.isEmpty ? .null : .text(evidenceJSON(e.moreEvidence)),
        ]
    }

    static func storedEvent(_ r: [SQLValue]) throws -> StoredEvent {
        func s(_ i: Int) -> String? { r[i].string }
        func n(_ i: Int) -> Int? { r[i].int }
        func d(_ i: Int) -> Double? { r[i].double }
        func span(_ i: Int) -> Span? {
            guard let a = n(i), let b = n(i + 1) else { return nil }
            return Span(a, b)
        }
        guard r.count == names.count + 3, let id = s(0), let articleID = s(1) else {
            throw StoreError.corrupt("an events row has \(r.count) columns, expected \(names.count + 3)")
        }
        func need<T>(_ v: T?, _ column: String) throws -> T {
            guard let v else { throw StoreError.corrupt("event \(id): \(column) is missing or malformed") }
            return v
        }
        let source = ActorRef(code: try need(s(3), "source_code"), country: s(4), role: s(5), entity: s(6), text: s(7) ?? "")
        let target = s(8).map { ActorRef(code: $0, country: s(9), role: s(10), entity: s(11), text: s(12) ?? "") }
        let quadNumber = try need(n(16), "quad")
        let quad = QuadClass(rawValue: Int(quadNumber))
        guard quad != nil || quadNumber == 0 else { throw StoreError.corrupt("event \(id): bad quad class \(quadNumber)") }
        let plover = s(18).map { PloverType(type: $0, mode: s(19)) }
        let modality = try need(s(20).flatMap(Modality.init(rawValue:)), "modality")
        let location = s(23).map { Location(name: $0, country: s(24), lat: d(25), lon: d(26)) }
        let evidence = Evidence(article: articleID, url: s(27), sentence: try need(n(28), "sentence"), text: s(29) ?? "",
                                sourceSpan: span(30), targetSpan: span(32), verbSpan: span(34),
                                pattern: try need(s(36), "pattern"), rules: strings(s(37)))
        let event = Event(id: id, date: s(2), source: source, target: target, cameo: try need(s(13), "cameo"),
                          root: s(14) ?? "", label: s(15) ?? "", quad: quad,
                          goldstein: quad == nil ? nil : try need(d(17), "goldstein"),
                          plover: plover, modality: modality, negated: n(21) == 1, confidence: d(22) ?? 0,
                          location: location, mentions: n(38) ?? 1, evidence: evidence,
                          moreEvidence: try moreEvidence(s(39), id: id))
        let k = names.count
        return StoredEvent(event: event, site: s(k), published: s(k + 1), storedAt: s(k + 2) ?? "")
    }

    static let articleNames = [
        "id", "url", "site", "tagline", "title", "published", "dateline", "author", "language",
        "body", "captions", "related", "source_format", "origin", "event_count", "run_id", "stored_at",
        "simhash", "simhash_band0", "simhash_band1", "simhash_band2", "simhash_band3",
    ]

    static func articleValues(_ a: Article, eventCount: Int, runID: Int64?, storedAt: String, simhash: UInt64?) -> [SQLValue] {
        let fingerprint: [SQLValue] = simhash.map { h in
            [.int(NearDuplicateIndex.stored(h))] + NearDuplicateIndex.bands(h).map { .int($0) }
        } ?? Array(repeating: .null, count: 1 + NearDuplicateIndex.bandCount)
        return [
            .text(a.id), SQLValue(a.url), SQLValue(a.site), SQLValue(a.tagline), SQLValue(a.title),
            SQLValue(a.published), SQLValue(a.dateline), SQLValue(a.author), SQLValue(a.language),
            .text(json(a.body)), .text(json(a.captions)), .text(json(a.related)),
            .text(a.sourceFormat), SQLValue(a.origin), .int(Int64(eventCount)), runID.map { .int($0) } ?? .null,
            .text(storedAt),
        ] + fingerprint
    }

    static func evidenceJSON(_ list: [Evidence]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(list)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func moreEvidence(_ json: String?, id: String) throws -> [Evidence] {
        guard let json else { return [] }
        do {
            return try JSONDecoder().decode([Evidence].self, from: Data(json.utf8))
        } catch {
            throw StoreError.corrupt("event \(id): more_evidence is not a JSON list of evidence")
        }
    }

    /// An `articles` row, columns in `articleNames` order.
    static func storedArticle(_ r: [SQLValue]) throws -> StoredArticle {
        guard r.count == articleNames.count, let id = r[0].string else {
            throw StoreError.corrupt("an articles row has \(r.count) columns, expected \(articleNames.count)")
        }
        let article = Article(id: id, url: r[1].string, site: r[2].string, tagline: r[3].string, title: r[4].string,
                              published: r[5].string, dateline: r[6].string, author: r[7].string, language: r[8].string,
                              body: strings(r[9].string), captions: strings(r[10].string), related: strings(r[11].string),
                              sourceFormat: r[12].string ?? "", origin: r[13].string)
        return StoredArticle(article: article, eventCount: r[14].int ?? 0, storedAt: r[16].string ?? "")
    }

    /// A JSON array of strings, written directly (JSONEncoder costs more than the rest of an
    /// event's row; every row has one).
    static func json(_ strings: [String]) -> String {
        if strings.isEmpty { return "[]" }
        var out = "["
        for (i, s) in strings.enumerated() {
            if i > 0 { out += "," }
            JSONObjectWriter.appendString(s, to: &out)
        }
        return out + "]"
    }

    static func strings(_ json: String?) -> [String] {
        guard let json else { return [] }
        return (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }
}
