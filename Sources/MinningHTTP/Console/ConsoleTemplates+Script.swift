extension ConsoleTemplates {
    /// The console's one script, served from /console.js under `script-src 'self'` (no inline
    /// script anywhere). It only enhances: every form works without it and the server judges
    /// everything again. Here: while a clerk types a vacancy's county and wage, the county's
    /// minimum wage is named beside the wage, and a wage below it is flagged before sending.
    static let script = """
        "use strict";
        document.addEventListener("DOMContentLoaded", function () {
          var wage = document.querySelector("input[data-minimum-wages]");
          var county = document.getElementById("f-work_region_code");
          if (!wage || !county) { return; }
          var table = JSON.parse(wage.getAttribute("data-minimum-wages"));
          var note = document.createElement("p");
          note.className = "hint live";
          note.setAttribute("role", "status");
          wage.parentNode.insertBefore(note, wage.nextSibling);
          function yuan(fen) { return (fen / 100).toLocaleString("zh-CN", { minimumFractionDigits: 2 }); }
          function update() {
            var code = county.value.trim();
            var fen = table[code] || table[code.slice(0, 4) + "00"];
            var typed = Math.round(parseFloat(wage.value.replace(/[,，\\s元]/g, "")) * 100);
            wage.parentNode.classList.remove("bad");
            if (!fen) { note.textContent = code.length === 6 ? "未找到 " + code + " 的最低工资标准。" : ""; return; }
            note.textContent = "工作地 " + code + " 的最低工资标准：" + yuan(fen) + " 元/月。";
            if (typed > 0 && typed < fen) {
              note.textContent += "月薪下限低于此标准，提交后会被退回。";
              wage.parentNode.classList.add("bad");
            }
          }
          county.addEventListener("input", update);
          wage.addEventListener("input", update);
          update();
        });
        """
}
