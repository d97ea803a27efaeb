/// What a new password must be. Length is what makes a password hard to guess (NIST SP 800-63B),
/// so the rule is a length, not a recipe of character classes; the login itself is refused.
public enum PasswordPolicy {
    public static let lengths = 10...128

    /// The problem with `password`, or nil when it may be used.
    public static func problem(_ password: String, login: StaffLogin) -> Message? {
        guard lengths.contains(password.count) else { return .passwordLength(min: lengths.lowerBound, max: lengths.upperBound) }
        if password.lowercased().contains(login.text) { return .passwordHoldsLogin }
        if Set(password).count < 4 { return .passwordTooPlain }
        return nil
    }
}
