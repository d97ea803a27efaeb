extension ConsoleTemplates {
    static let meetings = """
        <section class="card">
        <h1>联席会议（{{year}}年）</h1>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        <form method="get" action="/meetings" class="search noprint"><label>年度<input name="year" value="{{year}}" inputmode="numeric" size="6"></label><button>查看</button></form>
        {{^hasRows}}<p class="hint">本年度还没有登记联席会议。</p>{{/hasRows}}
        </section>
        {{#rows}}<section class="card">
        <h2>{{heldOn}} {{level}}联席会议（{{pairing}}）</h2>
        <p>地点：{{place}}；出席：{{units}}</p>
        {{#hasNotes}}<h3>存在问题</h3><p class="paragraphs">{{problems}}</p><h3>下一步工作</h3><p class="paragraphs">{{nextSteps}}</p>{{/hasNotes}}
        <div class="scroll"><table>
        <thead><tr><th scope="col">序号</th><th scope="col">督办事项</th><th scope="col">责任单位</th><th scope="col">办结时限</th><th scope="col">状态</th><th scope="col">进展</th></tr></thead>
        <tbody>{{#decisions}}<tr><td>{{position}}</td><td class="why">{{task}}</td><td>{{owner}}</td><td>{{due}}{{#overdue}} <strong class="overdue">已逾期</strong>{{/overdue}}</td><td>{{status}}</td><td class="why">{{progress}}</td></tr>{{/decisions}}</tbody>
        </table></div>
        </section>{{/rows}}
        {{#keeps}}<section class="card noprint">
        <h2>登记联席会议</h2>
        {{#hasProblems}}<ul class="error" role="alert">{{#problems}}<li>{{.}}</li>{{/problems}}</ul>{{/hasProblems}}
        <form method="post" action="/meetings" class="fields">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="once" value="{{once}}">
        <div class="field"><label for="m-held">会议日期</label><input id="m-held" name="held_on" value="{{heldOn}}" placeholder="如 2026/3/20"></div>
        <div class="field"><label for="m-level">级别</label><select id="m-level" name="level">{{#levels}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/levels}}</select></div>
        <div class="field"><label for="m-pairing">结对（市、县级会议）</label><select id="m-pairing" name="pairing_id"><option value="">两省（省级会议）</option>{{#pairings}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/pairings}}</select></div>
        <div class="field"><label for="m-place">地点</label><input id="m-place" name="place" value="{{place}}"></div>
        <div class="field wide"><label for="m-units">出席单位（每行一个）</label><textarea id="m-units" name="attendee_units" rows="3">{{units}}</textarea></div>
        <div class="field wide"><label for="m-problems">存在问题</label><textarea id="m-problems" name="problems" rows="4">{{problemsText}}</textarea></div>
        <div class="field wide"><label for="m-next">下一步工作</label><textarea id="m-next" name="next_steps" rows="4">{{nextSteps}}</textarea></div>
        <fieldset class="wide"><legend>督办事项（不填的行不登记）</legend>
        {{#decisionRows}}<div class="decision">
        <label>事项 {{row}}<input name="task{{row}}" value="{{task}}"></label>
        <label>责任单位<select name="owner{{row}}"><option value="">请选择</option>{{#owners}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/owners}}</select></label>
        <label>办结时限<input name="due{{row}}" value="{{due}}" placeholder="如 2026/6/30" size="12"></label>
        </div>{{/decisionRows}}
        </fieldset>
        <button class="primary">登记会议</button>
        </form>
        </section>{{/keeps}}
        """
}
