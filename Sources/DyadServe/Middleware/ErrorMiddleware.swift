import Hummingbird
import Logging

/// Turns every error into a JSON response: the error's own status and message when it is an
/// HTTP error, else a plain 500 with no detail (the detail goes to the log, not the client).
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServeError {
            return try error.response(from: request, context: context)
        } catch let error as HTTPError {
            return try Self.mapped(error.status, error.body, headers: error.headers).response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            return try Self.mapped(error.status, nil, headers: [:]).response(from: request, context: context)
        } catch {
            context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return try ServeError(.internalServerError, "internal error").response(from: request, context: context)
        }
    }

    static func mapped(_ status: HTTPResponse.Status, _ message: String?, headers: HTTPFields) -> ServeError {
        let text: String
        switch status {
        case .notFound: text = message ?? "no such route"
        case .contentTooLarge: text = message ?? "request body too large"
        case .methodNotAllowed: text = message ?? "method not allowed"
        default: text = message ?? status.reasonPhrase
        }
        return ServeError(status, text, headers: headers)
    }
}
