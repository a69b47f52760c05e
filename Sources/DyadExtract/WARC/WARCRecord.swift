/// One WARC record: its named header fields and its content block.
public struct WARCRecord: Sendable {
    /// Byte offset of the record in the file (for a .warc.gz, of the gzip member it starts in).
    public var offset: Int
    /// `WARC/1.0` or `WARC/1.1`.
    public var version: String
    /// Header fields by lowercased name (`warc-type`, `warc-target-uri`, `content-type`, ...).
    public var fields: [String: String]
    public var block: [UInt8]

    public var type: String { fields["warc-type"]?.lowercased() ?? "" }
    public var targetURI: String? {
        fields["warc-target-uri"].map { uri in
            // WARC 1.0 wrote the URI in angle brackets.
            uri.hasPrefix("<") && uri.hasSuffix(">") ? String(uri.dropFirst().dropLast()) : uri
        }
    }
}
