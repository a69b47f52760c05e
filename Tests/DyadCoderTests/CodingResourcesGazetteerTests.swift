import DyadActors
import DyadCoder
import DyadCore
import Foundation
import DyadTestSupport
import Testing

/// The gazetteer as `CodingResources.load` builds it: the shipped `*.coordinates` files, then
/// those of the user's `--dictionaries` folder.
@Suite struct CodingResourcesGazetteerTests {
    /// Writes `files`, text by name, into `scratch`; returns its URL.
    func folder(_ files: [String: String], in scratch: ScratchDirectory) throws -> URL {
        let dir = scratch.url
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func theUserFolderAddsToAndReplacesTheShippedGazetteer() throws {
        let scratch = try ScratchDirectory(prefix: "coordinates")
        defer { scratch.remove() }
        let dir = try folder(["mine.coordinates": "50.47 30.52 UKR Kyiv\n10.5 20.5 ARN Minas Tirith\n"], in: scratch)
        let r = try CodingResources.load(userDirectory: dir)
        let shipped = try Gazetteer.standard()
        #expect(r.gazetteer.count == shipped.count + 1)
        #expect(r.gazetteer.place(named: "Kiev", country: "UKR")?.lat == 50.47)
        #expect(r.gazetteer.place(named: "Minas Tirith", country: nil)?.country == "ARN")
        #expect(r.gazetteer.place(named: "Aleppo", country: nil) == shipped.place(named: "Aleppo", country: nil))

        let only = try CodingResources.load(userDirectory: dir, includeShipped: false)
        #expect(only.gazetteer.count == 2)
        #expect(only.gazetteer.place(named: "Aleppo", country: nil) == nil)
    }

    @Test func aBadCoordinatesFileIsReportedWithFileAndLine() throws {
        let scratch = try ScratchDirectory(prefix: "coordinates")
        defer { scratch.remove() }
        let dir = try folder(["bad.coordinates": "# mine\n50.47 30.52 UKR Kyiv\n95 30 UKR Kharkiv\n"], in: scratch)
        expectError("bad.coordinates:3: latitude 95 is outside -90 to 90") {
            _ = try CodingResources.load(userDirectory: dir, includeShipped: false)
        }
    }

    @Test func resourcesBuiltByHandHaveAnEmptyGazetteer() {
        let r = CodingResources(actors: ActorDictionary(), agents: AgentDictionary(),
                                verbs: VerbPatternDictionary(inflection: Inflection()))
        #expect(r.gazetteer.count == 0)
    }
}
