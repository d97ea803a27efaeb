extension CalendarDay {
    /// A day as people and spreadsheets write it: `2026-05-01`, `2026-5-1`, `2026/5/1`, `2026.5.1`
    /// or `2026年5月1日` — year first always, so no day-month ambiguity arises.
    public init?(spreadsheet text: String) {
        if let day = CalendarDay(iso: text) {
            self = day
            return
        }
        var normalized = text
        if normalized.hasSuffix("日") { normalized.removeLast() }
        let parts = normalized.split(omittingEmptySubsequences: false) { "-/.年月".contains($0) }
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        // One separator throughout: 2026/5-1 is a typo, not a date.
        let separators = Set(normalized.filter { "-/.".contains($0) })
        guard separators.count <= 1, normalized.contains("年") == normalized.contains("月") else { return nil }
        guard let parsed = CalendarDay(year: year, month: month, day: day) else { return nil }
        self = parsed
    }

    /// The first day of a month as people write it: `2026-10`, `2026/10`, `2026.10` or `2026年10月`.
    public init?(spreadsheetMonth text: String) {
        var normalized = text
        if normalized.hasSuffix("月") { normalized.removeLast() }
        let parts = normalized.split(omittingEmptySubsequences: false) { "-/.年".contains($0) }
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count), parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = CalendarDay(year: year, month: month, day: 1)
        else { return nil }
        self = day
    }
}
