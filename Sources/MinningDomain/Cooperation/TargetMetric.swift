/// The figures a pairing's yearly agreement (协议指标) sets, grouped by the aspects the national
/// east–west cooperation assessment judges (shared/DOMAIN.md, Assessment).
public enum TargetMetric: String, CaseIterable, Sendable, Codable {
    case fundsCommittedFen = "funds_committed_fen"
    case fundsTransferredFen = "funds_transferred_fen"
    case peoplePlaced = "people_placed"
    case liftedPlaced = "lifted_placed"
    case monitoredPlaced = "monitored_placed"
    case peopleTrained = "people_trained"
    case enterprisesBroughtIn = "enterprises_brought_in"
    case investmentArrivedFen = "investment_arrived_fen"
    case jobsForLifted = "jobs_for_lifted"
    case cadresSent = "cadres_sent"
    case techniciansSent = "technicians_sent"
    case consumptionFen = "consumption_fen"
    case donationsFen = "donations_fen"

    public enum Aspect: String, CaseIterable, Sendable {
        case funds, labor, industry, talent, consumption, social

        public var nameZh: String {
            switch self {
            case .funds: "资金支持"
            case .labor: "劳务协作"
            case .industry: "产业合作"
            case .talent: "人才交流"
            case .consumption: "消费协作"
            case .social: "社会参与"
            }
        }
    }

    public var aspect: Aspect {
        switch self {
        case .fundsCommittedFen, .fundsTransferredFen: .funds
        case .peoplePlaced, .liftedPlaced, .monitoredPlaced, .peopleTrained: .labor
        case .enterprisesBroughtIn, .investmentArrivedFen, .jobsForLifted: .industry
        case .cadresSent, .techniciansSent: .talent
        case .consumptionFen: .consumption
        case .donationsFen: .social
        }
    }

    /// Money is kept in fen and shown in 元; the rest are counts of people or enterprises.
    public var isMoney: Bool { rawValue.hasSuffix("_fen") }

    public var nameZh: String {
        switch self {
        case .fundsCommittedFen: "协议资金（元）"
        case .fundsTransferredFen: "拨付到位资金（元）"
        case .peoplePlaced: "转移就业人数"
        case .liftedPlaced: "其中脱贫人口"
        case .monitoredPlaced: "其中监测对象"
        case .peopleTrained: "培训人数"
        case .enterprisesBroughtIn: "引进企业数"
        case .investmentArrivedFen: "企业实际到位投资（元）"
        case .jobsForLifted: "企业吸纳脱贫人口就业"
        case .cadresSent: "选派党政干部"
        case .techniciansSent: "选派专业技术人才"
        case .consumptionFen: "消费协作采购额（元）"
        case .donationsFen: "社会捐赠（元）"
        }
    }

    /// The largest value a target may hold: ¥100 billion, or ten million people or enterprises.
    public var maximum: Int { isMoney ? 10_000_000_000_000 : 10_000_000 }
}
