/// The few things the shared store logic needs from a database connection.
protocol SQLDatabase: Sendable {
    var dialect: SQLDialect { get }
    /// Runs a statement with `?` placeholders and returns its rows.
    func rows(_ sql: String, _ args: [SQLValue]) async throws -> [[SQLValue]]
    /// Runs the writes in one transaction. For each: the near-duplicate probe when there is
    /// one (a match gets the URLs and nothing else), else the article insert, its events only
    /// if the insert added a row, and its URLs. Then, in key order, what the new articles'
    /// events add to `dyad_actors` and `dyad_days` (during a bulk load, to `dyad_days_pending`). Returns what each write did.
    func write(_ writes: [ArticleWrite]) async throws -> [WriteOutcome]
    /// Starts a bulk load (``BulkLoad``) unless `onlyIfEmpty` and the store holds events;
    /// returns whether a load is under way now, one begun earlier and not finished included.
    func beginBulkLoad(onlyIfEmpty: Bool, startedAt: String) async throws -> Bool
    /// Finishes the bulk load under way, if any.
    func finishBulkLoad() async throws
    /// Applies the migrations not yet applied, each in its own transaction.
    func migrate(_ migrations: [Migration]) async throws
    /// Names of applied migrations, in order.
    func appliedMigrations() async throws -> [String]
    func close() async throws
}
