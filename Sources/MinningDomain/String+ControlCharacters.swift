extension StringProtocol {
    /// True when the text holds a control character (Unicode category Cc: U+0000–U+001F and
    /// U+007F–U+009F), which no field may store.
    ///
    /// Read from the UTF-8 bytes: Cc is a fixed, small set, and asking each scalar for its general
    /// category cost an import of 100,000 workers about two seconds.
    public var containsControlCharacter: Bool {
        var afterC2 = false
        for byte in utf8 {
            if byte < 0x20 || byte == 0x7F { return true }
            // U+0080–U+009F are the only Cc scalars beyond ASCII: C2 80 … C2 9F in UTF-8.
            if afterC2, (0x80...0x9F).contains(byte) { return true }
            afterC2 = byte == 0xC2
        }
        return false
    }

    /// Whether the text has at most `limit` characters, without counting them when its byte
    /// count already answers (a character is at least one byte).
    public func hasAtMost(characters limit: Int) -> Bool {
        utf8.count <= limit || count <= limit
    }
}
