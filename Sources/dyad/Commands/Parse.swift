import ArgumentParser
import DyadCore
import DyadText
import Foundation

extension Dyad {
    /// `dyad parse`: tokenizes, splits, tags, lemmatizes and parses raw text.
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Parse raw text into Universal Dependencies trees.",
            discussion: "Paragraphs are separated by blank lines. Prints CoNLL-U, or one JSON sentence per line."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case conllu, json
        }

        @Argument(help: "Text file to parse, or '-' for standard input.")
        var file: String = "-"

        @Option(help: "Output format.")
        var format: Format = .conllu

        @Option(help: "Folder with tagger.dmod, parser.dmod and lemmatizer.tsv (default: the shipped models).")
        var models: String?

        func run() throws {
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                    throw DyadError.unreadable(input: file, reason: error.localizedDescription)
                }
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw DyadError.badInput(input: file == "-" ? "<stdin>" : file, line: nil, reason: "not valid UTF-8")
            }
            let analyzer = try models.map { try SyntacticAnalyzer(modelsIn: URL(fileURLWithPath: $0)) }
                ?? SyntacticAnalyzer.shipped()
            let paragraphs = Parse.paragraphs(text)
            let sentences = SentenceSplitter().split(paragraphs: paragraphs)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var out = ""
            for (i, s) in sentences.enumerated() {
                let analysed = analyzer.analyze(s)
                switch format {
                case .conllu:
                    out += CoNLLUWriter.format(analysed, id: String(i + 1))
                case .json:
                    out += String(decoding: try encoder.encode(analysed), as: UTF8.self) + "\n"
                }
                if out.utf8.count > 1 << 16 {
                    FileHandle.standardOutput.write(Data(out.utf8))
                    out = ""
                }
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }

        /// Splits text at blank lines; lines within a paragraph are joined by spaces.
        static func paragraphs(_ text: String) -> [String] {
            var result: [String] = []
            var current: [Substring] = []
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty {
                    if !current.isEmpty { result.append(current.joined(separator: " ")); current = [] }
                } else {
                    current.append(Substring(trimmed))
                }
            }
            if !current.isEmpty { result.append(current.joined(separator: " ")) }
            return result
        }
    }
}
