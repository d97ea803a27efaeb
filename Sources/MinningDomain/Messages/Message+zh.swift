import Foundation

extension Message {
    /// 中文：默认语言，用语依人社系统与闽宁协作文件的习惯。字段名、代码照原样写出，便于对照接口文档。
    var zh: String {
        switch self {
        case .title(let kind): kind.zh
        case .fieldsInvalid(let count): "有 \(count) 个字段不符合要求"
        case .bodyNotJSON(let syntax, let offset): "请求体不是有效的 JSON：第 \(offset) 字节处\(syntax.zh)"
        case .bodyNotObject(let got): "请求体须为 JSON 对象，而不是\(got.zh)"
        case .sendJSON: "请以 application/json 格式发送请求体"
        case .bodyTooLarge: "请求体不能超过 1 MiB"
        case .noRoute: "没有与此方法和路径对应的接口"
        case .methodNotAllowed(let allowed): "此路径只接受：" + allowed.joined(separator: "、")
        case .sendAPIKey: "请以 Authorization: Bearer 密钥 的形式发送 API 密钥"
        case .authorizationNotBearer: "Authorization 请求头须为 Bearer 密钥"
        case .apiKeyUnknown: "API 密钥不存在或已吊销"
        case .keyBureauGone: "此密钥所属的单位已不存在"
        case .roleMayNot(let role): "“\(label("role", role.rawValue))”角色无权进行此操作"
        case .rateLimited(let perMinute, let seconds): "此密钥每分钟最多请求 \(perMinute) 次，请 \(seconds) 秒后重试"
        case .ifMatchRequired: "请在 If-Match 请求头中带上读取时得到的 ETag，以免覆盖他人的修改"
        case .ifMatchMalformed: "If-Match 须为本接口返回的 ETag，例如 \"3\""
        case .changedSinceRead(let version): "读取之后已被他人修改（现为第 \(version) 版），请重新读取后再修改"
        case .databaseUnavailable: "暂时无法连接数据库，请稍后重试"
        case .internalError: "发生意外错误；报告问题时请提供请求编号（request_id）"
        case .migrationsPending(let count): "有 \(count) 个数据库迁移尚未执行，请运行 minning migrate"
        case .requestLineUnreadable:
            "无法读取请求行：路径和查询参数中 ASCII 字母、数字和 -._~ 以外的字符都须百分号编码（如“缝纫”应写作 %E7%BC%9D%E7%BA%AB）"
        case .headersTooLarge: "请求头过大"
        case .requestUnreadable: "无法按 HTTP/1.1 读取请求"
        case .httpError(let status): "无法处理此请求（HTTP \(status)）"
        case .checkedFieldMissing: "字段已通过校验但缺少取值"
        case .idempotencyKeyFormat: "须为 1 至 200 个可打印的 ASCII 字符"
        case .idempotencyKeyReused: "此前已用于内容不同的请求"
        case .idempotencyKeyInUse: "此 Idempotency-Key 正在使用中，请重试"
        case .idempotencyFirstStillRunning: "使用此 Idempotency-Key 的首个请求仍在处理中，请稍后重试"
        case .importKindUnknown(let kind, let kinds): "没有“\(kind)”这种导入，可用的有：\(kinds.joined(separator: "、"))"

        case .required: "必填"
        case .leaveOutRatherThanNull: "不填时请省略该字段，不要写 null"
        case .unknownField: "不是可识别的字段"
        case .unknownQueryParameter: "不是可识别的查询参数"
        case .givenOnce: "只能出现一次"
        case .serverHeldWorkerStatus: "由系统维护（随参加培训、就业安置和撤回授权而变化），不能直接填写"
        case .tooLong(let max): "不能超过 \(max) 个字符"
        case .controlCharacters: "不能含有控制字符"
        case .blank: "不能为空或只含空白"
        case .notUUID: "须为 UUID 格式的编号"
        case .wrongType(let expected, let got): "须为\(expected.zh)，而不是\(got.zh)"
        case .notOneOf(let values, let term): "须为以下之一：" + values.map { value in term.flatMap { Vocabulary.label($0, value, in: .zh) }.map { "\(value)（\($0)）" } ?? value }.joined(separator: "、")
        case .notOneOfLabelled(let labels, let codes):
            "须为以下之一：" + (labels.isEmpty ? codes.joined(separator: "、") : "\(labels.joined(separator: "、"))（或代码 \(codes.joined(separator: "、"))）")
        case .outOfRange(let low, let high): "须在 \(low) 至 \(high) 之间"
        case .wholeNumberOutOfRange(let low, let high): "须为 \(low) 至 \(high) 之间的整数"
        case .yearOutOfRange(let low, let high): "须为 \(low) 至 \(high) 之间的年份"
        case .fenNotWhole: "金额以分为单位，须为整数（100 分 = 1 元）"
        case .fenLooksLikeYuan(let yuan, let fen): "金额以分为单位，须为整数（100 分 = 1 元）：\(yuan) 元应写作 \(fen)"
        case .yuanAmountOutOfRange(let low, let high): "须为以元为单位、最多两位小数的金额，在 \(low) 至 \(high) 元之间"
        case .fenOutOfRange(let low, let high, let typed, let fen):
            "须为以分为单位的整数，在 \(low) 至 \(high) 之间" + (typed.flatMap { typed in fen.map { "；\(typed) 元即 \($0) 分" } } ?? "")
        case .notDate: "须为 1900 至 2099 年间的日期，格式 YYYY-MM-DD"
        case .notISODate: "须为日期，格式 YYYY-MM-DD"
        case .notDateTime: "须为 ISO 8601 格式的日期时间"
        case .notSpreadsheetDate: "须为日期，如 2026-05-01、2026/5/1 或 2026年5月1日"
        case .notMonth: "须为月份，格式 YYYY-MM"
        case .notBoolean: "须为 true 或 false（是或否）"
        case .tooManyItems(let max): "最多 \(max) 项"
        case .emptyListItem: "“|”分隔的各项之间有空项"
        case .mustChangeSomething: "至少要修改一个字段"
        case .eitherNotBoth(let one, let other): "\(one) 和 \(other) 只能填一个"
        case .notInFuture: "不能晚于今天"
        case .notBefore(let field): "不能早于 \(field)"
        case .notBelow(let field): "不能低于 \(field)"
        case .requiredWhen(let field, let value): "\(field) 为 \(value) 时必填"
        case .onlyWhen(let field, let value): "仅在 \(field) 为 \(value) 时填写"
        case .refersToNothing: "引用的对象不存在"

        case .mustBeISCOPrefix(let digits): digits == 4 ? "须为四位 ISCO-08 细类代码" : "须为 1 至 \(digits) 位的 ISCO-08 代码"
        case .mustBeCursor: "须为上一页返回的游标（cursor）"
        case .mustBeIDNumberQuery: "须为 18 位、校验码正确的公民身份号码（GB 11643）"
        case .mustBeNamePrefix(let max): "须为姓名的开头部分，1 至 \(max) 个字符"
        case .mustBePolicyCode: "须为政策代码"

        case .notRegionCode: "须为六位 GB/T 2260 行政区划代码"
        case .notISCOUnitGroup: "须为四位 ISCO-08 细类代码"
        case .notIndustrySection: "须为 GB/T 4754-2017 门类字母（A–T）"
        case .notFujianRegion: "须为福建省的行政区划代码"
        case .notFujianCounty: "须为福建省县级行政区划代码"
        case .notCountyLevel: "须为县级行政区划代码"
        case .notOriginProvince: "须在宁夏或中西部省份"
        case .notTrainingRegion: "须为宁夏或中西部省份的县（区）"
        case .bureauRegion(let kind):
            switch kind {
            case .originLaborBureau: "输出地人社部门须在宁夏或中西部省份"
            case .destinationLaborBureau: "输入地人社部门须在福建省"
            case .cooperationOffice: "协作办须在福建省或宁夏"
            case .oversight, .serviceOperator: "“\(label("bureau_kind", kind.rawValue))”可在任何地区"
            }
        case .unknownCode(let kind, let code): "没有代码为 \(code) 的\(kind.zh)"
        case .unknownRegion(let code): "没有代码为 \(code) 的行政区划"
        case .notMobile: "须为 11 位大陆手机号码"
        case .idNumber(let problem):
            switch problem {
            case .format: "须为 18 位：17 位数字加一位数字或 X"
            case .checkCharacter: "校验码不正确（GB 11643）"
            case .birthDate: "其中的出生日期不存在"
            case .region: "开头不是已知的省级代码"
            }
        case .creditCode(let problem):
            switch problem {
            case .format: "须为 18 位，由数字 0-9 和除 I、O、S、V、Z 外的大写字母 A-Y 组成"
            case .checkCharacter: "校验码不正确（GB 32100）"
            }
        case .outsideYourRegion: "不在本单位的辖区内"
        case .outsideImportingRegion: "不在导入单位的辖区内"
        case .samePersonAsLine(let line): "与第 \(line) 行是同一个人"
        case .sameEmployerAsLine(let line): "与第 \(line) 行是同一家用人单位"
        case .repeats(let kind): "不能有重复的\(noun(kind))"
        case .namesNoOccupation: "至少要填一个职业"
        case .certificateLevel: "须为 1 至 5 级的证书等级"
        case .levelOnlyWithCertificate: "只有持证技能才填等级"
        case .skillSyntax: "须写作 代码[:证书[:等级]]"
        case .kindHoldsOnlyRoles(let kind, let roles):
            "“\(label("bureau_kind", kind.rawValue))”只能持有这些角色：\(roles.map { label("role", $0.rawValue) }.sorted().joined(separator: "、"))"

        case .noneInScope(let kind): "您的辖区内没有此编号的\(noun(kind))"
        case .noneVisible(let kind): "您看不到此编号的\(noun(kind))"
        case .noSuchId(let kind): "没有此编号的\(noun(kind))"
        case .noSuchIdValue(let kind, let id): "没有编号为 \(id) 的\(noun(kind))"
        case .notYoursField(let kind): "不是您辖区内的\(noun(kind))"
        case .bureauMissing(let name): "找不到单位“\(name)”，请先导入演示单位（minning seed）"

        case .wageFenRange(let max): "须在 0 至 \(max) 分之间"
        case .wageBelowLowestMinimum(let fen, let lowest, let meant):
            "单位是分：\(fen) 分即 \(AmountText.yuan(fen)) 元，低于福建省最低月工资标准 \(AmountText.yuan(lowest)) 元；是否应为 \(meant) 分（\(AmountText.yuan(meant)) 元）？"
        case .ageFromIDNumber(let age, let low, let high): "按身份证号计算年龄为 \(age) 岁；劳动者须在 \(low) 至 \(high) 岁之间"
        case .sharedPhone(let others): "另有 \(others) 名劳动者登记了同一号码；家庭共用一部手机很常见，已接受，请核对是否正确"
        case .alreadyRegistered(let id): id.map { "此人已登记，劳动者编号 \($0)" } ?? "此人已由其他单位登记"
        case .consentWithdrawnNoChange: "本人已撤回授权，此劳动者的信息不能再修改"
        case .consentAlreadyWithdrawn: "本人已撤回过授权"
        case .personalDataErased: "本人已撤回授权，个人信息已删除"
        case .sealedUnderEarlierKey(let workers): "仍有 \(workers) 名劳动者的个人信息以旧密钥加密：请先完成 minning pii rotate 再导入"
        case .destinationNoPovertyFilter: "输入地人社部门不能按脱贫状况筛选劳动者"
        case .destinationNoNameSearch: "输入地人社部门按求职条件查找候选人，不能按姓名或身份证号查找"

        case .employerRegistered(let id): "此统一社会信用代码的用人单位已登记：\(id)"
        case .noneRegisteredWithCreditCode: "没有已登记的用人单位使用此统一社会信用代码"
        case .employerOutsideImportingRegion: "此用人单位不在导入单位的辖区内"
        case .closesWithinAYear: "须在 starts_on 之后一年以内"
        case .closesNotBeforeToday(let today): "不能早于今天（\(today)）：在招岗位截至这一天接受报名"
        case .belowMinimumWage(let region, let minimum, let meant):
            "低于 \(region) 的最低月工资标准 \(minimum) 分（\(AmountText.yuan(minimum)) 元）"
                + (meant.map { "；工资以分为单位，是否应为 \($0) 分（\(AmountText.yuan($0)) 元）？" } ?? "")
        case .noMinimumWageOnRecord(let region): "没有 \(region) 的最低工资标准记录：它不是已知的福建县（市、区）"
        case .vacancyFull: "此岗位已招满"

        case .operatorEitherOr: "operator_employer_id（福建用人单位）和 operator_college_name 只能填一个"
        case .workerCannotTrain(let status): "此劳动者状态为“\(label("worker_status", status.rawValue))”，不能参加培训"
        case .notTaughtHere(let teaches): "此基地不培训该职业（可培训：\(teaches.joined(separator: "、"))）"
        case .alreadyEnrolled: "此劳动者已于同一天在此基地报名该职业的培训"
        case .outcomeRecorded: "此培训的结果已经登记"
        case .certificateRequiredForCertified: "结果为取得证书时必填"
        case .certificateOnlyForCertified: "只有结果为取得证书时才填写"

        case .placementTransition(let from, let allowed, let to):
            "“\(label("placement_status", from.rawValue))”的安置只能变为\(allowed.map { "“\(label("placement_status", $0.rawValue))”" }.joined(separator: "或"))，不能变为“\(label("placement_status", to.rawValue))”"
        case .placementFinal(let status): "此安置已是“\(label("placement_status", status.rawValue))”，不能再变更"
        case .failsHardConstraints(let failed): "此人岗不满足硬性条件：\(failed.map { label("hard_constraint", $0.rawValue) }.joined(separator: "、"))"
        case .monthNotYet(let hiredOn): "尚不能登记：\(hiredOn) 才开始上班"
        case .monthRange(let first, let last, let separated):
            (first == last ? "须为 \(first.monthText)" : "须在 \(first.monthText) 至 \(last.monthText) 之间")
                + (separated ? "（入职当月至离职当月）" : "（入职当月至本月）")
        case .dayNotYet(let anchor, let earliest): "尚不能登记：\(anchor.zh)是 \(earliest)，晚于今天"
        case .dayToday(let today): "须为今天（\(today)）"
        case .dayRange(let earliest, let anchor, let today): "须在 \(earliest)（\(anchor.zh)）至今天（\(today)）之间"
        case .factAbsent(let fact, let status): "无法更正：此安置没有\(label("correction_fact", fact.rawValue))（当前为“\(label("placement_status", status.rawValue))”）"
        case .alreadyRecordedDay(let day): "与已登记的日期 \(day) 相同"
        case .correctionRange(let earliest, let latest, let lastDayOfWork):
            "须在 \(earliest)（劳动者接受之日）至 \(latest)（\(lastDayOfWork ? "最后工作日" : "今天")）之间"
        case .notAfterWorkedMonth(let month): "不能晚于 \(month.monthText)：该月已登记为在岗，请先更正该月"
        case .notBeforeWorkedMonth(let month): "不能早于 \(month.monthText)：该月已登记为在岗"
        case .hireCorrectionRange(let hiredOn, let today): "须在 \(hiredOn)（上班第一天）至 \(today)（今天）之间"
        case .onRequiredToHire: "登记入职时必填：上班第一天"
        case .onRequiredToSeparate: "登记离职时必填：最后工作日"
        case .reasonRequiredToSeparate: "登记离职时必填"
        case .onlyForHiredOrSeparated: "只在登记入职或离职时填写"
        case .backdatingLimit(let start): "不能早于 \(start)：更早的日期由协作办补录，并填写 backdating_reason"
        case .backdatingReasonRequired(let start): "登记 \(start) 之前的日期时必填"
        case .monthNotRecorded(let month): "此安置没有登记 \(month.monthText) 的记录"
        case .monthAlreadyAs(let month, let worked, let wage):
            "与 \(month.monthText) 已登记的内容相同（\(worked ? "在岗，" + (wage.map { "已发工资 \($0) 分" } ?? "未发工资") : "未在岗")）"
        case .wageOnlyWhenWorked: "worked 为 false 时请省略：未在岗的月份没有工资"
        case .destinationProposesOwn: "输入地人社部门只能为本辖区的岗位推荐劳动者"
        case .officesRecordHires: "协作办登记入职和离职；劳动者的答复和撤回由各地人社部门登记"
        case .monthsByDestination: "在岗月份由用人单位所在地的输入地人社部门登记"
        case .monthsOnlyForHired(let status): "只有已入职的安置才登记在岗月份；此安置为“\(label("placement_status", status.rawValue))”"
        case .answerByOrigin: "劳动者的答复（接受或拒绝）由其输出地人社部门登记"
        case .hiringByDestination: "入职由用人单位所在地的输入地人社部门登记"
        case .factsCorrectedBy: "事实由用人单位所在地的输入地人社部门或协作办更正"
        case .factBeforeByOffice(let start): "\(start) 之前的事实可能已据以发放补贴，须由协作办更正"
        case .alertAcknowledged: "此预警已经确认过"
        case .alert(let notice):
            switch notice {
            case .monitoredWorkerSeparated(let day, let reason): "防返贫监测对象已于 \(day) 离职：\(reason)"
            case .wageMissing(let month): "\(month.monthText)：在岗但未发工资"
            case .wageBelowMinimum(let month, let paid, let minimum):
                "\(month.monthText)：实发工资 \(AmountText.yuan(paid)) 元，低于当地最低工资标准 \(AmountText.yuan(minimum)) 元"
            case .paidClaimFactsChanged(let claim, let policy, let amount, let cause):
                "补贴申领 \(claim)（\(policy)，\(AmountText.yuan(amount)) 元）已据以发放的事实被更正：\(Message.correctionCause(cause).zh)"
            }
        case .correctionCause(let cause):
            switch cause {
            case .day(let fact, let old, let new, let reason): "\(label("correction_fact", fact.rawValue))由 \(old) 更正为 \(new)：\(reason)"
            case .month(let month, let old, let new, let reason): "\(month.monthText) 由“\(monthFact(old))”更正为“\(monthFact(new))”：\(reason)"
            }
        case .placementClash(let clash):
            switch clash {
            case .workerHasJob: "此劳动者已有已接受或已入职的安置"
            case .liveForPair: "此劳动者在此岗位已有进行中的安置"
            case .monthRecorded: "此安置的该月已登记（如需修改或删除，请提交月份更正）"
            }
        case .duplicate(let constraint): "已存在相同内容的记录（\(constraint)）"

        case .pinRefused(let refusal): "无法照办：\(refusal.zh)"
        case .notInCohort: "不在本批劳动者中"
        case .notAmongVacancies: "不在所选岗位中"

        case .pairingYears(let start, let end, let year): "此结对自 \(start) 年起\(end.map { "至 \($0) 年" } ?? "")，\(year) 年不在其中"
        case .noProjectOfPairing: "此结对没有此编号的项目"
        case .onlyExpenditureForProject: "只有支出才关联项目"
        case .reversalNamesPosition: "冲正只填 reverses_position，不填结对、年度和金额"
        case .reversalOfReversal: "冲正记录本身不能再冲正；请重新登记原记录"
        case .alreadyReversed(let position): "第 \(position) 条记录已经冲正过"
        case .overspend(let pairing, let year, let transferred, let spent):
            "这将使结对 \(pairing) \(year) 年的支出超过到位资金：已到位 \(AmountText.yuan(transferred)) 元，已支出 \(AmountText.yuan(spent)) 元"
        case .expenditureConfirmed(let position): "此支出已确认，为台账第 \(position) 条"
        case .recorderCannotConfirm: "登记此支出的密钥不能确认它：须由协作办的另一人确认"
        case .entryDateWithinYear(let year): "须在该记录所属年度 \(year) 年前后一年以内"
        case .claimTransition(let from, let to):
            "“\(label("subsidy_claim_status", from.rawValue))”的申领只能变为\(from == .pending ? "“已批准”或“已驳回”" : "“已发放”或“已驳回”")，不能变为“\(label("subsidy_claim_status", to.rawValue))”"
        case .claimFinal(let status): "此申领已是“\(label("subsidy_claim_status", status.rawValue))”，不能再变更"
        case .approverCannotPay: "批准此申领的密钥不能发放：发放须由协作办的另一人办理"
        case .requiredToPay: "发放补贴时必填"
        case .paymentRequired: "发放时必填：pairing_id、entry_date 和 document_number"
        case .onlyForPaid: "pairing_id、entry_date 和 document_number 只在发放（paid）时填写"
        case .reasonRequiredToReject: "驳回时必填"
        case .notExceedJobs: "不能超过 jobs（就业岗位数）"
        case .yearAskedFor(let year, let first, let last): "须在所查询的 \(year) 年内（\(first) 至 \(last)）"
        case .yearRequiredOrRange: "必填（或同时填写 from 和 to）"
        case .toRequiredWithFrom: "未填 year 时，填了 from 就须填 to"
        case .fromRequiredWithTo: "未填 year 时，填了 to 就须填 from"
        case .notBeforeFrom(let start): "不能早于 from（\(start)）"
        case .withinYearsOfFrom(let years, let by): "须在 from 之后 \(years) 年以内（不晚于 \(by)）"
        case .withinDaysAhead(let days): "不能晚于今天之后 \(days) 天"
        case .withinYearsOf(let field, let years, let by): "须在 \(field) 之后 \(years) 年以内（不晚于 \(by)）"
        case .notOnPairingSide(let code): "须为此结对的宁夏方（\(code)）或其下辖地区"
        case .provincialMeetingByProvince: "省级联席会议只能由省级协作办或管理员登记"
        case .decisionClosed: "此督办事项已办结，不能再修改"
        case .dayAlreadyCounted(let version): "该日已有用工人数（第 \(version) 版）；更正请带上读取到的版本（If-Match）"

        case .staffLoginFormat: "须为 3–40 个小写字母、数字或 . _ -，以字母或数字开头"
        case .passwordLength(let min, let max): "密码须为 \(min)–\(max) 个字符"
        case .passwordHoldsLogin: "密码不能包含登录名"
        case .passwordTooPlain: "密码过于简单：至少要有 4 个不同的字符"
        case .passwordsDiffer: "两次输入的新密码不一致"
        case .currentPasswordWrong: "当前密码不正确"
        case .loginRefused: "登录名或密码不正确"
        case .loginWait(let seconds): "登录失败次数较多，请 \(seconds) 秒后再试"
        case .loginLocked(let until): "连续登录失败次数过多，账号已锁定至 \(until)；如需提前解锁请联系管理员"
        case .accountDisabled: "此账号已停用，请联系本单位管理员"
        case .sessionEnded: "登录已超时或已退出，请重新登录"
        case .secondFactorCodeWrong: "动态验证码不正确或已用过，请输入验证器应用当前显示的 6 位数字"
        case .secondFactorAlreadySet: "此账号已设置动态验证码；如更换了手机，请管理员重置"
        case .formExpired: "表单已失效（可能在别处退出了登录），请刷新页面后重试"
        case .passwordMustChange: "首次登录须先修改密码"
        case .staffLoginTaken(let login): "登录名 \(login) 已被使用"
        case .headerLacks(let columns): "缺少列：\(columns.joined(separator: "、"))"
        case .headerUnknown(let unknown, let expected, let apiNames):
            "有无法识别的列：\(unknown.map { "“\($0)”" }.joined(separator: "、"))；应有的列为：\(expected.joined(separator: "、"))（也可用接口字段名 \(apiNames.joined(separator: "、"))）"
        case .headerTwice(let columns): "列 \(columns.joined(separator: "、")) 重复出现"
        case .lineUnreadable(let detail): "无法读取此行（\(detail)）"
        }
    }

