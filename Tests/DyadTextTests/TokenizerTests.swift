import DyadCore
import DyadText
import Testing

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    func texts(_ s: String) -> [String] { tokenizer.tokenize(s).map(\.text) }

    @Test func keepsAbbreviationsAndInitialsWhole() {
        #expect(texts("Mr. Maduro met U.S. officials and George W. Bush in Jan. 2003.") ==
                ["Mr.", "Maduro", "met", "U.S.", "officials", "and", "George", "W.", "Bush", "in", "Jan.", "2003", "."])
    }

    @Test func splitsPossessivesAndNegation() {
        #expect(texts("Venezuela’s leader won't submit; it can't.") ==
                ["Venezuela", "’s", "leader", "wo", "n't", "submit", ";", "it", "ca", "n't", "."])
    }

    @Test func keepsDecimalsTimesAndNumbersWhole() {
        #expect(texts("Goldstein +3.4 at 12:16 pm, up 1,200 barrels.") ==
                ["Goldstein", "+3.4", "at", "12:16", "pm", ",", "up", "1,200", "barrels", "."])
    }

    @Test func aCurrencySignBeforeAnAmountIsItsOwnToken() {
        #expect(texts("a $2 billion package, US$3.5 million, €5m and £40") ==
                ["a", "$", "2", "billion", "package", ",", "US$", "3.5", "million", ",", "€", "5m", "and", "£", "40"])
        // Not before a word, nor after letters that are not capitals.
        #expect(texts("$ome $ign USD100 ab$3") == ["$ome", "$ign", "USD100", "ab$3"])
        let toks = tokenizer.tokenize("($2)")
        #expect(toks.map(\.text) == ["(", "$", "2", ")"] && toks[1].start == 1 && toks[2].start == 2)
    }

    @Test func splitsQuotesAndBrackets() {
        #expect(texts("\"We will win,\" he said (loudly).") ==
                ["\"", "We", "will", "win", ",", "\"", "he", "said", "(", "loudly", ")", "."])
    }

    @Test func keepsURLsWhole() {
        #expect(texts("See https://example.org/a?b=c.") == ["See", "https://example.org/a?b=c", "."])
    }

    @Test func anUnderscoreBetweenWordsSeparatesThem() {
        let toks = tokenizer.tokenize("the Prince of Dol_Amroth's men, snake__case, _x and #free_press")
        #expect(toks.map(\.text) ==
                ["the", "Prince", "of", "Dol", "Amroth", "'s", "men", ",", "snake__case", ",", "_x", "and",
                 "#", "free_press"])
        #expect(toks[3].start == 14 && toks[3].end == 17 && !toks[3].spaceAfter && toks[4].start == 18)
    }

    @Test func offsetsAreUnicodeScalarOffsets() {
        let text = "Nicolás Maduro’s visit"
        let toks = tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        for t in toks {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[t.start..<t.end])
            #expect(String(v) == t.text)
        }
        #expect(toks.map(\.start) == [0, 8, 14, 17])
    }

    @Test func emptyAndWhitespaceGiveNoTokens() {
        #expect(tokenizer.tokenize("").isEmpty)
        #expect(tokenizer.tokenize(" \n\t ").isEmpty)
    }
}

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter()

    func sentences(_ s: String) -> [String] { splitter.split(paragraph: s).map(\.text) }

    @Test func aWireDatelineIsASentenceOfItsOwn() {
        let splitter = SentenceSplitter()
        let gaza = splitter.split(paragraph: "GAZA CITY, Palestinian Territories: Four children were killed.")
        #expect(gaza.map(\.text) == ["GAZA CITY, Palestinian Territories:", "Four children were killed."])
        #expect(gaza[1].tokens.first?.start == 0 && gaza[1].index == 1)
        #expect(splitter.split(paragraph: "WASHINGTON (Reuters) - The United States imposed sanctions.").map(\.text)
                == ["WASHINGTON (Reuters) -", "The United States imposed sanctions."])
        // Not a place in capitals, or a lower-case word before the colon: one sentence.
        #expect(splitter.split(paragraph: "The US: a nation divided.").count == 1)
        #expect(splitter.split(paragraph: "IRAN said: we will retaliate.").count == 1)
        #expect(splitter.split(paragraph: "LONDON: it rained.").count == 1)
    }

    @Test func splitsAtSentenceEnds() {
        #expect(sentences("Venezuela backs Russia. It will not submit! Why? Nobody knows.") ==
                ["Venezuela backs Russia.", "It will not submit!", "Why?", "Nobody knows."])
    }

    @Test func doesNotSplitAfterTitlesInitialsOrDecimals() {
        #expect(sentences("Mr. Putin met Dr. Smith on Jan. 5 and scored 3.4 points. Then he left.") ==
                ["Mr. Putin met Dr. Smith on Jan. 5 and scored 3.4 points.", "Then he left."])
    }

    @Test func splitsAfterAnAbbreviationOnlyBeforeASentenceOpener() {
        #expect(sentences("Sanctions were imposed by the U.S. The country protested.") ==
                ["Sanctions were imposed by the U.S.", "The country protested."])
        #expect(sentences("Officials of the U.S. State Department left.") == ["Officials of the U.S. State Department left."])
    }

    @Test func keepsClosingQuotesWithTheSentence() {
        #expect(sentences("He said: \"We will fight.\" Then he left.") == ["He said: \"We will fight.\"", "Then he left."])
        // A straight quote after a space opens the next sentence.
        #expect(sentences("They met in Rome. \"We agree,\" he said.") == ["They met in Rome.", "\"We agree,\" he said."])
    }

    @Test func doesNotSplitBeforeLowerCase() {
        #expect(sentences("The talks in St. Petersburg ended. no, really.") == ["The talks in St. Petersburg ended. no, really."])
    }

    @Test func rebasesTokenOffsetsToEachSentence() {
        let s = splitter.split(paragraph: "Russia attacked. Ukraine resisted.")
        #expect(s.count == 2)
        #expect(s[1].tokens.first?.start == 0)
        #expect(s[1].tokens.first?.text == "Ukraine")
        #expect(s[1].index == 1)
    }

    @Test func numbersSentencesAcrossParagraphs() {
        let s = splitter.split(paragraphs: ["Russia met Ukraine. Talks ended.", "Both spoke."])
        #expect(s.map(\.index) == [0, 1, 2])
        #expect(s.map(\.paragraph) == [0, 0, 1])
    }
}

