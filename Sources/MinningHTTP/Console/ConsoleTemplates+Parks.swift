extension ConsoleTemplates {
    static let parkPages: [(String, String)] = [("parks", parks), ("park", park)]

    static let parks = """
        <section class="card">
        <h1>闽宁产业园</h1>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#hasRows}}<div class="scroll"><table>
        <thead><tr><th scope="col">产业园</th><th scope="col">所在县区</th><th scope="col">设立日期</th><th scope="col" class="noprint">入园企业</th></tr></thead>
        <tbody>{{#rows}}<tr><td class="wrap">{{name}}</td><td>{{region}}</td><td>{{established}}</td><td class="noprint"><a href="/parks/{{id}}">查看</a></td></tr>{{/rows}}</tbody>
        </table></div>{{/hasRows}}
        {{^hasRows}}<p class="hint">辖区内还没有登记产业园。</p>{{/hasRows}}
        </section>
        {{#keeps}}<section class="card noprint">
        <h2>登记产业园</h2>
        {{#hasProblems}}<ul class="error" role="alert">{{#problems}}<li>{{.}}</li>{{/problems}}</ul>{{/hasProblems}}
        <form method="post" action="/parks" class="fields">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="once" value="{{once}}">
        <div class="field"><label for="f-name">名称</label><input id="f-name" name="name" value="{{name}}" placeholder="如 闽宁镇产业园"></div>
        <div class="field"><label for="f-region">所在县区代码</label><input id="f-region" name="region_code" value="{{region}}" placeholder="如 640121"></div>
        <div class="field"><label for="f-established">设立日期</label><input id="f-established" name="established_on" value="{{established}}"></div>
        <button class="primary">登记产业园</button>
        </form>
        </section>{{/keeps}}
        """

    static let park = """
        <section class="card">
        <p class="noprint"><a href="/parks">← 产业园</a></p>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        <h1>{{name}}</h1>
        <p>{{region}} · 设立于 {{established}}</p>
        {{#hasProblems}}<ul class="error" role="alert">{{#problems}}<li>{{.}}</li>{{/problems}}</ul>{{/hasProblems}}
        </section>
        <section class="card">
        <h2>入园企业</h2>
        {{#hasRows}}<div class="scroll"><table>
        <thead><tr><th scope="col">企业</th><th scope="col">统一社会信用代码</th><th scope="col">迁出地</th><th scope="col">行业</th><th scope="col">协议投资（元）</th><th scope="col">累计到位（元）</th><th scope="col">最近用工</th><th scope="col">入园日期</th></tr></thead>
        <tbody>{{#rows}}<tr><td class="wrap">{{name}}</td><td>{{creditCode}}</td><td>{{from}}</td><td class="wrap">{{industry}}</td><td class="amount">{{investment}}</td><td class="amount">{{arrived}}</td><td>{{headcount}}</td><td>{{entered}}</td>
        </tr>{{/rows}}</tbody>
        </table></div>{{/hasRows}}
        {{^hasRows}}<p class="hint">还没有登记入园企业。</p>{{/hasRows}}
        </section>
        {{#keeps}}{{#hasRows}}<section class="card noprint">
        <h2>填报企业数据</h2>
        <p class="hint">到位投资和用工人数按发生日期登记；同一日已登记过用工人数时，勾选“更正该日已有数据”才会改写。</p>
        {{#rows}}<details class="enterprise"><summary>{{name}}</summary>
        <form method="post" action="/parks/{{park}}/enterprises/{{id}}/investments" class="fields">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="once" value="{{once}}">
        <h3 class="wide">到位投资</h3>
        <div class="field"><label>到位日期<input name="arrived_on" value="{{today}}"></label></div>
        <div class="field"><label>金额（元）<input name="amount_yuan" placeholder="如 15,000,000"></label></div>
        <div class="field"><label>凭证编号<input name="evidence_ref" placeholder="验资报告或银行回单编号"></label></div>
        <button class="primary">登记到位投资</button></form>
        <form method="post" action="/parks/{{park}}/enterprises/{{id}}/headcounts" class="fields">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <h3 class="wide">用工人数</h3>
        <div class="field"><label>统计日期<input name="counted_on" value="{{today}}"></label></div>
        <div class="field"><label>用工人数<input name="jobs"></label></div>
        <div class="field"><label>其中脱贫人口和监测对象<input name="lifted_jobs"></label></div>
        <div class="field"><label>其中本地人员<input name="local_jobs"></label></div>
        <div class="field"><label class="inline"><input type="checkbox" name="correct" value="1">更正该日已有数据</label></div>
        <button class="primary">保存用工人数</button></form>
        <form method="post" action="/parks/{{park}}/enterprises/{{id}}/years" class="fields">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <h3 class="wide">年度数据</h3>
        <div class="field"><label>年度<input name="year" value="{{year}}"></label></div>
        <div class="field"><label>就业岗位数<input name="jobs"></label></div>
        <div class="field"><label>吸纳本地就业人数<input name="local_hires"></label></div>
        <div class="field"><label>其中脱贫人口和监测对象<input name="priority_hires"></label></div>
        <div class="field"><label>年产值（元）<input name="output_value_yuan"></label></div>
        <button class="primary">保存年度数据</button></form>
        </details>{{/rows}}
        </section>{{/hasRows}}{{/keeps}}
        {{#keeps}}<section class="card noprint">
        <h2>登记入园企业</h2>
        <form method="post" action="/parks/{{id}}/enterprises" class="fields">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="once" value="{{once}}">
        <div class="field"><label for="f-name">企业名称</label><input id="f-name" name="name" value="{{typedName}}"></div>
        <div class="field"><label for="f-code">统一社会信用代码</label><input id="f-code" name="credit_code" value="{{typedCode}}"></div>
        <div class="field"><label for="f-from">迁出地区划代码（从福建迁来时填写）</label><input id="f-from" name="relocated_from_region_code" value="{{typedFrom}}" placeholder="如 350181"></div>
        <div class="field"><label for="f-industry">行业门类</label><select id="f-industry" name="industry_code"><option value="">请选择</option>{{#industries}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/industries}}</select></div>
        <div class="field"><label for="f-investment">投资额（元）</label><input id="f-investment" name="investment_yuan" value="{{typedInvestment}}" placeholder="如 12,000,000"></div>
        <div class="field"><label for="f-entered">入园日期</label><input id="f-entered" name="entered_on" value="{{typedEntered}}"></div>
        <button class="primary">登记企业</button>
        </form>
        </section>{{/keeps}}
        """
}
