import ArgumentParser
import DyadCoder
import DyadCore
import DyadExtract
import DyadStore
import Foundation

extension Dyad {
    /// `dyad ingest`: code articles and keep them, with their events, in a store.
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Code articles and store them with their events; rerunning skips articles already stored.",
            discussion: """
                Reads each FILE (or stdin for '-') like 'dyad code': text, JSON Lines, HTML pages, \
                RSS/Atom feeds and WARC archives, found by content; a folder is read recursively and a \
                quoted glob is expanded. Articles are coded in parallel (--jobs). Each batch of \
                articles and their events is written in one transaction; an article already in the \
                store (by id: the input's id, else a hash of the body) is skipped, so an interrupted \
                run can simply be run again, and many processes may ingest into one PostgreSQL \
                database at once. A near duplicate of a stored article (a body whose SimHash is within \
                3 bits of the stored one's) is not stored again: its normalized URL is added to the \
                stored article. Bad items are reported on stderr with file, line or byte offset and \
                reason, and skipped; the exit status is then 1.
                """)

        @Argument(help: "Article files, folders (read recursively), glob patterns, or '-' for stdin.")
        var files: [String] = []

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Articles coded in parallel (default: all cores).")
        var jobs: Int?

        @Option(name: .customLong("input-format"), help: "How to read the inputs: auto, text, jsonl, html, feed or warc.")
        var inputFormat: InputFormat = .auto

        @Flag(help: "Store near-duplicate articles as articles of their own instead of adding their URLs to the stored one.")
        var keepNearDuplicates = false

        @Option(help: "Date (YYYY-MM-DD) for articles that carry none.")
        var date: String?

        @OptionGroup var dictionaryOptions: DictionaryOptions
        @OptionGroup var structureOptions: StructureOptions

        func validate() throws {
            _ = try parseDateOption(date)
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
            if files.isEmpty && isatty(0) != 0 {
                throw ValidationError("No input: name article files, or pipe JSON Lines into 'dyad ingest -'.")
            }
        }

        func run() throws {
            let names = files.isEmpty ? ["-"] : files
            let paths = InputPaths.expand(names)
            let store = try database.open(create: true)
            defer { try? runBlocking { try await store.close() } }
            let coder = EventCoder(resources: try dictionaryOptions.load(), syntax: try structureOptions.syntax())
            let batches = ArticleBatches(input: ArticleInput(format: inputFormat), defaultDate: try parseDateOption(date))
            let start = ContinuousClock.now
            let runID = try runBlocking { try await store.beginRun(inputs: names, startedAt: Self.now()) }
            var totals = IngestTotals()
            var progress = ProgressLine(total: Self.countArticles(paths))
            var fatal: Error?

            let failed = batches.readAhead(paths, failed: { error in
                progress.finish()
                Diagnostics.report(error.description)
                totals.failed += 1
            }) { batch in
                guard fatal == nil else {
                    totals.failed += batch.count
                    return
                }
                do {
                    try ingest(batch, store: store, coder: coder, totals: &totals)
                } catch {
                    progress.finish()
                    Diagnostics.report("cannot write to \(store.locationDescription): \(error)")
                    fatal = error
                    totals.failed += batch.count
                }
                progress.update(done: totals.articles + totals.failed, events: totals.events)
            }
            progress.finish()
            _ = failed  // counted in totals.failed as they were reported
            let elapsed = ProgressLine.seconds(ContinuousClock.now - start)
            let finalTotals = totals
            let status = fatal == nil ? "done" : "failed"
            try? runBlocking {
                try await store.finishRun(runID, totals: finalTotals, finishedAt: Self.now(), status: status)
            }
            print("ingested \(totals.articles) articles (\(totals.newArticles) new, \(totals.existingArticles) already stored, "
                  + "\(totals.nearDuplicates) near duplicates merged), "
                  + "\(totals.events) events, \(totals.failed) failed in \(String(format: "%.1f", elapsed)) s")
            if totals.failed > 0 { throw ExitCode(1) }
        }

        /// Codes the articles not yet stored and writes them; a batch that fails to write is
        /// retried one article at a time so only the bad articles fail. An article already stored
        /// (same id), or a near duplicate of a stored one (SimHash), is not coded: its URL is
        /// added to the stored article.
        private func ingest(_ batch: [Article], store: SQLEventStore, coder: EventCoder, totals: inout IngestTotals) throws {
            var position: [String: Int] = [:]
            var unique: [ArticleWithEvents] = []
            var sameURLs: [ArticleURL] = []
            for a in batch {
                let urls = a.url.map { [URLNormalizer.normalize($0)] } ?? []
                if let earlier = position[a.id] {
                    // The same article twice in one batch: one article, its URLs together.
                    totals.articles += 1
                    totals.existingArticles += 1
                    for u in urls where !unique[earlier].urls.contains(u) { unique[earlier].urls.append(u) }
                } else {
                    position[a.id] = unique.count
                    let simhash = keepNearDuplicates ? nil : SimHash.fingerprint(a.body)
                    unique.append(ArticleWithEvents(article: a, events: [], simhash: simhash, urls: urls))
                }
            }
            let stored = try runBlocking { [unique] in try await store.existingArticleIDs(unique.map(\.article.id)) }
            var todo: [ArticleWithEvents] = []
            for item in unique {
                if stored.contains(item.article.id) {
                    totals.articles += 1
                    totals.existingArticles += 1
                    sameURLs += item.urls.map { ArticleURL(articleID: item.article.id, url: $0) }
                } else {
                    todo.append(item)
                }
            }
            // Near duplicates of stored articles are found before coding, to save the work.
            let probed = todo.filter { $0.simhash != nil }
            if !probed.isEmpty {
                let fingerprints = probed.compactMap(\.simhash)
                let matches = try runBlocking { try await store.nearDuplicates(of: fingerprints) }
                var merged = Set<String>()
                for (item, match) in zip(probed, matches) {
                    guard let match else { continue }
                    merged.insert(item.article.id)
                    totals.articles += 1
                    totals.nearDuplicates += 1
                    sameURLs += item.urls.map { ArticleURL(articleID: match, url: $0) }
                }
                todo.removeAll { merged.contains($0.article.id) }
            }
            if !sameURLs.isEmpty {
                let urls = sameURLs
                try runBlocking { try await store.addURLs(urls) }
            }
            if todo.isEmpty { return }
            let coded = todo.map(\.article).concurrentMap(jobs: jobs) { coder.code($0).events }
            let items = zip(todo, coded).map { item, events in
                var item = item
                item.events = events
                return item
            }
            func count(_ items: [ArticleWithEvents], _ outcomes: [WriteOutcome]) {
                for (item, outcome) in zip(items, outcomes) {
                    totals.articles += 1
                    switch outcome {
                    case .new:
                        totals.newArticles += 1
                        totals.events += item.events.count
                    case .existing: totals.existingArticles += 1
                    case .nearDuplicate: totals.nearDuplicates += 1
                    }
                }
            }
            do {
                let outcomes = try runBlocking { try await store.store(items) }
                count(items, outcomes)
            } catch let whole as StoreError {
                guard items.count > 1 else {
                    Diagnostics.report("\(items[0].article.origin ?? items[0].article.id): cannot store: \(whole)")
                    totals.failed += 1
                    return
                }
                for item in items {
                    do {
                        let outcomes = try runBlocking { try await store.store([item]) }
                        count([item], outcomes)
                    } catch let e as StoreError {
                        Diagnostics.report("\(item.article.origin ?? item.article.id): cannot store: \(e)")
                        totals.failed += 1
                    }
                }
            }
        }

        static func now() -> String {
            ISO8601DateFormatter().string(from: Date())
        }

        /// How many articles the inputs hold, when that is cheap to know (files, not stdin).
        static func countArticles(_ names: [String]) -> Int? {
            var total = 0
            for name in names {
                if name == "-" { return nil }
                let lower = name.lowercased()
                // Archives and feeds hold an unknown number of articles.
                if [".warc", ".warc.gz", ".xml", ".rss", ".atom", ".gz"].contains(where: { lower.hasSuffix($0) }) { return nil }
                if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
                    guard let handle = FileHandle(forReadingAtPath: name) else { return nil }
                    defer { try? handle.close() }
                    var lines = 0
                    var blank = true
                    while let data = try? handle.read(upToCount: 1 << 20), !data.isEmpty {
                        for b in data {
                            if b == 10 {
                                if !blank { lines += 1 }
                                blank = true
                            } else if b != 32 && b != 13 && b != 9 {
                                blank = false
                            }
                        }
                    }
                    if !blank { lines += 1 }
                    total += lines
                } else {
                    total += 1
                }
            }
            return total
        }
    }
}

extension SQLEventStore {
    var locationDescription: String {
        if let s = self as? SQLiteEventStore { return "sqlite:\(s.path)" }
        if let p = self as? PostgresEventStore { return p.location.redacted }
        return "the store"
    }
}
