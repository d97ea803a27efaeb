import Foundation

/// Writing one CSV cell (RFC 4180).
public enum CSVField {
    /// Quoted when it holds a comma, quote or line break.
    public static func quoted(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A cell a spreadsheet will show as text: a leading `=`, `+`, `-` or `@` would make Excel run it
    /// as a formula (CSV injection), so such a value gets a leading apostrophe.
    public static func forSpreadsheet(_ value: String) -> String {
        guard let first = value.first, "=+-@".contains(first) else { return quoted(value) }
        return quoted("'" + value)
    }
}
