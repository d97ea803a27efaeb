/// One employer per line, with the API's field names as columns.
public enum EmployerCSVFormat {
    public static let header = CSVHeader(
        required: ["name", "credit_code", "region_code", "industry_code", "size", "contact_name", "contact_phone"],
        optional: [],
        chinese: [
            "name": "单位名称", "credit_code": "统一社会信用代码", "region_code": "所在县区代码", "industry_code": "行业门类",
            "size": "企业规模", "contact_name": "联系人", "contact_phone": "联系电话",
        ]
    )

    public static func parse(_ reader: inout CSVRecordReader) -> NewEmployer? {
        let name = reader.string("name", maxLength: 200)
        var creditCode: CreditCode?
        if let text = reader.string("credit_code", maxLength: 18) {
            do { creditCode = try CreditCode(text) } catch { reader.add(FieldIssue(field: "credit_code", message: .creditCode(error))) }
        }
        let region = reader.regionCode("region_code")
        let industry = reader.string("industry_code", maxLength: 1)
        let size = reader.oneOf("size", EmployerSize.self, term: "employer_size")
        let contactName = reader.string("contact_name", maxLength: 50)
        let phone = reader.string("contact_phone", maxLength: 11)
        if let phone, !NewWorker.isMobilePhone(phone) {
            reader.add(FieldIssue(field: "contact_phone", message: .notMobile))
        }
        guard reader.issues.isEmpty, let name, let creditCode, let region, let industry, let size, let contactName, let phone else { return nil }
        do {
            return try NewEmployer(name: name, creditCode: creditCode, region: region, industryCode: industry, size: size,
                                   contactName: contactName, contactPhone: phone)
        } catch DomainError.invalid(let issues) {
            issues.forEach { reader.add($0) }
        } catch {
            reader.add(FieldIssue(field: "line", message: .lineUnreadable(detail: "\(error)")))
        }
        return nil
    }
}
