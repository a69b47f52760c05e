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
    /// (default: report it on stderr). Folders and glob patterns among `names` stand for the
    /// files they hold (``InputPaths``). Returns the number of bad items.
    @discardableResult
    func read(_ names: [String], failed: (DyadError) -> Void = { Diagnostics.report($0.description) },
              _ body: ([Article]) -> Void) -> Int {
        var batch: [Article] = []
        var failures = 0
        for name in InputPaths.expand(names.isEmpty ? ["-"] : names) {
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

extension ArticleBatches {
    private enum Item {
        case batch([Article])
        case failure(DyadError)
    }

    /// Like ``read(_:failed:_:)``, but the inputs are read and extracted on a thread of their own,
    /// at most two batches ahead, while `body` codes the batch before: reading HTML and WARC
    /// then uses a core too instead of leaving the coders waiting. Batches and failures reach
    /// `body` and `failed` on the calling thread, in input order.
    @discardableResult
    func readAhead(_ names: [String], failed: (DyadError) -> Void = { Diagnostics.report($0.description) },
                   _ body: ([Article]) -> Void) -> Int {
        let queue = BoundedQueue<Item>(capacity: 4)
        nonisolated(unsafe) let reader = self
        let thread = Thread {
            reader.read(names, failed: { queue.put(.failure($0)) }) { queue.put(.batch($0)) }
            queue.close()
        }
        // Deeply nested pages recurse deeply in the HTML reader: give it the main thread's room.
        thread.stackSize = 64 << 20
        thread.start()
        var failures = 0
        while let item = queue.take() {
            switch item {
            case let .batch(articles): body(articles)
            case let .failure(error):
                failures += 1
                failed(error)
            }
        }
        return failures
    }
}
