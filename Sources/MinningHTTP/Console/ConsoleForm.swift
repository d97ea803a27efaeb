import Foundation
import Hummingbird

/// A submitted HTML form (`application/x-www-form-urlencoded`): names to values, the first of a
/// repeated name kept. Bodies are small; a larger one is not a console form.
enum ConsoleForm {
    static let maximumBytes = 16 << 10

    static func read(_ request: Request, context: MinningRequestContext) async throws -> [String: String] {
        let buffer = try await request.body.collect(upTo: maximumBytes)
        return parse(String(buffer: buffer))
    }

    static func parse(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]) else { continue }
            let value = parts.count > 1 ? decode(parts[1]) ?? "" : ""
            if fields[name] == nil { fields[name] = value }
        }
        return fields
    }

    private static func decode(_ part: Substring) -> String? {
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
