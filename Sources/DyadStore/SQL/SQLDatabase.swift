/// The few things the shared store logic needs from a database connection.
protocol SQLDatabase: Sendable {
    var dialect: SQLDialect { get }
    /// Runs a statement with `?` placeholders and returns its rows.
    func rows(_ sql: String, _ args: [SQLValue]) async throws -> [[SQLValue]]
    /// Runs each write in one transaction: the article insert, then its dependents only if the
    /// insert returned a row. Returns, per write, whether the article was inserted.
    func write(_ writes: [ArticleWrite]) async throws -> [Bool]
    /// Applies the migrations not yet applied, each in its own transaction.
    func migrate(_ migrations: [Migration]) async throws
    /// Names of applied migrations, in order.
    func appliedMigrations() async throws -> [String]
    func close() async throws
}
