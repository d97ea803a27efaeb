/// The pack's sections on the agreement (协议指标), talent, consumption, social participation and
/// the meetings' follow-up: each aspect opens with its targets beside what the records show.
extension MeetingPack {
    func overviewSection() -> String {
        var html = "<section id=\"overview\"><h2>一、协议指标完成情况</h2>\n"
        guard !assessment.entries.isEmpty else { return html + "<p class=\"note\">本年度无在协作期内的结对。</p>\n</section>\n" }
        let lines = assessment.entries.flatMap(\.assessment.lines)
        let judged = lines.filter { $0.met != nil }
        html += "<p>\(assessment.entries.count) 个结对共设协议指标 \(judged.count) 项，已完成 \(judged.filter { $0.met == true }.count) 项。"
            + "下表为各方面已完成的指标数／设定的指标数；完成情况均由系统记录计算，非人工填报。</p>\n"
        let aspects = TargetMetric.Aspect.allCases
        // The provinces' pair first, then the east–west pairings, then 山海协作.
        let ordered = assessment.entries.enumerated().sorted { a, b in
            func rank(_ entry: AssessmentReport.Entry) -> Int { entry.pairing.isProvincePair ? 0 : entry.pairing.kind == .eastWest ? 1 : 2 }
            return (rank(a.element), a.offset) < (rank(b.element), b.offset)
        }.map(\.element)
        html += Self.table(["结对"] + aspects.map(\.nameZh) + ["合计"], ordered.map { entry in
            func cell(_ lines: [Assessment.Line]) -> String {
                let set = lines.filter { $0.met != nil }
                return set.isEmpty ? "—" : "\(set.filter { $0.met == true }.count)/\(set.count)"
            }
            return [pairingName(entry.pairing.id)] + aspects.map { aspect in cell(entry.assessment.lines.filter { $0.metric.aspect == aspect }) }
                + [cell(entry.assessment.lines)]
        })
        return html + "</section>\n"
    }

    /// The aspect's metrics for the east–west cooperation the reader sees: the provinces' pair where
    /// it is among them (its actuals already count every pairing's records), else the pairings
    /// summed, a target counting where one was set, and each placement or enterprise once.
    func aspectTargets(_ aspect: TargetMetric.Aspect) -> String {
        let eastWest = assessment.entries.filter { $0.pairing.kind == .eastWest }
        guard !eastWest.isEmpty else { return "" }
        let provincePairs = eastWest.filter(\.pairing.isProvincePair)
        let counted = provincePairs.isEmpty ? eastWest : provincePairs
        let metrics = TargetMetric.allCases.filter { $0.aspect == aspect }
        let rows = metrics.map { metric -> [String] in
            let lines = Self.countedOnce(counted, for: metric).compactMap { entry in entry.assessment.lines.first { $0.metric == metric } }
            func total(_ values: [Int?]) -> Int? { values.contains { $0 != nil } ? values.compactMap { $0 }.saturatingSum : nil }
            let line = Assessment.Line(
                metric: metric, target: total(lines.map(\.target)), actual: total(lines.map(\.actual)), previousActual: total(lines.map(\.previousActual))
            )
            func figure(_ value: Int?) -> String {
                guard let value else { return "—" }
                return metric.isMoney ? AmountText.wan(value) : AmountText.grouped(value)
            }
            let name = metric.isMoney ? metric.nameZh.replacingOccurrences(of: "（元）", with: "（万元）") : metric.nameZh
            return [name, figure(line.target), figure(line.actual), line.completionPerMille.map(Self.percent) ?? "—", figure(line.previousActual),
                    line.change.map { ($0 > 0 ? "+" : "") + (metric.isMoney ? AmountText.wan($0) : AmountText.grouped($0)) } ?? "—"]
        }
        return "<p class=\"note\">协议指标（\(provincePairs.isEmpty ? "各结对合计" : "两省协议，完成数含各结对")）：</p>\n"
            + Self.table(["指标", "协议目标", "完成", "完成率", "\(year - 1)年完成", "同比增减"], rows)
    }

    /// The entries whose actuals of `metric` add up without counting a record twice. Placements and
    /// training are counted by the Ningxia county, so pairings sharing one (思明 and 湖里 with 永宁)
    /// hold the same figure: one of them counts. Enterprises are counted by both sides' prefixes, so a
    /// city's pairing holds its own counties' (漳州 and 漳浦 with 海原): the city's counts.
    public static func countedOnce(_ entries: [AssessmentReport.Entry], for metric: TargetMetric) -> [AssessmentReport.Entry] {
        switch metric.aspect {
        case .labor:
            var seen = Set<String>()
            return entries.filter { seen.insert($0.pairing.ningxiaRegionCode).inserted }
        case .industry:
            return entries.filter { entry in
                !entries.contains { other in
                    other.pairing.id != entry.pairing.id && other.pairing.ningxiaRegionCode == entry.pairing.ningxiaRegionCode
                        && other.pairing.fujianRegionCode != entry.pairing.fujianRegionCode
                        && (RegionCode(other.pairing.fujianRegionCode).map { $0.contains(RegionCode(entry.pairing.fujianRegionCode) ?? $0) } ?? false)
                }
            }
        default:
            return entries
        }
    }