@Suite struct DateExpressionTests {
    @Test(arguments: [
        ("March 10, 2022 at 12:16 pm", "2022-03-10"),
        ("10 March 2022", "2022-03-10"),
        ("Thursday, March 10, 2022", "2022-03-10"),
        ("Mar. 10, 2022 12:16 PM EST", "2022-03-10"),
        ("2022-03-10T12:16:00Z", "2022-03-10"),
        ("20220310", "2022-03-10"),
        ("Published: 4 October 2017", "2017-10-04"),
    ])
    func readsCommonFormats(_ text: String, _ expected: String) {
        #expect(DateExpressions.parse(text)?.description == expected)
    }

    @Test(arguments: ["2022-13-45", "February 30, 2022", "yesterday", "", "March 2022"])
    func rejectsImpossibleOrPartialDates(_ text: String) {
        #expect(DateExpressions.parse(text) == nil)
    }

    @Test func findsDatesInsideText() {
        let m = DateExpressions.find(in: "during their meeting at the Kremlin, on October 4, 2017 in Moscow")
        #expect(m.map(\.date.description) == ["2017-10-04"])
    }

    @Test func dayArithmetic() {
        let d = CalendarDate(year: 2024, month: 2, day: 28)!
        #expect(d.adding(days: 1).description == "2024-02-29")
        #expect(d.adding(days: 2).description == "2024-03-01")
        #expect(CalendarDate(year: 2022, month: 3, day: 10)!.weekday == 3)  // a Thursday
    }
}
