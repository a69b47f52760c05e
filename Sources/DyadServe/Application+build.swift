import DyadCoder
import DyadIngest
import DyadStore
import Hummingbird
import Logging

/// The router with every route of the API and the dashboard, and the middleware around them:
/// request metrics, security headers, errors as JSON, the body limit.
///
/// ```swift
/// let router = try buildRouter(store: store, coder: coder, configuration: ServeConfiguration(token: "s3cret"))
/// let app = Application(router: router)
/// ```
public func buildRouter(store: any EventStore, coder: EventCoder, configuration: ServeConfiguration,
                        metrics: ServeMetrics = ServeMetrics(), assets: DashboardAssets? = nil) throws -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: RequestMetricsMiddleware(metrics: metrics))
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: BodyLimitMiddleware(maxBytes: configuration.maxBodyBytes))

    let ingester = ArticleIngester(coder: coder, store: store, jobs: 1)
    EventRoutes(store: store).add(to: router)
    TimelineRoutes(store: store).add(to: router)
    NetworkRoutes(store: store).add(to: router)
    DyadRoutes(store: store).add(to: router)
    ActorRoutes(store: store).add(to: router)
    ArticleRoutes(store: store, ingester: ingester, access: WriteAccess(token: configuration.token),
                  maxBodyBytes: configuration.maxBodyBytes, metrics: metrics).add(to: router)
    HealthRoutes(store: store, metrics: metrics, writesEnabled: configuration.writesEnabled).add(to: router)
    DashboardRoutes(assets: try assets ?? DashboardAssets.load()).add(to: router)
    return router
}

/// The HTTP application of `dyad serve`, bound to `configuration.host` and `port`.
/// `onServerRunning` is called with the bound port once the server listens.
public func buildApplication(store: any EventStore, coder: EventCoder, configuration: ServeConfiguration,
                             onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) throws -> some ApplicationProtocol {
    let router = try buildRouter(store: store, coder: coder, configuration: configuration)
    var logger = Logger(label: "dyad.serve")
    logger.logLevel = .notice
    return Application(
        router: router,
        configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "dyad"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
}
