import Foundation

extension CommandMessage {
    /// 中文：命令行的默认语言。表名、代码、文件路径与命令照原样写出，便于运维对照。
    var zh: String {
        switch self {
        case .migrationsUpToDate(let count): "无需迁移：\(count) 个迁移均已执行"
        case .migrationApplied(let name): "已执行 \(name)"
        case .migrationStatusApplied(let name, let at): "已执行  \(name)  \(at)"
        case .migrationStatusPending(let name): "待执行  \(name)"
        case .seeded(let table, let demo, let inFile, let inserted, let updated):
            "\(Self.tableNames[table] ?? table)（\(table)\(demo ? "，演示数据" : "")）："
                + (inFile.map { "文件中 \($0) 行，" } ?? "") + "新增 \(inserted)，更新 \(updated)"
        case .keyIssued(let id, let role, let bureau): "密钥 \(id)  角色 \(role.rawValue)（\(roleLabel(role))）  单位 \(bureau)"
        case .secretShownOnce: "密钥明文只显示这一次，请立即妥善保存："
        case .keyListed(let id, let prefix, let role, let revokedAt, let lastUsedAt, let label):
            "\(id)  \(prefix)…  \(role.rawValue)（\(roleLabel(role))）  \(revokedAt.map { "已吊销于 \($0)" } ?? "有效")  "
                + "最近使用 \(lastUsedAt ?? "从未使用")  \(label)"
        case .keyRevoked(let id, let at): "已吊销密钥 \(id)（\(at)）"
        case .noBureauNamed(let name): "没有名为“\(name)”的单位"
        case .staffCreated(let login, let role, let bureau): "已建工作台账号 \(login)  角色 \(role.rawValue)（\(roleLabel(role))）  单位 \(bureau)"
        case .oneTimePasswordShownOnce: "一次性密码只显示这一次，首次登录后须修改："
        case .staffListed(let login, let role, let bureau, let name, let disabledAt, let lockedUntil):
            "\(login)  \(role.rawValue)（\(roleLabel(role))）  \(bureau)  \(name.isEmpty ? "—" : name)  "
                + (disabledAt.map { "已停用于 \($0)" } ?? lockedUntil.map { "锁定至 \($0)" } ?? "可用")
        case .staffDisabled(let login, let at): "已停用工作台账号 \(login)（\(at)），其登录会话均已结束"
        case .staffSecondFactorReset(let login): "已重置工作台账号 \(login) 的动态验证码，其登录会话均已结束；本人下次登录时重新设置"
        case .bureausShareName(let count, let name): "有 \(count) 个单位都叫“\(name)”，请改用单位 ID"
        case .bureauMayNot(let bureau, let role, let allowed):
            "“\(bureau)”的角色是\(roleLabel(role))，不能做这件事；须为" + allowed.map(roleLabel).sorted().joined(separator: "或")
        case .ledgerIntact(let entries, let head): "台账完整：共 \(entries) 条，末条哈希 \(head)"
        case .ledgerBroken(let broken, let entries): "台账校验不通过：\(Self.breakText(broken))（已读 \(entries) 条）"
        case .imported(let count, let kind, let dryRun, let file, let encoding, let seconds):
            "\(count) 条\(Self.kindNames[kind]!)记录\(dryRun ? "已检查（试运行，未保存）" : "已导入")，文件 \(file)（\(encoding) 编码），用时 \(seconds) 秒"
        case .warningsStoredAnyway(let count): "\(count) 条提示（记录已照常保存）："
        case .andMore(let count, let reportHint): "… 另有 \(count) 条" + (reportHint ? "（加 --report 文件 可看全部）" : "")
        case .everyProblemListedIn(let path): "全部问题已写入 \(path)"
        case .templateWritten(let kind, let path): "\(Self.kindNames[kind]!)导入模板已写入 \(path)"
        case .cannotRead(let path): "无法读取 \(path)"
        case .cannotWrite(let path): "无法写入 \(path)"
        case .toolFailed(let name, let status): "\(name) 执行失败，退出码 \(status)"
        case .exported(let count, let path, let unmasked):
            "已导出 \(count) 名劳动者到 \(path)" + (unmasked ? "（未脱敏，每人均已记入审计日志）" : "（已脱敏）")
        case .meetingPackWritten(let year, let path): "\(year) 年联席会议材料已写入 \(path)"
        case .backedUp(let database, let path, let bytes): "已将 \(database) 备份到 \(path)（\(bytes) 字节）"
        case .restored(let file, let database): "已将 \(file) 恢复到 \(database)"
        case .subsidiesEvaluated(let day, let examined, let created): "截至 \(day)：核查在岗记录 \(examined) 条，新增待审核补贴申领 \(created) 条"
        case .fundsHeading(let year, let narrowed, let head):
            "\(year) 年资金情况" + (narrowed.map { "（记账日 \($0.from) 至 \($0.to)）" } ?? "") + "  台账末条哈希 \(head)"
        case .fundsLine(let pairing, let b):
            "\(pairing)  协议 \(AmountText.yuan(b.committedFen)) 元  到位 \(AmountText.yuan(b.transferredFen)) 元  使用 \(AmountText.yuan(b.spentFen)) 元  结余 \(AmountText.yuan(b.availableFen)) 元"
        case .fundsTotal(let t):
            "合计  协议 \(AmountText.yuan(t.committedFen)) 元  到位 \(AmountText.yuan(t.transferredFen)) 元  使用 \(AmountText.yuan(t.spentFen)) 元"
        case .rotationStarting(let keyId, let workers, let employers, let previousKeys):
            "新密钥 \(keyId)：待重新加密劳动者 \(workers) 名、用人单位 \(employers) 家；提供了旧密钥 \(previousKeys) 个"
        case .rotationStoppedUnreadable(let objectType, let id, let field):
            "已停止：\(objectType) \(id) 的 \(field) 用所给的任何密钥都打不开，请把加密它的密钥作为旧密钥提供（此前完成的批次已保留）"
        case .rotationStoppedDuplicate(let rotating, let existing):
            "已停止：劳动者 \(rotating) 与以另一密钥登记的劳动者 \(existing) 是同一人，请合并或撤回其中之一后重试（此前完成的批次已保留）"
        case .rotationFinished(let workers, let employers, let seconds, let left):
            "已重新加密劳动者 \(workers) 名、用人单位 \(employers) 家，用时 \(seconds) 秒；剩余 \(left) 行（正被请求锁定的行由下一次运行处理）"
        case .productionNeedsPersonalDataKey:
            "生产模式需要个人信息密钥：请设置 MINNING_PII_KEY 或用 --pii-key-file 指定（可用 minning pii generate-key 生成）"
        case .summaryHeading(let heading):
            switch heading {
            case .allocation: "分配结果"
            case .placedByPriorityGroup: "按优先群体统计的安置人数"
            case .placedByOriginCounty: "按户籍县区统计的安置人数"
            case .notPlaced: "未安置原因"
            }
        case .summaryRow(let row):
            switch row {
            case .workers: "劳动者"
            case .vacancies: "岗位"
            case .candidatePairs: "候选人岗组合"
            case .assigned: "已分配"
            case .objective: "目标值（按优先权重加权的得分）"
            case .solverObjective: "求解器目标值（得分，每对另加 1）"
            case .scoringAndSolving: "评分与求解用时"
            case .allocation: "分配批次"
            }
        case .noneListed: "（无）"
        case .allocationStored(let id): "\(id)（已生成待确认的安置）"
        case .allocationDryRun: "试运行：未保存任何内容"
        case .costsTooLargeToScale: "费用过大，无法在 64 位整数内精确缩放"
        case .doctorMode(let production): "运行模式：\(production ? "生产" : "开发")"
        case .doctorVerdict(let passed): passed ? "通过" : "失败"
        case .databaseURLParses(let url): "DATABASE_URL 可解析（\(url)）"
        case .databaseURLProblem(let problem): "DATABASE_URL 有误：\(problem)"
        case .productionDatabaseWithoutTLS(let host): "生产数据库 \(host) 未启用 TLS：请在地址后加 ?sslmode=require"
        case .projectFiles(let path): "项目文件位于 \(path)（Migrations/、Seeds/、docs/openapi.json）"
        case .projectMissing: "找不到 Migrations/ 目录：请设置 MINNING_HOME"
        case .personalDataKeyConfigured: "已配置个人信息密钥"
        case .personalDataDevelopmentKey: "个人信息密钥：使用 .local/pii-dev.key 中的开发密钥"
        case .personalDataKeyProblem(let problem): "个人信息密钥有误：\(problem)"
        case .productionListenWithoutProxy(let host):
            "生产模式监听 \(host) 但未加 --behind-proxy：请由反向代理（deploy/nginx）终止 TLS，并加上此选项说明"
        case .listenAddress(let host, let behindProxy): "监听地址 \(host)" + (behindProxy ? "（位于 TLS 反向代理之后）" : "")
        case .databaseReachable: "数据库可以连接"
        case .databaseUnreachable(let problem): "无法连接数据库：\(problem)"
        case .migrationsPendingNamed(let names): "有 \(names.count) 个迁移待执行：\(names.joined(separator: "、"))；请运行 minning migrate"
        case .migrationsAllApplied(let count): "\(count) 个迁移均已执行"
        case .sealedUnderCurrentKey(let keyId, let previousKeysGiven):
            "个人信息均以当前密钥 \(keyId) 加密" + (previousKeysGiven ? "；旧密钥下已无数据，可删除 MINNING_PII_PREVIOUS_KEYS" : "")
        case .sealedUnderEarlierKey(let workers, let employers, let previousKeysGiven):
            "劳动者 \(workers) 名、用人单位 \(employers) 家仍以旧密钥加密："
                + (previousKeysGiven ? "请运行 minning pii rotate" : "请提供旧密钥（MINNING_PII_PREVIOUS_KEYS）并运行 minning pii rotate，否则无法读取")
        case .keysUnrecorded(let workers, let employers):
            "用人单位 \(employers) 家、劳动者 \(workers) 名在记录密钥（劳动者还有手机号查询哈希）之前存入：minning pii rotate 会补记"
        case .databaseURLMissing: "请设置 DATABASE_URL 或使用 --database-url"
        case .option(let name, let message): "\(name)：\(message.text(in: .zh))"
        case .optionLength(let name, let min, let max): "\(name)：须为 \(min)–\(max) 个字符"
        }
    }

