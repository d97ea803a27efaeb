extension ConsoleTemplates {
    static let trainingPages: [(String, String)] = [("trainingBases", trainingBases), ("trainingBase", trainingBase)]

    static let trainingBases = """
        <section class="card">
        <h1>培训基地</h1>
        {{#hasRows}}<div class="scroll"><table>
        <thead><tr><th scope="col">基地</th><th scope="col">举办单位</th><th scope="col">所在县区</th><th scope="col">培训工种</th><th scope="col">每期人数</th><th scope="col" class="noprint">报名</th></tr></thead>
        <tbody>{{#rows}}<tr><td class="wrap">{{name}}</td><td class="wrap">{{operator}}</td><td>{{region}}</td><td class="wrap">{{occupations}}</td><td>{{capacity}}</td><td class="noprint"><a href="/training/{{id}}">办理</a></td></tr>{{/rows}}</tbody>
        </table></div>{{/hasRows}}
        {{^hasRows}}<p class="hint">还没有登记培训基地。</p>{{/hasRows}}
        </section>
        """

    static let trainingBase = """
        <section class="card">
        <p class="noprint"><a href="/training">← 培训基地</a></p>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        <h1>{{name}}</h1>
        <p>{{operator}} · {{region}} · 每期 {{capacity}} 人</p>
        {{#hasProblems}}<ul class="error" role="alert">{{#problems}}<li>{{.}}</li>{{/problems}}</ul>{{/hasProblems}}
        </section>
        <section class="card">
        <h2>本辖区劳动者的报名</h2>
        {{#hasRows}}<div class="scroll"><table>
        <thead><tr><th scope="col">劳动者</th><th scope="col">工种</th><th scope="col">培训期间</th><th scope="col">结果</th></tr></thead>
        <tbody>{{#rows}}<tr><td><a href="/workers/{{workerId}}">{{worker}}</a></td><td class="wrap">{{occupation}}</td><td>{{dates}}</td>
        <td class="decide">{{outcome}}{{#open}}<details class="noprint"><summary>登记结果</summary><form method="post" action="/training/{{base}}/enrolments/{{id}}/outcome" class="pay">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>结果<select name="outcome">{{#outcomes}}<option value="{{code}}">{{label}}</option>{{/outcomes}}</select></label>
        <label>证书（取得证书时填写）<input name="certificate" placeholder="如 缝纫工职业技能等级证书"></label>
        <label>等级（1–5）<input name="level" inputmode="numeric"></label>
        <button class="small">保存</button></form></details>{{/open}}</td></tr>{{/rows}}</tbody>
        </table></div>{{/hasRows}}
        {{^hasRows}}<p class="hint">本辖区还没有劳动者在此报名。</p>{{/hasRows}}
        </section>
        <section class="card noprint">
        <h2>报名</h2>
        <form method="post" action="/training/{{id}}/enrol" class="fields">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="once" value="{{once}}">
        <div class="field"><label for="f-id">劳动者身份证号</label><input id="f-id" name="id_number" value="{{idNumber}}" autocomplete="off"></div>
        <div class="field"><label for="f-occupation">工种</label><select id="f-occupation" name="occupation_code"><option value="">请选择</option>{{#occupations}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/occupations}}</select></div>
        <div class="field"><label for="f-starts">开始日期</label><input id="f-starts" name="starts_on" value="{{startsOn}}"></div>
        <div class="field"><label for="f-ends">结束日期</label><input id="f-ends" name="ends_on" value="{{endsOn}}"></div>
        <button class="primary">报名</button>
        </form>
        </section>
        """
}
