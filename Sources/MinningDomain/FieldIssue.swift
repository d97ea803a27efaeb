/// One problem with one input field, reported back to the caller by name.
public struct FieldIssue: Sendable, Equatable, Encodable {
    /// The field as the caller wrote it: a JSON key (`region_code`), a nested path
    /// (`skills[2].code`) or a query parameter.
    public let field: String
    public let message: Message

    public init(field: String, message: Message) {
        self.field = field
        self.message = message
    }
}
