import MinningDomain

/// Who asks for a use case that the command line also runs: a caller of the API, within its
/// bureau's scope and role, or an operator at the command line, who holds the database already
/// and so acts for the whole cooperation.
public enum Requester: Sendable {
    case caller(Principal)
    case commandLine

    /// The caller's scope once `permission` admits its role; everything for the operator.
    func scope(allowedBy permission: Permission) throws -> Scope {
        switch self {
        case .caller(let principal):
            try permission.check(principal)
            return principal.scope
        case .commandLine:
            return .everywhere
        }
    }
}
