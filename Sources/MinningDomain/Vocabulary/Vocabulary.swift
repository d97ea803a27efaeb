/// Every coded value a client reads or writes, by term, with its label in each language: the
/// values come from the domain's own enums, so a case added without labels fails
/// `VocabularyTests`, and the labels live in one table per language (`VocabularyLabels`).
public enum Vocabulary {
    public struct Term: Sendable, Equatable {
        /// The term's name as JSON fields and CSV columns use it (`education`, `placement_status`).
        public let name: String
        public let values: [String]
    }

    public static let terms: [Term] = [
        term("education", EducationLevel.self),
        term("poverty_status", PovertyStatus.self),
        term("monitored_kind", MonitoredKind.self),
        term("worker_status", WorkerStatus.self),
        term("consent_method", ConsentMethod.self),
        Term(name: "sex", values: ["male", "female"]),
        term("employer_size", EmployerSize.self),
        term("vacancy_status", VacancyStatus.self),
        term("enrolment_outcome", EnrolmentOutcome.self),
        Term(name: "training_operator_kind", values: ["employer", "college"]),
        term("placement_status", PlacementStatus.self),
        term("correction_fact", PlacementCorrection.Fact.self),
        Term(name: "alert_kind", values: ["monitored_worker_separated", "wage_missing", "wage_below_minimum", "paid_claim_facts_changed"]),
        term("priority_group", PriorityPolicy.Group.self),
        term("hard_constraint", HardConstraint.self),
        term("score_component", ScoreComponent.self),
        term("unplaced_reason", CohortAllocation.UnplacedReason.self),
        term("subsidy_beneficiary", SubsidyPolicy.Beneficiary.self),
        term("subsidy_limit", SubsidyPolicy.Limit.self),
        term("subsidy_claim_status", SubsidyClaimStatus.self),
        term("ledger_entry_kind", LedgerEntryKind.self),
        term("pending_expenditure_status", PendingExpenditure.Status.self),
        term("project_category", ProjectCategory.self),
        term("project_status", ProjectStatus.self),
        term("pairing_kind", PairingKind.self),
        term("talent_kind", TalentAssignment.Kind.self),
        term("talent_direction", TalentAssignment.Direction.self),
        term("buyer_kind", ConsumptionPurchase.BuyerKind.self),
        term("product_category", ConsumptionPurchase.ProductCategory.self),
        term("donor_kind", Donation.DonorKind.self),
        term("donation_form", Donation.Form.self),
        term("meeting_level", Meeting.Level.self),
        term("decision_status", MeetingDecisionRecord.Status.self),
        term("bureau_kind", BureauKind.self),
        term("role", Role.self),
        term("region_level", RegionLevel.self),
    ]

    public typealias Language = MinningDomain.Language

    /// The label of `value` of `term`, or nil for a value the vocabulary does not hold.
    public static func label(_ term: String, _ value: String, in language: Language) -> String? {
        table(language)["\(term).\(value)"]
    }

    /// The code whose Chinese or English label (or a common Chinese alias: 中专 for senior
    /// secondary) is `label`, for files typed by people.
    public static func value(labelled label: String, term: String) -> String? {
        guard let found = terms.first(where: { $0.name == term }) else { return nil }
        let wanted = label.lowercased()
        for value in found.values {
            for language in Language.allCases where self.label(term, value, in: language)?.lowercased() == wanted { return value }
        }
        return VocabularyLabels.zhAliases["\(term).\(label)"]
    }

    /// The term whose values are exactly `values`, so a message about a coded field can give each
    /// value its label.
    public static func term(holding values: [String]) -> String? {
        terms.first { $0.values == values }?.name
    }

    /// Every key the language's table holds, for the check that none is left over.
    public static func labelKeys(_ language: Language) -> Set<String> { Set(table(language).keys) }

    static func table(_ language: Language) -> [String: String] {
        switch language {
        case .zh: VocabularyLabels.zh
        case .en: VocabularyLabels.en
        }
    }

    private static func term<Value: CaseIterable & RawRepresentable>(_ name: String, _: Value.Type) -> Term where Value.RawValue == String {
        Term(name: name, values: Value.allCases.map(\.rawValue))
    }
}
