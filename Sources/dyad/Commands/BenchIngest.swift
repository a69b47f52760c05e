import ArgumentParser
import DyadCoder
import DyadCore
import DyadExtract
import DyadIngest
import Foundation

extension Dyad.Bench {
    /// `dyad bench ingest`: articles and sentences per second of extraction plus coding, streamed
    /// from the inputs, on one core and on all cores, with the process's peak memory.
    struct IngestBench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ingest",
            abstract: "Articles and sentences per second of extract+code on web inputs, on 1 core and on all cores, and peak memory.",
            discussion: """
                Reads the inputs as 'dyad ingest' does (streaming: a reader thread reads files and \
                WARC records a few batches ahead; each article is extracted from its HTML page and \
                coded as one parallel work item) and discards the events, so the store is not \
                measured. With N jobs the whole process is confined to N CPUs (on Linux), reader \
                thread included, so '1 job' is one core and the scaling figure compares 1 core with \
                N. Default input: the article-extraction benchmark pages in \
                ../shared/eval/article-extraction/html. With --make-warc N, writes instead a gzipped \
                WARC of N response records (the input pages in turn, each at its own URL) to --out.
                """)

        @Argument(help: "Files, folders or glob patterns to read (default: the extraction benchmark pages).")
        var files: [String] = []

        @Option(help: "Timed runs of each measurement; the median is reported.")
        var runs: Int = 3

        @Option(help: "Measure only with this many coding jobs (default: 1 and all cores).")
        var jobs: Int?

        @Option(name: .customLong("make-warc"), help: "Write a WARC of this many pages to --out instead of measuring.")
        var makeWARC: Int?

        @Option(help: "Where --make-warc writes the archive (gzipped, one member per record).")
        var out: String?

        @OptionGroup var dictionaryOptions: DictionaryOptions
        @OptionGroup var structureOptions: StructureOptions

        func validate() throws {
            if runs < 1 { throw ValidationError("--runs must be at least 1.") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
            if let makeWARC {
                if makeWARC < 1 { throw ValidationError("--make-warc must be at least 1.") }
                if out == nil { throw ValidationError("--make-warc needs --out FILE.") }
            }
        }

        var inputs: [String] {
            files.isEmpty ? ["../shared/eval/article-extraction/html"] : files
        }

        func run() throws {
            if let makeWARC, let out {
                let pages = try SyntheticWARC.write(pages: makeWARC, from: InputPaths.expand(inputs), to: out)
                print("wrote \(out): \(makeWARC) response records from \(pages) distinct pages")
                return
            }
            let coder = EventCoder(resources: try dictionaryOptions.load(), syntax: try structureOptions.syntax())
            let cores = ProcessInfo.processInfo.activeProcessorCount
            let settings = jobs.map { [$0] } ?? (cores > 1 ? [1, cores] : [1])
            let allowed = CPUAffinity.allowed()
            defer { if !allowed.isEmpty { CPUAffinity.restrict(to: allowed) } }
            var medians: [Int: Double] = [:]
            for j in settings {
                let confined = j <= allowed.count && CPUAffinity.restrict(to: Array(allowed.prefix(j)))
                var times: [Double] = []
                var cpu: [Double] = []
                var tally = Tally()
                for _ in 0..<runs {
                    let start = ContinuousClock.now
                    let cpuStart = Self.processCPUSeconds()
                    tally = pass(coder: coder, jobs: j)
                    times.append(ProgressLine.seconds(ContinuousClock.now - start))
                    cpu.append(Self.processCPUSeconds() - cpuStart)
                }
                let median = times.sorted()[times.count / 2]
                let cpuMedian = cpu.sorted()[cpu.count / 2]
                medians[j] = median
                let all = times.map { String(format: "%.2f", $0) }.joined(separator: ", ")
                let placement = confined ? " on \(j) CPU\(j == 1 ? "" : "s")" : " (not confined to \(j) CPU\(j == 1 ? "" : "s"))"
                print("\(j) job\(j == 1 ? "" : "s")\(placement): \(Int(Double(tally.articles) / median)) articles/s, "
                      + "\(Int(Double(tally.sentences) / median)) sentences/s; \(tally.articles) articles, \(tally.sentences) sentences, "
                      + "\(tally.events) events, \(tally.failed) failed (median of \(runs): \(String(format: "%.2f", median)) s wall, "
                      + "\(String(format: "%.2f", cpuMedian)) s CPU, \(Int(Double(tally.articles) / cpuMedian)) articles per CPU-second; runs: \(all))")
            }
            if settings.count == 2, let one = medians[settings[0]], let many = medians[settings[1]] {
                print("scaling 1 -> \(settings[1]) jobs: \(String(format: "%.2f", one / many))x")
            }
            print("peak memory (max RSS): \(Self.peakMemoryMB()) MB")
        }

        struct Tally {
            var articles = 0, sentences = 0, events = 0, failed = 0
        }

        /// One streamed pass over the inputs: extract, code, count.
        func pass(coder: EventCoder, jobs: Int) -> Tally {
            var tally = Tally()
            let batches = ArticleBatches(input: ArticleInput(), defaultDate: nil)
            tally.failed = batches.readAhead(inputs, jobs: jobs, failed: { _ in }, transform: { a -> (Int, Int) in
                let c = coder.code(a)
                return (c.sentences.count, c.events.count)
            }) { batch in
                tally.articles += batch.count
                for (_, (s, e)) in batch {
                    tally.sentences += s
                    tally.events += e
                }
            }
            return tally
        }

        /// User plus system CPU time of the whole process so far, in seconds: less sensitive
        /// than wall time to other work on a shared machine.
        static func processCPUSeconds() -> Double {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
            return s(usage.ru_utime) + s(usage.ru_stime)
        }

        /// The process's peak resident memory so far, in MB.
        static func peakMemoryMB() -> Int {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return usage.ru_maxrss / 1024  // kilobytes on Linux
        }
    }
}
