import Foundation
import Hummingbird

/// A submitted HTML form with a file (`multipart/form-data`, RFC 7578): its text fields and the
/// bytes of its files, by field name. Only what a browser sends for a plain form is read — no
/// nested multiparts, no transfer encodings — and anything else is no console upload.
struct ConsoleUpload {
    /// A county's list of workers is a few thousand lines; 4 MiB holds about 15,000.
    static let maximumBytes = 4 << 20

    var fields: [String: String] = [:]
    var files: [String: [UInt8]] = [:]
    /// The name each file had on the person's computer, as the browser sent it.
    var fileNames: [String: String] = [:]

    enum Refusal: Error { case notMultipart, tooLarge, malformed }

    static func read(_ request: Request) async throws -> ConsoleUpload {
        guard let type = request.headers[.contentType], let boundary = boundary(of: type) else { throw Refusal.notMultipart }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maximumBytes)
        } catch is HTTPError {
            throw Refusal.tooLarge
        }
        guard let upload = parse(Array(buffer: body), boundary: boundary) else { throw Refusal.malformed }
        return upload
    }

    static func boundary(of contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() where part.lowercased().hasPrefix("boundary=") {
            let value = part.dropFirst("boundary=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return (1...70).contains(value.count) ? value : nil
        }
        return nil
    }

    static func parse(_ bytes: [UInt8], boundary: String) -> ConsoleUpload? {
        let delimiter = Array("--\(boundary)".utf8)
        var upload = ConsoleUpload()
        var cursor = 0
        guard let first = find(delimiter, in: bytes, from: 0) else { return nil }
        cursor = first + delimiter.count
        while true {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if bytes[cursor...].starts(with: Array("--".utf8)) { return upload }
            guard bytes[cursor...].starts(with: crlf) else { return nil }
            let headersStart = cursor + 2
            guard let headersEnd = find(crlf + crlf, in: bytes, from: headersStart),
                  let next = find(crlf + delimiter, in: bytes, from: headersEnd + 4) else { return nil }
            let headers = String(decoding: bytes[headersStart..<headersEnd], as: UTF8.self)
            let content = Array(bytes[(headersEnd + 4)..<next])
            guard let disposition = headers.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
                  let name = parameter("name", in: disposition) else { return nil }
            if let fileName = parameter("filename", in: disposition) {
                if upload.files[name] == nil { (upload.files[name], upload.fileNames[name]) = (content, fileName) }
            } else if upload.fields[name] == nil {
                upload.fields[name] = String(decoding: content, as: UTF8.self)
            }
            cursor = next + 2 + delimiter.count
        }
    }

    private static let crlf = Array("\r\n".utf8)

    /// `name="value"` of a Content-Disposition line; browsers percent-encode quotes in names.
    private static func parameter(_ key: String, in line: Substring) -> String? {
        for part in line.split(separator: ";").dropFirst() {
            let pair = part.trimmingCharacters(in: .whitespaces)
            guard pair.hasPrefix("\(key)=\"") && pair.hasSuffix("\"") && pair.count >= key.count + 3 else { continue }
            return String(pair.dropFirst(key.count + 2).dropLast())
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
