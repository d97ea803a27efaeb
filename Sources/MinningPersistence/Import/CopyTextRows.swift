import Foundation
import NIOCore

/// Rows for `COPY … FROM STDIN` in PostgreSQL's text format: tab-separated, `\N` for NULL,
/// backslash escapes for the characters that would end a field or a row.
struct CopyTextRows {
    private(set) var buffer = ByteBuffer()
    private var fieldsInRow = 0

    var isEmpty: Bool { buffer.readableBytes == 0 }

    mutating func take() -> ByteBuffer {
        defer { buffer = ByteBuffer() }
        return buffer
    }

    mutating func text(_ value: String?) {
        separate()
        guard let value else {
            buffer.writeStaticString("\\N")
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
            case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
            case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }

    mutating func integer(_ value: Int?) { text(value.map(String.init)) }

    mutating func boolean(_ value: Bool) { text(value ? "t" : "f") }

    /// bytea in hex form; its leading backslash is itself escaped for COPY.
    mutating func bytes(_ value: [UInt8]?) {
        guard let value else { return text(nil) }
        separate()
        buffer.writeStaticString("\\\\x")
        let digits = Array("0123456789abcdef".utf8)
        for byte in value {
            buffer.writeInteger(digits[Int(byte >> 4)])
            buffer.writeInteger(digits[Int(byte & 0x0F)])
        }
    }

    /// A `text[]` literal with every element quoted, so no element can break the array syntax.
    mutating func textArray(_ values: [String]) {
        let elements = values.map { value in
            "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        text("{" + elements.joined(separator: ",") + "}")
    }

    mutating func endRow() {
        buffer.writeStaticString("\n")
        fieldsInRow = 0
    }

    private mutating func separate() {
        if fieldsInRow > 0 { buffer.writeStaticString("\t") }
        fieldsInRow += 1
    }
}
