"""Builds the house-styles set from tools/specs/*.py: writes text/NAME.txt, attributions/NAME_0000.ann and
NAME.labels.json. Each spec holds the article (straight quotes, turned curly here one character for one, so
offsets do not move) and its attributions as the exact strings of source, cue and content; every span is
located in the text by this script (word-bounded, unique within the given context or the content's
paragraph, else it stops), never counted by hand. usage: python3 tools/build.py [tools/specs/NN_x.py ...]"""
import sys, os, re, json, glob, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import A
OUT = os.path.dirname(HERE)
ALLOWED = set(chr(c) for c in range(32, 127)) | set('\n\u201c\u201d\u2018\u2019\u2014\u2013')

def curly(t):
    out = []
    for i, ch in enumerate(t):
        p = t[i-1] if i else '\n'
        if ch == '"':
            out.append('\u201c' if (p.isspace() or p in '([\u2014\u2013\u2018') else '\u201d')
        elif ch == "'":
            out.append('\u2018' if (p.isspace() or p in '([\u2014\u201c"') else '\u2019')
        else:
            out.append(ch)
    return ''.join(out)

def isw(c): return c.isalnum()

def find_in(text, piece, lo, hi, what):
    occ = 1
    m = re.match(r'^(.*)@@(\d+)$', piece, re.S)
    if m: piece, occ = m.group(1), int(m.group(2))
    hits = []
    start = lo
    while True:
        i = text.find(piece, start, hi)
        if i < 0: break
        j = i + len(piece)
        okl = not (isw(piece[0]) and i > 0 and isw(text[i-1]))
        okr = not (isw(piece[-1]) and j < len(text) and isw(text[j]))
        if okl and okr: hits.append(i)
        start = i + 1
    if not hits: raise SystemExit(f'{what}: not found: {piece!r}')
    if len(hits) > 1 and not m: raise SystemExit(f'{what}: ambiguous ({len(hits)}): {piece!r}')
    if occ > len(hits): raise SystemExit(f'{what}: occurrence {occ} missing: {piece!r}')
    i = hits[occ-1]
    return [i, i + len(piece)]

def build(path):
    spec = importlib.util.spec_from_file_location('m', path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    name, raw = m.NAME, m.TEXT.strip('\n') + '\n'
    raw = '\n'.join(l.rstrip() for l in raw.split('\n'))
    text = curly(raw)
    bad = set(text) - ALLOWED
    if bad: raise SystemExit(f'{name}: bad chars {bad}')
    ann, labels, tn = [], [], 0
    for en, a in enumerate(m.ATTRS, 1):
        what = f'{name} E{en}'
        lo, hi = 0, len(raw)
        if a.ctx:
            c = raw.count(a.ctx)
            if c != 1: raise SystemExit(f'{what}: ctx count {c}: {a.ctx!r}')
            lo = raw.find(a.ctx); hi = lo + len(a.ctx)
        def loc(piece):
            if a.ctx:
                try: return find_in(raw, piece, lo, hi, what)
                except SystemExit as e:
                    if 'not found' not in str(e): raise
            return find_in(raw, piece, 0, len(raw), what)
        cont = [loc(p) for p in a.content]
        if not a.ctx:
            c0 = cont[0][0]
            lo = raw.rfind('\n\n', 0, c0); lo = 0 if lo < 0 else lo + 2
            hi = raw.find('\n\n', c0); hi = len(raw) if hi < 0 else hi
            a.ctx = raw[lo:hi]
        src = loc(a.src) if a.src else None
        cue = loc(a.cue)
        roles = []
        def T(kind, ranges):
            nonlocal tn
            tn += 1
            rs = ';'.join(f'{s} {e}' for s, e in ranges)
            ann.append(f'T{tn}\t{kind} {rs}\t' + ' '.join(text[s:e] for s, e in ranges))
            return f'T{tn}'
        ts = T('Source', [src]) if src else None
        tc = T('Cue', [cue])
        tco = T('Content', cont)
        kind = 'Attribution' if src else 'Attribution-no-source'
        ta = T(kind, [cue])
        ann.append(f'E{en}\t{kind}:{ta} Content:{tco} Cue:{tc}' + (f' Source:{ts}' if ts else ''))
        assert (a.key is None) == (a.src is None) or a.typ in ('none',), what
        assert a.typ in ('person','organisation','anonymous','group','document','none'), what
        assert a.check in ('CFS','UFS','NFS'), what
        if a.src is None: assert a.key is None and a.typ == 'none', what
        labels.append(dict(attribution=f'E{en}', content=cont, source=[src] if src else None,
                           speakerKey=a.key, speakerType=a.typ, check=a.check))
    # overlapping identical contents check
    seen = {}
    for l in labels:
        k = json.dumps(l['content'])
        if k in seen: print(f'WARN {name}: same content {l["attribution"]} {seen[k]}')
        seen[k] = l['attribution']
    labels.sort(key=lambda l: (l['content'][0][0], int(l['attribution'][1:])))
    os.makedirs(f'{OUT}/text', exist_ok=True); os.makedirs(f'{OUT}/attributions', exist_ok=True)
    open(f'{OUT}/text/{name}.txt', 'w', encoding='utf-8').write(text)
    open(f'{OUT}/attributions/{name}_0000.ann', 'w', encoding='utf-8').write('\n'.join(ann) + '\n')
    open(f'{OUT}/{name}.labels.json', 'w', encoding='utf-8').write('[' + ',\n'.join(json.dumps(l, separators=(',', ':')) for l in labels) + ']\n')
    words = len(re.findall(r"\S+", text))
    print(f'{name:40s} {words:4d} words {len(labels):3d} attributions  style={m.STYLE}')
    return name, m.STYLE, words, labels

if __name__ == '__main__':
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, 'specs', '*.py')))
    res = [build(f) for f in files]
    print(f'{len(res)} articles, {sum(len(l) for *_, l in res)} attributions')
