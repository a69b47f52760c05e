import Testing

/// Expects `body` to throw an error that describes itself as `message` (dyad's errors name the
/// file and line: `bad.actors:3: ...`), and records an issue if it throws nothing.
public func expectError(_ message: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("expected the error \(message.debugDescription)", sourceLocation: sourceLocation)
    } catch {
        #expect("\(error)" == message, sourceLocation: sourceLocation)
    }
}
