/// Bounds on what one input may hold, so a bad file gives an error instead of exhausting memory.
public struct InputLimits: Sendable {
    /// Largest article text accepted, in bytes.
    public var maxArticleBytes: Int = 8 << 20
    /// Longest paragraph (or JSONL line) accepted, in bytes.
    public var maxLineBytes: Int = 1 << 20

    public init() {}
}
