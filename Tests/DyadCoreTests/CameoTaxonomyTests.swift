import DyadTestSupport
import Foundation
import Testing
@testable import DyadCore

@Suite("CAMEO taxonomy")
struct CameoTaxonomyTests {
    let cameo = CameoTaxonomy.standard

    // MARK: shipped table

    @Test("shipped table has 20 roots, 147 three-digit and 145 four-digit codes")
    func counts() {
        #expect(cameo.codes.count == 312)
        #expect(cameo.codes.filter { $0.level == 1 }.count == 20)
        #expect(cameo.codes.filter { $0.level == 2 }.count == 147)
        #expect(cameo.codes.filter { $0.level == 3 }.count == 145)
        let roots = cameo.codes.filter { $0.level == 1 }.map(\.code)
        #expect(roots == (1...20).map { String(format: "%02d", $0) })
    }

    @Test("every code's root and parent exist")
    func hierarchy() {
        for entry in cameo.codes where entry.level > 1 {
            #expect(cameo[entry.root]?.level == 1, "root of \(entry.code)")
            let parent = String(entry.code.dropLast())
            #expect(cameo.isValid(parent), "parent of \(entry.code)")
            #expect(cameo.children(of: parent).contains(entry), "\(entry.code) listed under \(parent)")
        }
        #expect(Set(cameo.codes.map(\.code)).count == cameo.codes.count)
    }

    @Test("051 Praise or endorse")
    func praise() throws {
        let c = try #require(cameo["051"])
        #expect(c.name == "Praise or endorse")
        #expect(c.goldstein == 3.4)
        #expect(c.goldsteinICEWS == 3.4)
        #expect(c.quad == .verbalCooperation)
        #expect(c.root == "05")
        #expect(c.level == 2)
        #expect(c.plover == PloverType(type: "SUPPORT"))
    }

    @Test("163 Impose embargo, boycott, or sanctions")
    func embargo() throws {
        let c = try #require(cameo["163"])
        #expect(c.name == "Impose embargo, boycott, or sanctions")
        #expect(c.goldstein == -8.0)
        #expect(c.goldsteinICEWS == -8.0)
        #expect(c.quad == .materialConflict)
        // CAMEO2PLOVER-2021.txt lists 163 as COERCE/restrict, not under its root's SANCTION.
        #expect(c.plover == PloverType(type: "COERCE", mode: "restrict"))
        #expect(cameo["16"]?.plover?.type == "SANCTION")
        #expect(cameo["161"]?.plover == PloverType(type: "SANCTION", mode: "withdraw"))
    }

    @Test("138 threaten with military force, 190 conventional force")
    func threatAndForce() throws {
        let threat = try #require(cameo["138"])
        #expect(threat.name == "Threaten to use military force, not specified below")
        #expect(threat.goldstein == -7.0)
        #expect(threat.quad == .verbalConflict)
        #expect(threat.plover == PloverType(type: "THREATEN", mode: "violence"))

        let force = try #require(cameo["190"])
        #expect(force.quad == .materialConflict)
        #expect(force.goldstein == -10.0)
        #expect(force.plover == PloverType(type: "ASSAULT"))
    }

    @Test("GDELT and ICEWS Goldstein tables are both kept where they differ")
    func goldsteinTables() {
        let differing = cameo.codes.filter { $0.goldstein != $0.goldsteinICEWS }
            .map { "\($0.code) \($0.goldstein) \($0.goldsteinICEWS)" }
        #expect(differing == ["016 -2.0 -5.0", "022 3.2 3.4", "164 -7.0 -6.5", "165 -6.5 -7.0"])
    }

    @Test("ICEWS-only 1213 is present")
    func icewsOnlyCode() throws {
        let c = try #require(cameo["1213"])
        #expect(c.name == "Reject judicial cooperation")
        #expect(c.level == 3)
        #expect(c.goldstein == -4.0)
        #expect(c.plover == PloverType(type: "REJECT", mode: "assist"))
    }

    @Test("leading zeros are kept and significant")
    func leadingZeros() throws {
        #expect(cameo.codes.first?.code == "01")
        #expect(cameo.codes.dropFirst().first?.code == "010")
        #expect(cameo.isValid("010"))
        #expect(cameo["10"]?.name == "DEMAND")
        #expect(cameo["010"]?.root == "01")
        #expect(cameo["51"] == nil)
        #expect(!cameo.isValid("51"))
        #expect(!cameo.isValid("211"))
        let c = try #require(cameo["0211"])
        #expect(c.root == "02")
        #expect(c.level == 3)
    }

