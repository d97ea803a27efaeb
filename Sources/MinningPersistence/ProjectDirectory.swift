import Foundation

/// Where `Migrations/`, `Seeds/` and `docs/openapi.json` are read from at run time.
///
/// They are plain files of the repository, read from disk rather than embedded, so that an operator
/// can see exactly what a deploy will apply. `MINNING_HOME` names the folder; without it the current
/// directory and its parents are searched, the way `swift run` and the deploy scripts start the binary.
public struct ProjectDirectory: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root }

    /// `home` is MINNING_HOME as the settings read it.
    public static func locate(home: String?) throws -> ProjectDirectory {
        if let home, !home.isEmpty {
            let url = URL(fileURLWithPath: home, isDirectory: true)
            guard FileManager.default.fileExists(atPath: url.appendingPathComponent("Migrations").path) else {
                throw LocateError(message: "MINNING_HOME=\(home) has no Migrations folder")
            }
            return ProjectDirectory(root: url)
        }
        var candidate = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        while true {
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("Migrations").path) {
                return ProjectDirectory(root: candidate)
            }
            let parent = candidate.deletingLastPathComponent()
            if parent.path == candidate.path { break }
            candidate = parent
        }
        throw LocateError(message: "no Migrations folder in the current directory or its parents; set MINNING_HOME")
    }

    public struct LocateError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    public var migrations: URL { root.appendingPathComponent("Migrations", isDirectory: true) }
    public var seeds: URL { root.appendingPathComponent("Seeds", isDirectory: true) }
    public var openAPIDocument: URL { root.appendingPathComponent("docs/openapi.json") }

    public func migrationFiles() throws -> [MigrationFile] { try MigrationFile.load(from: migrations) }
}
