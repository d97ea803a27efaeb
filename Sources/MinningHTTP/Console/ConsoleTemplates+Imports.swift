extension ConsoleTemplates {
    /// Upload, check, then confirm: the checked file rides back with the confirmation (base64 in a
    /// hidden field), so what is stored is what was checked and nothing waits on the server.
    static let importWorkers = """
        <section class="card">
        <h1>批量导入劳动者名单</h1>
        {{#stored}}<p class="notice" role="status">已导入 {{stored}} 名劳动者。</p>{{/stored}}
        {{#refused}}<p class="error" role="alert">{{refused}}</p>{{/refused}}
        <ol class="steps-list">
        <li><a href="/imports/workers/template.csv">下载导入模板</a>（Excel 可直接打开的 CSV 文件，表头为中文），每行填一名劳动者；学历、帮扶身份等可填中文，金额填元，日期可写 2026/5/1。</li>
        <li>保存为 CSV（逗号分隔）后上传。系统先检查整个文件，<strong>有任何一行不对，就一行也不导入</strong>，并列出每一处问题。</li>
        <li>检查通过后，确认导入。</li>
        </ol>
        <form method="post" action="/imports/workers" enctype="multipart/form-data" class="search noprint">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>CSV 文件<input type="file" name="file" accept=".csv,text/csv" required></label>
        <button class="primary">上传并检查</button>
        </form>
        </section>
        {{#badSummary}}<section class="card">
        <h2>检查未通过</h2>
        <p class="error" role="alert">{{badSummary}}</p>
        <div class="scroll"><table>
        <thead><tr><th scope="col">行号</th><th scope="col">列</th><th scope="col">问题</th></tr></thead>
        <tbody>{{#bad}}<tr><td>{{line}}</td><td>{{field}}</td><td class="wrap">{{problem}}</td></tr>{{/bad}}</tbody>
        </table></div>
        {{#more}}<p class="hint">只列出前 {{shown}} 处问题。</p>{{/more}}
        </section>{{/badSummary}}
        {{#checked}}<section class="card">
        <h2>检查通过</h2>
        <p class="notice" role="status">“{{name}}”共 {{count}} 名劳动者，全部可以登记。确认后导入；尚未保存任何数据。</p>
        <form method="post" action="/imports/workers" enctype="multipart/form-data">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="confirm" value="yes">
        <input type="hidden" name="file_name" value="{{name}}"><input type="hidden" name="checked_file" value="{{file}}">
        <button class="primary">确认导入 {{count}} 名劳动者</button>
        </form>
        </section>{{/checked}}
        {{#hasWarnings}}<section class="card">
        <h2>请再核对</h2>
        <p class="hint">以下各行可以导入，但建议核对（如多人共用一个手机号）。</p>
        <div class="scroll"><table>
        <thead><tr><th scope="col">行号</th><th scope="col">列</th><th scope="col">提示</th></tr></thead>
        <tbody>{{#warnings}}<tr><td>{{line}}</td><td>{{field}}</td><td class="wrap">{{problem}}</td></tr>{{/warnings}}</tbody>
        </table></div>
        </section>{{/hasWarnings}}
        """
}
