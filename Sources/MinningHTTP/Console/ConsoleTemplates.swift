/// The console's pages as Mustache templates: `{{value}}` is HTML-escaped, so free text a clerk
/// typed (a name with `<` or quotes) shows as text; only `{{{body}}}`, a page rendered by these
/// templates, is inserted as it is. No JavaScript: every page works as plain forms.
enum ConsoleTemplates {
    static let layout = """
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · 闽宁协作工作台</title>
        <link rel="stylesheet" href="/console.css">
        <script src="/console.js" defer></script>
        </head><body>
        <header class="bar"><a class="brand" href="/">闽宁协作工作台</a>
        {{#session}}<span class="who">{{name}} · {{bureau}} · {{role}}</span>
        <form class="inline" method="post" action="/logout"><input type="hidden" name="csrf" value="{{csrf}}"><button>退出登录</button></form>{{/session}}
        </header>
        <main>
        {{{body}}}
        </main>
        <footer>闽宁协作 · 东西部协作劳务与资金管理系统</footer>
        </body></html>
        """

    static let login = """
        <section class="card narrow">
        <h1>登录</h1>
        {{#notice}}<p class="notice">{{notice}}</p>{{/notice}}
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <form method="post" action="/login">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>登录名<input name="login" value="{{login}}" autocomplete="username" required autofocus></label>
        <label>密码<input name="password" type="password" autocomplete="current-password" required></label>
        <button class="primary">登录</button>
        </form>
        <p class="hint">账号由本单位管理员开设；忘记密码请联系管理员。</p>
        </section>
        """

    static let home = """
        <section class="card">
        <h1>工作台</h1>
        <p>{{name}}，您好。您以“{{role}}”身份代表 {{bureau}} 工作。</p>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{^hasAlerts}}{{#problem}}<p class="error" role="alert">{{problem}}</p>{{/problem}}{{/hasAlerts}}
        {{#nothingWaiting}}<p class="notice" role="status">目前没有待办事项。</p>{{/nothingWaiting}}
        </section>
        {{#hasAlerts}}<section class="card">
        <h2>未确认的预警</h2>
        {{#problem}}<p class="error" role="alert">{{problem}}</p>{{/problem}}
        <div class="scroll"><table>
        <thead><tr><th scope="col">预警</th><th scope="col">发出日期</th><th scope="col">劳动者</th><th scope="col" class="noprint">处理</th></tr></thead>
        <tbody>{{#alerts}}<tr><td class="why">{{text}}</td><td>{{raised}}</td><td><a href="/workers/{{workerId}}">查看</a></td>
        <td class="noprint"><form method="post" action="/alerts/{{id}}/acknowledge" class="acknowledge"><input type="hidden" name="csrf" value="{{csrf}}"><input name="note" placeholder="处理情况" aria-label="处理情况"><button class="small">确认</button></form></td></tr>{{/alerts}}</tbody>
        </table></div>
        {{#alertsFull}}<p class="hint">只列出最早的 {{limit}} 条。</p>{{/alertsFull}}
        </section>{{/hasAlerts}}
        {{#hasDecisions}}<section class="card">
        <h2>联席会议督办事项</h2>
        <div class="scroll"><table>
        <thead><tr><th scope="col">事项</th><th scope="col">办结时限</th><th scope="col" class="noprint">进展与办结</th></tr></thead>
        <tbody>{{#decisions}}<tr><td class="why">{{task}}</td><td>{{due}}{{#overdue}} <strong class="overdue">已逾期</strong>{{/overdue}}</td>
        <td class="noprint"><form method="post" action="/meeting-decisions/{{id}}" class="acknowledge"><input type="hidden" name="csrf" value="{{csrf}}">
        <input name="progress" value="{{progress}}" placeholder="进展" aria-label="进展">
        <label class="inline"><input type="checkbox" name="done" value="1">已办结</label>
        <input name="done_on" value="{{today}}" size="10" aria-label="办结日期">
        <button class="small">保存</button></form></td></tr>{{/decisions}}</tbody>
        </table></div>
        </section>{{/hasDecisions}}
        {{#sections}}<section class="card">
        <h2>{{title}}</h2>
        <div class="scroll"><table>
        <thead><tr><th scope="col">劳动者</th><th scope="col">岗位</th><th scope="col">用人单位</th><th scope="col">{{since}}</th><th scope="col">操作</th></tr></thead>
        <tbody>{{#items}}<tr><td><a href="/workers/{{workerId}}">{{worker}}</a></td><td>{{job}}</td><td>{{employer}}</td><td>{{since}}</td><td><a href="/placements/{{placementId}}">办理</a></td></tr>{{/items}}</tbody>
        </table></div>
        {{#full}}<p class="hint">只列出最早的 {{limit}} 项。</p>{{/full}}
        </section>{{/sections}}
        <section class="card">
        <h2>可用的功能</h2>
        <ul class="tasks">
        {{#tasks}}<li>{{#href}}<a href="{{href}}">{{name}}</a>{{/href}}{{^href}}{{name}}{{/href}}</li>{{/tasks}}
        </ul>
        <p class="hint">其余页面正在建设中；同样的功能已可通过接口（/v1）和命令行使用。</p>
        <p><a href="/password">修改密码</a></p>
        </section>
        """

