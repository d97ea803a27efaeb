import Hummingbird
import MinningDomain

/// Reads query parameters with the same all-problems-at-once rule as `BodyReader`.
struct QueryReader {
    private let parameters: [String: [String]]
    private var read: Set<String> = []
    private var issues: [FieldIssue] = []

    init(_ request: Request) {
        var parameters: [String: [String]] = [:]
        for (key, value) in request.uri.queryParameters {
            parameters[String(key), default: []].append(String(value))
        }
        self.parameters = parameters
    }

    mutating func regionCode(_ key: String) -> RegionCode? {
        guard let text = single(key) else { return nil }
        guard let code = RegionCode(text) else { return issue(key, .notRegionCode) }
        return code
    }

    mutating func oneOf<Value: RawRepresentable & CaseIterable>(_ key: String, _ type: Value.Type) -> Value?
    where Value.RawValue == String {
        guard let text = single(key) else { return nil }
        guard let value = Value(rawValue: text) else {
            return issue(key, .notOneOf(Value.allCases.map(\.rawValue), term: Vocabulary.term(holding: Value.allCases.map(\.rawValue))))
        }
        return value
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = single(key) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            return issue(key, .wholeNumberOutOfRange(range.lowerBound, range.upperBound))
        }
        return value
    }

    /// As `integer(_:in:)`, for a parameter the request must carry.
    mutating func requiredInteger(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard parameters[key] != nil else {
            read.insert(key)
            return issue(key, .required)
        }
        return integer(key, in: range)
    }

    /// A string matching `pattern`'s description; `isValid` decides.
    mutating func string(_ key: String, describedAs description: Message, isValid: (String) -> Bool) -> String? {
        guard let text = single(key) else { return nil }
        guard isValid(text) else { return issue(key, description) }
        return text
    }

    mutating func finish() throws {
        for key in parameters.keys.sorted() where !read.contains(key) {
            issues.append(FieldIssue(field: key, message: .unknownQueryParameter))
        }
        if !issues.isEmpty { throw Problem.validation(issues) }
    }

    private mutating func single(_ key: String) -> String? {
        read.insert(key)
        guard let values = parameters[key] else { return nil }
        guard values.count == 1 else { return issue(key, .givenOnce) }
        return values[0]
    }

    private mutating func issue<T>(_ key: String, _ message: Message) -> T? {
        issues.append(FieldIssue(field: key, message: message))
        return nil
    }
}
