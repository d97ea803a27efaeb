/// 学历, lowest first: a vacancy's minimum is met by this level or any above it.
/// 中专 and 技校 count as senior secondary.
public enum EducationLevel: String, CaseIterable, Sendable, Codable, Comparable {
    case none
    case primary
    case juniorSecondary = "junior_secondary"
    case seniorSecondary = "senior_secondary"
    case juniorCollege = "junior_college"
    case bachelor
    case postgraduate

    public static func < (lhs: EducationLevel, rhs: EducationLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Poverty status as the policy text distinguishes it; matching and subsidies tilt toward the
/// monitored and lifted groups.
public enum PovertyStatus: String, CaseIterable, Sendable, Codable {
    case none
    /// 脱贫人口
    case lifted
    /// 监测帮扶对象; `MonitoredKind` says which kind.
    case monitored
    /// 低保 / 特困
    case dibao
}

/// 防止返贫监测对象 by kind.
public enum MonitoredKind: String, CaseIterable, Sendable, Codable {
    /// 脱贫不稳定户
    case unstable
    /// 边缘易致贫户
    case marginal
    /// 突发严重困难户
    case suddenHardship = "sudden_hardship"
}

public enum WorkerStatus: String, CaseIterable, Sendable, Codable {
    case available
    case inTraining = "in_training"
    case placed
    case inactive
}

/// How consent was given (PIPL asks for separate consent to process sensitive personal information).
public enum ConsentMethod: String, CaseIterable, Sendable, Codable {
    case written
    case electronic
    case recordedVerbal = "recorded_verbal"
}