    static let password = """
        <section class="card narrow">
        <h1>修改密码</h1>
        {{#mustChange}}<p class="notice">首次登录须先修改密码。</p>{{/mustChange}}
        {{#hasErrors}}<ul class="error" role="alert">{{#errors}}<li>{{.}}</li>{{/errors}}</ul>{{/hasErrors}}
        <form method="post" action="/password">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>当前密码<input name="current_password" type="password" autocomplete="current-password" required></label>
        <label>新密码（10–128 个字符，不能包含登录名）<input name="new_password" type="password" autocomplete="new-password" required></label>
        <label>再次输入新密码<input name="repeat_password" type="password" autocomplete="new-password" required></label>
        <button class="primary">保存新密码</button>
        </form>
        </section>
        """

    static let stylesheet = """
        :root { --ink: #1d2733; --muted: #5b6875; --line: #d5dbe1; --accent: #b3261e; --paper: #ffffff; --ground: #f3f5f7; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.6 "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", sans-serif; color: var(--ink); background: var(--ground); }
        .bar { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .6rem 1rem; background: var(--accent); color: #fff; }
        .bar a.brand { color: #fff; font-weight: bold; text-decoration: none; margin-right: auto; }
        .bar .who { font-size: .9rem; }
        .bar button { background: transparent; color: #fff; border: 1px solid #fff; border-radius: 4px; padding: .15rem .6rem; cursor: pointer; }
        form.inline { display: inline; margin: 0; }
        main { max-width: 72rem; margin: 1.5rem auto; padding: 0 1rem; }
        .card { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 1.25rem 1.5rem; }
        .card.narrow { max-width: 26rem; margin: 2rem auto; }
        h1 { font-size: 1.4rem; margin: 0 0 1rem; } h2 { font-size: 1.1rem; }
        label { display: block; margin: .8rem 0; color: var(--muted); }
        input { display: block; width: 100%; margin-top: .25rem; padding: .5rem; font: inherit; color: var(--ink); border: 1px solid var(--line); border-radius: 4px; }
        button.primary { margin-top: .5rem; width: 100%; padding: .6rem; font: inherit; color: #fff; background: var(--accent); border: 0; border-radius: 4px; cursor: pointer; }
        .error { color: var(--accent); background: #fdecea; border-left: 4px solid var(--accent); padding: .5rem .75rem; }
        ul.error { padding-left: 1.75rem; }
        .notice { background: #eef4fb; border-left: 4px solid #2f6db3; padding: .5rem .75rem; }
        .hint { color: var(--muted); font-size: .9rem; }
        footer { text-align: center; color: var(--muted); font-size: .8rem; margin: 2rem 0; }
        form.search { display: flex; gap: .75rem; align-items: flex-end; flex-wrap: wrap; }
        form.search label { flex: 1 1 16rem; margin: 0; }
        form.search button.primary { width: auto; padding: .55rem 1.5rem; }
        .scroll { overflow-x: auto; margin-top: 1rem; }
        .card + .card { margin-top: 1rem; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1.25rem; margin: 0; }
        dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
        td.why { white-space: normal; min-width: 18rem; }
        strong.overdue { color: #b00020; }
        p.paragraphs { white-space: pre-line; }
        form.fields .wide { grid-column: 1 / -1; }
        form.fields textarea { width: 100%; font: inherit; }
        fieldset .decision { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin-bottom: .5rem; }
        table { border-collapse: collapse; width: 100%; font-size: .95rem; }
        th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid var(--line); white-space: nowrap; }
        th { background: var(--ground); font-weight: 600; }
        .heading { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: baseline; justify-content: space-between; }
        a.button { display: inline-block; padding: .35rem .9rem; border-radius: 4px; background: var(--accent); color: #fff; text-decoration: none; }
        a.button.quiet { background: transparent; color: var(--accent); border: 1px solid var(--accent); }
        form.fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 0 1.25rem; }
        form.fields button.primary { grid-column: 1 / -1; }
        .field label { margin: .8rem 0 .25rem; }
        .field .hint, .field .problem { margin: .2rem 0 0; font-size: .85rem; }
        .field.bad input, .field.bad select { border-color: var(--accent); background: #fff8f7; }
        .problem { color: var(--accent); }
        .required { color: var(--accent); font-size: .85rem; }
        select { display: block; width: 100%; margin-top: .25rem; padding: .5rem; font: inherit; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
        label.check { display: flex; gap: .5rem; align-items: flex-start; color: var(--ink); }
        label.check input { width: auto; margin-top: .35rem; }
        button.danger { background: #7a1712; }
        .steps { margin-top: 1rem; display: flex; flex-wrap: wrap; gap: .5rem; }
        button.step, button.small { font: inherit; padding: .35rem .9rem; border-radius: 4px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
        button.small { font-size: .85rem; padding: .2rem .6rem; }
        button.step.quiet, button.small.quiet { background: transparent; color: var(--accent); }
        .field p.problem:empty { display: none; }
        form.acknowledge { display: flex; gap: .4rem; min-width: 16rem; } form.acknowledge input { margin: 0; padding: .25rem .4rem; }
        tr.warn td { background: #fff4e5; }
        nav.tabs { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin-top: 1rem; } nav.tabs strong { border-bottom: 2px solid var(--accent); }
        code.key { display: inline-block; margin: .3rem 0; padding: .3rem .6rem; font-size: 1.1rem; letter-spacing: .05em; background: var(--ground); border: 1px solid var(--line); border-radius: 4px; word-break: break-all; }
        ol.steps-list { padding-left: 1.25rem; } ol.steps-list li { margin: .4rem 0; }
        td.amount { text-align: right; font-variant-numeric: tabular-nums; }
        td.wrap { white-space: normal; min-width: 8rem; }
        details.enterprise { border-top: 1px solid var(--line); padding: .5rem 0; } details.enterprise summary { cursor: pointer; font-weight: 600; }
        details.enterprise form { margin-top: .75rem; }
        td.decide { white-space: normal; } td.decide form.pay { min-width: 14rem; } td.decide label { margin: .3rem 0; font-size: .85rem; }
        td.decide input, td.decide select { padding: .25rem .4rem; } td.decide details { margin-top: .4rem; }
        @media (max-width: 40rem) { .card { padding: 1rem; } .card.narrow { margin: 1rem auto; } .bar .who { width: 100%; order: 3; } }
        @media print { .bar form, footer, .noprint, .actions, a.button, form.search { display: none; } body { background: #fff; } .card { border: 0; } }
        """
}
