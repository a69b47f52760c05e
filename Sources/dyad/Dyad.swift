import ArgumentParser
import Foundation

/// The dyad command line: political event data from the news.
@main
struct Dyad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "Code news articles into political events: who did what to whom, when.",
        discussion: """
            Reads plain text and JSON Lines articles, finds actors (states, leaders as of the \
            article's date, international organisations, agents), and codes CAMEO and PLOVER \
            events with quad class, Goldstein score and the evidence for each.
            """,
        version: "0.1.0",
        subcommands: [
            Code.self,
            Ingest.self,
            Query.self,
            Export.self,
            Serve.self,
            Explain.self,
            Actors.self,
            Parse.self,
            Train.self,
            Eval.self,
            Bench.self,
            Extract.self,
        ]
    )

    /// Runs the command; usage errors exit with status 2 (DESIGN.md), other failures with 1.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