    @Test("an extension code takes its nearest defined ancestor's class and scores")
    func extensionCodes() throws {
        let aerial = try #require(cameo.entry(for: "1951"))
        #expect(aerial.code == "1951")
        #expect(aerial.root == "19")
        #expect(aerial.name == "Employ aerial weapons (extension of 195)")
        #expect(aerial.quad == .materialConflict)
        #expect(aerial.goldstein == cameo["195"]?.goldstein)
        #expect(aerial.plover == cameo["195"]?.plover)
        let lettered = try #require(cameo.entry(for: "174K"))
        #expect(lettered.goldsteinICEWS == cameo["174"]?.goldsteinICEWS)
        let belowRoot = try #require(cameo.entry(for: "095"))
        #expect(belowRoot.name == "INVESTIGATE (extension of 09)")
        #expect(belowRoot.quad == .verbalConflict)
        #expect(cameo.entry(for: "051") == cameo["051"])
        #expect(!cameo.isValid("1951"))
        #expect(cameo.accepts("1951"))
        for foreign in ["212", "903", "51", "0", "19511951", "195a", "19-5", "", "A51"] {
            #expect(cameo.entry(for: foreign) == nil, "\(foreign)")
            #expect(!cameo.accepts(foreign), "\(foreign)")
        }
    }

    @Test("quad class follows the ICEWS root ranges")
    func quadByRoot() {
        for c in cameo.codes {
            let root = Int(c.root)!
            let expected: QuadClass = switch root {
            case 1...5: .verbalCooperation
            case 6...8: .materialCooperation
            case 9...13: .verbalConflict
            default: .materialConflict
            }
            #expect(c.quad == expected, "\(c.code)")
        }
    }

