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
    /// Field-name prefix of a nested object (`consent.`, `skills[2].`), so issues name the full path.
    private let prefix: String
    /// The body exactly as received, for idempotency checks.
    private(set) var rawBody: [UInt8] = []

    /// A reader over a nested object; its issues are merged back with `absorb`.
    init(nested object: [String: JSONValue], prefix: String) {
        self.object = object
        self.prefix = prefix
    }

    init(_ request: Request, context: MinningRequestContext) async throws {
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/json") || contentType.hasPrefix("application/problem+json") else {
            throw Problem.unsupportedMediaType()
        }
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        self.prefix = ""
        self.rawBody = Array(buffer: buffer)
        let value: JSONValue
        do {
            value = try StrictJSON.parse(rawBody)
        } catch {
            throw Problem.malformed(.bodyNotJSON(error.reason, offset: error.offset))
        }
        guard case .object(let object) = value else {
            throw Problem.malformed(.bodyNotObject(got: value.kind))
        }
        self.object = object
    }

    /// A single-line string of at most `maxLength` code points (as JSON Schema counts them), with
    /// surrounding blanks trimmed; empty after trimming is refused unless `allowEmpty`.
    mutating func string(_ key: String, required: Bool = true, maxLength: Int = 200, allowEmpty: Bool = false) -> String? {
        guard let value = take(key, required: required) else { return nil }
        guard case .string(let raw) = value else { return mismatch(key, expected: .string, got: value) }
        if raw.unicodeScalars.count > maxLength {
            return issue(key, .tooLong(max: maxLength))
        }
        if raw.containsControlCharacter {
            return issue(key, .controlCharacters)
        }
        let text = raw.trimmingCharacters(in: Self.blanks)
        if text.isEmpty, !allowEmpty {
            return issue(key, .blank)
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

    /// A UUID, exactly as RFC 9562 spells it (no surrounding blanks).
    mutating func uuid(_ key: String, required: Bool = true) -> UUID? {
        guard let value = take(key, required: required) else { return nil }
        guard case .string(let text) = value else { return mismatch(key, expected: .uuidString, got: value) }
        guard let id = UUID(uuidString: text) else { return issue(key, .notUUID) }
        return id
    }

    mutating func regionCode(_ key: String, required: Bool = true) -> RegionCode? {
        guard let value = take(key, required: required) else { return nil }
        guard case .string(let text) = value else { return mismatch(key, expected: .string, got: value) }
        guard let code = RegionCode(text) else { return issue(key, .notRegionCode) }
        return code
    }

    mutating func oneOf<Value: RawRepresentable & CaseIterable>(_ key: String, _ type: Value.Type, required: Bool = true) -> Value?
    where Value.RawValue == String {
        guard let value = take(key, required: required) else { return nil }
        guard case .string(let text) = value else { return mismatch(key, expected: .string, got: value) }
        guard let result = Value(rawValue: text) else {
            return issue(key, .notOneOf(Value.allCases.map(\.rawValue), term: Vocabulary.term(holding: Value.allCases.map(\.rawValue))))
        }
        return result
    }

    mutating func integer(_ key: String, required: Bool = true, in range: ClosedRange<Int>) -> Int? {
        guard let value = take(key, required: required) else { return nil }
        if key.hasSuffix("_fen"), let hint = Self.fenHint(value) { return issue(key, hint) }
        guard case .integer(let number) = value else { return mismatch(key, expected: .wholeNumber, got: value) }
        guard let int = Int(exactly: number), range.contains(int) else {
            return issue(key, .outOfRange(range.lowerBound, range.upperBound))
        }
        return int
    }

    /// Money is whole fen (分): a decimal figure, or one sent as text, is almost surely yuan, so the
    /// message gives the fen it would be.
    static func fenHint(_ value: JSONValue) -> Message? {
        let yuan: Decimal?
        switch value {
        case .number(let number): yuan = Decimal(number)
        case .string(let text): yuan = Decimal(string: text.replacingOccurrences(of: ",", with: ""), locale: Locale(identifier: "en_US_POSIX"))
        default: return nil
        }
        guard let yuan, yuan.isFinite, abs(yuan) < 1_000_000_000 else {
            return .fenNotWhole
        }
        var fen = yuan * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &fen, 0, .plain)
        return .fenLooksLikeYuan(yuan: "\(yuan)", fen: "\(rounded)")
    }

    mutating func boolean(_ key: String, required: Bool = true) -> Bool? {
        guard let value = take(key, required: required) else { return nil }
        guard case .bool(let flag) = value else { return mismatch(key, expected: .boolean, got: value) }
        return flag
    }

    /// An ISO 8601 calendar date, `YYYY-MM-DD`.
    mutating func date(_ key: String, required: Bool = true) -> CalendarDay? {
        guard let value = take(key, required: required) else { return nil }
        guard case .string(let text) = value else { return mismatch(key, expected: .dateString, got: value) }
        guard let day = CalendarDay(iso: text), (1900...2099).contains(day.year) else {
            return issue(key, .notDate)
        }
        return day
    }

    /// An array of at most `maxCount` items, each read by `item` with its index.
    mutating func array<Item>(
        _ key: String, required: Bool = true, maxCount: Int,
        item: (inout BodyReader, JSONValue, String) -> Item?
    ) -> [Item]? {
        guard let value = take(key, required: required) else { return nil }
        guard case .array(let values) = value else { return mismatch(key, expected: .array, got: value) }
        guard values.count <= maxCount else { return issue(key, .tooManyItems(maxCount)) }
        var items: [Item] = []
        var failed = false
        for (index, element) in values.enumerated() {
            if let parsed = item(&self, element, "\(key)[\(index)]") { items.append(parsed) } else { failed = true }
        }
        return failed ? nil : items
    }

    /// A nested object read by `body`; the nested reader's issues carry the full field path.
    mutating func object<Result>(_ key: String, required: Bool = true, body: (inout BodyReader) -> Result?) -> Result? {
        guard let value = take(key, required: required) else { return nil }
        return nestedObject(value, path: key, body: body)
    }

    mutating func nestedObject<Result>(_ value: JSONValue, path: String, body: (inout BodyReader) -> Result?) -> Result? {
        guard case .object(let fields) = value else { return mismatch(path, expected: .object, got: value) }
        var nested = BodyReader(nested: fields, prefix: prefix + path + ".")
        let result = body(&nested)
        nested.rejectUnknownKeys()
        issues.append(contentsOf: nested.issues)
        return nested.issues.isEmpty ? result : nil
    }

    /// Reports an issue for an array element or other value read outside a named field.
    mutating func elementIssue<T>(_ path: String, _ message: Message) -> T? { issue(path, message) }

    /// Throws a validation problem when any field was bad, missing or unknown.
    mutating func finish() throws {
        rejectUnknownKeys()
        if !issues.isEmpty { throw Problem.validation(issues) }
    }

    private mutating func rejectUnknownKeys() {
        for key in object.keys.sorted() where !read.contains(key) {
            issues.append(FieldIssue(field: prefix + key, message: .unknownField))
        }
    }

    /// A field the server keeps and no request may write: named in the error rather than called
    /// unknown, since responses show it.
    mutating func refuseServerHeldWorkerStatus(_ key: String) {
        read.insert(key)
        if object[key] != nil { issues.append(FieldIssue(field: prefix + key, message: .serverHeldWorkerStatus)) }
    }

    /// True when `key` was sent with the value null (PATCH uses null to clear a field).
    func isExplicitNull(_ key: String) -> Bool { object[key] == .null }

    /// True when `key` was sent at all, whatever its value.
    func sent(_ key: String) -> Bool { object[key] != nil }

    /// Marks `key` as read without taking a value: a nullable field the caller handles itself.
    mutating func consume(_ key: String) { read.insert(key) }

    mutating func add(_ issue: FieldIssue) { issues.append(issue) }

    mutating func add(contentsOf more: [FieldIssue]) { issues.append(contentsOf: more) }

    /// An optional field may be left out; `null` is refused like any other wrong type, as the
    /// published schema does, so that what a client sends means one thing only.
    private mutating func take(_ key: String, required: Bool) -> JSONValue? {
        read.insert(key)
        switch object[key] {
        case .none:
            if required { issues.append(FieldIssue(field: prefix + key, message: .required)) }
            return nil
        case .some(.null):
            issues.append(FieldIssue(field: prefix + key, message: required ? .required : .leaveOutRatherThanNull))
            return nil
        case .some(let value):
            return value
        }
    }

    mutating func mismatch<T>(_ key: String, expected: JSONKind, got: JSONValue) -> T? {
        issue(key, .wrongType(expected: expected, got: got.kind))
    }

    private mutating func issue<T>(_ key: String, _ message: Message) -> T? {
        issues.append(FieldIssue(field: prefix + key, message: message))
        return nil
    }
}

