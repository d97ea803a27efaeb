/// The three GB/T 2260 levels Minning records.
public enum RegionLevel: String, CaseIterable, Sendable, Codable {
    case province
    case prefecture
    case county
}
