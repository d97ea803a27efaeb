extension ConsoleTemplates {
    static let reports = """
        <section class="card">
        <h1>报表与联席会议材料</h1>
        <form class="search" method="get" action="/reports">
        <label>年度<input name="year" value="{{year}}" inputmode="numeric"></label>
        <button class="primary">切换年度</button>
        </form>
        {{#problem}}<p class="error" role="alert">{{problem}}</p>{{/problem}}
        <h2>{{year}} 年</h2>
        <ul class="tasks">
        <li><a href="/reports/meeting?year={{year}}">打开联席会议材料</a>（可直接打印）</li>
        <li><a href="/reports/funds.csv?year={{year}}">资金情况（CSV）</a></li>
        <li><a href="/reports/labor.csv?year={{year}}">劳务协作（CSV）</a></li>
        <li><a href="/reports/subsidies.csv?year={{year}}">就业补贴（CSV）</a></li>
        <li><a href="/reports/parks.csv?year={{year}}">产业园区（CSV）</a></li>
        </ul>
        <p class="hint">CSV 文件为中文表头、金额以元计，可直接用 Excel 打开。</p>
        </section>
        """
}
