import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the inputs named on a command line into the files to read: a folder stands for every
/// file under it (recursively, hidden files and folders skipped, in sorted order), a name with
/// `*`, `?` or `[` that is not itself a file is a glob pattern (as the shell would expand it, for
/// callers that quote it), and `-` (stdin) and other names stay as they are, so a missing file
/// is reported by the reader.
///
/// ```swift
/// InputPaths.expand(["crawl/", "feeds/*.xml", "-"])
/// ```
public enum InputPaths {
    public static func expand(_ names: [String]) -> [String] {
        var out: [String] = []
        for name in names {
            if name == "-" {
                out.append(name)
                continue
            }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: name, isDirectory: &isDir) {
                out += isDir.boolValue ? files(under: name) : [name]
            } else if name.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) {
                let matches = glob(name)
                if matches.isEmpty {
                    out.append(name)
                } else {
                    for m in matches {
                        var d: ObjCBool = false
                        _ = FileManager.default.fileExists(atPath: m, isDirectory: &d)
                        out += d.boolValue ? files(under: m) : [m]
                    }
                }
            } else {
                out.append(name)
            }
        }
        return out
    }

    /// The regular files under `folder`, recursively, sorted by path; hidden entries skipped.
    public static func files(under folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var found: [String] = []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let rootPath = root.standardizedFileURL.path
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            // Keep the folder as the user wrote it, followed by the path inside it.
            var inside = url.standardizedFileURL.path
            if inside.hasPrefix(rootPath + "/") { inside.removeFirst(rootPath.count + 1) }
            found.append(prefix + inside)
        }
        return found.sorted()
    }

    /// The paths matching a shell pattern, sorted; empty when none match.
    static func glob(_ pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        #if canImport(Glibc)
        guard Glibc.glob(pattern, 0, nil, &g) == 0 else { return [] }
        #else
        guard Darwin.glob(pattern, 0, nil, &g) == 0 else { return [] }
        #endif
        var paths: [String] = []
        for i in 0..<Int(g.gl_pathc) {
            if let p = g.gl_pathv[i] { paths.append(String(cString: p)) }
        }
        return paths.sorted()
    }
}
