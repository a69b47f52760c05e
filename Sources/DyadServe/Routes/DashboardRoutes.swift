import Hummingbird

/// `GET /` (the dashboard page) and `GET /static/{name}` (its CSS and JavaScript).
struct DashboardRoutes: Sendable {
    let assets: DashboardAssets

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in try serve("index.html", request) }
        router.get("/static/{name}") { request, context in
            let name = try context.parameters.require("name")
            guard DashboardAssets.isPlainName(name) else { throw ServeError.badRequest("bad file name") }
            return try serve(name, request)
        }
    }

    func serve(_ name: String, _ request: Request) throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        guard let asset = assets.asset(named: name) else { throw ServeError.notFound("no such file") }
        return Response(status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "no-cache"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: asset.bytes)))
    }
}
