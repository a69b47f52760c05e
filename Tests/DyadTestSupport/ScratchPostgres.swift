import Foundation
@testable import DyadStore

/// The PostgreSQL server the tests may use, named by `DYAD_TEST_POSTGRES_URL`
/// (e.g. `postgres://postgres@127.0.0.1:55432/postgres`); tests that need it skip without it.
public enum TestPostgres {
    /// The server's URL, or nil when the variable is unset or empty.
    public static let url: String? = {
        let v = ProcessInfo.processInfo.environment["DYAD_TEST_POSTGRES_URL"]
        return (v?.isEmpty ?? true) ? nil : v
    }()

    /// Runs `body` with a new, empty database named `<prefix>_<random>` on the test server (its
    /// location and its URL), and drops the database when `body` returns or throws, so a test
    /// run leaves no databases behind.
    public static func withScratchDatabase<T>(_ prefix: String, isolation: isolated (any Actor)? = #isolation,
                                              _ body: (PostgresLocation, String) async throws -> T) async throws -> T {
        guard let server = url else { throw ScratchDatabaseError.noServer }
        let admin = try PostgresLocation(parsing: server)
        let name = prefix + "_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        try await execute("CREATE DATABASE \(name)", on: admin)
        var location = admin
        location.database = name
        guard var components = URLComponents(string: server) else { throw ScratchDatabaseError.badURL(server) }
        components.path = "/" + name
        guard let databaseURL = components.string else { throw ScratchDatabaseError.badURL(server) }
        let result: T
        do {
            result = try await body(location, databaseURL)
        } catch {
            try? await execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", on: admin)
            throw error
        }
        try await execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", on: admin)
        return result
    }

    private static func execute(_ sql: String, on location: PostgresLocation) async throws {
        let db = try await PostgresDatabase.connect(location)
        do {
            _ = try await db.rows(sql, [])
        } catch {
            try? await db.close()
            throw error
        }
        try await db.close()
    }
}

enum ScratchDatabaseError: Error, CustomStringConvertible {
    case noServer
    case badURL(String)

    var description: String {
        switch self {
        case .noServer: "DYAD_TEST_POSTGRES_URL is not set"
        case let .badURL(url): "DYAD_TEST_POSTGRES_URL is not a URL: \(url)"
        }
    }
}