    private func roleLabel(_ role: Role) -> String { Vocabulary.label("role", role.rawValue, in: .zh) ?? role.rawValue }

    static let kindNames: [ImportKind: String] = [.workers: "劳动者", .employers: "用人单位", .vacancies: "岗位", .consumption: "消费协作采购"]

    /// The seeded tables by what a clerk calls them.
    static let tableNames = [
        "regions": "行政区划", "key_assistance_counties": "国家乡村振兴重点帮扶县", "pairings": "结对关系", "occupations": "职业",
        "industries": "行业", "minimum_wages": "最低工资标准", "priority_weights": "优先权重", "subsidy_policies": "补贴政策",
        "bureaus": "单位", "workers": "劳动者", "employers": "用人单位", "vacancies": "岗位", "training_bases": "培训基地",
        "fund_ledger": "资金台账", "park_enterprises": "园区企业", "placements": "已入职的安置", "talent_assignments": "选派人员",
        "consumption_purchases": "消费协作采购", "donations": "社会捐赠", "meetings": "联席会议",
    ]

    static func breakText(_ broken: LedgerHash.Break) -> String {
        switch broken {
        case .contentChanged(let position): "第 \(position) 条与其哈希不符：记账后被改动过"
        case .linkBroken(let position): "第 \(position) 条未接续前一条：有记录被删除或替换"
        case .gap(let after): "第 \(after) 条之后缺少一条"
        }
    }
}
