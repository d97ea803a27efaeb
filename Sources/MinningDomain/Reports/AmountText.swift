/// Money as people at the meeting read it: 万元 with thousands separators in text and charts, 元
/// where a table needs exact amounts. Integer arithmetic only.
public enum AmountText {
    /// 万元 with two decimals, rounded half up: 3_200_000_000 fen → "3,200.00".
    public static func wan(_ fen: Int) -> String {
        let sign = fen < 0 ? "-" : ""
        let hundredYuan = (fen.magnitude + 5_000) / 10_000
        return sign + grouped(hundredYuan / 100) + "." + twoDigits(hundredYuan % 100)
    }

    /// 元 with two decimals: 123_456_789 fen → "1,234,567.89".
    public static func yuan(_ fen: Int) -> String {
        let sign = fen < 0 ? "-" : ""
        return sign + grouped(fen.magnitude / 100) + "." + twoDigits(fen.magnitude % 100)
    }

    /// 1234567 → "1,234,567".
    public static func grouped(_ value: some BinaryInteger) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }

    private static func twoDigits(_ value: UInt) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
