extension ConsoleTemplates {
    /// Claims of one status at a time, as the office works through them: evaluate, approve or
    /// reject, then a colleague pays. Claims name no worker: the office decides on the facts.
    static let subsidies = """
        <section class="card">
        <h1>就业补贴审核与发放</h1>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#hasProblems}}<ul class="error" role="alert">{{#problems}}<li>{{.}}</li>{{/problems}}</ul>{{/hasProblems}}
        <form method="post" action="/subsidies/evaluate" class="search noprint">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>按截至此日的在岗事实核定补贴（免申即享）<input name="as_of" value="{{today}}" placeholder="如 2026-12-07"></label>
        <button class="primary">核定</button>
        </form>
        <p class="hint noprint">核定只生成待审核的申领；同一政策、同一受益方、同一期间只生成一次，重复核定不会重复生成。</p>
        <nav class="tabs noprint">{{#tabs}}{{#current}}<strong>{{name}}</strong>{{/current}}{{^current}}<a href="/subsidies?status={{status}}">{{name}}</a>{{/current}} {{/tabs}}</nav>
        </section>
        <section class="card">
        <h2>{{statusName}}的申领</h2>
        {{#hasClaims}}<div class="scroll"><table>
        <thead><tr><th scope="col">补贴政策</th><th scope="col">受益方</th><th scope="col">金额（元）</th><th scope="col">户籍地</th><th scope="col">帮扶身份</th><th scope="col">入职日期</th><th scope="col">连续核实月数</th><th scope="col">核定日</th>{{#showOutcome}}<th scope="col">结果</th>{{/showOutcome}}{{#showActions}}<th scope="col" class="noprint">办理</th>{{/showActions}}</tr></thead>
        <tbody>{{#claims}}<tr><td class="wrap">{{policy}}</td><td>{{beneficiary}}</td><td class="amount">{{amount}}</td><td>{{origin}}</td><td>{{poverty}}</td><td>{{hiredOn}}</td><td>{{months}}</td><td>{{asOf}}</td>
        {{#outcome}}<td class="wrap">{{outcome}}</td>{{/outcome}}
        {{#decidable}}<td class="noprint decide">
        {{^payable}}{{^approvedByMe}}<form method="post" action="/subsidies/{{id}}/decide" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="to" value="approved"><button class="small">审核通过</button></form>{{/approvedByMe}}{{/payable}}
        {{#approvedByMe}}<p class="hint">由您审核通过，须由另一位工作人员发放。</p>{{/approvedByMe}}
        {{#payable}}<form method="post" action="/subsidies/{{id}}/decide" class="pay">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="to" value="paid">
        <label>资金来源（结对）<select name="pairing_id">{{#pairings}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/pairings}}</select></label>
        <label>发放日期<input name="entry_date" value="{{today}}"></label>
        <label>凭证文号<input name="document_number" placeholder="如 宁闽协〔2026〕15号"></label>
        <button class="small">发放</button></form>{{/payable}}
        <details><summary>驳回</summary><form method="post" action="/subsidies/{{id}}/decide" class="pay">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="to" value="rejected"><input type="hidden" name="from" value="{{from}}">
        <label>驳回原因<input name="reason" placeholder="如 工资流水与登记不符"></label><button class="small danger">驳回</button></form></details>
        </td>{{/decidable}}</tr>{{/claims}}</tbody>
        </table></div>
        {{#full}}<p class="hint">只列出最早的 {{limit}} 条。</p>{{/full}}{{/hasClaims}}
        {{^hasClaims}}<p class="hint">没有{{statusName}}的申领。</p>{{/hasClaims}}
        </section>
        """
}
