/// The style sheet, legend and script every HTML page carries inline.
enum HTMLAssets {
    static let legend = """
        <p class="legend"><span class="ent per">person</span> <span class="ent loc">place</span> \
        <span class="ent org">organization</span> <span class="quote direct">direct quotation</span> \
        <span class="quote reported">reported speech</span></p>

        """

    static let style = """
        :root{--per:#dbeafe;--per-ink:#1d4ed8;--loc:#dcfce7;--loc-ink:#15803d;--org:#ffedd5;--org-ink:#c2410c;\
        --quote:#fef3c7;--quote-ink:#b45309;--reported:#f3e8ff;--reported-ink:#7e22ce;--line:#e2e8f0;--muted:#64748b}
        *{box-sizing:border-box}
        body{margin:0;background:#f8fafc;color:#1e293b;font:17px/1.65 "DejaVu Serif",Georgia,serif}
        header{background:#fff;border-bottom:1px solid var(--line);padding:18px 32px 12px}
        header h1{font:600 26px/1.3 "DejaVu Sans",system-ui,sans-serif;margin:4px 0}
        nav a,.meta,.legend,aside,table{font-family:"DejaVu Sans",system-ui,sans-serif}
        nav a{font-size:14px;color:var(--per-ink);text-decoration:none}
        .meta{color:var(--muted);font-size:14px;margin:0 0 8px}
        .legend{font-size:13px;margin:0;display:flex;gap:10px;flex-wrap:wrap}
        .legend span{cursor:default}
        main{display:flex;gap:24px;align-items:flex-start;padding:24px 32px}
        #text{flex:1 1 auto;max-width:780px;background:#fff;border:1px solid var(--line);border-radius:8px;\
        padding:8px 32px 16px}
        #text h2{font:600 21px/1.4 "DejaVu Sans",system-ui,sans-serif}
        .ent{border-bottom:2px solid;border-radius:3px;padding:0 2px;cursor:pointer}
        .ent.per{background:var(--per);border-color:var(--per-ink)}
        .ent.loc{background:var(--loc);border-color:var(--loc-ink)}
        .ent.org{background:var(--org);border-color:var(--org-ink)}
        .ent.other{background:#f1f5f9;border-color:var(--muted)}
        .quote{padding:1px 0;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:pointer}
        .quote.direct{background:var(--quote);border-bottom:2px solid var(--quote-ink)}
        .quote.reported{background:var(--reported);border-bottom:2px dashed var(--reported-ink)}
        .speaker{font:600 12px/1 "DejaVu Sans",system-ui,sans-serif;color:#fff;border-radius:10px;padding:2px 8px;\
        margin:0 1px 0 4px;white-space:nowrap;user-select:none;cursor:pointer;vertical-align:2px}
        .speaker.direct{background:var(--quote-ink)}
        .speaker.reported{background:var(--reported-ink)}
        .hl{outline:2px solid #0f172a;outline-offset:1px}
        aside{flex:0 0 340px;position:sticky;top:16px;max-height:calc(100vh - 32px);overflow:auto;background:#fff;\
        border:1px solid var(--line);border-radius:8px;padding:4px 16px 16px;font-size:14px;line-height:1.45}
        aside h2{font-size:18px;margin:12px 0 4px}
        aside h3{font-size:14px;text-transform:uppercase;letter-spacing:.04em;color:#334155;margin:16px 0 6px}
        .n{color:var(--muted);font-weight:400}
        .swatch{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:6px}
        .swatch.per{background:var(--per-ink)}.swatch.loc{background:var(--loc-ink)}.swatch.org{background:var(--org-ink)}
        .swatch.quote{background:var(--quote-ink)}
        aside ul,aside ol{list-style:none;margin:0;padding:0}
        .entry,.qitem{border-left:4px solid;padding:4px 8px;margin:4px 0;border-radius:0 4px 4px 0;cursor:pointer}
        .entry:hover,.qitem:hover,.entry.hl,.qitem.hl{background:#f1f5f9;outline:none}
        .entry.per{border-color:var(--per-ink)}.entry.loc{border-color:var(--loc-ink)}.entry.org{border-color:var(--org-ink)}
        .qitem.direct{border-color:var(--quote-ink)}.qitem.reported{border-color:var(--reported-ink)}
        .entry .name{font-weight:600}
        .count{float:right;color:var(--muted);font-variant-numeric:tabular-nums}
        .detail{color:var(--muted);font-size:13px}
        .detail a{color:inherit}
        .qtext{display:block;font-style:italic}
        .qspeaker{display:block;color:var(--muted);font-size:13px}
        #card{position:absolute;z-index:10;max-width:320px;background:#0f172a;color:#f8fafc;border-radius:6px;\
        padding:8px 12px;font:13px/1.45 "DejaVu Sans",system-ui,sans-serif;box-shadow:0 6px 18px rgba(15,23,42,.3)}
        #card .kind{text-transform:uppercase;font-size:11px;letter-spacing:.06em;opacity:.8}
        #card .title{font-size:15px;font-weight:600}
        #card .muted{opacity:.75}
        table{border-collapse:collapse;background:#fff;border:1px solid var(--line);font-size:14px;margin:24px 32px}
        th,td{padding:8px 12px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        td a{color:var(--per-ink);text-decoration:none;font-weight:600}
        .id{color:var(--muted);font-size:12px}
        """

