extension ConsoleTemplates {
    static let cooperation = """
        <section class="card">
        <h1>人才交流·消费协作·社会参与</h1>
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        <form method="get" action="/cooperation" class="search noprint">
        <label>年度<input name="year" value="{{year}}" inputmode="numeric" size="6"></label>
        <label>结对<select name="pairing"><option value="">请选择</option>{{#pairings}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/pairings}}</select></label>
        <button>查看</button></form>
        {{^shown}}<p class="hint">请选择年度和结对。</p>{{/shown}}
        </section>
        {{#shown}}
        <section class="card">
        <h2>人才交流：{{pairingName}}（{{year}}年在岗 {{talentDays}} 人·天）</h2>
        {{#hasTalent}}<div class="scroll"><table>
        <thead><tr><th scope="col">姓名</th><th scope="col">类别</th><th scope="col">方向</th><th scope="col">派出 → 接收单位</th><th scope="col">岗位职务</th><th scope="col">起</th><th scope="col">止</th><th scope="col">本年在岗天数</th></tr></thead>
        <tbody>{{#talent}}<tr><td>{{name}}</td><td>{{kind}}</td><td>{{direction}}</td><td class="wrap">{{units}}</td><td>{{post}}</td><td>{{starts}}</td><td>{{ends}}</td><td class="amount">{{days}}</td></tr>{{/talent}}</tbody>
        </table></div>{{/hasTalent}}
        {{^hasTalent}}<p class="hint">本年度没有在岗的选派人员。</p>{{/hasTalent}}
        {{#keeps}}<h3 class="noprint">登记选派人员</h3>
        {{#hasTalentProblems}}<ul class="error" role="alert">{{#talentProblems}}<li>{{.}}</li>{{/talentProblems}}</ul>{{/hasTalentProblems}}
        <form method="post" action="/cooperation/talent" class="fields noprint">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="once" value="{{once}}"><input type="hidden" name="year" value="{{year}}"><input type="hidden" name="pairing_id" value="{{pairingId}}">
        <div class="field"><label for="t-name">姓名</label><input id="t-name" name="person_name" value="{{person_name}}"></div>
        <div class="field"><label for="t-kind">类别</label><select id="t-kind" name="kind"><option value="">请选择</option>{{#kinds}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select></div>
        <div class="field"><label for="t-direction">派出方向</label><select id="t-direction" name="direction"><option value="">请选择</option>{{#directions}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/directions}}</select></div>
        <div class="field"><label for="t-home">派出单位</label><input id="t-home" name="home_unit" value="{{home_unit}}"></div>
        <div class="field"><label for="t-host">接收单位</label><input id="t-host" name="host_unit" value="{{host_unit}}"></div>
        <div class="field"><label for="t-post">岗位职务</label><input id="t-post" name="post" value="{{post}}"></div>
        <div class="field"><label for="t-starts">到岗日期</label><input id="t-starts" name="starts_on" value="{{starts_on}}" placeholder="如 2026/3/1"></div>
        <div class="field"><label for="t-ends">离岗日期（仍在岗不填）</label><input id="t-ends" name="ends_on" value="{{ends_on}}"></div>
        <button class="primary">登记选派人员</button>
        </form>{{/keeps}}
        </section>
        <section class="card">
        <h2>消费协作：{{year}}年采购 {{purchaseTotal}} 元</h2>
        {{#hasPurchases}}<div class="scroll"><table>
        <thead><tr><th scope="col">日期</th><th scope="col">采购单位</th><th scope="col">类型</th><th scope="col">产品</th><th scope="col">产地</th><th scope="col">金额（元）</th><th scope="col">凭证</th></tr></thead>
        <tbody>{{#purchases}}<tr><td>{{day}}</td><td class="wrap">{{buyer}}</td><td>{{kind}}</td><td>{{category}}</td><td>{{origin}}</td><td class="amount">{{amount}}</td><td>{{evidence}}</td></tr>{{/purchases}}</tbody>
        </table></div>{{#purchasesFull}}<p class="hint">只列出最早的 500 笔；合计为所列各笔之和。</p>{{/purchasesFull}}{{/hasPurchases}}
        {{^hasPurchases}}<p class="hint">本年度还没有采购记录。</p>{{/hasPurchases}}
        {{#keeps}}<h3 class="noprint">导入采购台账</h3>
        <p class="hint noprint"><a href="/cooperation/consumption/template.csv">下载导入模板</a>（Excel 可直接打开，表头为中文），每行一笔采购，金额填元。整个文件全部正确才会导入。</p>
        {{#importRefused}}<p class="error" role="alert">{{importRefused}}</p>{{/importRefused}}
        {{#hasImportLines}}<p class="error" role="alert">{{importSummary}}</p><div class="scroll"><table>
        <thead><tr><th scope="col">行</th><th scope="col">列</th><th scope="col">问题</th></tr></thead>
        <tbody>{{#importLines}}<tr><td>{{line}}</td><td>{{field}}</td><td class="why">{{problem}}</td></tr>{{/importLines}}</tbody></table></div>{{/hasImportLines}}
        <form method="post" action="/cooperation/consumption" enctype="multipart/form-data" class="search noprint">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="once" value="{{once}}"><input type="hidden" name="year" value="{{year}}"><input type="hidden" name="pairing_id" value="{{pairingId}}">
        <label>CSV 文件<input type="file" name="file" accept=".csv,text/csv"></label><button class="primary">导入</button>
        </form>{{/keeps}}
        </section>
        <section class="card">
        <h2>社会参与：{{year}}年捐赠 {{donationTotal}} 元</h2>
        {{#hasDonations}}<div class="scroll"><table>
        <thead><tr><th scope="col">日期</th><th scope="col">捐赠方</th><th scope="col">类型</th><th scope="col">形式</th><th scope="col">金额或折价（元）</th><th scope="col">物资</th></tr></thead>
        <tbody>{{#donations}}<tr><td>{{day}}</td><td class="wrap">{{donor}}</td><td>{{kind}}</td><td>{{form}}</td><td class="amount">{{value}}</td><td class="wrap">{{description}}</td></tr>{{/donations}}</tbody>
        </table></div>{{/hasDonations}}
        {{^hasDonations}}<p class="hint">本年度还没有捐赠记录。</p>{{/hasDonations}}
        {{#keeps}}<h3 class="noprint">登记捐赠</h3>
        {{#hasDonationProblems}}<ul class="error" role="alert">{{#donationProblems}}<li>{{.}}</li>{{/donationProblems}}</ul>{{/hasDonationProblems}}
        <form method="post" action="/cooperation/donations" class="fields noprint">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="once" value="{{once}}"><input type="hidden" name="year" value="{{year}}"><input type="hidden" name="pairing_id" value="{{pairingId}}">
        <div class="field"><label for="d-donor">捐赠方</label><input id="d-donor" name="donor_name" value="{{donor_name}}"></div>
        <div class="field"><label for="d-kind">捐赠方类型</label><select id="d-kind" name="donor_kind"><option value="">请选择</option>{{#donorKinds}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/donorKinds}}</select></div>
        <div class="field"><label for="d-form">形式</label><select id="d-form" name="form"><option value="">请选择</option>{{#forms}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/forms}}</select></div>
        <div class="field"><label for="d-value">金额或物资折价（元）</label><input id="d-value" name="value_yuan" value="{{value_yuan}}" placeholder="如 200,000"></div>
        <div class="field"><label for="d-description">物资（物资捐赠必填）</label><input id="d-description" name="description" value="{{description}}"></div>
        <div class="field"><label for="d-received">接收日期</label><input id="d-received" name="received_on" value="{{received_on}}" placeholder="如 2026/9/1"></div>
        <button class="primary">登记捐赠</button>
        </form>{{/keeps}}
        </section>
        {{/shown}}
        """
}
