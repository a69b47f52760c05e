import DyadCore
import DyadExtract
import DyadIngest
import DyadText
import Foundation

/// Reads articles from the inputs named on the command line in batches sized for parallel
/// coding, filling in a default date. Shared by `dyad code`, `dyad ingest` and `dyad bench ingest`.
struct ArticleBatches {
    var input: ArticleInput
    var defaultDate: CalendarDate?
    var batchSize = 4 * max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Calls `body` with each batch (the last may be short) and `failed` with each bad item
    /// (default: report it on stderr). Folders and glob patterns among `names` stand for the
    /// files they hold (``InputPaths``). Returns the number of bad items. Everything happens on
    /// the calling thread.
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
        case batch([PendingArticle])
        case failure(DyadError)
    }

    private enum Outcome<T: Sendable>: Sendable {
        case done(Article, T)
        case failed(DyadError)
        case skipped
    }

    /// Reads the inputs on a thread of their own, at most a few batches ahead, and extracts and
    /// transforms the articles in parallel on `jobs` threads (all cores when nil; with 1, on the
    /// calling thread alone).
    ///
    /// The reader thread only reads: files, JSON Lines, feeds, and the records of WARC archives.
    /// The costly part of each item, extracting an HTML page's article and `transform` (coding
    /// it), is one work item of the parallel stage, so extraction runs on all cores next to
    /// coding. Batches reach `body` and bad items `failed` on the calling thread, in input order;
    /// at most a few batches of raw pages are held at once, so memory stays bounded.
    @discardableResult
    func readAhead<T: Sendable>(_ names: [String], jobs: Int? = nil,
                                failed: (DyadError) -> Void = { Diagnostics.report($0.description) },
                                transform: @escaping @Sendable (Article) -> T,
                                _ body: ([(article: Article, result: T)]) -> Void) -> Int {
        let queue = BoundedQueue<Item>(capacity: 4)
        // The reader thread is the only one that uses the input (and its notes callback).
        nonisolated(unsafe) let input = self.input
        let size = batchSize
        let thread = Thread {
            var batch: [PendingArticle] = []
            var input = input
            // A live stream (JSON Lines on a pipe) that pauses: code what has come so far.
            input.waiting = {
                guard !batch.isEmpty else { return }
                queue.put(.batch(batch))
                batch.removeAll(keepingCapacity: true)
            }
            for name in InputPaths.expand(names.isEmpty ? ["-"] : names) {
                input.readPending(name) { result in
                    switch result {
                    case let .success(item):
                        batch.append(item)
                        if batch.count >= size {
                            queue.put(.batch(batch))
                            batch.removeAll(keepingCapacity: true)
                        }
                    case let .failure(error):
                        queue.put(.failure(error))
                    }
                }
            }
            if !batch.isEmpty { queue.put(.batch(batch)) }
            queue.close()
        }
        // Deeply nested input gives deep recursion in some readers: give the thread room.
        thread.stackSize = 64 << 20
        thread.start()
        let defaultDate = self.defaultDate?.description
        var failures = 0
        while let item = queue.take() {
            switch item {
            case let .batch(items):
                let outcomes = items.concurrentMap(jobs: jobs) { pending -> Outcome<T> in
                    switch pending.article() {
                    case var .success(article)?:
                        if article.published == nil, let d = defaultDate { article.published = d }
                        return .done(article, transform(article))
                    case let .failure(error)?:
                        return .failed(error)
                    case nil:
                        return .skipped
                    }
                }
                var done: [(article: Article, result: T)] = []
                done.reserveCapacity(outcomes.count)
                for o in outcomes {
                    switch o {
                    case let .done(a, r): done.append((a, r))
                    case let .failed(error):
                        failures += 1
                        failed(error)
                    case .skipped: break
                    }
                }
                if !done.isEmpty { body(done) }
            case let .failure(error):
                failures += 1
                failed(error)
            }
        }
        return failures
    }
}