extension BodyReader {
    /// An array element that must be a string: the same rules as a named string field.
    mutating func elementString(_ value: JSONValue, path: String, maxLength: Int = 200) -> String? {
        guard case .string(let raw) = value else { return mismatch(path, expected: .string, got: value) }
        if raw.unicodeScalars.count > maxLength { return elementIssue(path, .tooLong(max: maxLength)) }
        if raw.containsControlCharacter {
            return elementIssue(path, .controlCharacters)
        }
        let text = raw.trimmingCharacters(in: Self.blanks)
        if text.isEmpty { return elementIssue(path, .blank) }
        return text
    }

    mutating func elementRegionCode(_ value: JSONValue, path: String) -> RegionCode? {
        guard case .string(let text) = value else { return mismatch(path, expected: .string, got: value) }
        guard let code = RegionCode(text) else { return elementIssue(path, .notRegionCode) }
        return code
    }
}

extension BodyReader {
    mutating func elementUUID(_ value: JSONValue, path: String) -> UUID? {
        guard case .string(let text) = value else { return mismatch(path, expected: .uuidString, got: value) }
        guard let id = UUID(uuidString: text) else { return elementIssue(path, .notUUID) }
        return id
    }

    /// An ISCO-08 group at any level: 1 to 4 digits.
    mutating func occupationGroup(_ key: String, required: Bool = false) -> String? {
        guard let text = string(key, required: required, maxLength: 4) else { return nil }
        guard text.allSatisfy(\.isASCIIDigit) else { return elementIssue(key, .mustBeISCOPrefix(maxDigits: 4)) }
        return text
    }
}

extension BodyReader {
    /// Text that may run over several lines (a meeting's 存在问题): line feeds are kept, carriage
    /// returns dropped, any other control character refused; may be empty.
    mutating func paragraphs(_ key: String, maxLength: Int) -> String? {
        guard let value = take(key, required: false) else { return nil }
        guard case .string(let raw) = value else { return mismatch(key, expected: .string, got: value) }
        if raw.unicodeScalars.count > maxLength { return issue(key, .tooLong(max: maxLength)) }
        if raw.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\r" }) {
            return issue(key, .controlCharacters)
        }
        return raw.replacingOccurrences(of: "\r", with: "").trimmingCharacters(in: Self.blanks.union(.newlines))
    }
}
