import Hummingbird

/// Who may write: a request with `Authorization: Bearer <token>` when a token is configured;
/// nobody when none is.
struct WriteAccess: Sendable {
    let token: String?

    func check(_ request: Request) throws {
        guard let token else {
            throw ServeError(.forbidden, "writes are off: start dyad serve with DYAD_TOKEN set to allow them")
        }
        let challenge: HTTPFields = [.wwwAuthenticate: "Bearer realm=\"dyad\""]
        guard let header = request.headers[.authorization] else {
            throw ServeError(.unauthorized, "missing Authorization: Bearer token", headers: challenge)
        }
        let prefix = "Bearer "
        guard header.count > prefix.count, header.prefix(prefix.count).lowercased() == prefix.lowercased(),
              Self.constantTimeEqual(Array(header.utf8.dropFirst(prefix.utf8.count)), Array(token.utf8)) else {
            throw ServeError(.unauthorized, "wrong bearer token", headers: challenge)
        }
    }

    /// Compares without stopping at the first difference, so timing tells nothing of the token.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var diff = UInt8(a.count == b.count ? 0 : 1)
        for i in 0..<max(a.count, b.count) {
            diff |= (i < a.count ? a[i] : 0) ^ (i < b.count ? b[i] : 0)
        }
        return diff == 0
    }
}
