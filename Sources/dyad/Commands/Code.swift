import ArgumentParser
import DyadCoder
import DyadCore
import DyadExtract
import DyadIngest
import Foundation

extension InputFormat: ExpressibleByArgument {}

extension Dyad {
    /// `dyad code`: articles in, events out.
    struct Code: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Code articles (text, JSON Lines, HTML pages, feeds, WARC archives) into events, printed to stdout.",
            discussion: """
                Reads each FILE (a folder is read recursively, a quoted glob is expanded), or stdin \
                for '-': JSON Lines with id, date, title, text and optional url per line, or articles \
                as 'dyad extract' prints them. HTML pages, feeds and WARC archives are recognised by \
                content. A plain-text file is one scraped article: its tagline, title, dateline, \
                captions and related-article lines are recognised and only the body is coded. \
                Output is a table on a terminal and JSON Lines when piped. A bad input is reported on \
                stderr and skipped; the exit status is then 1.
                """)

        @Argument(help: "Article files, folders (read recursively), glob patterns, or '-' for JSON Lines on stdin.")
        var files: [String] = []

        @Option(help: "Output format: table, jsonl or csv (default: table on a terminal, jsonl otherwise).")
        var format: EventFormat?

        @Option(name: .customLong("input-format"), help: "How to read the inputs: auto, text, jsonl, html, feed or warc.")
        var inputFormat: InputFormat = .auto

        @Option(help: "Date (YYYY-MM-DD) for articles that carry none.")
        var date: String?

        @Flag(help: "Show each event's evidence sentence and rules in the table.")
        var explain = false

        @OptionGroup var dictionaryOptions: DictionaryOptions
        @OptionGroup var structureOptions: StructureOptions

        func validate() throws {
            _ = try parseDateOption(date)
            if files.isEmpty && isatty(0) != 0 {
                throw ValidationError("No input: name article files, or pipe JSON Lines into 'dyad code -'.")
            }
        }

        func run() throws {
            let defaultDate = try parseDateOption(date)
            let coder = EventCoder(resources: try dictionaryOptions.load(), syntax: try structureOptions.syntax())
            let format = self.format ?? (Output.isTerminal ? .table : .jsonl)
            let batches = ArticleBatches(input: ArticleInput(format: inputFormat), defaultDate: defaultDate)
            var out = Output()
            var tableEvents: [Event] = []
            let jsonl = JSONLinesEventWriter()
            let csv = CSVEventWriter()
            if format == .csv { out.write(csv.header + "\n") }

            let failures = batches.readAhead(files, transform: { coder.code($0).events }) { batch in
                for (_, events) in batch {
                    switch format {
                    case .table: tableEvents.append(contentsOf: events)
                    case .jsonl: for e in events { out.write(jsonl.line(e) + "\n") }
                    case .csv: for e in events { out.write(csv.row(e) + "\n") }
                    }
                }
                out.flush()
            }
            out.flush()
            if format == .table {
                out.write(tableEvents.isEmpty ? "no events\n" : TableEventWriter(showEvidence: explain).render(tableEvents))
                out.flush()
            }
            if failures > 0 {
                Diagnostics.report("\(failures) input(s) failed; the others were coded")
                throw ExitCode(1)
            }
        }
    }
}
