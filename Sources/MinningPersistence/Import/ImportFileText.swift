#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MinningDomain

/// The text of an import file. Clerks save from Excel: UTF-8 with a byte-order mark, or, on a
/// Chinese Windows, GB18030 (Excel's "CSV" is in the system code page). GB18030 is tried only when
/// the bytes are not UTF-8, which no real GB18030 text with Chinese in it is.
public struct ImportFileText: Sendable {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 with BOM"
        case gb18030 = "GB18030"
    }

    public let text: String
    public let encoding: Encoding

    public struct DecodingFailure: Error, CustomStringConvertible {
        public let problem: FileProblem
        public var description: String { problem.text(in: .en) }
    }

    public init(bytes: [UInt8]) throws {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw DecodingFailure(problem: .byteOrderMarkButNotUTF8)
            }
            self.text = text
            self.encoding = .utf8WithBOM
        } else if let text = String(validating: bytes, as: UTF8.self) {
            self.text = text
            self.encoding = .utf8
        } else {
            self.text = try Self.convertFromGB18030(bytes)
            self.encoding = .gb18030
        }
        if text.unicodeScalars.contains("\u{0}") {
            throw DecodingFailure(problem: .containsNUL)
        }
    }

    static func convertFromGB18030(_ bytes: [UInt8]) throws -> String {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else {
            throw DecodingFailure(problem: .noGB18030Converter)
        }
        defer { iconv_close(converter) }
        // GB18030 uses at most 4 bytes per character and UTF-8 at most 4, so this always suffices.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 4)
        var input = bytes
        let written: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return result == -1 || inLeft != 0 ? -1 : outBuffer.count - outLeft
            }
        }
        guard written >= 0, let text = String(validating: output[0..<written], as: UTF8.self) else {
            throw DecodingFailure(problem: .neitherUTF8NorGB18030)
        }
        return text
    }
}
