/// The kinds of file Minning imports, each with its columns and a template to fill in.
public enum ImportKind: String, CaseIterable, Sendable {
    case workers, employers, vacancies, consumption

    public var header: CSVHeader {
        switch self {
        case .workers: WorkerCSVFormat.header
        case .employers: EmployerCSVFormat.header
        case .vacancies: VacancyCSVFormat.header
        case .consumption: ConsumptionCSVFormat.header
        }
    }

    /// The header row in Chinese, with a byte-order mark so that Excel opens it as UTF-8; a
    /// clerk fills in the lines below it and imports the file as it is. No example line, which
    /// would be imported with the rest if it were not deleted.
    public var template: String {
        "\u{FEFF}" + header.chineseHeader.map(Self.quoted).joined(separator: ",") + "\r\n"
    }

    static func quoted(_ cell: String) -> String {
        cell.contains(where: { $0 == "," || $0 == "\"" || $0 == ":" }) ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }
}
