"""The console in a real headless Chromium (Debian's), driven by Playwright: log in, see the home
page at desktop and phone width, find and open workers, register one (a refused form first), change
it, log out. Prints one line per check and writes screenshots for a
person to look at. Usage: console-browser.py BASE_URL LOGIN PASSWORD DISPLAY_NAME SCREENSHOT_DIR"""
import base64
import datetime
import hashlib
import hmac
import shutil
import struct
import sys
import time

from playwright.sync_api import sync_playwright

base, login, password, display_name, shots = sys.argv[1:6]
# A destination clerk's login and password, for the employer's side of the walk.
destination_login, destination_password = (sys.argv[6:8] + [None, None])[:2]
# An observer's login and password, for the meeting's pack.
observer_login, observer_password = (sys.argv[8:10] + [None, None])[:2]
# Two people of a cooperation office (one approves, the other pays) and their shared password.
office_login, cashier_login, office_password = (sys.argv[10:13] + [None, None, None])[:3]
failures = 0


def check(name, condition):
    global failures
    print(("console: ok    " if condition else "console: FAIL  ") + name)
    failures += 0 if condition else 1


def one_time_code(key_text, steps_ahead=0):
    """What an authenticator app shows for the key (RFC 6238: HMAC-SHA1, 30 s, 6 digits)."""
    key_text = key_text.replace(" ", "")
    key = base64.b32decode(key_text + "=" * (-len(key_text) % 8))
    mac = hmac.new(key, struct.pack(">q", int(time.time()) // 30 + steps_ahead), hashlib.sha1).digest()
    offset = mac[-1] & 15
    return "%06d" % ((struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def new_page(browser):
    return browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN").new_page()


def log_in(page, login, password):
    page.goto(base + "/login")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", password)
    page.click("button.primary")


def log_in_with_code(page, login, password, shot):
    """Password, then the second factor set up as a person would: the key read off the page."""
    log_in(page, login, password)
    key = page.inner_text("code.key") if page.locator("code.key").count() else ""
    page.screenshot(path=f"{shots}/{shot}.png")
    page.fill("input[name=code]", one_time_code(key))
    page.click("button.primary")
    return key


def sweep(page, who, visits):
    """Opens each page, checks its words and that it fits a desktop, and keeps a screenshot."""
    for path, words, shot in visits:
        page.goto(base + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        check(f"{who} opens {path}: {words} ({width} px wide)", words in page.inner_text("main") and width <= 1366)
        page.screenshot(path=f"{shots}/{shot}.png", full_page=True)


def id_number(region, birth, sequence):
    """A 居民身份证号 with its GB 11643 check character."""
    body = region + birth + sequence
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


chromium = shutil.which("chromium") or shutil.which("chromium-browser")
with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
    desk = browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN")
    page = desk.new_page()
    page.goto(base + "/")
    check("a visitor is sent to the login page, which offers no logout", page.url.endswith("/login") and page.locator("text=退出登录").count() == 0)
    page.screenshot(path=f"{shots}/login.png")

    page.fill("input[name=login]", login)
    page.fill("input[name=password]", password + "-wrong")
    page.click("button.primary")
    check("a wrong password is told in Chinese beside the form", "登录名或密码不正确" in page.inner_text(".error"))
    page.screenshot(path=f"{shots}/login-refused.png")

    page.wait_for_timeout(1200)  # the wait after one failure
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", password)
    page.click("button.primary")
    header = page.inner_text("header")
    check("the right password opens the home page, which names the person, the bureau and the role",
          page.url.rstrip("/") == base.rstrip("/") and display_name in header and "输出地经办" in header)
    check("what was typed as a name is shown as text, never as markup", page.locator("header i").count() == 0)
    page.screenshot(path=f"{shots}/home.png")

    phone = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN", is_mobile=True)
    phone.add_cookies(desk.cookies())
    small = phone.new_page()
    small.goto(base + "/")
    width = small.evaluate("document.documentElement.scrollWidth")
    check(f"at phone width the page fits without sideways scrolling ({width} px)", width <= 390 and "工作台" in small.inner_text("main"))
    small.screenshot(path=f"{shots}/home-phone.png", full_page=True)

    page.click("text=查找劳动者")
    rows = page.locator("tbody tr").count()
    check(f"the workers page lists the bureau's workers in a table ({rows} rows) with Chinese labels",
          rows >= 1 and "帮扶身份" in page.inner_text("thead") and "户籍地" in page.inner_text("thead"))
    page.screenshot(path=f"{shots}/workers.png", full_page=True)
    page.click("tbody tr:first-child >> text=查看")
    reasons = page.locator("td.why").count()
    check(f"a worker's page shows the record and the recommended jobs with reasons in Chinese ({reasons} jobs)",
          "/workers/" in page.url and "推荐岗位" in page.inner_text("main") and (reasons == 0 or "得分" in page.inner_text("td.why >> nth=0")))
    page.screenshot(path=f"{shots}/worker.png", full_page=True)
    page.go_back()

    # A village's list from the template: one bad line refuses the whole file, the fixed file imports.
    page.goto(base + "/")
    page.click("text=批量导入劳动者名单")
    template = page.request.get(base + "/imports/workers/template.csv")
    header = template.text().lstrip("\ufeff").splitlines()[0]
    check("the import template downloads as a CSV file with Chinese headers",
          template.ok and "attachment" in template.headers.get("content-disposition", "") and header.startswith("姓名,身份证号"))
    today = datetime.date.today()
    consent_day = f"{today.year}/{today.month}/{today.day}"

    def village_line(name, number, phone):
        return f"{name},{number},{phone},640422,初中,脱贫人口,,7533,350100,7533,\"5,000\",是,{today.year + 1}/1/5,{consent_day},书面签字,马文,外出务工就业服务"

    good = id_number("640422", "19950304", "861")
    fixed = id_number("640422", "19960415", "872")
    wrong = fixed[:-1] + ("0" if fixed[-1] != "0" else "1")
    bad_file = "\r\n".join([header, village_line("马丽", good, "13995002345"), village_line("海燕", wrong, "13995002346")]) + "\r\n"
    page.set_input_files("input[name=file]", files=[{"name": "村名单.csv", "mimeType": "text/csv", "buffer": bad_file.encode("utf-8")}])
    page.click("form[enctype] button.primary")
    refused = page.inner_text("main")
    check("a file with one bad line is refused whole, the line and its problem shown in a table", "检查未通过" in refused
          and page.locator("tbody tr").count() >= 1 and page.inner_text("tbody tr >> nth=0").startswith("3"))
    page.screenshot(path=f"{shots}/import-refused.png", full_page=True)
    page.set_input_files("input[name=file]", files=[{"name": "村名单.csv", "mimeType": "text/csv",
                                                     "buffer": bad_file.replace(wrong, fixed).encode("utf-8")}])
    page.click("form[enctype] button.primary")
    check("the fixed file passes its check and stores nothing yet", "检查通过" in page.inner_text("main") and "共 2 名劳动者" in page.inner_text("main"))
    page.click("text=确认导入 2 名劳动者")
    check("confirming imports both workers", "已导入 2 名劳动者" in page.inner_text("main"))
    page.screenshot(path=f"{shots}/import-done.png", full_page=True)
    page.goto(base + "/workers")

    # Registering a worker: an empty form first, then the form filled in as a clerk types it.
    page.click("text=登记劳动者")
    page.click("button.primary")
    bad = page.locator(".field.bad").count()
    check(f"an empty registration is refused with each problem in Chinese beside its field ({bad} fields)",
          bad >= 6 and "必填" in page.inner_text("#p-name") and "有内容需要修改" in page.inner_text("main"))
    page.screenshot(path=f"{shots}/register-refused.png", full_page=True)
    page.fill("#f-name", "马<b>登记</b>")
    page.fill("#f-id_number", id_number("640422", "19900512", "731"))
    page.fill("#f-phone", "13995001234")
    page.fill("#f-origin_region_code", "640422")
    page.select_option("#f-education", label="初中")
    page.select_option("#f-poverty_status", label="脱贫人口")
    page.fill("#f-skills", "7533:缝纫工:4")
    page.fill("#f-expected_monthly_wage_fen", "5,000")
    page.select_option("#f-needs_housing", label="是")
    page.select_option("#f-consent_method", label="书面签字")
    page.fill("#f-consent_recorded_by", "马文")
    page.click("button.primary")
    check("a good registration is saved and opens the worker's page, the name shown as text",
          "已登记" in page.inner_text("main") and "马<b>登记</b>" in page.inner_text("h1") and "5,000.00" in page.inner_text("main"))
    page.screenshot(path=f"{shots}/registered.png", full_page=True)
    page.click("text=修改信息")
    page.fill("#f-expected_monthly_wage_fen", "5200")
    page.click("button.primary")
    check("an edit saves only after the record is read back (5,200.00 元 shown)", "已保存修改" in page.inner_text("main") and "5,200.00" in page.inner_text("main"))
    worker_url = page.url.split("?")[0]

    # A job proposed from a worker's recommendations, and the worker's answer.
    # Found by 身份证号, as a clerk finds the person in front of her (the demo's 马小花 stays
    # available; generated workers share her name).
    page.goto(base + "/workers")
    page.fill("input[name=q]", "640422199803121026")
    page.click("form.search button")
    check("a search by 身份证号 is sent in the form's body: the address holds no ID number", "640422199803121026" not in page.url and "q=" not in page.url)
    links = [page.locator("tbody tr >> text=查看").nth(i).get_attribute("href") for i in range(min(10, page.locator("tbody tr").count()))]
    proposed = False
    for href in links:
        page.goto(base + href)
        # A job in 福州 (codes 3501…), so that the destination clerk below is its employer's side.
        in_fuzhou = page.locator("tbody tr", has_text="（3501").locator("text=推荐此岗位")
        if in_fuzhou.count():
            in_fuzhou.first.click()
            proposed = True
            break
    check("a job proposed from a worker's recommendations opens its placement page, waiting for the worker's answer",
          proposed and "/placements/" in page.url and "已推荐此岗位" in page.inner_text("main") and "劳动者接受" in page.inner_text("main"))
    placement_url = page.url.split("?")[0] if proposed else None
    if proposed:
        page.click("button:text('劳动者接受')")
        check("the worker's acceptance is recorded, and hiring is left to the employer's side",
              "劳动者接受此岗位" in page.inner_text("main") and "登记入职" not in page.inner_text("main"))
        page.screenshot(path=f"{shots}/placement-accepted.png", full_page=True)
    else:
        page.screenshot(path=f"{shots}/no-fuzhou-recommendation.png", full_page=True)

    # The employer's side before the cohort below takes the vacancies' places: 福州's clerk reads a
    # vacancy's best candidates, who they are kept from her, and proposes one.
    if destination_login:
        other = new_page(browser)
        log_in(other, destination_login, destination_password)
        other.click("text=岗位与候选人")
        vacancy_links = [other.locator("tbody tr >> text=查看").nth(i).get_attribute("href") for i in range(min(10, other.locator("tbody tr").count()))]
        candidates, shown = 0, ""
        for href in vacancy_links:
            other.goto(base + href)
            candidates = other.locator("text=推荐此人").count()
            if candidates:
                # The table, not the page: the page's hint says that 帮扶身份 is not shown.
                shown = other.inner_text("section:has(h2:text('最合适的候选人')) table")
                break
        check(f"a vacancy of 福州 shows its best candidates without names or 帮扶身份 ({candidates} candidates)",
              candidates > 0 and "匹配理由" in shown and "帮扶身份" not in shown and "优先" not in shown and "监测对象" not in shown)
        other.screenshot(path=f"{shots}/vacancy-candidates.png", full_page=True)
        if candidates:
            other.locator("text=推荐此人").first.click()
            check("the employer's side proposes a candidate, who then waits to answer", "/placements/" in other.url and "已推荐此岗位" in other.inner_text("main"))

    # A cohort of 西吉's workers: the dry run's review, then confirmation.
    page.goto(base + "/allocations/new")
    page.fill("#f-worker_region", "640422")
    page.click("button.primary")
    review = page.inner_text("main")
    check("a cohort's dry run shows the pairs with their reasons and the unplaced with why, storing nothing",
          "分配方案（试算，尚未保存）" in review and ("人岗配对" in review or "未安置的劳动者" in review))
    page.screenshot(path=f"{shots}/allocation-review.png")  # the top: a cohort of 2,000 rows is too tall to look at whole
    confirm = page.locator("text=确认方案")
    if confirm.count():
        confirm.click()
        page.screenshot(path=f"{shots}/allocation-confirmed.png", full_page=True)
        check("confirming the plan proposes its pairs and says how many", "已按分配方案推荐" in page.inner_text("main"))
    else:
        check("the dry run found pairs to confirm (the demo's vacancies may be full)", False)
    small.goto(worker_url + "/edit")
    width = small.evaluate("document.documentElement.scrollWidth")
    check(f"the worker form fits at phone width ({width} px)", width <= 390 and small.locator("select").count() >= 4)
    small.screenshot(path=f"{shots}/worker-edit-phone.png", full_page=True)
    small.goto(base + "/workers")
    width = small.evaluate("document.documentElement.scrollWidth")
    check(f"the workers table scrolls inside its box at phone width, not the page ({width} px)", width <= 390)
    small.screenshot(path=f"{shots}/workers-phone.png", full_page=True)

    sweep(page, "the origin clerk", [("/training", "培训基地", "training")])
    page.click("text=退出登录")
    check("logout ends the session and says so", page.url.endswith("/login?ended=1") and "您已退出登录" in page.inner_text("main"))
    page.goto(base + "/")
    check("after logout the home page asks for a login again", page.url.endswith("/login"))
    small.goto(base + "/")
    check("the phone's copy of the cookie opens nothing either", small.url.endswith("/login"))

    if destination_login and placement_url:
        # The employer's side: the worklist, the hire, this month's record, and last month's for a
        # placement the worklist says is overdue.
        other.goto(base + "/")
        home = other.inner_text("main")
        check("the destination clerk's home lists the accepted placement awaiting its hire", "已接受、等待登记入职" in home)
        other.screenshot(path=f"{shots}/destination-home.png", full_page=True)
        # The joint meeting's follow-up item the demo gives 福州's bureau: on its worklist, progress reported there.
        check("the destination clerk's home lists its follow-up item from the joint meeting", "在福州市举办闽宁专场招聘会" in other.inner_text("main"))
        item = other.locator("section:has(h2:text('联席会议督办事项')) form").first
        item.locator("input[name=progress]").fill("已举办专场招聘会 2 场，提供岗位 320 个")
        item.locator("button").click()
        check("its progress is recorded and shown", "督办事项的进展已记录" in other.inner_text("main") and "提供岗位 320 个" in other.content())
        other.screenshot(path=f"{shots}/destination-follow-up.png", full_page=True)
        other.goto(placement_url)
        check("after the acceptance the employer's side sees who comes, without the household's priority",
              "登记入职" in other.inner_text("main") and "优先" not in other.inner_text("main"))
        today = other.input_value("input[name=on] >> nth=0")
        other.click("section:has(h2:text('登记入职')) button.primary")
        check("the hire is recorded", "已登记入职" in other.inner_text("main"))
        other.fill("#f-month", today[:7])
        other.fill("#f-wage", "4,800")
        other.fill("#f-verified", "陈明")
        other.click("section:has(h2:text('登记在岗月份')) button.primary")
        check("this month is recorded in 元 and shows in the month grid", "已发工资 4,800.00 元" in other.inner_text("table.grid"))
        other.screenshot(path=f"{shots}/placement-grid.png", full_page=True)
        other.goto(base + "/")
        overdue = other.locator("section:has(h2:text('在岗情况未登记')) >> text=办理")
        if overdue.count():
            overdue.first.click()
            other.fill("#f-wage", "4800")
            other.fill("#f-verified", "陈明")
            other.click("section:has(h2:text('登记在岗月份')) button.primary")
            check("last month of an earlier hire, from the worklist, is recorded too", "已登记该月在岗情况" in other.inner_text("main"))
        else:
            check("the worklist lists last month's missing record of the demo hires", False)
        sweep(other, "the destination clerk", [("/employers", "用人单位", "employers"), ("/vacancies/new", "最低工资标准", "vacancy-new")])
        other.fill("#f-work_region_code", "350102")
        other.fill("#f-wage_min_fen", "1,000")
        live = other.inner_text("p.live")
        check(f"while typing, the county's minimum wage is named beside the wage and a lower wage is flagged ({live})",
              "1,960.00 元/月" in live and "低于此标准" in live and other.locator(".field.bad #f-wage_min_fen").count() == 1)
        other.screenshot(path=f"{shots}/vacancy-new-typing.png")
    if office_login:
        # A cooperation office: the code after the password, then a subsidy evaluated and approved
        # by one person and paid by another.
        office = new_page(browser)
        log_in(office, office_login, office_password)
        check("an office's first login asks to set up the authenticator, showing its key, before any page opens",
              office.url.endswith("/two-factor") and office.locator("code.key").count() == 1 and "完成设置" in office.inner_text("main"))
        key = office.inner_text("code.key")
        office.screenshot(path=f"{shots}/two-factor-setup.png")
        office.fill("input[name=code]", "000000" if one_time_code(key) != "000000" else "111111")
        office.click("button.primary")
        check("a wrong code is refused in Chinese", "动态验证码不正确" in office.inner_text(".error"))
        office.wait_for_timeout(1200)  # the wait after one failure
        office.fill("input[name=code]", one_time_code(key))
        office.click("button.primary")
        check("the app's code completes the set-up and opens the office's home", office.url.rstrip("/") == base.rstrip("/") and "就业补贴审核与发放" in office.inner_text("main"))
        office.click("text=就业补贴审核与发放")
        office.click("form[action='/subsidies/evaluate'] button.primary")
        check("evaluating today's facts makes pending claims from the hires (the walk's among them)",
              "已核定" in office.inner_text("main") and office.locator("button:text('审核通过')").count() >= 1)
        office.screenshot(path=f"{shots}/subsidies-pending.png", full_page=True)
        office.locator("button:text('审核通过')").first.click()
        check("one claim is approved; its approver is shown no payment form",
              "已审核通过" in office.inner_text("main") and "由您审核通过" in office.inner_text("main") and office.locator("button:text('发放')").count() == 0)
        cashier = new_page(browser)
        log_in_with_code(cashier, cashier_login, office_password, "two-factor-cashier")
        cashier.goto(base + "/subsidies?status=approved")
        row = cashier.locator("tbody tr").first
        row.locator("input[name=document_number]").fill("宁闽协〔2026〕15号")
        row.locator("button:text('发放')").click()
        check("a second person of the office pays it from a pairing's funds, written to the ledger",
              "已发放，支出已记入资金台账" in cashier.inner_text("main") and "资金台账第" in cashier.inner_text("main"))
        cashier.screenshot(path=f"{shots}/subsidies-paid.png", full_page=True)
        sweep(cashier, "the office", [("/ledger", "资金台账", "ledger"), ("/ledger/verify", "链条完整", "ledger-verify"),
                                      ("/projects", "帮扶项目", "projects"), ("/parks", "闽宁产业园", "parks"),
                                      ("/assessment", "协议指标与自评", "assessment"), ("/meetings", "督办事项", "meetings")])
        # A pairing's talent, purchases and donations, as the demo seeded them.
        cashier.goto(base + "/cooperation")
        cashier.select_option("select[name=pairing]", index=1)
        cashier.click("form.search button")
        records = cashier.inner_text("main")
        check("the office reads a pairing's postings, purchases and donations, with their forms",
              "人才交流：" in records and "演示干部甲" in records and "消费协作：" in records and "社会参与：" in records and "导入采购台账" in records)
        cashier.screenshot(path=f"{shots}/cooperation.png", full_page=True)
        # The office's pages on a phone: wide tables scroll inside their boxes, never the page.
        pocket = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN", is_mobile=True)
        pocket.add_cookies(cashier.context.cookies())
        handheld = pocket.new_page()
        for path in ["/subsidies?status=paid", "/ledger", "/parks"]:
            handheld.goto(base + path)
            width = handheld.evaluate("document.documentElement.scrollWidth")
            check(f"the office's {path} fits a phone ({width} px)", width <= 390 and "退出登录" in handheld.inner_text("header"))
        handheld.screenshot(path=f"{shots}/parks-phone.png", full_page=True)
    if observer_login:
        meeting = new_page(browser)
        refused_styles = []
        meeting.on("console", lambda message: refused_styles.append(message.text) if "Content Security Policy" in message.text else None)
        log_in(meeting, observer_login, observer_password)
        meeting.click("text=报表与联席会议材料")
        meeting.click("text=打开联席会议材料")
        check(f"the observer opens the meeting pack, its stylesheet admitted by the page's policy ({len(refused_styles)} refusals)",
              "/reports/meeting" in meeting.url and not refused_styles and meeting.evaluate("document.styleSheets.length") >= 1)
        meeting.screenshot(path=f"{shots}/meeting-pack.png")
    browser.close()

sys.exit(1 if failures else 0)
