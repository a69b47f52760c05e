/// A bulk load: many events written into a store that holds few, with the work that random
/// keys make expensive left to the end.
///
/// Each event adds an entry to the events' secondary indexes (article, date, source and target
/// code) and a row to `dyad_days`, at a random place in each b-tree. A commit writes every page
/// it dirtied, so at 1,000 events per commit nearly every event costs a page per tree. While a
/// load is under way the four indexes are dropped and nothing is added to `dyad_days` by the
/// write transactions; finishing adds the load's events to `dyad_days` in key order, rebuilds
/// the indexes (a sort, not a million random inserts) and ends the load, all in one
/// transaction. SQLite finds the load's events by rowid (every row above `first_event`, the
/// largest when the load began) and folds them from the events table; PostgreSQL, and SQLite
/// for a load begun before migration v7, append one `dyad_days_pending` row per event as they
/// write and fold those.
///
/// Every write transaction still commits its articles and events: a load that is killed keeps
/// everything committed, and the next `beginBulkLoad` (the next ingest) carries it on. Until
/// it finishes, timelines and networks count the events themselves (`dyad_days` misses the
/// pending rows), so every query answers as it would without the load, only more slowly.
enum BulkLoad {
    /// The indexes a load drops, with the statements that rebuild them (as migration v1 made them).
    static let deferredIndexes: [(name: String, create: String)] = [
        ("events_article", "CREATE INDEX IF NOT EXISTS events_article ON events (article_id)"),
        ("events_date", "CREATE INDEX IF NOT EXISTS events_date ON events (date)"),
        ("events_source", "CREATE INDEX IF NOT EXISTS events_source ON events (source_code, date)"),
        ("events_target", "CREATE INDEX IF NOT EXISTS events_target ON events (target_code, date)"),
    ]

    /// One row (its start) while a load is under way, none otherwise.
    static let activeSQL = "SELECT started_at FROM bulk_load"

    static let hasEventsSQL = "SELECT 1 FROM events LIMIT 1"

    static let beginSQL = "INSERT INTO bulk_load (id, started_at) VALUES (1, ?) ON CONFLICT (id) DO NOTHING"

    /// SQLite: the load's events are those above the largest rowid of `events` now (migration
    /// v7); its writes append nothing to `dyad_days_pending`.
    static let beginFromEventsSQL = "INSERT INTO bulk_load (id, started_at, first_event) "
        + "VALUES (1, ?, (SELECT COALESCE(MAX(rowid), 0) FROM events)) ON CONFLICT (id) DO NOTHING"

    /// The rowid above which the load's events lie (SQLite), or NULL: its writes append to
    /// `dyad_days_pending`. No row: no load under way.
    static let firstEventSQL = "SELECT first_event FROM bulk_load"

    static let dropIndexes = deferredIndexes.map { "DROP INDEX IF EXISTS \($0.name)" }

    /// A one-row append to `dyad_days_pending`, columns in ``DyadDays/columns`` order.
    static let pendingInsertSQL = DyadDays.pendingSQL(rows: 1)

    /// Adds the pending rows to `dyad_days`, summed per key, in the order of its primary key.
    /// SQLite sorts the rows and lets the upsert sum the rare repeated keys as it meets them
    /// (an insert in key order appends to the b-tree); summing them first with GROUP BY cost
    /// half as much again. PostgreSQL's upsert cannot touch a row twice in one statement, so
    /// there the rows are summed with GROUP BY, grouped in key order.
    static func foldSQL(_ dialect: SQLDialect) -> String {
        let key = "source_code, target_code, day, cameo, quad, source_country, target_country"
        let columns = "day, source_code, source_country, target_code, target_country, cameo, quad"
        let select: String
        switch dialect {
        case .sqlite:
            select = "SELECT \(columns), events, mentions, goldstein FROM dyad_days_pending WHERE 1 = 1 ORDER BY \(key)"
        case .postgres:
            select = "SELECT \(columns), SUM(events), SUM(mentions), SUM(goldstein) FROM dyad_days_pending WHERE 1 = 1 "
                + "GROUP BY \(key)"
        }
        return "INSERT INTO dyad_days (\(DyadDays.columns.joined(separator: ", "))) \(select)"
            + " ON CONFLICT (\(key)) DO UPDATE SET"
            + " events = dyad_days.events + excluded.events, mentions = dyad_days.mentions + excluded.mentions,"
            + " goldstein = dyad_days.goldstein + excluded.goldstein"
    }

    /// SQLite: adds the load's events (rowid above the one bound) to `dyad_days` straight from
    /// the events table, in the order of its primary key, as ``foldSQL(_:)`` adds pending rows
    /// (one row per event, the upsert summing repeated keys). Missing values become `''`, as
    /// in every write of `dyad_days`.
    static let foldEventsSQL = "INSERT INTO dyad_days (\(DyadDays.columns.joined(separator: ", "))) "
        + "SELECT COALESCE(date, ''), source_code, COALESCE(source_country, ''), COALESCE(target_code, ''), "
        + "COALESCE(target_country, ''), cameo, quad, 1, mentions, goldstein FROM events WHERE rowid > ? "
        // The key's columns by position: source_code, target_code, day, cameo, quad, the countries.
        + "ORDER BY 2, 4, 1, 6, 7, 3, 5"
        + " ON CONFLICT (source_code, target_code, day, cameo, quad, source_country, target_country) DO UPDATE SET"
        + " events = dyad_days.events + excluded.events, mentions = dyad_days.mentions + excluded.mentions,"
        + " goldstein = dyad_days.goldstein + excluded.goldstein"

    /// What finishing a load runs, in one transaction (SQLite: with ``foldEventsSQL`` after the
    /// pending rows' fold when the load began at a known rowid).
    static func finishStatements(_ dialect: SQLDialect) -> [String] {
        [foldSQL(dialect), "DELETE FROM dyad_days_pending"] + deferredIndexes.map(\.create) + ["DELETE FROM bulk_load"]
    }
}
