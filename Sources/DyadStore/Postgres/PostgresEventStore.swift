/// The shared store: PostgreSQL through postgres-nio, for many concurrent `dyad ingest` workers.
public final class PostgresEventStore: SQLEventStore, @unchecked Sendable {
    public let location: PostgresLocation

    /// Connects (failing fast when the server cannot be reached) and applies pending migrations.
    public static func open(_ location: PostgresLocation) async throws -> PostgresEventStore {
        let db = try await PostgresDatabase.connect(location)
        do {
            try await db.migrate(Migration.all)
        } catch {
            try? await db.close()
            throw error
        }
        return PostgresEventStore(location: location, database: db)
    }

    private init(location: PostgresLocation, database: PostgresDatabase) {
        self.location = location
        super.init(database: database)
    }
}
