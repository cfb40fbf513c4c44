from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'batch_index.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_base_css_hash = resolve('base_css_hash')
    l_0_version = resolve('version')
    l_0_title = resolve('title')
    l_0_base_css = resolve('base_css')
    l_0_rows = resolve('rows')
    l_0_series = resolve('series')
    l_0_ok = resolve('ok')
    l_0_failed = resolve('failed')
    l_0_statuses = resolve('statuses')
    l_0_targets = resolve('targets')
    l_0_css = l_0_js = l_0_target = l_0_limit = missing
    try:
        t_1 = environment.filters['csp_hash']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'csp_hash' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    t_4 = []
    pass
    t_4.append(
        'header.top .sub code { font-size: 0.85rem; }\n.totals { margin: 0.6rem 0; }\n.filter { margin: 0.6rem 0; }\n.filter input { font: inherit; padding: 0.2rem 0.5rem; width: 22rem; max-width: 100%; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: var(--fg); }\n.wrap { overflow-x: auto; }\ntable.batch { width: 100%; font-size: 0.9rem; }\ntable.batch th, table.batch td { padding: 0.25rem 0.45rem; }\ntable.batch th { position: sticky; top: 0; background: var(--bg); vertical-align: bottom; }\ntable.batch th.n { font-size: 0.85rem; }\ntable.batch th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }\ntable.batch th button::after { content: " ↕"; color: var(--muted); font-weight: normal; }\ntable.batch th[aria-sort="ascending"] button::after { content: " ↑"; color: var(--fg); }\ntable.batch th[aria-sort="descending"] button::after { content: " ↓"; color: var(--fg); }\ntable.batch td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }\ntable.batch td.name { font-weight: 600; }\ntable.batch td.name > a:first-child { white-space: nowrap; }\ntable.batch td.name .fmt { font-weight: normal; font-size: 0.8rem; margin-left: 0.3rem; }\ntable.batch td.path { color: var(--muted); font-size: 0.85rem; }\ntable.batch td.path .lb { white-space: nowrap; }\ntable.batch tr.error td { background: var(--rem-bg); }\ntable.batch .err { color: var(--rem); }\ntable.batch ul.targets { margin: 0; padding-left: 1rem; }\ntable.batch td.tg { min-width: 15rem; font-family: var(--cjk); }\ntable.batch td.tg details > summary { cursor: pointer; color: var(--link); font-family: var(--latin); font-size: 0.85rem; }\ntable.batch th.n { text-align: right; }\ntable.batch ul.targets li { margin: 0; }\ntable.batch tr[hidden] { display: none; }\ntable.batch.targets td.mt { font-family: var(--cjk); }\ntable.batch.targets tr.headline td.mt { font-weight: 600; }\ntable.batch.targets td.st.changed { color: var(--mod); } table.batch.targets td.st.added { color: var(--add); }\ntable.batch.targets td.st.removed { color: var(--rem); }\ntd.n.added { color: var(--add); } td.n.removed { color: var(--rem); }\ntd.n.modified { color: var(--mod); } td.n.moved { color: var(--mov); }',
    )
    l_0_css = (Markup if context.eval_ctx.autoescape else identity)(concat(t_4))
    context.vars['css'] = l_0_css
    context.exported_vars.add('css')
    t_5 = []
    pass
    t_5.append(
        '(function () {\n  "use strict";\n  function key(cell) {\n    var v = cell.getAttribute("data-v");\n    if (v === null) { v = cell.textContent.trim(); }\n    var n = Number(v);\n    return v !== "" && !isNaN(n) ? n : v.toLowerCase();\n  }\n  function compare(a, b) {\n    if (typeof a === "number" && typeof b === "number") { return a - b; }\n    return String(a).localeCompare(String(b));\n  }\n  document.querySelectorAll("table.batch").forEach(function (table) {\n    var heads = table.querySelectorAll("thead th");\n    heads.forEach(function (th, col) {\n      var button = th.querySelector("button");\n      if (!button) { return; }\n      button.addEventListener("click", function () {\n        var down = th.getAttribute("aria-sort") === "ascending";\n        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });\n        th.setAttribute("aria-sort", down ? "descending" : "ascending");\n        var body = table.tBodies[0];\n        var rows = Array.prototype.slice.call(body.rows);\n        rows.sort(function (r1, r2) {\n          var d = compare(key(r1.cells[col]), key(r2.cells[col]));\n          return down ? -d : d;\n        });\n        rows.forEach(function (r) { body.appendChild(r); });\n      });\n    });\n  });\n  function recount() {\n    document.querySelectorAll("table.batch").forEach(function (table) {\n      var rows = Array.prototype.slice.call(table.tBodies[0].rows);\n      var shown = rows.filter(function (r) { return !r.hidden; });\n      var count = document.querySelector(\'.count[data-for="\' + table.id + \'"]\');\n      if (count) {\n        count.textContent = shown.length === rows.length ? String(rows.length)\n          : shown.length + " of " + rows.length;\n      }\n      if (table.id === "comparisons") {\n        ["ok", "error"].forEach(function (status) {\n          var chip = document.getElementById("n-" + status);\n          if (chip) {\n            chip.textContent = String(shown.filter(function (r) {\n              return r.classList.contains(status);\n            }).length);\n          }\n        });\n      }\n    });\n  }\n  var box = document.getElementById("filter");\n  if (box) {\n    box.addEventListener("input", function () {\n      var q = box.value.trim().toLowerCase();\n      document.querySelectorAll("table.batch tbody tr").forEach(function (r) {\n        r.hidden = q !== "" && r.textContent.toLowerCase().indexOf(q) < 0;\n      });\n      recount();\n    });\n  }\n})();',
    )
    l_0_js = (Markup if context.eval_ctx.autoescape else identity)(concat(t_5))
    context.vars['js'] = l_0_js
    context.exported_vars.add('js')
    def macro(l_1_t):
        t_6 = []
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        pass
        t_6.extend((
            '<li class="',
            escape(environment.getattr(l_1_t, 'status')),
            '"><span class="metric">',
            escape(environment.getattr(l_1_t, 'metric')),
            '</span>: <span class="tv">',
            escape((environment.getattr(l_1_t, 'old') if (not t_3(environment.getattr(l_1_t, 'old'))) else '—')),
            ' → ',
            escape((environment.getattr(l_1_t, 'new') if (not t_3(environment.getattr(l_1_t, 'new'))) else '—')),
            '</span></li>',
        ))
        return concat(t_6)
    context.exported_vars.add('target')
    context.vars['target'] = l_0_target = Macro(environment, macro, 'target', ('t',), False, False, False, context.eval_ctx.autoescape)
    l_0_limit = 4
    context.vars['limit'] = l_0_limit
    context.exported_vars.add('limit')
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data:; style-src '
    yield escape((undefined(name='base_css_hash') if l_0_base_css_hash is missing else l_0_base_css_hash))
    yield ' '
    yield escape(t_1((undefined(name='css') if l_0_css is missing else l_0_css)))
    yield '; script-src '
    yield escape(t_1((undefined(name='js') if l_0_js is missing else l_0_js)))
    yield '; base-uri \'none\'; form-action \'none\'">\n<meta name="generator" content="diffreport '
    yield escape((undefined(name='version') if l_0_version is missing else l_0_version))
    yield '">\n<link rel="icon" href="data:,">\n<title>diffreport batch: '
    yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '</title>\n<style>'
    yield escape((undefined(name='base_css') if l_0_base_css is missing else l_0_base_css))
    yield '</style>\n<style>'
    yield escape((undefined(name='css') if l_0_css is missing else l_0_css))
    yield '</style>\n</head>\n<body>\n<header class="top">\n<h1>Batch: '
    yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '</h1>\n<p class="sub">'
    yield escape(t_2((undefined(name='rows') if l_0_rows is missing else l_0_rows)))
    yield ' comparisons'
    if (undefined(name='series') if l_0_series is missing else l_0_series):
        pass
        yield ', '
        yield escape(t_2((undefined(name='series') if l_0_series is missing else l_0_series)))
        yield ' series'
    yield ' — diffreport '
    yield escape((undefined(name='version') if l_0_version is missing else l_0_version))
    yield '</p>\n</header>\n<main>\n<p class="totals">\n<span class="chip added">ok <b id="n-ok">'
    yield escape((undefined(name='ok') if l_0_ok is missing else l_0_ok))
    yield '</b></span>\n<span class="chip removed">failed <b id="n-error">'
    yield escape((undefined(name='failed') if l_0_failed is missing else l_0_failed))
    yield '</b></span>\n</p>\n<p class="filter"><label>Filter: <input type="search" id="filter" placeholder="name, label, metric…" autocomplete="off"></label></p>\n'
    if (undefined(name='series') if l_0_series is missing else l_0_series):
        pass
        yield '<h2>Series <span class="count" data-for="series">'
        yield escape(t_2((undefined(name='series') if l_0_series is missing else l_0_series)))
        yield '</span></h2>\n<div class="wrap">\n<table class="batch series" id="series">\n<thead><tr>\n<th><button type="button">series</button></th>\n<th><button type="button">editions</button></th>\n<th><button type="button">comparisons</button></th>\n<th><button type="button">status</button></th>\n</tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_s, l_1_loop in LoopContext((undefined(name='series') if l_0_series is missing else l_0_series), undefined):
            _loop_vars = {}
            pass
            yield '<tr class="'
            yield escape(environment.getattr(l_1_s, 'status'))
            yield '">\n<td class="name">'
            if environment.getattr(l_1_s, 'href'):
                pass
                yield '<a href="'
                yield escape(environment.getattr(l_1_s, 'href'))
                yield '">'
                yield escape(environment.getattr(l_1_s, 'name'))
                yield '</a>'
            else:
                pass
                yield escape(environment.getattr(l_1_s, 'name'))
            for (l_2_fmt, l_2_path) in environment.getattr(l_1_s, 'others'):
                _loop_vars = {}
                pass
                yield ' <a class="fmt" href="'
                yield escape(l_2_path)
                yield '">'
                yield escape(l_2_fmt)
                yield '</a>'
            l_2_fmt = l_2_path = missing
            yield '</td>\n<td data-v="'
            yield escape(t_2(environment.getattr(l_1_s, 'documents')))
            yield '">'
            l_2_loop = missing
            for l_2_d, l_2_loop in LoopContext(environment.getattr(l_1_s, 'documents'), undefined):
                _loop_vars = {}
                pass
                yield escape(environment.getattr(l_2_d, 'label'))
                yield escape((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 143 in 'batch_index.html.j2' evaluated to false and no else section was defined.")))
            l_2_loop = l_2_d = missing
            yield '</td>\n<td class="n">'
            yield escape(t_2(environment.getattr(l_1_s, 'comparisons')))
            yield '</td>\n<td>'
            if (environment.getattr(l_1_s, 'status') == 'ok'):
                pass
                yield 'ok'
            else:
                pass
                yield '<span class="err">error: '
                yield escape(environment.getattr(l_1_s, 'error'))
                yield '</span>'
            yield '</td>\n</tr>\n'
        l_1_loop = l_1_s = missing
        yield '</tbody>\n</table>\n</div>\n'
    yield '<h2>Comparisons <span class="count" data-for="comparisons">'
    yield escape(t_2((undefined(name='rows') if l_0_rows is missing else l_0_rows)))
    yield '</span></h2>\n<div class="wrap">\n<table class="batch comparisons" id="comparisons">\n<thead><tr>\n<th><button type="button">name</button></th>\n<th><button type="button">series</button></th>\n<th><button type="button">old → new</button></th>\n<th><button type="button">status</button></th>\n'
    for l_1_s in (undefined(name='statuses') if l_0_statuses is missing else l_0_statuses):
        _loop_vars = {}
        pass
        yield '<th class="n"><button type="button">'
        yield escape(l_1_s)
        yield '</button></th>\n'
    l_1_s = missing
    yield '<th class="n"><button type="button">new commitments</button></th>\n<th class="n"><button type="button">dropped commitments</button></th>\n<th><button type="button">changed targets</button></th>\n</tr></thead>\n<tbody>\n'
    for l_1_c in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
        _loop_vars = {}
        pass
        yield '<tr class="'
        yield escape(environment.getattr(l_1_c, 'status'))
        yield '">\n<td class="name" data-v="'
        yield escape(environment.getattr(l_1_c, 'name'))
        yield '">'
        if environment.getattr(l_1_c, 'href'):
            pass
            yield '<a href="'
            yield escape(environment.getattr(l_1_c, 'href'))
            yield '">'
            yield escape(environment.getattr(l_1_c, 'name'))
            yield '</a>'
        else:
            pass
            yield escape(environment.getattr(l_1_c, 'name'))
        for (l_2_fmt, l_2_path) in environment.getattr(l_1_c, 'others'):
            _loop_vars = {}
            pass
            yield ' <a class="fmt" href="'
            yield escape(l_2_path)
            yield '">'
            yield escape(l_2_fmt)
            yield '</a>'
        l_2_fmt = l_2_path = missing
        yield '</td>\n<td>'
        if environment.getattr(l_1_c, 'series'):
            pass
            if environment.getattr(l_1_c, 'series_href'):
                pass
                yield '<a href="'
                yield escape(environment.getattr(l_1_c, 'series_href'))
                yield '">'
                yield escape(environment.getattr(l_1_c, 'series'))
                yield '</a>'
            else:
                pass
                yield escape(environment.getattr(l_1_c, 'series'))
        yield '</td>\n<td class="path" data-v="'
        yield escape(environment.getattr(l_1_c, 'old_label'))
        yield ' '
        yield escape(environment.getattr(l_1_c, 'new_label'))
        yield '" title="'
        yield escape(environment.getattr(l_1_c, 'old'))
        yield ' → '
        yield escape(environment.getattr(l_1_c, 'new'))
        yield '"><span class="lb">'
        yield escape(environment.getattr(l_1_c, 'old_label'))
        yield '</span> → <span class="lb">'
        yield escape(environment.getattr(l_1_c, 'new_label'))
        yield '</span></td>\n<td>'
        if (environment.getattr(l_1_c, 'status') == 'ok'):
            pass
            yield 'ok'
        else:
            pass
            yield '<span class="err">error: '
            yield escape(environment.getattr(l_1_c, 'error'))
            yield '</span>'
        yield '</td>\n'
        for l_2_s in (undefined(name='statuses') if l_0_statuses is missing else l_0_statuses):
            _loop_vars = {}
            pass
            if environment.getattr(l_1_c, 'counts'):
                pass
                yield '<td class="n '
                yield escape(l_2_s)
                yield '">'
                yield escape(environment.getitem(environment.getattr(l_1_c, 'counts'), l_2_s))
                yield '</td>'
            else:
                pass
                yield '<td class="n" data-v="-1">—</td>'
        l_2_s = missing
        if environment.getattr(l_1_c, 'changes'):
            pass
            yield '<td class="n">'
            yield escape(environment.getattr(environment.getattr(l_1_c, 'changes'), 'new_commitments'))
            yield '</td><td class="n">'
            yield escape(environment.getattr(environment.getattr(l_1_c, 'changes'), 'dropped_commitments'))
            yield '</td>'
        else:
            pass
            yield '<td class="n" data-v="-1">—</td><td class="n" data-v="-1">—</td>'
        yield '<td class="tg" data-v="'
        yield escape(t_2(environment.getattr(l_1_c, 'targets')))
        yield '">'
        if environment.getattr(l_1_c, 'targets'):
            pass
            yield '<ul class="targets">\n'
            for l_2_t in environment.getattr(l_1_c, 'targets')[:(undefined(name='limit') if l_0_limit is missing else l_0_limit)]:
                _loop_vars = {}
                pass
                yield escape(context.call((undefined(name='target') if l_0_target is missing else l_0_target), l_2_t, _loop_vars=_loop_vars))
                yield '\n'
            l_2_t = missing
            yield '</ul>\n'
            if (t_2(environment.getattr(l_1_c, 'targets')) > (undefined(name='limit') if l_0_limit is missing else l_0_limit)):
                pass
                yield '<details><summary>'
                yield escape((t_2(environment.getattr(l_1_c, 'targets')) - (undefined(name='limit') if l_0_limit is missing else l_0_limit)))
                yield ' more</summary><ul class="targets">\n'
                for l_2_t in environment.getattr(l_1_c, 'targets')[(undefined(name='limit') if l_0_limit is missing else l_0_limit):]:
                    _loop_vars = {}
                    pass
                    yield escape(context.call((undefined(name='target') if l_0_target is missing else l_0_target), l_2_t, _loop_vars=_loop_vars))
                    yield '\n'
                l_2_t = missing
                yield '</ul></details>'
        elif (environment.getattr(l_1_c, 'status') == 'ok'):
            pass
            yield '<span class="none">none</span>'
        yield '</td>\n</tr>\n'
    l_1_c = missing
    yield '</tbody>\n</table>\n</div>\n'
    if (undefined(name='targets') if l_0_targets is missing else l_0_targets):
        pass
        yield '<h2>Targets across comparisons <span class="count" data-for="targets">'
        yield escape(t_2((undefined(name='targets') if l_0_targets is missing else l_0_targets)))
        yield '</span></h2>\n<div class="wrap">\n<table class="batch targets" id="targets">\n<thead><tr>\n<th><button type="button">comparison</button></th>\n<th><button type="button">metric</button></th>\n<th><button type="button">old</button></th>\n<th><button type="button">new</button></th>\n<th><button type="button">status</button></th>\n</tr></thead>\n<tbody>\n'
        for l_1_t in (undefined(name='targets') if l_0_targets is missing else l_0_targets):
            _loop_vars = {}
            pass
            yield '<tr class="'
            yield escape(('headline' if environment.getattr(l_1_t, 'headline') else cond_expr_undefined("the inline if-expression on line 202 in 'batch_index.html.j2' evaluated to false and no else section was defined.")))
            yield '">\n<td class="name">'
            yield escape(environment.getattr(l_1_t, 'comparison'))
            yield '</td>\n<td class="mt" title="'
            yield escape(environment.getattr(l_1_t, 'form'))
            yield '">'
            yield escape(environment.getattr(l_1_t, 'metric'))
            yield '</td>\n<td class="tv">'
            yield escape((environment.getattr(l_1_t, 'old') if (not t_3(environment.getattr(l_1_t, 'old'))) else '—'))
            yield '</td>\n<td class="tv">'
            yield escape((environment.getattr(l_1_t, 'new') if (not t_3(environment.getattr(l_1_t, 'new'))) else '—'))
            yield '</td>\n<td class="st '
            yield escape(environment.getattr(l_1_t, 'status'))
            yield '">'
            yield escape(environment.getattr(l_1_t, 'status'))
            yield '</td>\n</tr>\n'
        l_1_t = missing
        yield '</tbody>\n</table>\n</div>\n'
    yield '</main>\n<script>'
    yield escape((undefined(name='js') if l_0_js is missing else l_0_js))
    yield '</script>\n</body>\n</html>\n'

blocks = {}
debug_info = '2=45&37=53&102=56&103=63&105=75&111=79&112=85&114=87&115=89&116=91&120=93&121=95&125=105&126=107&129=109&130=112&140=115&141=119&142=121&143=141&144=151&145=153&152=165&160=167&167=175&168=179&169=181&170=203&171=216&172=228&173=237&174=240&176=251&177=262&178=267&180=274&181=279&183=286&189=292&190=295&201=297&202=301&203=303&204=305&205=309&206=311&207=313&215=320'