    @Test("PLOVER: roots 01 and 02 are dropped, every other code maps")
    func ploverCoverage() {
        for c in cameo.codes {
            if c.root == "01" || c.root == "02" {
                #expect(c.plover == nil, "\(c.code)")
            } else {
                #expect(c.plover != nil, "\(c.code)")
            }
        }
        #expect(cameo["08"]?.plover?.type == "CONCEDE")
        #expect(cameo["0813"]?.plover?.type == "RETREAT")
        #expect(cameo["044"]?.plover == PloverType(type: "CONSULT", mode: "third-party"))
        let v2Types: Set<String> = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                                    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                                    "MOBILIZE", "COERCE", "ASSAULT"]
        let used = Set(cameo.codes.compactMap { $0.plover?.type })
        #expect(used.isSubset(of: v2Types))
        #expect(used.count == 16)
    }

    @Test("names are clean")
    func cleanNames() {
        for c in cameo.codes {
            #expect(!c.name.isEmpty)
            #expect(c.name == c.name.trimmingCharacters(in: .whitespaces), "\(c.code)")
            #expect(!c.name.contains("  "), "\(c.code)")
            for bad in ["\u{FFFD}", "Ã", "Ò", "Ó", "‚Ä"] {
                #expect(!c.name.contains(bad), "\(c.code): \(c.name)")
            }
        }
        #expect(cameo["044"]?.name == "Meet at a 'third' location")
        #expect(cameo["105"]?.name == "Demand that target yields")
    }

    @Test("children are direct and in file order")
    func children() {
        #expect(cameo.children(of: "021").map(\.code) == ["0211", "0212", "0213", "0214"])
        let rootChildren = cameo.children(of: "02").map(\.code)
        #expect(rootChildren.first == "020")
        #expect(rootChildren.contains("021"))
        #expect(!rootChildren.contains("0211"))
        #expect(cameo.children(of: "0211").isEmpty)
        #expect(cameo.children(of: "99").isEmpty)
        #expect(cameo.children(of: "20").map(\.code) == ["200", "201", "202", "203", "204"])
    }

    @Test("CameoCode encodes goldstein_icews and round-trips")
    func codable() throws {
        let c = try #require(cameo["163"])
        let data = try JSONEncoder().encode(c)
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.contains("\"goldstein_icews\""))
        #expect(try JSONDecoder().decode(CameoCode.self, from: data) == c)
    }

    // MARK: parsing

    static let header = "# test table\n\n# code\tname\tgoldstein\tgoldstein_icews\tquad\tplover_type\tplover_mode\n"
    static let good = header + """
        05\tENGAGE IN DIPLOMATIC COOPERATION\t3.5\t3.5\t1\tSUPPORT\t
        051\tPraise or endorse\t3.4\t3.4\t1\tSUPPORT\t
        16\tREDUCE RELATIONS\t-4.0\t-4\t4\tSANCTION\t
        163\tImpose embargo, boycott, or sanctions\t-8.0\t-8\t4\tCOERCE\trestrict

        """

    /// Parses `text` and returns the `badData` error's line and reason, or nil if it parsed.
    func badData(_ text: String) -> (file: String, line: Int?, reason: String)? {
        do {
            _ = try CameoTaxonomy(parsing: text, file: "t.tsv")
            return nil
        } catch let DyadError.badData(file, line, reason) {
            return (file, line, reason)
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test("a small well-formed table parses")
    func parsesGood() throws {
        let t = try CameoTaxonomy(parsing: Self.good, file: "t.tsv")
        #expect(t.codes.map(\.code) == ["05", "051", "16", "163"])
        #expect(t["163"]?.plover == PloverType(type: "COERCE", mode: "restrict"))
        #expect(t["163"]?.goldsteinICEWS == -8.0)
        #expect(t["05"]?.plover?.mode == nil)
        #expect(t.children(of: "16").map(\.code) == ["163"])
        let crlf = try CameoTaxonomy(parsing: Self.good.replacingOccurrences(of: "\n", with: "\r\n"), file: "t.tsv")
        #expect(crlf.codes == t.codes)
    }

    // Lines 1-3 are the header, line 4 is "05", 5 "051", 6 "16", 7 "163"; appended rows start at 8.

    @Test("wrong column count reports its line")
    func wrongColumns() throws {
        let text = Self.good.replacingOccurrences(of: "051\tPraise or endorse\t3.4\t3.4\t1\tSUPPORT\t\n",
                                                  with: "051\tPraise or endorse\t3.4\t1\tSUPPORT\t\n")
        let e = try #require(badData(text))
        #expect(e.file == "t.tsv")
        #expect(e.line == 5)
        #expect(e.reason.contains("7 tab-separated columns"))
    }

    @Test("bad Goldstein number reports its line")
    func badNumber() throws {
        let e = try #require(badData(Self.good.replacingOccurrences(of: "-8.0\t-8", with: "-8.0\tminus eight")))
        #expect(e.line == 7)
        #expect(e.reason.contains("goldstein_icews"))
        let far = try #require(badData(Self.good.replacingOccurrences(of: "3.4\t3.4", with: "34\t3.4")))
        #expect(far.line == 5)
        #expect(far.reason.contains("goldstein"))
    }

    @Test("bad quad reports its line")
    func badQuad() throws {
        let e = try #require(badData(Self.good.replacingOccurrences(of: "-4\t4\tSANCTION", with: "-4\t5\tSANCTION")))
        #expect(e.line == 6)
        #expect(e.reason.contains("quad"))
        let word = try #require(badData(Self.good.replacingOccurrences(of: "-4\t4\tSANCTION", with: "-4\tfour\tSANCTION")))
        #expect(word.line == 6)
    }

    @Test("duplicate code reports the second line and the first")
    func duplicate() throws {
        let e = try #require(badData(Self.good + "051\tPraise again\t3.4\t3.4\t1\tSUPPORT\t\n"))
        #expect(e.line == 8)
        #expect(e.reason.contains("duplicate"))
        #expect(e.reason.contains("line 5"))
    }

    @Test("other malformed rows are rejected with their line")
    func otherMalformed() throws {
        // code not digits / wrong length
        #expect(badData(Self.good + "5a\tX\t0\t0\t1\t\t\n")?.line == 8)
        #expect(badData(Self.good + "05111\tX\t0\t0\t1\t\t\n")?.line == 8)
        // child before its parent
        let orphan = try #require(badData(Self.good + "1631\tX\t0\t0\t4\t\t\n0711\tY\t0\t0\t2\t\t\n"))
        #expect(orphan.line == 9)  // 1631 (line 8) is fine: 163 exists; 0711 has no 071
        #expect(orphan.reason.contains("parent"))
        // empty name
        #expect(badData(Self.good + "052\t \t0\t0\t1\t\t\n")?.line == 8)
        // mode without a type
        #expect(badData(Self.good + "052\tDefend verbally\t3.5\t3.5\t1\t\tdiplomatic\n")?.line == 8)
        // nothing but comments
        let empty = try #require(badData(Self.header))
        #expect(empty.line == nil)
    }

    @Test("loading from a file: good, invalid UTF-8, missing")
    func fromFile() throws {
        let scratch = try ScratchDirectory(prefix: "dyad-cameo")
        defer { scratch.remove() }
        let dir = scratch.url

        let good = dir.appendingPathComponent("good.tsv")
        try Data(Self.good.utf8).write(to: good)
        #expect(try CameoTaxonomy(contentsOf: good).codes.count == 4)

        let bad = dir.appendingPathComponent("bad.tsv")
        try Data([0x30, 0x35, 0x09, 0xC3, 0x28, 0x0A]).write(to: bad)
        let badError = #expect(throws: DyadError.self) { try CameoTaxonomy(contentsOf: bad) }
        guard case let .badData(badFile, badLine, badReason)? = badError else {
            Issue.record("expected badData, got \(String(describing: badError))")
            return
        }
        #expect(badFile.hasSuffix("bad.tsv"))
        #expect(badLine == nil)
        #expect(badReason.contains("UTF-8"))

        let missing = dir.appendingPathComponent("missing.tsv")
        let missingError = #expect(throws: DyadError.self) { try CameoTaxonomy(contentsOf: missing) }
        guard case let .badData(missingFile, _, _)? = missingError else {
            Issue.record("expected badData, got \(String(describing: missingError))")
            return
        }
        #expect(missingFile.hasSuffix("missing.tsv"))
    }
}

@Suite struct JSONLinesEventWriterTests {
    static let event = Event(
        id: "a:0:0", date: "2022-03-10",
        source: ActorRef(code: "VENGOV", country: "VEN", role: "GOV", entity: "Nicolás Maduro", text: "President \"Nicolas\" Maduro"),
        target: ActorRef(code: "RUS", country: "RUS", role: nil, entity: "Russia", text: "Russia"),
        cameo: "051", root: "05", label: "Praise or endorse", quad: .verbalCooperation, goldstein: 3.4,
        plover: PloverType(type: "SUPPORT"), modality: .asserted, negated: false, confidence: 0.8,
        evidence: Evidence(article: "a", url: nil, sentence: 0, text: "line\nbreak", sourceSpan: Span(0, 24),
                           targetSpan: nil, verbSpan: Span(30, 37), pattern: "051.back", rules: ["r1"]))

    @Test func writesTheDataModelInOrderAndDecodesBack() throws {
        let line = JSONLinesEventWriter().line(Self.event)
        #expect(line.hasPrefix(#"{"id":"a:0:0","date":"2022-03-10","source":{"code":"VENGOV","country":"VEN","role":"GOV","entity":"Nicolás Maduro","text":"President \"Nicolas\" Maduro"},"target":{"code":"RUS","country":"RUS","role":null,"#))
        #expect(line.contains(#""quad":1,"goldstein":3.4,"plover":{"type":"SUPPORT","mode":null},"modality":"asserted","negated":false,"confidence":0.8,"#))
        #expect(line.contains(#""text":"line\nbreak","source_span":[0,24],"target_span":null,"verb_span":[30,37],"pattern":"051.back","rules":["r1"]}"#))
        #expect(line.contains(#""confidence":0.8,"mentions":1,"evidence":{"#))
        #expect(!line.contains("more_evidence"))
        let decoded = try JSONDecoder().decode(Event.self, from: Data(line.utf8))
        #expect(decoded == Self.event)
    }

    @Test func aCodeOutsideCameoHasNoQuadClassOrGoldsteinScore() throws {
        var e = Self.event
        e.cameo = "212"
        e.root = "21"
        e.label = "Code outside CAMEO"
        e.quad = nil
        e.goldstein = nil
        e.plover = nil
        let line = JSONLinesEventWriter().line(e)
        #expect(line.contains(#""cameo":"212","root":"21","label":"Code outside CAMEO","quad":null,"goldstein":null,"plover":null,"#))
        #expect(try JSONDecoder().decode(Event.self, from: Data(line.utf8)) == e)
        #expect(CSVEventWriter().row(e).contains(",212,21,Code outside CAMEO,,,,,asserted,"))
        #expect(TableEventWriter().render([e]).contains("212 Code outside CAMEO  RUS     -          -"))
        #expect(CameoTaxonomy.standard.isForeignCode("212") && CameoTaxonomy.standard.isForeignCode("903"))
        #expect(!CameoTaxonomy.standard.isForeignCode("051") && !CameoTaxonomy.standard.isForeignCode("1951"))
        #expect(!CameoTaxonomy.standard.isForeignCode("---") && !CameoTaxonomy.standard.isForeignCode("X12"))
    }

    @Test func aRepeatedEventKeepsEveryEvidence() throws {
        var e = Self.event
        var again = Self.event
        again.evidence.sentence = 4
        again.confidence = 0.9
        e.merge(again)
        #expect(e.mentions == 2 && e.confidence == 0.9)
        let line = JSONLinesEventWriter().line(e)
        #expect(line.contains(#""mentions":2,"evidence":{"article":"a","url":null,"sentence":0,"#))
        #expect(line.contains(#""more_evidence":[{"article":"a","url":null,"sentence":4,"#))
        #expect(try JSONDecoder().decode(Event.self, from: Data(line.utf8)) == e)
    }
}
