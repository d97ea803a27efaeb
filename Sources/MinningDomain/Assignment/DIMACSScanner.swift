/// A line-oriented cursor over raw DIMACS bytes that reports positions by line number.
struct DIMACSScanner {
    private let bytes: UnsafeRawBufferPointer
    private var position = 0
    private(set) var lineNumber = 0

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let newline = UInt8(ascii: "\n")

    /// Moves to the next line; false at end of input.
    mutating func startLine() -> Bool {
        guard position < bytes.count else { return false }
        lineNumber += 1
        return true
    }

    private mutating func skipBlanks() {
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == Self.space || byte == Self.tab || byte == Self.carriageReturn else { return }
            position += 1
        }
    }

    /// The first non-blank byte of the line, or nil (consuming the line) when it is blank.
    mutating func nextByte() -> UInt8? {
        skipBlanks()
        guard position < bytes.count else { return nil }
        let byte = bytes[position]
        position += 1
        if byte == Self.newline { return nil }
        return byte
    }

    mutating func skipRestOfLine() {
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == Self.newline { return }
        }
    }

    mutating func nextWord() -> String {
        skipBlanks()
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.space || byte == Self.tab || byte == Self.carriageReturn || byte == Self.newline { break }
            position += 1
        }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    mutating func integer(named name: String) throws(DIMACSParseError) -> Int {
        skipBlanks()
        var negative = false
        if position < bytes.count && (bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+")) {
            negative = bytes[position] == UInt8(ascii: "-")
            position += 1
        }
        var value = 0
        var digits = 0
        while position < bytes.count {
            let digit = Int(bytes[position]) &- 48
            guard digit >= 0 && digit <= 9 else { break }
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = shifted.addingReportingOverflow(digit)
            guard !overflowA && !overflowB else {
                throw DIMACSParseError(line: lineNumber, reason: "\(name) does not fit in 64 bits")
            }
            value = sum
            digits += 1
            position += 1
        }
        guard digits > 0 else {
            throw DIMACSParseError(line: lineNumber, reason: "expected an integer \(name)")
        }
        if position < bytes.count {
            let byte = bytes[position]
            guard byte == Self.space || byte == Self.tab || byte == Self.carriageReturn || byte == Self.newline else {
                throw DIMACSParseError(line: lineNumber, reason: "expected an integer \(name)")
            }
        }
        return negative ? -value : value
    }

    /// Consumes the line end, rejecting trailing tokens so that a malformed line is not half-read silently.
    mutating func expectEndOfLine() throws(DIMACSParseError) {
        skipBlanks()
        guard position < bytes.count else { return }
        guard bytes[position] == Self.newline else {
            throw DIMACSParseError(line: lineNumber, reason: "unexpected text after the last field")
        }
        position += 1
    }
}
