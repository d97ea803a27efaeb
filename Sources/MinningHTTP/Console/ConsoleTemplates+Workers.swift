extension ConsoleTemplates {
    static let workerPages: [(String, String)] = [
        ("workers", workers), ("worker", worker), ("columnsForm", columnsForm), ("withdrawal", withdrawal), ("placement", placement),
    ]

    static let workers = """
        <section class="card">
        <div class="heading"><h1>劳动者</h1>{{#registrable}}<a class="button" href="/workers/new">登记劳动者</a>{{/registrable}}</div>
        {{#searchable}}<form class="search" method="post" action="/workers">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>姓名（开头几个字）或身份证号<input name="q" value="{{query}}" placeholder="如：马 或 640422198705122331"></label>
        <button class="primary">查找</button>
        </form>{{/searchable}}
        {{^searchable}}<p class="hint">可到岗的候选劳动者（不显示姓名与帮扶身份；劳动者接受本地岗位后方可查看其身份）。</p>{{/searchable}}
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        {{#hasRows}}
        <div class="scroll"><table>
        <thead><tr>{{#headings}}<th scope="col">{{.}}</th>{{/headings}}<th scope="col">操作</th></tr></thead>
        <tbody>{{#rows}}<tr>{{#cells}}<td>{{.}}</td>{{/cells}}<td><a href="/workers/{{id}}">查看</a></td></tr>{{/rows}}</tbody>
        </table></div>
        <p class="hint">本页 {{count}} 人{{#searched}}（按身份证号查找会记入审计日志）{{/searched}}。{{#nextLink}}<a href="/workers?after={{nextLink}}">下一页 →</a>{{/nextLink}}</p>
        {{#nextSearch}}<form method="post" action="/workers" class="inline noprint"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="q" value="{{query}}"><input type="hidden" name="after" value="{{nextSearch}}"><button class="small quiet">下一页 →</button></form>{{/nextSearch}}
        {{/hasRows}}
        {{#empty}}<p class="hint">没有找到劳动者。</p>{{/empty}}
        </section>
        """

    static let worker = """
        <section class="card">
        <p class="noprint"><a href="/workers">← 劳动者</a></p>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        <div class="heading"><h1>{{title}}</h1>
        {{#changeable}}<span class="actions"><a class="button" href="/workers/{{id}}/edit">修改信息</a> <a class="button quiet" href="/workers/{{id}}/withdraw">撤回授权同意</a></span>{{/changeable}}</div>
        {{#withdrawn}}<p class="hint">已于 {{withdrawn}} 撤回授权同意，身份信息已删除，记录不能再修改。</p>{{/withdrawn}}
        <dl class="facts">{{#facts}}<dt>{{name}}</dt><dd>{{value}}</dd>{{/facts}}</dl>
        </section>
        {{#hasPlacements}}<section class="card">
        <h2>安置记录</h2>
        <div class="scroll"><table>
        <thead><tr><th scope="col">状态</th><th scope="col">推荐日期</th><th scope="col">入职日期</th><th scope="col">操作</th></tr></thead>
        <tbody>{{#placements}}<tr><td>{{status}}</td><td>{{proposedOn}}</td><td>{{hiredOn}}</td><td><a href="/placements/{{id}}">查看</a></td></tr>{{/placements}}</tbody>
        </table></div>
        </section>{{/hasPlacements}}
        {{#hasRecommendations}}
        <section class="card">
        <h2>推荐岗位</h2>
        <div class="scroll"><table>
        <thead><tr><th scope="col">岗位</th><th scope="col">工作地</th><th scope="col">月薪（元）</th><th scope="col">住宿</th><th scope="col">剩余名额</th><th scope="col">推荐理由</th><th scope="col" class="noprint">操作</th></tr></thead>
        <tbody>{{#recommendations}}<tr><td>{{title}}</td><td>{{region}}</td><td>{{wage}}</td><td>{{housing}}</td><td>{{openings}}</td><td class="why">{{why}}</td>
        <td class="noprint">{{#propose}}<form method="post" action="/workers/{{worker}}/propose"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="once" value="{{once}}"><input type="hidden" name="vacancy_id" value="{{vacancy}}"><button class="small">推荐此岗位</button></form>{{/propose}}</td></tr>{{/recommendations}}</tbody>
        </table></div>
        </section>
        {{/hasRecommendations}}
        {{#noRecommendations}}<section class="card"><h2>推荐岗位</h2><p class="hint">目前没有此劳动者符合条件的在招岗位。</p></section>{{/noRecommendations}}
        """

    /// Every field's problems sit under it and name it for screen readers (`aria-describedby`).
    static let columnsForm = """
        <section class="card">
        {{#back}}<p class="noprint"><a href="{{back}}">← {{backLabel}}</a></p>{{/back}}
        <h1>{{title}}</h1>
        {{#hasProblems}}<p class="error" role="alert">有内容需要修改，请查看标红的栏目。</p>{{/hasProblems}}
        {{#hasGeneral}}<ul class="error">{{#general}}<li>{{.}}</li>{{/general}}</ul>{{/hasGeneral}}
        <form method="post" action="{{action}}" class="fields" novalidate>
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#hidden}}<input type="hidden" name="{{name}}" value="{{value}}">{{/hidden}}
        {{#fields}}<div class="field{{#bad}} bad{{/bad}}">
        <label for="f-{{name}}">{{label}}{{#required}}<span class="required">（必填）</span>{{/required}}</label>
        {{#text}}<input id="f-{{name}}" name="{{name}}" value="{{value}}"{{#placeholder}} placeholder="{{placeholder}}"{{/placeholder}}{{#minimumWages}} data-minimum-wages="{{minimumWages}}"{{/minimumWages}} aria-describedby="p-{{name}}">{{/text}}
        {{#date}}<input id="f-{{name}}" name="{{name}}" value="{{value}}" placeholder="如 2026-05-01 或 2026/5/1" aria-describedby="p-{{name}}">{{/date}}
        {{#choice}}<select id="f-{{name}}" name="{{name}}" aria-describedby="p-{{name}}">{{#options}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}</select>{{/choice}}
        <div id="p-{{name}}">{{#hint}}<p class="hint">{{hint}}</p>{{/hint}}{{#problems}}<p class="problem">{{.}}</p>{{/problems}}</div>
        </div>{{/fields}}
        <button class="primary">保存</button>
        </form>
        </section>
        """

    static let withdrawal = """
        <section class="card narrow">
        <p><a href="/workers/{{id}}">← 返回</a></p>
        <h1>撤回授权同意</h1>
        <p>{{name}} 撤回授权后，其姓名、身份证号和手机号将被删除，不能恢复；已有的安置与补贴记录保留，只留下出生年份和性别。</p>
        {{#problem}}<p class="error" role="alert">{{problem}}</p>{{/problem}}
        <form method="post" action="/workers/{{id}}/withdraw">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>撤回日期<input name="withdrawn_on" value="{{day}}"></label>
        <label class="check"><input type="checkbox" name="confirm" value="yes"> 我已核实本人提出撤回，确认删除其身份信息</label>
        <button class="primary danger">确认撤回</button>
        </form>
        </section>
        """
}
