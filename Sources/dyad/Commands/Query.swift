import ArgumentParser
import DyadCore
import DyadStore
import Foundation

/// How `dyad query` prints its rows.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

extension TimeBucket: ExpressibleByArgument {}

extension Dyad {
    /// `dyad query`: counts of stored events per period and quad class.
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count stored events per quad class, with Goldstein sum and mean, by period.",
            discussion: """
                Actor filters match a code prefix (RUS matches RUSGOV, RUSMIL) or the country. \
                Output is a table on a terminal and JSON when piped.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: "A dyad SOURCE-TARGET or SOURCE,TARGET, e.g. VEN-USA; the separator is the first dash after a letter, so USA----CVL works, and USA,---CVL always does (write --dyad=---CVL,USA when the value starts with a dash).")
        var dyad: String?

        @Flag(help: "Match the dyad in both directions.")
        var both = false

        @Option(help: "An actor on either side (code prefix or country), e.g. RUS.")
        var actor: String?

        @Option(help: "CAMEO code prefix, e.g. 19 or 051.")
        var code: String?

        @Option(help: "Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.")
        var quad: Int?

        @Option(help: "Where the events happened: a country code (UKR) or a place's name (Kharkiv).")
        var place: String?

        @Option(help: "First day (YYYY-MM-DD), inclusive.")
        var from: String?

        @Option(help: "Last day (YYYY-MM-DD), inclusive.")
        var to: String?

        @Option(help: "Group by day, week (starting Monday) or month (default: one total row).")
        var by: TimeBucket?

        @Option(help: "Output format: table, csv or json (default: table on a terminal, json otherwise).")
        var format: QueryFormat?

        func validate() throws {
            _ = try filter()
        }

        func filter() throws -> EventFilter {
            var f = EventFilter()
            if let dyad {
                guard let parts = DyadSyntax.parse(dyad) else {
                    throw ValidationError("--dyad: expected SOURCE-TARGET or SOURCE,TARGET, e.g. VEN-USA or ---CVL,USA, found '\(dyad)'")
                }
                f.source = parts.source.uppercased()
                f.target = parts.target.uppercased()
                f.bothDirections = both
            } else if both {
                throw ValidationError("--both needs --dyad.")
            }
            f.actor = actor?.uppercased()
            if let code {
                guard !code.isEmpty, code.allSatisfy(\.isASCII), code.allSatisfy(\.isNumber) else {
                    throw ValidationError("--code: expected CAMEO digits such as 19 or 051, found '\(code)'")
                }
                f.codePrefix = code
            }
            if let quad {
                guard let q = QuadClass(rawValue: quad) else { throw ValidationError("--quad: expected 1, 2, 3 or 4, found \(quad)") }
                f.quad = q
            }
            if let place {
                guard !place.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--place: expected a country code such as UKR or a place such as Kharkiv") }
                f.place = place
            }
            f.from = try parseDateOption(from, option: "--from")?.description
            f.to = try parseDateOption(to, option: "--to")?.description
            if let a = f.from, let b = f.to, a > b { throw ValidationError("--from \(a) is after --to \(b).") }
            return f
        }

        func run() throws {
            let filter = try filter()
            let store = try database.open(create: false)
            defer { try? runBlocking { try await store.close() } }
            let days: [DailyQuadCount]
            do {
                days = try runBlocking { try await store.dailyQuadCounts(matching: filter) }
            } catch {
                Diagnostics.report("\(error)")
                throw ExitCode(1)
            }
            let rows = PeriodSummary.summarize(days, by: by)
            var out = Output()
            switch format ?? (Output.isTerminal ? .table : .json) {
            case .table: out.write(Self.table(rows))
            case .csv:
                out.write("period,events,quad1,quad2,quad3,quad4,goldstein_sum,goldstein_mean\n")
                for r in rows {
                    out.write("\(r.period),\(r.events),\(r.quad.map(String.init).joined(separator: ",")),\(r.goldsteinSum),\(r.goldsteinMean)\n")
                }
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                out.write(String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n")
            }
            out.flush()
        }

        static func table(_ rows: [PeriodSummary]) -> String {
            if rows.isEmpty { return "no events\n" }
            let header = ["PERIOD", "EVENTS", "VERB.COOP", "MAT.COOP", "VERB.CONF", "MAT.CONF", "GOLDSTEIN.SUM", "GOLDSTEIN.MEAN"]
            let cells = rows.map { r in
                [r.period, String(r.events)] + r.quad.map(String.init)
                    + [String(format: "%.1f", r.goldsteinSum), String(format: "%.2f", r.goldsteinMean)]
            }
            var widths = header.map(\.count)
            for c in cells { for (i, v) in c.enumerated() { widths[i] = max(widths[i], v.count) } }
            func line(_ c: [String]) -> String {
                c.enumerated().map { i, v in
                    i == 0 ? v + String(repeating: " ", count: widths[i] - v.count)
                        : String(repeating: " ", count: widths[i] - v.count) + v
                }.joined(separator: "  ")
            }
            return ([line(header)] + cells.map(line)).joined(separator: "\n") + "\n"
        }
    }
}
