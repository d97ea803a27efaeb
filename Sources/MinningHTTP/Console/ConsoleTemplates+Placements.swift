extension ConsoleTemplates {
    /// A placement's facts, its month grid, and the forms of the steps its reader may take.
    static let placement = """
        <section class="card">
        <p class="noprint"><a href="/workers/{{workerId}}">← 劳动者</a> · <a href="/">工作台</a></p>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        <h1>安置：{{title}}</h1>
        {{#hasProblems}}<ul class="error" role="alert">{{#problems}}<li>{{.}}</li>{{/problems}}</ul>{{/hasProblems}}
        <dl class="facts">{{#facts}}<dt>{{name}}</dt><dd>{{value}}</dd>{{/facts}}</dl>
        <div class="steps noprint">{{#simpleSteps}}<form method="post" action="/placements/{{id}}/step" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="to" value="{{to}}"><button class="step{{#quiet}} quiet{{/quiet}}">{{name}}</button></form> {{/simpleSteps}}</div>
        </section>
        {{#hire}}<section class="card noprint">
        <h2>登记入职</h2>
        <form method="post" action="/placements/{{id}}/step">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="to" value="hired">
        <label>入职日期<input name="on" value="{{today}}" placeholder="如 2026-11-02"></label>
        {{#mayBackdate}}<label>补录原因（早于补录期限时填写）<input name="backdating_reason"></label>{{/mayBackdate}}
        <button class="primary">登记入职</button>
        </form></section>{{/hire}}
        {{#hasGrid}}<section class="card">
        <h2>逐月在岗情况</h2>
        <div class="scroll"><table class="grid">
        <thead><tr><th scope="col">月份</th><th scope="col">情况</th><th scope="col">核实人</th></tr></thead>
        <tbody>{{#grid}}<tr{{#warn}} class="warn"{{/warn}}><td>{{month}}</td><td>{{state}}</td><td>{{verifiedBy}}</td></tr>{{/grid}}</tbody>
        </table></div>
        </section>{{/hasGrid}}
        {{#recordMonth}}<section class="card noprint">
        <h2>登记在岗月份（稳岗）</h2>
        <form method="post" action="/placements/{{id}}/months" class="fields">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <div class="field"><label for="f-month">月份</label><input id="f-month" name="month" value="{{lastMonth}}" placeholder="如 2026-10"></div>
        <div class="field"><label for="f-wage">实发工资（元）</label><input id="f-wage" name="wage_yuan" placeholder="如 4500"></div>
        <div class="field"><label class="check"><input type="checkbox" name="unpaid" value="yes"> 在岗但未发工资</label></div>
        <div class="field"><label for="f-verified">核实人</label><input id="f-verified" name="verified_by"></div>
        {{#mayBackdate}}<div class="field"><label for="f-backdating">补录原因（早于补录期限时填写）</label><input id="f-backdating" name="backdating_reason"></div>{{/mayBackdate}}
        <button class="primary">登记该月</button>
        </form></section>{{/recordMonth}}
        {{#hasCorrections}}<section class="card">
        <h2>更正记录</h2>
        <div class="scroll"><table>
        <thead><tr><th scope="col">更正内容</th><th scope="col">原为</th><th scope="col">更正为</th><th scope="col">原因</th><th scope="col">时间</th></tr></thead>
        <tbody>{{#corrections}}<tr><td>{{what}}</td><td>{{from}}</td><td>{{to}}</td><td class="wrap">{{reason}}</td><td>{{when}}</td></tr>{{/corrections}}</tbody>
        </table></div>
        </section>{{/hasCorrections}}
        {{#correctable}}<section class="card noprint">
        <h2>更正已登记的事实</h2>
        <p class="hint">更正须写明原因，原值保留；据此生成或发放的补贴会重新核定。</p>
        <details><summary>更正入职或离职日期</summary>
        <form method="post" action="/placements/{{id}}/corrections" class="fields">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <div class="field"><label for="c-fact">更正</label><select id="c-fact" name="fact">{{#facts}}<option value="{{code}}">{{label}}</option>{{/facts}}</select></div>
        <div class="field"><label for="c-to">正确日期</label><input id="c-to" name="to" placeholder="如 2026-10-08"></div>
        <div class="field"><label for="c-reason">原因</label><input id="c-reason" name="reason" placeholder="如 合同签订日期录入有误"></div>
        <button class="primary">更正日期</button>
        </form></details>
        <details><summary>更正某月在岗情况</summary>
        <form method="post" action="/placements/{{id}}/month-corrections" class="fields">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <div class="field"><label for="m-month">月份</label><input id="m-month" name="month" value="{{correctionMonth}}"></div>
        <div class="field"><label for="m-state">更正为</label><select id="m-state" name="state"><option value="paid">已发工资</option><option value="unpaid">在岗但未发工资</option><option value="not_worked">当月未在岗</option></select></div>
        <div class="field"><label for="m-wage">实发工资（元，已发工资时填写）</label><input id="m-wage" name="wage_yuan"></div>
        <div class="field"><label for="m-reason">原因</label><input id="m-reason" name="reason" placeholder="如 工资单核对后更正"></div>
        <button class="primary">更正该月</button>
        </form></details>
        </section>{{/correctable}}
        {{#separate}}<section class="card noprint">
        <h2>登记离职</h2>
        <form method="post" action="/placements/{{id}}/step">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="to" value="separated">
        <label>最后工作日<input name="on" value="{{today}}"></label>
        <label>离职原因<input name="reason" placeholder="如 回乡照顾老人"></label>
        {{#mayBackdate}}<label>补录原因（早于补录期限时填写）<input name="backdating_reason"></label>{{/mayBackdate}}
        <button class="primary danger">登记离职</button>
        </form></section>{{/separate}}
        """
}
