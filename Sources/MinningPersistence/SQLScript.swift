import Foundation

/// Splits a SQL file into single statements.
///
/// PostgresNIO sends every query through the extended protocol, which takes one statement at a
/// time, so a migration file has to be cut at its top-level semicolons. Semicolons inside string
/// literals, quoted identifiers, comments and dollar-quoted bodies (`$$ … $$`, `$fn$ … $fn$`)
/// do not end a statement.
public enum SQLScript {
    public static func statements(in script: String) -> [String] {
        let chars = Array(script.unicodeScalars)
        var statements: [String] = []
        var current = String.UnicodeScalarView()
        var hasContent = false
        var index = 0

        func flush() {
            let text = String(current).trimmingCharacters(in: .whitespacesAndNewlines)
            if hasContent, !text.isEmpty { statements.append(text) }
            current = String.UnicodeScalarView()
            hasContent = false
        }

        func append(_ range: Range<Int>) {
            current.append(contentsOf: chars[range])
        }

        while index < chars.count {
            let c = chars[index]
            let next: Unicode.Scalar? = index + 1 < chars.count ? chars[index + 1] : nil
            switch c {
            case "-" where next == "-":
                let end = chars[index...].firstIndex(of: "\n") ?? chars.count
                index = end  // comments are dropped; they carry no meaning for the server
            case "/" where next == "*":
                var depth = 0
                var cursor = index
                while cursor < chars.count {
                    if chars[cursor] == "/", cursor + 1 < chars.count, chars[cursor + 1] == "*" {
                        depth += 1; cursor += 2
                    } else if chars[cursor] == "*", cursor + 1 < chars.count, chars[cursor + 1] == "/" {
                        depth -= 1; cursor += 2
                        if depth == 0 { break }
                    } else {
                        cursor += 1
                    }
                }
                current.append(" ")
                index = cursor
            case "'", "\"":
                let end = closingQuote(chars, from: index, quote: c)
                append(index..<end)
                hasContent = true
                index = end
            case "$":
                if let tagEnd = dollarTagEnd(chars, from: index) {
                    let tag = Array(chars[index..<tagEnd])
                    let bodyEnd = find(tag, in: chars, from: tagEnd).map { $0 + tag.count } ?? chars.count
                    append(index..<bodyEnd)
                    hasContent = true
                    index = bodyEnd
                } else {
                    current.append(c); hasContent = true; index += 1
                }
            case ";":
                flush()
                index += 1
            default:
                current.append(c)
                if !c.properties.isWhitespace { hasContent = true }
                index += 1
            }
        }
        flush()
        return statements
    }

    /// Index just past the closing quote; a doubled quote is an escaped quote.
    private static func closingQuote(_ chars: [Unicode.Scalar], from start: Int, quote: Unicode.Scalar) -> Int {
        var cursor = start + 1
        while cursor < chars.count {
            if chars[cursor] == quote {
                if cursor + 1 < chars.count, chars[cursor + 1] == quote { cursor += 2; continue }
                return cursor + 1
            }
            cursor += 1
        }
        return chars.count
    }

    /// `$tag$` starting at `start` (tag may be empty): returns the index after the second `$`.
    private static func dollarTagEnd(_ chars: [Unicode.Scalar], from start: Int) -> Int? {
        if start > 0, chars[start - 1].properties.isAlphabetic || chars[start - 1].properties.numericType != nil || chars[start - 1] == "_" {
            return nil  // part of an identifier such as a$b
        }
        var cursor = start + 1
        while cursor < chars.count {
            let c = chars[cursor]
            if c == "$" { return cursor + 1 }
            let isTagChar = c == "_" || c.properties.isAlphabetic || (cursor > start + 1 && c.properties.numericType != nil)
            if !isTagChar { return nil }
            cursor += 1
        }
        return nil
    }

    private static func find(_ needle: [Unicode.Scalar], in chars: [Unicode.Scalar], from start: Int) -> Int? {
        guard !needle.isEmpty, chars.count >= needle.count else { return nil }
        var cursor = start
        while cursor + needle.count <= chars.count {
            if chars[cursor] == needle[0], Array(chars[cursor..<cursor + needle.count]) == needle { return cursor }
            cursor += 1
        }
        return nil
    }
}
