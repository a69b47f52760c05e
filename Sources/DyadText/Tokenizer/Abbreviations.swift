/// Words that end in a period without ending a sentence.
enum Abbreviations {
    /// Titles and other abbreviations that are always followed by more of the same sentence.
    static let neverFinal: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt",
        "cmdr", "adm", "sgt", "cpl", "pvt", "st", "rev", "hon", "pres", "amb", "supt", "insp",
        "messrs", "mme", "mlle", "sr", "jr", "fr", "gov", "atty", "lieut", "brig", "cdr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vol", "vols", "fig", "figs", "art", "arts", "sec", "para", "p", "pp",
        "approx", "est", "dept", "univ", "assn", "bros", "vs", "v", "cf", "e.g", "i.e", "viz",
        "mt", "ft", "ave", "blvd", "rd",
    ]
    /// Abbreviations that may also end a sentence ("... Apple Inc. The company ...").
    static let mayBeFinal: Set<String> = [
        "inc", "ltd", "co", "corp", "plc", "llc", "etc", "al", "a.m", "p.m", "am", "pm", "bn",
        "mn", "m", "b", "yr", "yrs", "min", "hr", "hrs",
    ]
    /// Words that, capitalised after an ambiguous abbreviation, start a new sentence.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "This", "That",
        "These", "Those", "There", "But", "And", "However", "In", "On", "At", "For", "As", "If",
        "When", "While", "After", "Before", "Meanwhile", "Moreover", "Yet", "So", "His", "Her",
        "Their", "Our", "My", "Some", "Many", "Most", "Other", "Such", "Despite", "Although",
        "Since", "Because", "Last", "Earlier", "Later", "Now", "Then", "Still", "Also", "What",
        "Who", "Why", "How", "Where", "One", "Two", "Officials", "According",
    ]
}
