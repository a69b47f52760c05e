import Foundation

/// A dictionary read from human-editable text files of one extension (`*.actors`, `*.agents`,
/// `*.coordinates`): the shipped files first, a user's on top.
public protocol TextDictionary {
    /// The extension of its files, without the dot.
    static var fileExtension: String { get }
    /// An empty dictionary.
    init()
    /// Adds the entries of `text`, the contents of a file named `file` (for error messages).
    mutating func load(parsing text: String, file: String) throws
}

extension TextDictionary {
    /// The dictionary shipped with dyad: every shipped file of its extension, by file name.
    public static func standard() throws -> Self {
        var d = Self()
        for url in try ShippedDictionaries.files(withExtension: fileExtension) {
            try d.load(contentsOf: url)
        }
        return d
    }

    /// Adds the entries of the file at `url`.
    public mutating func load(contentsOf url: URL) throws {
        try load(parsing: try ShippedDictionaries.read(url), file: url.lastPathComponent)
    }
}
