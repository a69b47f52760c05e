import DyadCore

/// One entry of a PETRARCH or TABARI actors file: a name with its synonyms and its codes.
public struct PetrarchActor: Sendable, Hashable {
    /// A code, with the dates it applies between when it is date-restricted.
    public struct Code: Sendable, Hashable {
        public let code: String
        /// First day the code applies (`[CODE >YYMMDD]`, or the start of `START-END`).
        public let from: CalendarDate?
        /// First day it no longer applies (`[CODE <YYMMDD]`, or the end of `START-END`).
        public let until: CalendarDate?
        public let line: Int
        /// The actors of a code that names several (`[FRO/BIL/SAM]`), `code` being the first;
        /// empty for a code of one actor.
        public var members: [String] = []
        public var isDated: Bool { from != nil || until != nil }
    }

    /// Written forms (see `PetrarchNames`), the name line's first.
    public var names: [String]
    /// Usable codes in file order: the first undated one is the default.
    public var codes: [Code]
    public let line: Int

    /// The code used when no dated code applies.
    public var defaultCode: String? { codes.first { !$0.isDated }?.code }
    /// The members of the default code when it names several actors.
    public var defaultMembers: [String] { codes.first { !$0.isDated }?.members ?? [] }
    public var datedCodes: [Code] { codes.filter(\.isDated) }
}

/// Reads PETRARCH / TABARI actors files (`Phoenix.Countries.actors.txt`,
/// `PETR.Validate.actors.txt`).
///
/// An entry is a name line, `+` synonym lines and code lines:
///
///     HAMID_KARZAI_  # a comment
///     +KARZAI_
///     +PRESIDENT_KARZAI_
///         [AFGELI 750101-000101]
///         [AFGGOV >011222]
///         [AFGELI]
///
/// or all on one line, `ISRAEL [ISR]`. Codes are `[CODE]` (the default), `[CODE START-END]` (both
/// days included),
/// `[CODE >DATE]` (from), `[CODE <DATE]` (until); several may share a line. Dates are `YYMMDD`
/// or `YYYYMMDD` (see `PetrarchText.date`). What the hand-edited reference files contain but
/// dyad cannot use is skipped and counted in the report: null codes (`[---]`, `[+++]`), dated
/// codes with `/`, unreadable dates, irregular brackets (read leniently). An undated code with
/// `/` (`[FRO/BIL/SAM]`) names several actors: it becomes a collective. Only a file that is not
/// text (a NUL character) is an error.
public enum PetrarchActorReader {
    public static func read(_ text: String, file: String) throws -> (actors: [PetrarchActor], report: DictionaryReport) {
        try PetrarchText.checkText(text, file: file)
        var report = DictionaryReport(file: file, format: "PETRARCH actors")
        var out: [PetrarchActor] = []
        var current: PetrarchActor?

        func finish() {
            guard let a = current else { return }
            current = nil
            if a.codes.isEmpty {
                report.skip("names without a usable code", line: a.line)
            } else {
                report.read += 1
                out.append(a)
            }
        }

        for line in PetrarchText.lines(text) {
            let t = line.text
            if t.hasPrefix("[") {
                let (_, groups, irregular) = PetrarchText.brackets(t)
                if irregular { report.note("lines with irregular brackets, read leniently", line: line.number) }
                guard current != nil else {
                    report.skip("code lines before any name", line: line.number)
                    continue
                }
                for g in groups { if let c = code(g, line: line.number, report: &report) { current!.codes.append(c) } }
            } else if t.hasPrefix("+") {
                let (head, groups, irregular) = PetrarchText.brackets(String(t.dropFirst()))
                if irregular { report.note("lines with irregular brackets, read leniently", line: line.number) }
                guard current != nil else {
                    report.skip("synonyms before any name", line: line.number)
                    continue
                }
                if let name = PetrarchNames.writtenForm(head) {
                    if !current!.names.contains(name) { current!.names.append(name) }
                } else {
                    report.note("empty synonyms", line: line.number)
                }
                for g in groups { if let c = code(g, line: line.number, report: &report) { current!.codes.append(c) } }
            } else {
                finish()
                let (head, groups, irregular) = PetrarchText.brackets(t)
                if irregular { report.note("lines with irregular brackets, read leniently", line: line.number) }
                guard let name = PetrarchNames.writtenForm(head) else {
                    report.skip("code lines before any name", line: line.number)
                    continue
                }
                var a = PetrarchActor(names: [name], codes: [], line: line.number)
                for g in groups { if let c = code(g, line: line.number, report: &report) { a.codes.append(c) } }
                current = a
            }
        }
        finish()
        return (out, report)
    }

    /// Parses the inside of one `[...]`; nil (and a note) when it gives no usable code.
    static func code(_ inside: String, line: Int, report: inout DictionaryReport) -> PetrarchActor.Code? {
        let parts = inside.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = parts.first else {
            report.note("empty codes", line: line)
            return nil
        }
        let code = first.uppercased()
        if code.allSatisfy({ "-+#".contains($0) }) {
            report.note("null codes (\(first))", line: line)
            return nil
        }
        func isActorCode(_ c: Substring) -> Bool {
            (3...15).contains(c.count) && c.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }) && c.first?.isLetter == true
        }
        let spec = parts.dropFirst().joined()
        if code.contains("/") {
            let members = code.split(separator: "/", omittingEmptySubsequences: false)
            guard spec.isEmpty, members.count >= 2, members.allSatisfy(isActorCode) else {
                report.note(spec.isEmpty ? "codes with several actors (A/B) that are not actor codes" : "dated codes with several actors (A/B)", line: line)
                return nil
            }
            report.note("codes with several actors (A/B), read as collectives", line: line)
            return .init(code: String(members[0]), from: nil, until: nil, line: line, members: members.map(String.init))
        }
        guard isActorCode(code[...]) else {
            report.note("codes that are not actor codes", line: line)
            return nil
        }
        if first != code { report.note("codes in small letters, read in capitals", line: line) }
        if spec.isEmpty { return .init(code: code, from: nil, until: nil, line: line) }
        var from: CalendarDate?
        var until: CalendarDate?
        if spec.hasPrefix("<") {
            until = PetrarchText.date(String(spec.dropFirst()))
            if until == nil { report.note("date restrictions with an unreadable date, dropped", line: line); return nil }
        } else if spec.hasPrefix(">") {
            from = PetrarchText.date(String(spec.dropFirst()))
            if from == nil { report.note("date restrictions with an unreadable date, dropped", line: line); return nil }
        } else if let dash = spec.firstIndex(of: "-") {
            from = PetrarchText.date(String(spec[..<dash]))
            let last = PetrarchText.date(String(spec[spec.index(after: dash)...]))
            guard let f = from, let l = last else {
                report.note("date restrictions with an unreadable date, dropped", line: line)
                return nil
            }
            // END is the range's last day, as the validation suites read it: a record dated
            // 2010-01-12 takes `[ORCHOB 20100109-20100112]`.
            until = l.adding(days: 1)
            guard f <= l else {
                report.note("date ranges that end before they start, dropped", line: line)
                return nil
            }
        } else if let d = PetrarchText.date(spec) {
            // A bare date reads as "from then on".
            from = d
            report.note("bare dates read as '>DATE'", line: line)
        } else {
            report.note("date restrictions with an unreadable date, dropped", line: line)
            return nil
        }
        return .init(code: code, from: from, until: until, line: line)
    }
}
