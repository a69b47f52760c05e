import DyadCore

extension DependencyParser {
    /// The parser whose weights are the mean of `parsers`' weights (see `LinearModel.mean`),
    /// without averages of magnitude `threshold` or less. Its transition scores are the means of
    /// the parsers' scores, so it parses like an ensemble of them at the cost of one parser.
    /// The parsers must share the relation list (in the same order), the direction and the beam
    /// width and the feature set; `file` names each in the errors.
    public static func mean(of parsers: [(parser: DependencyParser, file: String)],
                            threshold: Float = 0) throws -> DependencyParser {
        guard let (first, firstFile) = parsers.first else { throw DyadError.usage("no parsers to average") }
        for (p, file) in parsers.dropFirst() {
            if p.labels != first.labels {
                let extra = Set(p.labels).symmetricDifference(first.labels).sorted()
                let detail = extra.isEmpty ? "the same relations in another order" : "differing in \(extra.joined(separator: ", "))"
                throw DyadError.badData(file: file, line: nil, reason: "relation list differs from \(firstFile)'s (\(p.labels.count) against \(first.labels.count) relations, \(detail))")
            }
            if p.direction != first.direction {
                throw DyadError.badData(file: file, line: nil, reason: "direction \(p.direction.rawValue) differs from \(firstFile)'s (\(first.direction.rawValue))")
            }
            if p.featureSet != first.featureSet {
                throw DyadError.badData(file: file, line: nil, reason: "feature set \(p.featureSet.name) differs from \(firstFile)'s (\(first.featureSet.name))")
            }
            if p.beamWidth != first.beamWidth {
                throw DyadError.badData(file: file, line: nil, reason: "beam width \(p.beamWidth) differs from \(firstFile)'s (\(first.beamWidth))")
            }
        }
        guard let model = LinearModel.mean(of: parsers.map(\.parser.model), threshold: threshold) else {
            let smallest = parsers.min { $0.parser.model.slots.count < $1.parser.model.slots.count }!
            throw DyadError.usage("the mean of \(parsers.map(\.file).joined(separator: ", ")) has too many features for a table of \(smallest.parser.model.slots.count) slots, that of \(smallest.file) (a mean's table can be no larger than its inputs'); prune at a higher threshold")
        }
        return DependencyParser(labels: first.labels, model: model, beamWidth: first.beamWidth, direction: first.direction,
                                featureSet: first.featureSet)
    }
}
