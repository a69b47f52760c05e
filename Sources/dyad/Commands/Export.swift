import ArgumentParser
import DyadCore
import DyadStore
import Foundation

/// Formats `dyad export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, csv, gdelt, icews
}

extension Dyad {
    /// `dyad export`: every stored event, in a chosen format.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every stored event as JSON Lines, CSV, a GDELT 2.0 event table or ICEWS columns.",
            discussion: """
                gdelt writes one row per (day, source, target, code) with NumMentions, NumArticles and \
                the first source URL (61 tab-separated columns, GDELT Goldstein scores); --mentions \
                adds the GDELT mentions table. icews writes one row per event with ICEWS Goldstein scores.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Output format: jsonl, csv, gdelt or icews.")
        var format: ExportFormat

        @Option(help: "Write to this file instead of stdout.")
        var out: String?

        @Option(help: "With --format gdelt: also write the GDELT mentions table to this file.")
        var mentions: String?

        func validate() throws {
            if mentions != nil && format != .gdelt { throw ValidationError("--mentions goes with --format gdelt.") }
            if let out, let mentions, out == mentions { throw ValidationError("--out and --mentions name the same file.") }
        }

        func run() throws {
            let store = try database.open(create: false)
            defer { try? runBlocking { try await store.close() } }
            let output = try TextOutput(path: out)
            let mentionOutput = try mentions.map { try TextOutput(path: $0) }
            let export = StoreExport(store: store)
            let format = self.format
            do {
                try runBlocking {
                    switch format {
                    case .jsonl:
                        let w = JSONLinesEventWriter()
                        try await export.forEachEvent { output.line(w.line($0.event)) }
                    case .csv:
                        let w = CSVEventWriter()
                        output.line(w.header)
                        try await export.forEachEvent { output.line(w.row($0.event)) }
                    case .icews:
                        let w = ICEWSEventWriter()
                        output.line(w.header)
                        try await export.forEachEvent { output.line(w.row($0)) }
                    case .gdelt:
                        var mentionSink: ((String) throws -> Void)?
                        if let m = mentionOutput { mentionSink = { (line: String) in m.line(line) } }
                        try await export.gdelt(event: { output.line($0) }, mention: mentionSink)
                    }
                }
            } catch {
                output.close()
                mentionOutput?.close()
                Diagnostics.report("\(error)")
                throw ExitCode(1)
            }
            output.close()
            mentionOutput?.close()
        }
    }
}

