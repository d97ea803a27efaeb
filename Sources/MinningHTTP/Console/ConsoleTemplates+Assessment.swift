extension ConsoleTemplates {
    static let assessmentPages: [(String, String)] = [("assessments", assessments), ("targets", targets), ("assessmentTable", assessmentTable)]

    /// The six aspects of one pairing's year: target, what the records show, completion, and the change on last year.
    static let assessmentTable = """
        <div class="scroll"><table>
        <thead><tr><th scope="col">方面</th><th scope="col">指标</th><th scope="col">协议目标</th><th scope="col">完成</th><th scope="col">完成率</th><th scope="col">{{previousYear}} 年</th><th scope="col">同比增减</th></tr></thead>
        <tbody>{{#aspects}}{{#lines}}<tr{{#short}} class="warn"{{/short}}><td>{{aspect}}</td><td>{{name}}</td><td class="amount">{{target}}</td><td class="amount">{{actual}}</td><td class="amount">{{completion}}</td><td class="amount">{{previous}}</td><td class="amount">{{change}}</td></tr>{{/lines}}{{/aspects}}</tbody>
        </table></div>
        """

    static let assessments = """
        <section class="card">
        <h1>协议指标与自评 · {{year}} 年</h1>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        <form method="get" action="/assessment" class="search noprint"><label>年度<input name="year" value="{{year}}" inputmode="numeric"></label><button class="primary">查看</button></form>
        <p class="hint">完成数均由系统记录算出，不可手填：资金取自资金台账，劳务取自安置与培训，产业取自产业园。人才交流、消费协作和社会捐赠尚无记录。未完成的指标以底色标出。</p>
        </section>
        {{#cards}}<section class="card">
        <div class="heading"><h2>{{name}}</h2>{{#keeps}}<a class="button quiet noprint" href="/assessment/{{id}}/{{year}}">{{#hasTargets}}调整指标{{/hasTargets}}{{^hasTargets}}设定指标{{/hasTargets}}</a>{{/keeps}}</div>
        {{^hasTargets}}<p class="hint">这一年还没有设定协议指标。</p>{{/hasTargets}}
        {{> assessmentTable}}
        </section>{{/cards}}
        {{^hasCards}}<section class="card"><p class="hint">这一年辖区内没有在协作期内的结对。</p></section>{{/hasCards}}
        """

    static let targets = """
        <section class="card">
        <p class="noprint"><a href="/assessment?year={{year}}">← 协议指标与自评</a></p>
        <h1>{{name}} · {{year}} 年协议指标</h1>
        {{#hasProblems}}<ul class="error" role="alert">{{#problems}}<li>{{.}}</li>{{/problems}}</ul>{{/hasProblems}}
        {{> assessmentTable}}
        </section>
        {{#keeps}}<section class="card noprint">
        <h2>设定或调整指标</h2>
        <p class="hint">只保存改动的指标；每次调整都保留原值，并记下依据和经办单位。留空的不设目标。</p>
        <form method="post" action="/assessment/{{id}}/{{year}}" class="fields">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="revision" value="{{revision}}">
        {{#fields}}<div class="field"><label for="t-{{code}}">{{aspect}} · {{name}}</label><input id="t-{{code}}" name="{{code}}" value="{{value}}" inputmode="decimal"></div>{{/fields}}
        <div class="field"><label for="t-reason">依据</label><input id="t-reason" name="reason" value="{{reason}}" placeholder="如 2026 年东西部协作协议"></div>
        <button class="primary">保存指标</button>
        </form>
        </section>{{/keeps}}
        {{#hasVersions}}<section class="card">
        <h2>指标调整记录</h2>
        <div class="scroll"><table>
        <thead><tr><th scope="col">指标</th><th scope="col">版本</th><th scope="col">目标值</th><th scope="col">依据</th><th scope="col">经办单位</th><th scope="col">时间</th></tr></thead>
        <tbody>{{#versions}}<tr><td>{{name}}</td><td>{{version}}</td><td class="amount">{{value}}</td><td class="wrap">{{reason}}</td><td>{{bureau}}</td><td>{{at}}</td></tr>{{/versions}}</tbody>
        </table></div>
        </section>{{/hasVersions}}
        """
}
