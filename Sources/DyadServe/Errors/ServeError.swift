import Foundation
import Hummingbird

/// Every error a client sees: a status and one message, as `{"error": "...", "status": N}`.
/// Internal details (SQL, stack traces, file paths) never go into the message.
public struct ServeError: Error, HTTPResponseError, Sendable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var message: String
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    public static func badRequest(_ message: String) -> ServeError { ServeError(.badRequest, message) }
    public static func notFound(_ message: String) -> ServeError { ServeError(.notFound, message) }

    public var description: String { "\(status.code) \(message)" }

    struct Body: Encodable {
        var error: String
        var status: Int
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try JSONBody(Body(error: message, status: status.code), status: status).response(from: request, context: context)
        response.headers.append(contentsOf: headers)
        return response
    }
}
