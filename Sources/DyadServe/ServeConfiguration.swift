/// How `dyad serve` listens and what it accepts.
public struct ServeConfiguration: Sendable, Hashable {
    /// Address to bind; loopback by default, so nothing is exposed unless asked.
    public var host: String
    public var port: Int
    /// Largest request body accepted; larger bodies get 413.
    public var maxBodyBytes: Int
    /// The bearer token that writes need. Without one, writes are off.
    public var token: String?

    public static let defaultMaxBodyBytes = 1 << 20

    public init(host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = defaultMaxBodyBytes, token: String? = nil) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether `POST /api/articles` and other writes are accepted.
    public var writesEnabled: Bool { token != nil }
}
