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

    /// Batches handed to the workers and not yet delivered, at most: with the reader's queue,
    /// this bounds the pages held at once.
    static let batchesInFlight = 3

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
        let work: @Sendable (PendingArticle) -> Outcome<T> = { pending in
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
        var failures = 0
        func deliver(_ outcomes: [Outcome<T>]) {
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
        }
        let threads = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        guard threads > 1 else {
            // One job: the calling thread does all the work, batch by batch.
            while let item = queue.take() {
                switch item {
                case let .batch(items): deliver(items.map(work))
                case let .failure(error):
                    failures += 1
                    failed(error)
                }
            }
            return failures
        }
        // Several jobs: worker threads go from one batch to the next without waiting for the
        // slowest item of each, while this thread hands finished batches to `body` in input
        // order. A bad item read between batches is reported in its place, as an empty batch.
        let pool = PipelinedMap<PendingArticle, Outcome<T>, DyadError?>(jobs: threads, transform: work)
        defer { pool.finish() }
        func hand(_ finished: (outputs: [Outcome<T>], tag: DyadError?)) {
            if let error = finished.tag {
                failures += 1
                failed(error)
            }
            deliver(finished.outputs)
        }
        var readerDone = false
        while true {
            if let finished = pool.takeOldest(waitingUntil: Date()) {
                hand(finished)
                continue
            }
            if !readerDone && pool.pending < Self.batchesInFlight {
                // Wait for the reader only when the workers have nothing; else just look.
                let next: BoundedQueue<Item>.Polled
                if pool.pending == 0 {
                    next = queue.take().map { .item($0) } ?? .closed
                } else {
                    next = queue.poll()
                }
                switch next {
                case let .item(.batch(items)):
                    pool.submit(items, tag: nil)
                    continue
                case let .item(.failure(error)):
                    pool.submit([], tag: error)
                    continue
                case .closed:
                    readerDone = true
                    continue
                case .empty:
                    break
                }
            }
            guard pool.pending > 0 else { break }
            // The workers are busy: wait a little for the oldest batch, then look at the reader again.
            if let finished = pool.takeOldest(waitingUntil: Date(timeIntervalSinceNow: 0.002)) { hand(finished) }
        }
        return failures
    }
}
