import DyadActors
import DyadCore
import DyadTestSupport
import Foundation
import Testing

/// The PETRARCH reference dictionaries in the shared data folder load, and known entries resolve.
@Suite(.enabled(if: SharedData.available, Comment(rawValue: SharedData.skipReason)))
struct PetrarchReferenceDictionaryTests {
    static let folders = ["reference/petrarch2-dictionaries", "eval/universal-petrarch/dictionaries"]

    func text(_ relative: String) throws -> String {
        try ShippedDictionaries.read(SharedData.url(relative))
    }

    @Test func everyReferenceActorAndAgentFileLoadsAndReportsCounts() throws {
        var seen = 0
        for folder in Self.folders {
            for url in try ShippedDictionaries.files(in: SharedData.url(folder), withExtension: "txt") {
                let text = try ShippedDictionaries.read(url)
                switch PetrarchDictionaryKind.sniff(text) {
                case .actors:
                    var d = ActorDictionary()
                    let r = try d.load(petrarchActors: text, file: url.lastPathComponent)
                    #expect(r.read > 0 && r.read >= 10 * r.skipped, "\(r.summary)")
                    seen += 1
                case .agents:
                    var d = AgentDictionary()
                    let r = try d.load(petrarchAgents: text, file: url.lastPathComponent)
                    #expect(r.read > 0 && r.read >= 10 * r.skipped, "\(r.summary)")
                    seen += 1
                case .verbs, nil:
                    continue
                }
            }
        }
        #expect(seen == 8)  // 5 actors files (3 Phoenix, 2 validation) and 3 agents files (Phoenix, 2 validation)
    }

    @Test func phoenixResolvesPeopleByDate() throws {
        var d = ActorDictionary()
        let r = try d.load(petrarchActors: try text("reference/petrarch2-dictionaries/Phoenix.Countries.actors.txt"),
                           file: "Phoenix.Countries.actors.txt")
        #expect(r.read > 18_000)
        let karzai = try #require(d["Hamid Karzai"])
        #expect(karzai.aliases.contains("Karzai"))
        #expect(karzai.code(on: CalendarDate(iso: "2005-01-01")) == "AFGGOV")
        #expect(karzai.code(on: CalendarDate(iso: "1990-06-01")) == "AFGELI")
        #expect(d["AFG"]?.aliases.contains("Kabul") == true)
    }

    @Test func validationActorsResolveTheirWorld() throws {
        for path in ["reference/petrarch2-dictionaries/PETR.Validate.actors.txt",
                     "eval/universal-petrarch/dictionaries/PETR_Validate_actors_2_02.txt"] {
            var d = ActorDictionary()
            _ = try d.load(petrarchActors: try text(path), file: path)
            #expect(d["ARN"]?.name == "Arnor")
            #expect(d["Sam Gamgee"]?.code(on: CalendarDate(iso: "2010-01-10")) == "ORCHOB")
            #expect(d["Zimbabwe"]?.code(on: CalendarDate(iso: "1975-01-01")) == "RHO")
            #expect(d["Zimbabwe"]?.code(on: CalendarDate(iso: "1985-01-01")) == "ZBW")
        }
    }
}
