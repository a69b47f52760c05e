import DyadCore
import Foundation

/// Finds and reads the dictionary files shipped as package resources.
public enum ShippedDictionaries {
    /// The shipped files with the given extension, sorted by name.
    public static func files(withExtension ext: String) throws -> [URL] {
        guard let dir = ResourceLocator.directory("dictionaries", in: Bundle.module) else {
            throw DyadError.unreadable(input: "dictionaries", reason: "the shipped dictionaries are missing from the installation")
        }
        return try files(in: dir, withExtension: ext)
    }

    /// The files in `dir` with the given extension, sorted by name.
    public static func files(in dir: URL, withExtension ext: String) throws -> [URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        } catch {
            throw DyadError.unreadable(input: dir.path, reason: "not a readable folder")
        }
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// Reads a dictionary file as UTF-8, with an error naming the file.
    public static func read(_ url: URL) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DyadError.unreadable(input: url.path, reason: "no such file or not readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DyadError.badData(file: url.lastPathComponent, line: nil, reason: "not valid UTF-8")
        }
        return text
    }
}
