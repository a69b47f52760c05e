import DyadCore
import Foundation

/// Writes the GDELT 2.0 mentions table: 16 tab-separated columns, no header, one row per stored
/// event (each is one mention of its group's GLOBALEVENTID).
///
/// Character offsets are those of the evidence sentence (dyad keeps spans per sentence);
/// MentionDocLen, MentionDocTone, MentionDocTranslationInfo and Extras are left empty.
public struct GDELTMentionWriter: Sendable {
    public init() {}

    public static let columns = [
        "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
        "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
        "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
    ]

    public func row(id: Int, mention m: StoredEvent) -> String {
        let e = m.event
        let day = ExportFields.compactDay(e.date)
        let url = e.evidence.url
        let sourceName = m.site ?? url.flatMap { URL(string: $0)?.host } ?? ""
        let fields: [String] = [
            String(id), day.isEmpty ? "" : day + "000000", m.storedAt, "1", sourceName, url ?? "",
            String(e.evidence.sentence + 1),
            String(e.evidence.sourceSpan?.start ?? -1), String(e.evidence.targetSpan?.start ?? -1),
            String(e.evidence.verbSpan?.start ?? -1),
            e.evidence.rules.isEmpty ? "1" : "0", String(Int((e.confidence * 100).rounded())),
            "", "", "", "",
        ]
        return fields.map(ExportFields.clean).joined(separator: "\t")
    }
}
