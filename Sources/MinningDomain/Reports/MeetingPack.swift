/// The coordination meeting's pack (联席会议材料): a year's cooperation on one printable page in
/// Chinese, laid out by the six aspects the assessment judges — each against the agreed targets —
/// then the meetings' follow-up items, the office's 存在问题 / 下一步工作 and the five-year trend,
/// with bar charts drawn as inline SVG, so the file opens and prints anywhere with no network and
/// no scripts.
public struct MeetingPack: Sendable {
    public let year: Int
    public let funds: FundsReport
    public let labor: LaborReport
    public let subsidies: SubsidyReport
    public let parks: ParksReport
    /// The pack's year and the four before it, oldest first.
    public let trend: [YearFigures]
    /// The year's targets beside the records, per pairing (自评).
    public let assessment: AssessmentReport
    public let cooperation: CooperationSummary
    public let generatedOn: CalendarDay
    /// The day the meeting sits, printed in the header and on every page; the day of generation
    /// when none was given.
    public let meetingDate: CalendarDay

    public init(
        year: Int, funds: FundsReport, labor: LaborReport, subsidies: SubsidyReport, parks: ParksReport, trend: [YearFigures],
        assessment: AssessmentReport? = nil, cooperation: CooperationSummary = .empty, generatedOn: CalendarDay, meetingDate: CalendarDay? = nil
    ) {
        self.assessment = assessment ?? AssessmentReport(year: year, entries: [])
        self.cooperation = cooperation
        self.meetingDate = meetingDate ?? generatedOn
        self.year = year
        self.funds = funds
        self.labor = labor
        self.subsidies = subsidies
        self.parks = parks
        self.trend = trend
        self.generatedOn = generatedOn
    }

