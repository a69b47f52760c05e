import Foundation

/// Output formats for events.
public enum EventFormat: String, Sendable, CaseIterable {
    case table, jsonl, csv
}

/// Writes events as JSON Lines: one event object per line, in the data model's field order
/// (DESIGN.md section 3), the same bytes on every run.
public struct JSONLinesEventWriter: Sendable {
    public init() {}

    public func line(_ e: Event) -> String {
        var o = JSONObjectWriter()
        o.string("id", e.id)
        o.string("date", e.date)
        o.object("source", Self.actor(e.source))
        o.object("target", e.target.map(Self.actor))
        o.string("cameo", e.cameo)
        o.string("root", e.root)
        o.string("label", e.label)
        o.integer("quad", e.quad?.rawValue)
        o.number("goldstein", e.goldstein)
        o.object("plover", e.plover.map { p in
            var w = JSONObjectWriter()
            w.string("type", p.type)
            w.string("mode", p.mode)
            return w
        })
        o.string("modality", e.modality.rawValue)
        o.bool("negated", e.negated)
        o.number("confidence", e.confidence)
        if let l = e.location {
            var w = JSONObjectWriter()
            w.string("name", l.name)
            w.string("country", l.country)
            if let lat = l.lat { w.number("lat", lat) }
            if let lon = l.lon { w.number("lon", lon) }
            o.object("location", w)
        }
        o.integer("mentions", e.mentions)
        o.object("evidence", Self.evidence(e.evidence))
        if !e.moreEvidence.isEmpty { o.objects("more_evidence", e.moreEvidence.map(Self.evidence)) }
        return o.text
    }

    static func evidence(_ ev: Evidence) -> JSONObjectWriter {
        var w = JSONObjectWriter()
        w.string("article", ev.article)
        w.string("url", ev.url)
        w.integer("sentence", ev.sentence)
        w.string("text", ev.text)
        w.integers("source_span", ev.sourceSpan.map { [$0.start, $0.end] })
        w.integers("target_span", ev.targetSpan.map { [$0.start, $0.end] })
        w.integers("verb_span", ev.verbSpan.map { [$0.start, $0.end] })
        w.string("pattern", ev.pattern)
        w.strings("rules", ev.rules)
        return w
    }

    static func actor(_ a: ActorRef) -> JSONObjectWriter {
        var w = JSONObjectWriter()
        w.string("code", a.code)
        w.string("country", a.country)
        w.string("role", a.role)
        w.string("entity", a.entity)
        w.string("text", a.text)
        return w
    }
}

/// Writes events as CSV with a header row; nested fields are flattened.
public struct CSVEventWriter: Sendable {
    public init() {}

    public static let columns = [
        "id", "date", "source_code", "source_country", "source_role", "source_entity", "source_text",
        "target_code", "target_country", "target_role", "target_entity", "target_text", "cameo", "root",
        "label", "quad", "goldstein", "plover_type", "plover_mode", "modality", "negated", "confidence",
        "mentions", "location_name", "location_country", "location_lat", "location_lon", "article", "url", "sentence", "source_span", "target_span", "verb_span", "pattern", "text",
    ]

    public var header: String { Self.columns.joined(separator: ",") }

    public func row(_ e: Event) -> String {
        func span(_ s: Span?) -> String { s.map { "\($0.start)-\($0.end)" } ?? "" }
        let fields: [String] = [
            e.id, e.date ?? "", e.source.code, e.source.country ?? "", e.source.role ?? "", e.source.entity ?? "",
            e.source.text, e.target?.code ?? "", e.target?.country ?? "", e.target?.role ?? "",
            e.target?.entity ?? "", e.target?.text ?? "", e.cameo, e.root, e.label, e.quad.map { String($0.rawValue) } ?? "",
            e.goldstein.map(Self.number) ?? "", e.plover?.type ?? "", e.plover?.mode ?? "", e.modality.rawValue,
            e.negated ? "true" : "false", Self.number(e.confidence), String(e.mentions),
            e.location?.name ?? "", e.location?.country ?? "", e.location?.lat.map(Self.coordinate) ?? "",
            e.location?.lon.map(Self.coordinate) ?? "", e.evidence.article, e.evidence.url ?? "",
            String(e.evidence.sentence), span(e.evidence.sourceSpan), span(e.evidence.targetSpan),
            span(e.evidence.verbSpan), e.evidence.pattern, e.evidence.text,
        ]
        return fields.map(Self.quote).joined(separator: ",")
    }

    /// Degrees to four decimals (about 10 m), without trailing zeros.
    static func coordinate(_ v: Double) -> String {
        var t = String((v * 10_000).rounded() / 10_000)
        if t.hasSuffix(".0") { t.removeLast(2) }
        return t
    }

    static func number(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(format: "%.1f", r) : String(r)
    }

    /// CAMEO's unknown-country codes ("---", "---GOV") are plain text, not formulas.
    static func isUnknownActorCode(_ v: String) -> Bool {
        v.hasPrefix("---") && v.dropFirst(3).allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// RFC 4180 quoting, plus a leading quote for cells a spreadsheet would run as a formula.
    static func quote(_ s: String) -> String {
        var v = s
        if let f = v.first, "=+-@".contains(f), Double(v) == nil, !isUnknownActorCode(v) { v = "'" + v }
        if v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }
}

/// Writes events as an aligned, human-readable table.
public struct TableEventWriter: Sendable {
    public var showEvidence: Bool

    public init(showEvidence: Bool = false) {
        self.showEvidence = showEvidence
    }

    public func render(_ events: [Event]) -> String {
        let header = ["DATE", "SOURCE", "EVENT", "TARGET", "GOLDSTEIN", "QUAD", "N", "MODALITY", "PLACE", "PATTERN"]
        var rows: [[String]] = []
        for e in events {
            let label = e.label.count > 40 ? String(e.label.prefix(39)) + "…" : e.label
            let g = e.goldstein.map { ($0 >= 0 ? "+" : "") + String(format: "%.1f", $0) } ?? "-"
            rows.append([e.date ?? "-", e.source.code, "\(e.cameo) \(label)", e.target?.code ?? "-", g,
                         e.quad.map { String($0.rawValue) } ?? "-", String(e.mentions), e.modality.rawValue + (e.negated ? " (negated)" : ""),
                         e.location.map { l in l.country.map { "\(l.name) (\($0))" } ?? l.name } ?? "-", e.evidence.pattern])
        }
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                i == cells.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count)
            }.joined(separator: "  ")
        }
        var out = line(header) + "\n"
        for (r, e) in zip(rows, events) {
            out += line(r) + "\n"
            if showEvidence {
                out += "    \u{201C}\(e.evidence.text)\u{201D}\n"
                out += "    source: \(e.source.text)  target: \(e.target?.text ?? "-")  rules: \(e.evidence.rules.joined(separator: ", "))\n"
                for more in e.moreEvidence { out += "    also: \u{201C}\(more.text)\u{201D}\n" }
            }
        }
        return out
    }
}
