import DyadCore

/// Writes events in the ICEWS coded-event layout: 20 tab-separated columns with a header row,
/// one row per stored event, Intensity from the ICEWS Goldstein table.
///
/// ICEWS names sectors and countries in words; dyad writes its role codes (`GOV MIL`) and
/// country codes (`RUS`) in those columns. District and Province are left empty.
public struct ICEWSEventWriter: Sendable {
    public init() {}

    public static let columns = [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
        "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
        "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
    ]

    public var header: String { Self.columns.joined(separator: "\t") }

    public func row(_ s: StoredEvent, taxonomy: CameoTaxonomy = .standard) -> String {
        let e = s.event
        func sectors(_ a: ActorRef?) -> String {
            guard let a else { return "" }
            let t = GDELTEventWriter.actor(a)[7...9].filter { !$0.isEmpty }
            return t.joined(separator: " ")
        }
        let intensity = taxonomy.entry(for: e.cameo)?.goldsteinICEWS ?? e.goldstein
        let fields: [String] = [
            e.id, e.date ?? "", e.source.entity ?? e.source.text, sectors(e.source), e.source.country ?? "",
            e.label, e.cameo, ExportFields.optional(intensity),
            e.target.map { $0.entity ?? $0.text } ?? "", sectors(e.target), e.target?.country ?? "",
            e.evidence.article, String(e.evidence.sentence + 1), s.site ?? "",
            e.location?.name ?? "", "", "", e.location?.country ?? "",
            ExportFields.optional(e.location?.lat), ExportFields.optional(e.location?.lon),
        ]
        return fields.map(ExportFields.clean).joined(separator: "\t")
    }
}
