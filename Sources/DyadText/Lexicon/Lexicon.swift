import DyadCore

/// Closed-class English words the rule-based analysis relies on. Lower case, folded.
public enum Lexicon {
    public static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "any", "some", "each", "every", "all",
        "both", "no", "another", "other", "such", "its", "his", "her", "their", "our", "my", "your",
    ]
    public static let prepositions: Set<String> = [
        "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "against", "about",
        "over", "under", "between", "among", "through", "during", "after", "before", "since", "until",
        "despite", "without", "within", "toward", "towards", "across", "amid", "amidst", "near",
        "upon", "via", "per", "including", "regarding", "concerning", "following", "behind", "beyond",
        "around", "along", "outside", "inside", "like", "unlike", "as",
    ]
    public static let auxiliaries: Set<String> = [
        "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m",
        "have", "has", "had", "having", "'ve", "'d",
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "wo", "ca", "'ll",
    ]
    public static let beForms: Set<String> = ["be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "get", "got", "gets", "gotten"]
    /// Number words and quantities that may stand before a noun ("three Palestinians", "dozens of").
    public static let quantifiers: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
        "millions", "several", "many", "few", "more", "most", "least", "at", "of", "some",
        "scores", "tens",
    ]
    public static let negations: Set<String> = ["not", "n't", "never", "no", "neither", "nor"]
    public static let coordinators: Set<String> = ["and", "or", "but", "nor", "yet"]
    public static let subordinators: Set<String> = [
        "that", "which", "who", "whom", "whose", "while", "whereas", "although", "though", "because",
        "if", "unless", "when", "whenever", "where", "after", "before", "since", "until", "as",
        "once", "so", "than", "whether",
    ]
    public static let personalPronouns: Set<String> = [
        "i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them", "who", "what",
    ]
    /// Words that open a fronted adverbial phrase before the subject.
    public static let frontingWords: Set<String> = [
        "despite", "although", "though", "after", "before", "while", "when", "since", "in", "on",
        "at", "during", "following", "amid", "as", "if", "because", "however", "meanwhile",
        "moreover", "earlier", "later", "last", "yesterday", "today", "for", "with", "without",
        "according", "under", "unlike", "like", "once", "by",
    ]
    /// Verbs that report speech or thought: their complement clause is reported.
    public static let reportingVerbs: Set<String> = [
        "say", "said", "says", "saying", "report", "reported", "reports", "reporting", "claim",
        "claimed", "claims", "tell", "told", "tells", "state", "stated", "states", "announce",
        "announced", "announces", "add", "added", "adds", "insist", "insisted", "insists", "stress",
        "stressed", "stresses", "believe", "believed", "believes", "think", "thought", "thinks",
        "argue", "argued", "argues", "suggest", "suggested", "suggests", "note", "noted", "notes",
        "allege", "alleged", "alleges", "write", "wrote", "writes", "according",
    ]
    /// Verbs that deny the act their complement clause or gerund tells of: "denied that its
    /// troops had shelled", "denies supplying drones".
    public static let denialVerbs: Set<String> = [
        "deny", "denies", "denied", "denying", "refute", "refutes", "refuted", "refuting",
    ]
    /// Verbs that deny the act told of by their object's clause: "rejected accusations that it
    /// had shelled", "dismissed reports that ...".
    public static let claimRejectingVerbs: Set<String> = denialVerbs.union([
        "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing",
        "dispute", "disputes", "disputed", "disputing", "rebuff", "rebuffs", "rebuffed", "rebuffing",
    ])
    /// Nouns whose clause tells of an act someone asserts: "reports that", "claims that".
    public static let claimNouns: Set<String> = [
        "report", "reports", "claim", "claims", "accusation", "accusations", "allegation", "allegations",
        "charge", "charges", "suggestion", "suggestions", "rumor", "rumors", "rumour", "rumours",
        "assertion", "assertions", "speculation",
    ]
    /// Modal auxiliaries and what they make of an event.
    public static let intentionWords: Set<String> = ["will", "wo", "'ll", "shall", "going", "plan", "plans", "planned", "intend", "intends", "intended", "vow", "vowed", "vows", "pledge", "pledged", "pledges", "promise", "promised", "promises", "aim", "aims", "aimed", "want", "wants", "wanted", "seek", "seeks", "sought", "prepare", "prepares", "prepared", "try", "tries", "tried", "trying", "threaten", "threatened", "threatens", "decide", "decided", "agree", "agreed", "agrees", "expect", "expected", "expects", "hope", "hopes", "hoped",
        // "are seeking to deepen ties", "is planning to visit"
        "planning", "intending", "vowing", "pledging", "promising", "aiming", "wanting", "seeking", "preparing", "threatening", "hoping",
        // "offered to host talks"
        "offer", "offers", "offered", "offering",
        // "is ready to attack", "stands poised to strike"
        "ready", "poised", "willing", "determined"]
    /// Words of a scheduled act ("is due to visit Beirut", "is scheduled to meet"): the plain
    /// future, as `futureAuxiliaries`, not an intention.
    public static let scheduleWords: Set<String> = ["due", "scheduled", "slated"]
    /// Auxiliaries of the plain future ("will visit", "is going to sign"): the event keeps its code
    /// with modality `intended`, as PETRARCH and TABARI code it; intention verbs recode to 03/13.
    public static let futureAuxiliaries: Set<String> = ["will", "wo", "'ll", "shall", "going"]
    public static let hypotheticalWords: Set<String> = ["would", "could", "might", "may", "should", "can", "ca", "must", "if", "unless", "whether", "possibly", "perhaps", "likely", "unlikely"]
    public static let pastMarkers: Set<String> = ["once", "formerly", "previously", "earlier", "ago"]

    public static func isFunctionWord(_ w: String) -> Bool {
        determiners.contains(w) || prepositions.contains(w) || auxiliaries.contains(w)
            || coordinators.contains(w) || subordinators.contains(w) || personalPronouns.contains(w)
            || negations.contains(w)
    }

    public static let dayWords: Set<String> = [
        "today", "yesterday", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    ]

    /// The number of words of a time adjunct that starts with `word(0)` (folded words, `word(k)`
    /// the k-th from there, "" past the end): "today", "on Tuesday", "on Monday night", "last
    /// week"; 0 when there is none. News puts these between a verb and what it governs ("met on
    /// Tuesday with", "threatened today to impose").
    public static func timeAdjunctLength(_ word: (Int) -> String) -> Int {
        let w = word(0)
        if dayWords.contains(w) { return partsOfDay.contains(word(1)) ? 2 : 1 }
        if w == "on" || w == "late" || w == "early", dayWords.contains(word(1)) {
            return partsOfDay.contains(word(2)) ? 3 : 2
        }
        if w == "last" || w == "this" || w == "next", periods.contains(word(1)) { return 2 }
        return 0
    }

    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]
    static let periods: Set<String> = ["week", "month", "year", "weekend"]

    /// "The United States and Britain imposed sanctions" tagged with no verb at all: a past
    /// form read as an adjective right after a name is the sentence's verb.
    public static func isPastFormReadAsAdjective(_ tokens: [Token], at i: Int) -> Bool {
        guard i > 0, i < tokens.count, tokens[i].upos == "ADJ", tokens[i - 1].upos == "PROPN",
              tokens[i].text.hasSuffix("ed") else { return false }
        return !tokens.contains { $0.upos == "VERB" || $0.upos == "AUX" }
    }

    /// A cheap guess that a word is a finite or participial verb form.
    public static func looksLikeVerb(_ w: String) -> Bool {
        auxiliaries.contains(w) || (w.count > 4 && w.hasSuffix("ed"))
    }
}
