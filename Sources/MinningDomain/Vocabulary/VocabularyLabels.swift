/// The labels of `Vocabulary`, keyed `term.value`, one table per language (one file each).
enum VocabularyLabels {}
