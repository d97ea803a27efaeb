import MinningDomain

/// Reads a county's purchase ledger, every line for the one pairing the import names.
public enum ConsumptionPurchaseImport {
    public static func rows(from table: CSVTable, pairingId: Int) -> ([(line: Int, row: ConsumptionPurchase)], [LineIssue]) {
        ImportRecords.read(table, header: ConsumptionCSVFormat.header) { ConsumptionCSVFormat.parse(&$0, pairingId: pairingId) }
    }
}
