extension ConsoleTemplates {
    static let ledgerPages: [(String, String)] = [("ledger", ledger), ("ledgerVerification", ledgerVerification)]

    /// A pairing's entries of a year. Nothing is ever changed or deleted: a mistake is reversed by
    /// a new entry, and the page says so beside each entry it reversed.
    static let ledger = """
        <section class="card">
        <div class="heading"><h1>资金台账 · {{year}} 年</h1><a class="button quiet noprint" href="/ledger/verify">核验台账</a></div>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#hasProblems}}<ul class="error" role="alert">{{#problems}}<li>{{.}}</li>{{/problems}}</ul>{{/hasProblems}}
        <form method="get" action="/ledger" class="search noprint">
        <label>结对<select name="pairing">{{#pairings}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/pairings}}</select></label>
        <label>年度<input name="year" value="{{year}}" inputmode="numeric"></label>
        <button class="primary">查看</button>
        </form>
        <div class="scroll"><table>
        <thead><tr><th scope="col">结对</th><th scope="col">承诺（元）</th><th scope="col">已拨付（元）</th><th scope="col">已支出（元）</th><th scope="col">可用（元）</th></tr></thead>
        <tbody>{{#balances}}<tr><td>{{#current}}<strong>{{name}}</strong>{{/current}}{{^current}}<a href="/ledger?pairing={{id}}&amp;year={{year}}">{{name}}</a>{{/current}}</td><td class="amount">{{committed}}</td><td class="amount">{{transferred}}</td><td class="amount">{{spent}}</td><td class="amount">{{available}}</td></tr>{{/balances}}</tbody>
        </table></div>
        </section>
        {{#hasWaiting}}<section class="card">
        <h2>待确认的支出（超过 {{threshold}} 元须另一人确认）</h2>
        <div class="scroll"><table>
        <thead><tr><th scope="col">结对</th><th scope="col">年度</th><th scope="col">金额（元）</th><th scope="col">日期</th><th scope="col">凭证文号</th><th scope="col" class="noprint">办理</th></tr></thead>
        <tbody>{{#waiting}}<tr><td>{{pairing}}</td><td>{{year}}</td><td class="amount">{{amount}}</td><td>{{date}}</td><td class="wrap">{{document}}</td>
        <td class="noprint">{{#confirmable}}<form method="post" action="/ledger/pending/{{id}}/confirm" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button class="small">确认记账</button></form>{{/confirmable}}{{#mine}}<span class="hint">由您登记，待他人确认</span>{{/mine}}</td></tr>{{/waiting}}</tbody>
        </table></div>
        </section>{{/hasWaiting}}
        <section class="card">
        <h2>{{pairingName}} · {{year}} 年的记录</h2>
        {{#hasEntries}}<div class="scroll"><table>
        <thead><tr><th scope="col">序号</th><th scope="col">日期</th><th scope="col">类别</th><th scope="col">金额（元）</th><th scope="col">凭证文号</th><th scope="col">项目</th><th scope="col">说明</th>{{#keeps}}<th scope="col" class="noprint">冲销</th>{{/keeps}}</tr></thead>
        <tbody>{{#entries}}<tr><td>{{position}}</td><td>{{date}}</td><td>{{kind}}</td><td class="amount">{{amount}}</td><td class="wrap">{{document}}</td><td class="wrap">{{project}}</td><td>{{note}}</td>
        {{#keeps}}<td class="noprint decide">{{#reversible}}<details><summary>冲销</summary><form method="post" action="/ledger/entries/{{position}}/reverse" class="pay">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="once" value="{{once}}"><input type="hidden" name="pairing" value="{{pairing}}"><input type="hidden" name="year" value="{{year}}">
        <label>冲销日期<input name="entry_date" value="{{today}}"></label><label>凭证文号<input name="document_number"></label>
        <button class="small danger">冲销此笔</button></form></details>{{/reversible}}</td>{{/keeps}}</tr>{{/entries}}</tbody>
        </table></div>
        {{#next}}<p class="noprint"><a href="/ledger?pairing={{pairing}}&amp;year={{year}}&amp;after={{next}}">下一页</a></p>{{/next}}{{/hasEntries}}
        {{^hasEntries}}<p class="hint">这一年没有记录。</p>{{/hasEntries}}
        </section>
        {{#keeps}}<section class="card noprint">
        <h2>记一笔</h2>
        <p class="hint">台账只增不改：记错了请冲销后重记。支出超过 {{threshold}} 元须由另一人确认后才记入。</p>
        <form method="post" action="/ledger/entries" class="fields">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="once" value="{{once}}">
        <div class="field"><label for="f-pairing">结对</label><select id="f-pairing" name="pairing_id">{{#pairings}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/pairings}}</select></div>
        <div class="field"><label for="f-year">年度</label><input id="f-year" name="year" value="{{typedYear}}" inputmode="numeric"></div>
        <div class="field"><label for="f-kind">类别</label><select id="f-kind" name="kind"><option value="">请选择</option>{{#kinds}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select></div>
        <div class="field"><label for="f-amount">金额（元）</label><input id="f-amount" name="amount_yuan" value="{{typedAmount}}" placeholder="如 1,200,000.00"></div>
        <div class="field"><label for="f-date">日期</label><input id="f-date" name="entry_date" value="{{typedDate}}"></div>
        <div class="field"><label for="f-document">凭证文号</label><input id="f-document" name="document_number" value="{{typedDocument}}" placeholder="如 闽财〔2026〕2号"></div>
        <div class="field"><label for="f-project">项目（支出时可选）</label><select id="f-project" name="project_id"><option value="">不属于项目</option>{{#projects}}<option value="{{id}}">{{title}}</option>{{/projects}}</select></div>
        <button class="primary">记入台账</button>
        </form>
        </section>{{/keeps}}
        """

    static let ledgerVerification = """
        <section class="card">
        <p class="noprint"><a href="/ledger">← 资金台账</a></p>
        <h1>台账核验</h1>
        {{^broken}}<p class="notice" role="status">已逐笔重算全部 {{entries}} 笔记录的哈希：链条完整，没有记录被改动、删除或替换。</p>{{/broken}}
        {{#broken}}<p class="error" role="alert">核验未通过：{{broken}}请立即报告并保留现场。</p>{{/broken}}
        <p class="hint">链尾哈希（可与联席会议材料中的值核对）：<code class="key">{{head}}</code></p>
        </section>
        """
}