    private func monthFact(_ fact: MonthFact) -> String {
        switch fact {
        case .worked(let wage?): "在岗，工资 \(AmountText.yuan(wage)) 元"
        case .worked(nil): "在岗，未发工资"
        case .notWorked: "未在岗"
        }
    }

    /// A noun after 的, spaced from it when it starts with Latin letters (的 API 密钥).
    private func noun(_ kind: ObjectKind) -> String {
        kind.zh.first?.isASCII == true ? " " + kind.zh : kind.zh
    }

    private func label(_ term: String, _ value: String) -> String {
        Vocabulary.label(term, value, in: .zh) ?? value
    }
}

extension ProblemKind {
    var zh: String {
        switch self {
        case .validation: "输入有误"
        case .malformedRequest: "请求格式错误"
        case .unauthorized: "需要身份认证"
        case .forbidden: "无权操作"
        case .notFound: "未找到"
        case .methodNotAllowed: "不支持此请求方法"
        case .preconditionFailed: "前提条件不满足"
        case .preconditionRequired: "缺少前提条件"
        case .conflict: "与现有数据冲突"
        case .bodyTooLarge: "请求体过大"
        case .unsupportedMediaType: "不支持的内容类型"
        case .unavailable: "服务暂不可用"
        case .notReady: "服务尚未就绪"
        case .rateLimited: "请求过于频繁"
        case .internal: "内部错误"
        case .http: "HTTP 错误"
        }
    }
}

