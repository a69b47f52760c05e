import ArgumentParser
import DyadCoder
import DyadCore
import DyadExtract
import DyadIngest
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

        @Flag(help: ArgumentHelp(
            "Load in bulk even into a store that holds events (always done for an empty store).",
            discussion: "The events' date, actor and article indexes and the dyad_days aggregate are built at the end; until then queries count events one by one."))
        var bulkLoad = false

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
            let ingester = ArticleIngester(coder: coder, store: store, jobs: jobs, keepNearDuplicates: keepNearDuplicates)
            let batches = ArticleBatches(input: ArticleInput(format: inputFormat), defaultDate: try parseDateOption(date))
            let start = ContinuousClock.now
            let runID = try runBlocking { try await store.beginRun(inputs: names, startedAt: Self.now()) }
            // Into an empty store (or with --bulk-load, or after a killed bulk load), the
            // indexes and dyad_days are built once at the end.
            let onlyIfEmpty = !bulkLoad
            let bulk = try runBlocking { try await store.beginBulkLoad(onlyIfEmpty: onlyIfEmpty) }
            var totals = IngestTotals()
            var progress = ProgressLine(total: Self.countArticles(paths))
            var fatal: Error?

            // Pages are extracted in parallel as they are read; the ingester then codes the
            // articles not stored yet in parallel.
            let failed = batches.readAhead(paths, jobs: jobs, failed: { error in
                progress.finish()
                Diagnostics.report(error.description)
                totals.failed += 1
            }, transform: { _ in () }) { extracted in
                let batch = extracted.map(\.article)
                guard fatal == nil else {
                    totals.failed += batch.count
                    return
                }
                do {
                    try ingest(batch, ingester: ingester, totals: &totals)
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
            if bulk {
                do {
                    try runBlocking { try await store.finishBulkLoad() }
                } catch {
                    Diagnostics.report("cannot finish the bulk load of \(store.locationDescription) (run dyad ingest again): \(error)")
                    fatal = fatal ?? error
                }
            }
            let elapsed = ProgressLine.seconds(ContinuousClock.now - start)
            let finalTotals = totals
            let status = fatal == nil ? "done" : "failed"
            try? runBlocking {
                try await store.finishRun(runID, totals: finalTotals, finishedAt: Self.now(), status: status)
            }
            print("ingested \(totals.articles) articles (\(totals.newArticles) new, \(totals.existingArticles) already stored, "
                  + "\(totals.nearDuplicates) near duplicates merged), "
                  + "\(totals.events) events, \(totals.failed) failed in \(String(format: "%.1f", elapsed)) s")
            if totals.failed > 0 || fatal != nil { throw ExitCode(1) }
        }

        /// Codes the articles not yet stored and writes them through the shared ingest path;
        /// articles that cannot be stored are reported and counted as failed.
        private func ingest(_ batch: [Article], ingester: ArticleIngester, totals: inout IngestTotals) throws {
            let report = try runBlocking { try await ingester.ingest(batch) }
            for message in report.failures { Diagnostics.report(message) }
            totals += report.totals
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
