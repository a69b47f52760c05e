/// The alignment network of a period: actors as nodes, directed edges carrying event counts and
/// net Goldstein (positive: cooperation outweighs conflict).
public struct AlignmentNetwork: Sendable, Hashable, Codable {
    public struct Node: Sendable, Hashable, Codable {
        public var actor: String
        /// Events on the kept edges with the actor on either side.
        public var events: Int
        /// Net Goldstein of those events.
        public var goldstein: Double
    }

    public struct Edge: Sendable, Hashable, Codable {
        public var source: String
        public var target: String
        public var events: Int
        /// Net (summed) Goldstein of the edge's events.
        public var goldstein: Double
    }

    public var nodes: [Node]
    public var edges: [Edge]
    /// Edges left out because only the `maxEdges` busiest are kept.
    public var omittedEdges: Int

    enum CodingKeys: String, CodingKey {
        case nodes, edges
        case omittedEdges = "omitted_edges"
    }

    /// Builds the network from per-pair counts: events without a target and self-loops are
    /// left out; the `maxEdges` busiest edges are kept (ties by source, then target).
    public static func build(_ pairs: [DyadCount], maxEdges: Int) -> AlignmentNetwork {
        let all = pairs.compactMap { p -> Edge? in
            guard let t = p.target, t != p.source else { return nil }
            return Edge(source: p.source, target: t, events: p.count, goldstein: round3(p.goldsteinSum))
        }.sorted { a, b in
            if a.events != b.events { return a.events > b.events }
            return (a.source, a.target) < (b.source, b.target)
        }
        let kept = Array(all.prefix(max(0, maxEdges)))
        var totals: [String: (events: Int, goldstein: Double)] = [:]
        for e in kept {
            for actor in [e.source, e.target] {
                totals[actor, default: (0, 0)].events += e.events
                totals[actor, default: (0, 0)].goldstein += e.goldstein
            }
        }
        let nodes = totals.map { Node(actor: $0.key, events: $0.value.events, goldstein: round3($0.value.goldstein)) }
            .sorted { a, b in a.events != b.events ? a.events > b.events : a.actor < b.actor }
        return AlignmentNetwork(nodes: nodes, edges: kept, omittedEdges: all.count - kept.count)
    }

    static func round3(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }
}
