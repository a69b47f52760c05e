import DyadCoder
import DyadCore
import DyadExtract
import DyadText
import DyadTestSupport
import Foundation
import Testing

/// The acceptance test of the end-to-end issue: the seed article, read from the shared data
/// folder (never copied into the project).
@Suite(.enabled(if: SharedData.available, Comment(rawValue: SharedData.skipReason)))
struct SeedAcceptanceTests {
    /// The seed coded on dependency trees (`parsed`, the default of the command line) or on
    /// word order alone.
    static func coded(_ parsed: Bool) throws -> CodedArticle {
        let url = SharedData.url("seed/000_f731b9d803b44144.txt")
        let article = try PlainTextReader().read(try Data(contentsOf: url), name: url.lastPathComponent)
        return EventCoder(resources: try CodingResources.load(), syntax: parsed ? try SyntacticAnalyzer.shipped() : nil).code(article)
    }

    struct Expectation: Sendable {
        let name: String
        let source: String
        let target: String
        let roots: Set<String>
    }

    static let expected: [Expectation] = [
        .init(name: "VEN -> RUS support", source: "VEN", target: "RUS", roots: ["01", "03", "05"]),
        .init(name: "USA -> VEN visit", source: "USA", target: "VEN", roots: ["04"]),
        .init(name: "USA -> VEN sanctions", source: "USA", target: "VEN", roots: ["16"]),
        .init(name: "VEN -> OPEC coordination", source: "VEN", target: "IGO", roots: ["03", "04", "05", "06"]),
        .init(name: "VEN -> USA rejection", source: "VEN", target: "USA", roots: ["12"]),
        .init(name: "RUS -> UKR military action", source: "RUS", target: "UKR", roots: ["15", "16", "17", "18", "19"]),
        .init(name: "USA -> VEN threat", source: "USA", target: "VEN", roots: ["13"]),
        .init(name: "USA -> VEN appeal or promise", source: "USA", target: "VEN", roots: ["02", "03"]),
    ]

    static func side(_ ref: ActorRef?) -> String {
        guard let ref else { return "-" }
        if ref.code.hasPrefix("IGO") { return "IGO" }
        return ref.country ?? "-"
    }

    @Test(arguments: [true, false]) func findsAtLeastSixOfTheEightExpectedEvents(parsed: Bool) throws {
        let events = try Self.coded(parsed).events
        let found = Self.expected.filter { x in
            events.contains { Self.side($0.source) == x.source && Self.side($0.target) == x.target && x.roots.contains($0.root) }
        }
        let missing = Self.expected.filter { x in !found.contains { $0.name == x.name } }.map(\.name)
        #expect(found.count >= 6, "missing: \(missing)")
    }

    @Test(arguments: [true, false]) func codesNothingFromTheTaglineTitleCaptionOrReadLine(parsed: Bool) throws {
        let coded = try Self.coded(parsed)
        let body = coded.article.body.joined(separator: " ")
        for e in coded.events {
            #expect(body.contains(e.evidence.text), "event from outside the body: \(e.evidence.text)")
            #expect(!e.evidence.text.hasPrefix("READ:"))
            // Only caption events may carry the caption's date; body events carry the article's.
            #expect(e.date == "2022-03-10")
        }
    }

    @Test(arguments: [true, false]) func noEventHasTheSameCountryOnBothSides(parsed: Bool) throws {
        for e in try Self.coded(parsed).events {
            #expect(Self.side(e.source) != Self.side(e.target), "\(e.source.code) -> \(e.target?.code ?? "-")")
        }
    }

    @Test(arguments: [true, false]) func mostEventsAreBetweenPlausiblePairs(parsed: Bool) throws {
        // The states and organisations this article is about.
        let plausible: Set<String> = ["VEN", "RUS", "USA", "UKR", "IGO"]
        let events = try Self.coded(parsed).events
        #expect(!events.isEmpty)
        let good = events.filter { plausible.contains(Self.side($0.source)) && plausible.contains(Self.side($0.target)) }
        #expect(Double(good.count) >= 0.7 * Double(events.count))
    }
}
