from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_style_hash = resolve('style_hash')
    l_0_script_hash = resolve('script_hash')
    l_0_css = resolve('css')
    l_0_statuses = resolve('statuses')
    l_0_js = resolve('js')
    l_0_title = l_0_flags = l_0_row = l_0_path = l_0_block = l_0_link = l_0_numbers_table = l_0_commitments = l_0_ranked = l_0_stances = l_0_topics = l_0_hl = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['max']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'max' found.")
    try:
        t_3 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_g):
        t_5 = []
        if l_1_g is missing:
            l_1_g = undefined("parameter 'g' was not provided", name='g')
        pass
        if t_4(environment.getattr(l_1_g, 'old_title')):
            pass
            t_5.append(
                escape(environment.getattr(l_1_g, 'new_title')),
            )
        elif t_4(environment.getattr(l_1_g, 'new_title')):
            pass
            t_5.append(
                escape(environment.getattr(l_1_g, 'old_title')),
            )
        elif (environment.getattr(l_1_g, 'old_title') == environment.getattr(l_1_g, 'new_title')):
            pass
            t_5.append(
                escape(environment.getattr(l_1_g, 'new_title')),
            )
        else:
            pass
            t_5.extend((
                escape(environment.getattr(l_1_g, 'old_title')),
                ' → ',
                escape(environment.getattr(l_1_g, 'new_title')),
            ))
        return concat(t_5)
    context.exported_vars.add('title')
    context.vars['title'] = l_0_title = Macro(environment, macro, 'title', ('g',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_r):
        t_6 = []
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        pass
        t_6.extend((
            'u ',
            escape(environment.getattr(l_1_r, 'status')),
            escape((' chg' if ((environment.getattr(l_1_r, 'status') != 'unchanged') and (not environment.getattr(l_1_r, 'ghost'))) else cond_expr_undefined("the inline if-expression on line 11 in 'report.html.j2' evaluated to false and no else section was defined."))),
            escape((' num' if environment.getattr(l_1_r, 'num') else cond_expr_undefined("the inline if-expression on line 11 in 'report.html.j2' evaluated to false and no else section was defined."))),
            escape((' hd' if environment.getattr(l_1_r, 'heading') else cond_expr_undefined("the inline if-expression on line 11 in 'report.html.j2' evaluated to false and no else section was defined."))),
            escape((' ghost' if environment.getattr(l_1_r, 'ghost') else cond_expr_undefined("the inline if-expression on line 11 in 'report.html.j2' evaluated to false and no else section was defined."))),
        ))
        return concat(t_6)
    context.exported_vars.add('flags')
    context.vars['flags'] = l_0_flags = Macro(environment, macro, 'flags', ('r',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_r):
        t_7 = []
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        pass
        t_7.extend((
            '<div class="row ',
            escape(context.call((undefined(name='flags') if l_0_flags is missing else l_0_flags), l_1_r)),
            escape((' hasi' if environment.getattr(l_1_r, 'inline_html') else cond_expr_undefined("the inline if-expression on line 15 in 'report.html.j2' evaluated to false and no else section was defined."))),
            '">\n<div class="c o"',
        ))
        if environment.getattr(l_1_r, 'old_id'):
            pass
            t_7.extend((
                ' id="',
                escape(environment.getattr(l_1_r, 'old_id')),
                '"',
            ))
        t_7.extend((
            '>',
            escape(environment.getattr(l_1_r, 'old_html')),
            '</div>\n<div class="c n"',
        ))
        if environment.getattr(l_1_r, 'new_id'):
            pass
            t_7.extend((
                ' id="',
                escape(environment.getattr(l_1_r, 'new_id')),
                '"',
            ))
        t_7.extend((
            '>',
            escape(environment.getattr(l_1_r, 'new_html')),
            '</div>\n',
        ))
        if environment.getattr(l_1_r, 'inline_html'):
            pass
            t_7.extend((
                '<div class="c i">',
                escape(environment.getattr(l_1_r, 'inline_html')),
                '</div>\n',
            ))
        t_7.append(
            '</div>',
        )
        return concat(t_7)
    context.exported_vars.add('row')
    context.vars['row'] = l_0_row = Macro(environment, macro, 'row', ('r',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_p):
        t_8 = []
        l_1_cut = missing
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        pass
        l_1_cut = (t_2(environment, [context.call(environment.getattr(l_1_p, 'rfind'), '/'), context.call(environment.getattr(l_1_p, 'rfind'), '\\')]) + 1)
        t_8.extend((
            '<span class="dir">',
            escape(l_1_p[:(undefined(name='cut') if l_1_cut is missing else l_1_cut)]),
            '</span><span class="base">',
            escape(l_1_p[(undefined(name='cut') if l_1_cut is missing else l_1_cut):]),
            '</span>',
        ))
        return concat(t_8)
    context.exported_vars.add('path')
    context.vars['path'] = l_0_path = Macro(environment, macro, 'path', ('p',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_b):
        t_9 = []
        if l_1_b is missing:
            l_1_b = undefined("parameter 'b' was not provided", name='b')
        pass
        t_9.append(
            '<div class="row block">\n<div class="col">\n',
        )
        for l_2_r in environment.getattr(l_1_b, 'old'):
            _loop_vars = {}
            pass
            t_9.extend((
                '<div class="c o ',
                escape(context.call((undefined(name='flags') if l_0_flags is missing else l_0_flags), l_2_r, _loop_vars=_loop_vars)),
                '" id="',
                escape(environment.getattr(l_2_r, 'old_id')),
                '">',
                escape(environment.getattr(l_2_r, 'old_html')),
                '</div>\n',
            ))
        l_2_r = missing
        t_9.append(
            '</div>\n<div class="col">\n',
        )
        for l_2_r in environment.getattr(l_1_b, 'new'):
            _loop_vars = {}
            pass
            t_9.extend((
                '<div class="c n ',
                escape(context.call((undefined(name='flags') if l_0_flags is missing else l_0_flags), l_2_r, _loop_vars=_loop_vars)),
                '" id="',
                escape(environment.getattr(l_2_r, 'new_id')),
                '">',
                escape(environment.getattr(l_2_r, 'new_html')),
                '</div>\n',
            ))
        l_2_r = missing
        t_9.append(
            '</div>\n</div>',
        )
        return concat(t_9)
    context.exported_vars.add('block')
    context.vars['block'] = l_0_block = Macro(environment, macro, 'block', ('b',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_text, l_1_href):
        t_10 = []
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        if l_1_href is missing:
            l_1_href = undefined("parameter 'href' was not provided", name='href')
        pass
        if l_1_href:
            pass
            t_10.extend((
                '<a href="',
                escape(l_1_href),
                '">',
                escape(l_1_text),
                '</a>',
            ))
        else:
            pass
            t_10.append(
                escape(l_1_text),
            )
        return concat(t_10)
    context.exported_vars.add('link')
    context.vars['link'] = l_0_link = Macro(environment, macro, 'link', ('text', 'href'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_rows, l_1_caption):
        t_11 = []
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        pass
        t_11.extend((
            '<table class="numbers">\n<caption>',
            escape(l_1_caption),
            '</caption>\n<thead><tr><th>metric</th><th>',
            escape(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'old'), 'label')),
            '</th><th></th><th>',
            escape(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'new'), 'label')),
            '</th><th>qualifier</th><th>difference</th><th>status</th></tr></thead>\n<tbody>\n',
        ))
        for l_2_n in l_1_rows:
            _loop_vars = {}
            pass
            t_11.extend((
                '<tr class="',
                escape(environment.getattr(l_2_n, 'status')),
                '"><td class="metric">',
                escape(environment.getattr(l_2_n, 'metric')),
                '</td><td class="v">',
            ))
            if (not t_4(environment.getattr(l_2_n, 'old_text'))):
                pass
                t_11.append(
                    escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_n, 'old_text'), environment.getattr(l_2_n, 'old_href'), _loop_vars=_loop_vars)),
                )
            else:
                pass
                t_11.append(
                    '—',
                )
            t_11.append(
                '</td><td class="arrow">→</td><td class="v">',
            )
            if (not t_4(environment.getattr(l_2_n, 'new_text'))):
                pass
                t_11.append(
                    escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_n, 'new_text'), environment.getattr(l_2_n, 'new_href'), _loop_vars=_loop_vars)),
                )
            else:
                pass
                t_11.append(
                    '—',
                )
            t_11.extend((
                '</td><td>',
                escape(environment.getattr(l_2_n, 'qualifier')),
                '</td><td class="d">',
                escape(environment.getattr(l_2_n, 'difference')),
                '</td><td><span class="badge ',
                escape(environment.getattr(l_2_n, 'status')),
                '">',
                escape(environment.getattr(l_2_n, 'status')),
                '</span></td></tr>\n',
            ))
        l_2_n = missing
        t_11.append(
            '</tbody>\n</table>',
        )
        return concat(t_11)
    context.exported_vars.add('numbers_table')
    context.vars['numbers_table'] = l_0_numbers_table = Macro(environment, macro, 'numbers_table', ('rows', 'caption'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_groups, l_1_count, l_1_heading, l_1_cls):
        t_12 = []
        if l_1_groups is missing:
            l_1_groups = undefined("parameter 'groups' was not provided", name='groups')
        if l_1_count is missing:
            l_1_count = undefined("parameter 'count' was not provided", name='count')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_cls is missing:
            l_1_cls = undefined("parameter 'cls' was not provided", name='cls')
        pass
        t_12.extend((
            '<details class="block ',
            escape(l_1_cls),
            '"',
        ))
        if ((l_1_count <= 40) and (not environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'highlights'), 'any'))):
            pass
            t_12.append(
                ' open',
            )
        t_12.extend((
            '>\n<summary><h3>',
            escape(l_1_heading),
            ' <span class="count">',
            escape(l_1_count),
            '</span></h3></summary>\n',
        ))
        if (not l_1_groups):
            pass
            t_12.append(
                '<p class="none">None.</p>',
            )
        for l_2_eg in l_1_groups:
            _loop_vars = {}
            pass
            t_12.extend((
                '<h4>',
                escape(environment.getattr(l_2_eg, 'section')),
                '</h4>\n<ul>\n',
            ))
            for l_3_e in environment.getattr(l_2_eg, 'entries'):
                _loop_vars = {}
                pass
                t_12.extend((
                    '<li><a href="',
                    escape(environment.getattr(l_3_e, 'href')),
                    '">',
                    escape(environment.getattr(l_3_e, 'text')),
                    '</a></li>\n',
                ))
            l_3_e = missing
            t_12.append(
                '</ul>\n',
            )
        l_2_eg = missing
        t_12.append(
            '</details>',
        )
        return concat(t_12)
    context.exported_vars.add('commitments')
    context.vars['commitments'] = l_0_commitments = Macro(environment, macro, 'commitments', ('groups', 'count', 'heading', 'cls'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_rows, l_1_heading, l_1_cls):
        t_13 = []
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_cls is missing:
            l_1_cls = undefined("parameter 'cls' was not provided", name='cls')
        pass
        t_13.extend((
            '<div class="ranked ',
            escape(l_1_cls),
            '">\n<h3>',
            escape(l_1_heading),
            ' <span class="count">',
            escape(t_1(l_1_rows)),
            '</span></h3>\n<ol>\n',
        ))
        for l_2_h in l_1_rows:
            _loop_vars = {}
            pass
            t_13.extend((
                '<li>',
                escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_h, 'html'), environment.getattr(l_2_h, 'href'), _loop_vars=_loop_vars)),
            ))
            if environment.getattr(l_2_h, 'section'):
                pass
                t_13.extend((
                    ' <span class="sec">',
                    escape(environment.getattr(l_2_h, 'section')),
                    '</span>',
                ))
            t_13.append(
                '</li>\n',
            )
        l_2_h = missing
        t_13.append(
            '</ol>\n</div>',
        )
        return concat(t_13)
    context.exported_vars.add('ranked')
    context.vars['ranked'] = l_0_ranked = Macro(environment, macro, 'ranked', ('rows', 'heading', 'cls'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_rows):
        t_14 = []
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        pass
        t_14.extend((
            '<h3>Stances <span class="count">',
            escape(t_1(l_1_rows)),
            '</span></h3>\n<table class="stances">\n<thead><tr><th>policy</th><th>',
            escape(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'old'), 'label')),
            '</th><th></th><th>',
            escape(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'new'), 'label')),
            '</th><th>status</th></tr></thead>\n<tbody>\n',
        ))
        for l_2_s in l_1_rows:
            _loop_vars = {}
            pass
            t_14.extend((
                '<tr class="',
                escape(environment.getattr(l_2_s, 'status')),
                '"><td class="metric">',
                escape(environment.getattr(l_2_s, 'policy')),
                '</td><td',
            ))
            if (not environment.getattr(l_2_s, 'old')):
                pass
                t_14.append(
                    ' class="absent"',
                )
            t_14.append(
                '>',
            )
            if environment.getattr(l_2_s, 'old'):
                pass
                t_14.append(
                    escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(environment.getattr(l_2_s, 'old'), 'phrase'), (None if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'summary') else markup_join(('#o', environment.getattr(environment.getattr(l_2_s, 'old'), 'index'), ))), _loop_vars=_loop_vars)),
                )
            else:
                pass
                t_14.append(
                    '—',
                )
            t_14.append(
                '</td><td class="arrow">→</td><td',
            )
            if (not environment.getattr(l_2_s, 'new')):
                pass
                t_14.append(
                    ' class="absent"',
                )
            t_14.append(
                '>',
            )
            if environment.getattr(l_2_s, 'new'):
                pass
                t_14.append(
                    escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(environment.getattr(l_2_s, 'new'), 'phrase'), (None if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'summary') else markup_join(('#n', environment.getattr(environment.getattr(l_2_s, 'new'), 'index'), ))), _loop_vars=_loop_vars)),
                )
            else:
                pass
                t_14.append(
                    '—',
                )
            t_14.extend((
                '</td><td><span class="badge ',
                escape(environment.getattr(l_2_s, 'status')),
                '">',
                escape(environment.getattr(l_2_s, 'status')),
                '</span></td></tr>\n',
            ))
        l_2_s = missing
        t_14.append(
            '</tbody>\n</table>',
        )
        return concat(t_14)
    context.exported_vars.add('stances')
    context.vars['stances'] = l_0_stances = Macro(environment, macro, 'stances', ('rows',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_rows, l_1_heading, l_1_cls):
        t_15 = []
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_cls is missing:
            l_1_cls = undefined("parameter 'cls' was not provided", name='cls')
        pass
        t_15.extend((
            '<div class="topics ',
            escape(l_1_cls),
            '">\n<h3>',
            escape(l_1_heading),
            ' <span class="count">',
            escape(t_1(l_1_rows)),
            '</span></h3>\n',
        ))
        if (not l_1_rows):
            pass
            t_15.append(
                '<p class="none">None.</p>',
            )
        t_15.append(
            '<ol>\n',
        )
        for l_2_t in l_1_rows:
            _loop_vars = {}
            pass
            t_15.extend((
                '<li>',
                escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_2_t, 'term'), environment.getattr(l_2_t, 'href'), _loop_vars=_loop_vars)),
                ' <span class="tc">',
                escape(environment.getattr(l_2_t, 'old_count')),
                ' → ',
                escape(environment.getattr(l_2_t, 'new_count')),
                '</span></li>\n',
            ))
        l_2_t = missing
        t_15.append(
            '</ol>\n</div>',
        )
        return concat(t_15)
    context.exported_vars.add('topics')
    context.vars['topics'] = l_0_topics = Macro(environment, macro, 'topics', ('rows', 'heading', 'cls'), False, False, False, context.eval_ctx.autoescape)
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'lang'))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data:; style-src '
    yield escape((undefined(name='style_hash') if l_0_style_hash is missing else l_0_style_hash))
    yield '; script-src '
    yield escape((undefined(name='script_hash') if l_0_script_hash is missing else l_0_script_hash))
    yield '; base-uri \'none\'; form-action \'none\'">\n<meta name="generator" content="diffreport '
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'version'))
    yield '">\n<link rel="icon" href="data:,">\n<title>diffreport: '
    yield escape(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'old'), 'label'))
    yield ' → '
    yield escape(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'new'), 'label'))
    yield '</title>\n<style>'
    yield escape((undefined(name='css') if l_0_css is missing else l_0_css))
    yield '</style>\n</head>\n<body'
    if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'view') == 'inline'):
        pass
        yield ' class="inline"'
    yield '>\n<header class="top">\n<h1><span class="lbl">'
    yield escape(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'old'), 'label'))
    yield '</span> → <span class="lbl">'
    yield escape(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'new'), 'label'))
    yield '</span></h1>\n<p class="sub">What changed between two editions — diffreport '
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'version'))
    yield '</p>\n</header>\n<main>\n<section id="summary" class="summary" aria-label="Summary">\n<h2>Summary</h2>\n<table class="editions">\n<thead><tr><th></th><th>label</th><th>file</th><th>language</th><th>characters</th><th>sentences</th><th>sections</th></tr></thead>\n<tbody>\n'
    for (l_1_name, l_1_side) in (('old', environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'old')), ('new', environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'new'))):
        _loop_vars = {}
        pass
        yield '<tr><th>'
        yield escape(l_1_name)
        yield '</th><td class="lbl">'
        yield escape(environment.getattr(l_1_side, 'label'))
        yield '</td><td class="path" title="'
        yield escape(environment.getattr(l_1_side, 'path'))
        yield '">'
        yield escape(context.call((undefined(name='path') if l_0_path is missing else l_0_path), environment.getattr(l_1_side, 'path'), _loop_vars=_loop_vars))
        yield '</td><td data-k="language">'
        yield escape(environment.getattr(l_1_side, 'language'))
        yield '</td><td data-k="characters">'
        yield escape(context.call(environment.getattr('{:,}', 'format'), environment.getattr(l_1_side, 'characters'), _loop_vars=_loop_vars))
        yield '</td><td data-k="sentences">'
        yield escape(environment.getattr(l_1_side, 'sentences'))
        yield '</td><td data-k="sections">'
        yield escape(environment.getattr(l_1_side, 'sections'))
        yield '</td></tr>\n'
    l_1_name = l_1_side = missing
    yield '</tbody>\n</table>\n<p class="counts">sentences:\n'
    for l_1_s in (undefined(name='statuses') if l_0_statuses is missing else l_0_statuses):
        _loop_vars = {}
        pass
        yield '<span class="chip '
        yield escape(l_1_s)
        yield '">'
        yield escape(l_1_s)
        yield ' <b>'
        yield escape(environment.getitem(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'counts'), l_1_s))
        yield '</b></span>\n'
    l_1_s = missing
    yield '</p>\n<p class="counts">sections:\n'
    for (l_1_s, l_1_n) in context.call(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'section_counts'), 'items')):
        _loop_vars = {}
        pass
        yield '<span class="chip '
        yield escape(l_1_s)
        yield '">'
        yield escape(l_1_s)
        yield ' <b>'
        yield escape(l_1_n)
        yield '</b></span>\n'
    l_1_s = l_1_n = missing
    yield '</p>\n'
    for l_1_w in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'warnings'):
        _loop_vars = {}
        pass
        yield '<p class="warning">warning: '
        yield escape(l_1_w)
        yield '</p>\n'
    l_1_w = missing
    l_0_hl = environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'highlights')
    context.vars['hl'] = l_0_hl
    context.exported_vars.add('hl')
    if environment.getattr((undefined(name='hl') if l_0_hl is missing else l_0_hl), 'any'):
        pass
        yield '<h2 id="highlights">Highlights</h2>'
    if environment.getattr((undefined(name='hl') if l_0_hl is missing else l_0_hl), 'stances'):
        pass
        yield escape(context.call((undefined(name='stances') if l_0_stances is missing else l_0_stances), environment.getattr((undefined(name='hl') if l_0_hl is missing else l_0_hl), 'stances')))
        yield '\n'
    yield '<h3>Changed targets <span class="count">'
    yield escape(t_1(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'targets')))
    yield '</span></h3>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'targets'):
        pass
        yield escape(context.call((undefined(name='numbers_table') if l_0_numbers_table is missing else l_0_numbers_table), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'targets'), 'Targets that changed, appeared or were dropped'))
        yield '\n'
    else:
        pass
        yield '<p class="none">No changed targets found.</p>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'unchanged_targets'):
        pass
        yield '<details class="block"><summary>Unchanged targets <span class="count">'
        yield escape(t_1(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'unchanged_targets')))
        yield '</span></summary>\n'
        yield escape(context.call((undefined(name='numbers_table') if l_0_numbers_table is missing else l_0_numbers_table), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'unchanged_targets'), 'Targets that stayed the same'))
        yield '\n</details>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'actuals'):
        pass
        yield '<details class="block"><summary>Reported results that differ <span class="count">'
        yield escape(t_1(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'actuals')))
        yield '</span></summary>\n'
        yield escape(context.call((undefined(name='numbers_table') if l_0_numbers_table is missing else l_0_numbers_table), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'actuals'), 'Figures reported as results'))
        yield '\n</details>\n'
    if (environment.getattr((undefined(name='hl') if l_0_hl is missing else l_0_hl), 'new') or environment.getattr((undefined(name='hl') if l_0_hl is missing else l_0_hl), 'dropped')):
        pass
        yield '<div class="twocol highlights">\n'
        if environment.getattr((undefined(name='hl') if l_0_hl is missing else l_0_hl), 'new'):
            pass
            yield escape(context.call((undefined(name='ranked') if l_0_ranked is missing else l_0_ranked), environment.getattr((undefined(name='hl') if l_0_hl is missing else l_0_hl), 'new'), markup_join(('New in ', environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'new'), 'label'), )), 'new'))
        else:
            pass
            yield '<div></div>'
        if environment.getattr((undefined(name='hl') if l_0_hl is missing else l_0_hl), 'dropped'):
            pass
            yield escape(context.call((undefined(name='ranked') if l_0_ranked is missing else l_0_ranked), environment.getattr((undefined(name='hl') if l_0_hl is missing else l_0_hl), 'dropped'), markup_join(('Dropped since ', environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'old'), 'label'), )), 'dropped'))
        yield '</div>\n'
    if environment.getattr((undefined(name='hl') if l_0_hl is missing else l_0_hl), 'priorities'):
        pass
        yield '<h3>Priorities <span class="count">'
        yield escape(t_1(environment.getattr((undefined(name='hl') if l_0_hl is missing else l_0_hl), 'priorities')))
        yield '</span></h3>\n<table class="priorities">\n<thead><tr><th>'
        yield escape(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'new'), 'label'))
        yield ' ← '
        yield escape(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'old'), 'label'))
        yield '</th><th>task</th></tr></thead>\n<tbody>\n'
        for l_1_p in environment.getattr((undefined(name='hl') if l_0_hl is missing else l_0_hl), 'priorities'):
            _loop_vars = {}
            pass
            yield '<tr><td class="places">'
            yield escape(environment.getattr(l_1_p, 'places'))
            yield '</td><td>'
            yield escape(context.call((undefined(name='link') if l_0_link is missing else l_0_link), environment.getattr(l_1_p, 'heading'), environment.getattr(l_1_p, 'href'), _loop_vars=_loop_vars))
            yield '</td></tr>\n'
        l_1_p = missing
        yield '</tbody>\n</table>\n'
    if environment.getattr((undefined(name='hl') if l_0_hl is missing else l_0_hl), 'changed'):
        pass
        yield '<h3>Changed wording <span class="count">'
        yield escape(t_1(environment.getattr((undefined(name='hl') if l_0_hl is missing else l_0_hl), 'changed')))
        yield '</span></h3>\n<ul class="changed">\n'
        for l_1_m in environment.getattr((undefined(name='hl') if l_0_hl is missing else l_0_hl), 'changed'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.getattr(l_1_m, 'html'))
            if environment.getattr(l_1_m, 'new_href'):
                pass
                yield ' <a class="to" href="'
                yield escape(environment.getattr(l_1_m, 'new_href'))
                yield '">↗</a>'
            if environment.getattr(l_1_m, 'section'):
                pass
                yield ' <span class="sec">'
                yield escape(environment.getattr(l_1_m, 'section'))
                yield '</span>'
            yield '</li>\n'
        l_1_m = missing
        yield '</ul>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'summary'):
        pass
        yield '<p class="counts">commitments: <span class="chip added">new <b>'
        yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'new_commitment_count'))
        yield '</b></span> <span class="chip removed">dropped <b>'
        yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'dropped_commitment_count'))
        yield '</b></span></p>\n'
    else:
        pass
        yield '<div class="twocol">\n'
        yield escape(context.call((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'new_commitments'), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'new_commitment_count'), 'New commitments', 'new'))
        yield '\n'
        yield escape(context.call((undefined(name='commitments') if l_0_commitments is missing else l_0_commitments), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'dropped_commitments'), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'dropped_commitment_count'), 'Dropped commitments', 'dropped'))
        yield '\n</div>\n'
    yield '<div class="twocol">\n'
    yield escape(context.call((undefined(name='topics') if l_0_topics is missing else l_0_topics), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'new_topics'), 'New topics', 'new'))
    yield '\n'
    yield escape(context.call((undefined(name='topics') if l_0_topics is missing else l_0_topics), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'dropped_topics'), 'Dropped topics', 'dropped'))
    yield '\n</div>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'summary'):
        pass
        yield '<p class="none">Summary: the sentence-by-sentence text is left out (the full report shows it).</p>'
    yield '</section>\n'
    if (not environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'summary')):
        pass
        yield '<section id="text" class="text" aria-label="Text side by side">\n<div class="toolbar" id="toolbar">\n<div class="views" role="group" aria-label="Layout"><button type="button" data-view="side" aria-pressed="'
        yield escape(('false' if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'view') == 'inline') else 'true'))
        yield '">Side by side</button><button type="button" data-view="inline" aria-pressed="'
        yield escape(('true' if (environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'view') == 'inline') else 'false'))
        yield '">Inline</button></div>\n<div class="filters" role="group" aria-label="Show only">\n<span class="fl">Show only:</span>\n'
        for l_1_s in ('added', 'removed', 'modified', 'moved'):
            _loop_vars = {}
            pass
            yield '<label class="chip '
            yield escape(l_1_s)
            yield '"><input type="checkbox" data-filter="'
            yield escape(l_1_s)
            yield '"> '
            yield escape(l_1_s)
            yield ' <b>'
            yield escape(environment.getitem(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'counts'), l_1_s))
            yield '</b></label>\n'
        l_1_s = missing
        yield '<label class="chip num"><input type="checkbox" data-filter="num"> changed numbers <b>'
        yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'numbers_changed'))
        yield '</b></label>\n</div>\n<div class="actions">\n<button type="button" id="expand-all">Expand unchanged</button>\n<button type="button" id="collapse-all">Collapse unchanged</button>\n<span class="keys" title="Keyboard: n next change, p previous change"><kbd>n</kbd>/<kbd>p</kbd> next/previous change</span>\n</div>\n<div class="colheads" aria-hidden="true"><div>'
        yield escape(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'old'), 'label'))
        yield ' <span class="side">old</span></div><div>'
        yield escape(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'new'), 'label'))
        yield ' <span class="side">new</span></div></div>\n</div>\n<div class="layout">\n<nav class="toc" aria-label="Sections">\n<a class="totop" href="#summary">↑ Summary</a>\n<ol>\n'
        for l_1_g in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'groups'):
            _loop_vars = {}
            pass
            yield '<li class="lv'
            yield escape(environment.getattr(l_1_g, 'level'))
            yield ' '
            yield escape(environment.getattr(l_1_g, 'status'))
            yield escape((' quiet' if ((not environment.getattr(l_1_g, 'changes')) and (environment.getattr(l_1_g, 'status') == 'matched')) else cond_expr_undefined("the inline if-expression on line 219 in 'report.html.j2' evaluated to false and no else section was defined.")))
            yield '" data-for="'
            yield escape(environment.getattr(l_1_g, 'anchor'))
            yield '"><a href="#'
            yield escape(environment.getattr(l_1_g, 'anchor'))
            yield '">'
            yield escape(context.call((undefined(name='title') if l_0_title is missing else l_0_title), l_1_g, _loop_vars=_loop_vars))
            yield '</a>'
            if environment.getattr(l_1_g, 'changes'):
                pass
                yield ' <span class="nc">'
                yield escape(environment.getattr(l_1_g, 'changes'))
                yield '</span>'
            yield '</li>\n'
        l_1_g = missing
        yield '</ol>\n</nav>\n<div class="groups">\n'
        for l_1_g in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'groups'):
            _loop_vars = {}
            pass
            yield '<section class="group '
            yield escape(environment.getattr(l_1_g, 'status'))
            yield '" id="'
            yield escape(environment.getattr(l_1_g, 'anchor'))
            yield '">\n<h3 class="gh"><span class="gt">'
            yield escape(context.call((undefined(name='title') if l_0_title is missing else l_0_title), l_1_g, _loop_vars=_loop_vars))
            yield '</span> <span class="badge '
            yield escape(environment.getattr(l_1_g, 'status'))
            yield '">'
            yield escape(environment.getattr(l_1_g, 'status'))
            yield '</span>'
            if environment.getattr(l_1_g, 'changes'):
                pass
                yield ' <span class="nc">'
                yield escape(environment.getattr(l_1_g, 'changes'))
                yield ' changed</span>'
            yield '</h3>\n'
            for l_2_item in environment.getitem(l_1_g, 'items'):
                _loop_vars = {}
                pass
                if t_3(environment.getattr(l_2_item, 'old')):
                    pass
                    yield escape(context.call((undefined(name='block') if l_0_block is missing else l_0_block), l_2_item, _loop_vars=_loop_vars))
                    yield '\n'
                elif t_3(environment.getattr(l_2_item, 'rows')):
                    pass
                    yield '<details class="same"'
                    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'show_all'):
                        pass
                        yield ' open'
                    yield '><summary>'
                    yield escape(t_1(environment.getattr(l_2_item, 'rows')))
                    yield ' unchanged sentences</summary>\n'
                    for l_3_r in environment.getattr(l_2_item, 'rows'):
                        _loop_vars = {}
                        pass
                        yield escape(context.call((undefined(name='row') if l_0_row is missing else l_0_row), l_3_r, _loop_vars=_loop_vars))
                        yield '\n'
                    l_3_r = missing
                    yield '</details>\n'
                else:
                    pass
                    yield escape(context.call((undefined(name='row') if l_0_row is missing else l_0_row), l_2_item, _loop_vars=_loop_vars))
                    yield '\n'
            l_2_item = missing
            yield '</section>\n'
        l_1_g = missing
        yield '</div>\n</div>\n</section>\n'
    yield '</main>\n<script>'
    yield escape((undefined(name='js') if l_0_js is missing else l_0_js))
    yield '</script>\n</body>\n</html>\n'

blocks = {}
debug_info = '2=42&3=47&4=52&5=57&6=65&10=72&11=79&14=88&15=95&16=99&17=111&18=123&22=136&23=142&24=145&26=153&29=161&30=166&34=177&35=182&40=196&41=203&43=220&45=229&46=231&48=236&49=241&54=287&55=300&56=310&57=315&58=320&59=325&61=328&62=333&68=349&69=360&70=362&72=367&73=372&78=391&79=398&81=400&83=405&84=410&89=468&90=479&91=481&92=486&94=494&95=499&101=514&105=516&106=520&108=522&109=526&111=528&113=532&114=536&122=538&123=542&128=560&131=572&133=584&134=588&136=591&137=594&138=597&139=599&141=602&142=604&143=606&147=611&148=614&149=616&152=618&153=621&154=623&157=625&159=628&160=634&163=638&164=641&166=643&168=647&169=651&174=657&175=660&177=662&178=666&182=680&183=683&186=690&187=692&191=695&192=697&194=699&196=703&199=706&202=710&203=714&205=724&212=726&218=730&219=734&224=753&225=757&226=761&227=773&228=776&229=778&230=780&231=783&232=789&233=792&237=798&247=805'