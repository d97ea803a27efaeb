/// Failures the domain and persistence layers report; the HTTP layer turns each into a problem document.
public enum DomainError: Error, Sendable, Equatable {
    /// The input breaks a rule; every bad field is named.
    case invalid([FieldIssue])
    /// The object does not exist, or the caller may not know it does.
    case notFound(Message)
    /// The request clashes with what is stored (a duplicate, a stale state).
    case conflict(Message)
    /// The caller's role may not do this.
    case forbidden(Message)
}
