extension ConsoleTemplates {
    static let projects = """
        <section class="card">
        <h1>帮扶项目</h1>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#hasRows}}<div class="scroll"><table>
        <thead><tr><th scope="col">项目</th><th scope="col">结对</th><th scope="col">类别</th><th scope="col">预算（元）</th><th scope="col">状态</th></tr></thead>
        <tbody>{{#rows}}<tr><td class="wrap">{{title}}</td><td>{{pairing}}</td><td>{{category}}</td><td class="amount">{{budget}}</td><td>{{status}}</td></tr>{{/rows}}</tbody>
        </table></div>{{/hasRows}}
        {{^hasRows}}<p class="hint">还没有登记项目。</p>{{/hasRows}}
        </section>
        {{#keeps}}<section class="card noprint">
        <h2>登记项目</h2>
        {{#hasProblems}}<ul class="error" role="alert">{{#problems}}<li>{{.}}</li>{{/problems}}</ul>{{/hasProblems}}
        <form method="post" action="/projects" class="fields">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="once" value="{{once}}">
        <div class="field"><label for="f-pairing">结对</label><select id="f-pairing" name="pairing_id"><option value="">请选择</option>{{#pairings}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/pairings}}</select></div>
        <div class="field"><label for="f-category">类别</label><select id="f-category" name="category"><option value="">请选择</option>{{#categories}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/categories}}</select></div>
        <div class="field"><label for="f-title">项目名称</label><input id="f-title" name="title" value="{{title}}"></div>
        <div class="field"><label for="f-budget">预算（元）</label><input id="f-budget" name="budget_yuan" value="{{budget}}" placeholder="如 5,000,000"></div>
        <div class="field"><label for="f-status">状态</label><select id="f-status" name="status">{{#statuses}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select></div>
        <button class="primary">登记项目</button>
        </form>
        </section>{{/keeps}}
        """
}
