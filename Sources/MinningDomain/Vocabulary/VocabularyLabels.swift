/// The labels of `Vocabulary`, keyed `term.value`, one table per language (one file each).
enum VocabularyLabels {}

extension VocabularyLabels {
    /// Other words a clerk writes for a value, `term.word` → code: what the labels above would
    /// refuse although everyone understands it.
    static let zhAliases: [String: String] = [
        "education.高中": "senior_secondary",
        "education.中专": "senior_secondary",
        "education.技校": "senior_secondary",
        "education.职高": "senior_secondary",
        "education.无": "none",
        "education.文盲": "none",
        "education.硕士": "postgraduate",
        "education.博士": "postgraduate",
        "poverty_status.无": "none",
        "poverty_status.一般户": "none",
        "poverty_status.脱贫户": "lifted",
        "poverty_status.监测对象": "monitored",
        "poverty_status.低保": "dibao",
        "poverty_status.特困": "dibao",
        "consent_method.书面": "written",
        "consent_method.电子": "electronic",
        "consent_method.口头": "recorded_verbal",
        "employer_size.微型": "micro",
        "employer_size.小型": "small",
        "employer_size.中型": "medium",
        "employer_size.大型": "large",
    ]
}
