import DyadCore

/// Reads a whole store out for the export writers, page by page so memory stays bounded.
public struct StoreExport: Sendable {
    public let store: any EventStore
    public var pageSize = 5000

    public init(store: any EventStore) {
        self.store = store
    }

    /// Every stored event, ordered by id.
    public func forEachEvent(_ body: (StoredEvent) throws -> Void) async throws {
        var after: String?
        while true {
            let page = try await store.events(matching: EventFilter(), after: after, limit: pageSize)
            for e in page { try body(e) }
            guard page.count == pageSize, let last = page.last else { return }
            after = last.event.id
        }
    }

    struct GroupKey: Hashable {
        var day: String?
        var source: String
        var target: String?
        var cameo: String
    }

    /// The GDELT event table (one row per aggregate, GLOBALEVENTID 1, 2, ... in the view's
    /// order) and, when `mention` is given, the mentions table.
    public func gdelt(event: (String) throws -> Void, mention: ((String) throws -> Void)?) async throws {
        let groups = try await store.aggregates()
        let writer = GDELTEventWriter()
        var ids: [GroupKey: Int] = [:]
        for start in stride(from: 0, to: groups.count, by: 500) {
            let chunk = groups[start..<min(start + 500, groups.count)]
            var firsts: [String: StoredEvent] = [:]
            for e in try await store.events(ids: chunk.map(\.firstEventID)) { firsts[e.event.id] = e }
            for (k, g) in zip(chunk.indices, chunk) {
                let id = k + 1
                ids[GroupKey(day: g.day, source: g.source, target: g.target, cameo: g.cameo)] = id
                guard let first = firsts[g.firstEventID] else {
                    throw StoreError.corrupt("aggregate's first event \(g.firstEventID) is missing")
                }
                try event(writer.row(id: id, aggregate: g, first: first))
            }
        }
        guard let mention else { return }
        let mentions = GDELTMentionWriter()
        try await forEachEvent { s in
            let e = s.event
            guard let id = ids[GroupKey(day: e.date, source: e.source.code, target: e.target?.code, cameo: e.cameo)] else {
                throw StoreError.corrupt("event \(e.id) belongs to no aggregate")
            }
            try mention(mentions.row(id: id, mention: s))
        }
    }
}
