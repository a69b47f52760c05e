import DyadExtract
import Testing

@Suite struct SimHashTests {
    /// A news story of about 250 words, in paragraphs.
    static let story = [
        "The foreign ministers of Russia and Ukraine met in Geneva on Tuesday for the first direct talks since the ceasefire collapsed in the spring, officials from both delegations said.",
        "The meeting, hosted by the Swiss government, lasted more than six hours and ended with an agreement to exchange prisoners of war before the end of the month.",
        "Diplomats described the atmosphere as tense but businesslike. Both sides accused each other of violating earlier agreements on the shelling of civilian areas near the front line.",
        "The European Union welcomed the talks and said it was ready to support any settlement that respected international law and the territorial integrity of Ukraine.",
        "Washington urged both governments to keep the channel open. A State Department spokesman said the United States would not take part in the negotiations but would follow them closely.",
        "Analysts in Kyiv and Moscow were cautious. Many said the prisoner exchange was a modest step, and that the questions of territory and security guarantees remained far apart.",
        "A second round of talks is expected in Vienna next month, according to a joint statement issued after the meeting.",
    ]

    @Test func theSameTextGivesTheSameFingerprint() throws {
        let a = try #require(SimHash.fingerprint(Self.story))
        #expect(SimHash.fingerprint(Self.story) == a)
        // Case, punctuation and paragraph breaks do not matter.
        let reflowed = [Self.story.joined(separator: " ").uppercased().replacingOccurrences(of: ",", with: " ;")]
        #expect(SimHash.fingerprint(reflowed) == a)
    }

    @Test func aSmallEditIsANearDuplicate() throws {
        let a = try #require(SimHash.fingerprint(Self.story))
        var edited = Self.story
        edited[1] = edited[1].replacingOccurrences(of: "six hours", with: "seven hours")
        edited.append("Share this article.")
        let b = try #require(SimHash.fingerprint(edited))
        #expect(a != b)
        #expect(SimHash.distance(a, b) <= 3, "distance \(SimHash.distance(a, b))")
    }

    @Test func anotherStoryIsFarAway() throws {
        let a = try #require(SimHash.fingerprint(Self.story))
        let other = [
            "Heavy rain caused flooding across the north of the country on Sunday, forcing thousands of families to leave their homes as rivers burst their banks.",
            "Emergency services said they had rescued more than two hundred people by boat, and that several bridges had been closed because of the rising water.",
            "The government announced an emergency fund for farmers whose crops were destroyed and promised to review the flood defences built a decade ago.",
        ]
        let b = try #require(SimHash.fingerprint(other))
        #expect(SimHash.distance(a, b) > 10, "distance \(SimHash.distance(a, b))")
    }

    @Test func shortTextsHaveNoFingerprint() {
        #expect(SimHash.fingerprint(["Russia criticized Ukraine. Item 17."]) == nil)
        #expect(SimHash.fingerprint([]) == nil)
    }

    @Test func distanceCountsDifferingBits() {
        #expect(SimHash.distance(0, 0) == 0)
        #expect(SimHash.distance(0b1011, 0b0001) == 2)
        #expect(SimHash.distance(0, .max) == 64)
    }
}
