/// Errors dyad reports to its user. Each names the input and, where known, the line.
public enum DyadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An input could not be read at all (missing, unreadable, a directory).
    case unreadable(input: String, reason: String)
    /// An input was read but is not usable as an article (empty, binary, invalid UTF-8, too large).
    case badInput(input: String, line: Int?, reason: String)
    /// A data file (dictionary, taxonomy, model) is malformed.
    case badData(file: String, line: Int?, reason: String)
    /// A date that could not be understood.
    case badDate(input: String, value: String)
    /// A command-line usage problem detected after parsing.
    case usage(String)

    public var description: String {
        switch self {
        case let .unreadable(input, reason):
            return "\(input): cannot read: \(reason)"
        case let .badInput(input, line, reason):
            if let line { return "\(input):\(line): \(reason)" }
            return "\(input): \(reason)"
        case let .badData(file, line, reason):
            if let line { return "\(file):\(line): \(reason)" }
            return "\(file): \(reason)"
        case let .badDate(input, value):
            return "\(input): cannot understand the date '\(value)' (expected YYYY-MM-DD or a date such as 'March 10, 2022')"
        case let .usage(message):
            return message
        }
    }
}
