import DyadCore
import Foundation

/// Writes the GDELT 2.0 event table: 61 tab-separated columns in the codebook's order, no header
/// (as GDELT's own files). One row per (day, source, target, code) group of the store's
/// `event_aggregates` view; actor fields come from the group's first event.
///
/// Not produced by dyad and left empty: known-group, ethnic and religion codes, AvgTone, actor
/// geography, ADM codes and feature ids, and the action country code (GDELT uses FIPS 10-4
/// codes; dyad knows ISO 3166 ones). Goldstein scores come from GDELT's own table.
public struct GDELTEventWriter: Sendable {
    public init() {}

    public static let columns = [
        "GLOBALEVENTID", "Day", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
        "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
        "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
        "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ]

    public func row(id: Int, aggregate g: EventAggregate, first: StoredEvent,
                    taxonomy: CameoTaxonomy = .standard) -> String {
        let e = first.event
        let day = ExportFields.compactDay(g.day)
        var fields: [String] = [String(id), day, String(day.prefix(6)), String(day.prefix(4)), Self.fractionDate(g.day)]
        fields += Self.actor(e.source)
        fields += e.target.map(Self.actor) ?? Array(repeating: "", count: 10)
        let goldstein = taxonomy.entry(for: e.cameo)?.goldstein ?? e.goldstein
        fields += [
            e.evidence.sentence == 0 ? "1" : "0", e.cameo, String(e.cameo.prefix(3)), String(e.cameo.prefix(2)),
            e.quad.map { String($0.rawValue) } ?? "", ExportFields.optional(goldstein),
            String(g.numMentions), String(g.numSources), String(g.numArticles), "",
        ]
        let noGeo = ["0", "", "", "", "", "", "", ""]
        fields += noGeo + noGeo
        if let l = e.location {
            let type = (l.lat != nil && l.lon != nil) ? "4" : "1"
            fields += [type, l.name, "", "", "", ExportFields.optional(l.lat), ExportFields.optional(l.lon), ""]
        } else {
            fields += noGeo
        }
        fields += [g.dateAdded, g.sourceURL ?? ""]
        return fields.map(ExportFields.clean).joined(separator: "\t")
    }

    /// Code, name, country, known group, ethnic, religion 1 and 2, types 1 to 3.
    static func actor(_ a: ActorRef) -> [String] {
        var rest = Substring(a.code)
        if let c = a.country, rest.hasPrefix(c) { rest = rest.dropFirst(c.count) }
        var types: [String] = []
        while !rest.isEmpty && types.count < 3 {
            types.append(String(rest.prefix(3)))
            rest = rest.dropFirst(3)
        }
        if types.isEmpty, let role = a.role { types = [role] }
        while types.count < 3 { types.append("") }
        return [a.code, (a.entity ?? a.text).uppercased(), a.country ?? "", "", "", "", ""] + types
    }

    /// GDELT's FractionDate: year plus day of year / 365, four decimals (`2019.0685`).
    static func fractionDate(_ day: String?) -> String {
        guard let day else { return "" }
        guard let date = CalendarDate(iso: day), let jan1 = CalendarDate(year: date.year, month: 1, day: 1) else { return "" }
        let doy = date.dayNumber - jan1.dayNumber + 1
        return String(format: "%d.%04d", date.year, Int((Double(doy) / 365 * 10000).rounded(.down)))
    }
}
