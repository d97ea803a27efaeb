import MinningDomain
import Testing

@Suite("Vocabulary: every coded value labelled in both languages")
struct VocabularyTests {
    @Test("every value of every term has a Chinese and an English label, and no label is left over")
    func everyValueLabelled() {
        let keys = Set(Vocabulary.terms.flatMap { term in term.values.map { "\(term.name).\($0)" } })
        for language in Vocabulary.Language.allCases {
            let missing = keys.filter { key in
                let (term, value) = Self.split(key)
                return (Vocabulary.label(term, value, in: language) ?? "").isEmpty
            }
            #expect(missing.isEmpty, "no \(language) label for \(missing.sorted())")
            #expect(Vocabulary.labelKeys(language).subtracting(keys).isEmpty, "\(language) labels for values no term has")
        }
    }

    @Test("Chinese labels are Chinese: each holds a CJK character")
    func chineseIsChinese() {
        for term in Vocabulary.terms {
            for value in term.values {
                let label = Vocabulary.label(term.name, value, in: .zh) ?? ""
                #expect(label.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(term.name).\(value): \(label)")
            }
        }
    }

    @Test("term names are unique and values within a term are unique")
    func unique() {
        let names = Vocabulary.terms.map(\.name)
        #expect(Set(names).count == names.count)
        for term in Vocabulary.terms { #expect(Set(term.values).count == term.values.count, "\(term.name)") }
        #expect(Vocabulary.label("education", "junior_secondary", in: .zh) == "初中")
        #expect(Vocabulary.label("education", "kindergarten", in: .zh) == nil)
    }

    static func split(_ key: String) -> (String, String) {
        let dot = key.firstIndex(of: ".")!
        return (String(key[..<dot]), String(key[key.index(after: dot)...]))
    }
}
