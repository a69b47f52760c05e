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

@Test func aSuffixRuleNeedsMoreThanOneWordAskingForIt() throws {
    // Two goes-with words end in "an"; only one of them grows a surname, so no rule does.
    let text = """
    1\tAdnan\tAdnanPatel@ENRON\tPROPN\tGW\t_\t0\troot\t_\t_
    2\tMegan\tMegan\tPROPN\tGW\t_\t1\tdep\t_\t_
    3\twalked\twalk\tVERB\tVBD\t_\t1\tdep\t_\t_
    4\ttalked\ttalk\tVERB\tVBD\t_\t1\tdep\t_\t_

    """
    let lem = LemmatizerTrainer().train(try CoNLLUReader.parse(text))
    #expect(lem.lemma("Adnan", upos: "PROPN", xpos: "GW") == "AdnanPatel@ENRON")
    #expect(lem.lemma("Kenyan", upos: "PROPN", xpos: "GW") == "Kenyan")
    // Two words asking for the same rule make it one.
    #expect(lem.lemma("jumped", upos: "VERB", xpos: "VBD") == "jump")
    // The shipped lemmatizer gives no unseen word a stranger's name.
    let shipped = try SyntacticAnalyzer.shipped().lemmatizer
    #expect(!shipped.lemma("Kenyan", upos: "PROPN", xpos: "GW").contains("@"))
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

@Test func numbersLoseThousandsSeparators() {
    let lem = Lemmatizer(exceptions: [:], rules: [:], maxSuffix: 0)
    #expect(lem.lemma("3,500,000", upos: "NUM", xpos: "CD") == "3500000")
    #expect(lem.lemma("1,250.50", upos: "NUM", xpos: "CD") == "1250.50")
    #expect(lem.lemma("1,2345", upos: "NUM", xpos: "CD") == "1,2345")
    #expect(lem.lemma("1234,567", upos: "NUM", xpos: "CD") == "1234,567")
    #expect(lem.lemma("2,", upos: "NUM", xpos: "CD") == "2,")
}

@Test func learnsCaseKeepingAndCapitalsRules() throws {
    var lines: [String] = []
    // Addresses keep their case; long all-capital names are capitalized, short ones are not.
    for (i, w) in ["Space.com", "Yahoo.com", "Example.org", "news.com"].enumerated() {
        lines.append("\(i + 1)\t\(w)\t\(w)\tX\tADD\t_\t0\troot\t_\t_")
    }
    lines.append("")
    for (i, (w, l)) in [("WASHINGTON", "Washington"), ("CHICAGO", "Chicago"), ("KABUL", "Kabul"),
                        ("NATO", "NATO"), ("FBI", "FBI"), ("US", "US")].enumerated() {
        lines.append("\(i + 1)\t\(w)\t\(l)\tPROPN\tNNP\t_\t0\troot\t_\t_")
    }
    let lem = LemmatizerTrainer().train(try CoNLLUReader.parse(lines.joined(separator: "\n") + "\n\n"))
    #expect(lem.lemma("Wikipedia.org", upos: "X", xpos: "ADD") == "Wikipedia.org")
    #expect(lem.lemma("GINSBURG", upos: "PROPN", xpos: "NNP") == "Ginsburg")
    #expect(lem.lemma("IAEA", upos: "PROPN", xpos: "NNP") == "IAEA")
    let back = try Lemmatizer(text: lem.serialized(), file: "l.tsv")
    #expect(back.serialized() == lem.serialized())
    #expect(back.lemma("GINSBURG", upos: "PROPN", xpos: "NNP") == "Ginsburg")
}

@Test func frequentFormsKeepTheirLemmaUnderAnUnseenTag() throws {
    let text = """
    1\tHigh\tHigh\tPROPN\tNNP\t_\t0\troot\t_\t_
    2\tHigh\tHigh\tPROPN\tNNP\t_\t1\tdep\t_\t_
    3\tlost\tlose\tVERB\tVBD\t_\t1\tdep\t_\t_
    4\tlost\tlose\tVERB\tVBD\t_\t1\tdep\t_\t_
    5\tlost\tlost\tADJ\tJJ\t_\t1\tdep\t_\t_

    """
    let lem = LemmatizerTrainer().train(try CoNLLUReader.parse(text))
    // A tagging slip (JJ for a name seen only as NNP) keeps the name's lemma.
    #expect(lem.lemma("High", upos: "ADJ", xpos: "JJ") == "High")
    // A tag seen with the form keeps that pair's lemma.
    #expect(lem.lemma("lost", upos: "ADJ", xpos: "JJ") == "lost")
    #expect(lem.lemma("lost", upos: "VERB", xpos: "VBD") == "lose")
    #expect(lem.lemma("lost", upos: "VERB", xpos: "VBN") == "lose")
}