    func talentSection() -> String {
        var html = "<section id=\"talent\"><h2>五、人才交流</h2>\n" + aspectTargets(.talent)
        let people = cooperation.talent.map(\.people).saturatingSum, days = cooperation.talent.map(\.days).saturatingSum
        html += "<p>本年度在岗的选派人员 \(AmountText.grouped(people)) 人次，在岗合计 \(AmountText.grouped(days)) 天（由派驻起止日期计算）。</p>\n"
        html += Self.table(["结对", "类别", "派出方向", "人数", "本年在岗天数"], cooperation.talent.map { line in
            [pairingName(line.pairingId), Self.label("talent_kind", line.kind.rawValue), Self.label("talent_direction", line.direction.rawValue),
             AmountText.grouped(line.people), AmountText.grouped(line.days)]
        })
        return html + "</section>\n"
    }

    func consumptionSection() -> String {
        var html = "<section id=\"consumption\"><h2>六、消费协作</h2>\n" + aspectTargets(.consumption)
        let total = cooperation.consumption.map(\.amountFen).saturatingSum
        html += "<p>采购宁夏产品 \(AmountText.grouped(cooperation.consumption.map(\.purchases).saturatingSum)) 笔，金额 \(AmountText.wan(total)) 万元。</p>\n"
        html += Self.table(["结对", "产品类别", "笔数", "金额（万元）"], cooperation.consumption.map { line in
            [pairingName(line.pairingId), Self.label("product_category", line.category.rawValue), AmountText.grouped(line.purchases), AmountText.wan(line.amountFen)]
        })
        var byPairing: [Int: Int] = [:]
        for line in cooperation.consumption { byPairing[line.pairingId, default: 0] = byPairing[line.pairingId, default: 0].saturatingAdding(line.amountFen) }
        html += Self.barChart(title: "各结对消费协作采购额（万元）", bars: byPairing.sorted { $0.key < $1.key }.map { (pairingName($0.key), [$0.value / 1_000_000]) }, series: ["采购额"])
        return html + "</section>\n"
    }

    func socialSection() -> String {
        var html = "<section id=\"social\"><h2>七、社会参与</h2>\n" + aspectTargets(.social)
        html += Self.table(["结对", "形式", "笔数", "价值（万元）"], cooperation.donations.map { line in
            [pairingName(line.pairingId), Self.label("donation_form", line.form.rawValue), AmountText.grouped(line.gifts), AmountText.wan(line.valueFen)]
        })
        return html + "</section>\n"
    }

    /// Every item of the year's meetings, overdue ones marked as of the day the pack was made.
    func followUpSection() -> String {
        var html = "<section id=\"follow-up\"><h2>八、联席推进（督办事项）</h2>\n"
        guard !cooperation.meetings.isEmpty else { return html + "<p class=\"note\">本年度尚无联席会议记录。</p>\n</section>\n" }
        let decisions = cooperation.meetings.flatMap(\.decisions)
        let overdue = decisions.filter { $0.isOverdue(today: generatedOn) }
        html += "<p>本年度召开联席会议 \(cooperation.meetings.count) 次，议定督办事项 \(decisions.count) 项：已办结 \(decisions.filter { $0.status == .done }.count) 项，"
            + "办理中 \(decisions.filter { $0.status == .open }.count) 项，其中逾期 \(overdue.count) 项。</p>\n"
        for record in cooperation.meetings.sorted(by: { $0.meeting.heldOn < $1.meeting.heldOn }) {
            let m = record.meeting
            let whose = m.pairingId.map { "（\(pairingName($0))）" } ?? ""
            html += "<p><strong>\(Self.chineseDate(m.heldOn)) \(Self.escape(Self.label("meeting_level", m.level.rawValue)))联席会议\(Self.escape(whose))</strong>，"
                + "地点：\(Self.escape(m.place))；出席：\(Self.escape(m.attendeeUnits.joined(separator: "、")))。</p>\n"
            html += Self.table(["序号", "督办事项", "责任单位", "办结时限", "状态", "进展"], record.decisions.map { decision in
                let status = decision.status == .done
                    ? "已办结（\(decision.doneOn?.description ?? "")）"
                    : decision.isOverdue(today: generatedOn) ? "逾期未办结" : "办理中"
                return ["\(decision.position)", decision.task, decision.ownerBureauName, decision.dueOn.description, status, decision.progress.isEmpty ? "—" : decision.progress]
            }, text: true)
        }
        return html + "</section>\n"
    }

    func notesSection() -> String {
        var html = "<section id=\"notes\"><h2>九、存在问题与下一步工作</h2>\n"
        guard let record = cooperation.latestNotes(onOrBefore: meetingDate) else {
            return html + "<p class=\"note\">协作办尚未为本年度的联席会议填写存在问题和下一步工作。</p>\n</section>\n"
        }
        func paragraphs(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: true).map { "<p>\(Self.escape(String($0)))</p>\n" }.joined()
        }
        html += "<p class=\"note\">据 \(Self.chineseDate(record.meeting.heldOn)) 联席会议材料。</p>\n"
        html += "<h3>存在问题</h3>\n" + (record.meeting.problems.isEmpty ? "<p class=\"note\">未填写。</p>\n" : paragraphs(record.meeting.problems))
        html += "<h3>下一步工作</h3>\n" + (record.meeting.nextSteps.isEmpty ? "<p class=\"note\">未填写。</p>\n" : paragraphs(record.meeting.nextSteps))
        return html + "</section>\n"
    }

    func pairingName(_ id: Int) -> String {
        guard let entry = assessment.entries.first(where: { $0.pairing.id == id }) else { return "结对 \(id)" }
        return "\(entry.fujianName)→\(entry.ningxiaName)\(entry.pairing.kind == .mountainSea ? "（山海协作）" : "")"
    }

    static func label(_ term: String, _ value: String) -> String { Vocabulary.label(term, value, in: .zh) ?? value }
}