extension JSONKind {
    var zh: String {
        switch self {
        case .string: "字符串"
        case .number: "数字"
        case .boolean: "true 或 false"
        case .null: "null"
        case .array: "数组"
        case .object: "对象"
        case .wholeNumber: "整数"
        case .uuidString: "UUID 字符串"
        case .dateString: "日期字符串"
        }
    }
}

extension JSONSyntax {
    var zh: String {
        switch self {
        case .trailingText: "JSON 值之后有多余内容"
        case .tooDeep(let levels): "嵌套超过 \(levels) 层"
        case .unexpectedEnd: "内容意外结束"
        case .unexpectedEndInObject: "对象未结束"
        case .unexpectedEndInArray: "数组未结束"
        case .unexpectedCharacter: "有意外的字符"
        case .duplicateMember(let key): "成员“\(key)”出现了两次"
        case .invalidUTF8: "字符串中有无效的 UTF-8"
        case .unescapedControl: "字符串中的控制字符须转义"
        case .unterminatedString: "字符串未结束"
        case .unterminatedEscape: "转义序列未结束"
        case .loneHighSurrogate: "高位代理项后须跟低位代理项"
        case .loneLowSurrogate: "单独的低位代理项不是字符"
        case .unknownEscape: "有未知的转义序列"
        case .shortUnicodeEscape: "\\u 后须有四位十六进制数字"
        case .numberWithoutDigits: "数字缺少数位"
        case .fractionWithoutDigits: "小数部分缺少数位"
        case .exponentWithoutDigits: "指数部分缺少数位"
        case .numberOutOfRange: "数字超出范围"
        case .expectedCommaOrBracket: "数组中此处应为“,”或“]”"
        case .expectedCommaOrBrace: "对象中此处应为“,”或“}”"
        case .expectedMemberName: "此处应为双引号括起的成员名"
        case .expectedColon: "成员名之后应为“:”"
        }
    }
}

