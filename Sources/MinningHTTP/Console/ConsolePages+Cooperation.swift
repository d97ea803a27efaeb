import MinningDomain
import MinningPersistence

extension ConsolePages {
    func cooperation(
        query: CooperationQuery, pairings: [FundsReport.PairingLine], records: CooperationRecords, content: CooperationContent, keeps: Bool,
        today: CalendarDay, regionNames: [String: String], csrf: String
    ) -> String {
        let names = Self.pairingNames(pairings)
        func label(_ term: String, _ code: String) -> String { Vocabulary.label(term, code, in: .zh) ?? code }
        func options<T: RawRepresentable & CaseIterable>(_ term: String, _ type: T.Type, field: String) -> [[String: Any]] where T.RawValue == String {
            T.allCases.map { value -> [String: Any] in
                var option: [String: Any] = ["code": value.rawValue, "label": label(term, value.rawValue)]
                if value.rawValue == content.typed[field] { option["selected"] = true }
                return option
            }
        }
        let talent = records.talent.map { recorded -> [String: Any] in
            let a = recorded.value
            return ["name": a.personName, "kind": label("talent_kind", a.kind.rawValue), "direction": label("talent_direction", a.direction.rawValue),
                    "units": "\(a.homeUnit) → \(a.hostUnit)", "post": a.post, "starts": a.startsOn.description, "ends": a.endsOn?.description ?? "在岗",
                    "days": a.daysServed(in: query.year, today: today)]
        }
        let purchases = records.purchases.map { recorded -> [String: Any] in
            let p = recorded.value
            return ["day": p.purchasedOn.description, "buyer": p.buyerName, "kind": label("buyer_kind", p.buyerKind.rawValue),
                    "category": label("product_category", p.productCategory.rawValue), "origin": regionNames[p.originRegion.rawValue] ?? p.originRegion.rawValue,
                    "amount": AmountText.yuan(p.amountFen), "evidence": p.evidenceRef]
        }
        let donations = records.donations.map { recorded -> [String: Any] in
            let d = recorded.value
            return ["day": d.receivedOn.description, "donor": d.donorName, "kind": label("donor_kind", d.donorKind.rawValue),
                    "form": label("donation_form", d.form.rawValue), "value": AmountText.yuan(d.valueFen), "description": d.description.isEmpty ? "—" : d.description]
        }
        var values: [String: Any] = [
            "year": query.year, "csrf": csrf, "keeps": keeps, "shown": records.shown, "once": ConsoleToken.generate().text,
            "pairingId": query.pairingId.map(String.init) ?? "", "pairingName": query.pairingId.flatMap { names[$0] } ?? "",
            "pairings": pairings.map { line -> [String: Any] in
                var option: [String: Any] = ["id": line.pairingId, "name": names[line.pairingId] ?? "\(line.pairingId)"]
                if line.pairingId == query.pairingId { option["selected"] = true }
                return option
            },
            "talent": talent, "hasTalent": !talent.isEmpty, "talentDays": AmountText.grouped(talent.reduce(0) { $0 + ($1["days"] as? Int ?? 0) }),
            "purchases": purchases, "hasPurchases": !purchases.isEmpty, "purchasesFull": purchases.count >= 500,
            "purchaseTotal": AmountText.yuan(records.purchases.map(\.value.amountFen).saturatingSum),
            "donations": donations, "hasDonations": !donations.isEmpty, "donationTotal": AmountText.yuan(records.donations.map(\.value.valueFen).saturatingSum),
            "talentProblems": content.talentProblems, "hasTalentProblems": !content.talentProblems.isEmpty,
            "donationProblems": content.donationProblems, "hasDonationProblems": !content.donationProblems.isEmpty,
            "importLines": content.importLines.prefix(Self.importLinesShown).map { ["line": $0.line, "field": $0.field, "problem": $0.message.text(in: .zh)] },
            "hasImportLines": !content.importLines.isEmpty,
            "importSummary": "\(Set(content.importLines.map(\.line)).count) 行共有 \(content.importLines.count) 处问题，未导入任何数据。请在 Excel 中改正后重新上传整个文件。",
            "kinds": options("talent_kind", TalentAssignment.Kind.self, field: "kind"),
            "directions": options("talent_direction", TalentAssignment.Direction.self, field: "direction"),
            "donorKinds": options("donor_kind", Donation.DonorKind.self, field: "donor_kind"),
            "forms": options("donation_form", Donation.Form.self, field: "form"),
        ]
        for field in ["person_name", "home_unit", "host_unit", "post", "starts_on", "ends_on", "donor_name", "value_yuan", "description", "received_on"] {
            values[field] = content.typed[field] ?? ""
        }
        if let notice = content.notice { values["notice"] = notice }
        if let refused = content.importRefused { values["importRefused"] = refused }
        return render("cooperation", values)
    }
}
