import Foundation

/// Reading a whole text file, with errors that name it.
public enum TextFile {
    /// The file's contents, which must be UTF-8. Errors name the file by `url.path`.
    public static func read(_ url: URL) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DyadError.unreadable(input: url.path, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DyadError.badData(file: url.path, line: nil, reason: "not valid UTF-8")
        }
        return text
    }
}
