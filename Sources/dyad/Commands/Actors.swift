import ArgumentParser
import DyadActors
import DyadCoder
import DyadCore
import DyadText
import Foundation

extension Dyad {
    /// `dyad actors`: dictionary look-up.
    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Look up an actor by name: its code on a date, what it is and where it is defined.")

        @Argument(help: "A name as it would appear in text: 'Maduro', 'the Kremlin', 'Venezuelan troops'.")
        var name: String

        @Option(help: "The date (YYYY-MM-DD) on which to resolve offices; default: today's dictionary state without a date.")
        var date: String?

        @OptionGroup var dictionaryOptions: DictionaryOptions

        func validate() throws {
            _ = try parseDateOption(date)
        }

        func run() throws {
            let d = try parseDateOption(date)
            let resources = try dictionaryOptions.load()
            let sentence = SentenceSplitter().split(paragraph: name).first
            var resolver = ActorResolver(actors: resources.actors, matcher: resources.matcher, date: d)
            let found = sentence.map { resolver.resolve($0) }?.filter { $0.ref != nil && !$0.isCoreferent } ?? []
            var out = Output()
            if found.isEmpty {
                let q = TextFold.fold(name)
                let near = resources.actors.entries.filter { e in
                    ([e.name, e.key] + e.aliases).contains { TextFold.fold($0).contains(q) }
                }.prefix(10)
                out.write("no actor named '\(name)'\n")
                if !near.isEmpty {
                    out.write("similar names:\n")
                    for e in near { out.write("  \(e.name) (\(e.kind.rawValue), \(e.origin))\n") }
                }
                out.flush()
                throw ExitCode(1)
            }
            for g in found {
                let ref = g.ref!
                out.write("\(ref.code)\t\(ref.text)\n")
                out.write("  country: \(ref.country ?? "-")  role: \(ref.role ?? "-")  entity: \(ref.entity ?? "-")\n")
                for m in g.mentions {
                    guard let key = m.entryKey, let e = resources.actors[key] else {
                        out.write("  agent '\(sentence!.tokens[m.start..<m.end].map(\.text).joined(separator: " "))' = \(m.role ?? "-") (\(m.origin))\n")
                        continue
                    }
                    out.write("  \(e.kind.rawValue) '\(e.name)' as \(m.kind.rawValue), defined at \(e.origin)\n")
                    if !e.roles.isEmpty {
                        let ranges = e.roles.map { "\($0.code) \($0.from?.description ?? "")..\($0.until?.description ?? "")" }
                        out.write("  roles: \(ranges.joined(separator: "; "))  otherwise: \(e.otherwise)\n")
                    }
                }
            }
            out.flush()
        }
    }
}
