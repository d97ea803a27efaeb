extension ConsoleTemplates {
    static let allocationPages: [(String, String)] = [("allocationFilters", allocationFilters), ("allocationReview", allocationReview)]

    static let allocationFilters = """
        <section class="card">
        <h1>批次分配</h1>
        <p class="hint">先试算（不保存），核对分配方案后再确认；确认后每个人岗配对成为一条“已推荐”的安置，等待劳动者答复。优先安置防返贫监测对象、脱贫人口和国家乡村振兴重点帮扶县的劳动者。</p>
        {{#hasGeneral}}<ul class="error" role="alert">{{#general}}<li>{{.}}</li>{{/general}}</ul>{{/hasGeneral}}
        <form method="post" action="/allocations/plan" class="fields" novalidate>
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#hidden}}<input type="hidden" name="{{name}}" value="{{value}}">{{/hidden}}
        {{#fields}}
        <div class="field{{#worker_region_problems}} bad{{/worker_region_problems}}"><label for="f-worker_region">劳动者户籍地代码（不填为本单位全部）</label><input id="f-worker_region" name="worker_region" value="{{worker_region}}" placeholder="如 640422"><p class="problem">{{worker_region_problems}}</p></div>
        <div class="field{{#poverty_status_problems}} bad{{/poverty_status_problems}}"><label for="f-poverty_status">帮扶身份</label><select id="f-poverty_status" name="poverty_status">{{#povertyOptions}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/povertyOptions}}</select><p class="problem">{{poverty_status_problems}}</p></div>
        <div class="field{{#worker_occupation_problems}} bad{{/worker_occupation_problems}}"><label for="f-worker_occupation">劳动者技能或意向职业代码（开头几位）</label><input id="f-worker_occupation" name="worker_occupation" value="{{worker_occupation}}" placeholder="如 75"><p class="problem">{{worker_occupation_problems}}</p></div>
        <div class="field{{#work_region_problems}} bad{{/work_region_problems}}"><label for="f-work_region">岗位工作地代码</label><input id="f-work_region" name="work_region" value="{{work_region}}" placeholder="如 350100"><p class="problem">{{work_region_problems}}</p></div>
        <div class="field{{#vacancy_occupation_problems}} bad{{/vacancy_occupation_problems}}"><label for="f-vacancy_occupation">岗位职业代码（开头几位）</label><input id="f-vacancy_occupation" name="vacancy_occupation" value="{{vacancy_occupation}}" placeholder="如 8153"><p class="problem">{{vacancy_occupation_problems}}</p></div>
        {{/fields}}
        <button class="primary">试算分配方案</button>
        </form>
        </section>
        """

    /// Each row's 固定/排除 buttons send the whole request again with that pair added, so the
    /// review is a plain sequence of forms.
    static let allocationReview = """
        <section class="card">
        <p class="noprint"><a href="/allocations/new">← 重新设定条件</a></p>
        <h1>分配方案（试算，尚未保存）</h1>
        <p>共 {{workers}} 名可到岗劳动者、{{vacancies}} 个在招岗位：可安置 <strong>{{placed}}</strong> 人，未安置 {{unplacedCount}} 人。方案使优先加权后的总分最高（用时 {{milliseconds}} 毫秒）。</p>
        {{#hasPairs}}<p class="hint">已固定 {{pinnedCount}} 对，已排除 {{forbiddenCount}} 对。</p>{{/hasPairs}}
        {{#hasAssignments}}<form method="post" action="/allocations/confirm" class="noprint">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="once" value="{{once}}">
        {{#hidden}}<input type="hidden" name="{{name}}" value="{{value}}">{{/hidden}}
        <button class="primary">确认方案：推荐这 {{placed}} 个岗位</button>
        </form>{{/hasAssignments}}
        </section>
        {{#hasAssignments}}<section class="card">
        <h2>人岗配对</h2>
        <div class="scroll"><table>
        <thead><tr><th scope="col">劳动者</th><th scope="col">岗位</th><th scope="col">工作地</th><th scope="col">推荐理由</th><th scope="col" class="noprint">调整</th></tr></thead>
        <tbody>{{#assignments}}<tr><td><a href="/workers/{{workerId}}">{{worker}}</a>{{#pinned}}（已固定）{{/pinned}}</td><td>{{job}}</td><td>{{region}}</td><td class="why">{{why}}</td>
        <td class="noprint"><form method="post" action="/allocations/plan" class="inline"><input type="hidden" name="csrf" value="{{csrf}}">{{#pinFields}}<input type="hidden" name="{{name}}" value="{{value}}">{{/pinFields}}<button class="small">固定</button></form>
        <form method="post" action="/allocations/plan" class="inline"><input type="hidden" name="csrf" value="{{csrf}}">{{#forbidFields}}<input type="hidden" name="{{name}}" value="{{value}}">{{/forbidFields}}<button class="small quiet">排除</button></form></td></tr>{{/assignments}}</tbody>
        </table></div>
        </section>{{/hasAssignments}}
        {{#hasUnplaced}}<section class="card">
        <h2>未安置的劳动者</h2>
        <div class="scroll"><table>
        <thead><tr><th scope="col">劳动者</th><th scope="col">原因</th><th scope="col">符合条件的岗位</th><th scope="col">不满足的条件</th></tr></thead>
        <tbody>{{#unplaced}}<tr><td><a href="/workers/{{workerId}}">{{worker}}</a></td><td>{{reason}}</td><td>{{feasible}}</td><td class="why">{{failed}}</td></tr>{{/unplaced}}</tbody>
        </table></div>
        </section>{{/hasUnplaced}}
        """
}
