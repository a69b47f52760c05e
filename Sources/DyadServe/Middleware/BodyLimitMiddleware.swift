import Hummingbird

/// Refuses a request whose declared body is larger than the limit with 413, before reading it.
/// Handlers that read a body still read at most the limit (chunked bodies declare no length).
struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let maxBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let declared = request.headers[.contentLength] {
            guard let n = Int(declared), n >= 0 else { throw ServeError.badRequest("malformed Content-Length") }
            if n > maxBytes { throw ServeError(.contentTooLarge, "request body of \(n) bytes is over the limit of \(maxBytes) bytes") }
        }
        return try await next(request, context)
    }
}
