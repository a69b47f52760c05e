import DyadCore
import Testing
@testable import DyadText

private let good = """
# sent_id = s1
# text = I don't know.
1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
4.1\tknown\tknow\tVERB\tVBN\t_\t_\t_\t4:conj\t_
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_

"""

private func readError(_ text: String) -> DyadError? {
    do {
        _ = try CoNLLUReader.parse(text, file: "t.conllu")
        return nil
    } catch let e as DyadError {
        return e
    } catch {
        return nil
    }
}

@Test func readsWordsRangesAndSkipsEmptyNodes() throws {
    let s = try CoNLLUReader.parse(good, file: "t.conllu")
    #expect(s.count == 2)
    #expect(s[0].words.map(\.form) == ["I", "do", "n't", "know", "."])
    #expect(s[0].multiwords == [CoNLLUMultiword(first: 2, last: 3, form: "don't", misc: "_")])
    #expect(s[0].heads == [3, 3, 3, -1, 3])
    #expect(s[0].text == "I don't know.")
    #expect(s[0].sentID == "s1")
    #expect(s[1].words.count == 1)
    #expect(s[1].line == 11)
}

@Test func rebuildsTokensAndOffsetsFromSpacing() throws {
    let s = try CoNLLUReader.parse(good, file: "t.conllu")[0].toSentence()
    #expect(s.tokens.map(\.text) == ["I", "do", "n't", "know", "."])
    #expect(s.tokens[1].start == 2 && s.tokens[1].end == 7)  // both words span "don't"
    #expect(s.tokens[3].spaceAfter == false)
    #expect(s.tokens[3].head == -1 && s.tokens[0].head == 3)
}

@Test func rejectsWrongColumnCountWithLine() {
    let bad = "1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\n"
    #expect(readError(bad) == .badData(file: "t.conllu", line: 1, reason: "expected 10 tab-separated columns, found 9"))
}

@Test func rejectsCycles() {
    let bad = """
    # text = a b c
    1\ta\ta\tX\tX\t_\t2\tdep\t_\t_
    2\tb\tb\tX\tX\t_\t3\tdep\t_\t_
    3\tc\tc\tX\tX\t_\t1\tdep\t_\t_

    """
    guard case let .badData(file, line, reason)? = readError(bad) else {
        Issue.record("expected badData")
        return
    }
    #expect(file == "t.conllu")
    #expect(line == 2)
    #expect(reason.contains("cycle"))
}

@Test func rejectsHeadOutsideSentence() {
    let bad = "1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n2\tb\tb\tX\tX\t_\t7\tdep\t_\t_\n\n"
    guard case let .badData(_, line, reason)? = readError(bad) else {
        Issue.record("expected badData")
        return
    }
    #expect(line == 2)
    #expect(reason.contains("outside the sentence"))
}

@Test(arguments: [
    ("x\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n", "bad word ID"),
    ("2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n", "out of sequence"),
    ("1-1\tI\t_\t_\t_\t_\t_\t_\t_\t_\n", "bad multiword token range"),
    ("1\tI\tI\tPRON\tPRP\t_\tzero\troot\t_\t_\n", "bad head"),
    ("1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n\n", "goes past the last word"),
])
func rejectsMalformedLines(text: String, message: String) {
    guard case let .badData(_, line, reason)? = readError(text) else {
        Issue.record("expected badData for \(text)")
        return
    }
    #expect(line != nil)
    #expect(reason.contains(message), "\(reason)")
}

@Test func writerRoundTripsThroughReader() throws {
    var s = try CoNLLUReader.parse(good, file: "t.conllu")[1].toSentence()
    s.tokens[0].lemma = "yes"
    let text = CoNLLUWriter.format(s, id: "x")
    let back = try CoNLLUReader.parse(text, file: "w.conllu")
    #expect(back[0].words.map(\.form) == ["Yes"])
    #expect(back[0].words[0].head == 0 && back[0].words[0].deprel == "root")
}