    static let script = """
        (function () {
          var data = JSON.parse(document.getElementById("annotations").textContent);
          var card = document.getElementById("card");
          var kinds = {PER: "Person", LOC: "Place", ORG: "Organization"};
          function esc(text) { var d = document.createElement("div"); d.textContent = text; return d.innerHTML; }
          function entryHTML(id) {
            var e = data.entries[id];
            if (!e) return "<div class=\\"muted\\">" + esc(id) + "</div>";
            var h = "<div class=\\"kind\\">" + kinds[e.type] + "</div><div class=\\"title\\">" + esc(e.name) + "</div>";
            if (e.roles.length) h += "<div>" + esc(e.roles.join(", ")) + "</div>";
            if (e.variants.length) h += "<div class=\\"muted\\">also: " + esc(e.variants.join(", ")) + "</div>";
            e.uris.forEach(function (u) { h += "<div class=\\"muted\\">" + esc(u) + "</div>"; });
            return h + "<div class=\\"muted\\">" + e.mentions + (e.mentions === 1 ? " mention" : " mentions") +
              " · " + esc(id) + "</div>";
          }
          function cardHTML(el) {
            if (el.dataset.quote !== undefined) {
              var q = data.quotes[+el.dataset.quote];
              var h = "<div class=\\"kind\\">" + (q.direct ? "Direct quotation" : "Reported speech") + "</div>";
              if (q.speaker) return h + "<div class=\\"muted\\">said by</div>" + entryHTML(q.speaker);
              return h + (q.speakerName ? "<div>said by " + esc(q.speakerName) + "</div>"
                                        : "<div class=\\"muted\\">speaker unknown</div>");
            }
            if (el.dataset.entry) return entryHTML(el.dataset.entry);
            return "<div class=\\"kind\\">" + esc(el.title) + "</div>";
          }
          function show(el) {
            card.innerHTML = cardHTML(el);
            card.hidden = false;
            var r = el.getBoundingClientRect();
            var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - 330);
            card.style.left = Math.max(8, left) + "px";
            card.style.top = (window.scrollY + r.bottom + 6) + "px";
          }
          var hoverable = "#text .ent, #text .quote, #text .speaker";
          document.addEventListener("mouseover", function (event) {
            var el = event.target.closest(hoverable);
            if (el) show(el); else card.hidden = true;
          });
          function select(id) {
            document.querySelectorAll(".hl").forEach(function (el) { el.classList.remove("hl"); });
            if (!id) return null;
            var q = window.CSS && CSS.escape ? CSS.escape(id) : id;
            var found = document.querySelectorAll("[data-entry=\\"" + q + "\\"], [data-speaker=\\"" + q + "\\"]");
            found.forEach(function (el) { el.classList.add("hl"); });
            return document.querySelector("#text [data-entry=\\"" + q + "\\"]");
          }
          document.addEventListener("click", function (event) {
            var item = event.target.closest("aside .entry, aside .qitem, #text .ent");
            if (!item || event.target.closest("a")) return;
            if (item.classList.contains("qitem")) {
              var quote = document.querySelector("#text .quote[data-quote=\\"" + item.dataset.quote + "\\"]");
              if (quote) { quote.scrollIntoView({block: "center"}); show(quote); }
              return;
            }
            var id = item.dataset.entry;
            var first = select(item.classList.contains("hl") && item.closest("aside") ? null : id);
            if (first && item.closest("aside")) { first.scrollIntoView({block: "center"}); show(first); }
            if (id) history.replaceState(null, "", "#" + encodeURIComponent(id));
          });
          var wanted = decodeURIComponent(location.hash.slice(1));
          if (wanted && data.entries[wanted]) {
            var first = select(wanted);
            if (first) { first.scrollIntoView({block: "center"}); show(first); }
          }
        })();
        """
}