extension CodeKind {
    var zh: String {
        switch self {
        case .region: "行政区划"
        case .occupation: "职业"
        case .industrySection: "行业门类"
        }
    }
}

extension ObjectKind {
    var zh: String {
        switch self {
        case .object: "对象"
        case .worker: "劳动者"
        case .candidate: "候选人"
        case .vacancy: "岗位"
        case .employer: "用人单位"
        case .placement: "安置记录"
        case .alert: "预警"
        case .park: "产业园"
        case .enterprise: "入园企业"
        case .trainingBase: "培训基地"
        case .enrolment: "培训报名"
        case .bureau: "单位"
        case .apiKey: "API 密钥"
        case .pairing: "结对关系"
        case .project: "项目"
        case .ledgerEntry: "台账记录"
        case .pendingExpenditure: "待确认支出"
        case .subsidyClaim: "补贴申领"
        case .region: "地区"
        case .occupation: "职业"
        case .staffAccount: "工作台账号"
        case .talentAssignment: "选派人员"
        case .consumptionPurchase: "消费协作采购"
        case .donation: "社会捐赠"
        case .meeting: "联席会议"
        case .meetingDecision: "督办事项"
        }
    }
}

extension TimelineAnchor {
    var zh: String {
        switch self {
        case .workerAccepted: "劳动者接受之日"
        case .firstDayOfWork: "上班第一天"
        }
    }
}

extension PinRefusal {
    var zh: String {
        switch self {
        case .workerNotInCohort: "此劳动者不在本批中"
        case .vacancyNotInSet: "此岗位不在所选岗位中"
        case .notPartOfAllocation: "此人岗不在本次分配范围内"
        case .failsHardConstraints(let failed):
            "此人岗不满足硬性条件：\(failed.map { Vocabulary.label("hard_constraint", $0.rawValue, in: .zh) ?? $0.rawValue }.joined(separator: "、"))"
        case .pinnedAndForbidden: "此人岗既被指定又被排除"
        case .workerAlreadyPinned(let vacancy): "此劳动者已被指定到岗位 \(vacancy)"
        case .exceedsOpenings(let capacity): "仅指定的人数就超过了此岗位剩余的 \(capacity) 个名额"
        }
    }
}
