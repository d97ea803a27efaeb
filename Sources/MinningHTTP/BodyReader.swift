import Foundation
import Hummingbird
import MinningDomain

/// Reads a JSON object body field by field, collecting every problem, then throws them together.
///
/// Unknown keys are errors too: a misspelt optional field silently ignored is a bug a clerk
/// would never see.
struct BodyReader {
    private let object: [String: JSONValue]
    private var read: Set<String> = []
    private(set) var issues: [FieldIssue] = []

    init(_ request: Request, context: MinningRequestContext) async throws {
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/json") || contentType.hasPrefix("application/problem+json") else {
            throw Problem.unsupportedMediaType()
        }
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(buffer: buffer))
        } catch {
            throw Problem.malformed("the body is not valid JSON")
        }
        guard case .object(let object) = value else {
            throw Problem.malformed("the body must be a JSON object, not \(value.typeName)")
        }
        self.object = object
    }

    /// A single-line string of at most `maxLength` code points (as JSON Schema counts them), with
    /// surrounding blanks trimmed; empty after trimming is refused unless `allowEmpty`.
    mutating func string(_ key: String, required: Bool = true, maxLength: Int = 200, allowEmpty: Bool = false) -> String? {
        guard let value = take(key, required: required) else { return nil }
        guard case .string(let raw) = value else { return mismatch(key, expected: "a string", got: value) }
        if raw.unicodeScalars.count > maxLength {
            return issue(key, "must be at most \(maxLength) characters")
        }
        if raw.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return issue(key, "must not contain control characters")
        }
        let text = raw.trimmingCharacters(in: Self.blanks)
        if text.isEmpty, !allowEmpty {
            return issue(key, "must not be empty or blank")
        }
        return text
    }

    /// Space characters that count as blank: the published document's `pattern` lists the same set,
    /// so that what the schema calls valid and what the server accepts agree exactly.
    static let blanks: CharacterSet = {
        var set = CharacterSet()
        for scalar in [0x20, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF] + Array(0x2000...0x200A) {
            set.insert(Unicode.Scalar(UInt32(scalar))!)
        }
        return set
    }()

    mutating func regionCode(_ key: String, required: Bool = true) -> RegionCode? {
        guard let value = take(key, required: required) else { return nil }
        guard case .string(let text) = value else { return mismatch(key, expected: "a string", got: value) }
        guard let code = RegionCode(text) else { return issue(key, "must be a six-digit GB/T 2260 region code") }
        return code
    }

    mutating func oneOf<Value: RawRepresentable & CaseIterable>(_ key: String, _ type: Value.Type, required: Bool = true) -> Value?
    where Value.RawValue == String {
        guard let value = take(key, required: required) else { return nil }
        guard case .string(let text) = value else { return mismatch(key, expected: "a string", got: value) }
        guard let result = Value(rawValue: text) else {
            return issue(key, "must be one of: " + Value.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return result
    }

    /// Throws a validation problem when any field was bad, missing or unknown.
    mutating func finish() throws {
        for key in object.keys.sorted() where !read.contains(key) {
            issues.append(FieldIssue(field: key, message: "is not a known field"))
        }
        if !issues.isEmpty { throw Problem.validation(issues) }
    }

    mutating func add(_ issue: FieldIssue) { issues.append(issue) }

    /// An optional field may be left out; `null` is refused like any other wrong type, as the
    /// published schema does, so that what a client sends means one thing only.
    private mutating func take(_ key: String, required: Bool) -> JSONValue? {
        read.insert(key)
        switch object[key] {
        case .none:
            if required { issues.append(FieldIssue(field: key, message: "is required")) }
            return nil
        case .some(.null):
            issues.append(FieldIssue(field: key, message: required ? "is required" : "must be left out rather than null"))
            return nil
        case .some(let value):
            return value
        }
    }

    private mutating func mismatch<T>(_ key: String, expected: String, got: JSONValue) -> T? {
        issue(key, "must be \(expected), not \(got.typeName)")
    }

    private mutating func issue<T>(_ key: String, _ message: String) -> T? {
        issues.append(FieldIssue(field: key, message: message))
        return nil
    }
}
