import ArgumentParser
import DyadCore
import DyadExtract
import Foundation

extension Dyad {
    /// `dyad extract`: the articles in web pages, feeds and web archives, without coding them.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the articles read from HTML pages, RSS/Atom feeds, WARC archives, text or JSON Lines.",
            discussion: """
                Each FILE's format is found from its content (gzip is undone first): an HTML page gives \
                one article (main text, title, date, author, site, language, with captions and \
                related-story lines kept apart); an RSS or Atom feed gives one article per item; a WARC \
                archive gives one per HTML response record; an OPML file lists its feeds (dyad does \
                not fetch them). A bad item is reported on stderr with its file, offset and reason, and \
                the rest is read; the exit status is then 1. With --benchmark DIR, reads \
                DIR/html/*.html.gz, writes {page id: {"articleBody": text}} to --out and prints pages \
                per second.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, text
        }

        @Argument(help: "Files to read (HTML, feeds, WARC, OPML, text, JSON Lines), or '-' for stdin.")
        var files: [String] = []

        @Option(help: "Output format: json (one article per line) or text.")
        var format: Format = .json

        @Option(name: .customLong("input-format"), help: "How to read the inputs: auto, text, jsonl, html, feed or warc.")
        var inputFormat: InputFormat = .auto

        @Flag(help: "For HTML pages, show how the main text was found: candidate containers and each block's fate.")
        var explain = false

        @Option(help: "Run the extraction benchmark on DIR/html/*.html.gz.")
        var benchmark: String?

        @Option(help: "Where --benchmark writes its predictions (JSON).")
        var out: String?

        func validate() throws {
            if benchmark != nil {
                guard out != nil else { throw ValidationError("--benchmark needs --out FILE for the predictions.") }
                guard files.isEmpty else { throw ValidationError("--benchmark takes a folder, not files.") }
            } else if files.isEmpty && isatty(0) != 0 {
                throw ValidationError("No input: name HTML, feed or WARC files, or pipe one into 'dyad extract -'.")
            }
        }

        func run() throws {
            if let benchmark, let out {
                try runBenchmark(folder: benchmark, out: out)
                return
            }
            if explain {
                for name in files {
                    let data = try Data(contentsOf: URL(fileURLWithPath: name))
                    var o = Output()
                    for line in try HTMLExtractor().explain(data, name: name) { o.write(line + "\n") }
                    o.flush()
                }
                return
            }
            var input = ArticleInput(format: inputFormat)
            input.notes = { Diagnostics.report($0) }
            var output = Output()
            var failures = 0
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for name in files.isEmpty ? ["-"] : files {
                if name != "-", let feeds = try? OPMLReader().feeds(inFile: name) {
                    for f in feeds {
                        switch format {
                        case .json:
                            let data = try encoder.encode(f)
                            output.write(String(decoding: data, as: UTF8.self) + "\n")
                        case .text:
                            output.write(f.url + (f.title.map { "\t" + $0 } ?? "") + "\n")
                        }
                    }
                    continue
                }
                input.read(name) { result in
                    switch result {
                    case let .success(article):
                        switch format {
                        case .json:
                            if let data = try? encoder.encode(article) {
                                output.write(String(decoding: data, as: UTF8.self) + "\n")
                            }
                        case .text:
                            output.write(Self.text(article))
                        }
                        output.flush()
                    case let .failure(error):
                        failures += 1
                        Diagnostics.report(error.description)
                    }
                }
            }
            output.flush()
            if failures > 0 {
                Diagnostics.report("\(failures) item(s) failed; the others were read")
                throw ExitCode(1)
            }
        }

        static func text(_ a: Article) -> String {
            var s = ""
            let fields: [(String, String?)] = [
                ("title", a.title), ("url", a.url), ("site", a.site), ("published", a.published),
                ("author", a.author), ("language", a.language), ("origin", a.origin),
            ]
            for (k, v) in fields { if let v { s += "\(k): \(v)\n" } }
            s += "\n" + a.body.joined(separator: "\n\n") + "\n"
            for c in a.captions { s += "\n[caption] \(c)" }
            for r in a.related { s += "\n[related] \(r)" }
            if !a.captions.isEmpty || !a.related.isEmpty { s += "\n" }
            return s + "\n"
        }

        /// Extracts every DIR/html/*.html.gz page, timing only the extraction (pages are read
        /// and decompressed first), and writes the predictions.
        func runBenchmark(folder: String, out: String) throws {
            let dir = URL(fileURLWithPath: folder).appendingPathComponent("html")
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
                .filter { $0.hasSuffix(".html.gz") }.sorted()
            guard !names.isEmpty else { throw DyadError.usage("\(dir.path): no *.html.gz pages") }
            var pages: [(id: String, html: Data)] = []
            for n in names {
                let raw = try Data(contentsOf: dir.appendingPathComponent(n))
                let html = try Gzip.decompress(raw, limit: HTMLExtractor.defaultMaxPageBytes)
                pages.append((String(n.dropLast(".html.gz".count)), html))
            }
            let extractor = HTMLExtractor()
            var predictions: [String: [String: String]] = [:]
            let cpuStart = clock()
            let wallStart = DispatchTime.now().uptimeNanoseconds
            for p in pages {
                let body = (try? extractor.bodyText(from: p.html, name: p.id)) ?? ""
                predictions[p.id] = ["articleBody": body]
            }
            let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
            let cpu = Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try encoder.encode(predictions).write(to: URL(fileURLWithPath: out))
            let bytes = pages.reduce(0) { $0 + $1.html.count }
            var o = Output()
            o.write(String(format: "%d pages (%.1f MB of HTML) in %.3f s: %.0f pages/s wall, %.0f pages/s CPU",
                           pages.count, Double(bytes) / 1e6, wall, Double(pages.count) / wall,
                           Double(pages.count) / max(cpu, 1e-9)) + "; predictions in \(out)\n")
            o.flush()
        }
    }
}
