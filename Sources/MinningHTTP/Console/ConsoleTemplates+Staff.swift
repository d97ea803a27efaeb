extension ConsoleTemplates {
    static let staff = """
        <section class="card">
        <h1>工作台账号</h1>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#hasProblems}}<ul class="error" role="alert">{{#problems}}<li>{{.}}</li>{{/problems}}</ul>{{/hasProblems}}
        <div class="scroll"><table>
        <thead><tr><th scope="col">登录名</th><th scope="col">姓名</th><th scope="col">单位</th><th scope="col">角色</th><th scope="col">状态</th><th scope="col" class="noprint">操作</th></tr></thead>
        <tbody>{{#rows}}<tr><td>{{login}}</td><td>{{name}}</td><td>{{bureau}}</td><td>{{role}}</td><td>{{state}}</td>
        <td class="noprint">{{#active}}<form method="post" action="/staff/{{login}}/disable" class="acknowledge"><input type="hidden" name="csrf" value="{{csrf}}"><label class="check"><input type="checkbox" name="confirm" value="yes">确认</label><button class="small quiet">停用</button></form>{{/active}}</td></tr>{{/rows}}</tbody>
        </table></div>
        </section>
        <section class="card">
        <h2>开设账号</h2>
        <p class="hint">开设后显示一次性密码，本人首次登录须修改。协作办与管理员账号今后还须第二验证因素。</p>
        <form method="post" action="/staff" class="fields">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <div class="field"><label for="f-bureau">单位</label><select id="f-bureau" name="bureau_id"><option value="">请选择</option>{{#bureaus}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/bureaus}}</select></div>
        <div class="field"><label for="f-role">角色</label><select id="f-role" name="role"><option value="">请选择</option>{{#roles}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/roles}}</select></div>
        <div class="field"><label for="f-login">登录名（3–40 个小写字母、数字或 . _ -）</label><input id="f-login" name="login" value="{{login}}"></div>
        <div class="field"><label for="f-name">姓名</label><input id="f-name" name="display_name" value="{{displayName}}"></div>
        <button class="primary">开设账号</button>
        </form>
        </section>
        """
}
