import ArgumentParser
import DyadCoder
import DyadServe
import DyadStore
import Foundation
import Hummingbird

extension Dyad {
    /// `dyad serve`: the JSON API and the dashboard over a store.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the JSON API and the dashboard over a store (127.0.0.1:8080 by default).",
            discussion: """
                Reads are open to anyone who can reach the address. Writes (POST /api/articles) \
                need 'Authorization: Bearer <token>' with the token in the environment variable \
                DYAD_TOKEN; without it, writes are off. Stops on Ctrl-C or SIGTERM.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Address to listen on.")
        var host: String = "127.0.0.1"

        @Option(help: "Port to listen on (0 picks a free one).")
        var port: Int = 8080

        @Option(name: .customLong("max-body"), help: "Largest request body in bytes; larger ones get 413.")
        var maxBody: Int = ServeConfiguration.defaultMaxBodyBytes

        @OptionGroup var dictionaryOptions: DictionaryOptions
        @OptionGroup var structureOptions: StructureOptions

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535.") }
            guard maxBody >= 1 else { throw ValidationError("--max-body must be at least 1.") }
            guard !host.isEmpty else { throw ValidationError("--host must not be empty.") }
        }

        func run() throws {
            let token = ProcessInfo.processInfo.environment["DYAD_TOKEN"]
            let config = ServeConfiguration(host: host, port: port, maxBodyBytes: maxBody, token: token)
            // Without writes, a missing SQLite file is a mistake, not a store to create.
            let store = try database.open(create: config.writesEnabled)
            defer { try? runBlocking { try await store.close() } }
            let coder = EventCoder(resources: try dictionaryOptions.load(), syntax: try structureOptions.syntax())
            let location = store.locationDescription
            let host = self.host
            let app = try buildApplication(store: store, coder: coder, configuration: config) { port in
                Diagnostics.note("serving \(location) on http://\(host):\(port) (writes \(config.writesEnabled ? "on" : "off"))")
            }
            do {
                try runBlocking { try await app.runService() }
            } catch {
                Diagnostics.report("cannot serve on \(host):\(port): \(error)")
                throw ExitCode(1)
            }
        }
    }
}
