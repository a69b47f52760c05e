import DyadCore
import DyadExtract
import DyadText
import Foundation

/// Reads articles from the inputs named on the command line in batches sized for parallel
/// coding, filling in a default date. Shared by `dyad code` and `dyad ingest`.
struct ArticleBatches {
    var input: ArticleInput
    var defaultDate: CalendarDate?
    var batchSize = 4 * max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Calls `body` with each batch (the last may be short) and `failed` with each bad item
    /// (default: report it on stderr). Returns the number of bad items.
    @discardableResult
    func read(_ names: [String], failed: (DyadError) -> Void = { Diagnostics.report($0.description) },
              _ body: ([Article]) -> Void) -> Int {
        var batch: [Article] = []
        var failures = 0
        for name in names.isEmpty ? ["-"] : names {
            input.read(name) { result in
                switch result {
                case var .success(article):
                    if article.published == nil, let d = defaultDate { article.published = d.description }
                    batch.append(article)
                    if batch.count >= batchSize {
                        body(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                case let .failure(error):
                    failures += 1
                    failed(error)
                }
            }
        }
        if !batch.isEmpty { body(batch) }
        return failures
    }
}
