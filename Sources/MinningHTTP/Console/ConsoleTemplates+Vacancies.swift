extension ConsoleTemplates {
    static let vacancyPages: [(String, String)] = [("vacancies", vacancies), ("vacancy", vacancy)]

    static let vacancies = """
        <section class="card">
        <div class="heading"><h1>岗位</h1>{{#postable}}<a class="button noprint" href="/vacancies/new">发布岗位</a>{{/postable}}</div>
        {{#hasRows}}<div class="scroll"><table>
        <thead><tr><th scope="col">岗位</th><th scope="col">职业</th><th scope="col">工作地</th><th scope="col">人数</th><th scope="col">月薪（元）</th><th scope="col">状态</th><th scope="col">截止日期</th><th scope="col">操作</th></tr></thead>
        <tbody>{{#rows}}<tr><td>{{title}}</td><td>{{occupation}}</td><td>{{region}}</td><td>{{openings}}</td><td>{{wage}}</td><td>{{status}}</td><td>{{closesOn}}</td><td><a href="/vacancies/{{id}}">查看</a></td></tr>{{/rows}}</tbody>
        </table></div>
        <p class="hint">共 {{count}} 个岗位（最多显示 100 个，最新的在前）。</p>{{/hasRows}}
        {{^hasRows}}<p class="hint">没有岗位。</p>{{/hasRows}}
        </section>
        """

    /// Candidates carry no name, 身份证号, phone or 帮扶身份: the employer's side learns who a
    /// worker is only once the worker accepts its job.
    static let vacancy = """
        <section class="card">
        <p class="noprint"><a href="/vacancies">← 岗位</a></p>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        <h1>{{title}}</h1>
        <dl class="facts">{{#facts}}<dt>{{name}}</dt><dd>{{value}}</dd>{{/facts}}</dl>
        </section>
        {{#hasCandidates}}<section class="card">
        <h2>最合适的候选人</h2>
        <p class="hint">不显示姓名、身份证号与帮扶身份；推荐后由劳动者本人答复。</p>
        <div class="scroll"><table>
        <thead><tr><th scope="col">年龄</th><th scope="col">户籍地</th><th scope="col">学历</th><th scope="col">期望月薪（元）</th><th scope="col">住宿</th><th scope="col">可到岗</th><th scope="col">匹配理由</th><th scope="col" class="noprint">操作</th></tr></thead>
        <tbody>{{#candidates}}<tr><td>{{age}}</td><td>{{origin}}</td><td>{{education}}</td><td>{{wage}}</td><td>{{housing}}</td><td>{{availableFrom}}</td><td class="why">{{why}}</td>
        <td class="noprint"><form method="post" action="/vacancies/{{vacancy}}/propose"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="once" value="{{once}}"><input type="hidden" name="worker_id" value="{{id}}"><button class="small">推荐此人</button></form></td></tr>{{/candidates}}</tbody>
        </table></div>
        </section>{{/hasCandidates}}
        {{#noCandidates}}<section class="card"><h2>最合适的候选人</h2><p class="hint">目前没有符合此岗位条件的可到岗劳动者。</p></section>{{/noCandidates}}
        """
}
