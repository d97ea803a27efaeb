import Crypto
import Foundation

/// One numbered SQL file under `Migrations/`, e.g. `0002_bureaus_and_keys.sql`.
public struct MigrationFile: Sendable, Equatable {
    public let version: Int
    public let name: String
    public let sql: String
    /// SHA-256 of the file's bytes, hex: an edited file no longer matches what was applied.
    public let checksum: String

    public init(name: String, contents: Data) throws {
        guard let version = Self.version(of: name) else {
            throw MigrationError.badFileName(name)
        }
        guard let sql = String(data: contents, encoding: .utf8) else {
            throw MigrationError.notUTF8(name)
        }
        self.version = version
        self.name = name
        self.sql = sql
        self.checksum = SHA256.hash(data: contents).map { String(format: "%02x", $0) }.joined()
    }

    /// `NNNN_words.sql` → NNNN.
    static func version(of name: String) -> Int? {
        guard name.hasSuffix(".sql"), let underscore = name.firstIndex(of: "_") else { return nil }
        let digits = name[..<underscore]
        guard digits.count == 4, digits.allSatisfy(\.isASCII), let number = Int(digits), number > 0 else { return nil }
        return number
    }

    /// Every `NNNN_*.sql` file of `directory`, in version order. Other files are ignored so that
    /// a README can sit beside them.
    public static func load(from directory: URL) throws -> [MigrationFile] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".sql") }
        let files = try names.map { name in
            try MigrationFile(name: name, contents: Data(contentsOf: directory.appendingPathComponent(name)))
        }.sorted { $0.version < $1.version }
        for (previous, next) in zip(files, files.dropFirst()) where previous.version == next.version {
            throw MigrationError.duplicateVersion(previous.name, next.name)
        }
        return files
    }
}

public enum MigrationError: Error, CustomStringConvertible, Equatable {
    case badFileName(String)
    case notUTF8(String)
    case duplicateVersion(String, String)
    case edited(String)
    case missingOnDisk(String)
    case failed(String, statement: Int, message: String)

    public var description: String {
        switch self {
        case .badFileName(let name):
            "migration file \(name) must be named NNNN_description.sql with a four-digit number above 0000"
        case .notUTF8(let name):
            "migration file \(name) is not UTF-8"
        case .duplicateVersion(let a, let b):
            "migration files \(a) and \(b) share a version number"
        case .edited(let name):
            "migration \(name) was edited after it was applied (its checksum differs); add a new migration instead of changing an applied one"
        case .missingOnDisk(let name):
            "migration \(name) is recorded as applied but its file is missing"
        case .failed(let name, let statement, let message):
            "migration \(name) failed at statement \(statement): \(message); nothing of it was applied"
        }
    }
}
