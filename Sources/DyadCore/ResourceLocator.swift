import Foundation

/// Finds a folder of a module's resources (copied with `.copy("Resources")`), on every platform
/// SwiftPM builds for.
public enum ResourceLocator {
    /// The folder `Resources/<name>` of `bundle`, or nil when the installation lacks it.
    public static func directory(_ name: String, in bundle: Bundle) -> URL? {
        let candidates = [
            bundle.bundleURL.appendingPathComponent("Resources").appendingPathComponent(name),
            bundle.resourceURL?.appendingPathComponent(name),
            bundle.resourceURL?.appendingPathComponent("Resources").appendingPathComponent(name),
        ].compactMap { $0 }
        return candidates.first { url in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
        }
    }
}
