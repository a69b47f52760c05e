import DyadCore

/// An evidence sentence cut into runs of plain text and the parts an event was coded from:
/// source, verb and target. Spans count Unicode scalars, so the cutting happens here and
/// clients need no offset arithmetic.
public struct EvidenceHighlight: Sendable, Hashable, Encodable {
    public enum Role: String, Sendable, Hashable, Encodable {
        case source, verb, target
    }

    public struct Segment: Sendable, Hashable, Encodable {
        public var text: String
        /// Nil for plain text.
        public var role: Role?
    }

    public var segments: [Segment]

    /// Cuts `evidence.text`; spans out of range are clipped, and where spans overlap the
    /// source wins over the target, the target over the verb.
    public init(_ evidence: Evidence) {
        let scalars = Array(evidence.text.unicodeScalars)
        var roles = [Role?](repeating: nil, count: scalars.count)
        for (span, role) in [(evidence.sourceSpan, Role.source), (evidence.targetSpan, .target), (evidence.verbSpan, .verb)] {
            guard let span else { continue }
            let lo = max(0, min(span.start, scalars.count))
            let hi = max(lo, min(span.end, scalars.count))
            for i in lo..<hi where roles[i] == nil { roles[i] = role }
        }
        var segments: [Segment] = []
        var start = 0
        while start < scalars.count {
            var end = start + 1
            while end < scalars.count && roles[end] == roles[start] { end += 1 }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            segments.append(Segment(text: String(text), role: roles[start]))
            start = end
        }
        self.segments = segments
    }
}
