import DyadCore
import Testing
@testable import DyadText

@Test func learnsExceptionsAndSuffixRules() throws {
    let text = """
    1\twas\tbe\tAUX\tVBD\t_\t0\troot\t_\t_
    2\timposed\timpose\tVERB\tVBD\t_\t1\tdep\t_\t_
    3\tclosed\tclose\tVERB\tVBD\t_\t1\tdep\t_\t_
    4\tcountries\tcountry\tNOUN\tNNS\t_\t1\tdep\t_\t_
    5\tcities\tcity\tNOUN\tNNS\t_\t1\tdep\t_\t_
    6\ttalks\ttalk\tNOUN\tNNS\t_\t1\tdep\t_\t_
    7\ttroops\ttroop\tNOUN\tNNS\t_\t1\tdep\t_\t_
    8\tParis\tParis\tPROPN\tNNP\t_\t1\tdep\t_\t_

    """
    let lem = LemmatizerTrainer().train(try CoNLLUReader.parse(text))
    #expect(lem.lemma("was", upos: "AUX", xpos: "VBD") == "be")
    #expect(lem.lemma("imposed", upos: "VERB", xpos: "VBD") == "impose")
    #expect(lem.lemma("countries", upos: "NOUN", xpos: "NNS") == "country")
    // Unseen words go through the suffix rules.
    #expect(lem.lemma("parties", upos: "NOUN", xpos: "NNS") == "party")
    #expect(lem.lemma("Rebels", upos: "NOUN", xpos: "NNS") == "rebel")
    #expect(lem.lemma("Berlin", upos: "PROPN", xpos: "NNP") == "Berlin")
    // The text file round-trips.
    let back = try Lemmatizer(text: lem.serialized(), file: "l.tsv")
    #expect(back.serialized() == lem.serialized())
}

@Test func shippedLemmatizerHandlesIssueExamples() throws {
    let analyzer = try SyntacticAnalyzer.shipped()
    let lem = analyzer.lemmatizer
    #expect(lem.lemma("was", upos: "AUX", xpos: "VBD") == "be")
    #expect(lem.lemma("imposed", upos: "VERB", xpos: "VBD") == "impose")
    #expect(lem.lemma("countries", upos: "NOUN", xpos: "NNS") == "country")
    #expect(lem.lemma("sanctioned", upos: "VERB", xpos: "VBN") == "sanction")
}

@Test func badLemmatizerFileNamesTheLine() {
    let text = "# dyad-lemmatizer 1\nE\twas\tVBD\tbe\nR\tVBD\ted\tx\t\t0\n"
    #expect(throws: DyadError.badData(file: "l.tsv", line: 3, reason: "bad rule: strip count and lowercase flag must be numbers")) {
        _ = try Lemmatizer(text: text, file: "l.tsv")
    }
    #expect(throws: DyadError.self) { _ = try Lemmatizer(text: "E\tx\n", file: "l.tsv") }
}
