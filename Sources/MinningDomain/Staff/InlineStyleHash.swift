import Crypto
import Foundation

/// A Content-Security-Policy source that admits exactly one inline stylesheet (`'sha256-…'`), so
/// a document with its own `<style>` (the meeting pack) is served without `'unsafe-inline'`.
public enum InlineStyleHash {
    public static func source(for css: String) -> String {
        "'sha256-\(Data(SHA256.hash(data: Data(css.utf8))).base64EncodedString())'"
    }
}
