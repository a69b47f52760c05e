import DyadCore
import Testing
@testable import DyadStore

/// Contract bodies for the look-ups the HTTP API needs: an article by id, its events, actor
/// search and the alignment network.
extension StoreContract {
    static func readsBackAnArticleAndItsEvents(_ kind: Backend) async throws {
        try await withStore(kind) { store, _ in
            let a1 = StoreFixtures.article("a1", events: [StoreFixtures.event("a1", 0), StoreFixtures.event("a1", 1)])
            let a2 = StoreFixtures.article("a2", events: [StoreFixtures.event("a2", 0)])
            _ = try await store.write([a1, a2])
            let back = try #require(try await store.article(id: "a1"))
            #expect(back.article == Article(id: "a1", url: "https://example.org/a1", site: "example.org", title: "Title a1",
                                            published: "2022-03-10", body: ["Body of a1."], captions: ["A caption"],
                                            related: ["READ: more"], sourceFormat: "jsonl", origin: "test.jsonl:1"))
            #expect(back.eventCount == 2)
            #expect(back.storedAt.count == 14)
            #expect(try await store.article(id: "missing") == nil)
            #expect(try await store.article(id: "a1' OR '1'='1") == nil)
            let events = try await store.events(matching: EventFilter(article: "a1"), after: nil, limit: 10)
            #expect(events.map(\.event.id) == ["a1:0:0", "a1:1:0"])
        }
    }

    static func searchesActorsByCodeAndName(_ kind: Backend) async throws {
        try await withStore(kind) { store, _ in
            let putin = StoreFixtures.actor("RUSGOV", "RUS", "GOV", entity: "Vladimir Putin")
            let troops = StoreFixtures.actor("RUSMIL", "RUS", "MIL")
            let kyiv = StoreFixtures.actor("UKRGOV", "UKR", "GOV", entity: "Volodymyr Zelensky")
            let odd = StoreFixtures.actor("XYZ", nil, entity: "100% Real_Group")
            _ = try await store.write([StoreFixtures.article("s1", events: [
                StoreFixtures.event("s1", 0, source: putin, target: kyiv),
                StoreFixtures.event("s1", 1, source: kyiv, target: putin),
                StoreFixtures.event("s1", 2, source: troops, target: kyiv),
                StoreFixtures.event("s1", 3, source: odd, target: nil),
            ])])
            let rus = try await store.actors(matching: "rus", limit: 10)
            #expect(rus == [ActorSummary(code: "RUSGOV", country: "RUS", entity: "Vladimir Putin", events: 2),
                            ActorSummary(code: "RUSMIL", country: "RUS", entity: nil, events: 1)])
            #expect(try await store.actors(matching: "zelen", limit: 10).map(\.code) == ["UKRGOV"])
            #expect(try await store.actors(matching: "", limit: 2).map(\.code) == ["UKRGOV", "RUSGOV"])
            // LIKE wildcards in the query are literal characters.
            #expect(try await store.actors(matching: "%", limit: 10).map(\.code) == ["XYZ"])
            #expect(try await store.actors(matching: "r_al", limit: 10).isEmpty)
            #expect(try await store.actors(matching: "real_", limit: 10).map(\.code) == ["XYZ"])
            #expect(try await store.actors(matching: "' OR 1=1 --", limit: 10).isEmpty)
        }
    }

    static func buildsTheAlignmentNetworkOfAPeriod(_ kind: Backend) async throws {
        try await withStore(kind) { store, _ in
            let rus = StoreFixtures.actor("RUSGOV", "RUS", "GOV")
            let ukr = StoreFixtures.actor("UKRGOV", "UKR", "GOV")
            let ven = StoreFixtures.actor("VENGOV", "VEN", "GOV")
            _ = try await store.write([StoreFixtures.article("n1", events: [
                StoreFixtures.event("n1", 0, date: "2022-03-01", source: rus, target: ukr, cameo: "190"),
                StoreFixtures.event("n1", 1, date: "2022-03-02", source: rus, target: ukr, cameo: "190"),
                StoreFixtures.event("n1", 2, date: "2022-03-03", source: ven, target: rus, cameo: "051"),
                StoreFixtures.event("n1", 3, date: "2022-03-04", source: ven, target: nil, cameo: "051"),
                StoreFixtures.event("n1", 4, date: "2022-05-01", source: ukr, target: ven, cameo: "051"),
            ])])
            let pairs = try await store.dyadCounts(matching: EventFilter(from: "2022-03-01", to: "2022-03-31"))
            let network = AlignmentNetwork.build(pairs, maxEdges: 10)
            #expect(network.edges.map { "\($0.source)>\($0.target):\($0.events)" } == ["RUSGOV>UKRGOV:2", "VENGOV>RUSGOV:1"])
            #expect(network.edges[0].goldstein == -20)
            #expect(network.nodes.map(\.actor) == ["RUSGOV", "UKRGOV", "VENGOV"])
            #expect(network.nodes[0].events == 3)
            #expect(network.nodes[0].goldstein == -16.6)
            let top = AlignmentNetwork.build(pairs, maxEdges: 1)
            #expect(top.edges.count == 1 && top.omittedEdges == 1 && top.nodes.count == 2)
        }
    }
}
