extension ConsoleTemplates {
    static let bureauPages: [(String, String)] = [("bureaus", bureaus), ("bureau", bureau)]

    static let bureaus = """
        <section class="card">
        <h1>单位管理</h1>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        <div class="scroll"><table>
        <thead><tr><th scope="col">单位</th><th scope="col">类别</th><th scope="col">区划</th><th scope="col" class="noprint">接口密钥</th></tr></thead>
        <tbody>{{#rows}}<tr><td>{{name}}</td><td>{{kind}}</td><td>{{region}}</td><td class="noprint"><a href="/bureaus/{{id}}">管理</a></td></tr>{{/rows}}</tbody>
        </table></div>
        </section>
        <section class="card noprint">
        <h2>登记单位</h2>
        {{#hasProblems}}<ul class="error" role="alert">{{#problems}}<li>{{.}}</li>{{/problems}}</ul>{{/hasProblems}}
        <form method="post" action="/bureaus" class="fields">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <div class="field"><label for="f-name">单位名称</label><input id="f-name" name="name" value="{{name}}" placeholder="如 西吉县人力资源和社会保障局"></div>
        <div class="field"><label for="f-kind">类别</label><select id="f-kind" name="kind"><option value="">请选择</option>{{#kinds}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select></div>
        <div class="field"><label for="f-region">区划代码</label><input id="f-region" name="region_code" value="{{region}}" placeholder="如 640422"></div>
        <button class="primary">登记单位</button>
        </form>
        </section>
        """

    /// A new key's secret is on this answer only: the service keeps its hash.
    static let bureau = """
        <section class="card">
        <p class="noprint"><a href="/bureaus">← 单位管理</a></p>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        <h1>{{name}}</h1>
        <p>{{kind}} · {{region}}</p>
        {{#hasProblems}}<ul class="error" role="alert">{{#problems}}<li>{{.}}</li>{{/problems}}</ul>{{/hasProblems}}
        {{#issued}}<div class="notice" role="status"><p>已签发{{role}}密钥“{{label}}”。密钥只显示这一次，请立即交给对接系统的负责人妥善保存：</p><code class="key">{{secret}}</code></div>{{/issued}}
        </section>
        <section class="card">
        <h2>接口密钥</h2>
        {{#hasRows}}<div class="scroll"><table>
        <thead><tr><th scope="col">用途</th><th scope="col">角色</th><th scope="col">开头</th><th scope="col">签发</th><th scope="col">最近使用</th><th scope="col">状态</th><th scope="col" class="noprint">操作</th></tr></thead>
        <tbody>{{#rows}}<tr><td class="wrap">{{label}}</td><td>{{role}}</td><td><code>{{prefix}}…</code></td><td>{{created}}</td><td>{{used}}</td><td>{{#active}}有效{{/active}}{{#revoked}}已于 {{revoked}} 吊销{{/revoked}}</td>
        <td class="noprint">{{#active}}<form method="post" action="/keys/{{id}}/revoke" class="acknowledge"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="bureau" value="{{bureau}}"><label class="check"><input type="checkbox" name="confirm" value="yes">确认</label><button class="small quiet">吊销</button></form>{{/active}}</td></tr>{{/rows}}</tbody>
        </table></div>{{/hasRows}}
        {{^hasRows}}<p class="hint">此单位还没有接口密钥。</p>{{/hasRows}}
        {{#staffKeys}}<p class="hint">另有 {{staffKeys}} 个工作台账号的审计标识未列出：它们生来即已吊销，不能调用接口。</p>{{/staffKeys}}
        </section>
        <section class="card noprint">
        <h2>签发密钥</h2>
        <form method="post" action="/bureaus/{{id}}/keys" class="fields">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <div class="field"><label for="f-role">角色</label><select id="f-role" name="role"><option value="">请选择</option>{{#roles}}<option value="{{code}}">{{label}}</option>{{/roles}}</select></div>
        <div class="field"><label for="f-label">用途</label><input id="f-label" name="label" placeholder="如 县就业服务平台对接"></div>
        <button class="primary">签发密钥</button>
        </form>
        </section>
        """
}
