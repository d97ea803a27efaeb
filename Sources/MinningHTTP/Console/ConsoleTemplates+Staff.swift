extension ConsoleTemplates {
    static let staff = """
        <section class="card">
        <h1>工作台账号</h1>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#hasProblems}}<ul class="error" role="alert">{{#problems}}<li>{{.}}</li>{{/problems}}</ul>{{/hasProblems}}
        <div class="scroll"><table>
        <thead><tr><th scope="col">登录名</th><th scope="col">姓名</th><th scope="col">单位</th><th scope="col">角色</th><th scope="col">状态</th><th scope="col">动态验证码</th><th scope="col" class="noprint">操作</th></tr></thead>
        <tbody>{{#rows}}<tr><td>{{login}}</td><td>{{name}}</td><td>{{bureau}}</td><td>{{role}}</td><td>{{state}}</td><td>{{secondFactor}}</td>
        <td class="noprint">{{#resettable}}<form method="post" action="/staff/{{login}}/reset-second-factor" class="acknowledge"><input type="hidden" name="csrf" value="{{csrf}}"><label class="check"><input type="checkbox" name="confirm" value="yes">确认</label><button class="small quiet">重置验证码</button></form>{{/resettable}}{{#active}}<form method="post" action="/staff/{{login}}/disable" class="acknowledge"><input type="hidden" name="csrf" value="{{csrf}}"><label class="check"><input type="checkbox" name="confirm" value="yes">确认</label><button class="small quiet">停用</button></form>{{/active}}</td></tr>{{/rows}}</tbody>
        </table></div>
        </section>
        <section class="card">
        <h2>开设账号</h2>
        <p class="hint">开设后显示一次性密码，本人首次登录须修改。协作办与管理员账号登录时还须输入手机验证器应用的动态验证码，首次登录时设置。</p>
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

extension ConsoleTemplates {
    /// The key is shown only until its first code is typed; pages are never cached (no-store).
    static let secondFactor = """
        <section class="card narrow">
        <h1>动态验证码</h1>
        {{#setup}}<p>您的角色（{{role}}）涉及资金或账号管理，登录时除密码外还须输入手机验证器应用显示的 6 位动态验证码。请先完成设置：</p>
        <ol class="steps-list"><li>在手机上安装并打开验证器应用（如 Microsoft Authenticator、Google 身份验证器、腾讯身份验证器）。</li>
        <li>选择“输入设置密钥”，账户名填 <strong>{{account}}</strong>，密钥填：<br><code class="key">{{key}}</code><br>类型选“基于时间”。</li>
        <li>在下面输入应用显示的 6 位数字，完成设置。</li></ol>
        <p class="hint">在手机上打开本页时，也可<a href="{{uri}}">直接在验证器应用中添加</a>。密钥只在设置完成前显示，请勿拍照或转发。</p>{{/setup}}
        {{^setup}}<p>请输入手机验证器应用中“{{issuer}}”当前显示的 6 位动态验证码。</p>{{/setup}}
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <form method="post" action="/two-factor">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>动态验证码<input name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="7" required autofocus></label>
        <button class="primary">{{#setup}}完成设置{{/setup}}{{^setup}}确认{{/setup}}</button>
        </form>
        <p class="hint">手机丢失或更换时，请联系管理员重置动态验证码。</p>
        </section>
        """
}
