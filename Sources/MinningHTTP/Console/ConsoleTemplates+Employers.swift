extension ConsoleTemplates {
    static let employers = """
        <section class="card">
        <div class="heading"><h1>用人单位</h1><a class="button noprint" href="/vacancies/new">发布岗位</a></div>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#hasRows}}<div class="scroll"><table>
        <thead><tr><th scope="col">单位名称</th><th scope="col">统一社会信用代码</th><th scope="col">所在县区</th><th scope="col">行业</th><th scope="col">规模</th><th scope="col">联系人</th></tr></thead>
        <tbody>{{#rows}}<tr><td class="wrap">{{name}}</td><td>{{creditCode}}</td><td>{{region}}</td><td class="wrap">{{industry}}</td><td>{{size}}</td><td>{{contact}}</td></tr>{{/rows}}</tbody>
        </table></div>{{/hasRows}}
        {{^hasRows}}<p class="hint">本辖区还没有登记用人单位。</p>{{/hasRows}}
        </section>
        """
}
