/// The SQL behind ``EventStore/actors(matching:limit:)``, shared by both backends.
enum ActorSearch {
    /// Arguments: code lower bound, code upper bound, LIKE pattern (lowercase, `\` escapes),
    /// the same three again for the target side, then the limit.
    static let sql = """
        SELECT code, MAX(country), MAX(entity), COUNT(*) AS n FROM (
            SELECT e.source_code AS code, e.source_country AS country, e.source_entity AS entity
            FROM events e
            WHERE (e.source_code >= ? AND e.source_code < ?) OR LOWER(e.source_entity) LIKE ? ESCAPE '\\'
            UNION ALL
            SELECT e.target_code, e.target_country, e.target_entity
            FROM events e
            WHERE e.target_code IS NOT NULL
              AND ((e.target_code >= ? AND e.target_code < ?) OR LOWER(e.target_entity) LIKE ? ESCAPE '\\')
        ) sides
        GROUP BY code ORDER BY n DESC, code LIMIT ?
        """

    /// `text` with LIKE's wildcards and the escape character taken literally.
    static func escapeLike(_ text: String) -> String {
        var out = ""
        for c in text {
            if c == "\\" || c == "%" || c == "_" { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
