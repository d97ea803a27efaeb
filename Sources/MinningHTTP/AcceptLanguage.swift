import Foundation
import MinningDomain

extension Language {
    /// The language an `Accept-Language` header (RFC 9110 §12.5.4) prefers among Minning's:
    /// the highest-weighted range that names `zh` or `en` (a `*` means the default), Chinese
    /// when none does or the header is absent.
    init(acceptLanguage header: String?) {
        guard let header else { self = .zh; return }
        var best: (language: Language, weight: Double)?
        for range in header.split(separator: ",") {
            let parts = range.split(separator: ";")
            let tag = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
            var weight = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.trimmingCharacters(in: .whitespaces).lowercased()
                if pair.hasPrefix("q="), let q = Double(pair.dropFirst(2)), (0...1).contains(q) { weight = q }
            }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            let language: Language? = primary == "*" ? .zh : Language(rawValue: primary)
            guard let language, weight > 0 else { continue }
            if best == nil || weight > best!.weight { best = (language, weight) }
        }
        self = best?.language ?? .zh
    }

    /// The `Content-Language` of a response written in this language.
    var contentLanguage: String {
        switch self {
        case .zh: "zh-CN"
        case .en: "en"
        }
    }
}
