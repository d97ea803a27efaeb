/// Sums of figures people record without a bound on how many: past Int's range they stay at its
/// end instead of trapping, so a report never stops the process.
extension Int {
    public func saturatingAdding(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}

extension Sequence where Element == Int {
    public var saturatingSum: Int { reduce(0) { $0.saturatingAdding($1) } }
}
