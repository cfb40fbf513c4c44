from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'series.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_style_hash = resolve('style_hash')
    l_0_css = resolve('css')
    l_0_paths_table = l_0_follow_table = missing
    try:
        t_1 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['last']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'last' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_rows, l_1_caption):
        t_6 = []
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        pass
        t_6.extend((
            '<div class="scroll">\n<table class="paths">\n<caption class="note">',
            escape(l_1_caption),
            '</caption>\n<thead><tr><th>metric</th>',
        ))
        for l_2_label in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'labels'):
            _loop_vars = {}
            pass
            t_6.extend((
                '<th>',
                escape(l_2_label),
                '</th>',
            ))
        l_2_label = missing
        t_6.append(
            '<th>chart</th></tr></thead>\n<tbody>\n',
        )
        for l_2_r in l_1_rows:
            _loop_vars = {}
            pass
            t_6.extend((
                '<tr><td class="metric">',
                escape(environment.getattr(l_2_r, 'metric')),
                '</td>\n',
            ))
            for l_3_c in environment.getattr(l_2_r, 'cells'):
                _loop_vars = {}
                pass
                if t_5(l_3_c):
                    pass
                    t_6.append(
                        '<td class="v none">—</td>',
                    )
                else:
                    pass
                    t_6.extend((
                        '<td class="v" title="',
                        escape(environment.getattr(l_3_c, 'title')),
                        '">',
                        escape(environment.getattr(l_3_c, 'text')),
                        '</td>',
                    ))
            l_3_c = missing
            t_6.append(
                '<td>',
            )
            if (not t_5(environment.getattr(l_2_r, 'chart'))):
                pass
                t_6.extend((
                    '<svg class="chart" width="',
                    escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'chart_width')),
                    '" height="',
                    escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'chart_height')),
                    '" viewBox="0 0 ',
                    escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'chart_width')),
                    ' ',
                    escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'chart_height')),
                    '" role="img" aria-label="',
                    escape(environment.getattr(l_2_r, 'metric')),
                    '"><polyline points="',
                    escape(environment.getattr(environment.getattr(l_2_r, 'chart'), 'points')),
                    '"/>',
                ))
                for (l_3_x, l_3_y, l_3_t) in environment.getattr(environment.getattr(l_2_r, 'chart'), 'dots'):
                    _loop_vars = {}
                    pass
                    t_6.extend((
                        '<circle cx="',
                        escape(l_3_x),
                        '" cy="',
                        escape(l_3_y),
                        '" r="2.4"><title>',
                        escape(l_3_t),
                        '</title></circle>',
                    ))
                l_3_x = l_3_y = l_3_t = missing
                t_6.append(
                    '</svg>',
                )
            t_6.append(
                '</td>\n</tr>\n',
            )
        l_2_r = missing
        t_6.append(
            '</tbody>\n</table>\n</div>',
        )
        return concat(t_6)
    context.exported_vars.add('paths_table')
    context.vars['paths_table'] = l_0_paths_table = Macro(environment, macro, 'paths_table', ('rows', 'caption'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_rows):
        t_7 = []
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        pass
        t_7.append(
            '<div class="scroll">\n<table class="follow">\n<thead><tr><th>metric</th><th>target</th><th>outcome</th><th>result</th><th>rule</th></tr></thead>\n<tbody>\n',
        )
        for l_2_f in l_1_rows:
            _loop_vars = {}
            pass
            t_7.extend((
                '<tr><td class="metric">',
                escape(environment.getattr(l_2_f, 'metric')),
                '</td><td>',
                escape(environment.getattr(l_2_f, 'target_label')),
                ': ',
                escape(environment.getattr(l_2_f, 'target')),
                '</td><td>',
                escape(environment.getattr(l_2_f, 'outcome_label')),
                ': ',
            ))
            if t_5(environment.getattr(l_2_f, 'outcome')):
                pass
                t_7.append(
                    '—',
                )
            else:
                pass
                t_7.append(
                    escape(environment.getattr(l_2_f, 'outcome')),
                )
            t_7.extend((
                '</td><td><span class="badge ',
                escape(environment.getattr(l_2_f, 'badge')),
                '">',
                escape(environment.getattr(l_2_f, 'result')),
                '</span></td><td>',
                escape(environment.getattr(l_2_f, 'rule')),
                '</td></tr>\n',
            ))
        l_2_f = missing
        t_7.append(
            '</tbody>\n</table>\n</div>',
        )
        return concat(t_7)
    context.exported_vars.add('follow_table')
    context.vars['follow_table'] = l_0_follow_table = Macro(environment, macro, 'follow_table', ('rows',), False, False, False, context.eval_ctx.autoescape)
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'lang'))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data:; style-src '
    yield escape((undefined(name='style_hash') if l_0_style_hash is missing else l_0_style_hash))
    yield '; base-uri \'none\'; form-action \'none\'">\n<meta name="generator" content="diffreport '
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'version'))
    yield '">\n<title>diffreport series: '
    yield escape(t_1(environment, environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'labels')))
    yield ' – '
    yield escape(t_3(environment, environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'labels')))
    yield '</title>\n<style>'
    yield escape((undefined(name='css') if l_0_css is missing else l_0_css))
    yield '</style>\n</head>\n<body>\n<header>\n<h1>Series: '
    yield escape(t_2(context.eval_ctx, environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'labels'), ', '))
    yield '</h1>\n<p>'
    yield escape(t_4(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'labels')))
    yield ' editions, compared consecutively and chained.</p>\n<nav>'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'stances'):
        pass
        yield '<a href="#stances">Stances</a>'
    yield '<a href="#targets">Target paths</a><a href="#follow">Follow-through</a><a href="#sections">Sections</a><a href="#topics">Topics</a></nav>\n</header>\n<main>\n<section id="editions">\n<h2>Editions</h2>\n<table class="editions">\n<thead><tr><th>label</th><th>file</th><th>sentences</th><th>sections</th></tr></thead>\n<tbody>\n'
    for (l_1_label, l_1_path, l_1_sentences, l_1_sections) in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'documents'):
        _loop_vars = {}
        pass
        yield '<tr><td>'
        yield escape(l_1_label)
        yield '</td><td>'
        yield escape(l_1_path)
        yield '</td><td class="n">'
        yield escape(l_1_sentences)
        yield '</td><td class="n">'
        yield escape(l_1_sections)
        yield '</td></tr>\n'
    l_1_label = l_1_path = l_1_sentences = l_1_sections = missing
    yield '</tbody>\n</table>\n</section>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'stances'):
        pass
        yield '<section id="stances">\n<h2>Stances</h2>\n<p class="note">Each policy\'s stance phrase across the editions; ×n: n editions in a row, —: not stated.</p>\n<table class="stances">\n<tbody>\n'
        for (l_1_policy, l_1_path) in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'stances'):
            _loop_vars = {}
            pass
            yield '<tr><td class="metric">'
            yield escape(l_1_policy)
            yield '</td><td>'
            yield escape(l_1_path)
            yield '</td></tr>\n'
        l_1_policy = l_1_path = missing
        yield '</tbody>\n</table>\n</section>\n'
    yield '<section id="targets">\n<h2>Target paths</h2>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'targets'):
        pass
        yield escape(context.call((undefined(name='paths_table') if l_0_paths_table is missing else l_0_paths_table), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'targets'), 'Targets found in two or more editions; hover a value for its sentence.'))
        yield '\n'
    else:
        pass
        yield '<p class="note">No target appears in two editions.</p>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'single_targets'):
        pass
        yield '<details><summary>Targets in one edition only ('
        yield escape(t_4(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'single_targets')))
        yield ')</summary>\n'
        yield escape(context.call((undefined(name='paths_table') if l_0_paths_table is missing else l_0_paths_table), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'single_targets'), 'Targets found in one edition.'))
        yield '\n</details>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'actuals'):
        pass
        yield '<details><summary>Reported results in two or more editions ('
        yield escape(t_4(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'actuals')))
        yield ')</summary>\n'
        yield escape(context.call((undefined(name='paths_table') if l_0_paths_table is missing else l_0_paths_table), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'actuals'), 'Actual figures (results reported), followed across editions.'))
        yield '\n</details>\n'
    yield '</section>\n<section id="follow">\n<h2>Follow-through</h2>\n<p class="note">A target a report set for its year against the outcome the next report gives for that year:\nexceeded '
    yield escape(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'counts'), 'exceeded'))
    yield ', met '
    yield escape(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'counts'), 'met'))
    yield ', missed '
    yield escape(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'counts'), 'missed'))
    yield ', not reported '
    yield escape(environment.getitem(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'counts'), 'not reported'))
    yield ".\nOnly figures of one year, the same quantity, form and unit are compared: never a multi-year total (过去五年, 五年来, 累计).\nQualifiers count: 以上 / at least is a floor, 以内 / up to a ceiling, 左右 / about allows ±0.5 percentage points\n(±5% of the value when not a percentage); beyond that margin in the target's direction it is exceeded;\nfor prices, unemployment, deficits only overshooting misses.</p>\n"
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'followthrough'):
        pass
        yield escape(context.call((undefined(name='follow_table') if l_0_follow_table is missing else l_0_follow_table), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'followthrough')))
        yield '\n'
    else:
        pass
        yield '<p class="note">No outcome found for any target.</p>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'unknown'):
        pass
        yield '<details><summary>Targets without an outcome in the next report ('
        yield escape(t_4(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'unknown')))
        yield ')</summary>\n'
        yield escape(context.call((undefined(name='follow_table') if l_0_follow_table is missing else l_0_follow_table), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'unknown')))
        yield '\n</details>\n'
    yield '</section>\n<section id="sections">\n<h2>Sections</h2>\n<p class="note">● present · ◐ renamed (hover for that year\'s heading) · empty: absent. Headings as in the last edition they appear in.</p>\n<div class="scroll">\n<table class="matrix">\n<thead><tr><th>section</th>'
    for l_1_label in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'labels'):
        _loop_vars = {}
        pass
        yield '<th>'
        yield escape(l_1_label)
        yield '</th>'
    l_1_label = missing
    yield '</tr></thead>\n<tbody>\n'
    for l_1_r in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'matrix'):
        _loop_vars = {}
        pass
        yield '<tr class="l'
        yield escape(environment.getattr(l_1_r, 'level'))
        yield '"><td class="h">'
        yield escape(environment.getattr(l_1_r, 'heading'))
        yield '</td>'
        for l_2_c in environment.getattr(l_1_r, 'cells'):
            _loop_vars = {}
            pass
            yield '<td class="cell '
            yield escape(environment.getattr(l_2_c, 'status'))
            yield '" title="'
            yield escape(environment.getattr(l_2_c, 'title'))
            yield '">'
            yield escape(environment.getattr(l_2_c, 'mark'))
            yield '</td>'
        l_2_c = missing
        yield '</tr>\n'
    l_1_r = missing
    yield '</tbody>\n</table>\n</div>\n</section>\n<section id="topics">\n<h2>Topic timeline</h2>\n<p class="note">Terms that appeared or vanished between consecutive editions, counted in every edition.</p>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'topics'):
        pass
        yield '<div class="scroll">\n<table class="topics">\n<thead><tr><th>term</th>'
        for l_1_label in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'labels'):
            _loop_vars = {}
            pass
            yield '<th>'
            yield escape(l_1_label)
            yield '</th>'
        l_1_label = missing
        yield '<th>first</th><th>last</th></tr></thead>\n<tbody>\n'
        for l_1_t in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'topics'):
            _loop_vars = {}
            pass
            yield '<tr><td class="metric">'
            yield escape(environment.getattr(l_1_t, 'term'))
            yield '</td>'
            for (l_2_count, l_2_heat) in environment.getattr(l_1_t, 'counts'):
                _loop_vars = {}
                pass
                yield '<td class="n heat'
                yield escape(l_2_heat)
                yield '">'
                yield escape(l_2_count)
                yield '</td>'
            l_2_count = l_2_heat = missing
            yield '<td>'
            yield escape(environment.getattr(l_1_t, 'first'))
            yield '</td><td>'
            yield escape(environment.getattr(l_1_t, 'last'))
            yield '</td></tr>\n'
        l_1_t = missing
        yield '</tbody>\n</table>\n</div>\n'
    else:
        pass
        yield '<p class="note">No new or dropped terms between editions.</p>\n'
    yield '</section>\n</main>\n<footer>diffreport '
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'version'))
    yield '</footer>\n</body>\n</html>\n'

blocks = {}
debug_info = '2=45&5=54&6=57&8=69&9=74&10=77&11=80&13=98&20=141&25=149&26=154&33=190&37=192&38=194&39=196&40=200&44=202&45=204&46=206&54=210&55=214&60=224&66=227&67=231&75=238&76=240&80=245&81=248&82=250&85=252&86=255&87=257&94=260&99=268&100=270&104=275&105=278&106=280&115=283&117=291&118=295&127=313&130=316&132=324&133=328&143=350'