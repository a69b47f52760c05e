import DyadCore
import Foundation
import Testing
@testable import DyadText

/// A tiny tagger trained on two sentences, enough to exercise the file format.
private func tinyTagger() throws -> Tagger {
    let text = """
    1\tPeace\tpeace\tNOUN\tNN\t_\t2\tnsubj\t_\t_
    2\treturned\treturn\tVERB\tVBD\t_\t0\troot\t_\t_

    1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
    2\tfailed\tfail\tVERB\tVBD\t_\t0\troot\t_\t_

    """
    var options = TaggerTrainer.Options()
    options.epochs = 3
    return TaggerTrainer(options: options).train(try CoNLLUReader.parse(text))
}

private func loadError(_ bytes: [UInt8]) -> DyadError? {
    do {
        _ = try Tagger(bytes: bytes, file: "m.dmod")
        return nil
    } catch let e as DyadError {
        return e
    } catch {
        return nil
    }
}

@Test func taggerRoundTripsThroughItsFile() throws {
    let tagger = try tinyTagger()
    let bytes = tagger.serialized()
    let back = try Tagger(bytes: bytes, file: "m.dmod")
    #expect(back.tag(["Talks", "failed"]) == tagger.tag(["Talks", "failed"]))
    #expect(back.serialized() == bytes)
}

@Test func rejectsTruncatedModel() throws {
    let bytes = try tinyTagger().serialized()
    for cut in [0, 10, 30, bytes.count - 1] {
        guard case let .badData(file, _, reason)? = loadError(Array(bytes.prefix(cut))) else {
            Issue.record("truncation at \(cut) not reported")
            continue
        }
        #expect(file == "m.dmod")
        #expect(!reason.isEmpty)
    }
}

@Test func rejectsModelFromAnotherVersion() throws {
    var bytes = try tinyTagger().serialized()
    bytes[12] = 99  // version field follows magic and kind
    guard case let .badData(_, _, reason)? = loadError(bytes) else {
        Issue.record("version mismatch not reported")
        return
    }
    #expect(reason.contains("version 99"))
}

@Test func rejectsCorruptedAndForeignFiles() throws {
    var bytes = try tinyTagger().serialized()
    bytes[bytes.count / 2] ^= 0xFF
    guard case let .badData(_, _, reason)? = loadError(bytes) else {
        Issue.record("corruption not reported")
        return
    }
    #expect(reason.contains("checksum"))
    guard case let .badData(_, _, other)? = loadError(Array("hello, this is not a model file at all".utf8)) else {
        Issue.record("foreign file not reported")
        return
    }
    #expect(other.contains("magic"))
}

@Test func parserRejectsTaggerFile() throws {
    let bytes = try tinyTagger().serialized()
    #expect(throws: DyadError.self) { _ = try DependencyParser(bytes: bytes, file: "t.dmod") }
}