    public func html() -> String {
        var page = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>闽宁协作联席会议材料（\(year)年）</title>
        <style>
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
        h1{font-size:1.6em}h2{font-size:1.2em;border-bottom:2px solid #b22;padding-bottom:.2em;margin-top:2em}
        table{border-collapse:collapse;margin:.5em 0;font-size:.9em}th,td{border:1px solid #999;padding:.25em .6em;text-align:right}
        th{background:#f3e9e9}td:first-child,th:first-child,table.text td,table.text th{text-align:left}.note{color:#666;font-size:.85em}.flag{color:#b00020;font-weight:bold}
        .footnote{margin-top:3em;border-top:1px solid #999;padding-top:.5em;color:#666;font-size:.8em;word-break:break-all}
        @page{size:A4;margin:18mm 15mm 20mm;@bottom-center{content:"第 " counter(page) " 页 / 共 " counter(pages) " 页";font-size:9pt;color:#666}
          @bottom-right{content:"会议日期 \(meetingDateText)";font-size:9pt;color:#666}}
        @media print{body{margin:0}h2{page-break-before:auto}section{page-break-inside:avoid}}
        </style></head><body>
        <h1>闽宁协作联席会议材料（\(year)年）</h1>
        <p class="note">会议日期 \(meetingDateText)；材料生成于 \(Self.chineseDate(generatedOn))。金额单位：万元（注明“元”处为元）。</p>

        """
        page += overviewSection() + fundsSection() + laborSection() + parksSection() + talentSection() + consumptionSection() + socialSection()
        page += followUpSection() + notesSection() + trendSection()
        page += "<p class=\"footnote\">附注（供审计核对）：资金台账链头哈希 <code>\(Self.escape(funds.ledgerHeadHash))</code>。"
            + "台账每笔记录均与上一笔的哈希相连，任何改动都会改变此值。</p>\n"
        page += "</body></html>\n"
        return page
    }

    private var meetingDateText: String { Self.chineseDate(meetingDate) }

    /// 2027-01-15 → "2027年1月15日".
    static func chineseDate(_ day: CalendarDay) -> String { "\(day.year)年\(day.month)月\(day.day)日" }

    private func fundsSection() -> String {
        let t = funds.totals
        var html = "<section id=\"funds\"><h2>二、资金支持（对口帮扶资金）</h2>\n"
        html += aspectTargets(.funds)
        html += "<p>承诺 \(AmountText.wan(t.committedFen)) 万元，到位 \(AmountText.wan(t.transferredFen)) 万元，支出 \(AmountText.wan(t.spentFen)) 万元"
        if let share = funds.keyCountySpendSharePerMille { html += "；国家乡村振兴重点帮扶县支出占比 \(Self.percent(share))" }
        html += "。</p>\n"
        html += Self.table(["结对", "承诺（万元）", "到位（万元）", "支出（万元）", "结余（万元）", "到位率", "支出率"], funds.pairings.map { line in
            let b = line.balance
            return ["\(line.fujianRegionName)→\(line.ningxiaRegionName)\(line.kind == .mountainSea ? "（山海协作）" : "")", AmountText.wan(b.committedFen), AmountText.wan(b.transferredFen),
                    AmountText.wan(b.spentFen), AmountText.wan(b.availableFen), line.transferRatePerMille.map(Self.percent) ?? "—",
                    line.spendRatePerMille.map(Self.percent) ?? "—"]
        })
        for floor in funds.mountainSeaFloor where floor.belowFloor {
            html += "<p class=\"flag\">山海协作：\(Self.escape(floor.regionName))本年拨付 \(AmountText.wan(floor.transferredFen)) 万元，低于省定每年 1,200 万元下限。</p>\n"
        }
        html += Self.barChart(title: "各结对资金到位与支出（万元）", bars: funds.pairings.map { line in
            ("\(line.fujianRegionName)→\(line.ningxiaRegionName)", [line.balance.transferredFen / 1_000_000, line.balance.spentFen / 1_000_000])
        }, series: ["到位", "支出"])
        return html + "</section>\n"
    }

    private func laborSection() -> String {
        let t = labor.totals
        var html = "<section id=\"labor\"><h2>三、劳务协作</h2>\n"
        html += aspectTargets(.labor)
        let people = { (count: Int) in AmountText.grouped(count) }
        html += "<p>\(Self.chineseDate(labor.from))至\(Self.chineseDate(labor.to))：登记 \(people(t.registered)) 人，匹配 \(people(t.matched)) 人，上岗 \(people(t.hired)) 人，"
            + "稳岗满3个月 \(people(t.employed3Months)) 人、满6个月 \(people(t.employed6Months)) 人，离岗 \(people(t.separated)) 人"
        if let days = labor.medianDaysToHire { html += "；从推荐到上岗中位数 \(days) 天" }
        html += "。</p>\n"
        html += Self.table(["输出县区", "登记", "匹配", "上岗", "满3个月", "满6个月", "离岗"], labor.byOriginCounty.map { line in
            let c = line.counts
            return [line.name, "\(c.registered)", "\(c.matched)", "\(c.hired)", "\(c.employed3Months)", "\(c.employed6Months)", "\(c.separated)"]
        })
        html += Self.barChart(title: "各输出县区上岗人数", bars: labor.byOriginCounty.map { ($0.name, [$0.counts.hired]) }, series: ["上岗"])
        html += Self.table(["脱贫状态", "登记", "匹配", "上岗", "满3个月", "满6个月", "离岗"], labor.byPovertyStatus.map { line in
            let c = line.counts
            return [line.name, "\(c.registered)", "\(c.matched)", "\(c.hired)", "\(c.employed3Months)", "\(c.employed6Months)", "\(c.separated)"]
        })
        return html + subsidiesPart() + "</section>\n"
    }

    private func subsidiesPart() -> String {
        var html = "<h3 id=\"subsidies\">就业补助（免申即享）</h3>\n"
        let paid = subsidies.total(.paid)
        let pending = subsidies.total(.pending)
        // Claims are hundreds of yuan each: in 万元 they would read 0.05.
        html += "<p>已发放 \(AmountText.grouped(paid.claims)) 笔 \(AmountText.yuan(paid.amountFen)) 元，待审核 \(AmountText.grouped(pending.claims)) 笔 \(AmountText.yuan(pending.amountFen)) 元。</p>\n"
        html += Self.table(["政策", "状态", "笔数", "金额（元）"], subsidies.lines.map { line in
            [line.policyName, SubsidyReport.statusNames[line.status] ?? line.status.rawValue, AmountText.grouped(line.claims), AmountText.yuan(line.amountFen)]
        })
        return html
    }

    private func parksSection() -> String {
        let t = parks.totals
        var html = "<section id=\"parks\"><h2>四、产业合作（闽宁产业园）</h2>\n"
        html += aspectTargets(.industry)
        html += "<p>入园企业 \(t.enterprises) 家（自福建转移 \(t.relocatedFromFujian) 家），投资 \(AmountText.wan(t.investmentFen)) 万元，就业岗位 \(t.jobs) 个，其中本地用工 \(t.localHires) 人、脱贫和监测户 \(t.priorityHires) 人。</p>\n"
        html += Self.table(["园区", "所在地", "企业", "自福建转移", "投资（万元）", "岗位", "本地用工", "脱贫和监测户", "产值（万元）"], parks.parks.map { line in
            [line.parkName, line.regionName, "\(line.enterprises)", "\(line.relocatedFromFujian)", AmountText.wan(line.investmentFen), AmountText.grouped(line.jobs),
             AmountText.grouped(line.localHires), AmountText.grouped(line.priorityHires), AmountText.wan(line.outputValueFen)]
        })
        html += Self.barChart(title: "各园区就业岗位与本地用工", bars: parks.parks.map { ($0.parkName, [$0.jobs, $0.localHires]) }, series: ["岗位", "本地用工"])
        return html + "</section>\n"
    }

    private func trendSection() -> String {
        guard let first = trend.first, let last = trend.last else { return "" }
        var html = "<section id=\"trend\"><h2>十、近五年走势（\(first.year)—\(last.year)年）</h2>\n"
        html += Self.table(["年度", "资金到位（万元）", "资金支出（万元）", "上岗人数"], trend.map { figures in
            ["\(figures.year)年", AmountText.wan(figures.transferredFen), AmountText.wan(figures.spentFen), AmountText.grouped(figures.hired)]
        })
        html += Self.barChart(title: "各年度资金到位与支出（万元）", bars: trend.map { ("\($0.year)年", [$0.transferredFen / 1_000_000, $0.spentFen / 1_000_000]) },
                              series: ["到位", "支出"])
        html += Self.barChart(title: "各年度上岗人数", bars: trend.map { ("\($0.year)年", [$0.hired]) }, series: ["上岗"])
        return html + "</section>\n"
    }

    // MARK: - Drawing

    /// Figures right-aligned after the first column; `text` for a table of sentences, all left-aligned.
    static func table(_ header: [String], _ rows: [[String]], text: Bool = false) -> String {
        guard !rows.isEmpty else { return "<p class=\"note\">本期无数据。</p>\n" }
        var html = (text ? "<table class=\"text\">" : "<table>") + "<thead><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for row in rows { html += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n" }
        return html + "</tbody></table>\n"
    }

    /// Horizontal grouped bars, one group per label; integer values only, scaled to the largest.
    static func barChart(title: String, bars: [(String, [Int])], series: [String]) -> String {
        guard !bars.isEmpty else { return "" }
        let colors = ["#b22222", "#4682b4", "#6b8e23"]
        let barHeight = 14, gap = 10, labelWidth = 190, chartWidth = 420
        let groupHeight = series.count * barHeight + gap
        let height = 30 + bars.count * groupHeight + 20
        let largest = max(1, bars.flatMap(\.1).max() ?? 1)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(labelWidth + chartWidth + 80)\" height=\"\(height)\" font-size=\"12\">"
        svg += "<title>\(escape(title))</title><text x=\"0\" y=\"16\" font-weight=\"bold\">\(escape(title))</text>"
        for (index, (label, values)) in bars.enumerated() {
            let top = 30 + index * groupHeight
            svg += "<text x=\"0\" y=\"\(top + barHeight)\">\(escape(label))</text>"
            for (s, value) in values.enumerated() {
                let width = max(0, value) * chartWidth / largest
                let y = top + s * barHeight
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(width)\" height=\"\(barHeight - 2)\" fill=\"\(colors[s % colors.count])\"/>"
                svg += "<text x=\"\(labelWidth + width + 4)\" y=\"\(y + barHeight - 3)\">\(AmountText.grouped(value))</text>"
            }
        }
        for (s, name) in series.enumerated() {
            let x = labelWidth + s * 90
            svg += "<rect x=\"\(x)\" y=\"\(height - 14)\" width=\"10\" height=\"10\" fill=\"\(colors[s % colors.count])\"/><text x=\"\(x + 14)\" y=\"\(height - 5)\">\(escape(name))</text>"
        }
        return svg + "</svg>\n"
    }

    static func percent(_ perMille: Int) -> String { "\(perMille / 10).\(perMille % 10)%" }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
