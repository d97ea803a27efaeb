extension Character {
    /// 0–9 only: `isNumber` alone admits full-width digits, 一 and Ⅻ, which no code holds.
    public var isASCIIDigit: Bool { isASCII && isNumber }
}
