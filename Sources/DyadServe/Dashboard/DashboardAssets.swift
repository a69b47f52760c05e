import DyadCore
import Foundation

/// The dashboard's files (HTML, CSS, JavaScript), read once from the package resources and
/// served from memory by name. Only names in this set exist: no path reaches the file system.
public struct DashboardAssets: Sendable {
    public struct Asset: Sendable, Hashable {
        public var bytes: [UInt8]
        public var contentType: String
    }

    public let files: [String: Asset]

    static let contentTypes = [
        "html": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml",
    ]

    /// Loads every file of the known types directly in `directory` (default: the shipped dashboard).
    public static func load(from directory: URL? = nil) throws -> DashboardAssets {
        guard let dir = directory ?? ResourceLocator.directory("dashboard", in: Bundle.module) else {
            throw ServeError(.internalServerError, "the dashboard files are missing from the package resources")
        }
        var files: [String: Asset] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
            guard let type = contentTypes[(name as NSString).pathExtension.lowercased()] else { continue }
            let data = try Data(contentsOf: dir.appendingPathComponent(name))
            files[name] = Asset(bytes: Array(data), contentType: type)
        }
        guard files["index.html"] != nil else {
            throw ServeError(.internalServerError, "the dashboard has no index.html")
        }
        return DashboardAssets(files: files)
    }

    /// The asset called `name`; nil for anything else, including any name with a path in it.
    public func asset(named name: String) -> Asset? {
        guard Self.isPlainName(name) else { return nil }
        return files[name]
    }

    /// A file name without folders, parent references, encoded separators or control characters.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 100 && !name.hasPrefix(".")
            && name.unicodeScalars.allSatisfy { s in
                (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "-" || s == "_" || s == "."
            }
            && !name.contains("..")
    }
}
