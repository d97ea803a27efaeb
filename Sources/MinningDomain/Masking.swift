/// How personal data looks in responses, exports and logs when the caller may not see it whole.
public enum Masking {
    /// `640422199001011234` → `6404**********1234`.
    public static func idNumber(_ text: String) -> String {
        guard text.count > 8 else { return String(repeating: "*", count: text.count) }
        return String(text.prefix(4)) + String(repeating: "*", count: text.count - 8) + String(text.suffix(4))
    }

    /// `13812345678` → `138****5678`.
    public static func phone(_ text: String) -> String {
        guard text.count > 7 else { return String(repeating: "*", count: text.count) }
        return String(text.prefix(3)) + String(repeating: "*", count: text.count - 7) + String(text.suffix(4))
    }
}
