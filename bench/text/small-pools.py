#!/usr/bin/env python3
"""A service's first statements: claim matching on pools of 5, 10, 20 and 100 claims, with the shipped background
word counts and with the pool's own counts only (docs/text-engine.md, "Few statements").

Each draw takes N train + dev tweets of ../shared/eval/claim-matching, indexes only their relevant claims, and
matches the N tweets (they should find their claim), 50 tweets repeating a claim outside the pool and 50 MArSum
headlines (neither should). Background "news" counts the even-numbered MArSum articles and the headlines come
from the odd ones, so that no headline's own article is in the background. Needs text/target/tawasul-text.jar
(./mvnw -pl text package) and a JDK 21+ (JAVA_HOME or /usr/lib/jvm). Usage: small-pools.py [draws, default 20]
"""
import csv, glob, json, os, random, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
d = ROOT
while d != '/' and not os.path.isdir(os.path.join(d, 'shared', 'eval', 'claim-matching')):
    d = os.path.dirname(d)
E = os.path.join(d, 'shared', 'eval')
JAR = os.environ.get('TAWASUL_TEXT_JAR', os.path.join(ROOT, 'text', 'target', 'tawasul-text.jar'))
JAVA = os.path.join(os.environ['JAVA_HOME'], 'bin', 'java') if os.environ.get('JAVA_HOME') else \
    sorted(glob.glob('/usr/lib/jvm/*2[1-9]*/bin/java'))[-1]
SUGGEST, CONFIRM = 0.04, 0.90
csv.field_size_limit(10**9)


def tsv(path):
    with open(path, encoding='utf-8') as f:
        rows = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
        header = next(rows)
        return [dict(zip(header, r)) for r in rows]


claims = {c['id']: c for c in tsv(f'{E}/claim-matching/claims.tsv')}
relevant = {}
for part in ('dev', 'train'):
    for line in open(f'{E}/claim-matching/qrels-{part}.txt'):
        q, _, c, _ = line.split()
        relevant.setdefault(q, set()).add(c)
tweets = [t for t in tsv(f'{E}/claim-matching/queries-dev.tsv') + tsv(f'{E}/claim-matching/queries-train.tsv')
          if relevant.get(t['id'], set()) & claims.keys()]
story = {}
for line in open(f'{E}/news-search/qrels.txt'):
    q, _, a, _ = line.split()
    story[q] = a
repeats = {'goud-0011', 'goud-0929'}  # Moncef Slaoui's appointment repeats a claim of the pool
headlines = [h for h in tsv(f'{E}/news-search/queries.tsv')
             if story[h['id']] not in repeats and int(story[h['id']][-4:]) % 2 == 1]
articles = [a for a in tsv(f'{E}/news-search/articles.tsv') if int(a['id'][-4:]) % 2 == 0]
draws = int(sys.argv[1]) if len(sys.argv) > 1 else 20
work = tempfile.mkdtemp(prefix='small-pools-')
with open(f'{work}/none.tsv', 'w') as f:
    f.write('id\ttext\n')
with open(f'{work}/news.tsv', 'w') as f:
    f.write('id\ttitle\ttext\n')
    for a in articles:
        f.write(f"{a['id']}\t{a['title']}\t{a['text']}\n")

print('| claims | background | right top-1 | suggest | confirm | other tweets suggest | confirm '
      '| headlines suggest | confirm |')
print('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
for size in (5, 10, 20, 100):
    for background in ('none', 'news'):
        n = dict(right=0, sug=0, con=0, other=0, osug=0, ocon=0, head=0, hsug=0, hcon=0)
        for draw in range(draws):
            rnd = random.Random(1000 * size + draw)
            drawn = rnd.sample(tweets, size)
            pool = sorted({c for t in drawn for c in relevant[t['id']] if c in claims})
            others = rnd.sample([t for t in tweets if not relevant[t['id']] & set(pool)], 50)
            heads = rnd.sample(headlines, 50)
            with open(f'{work}/docs.tsv', 'w') as f:
                f.write('id\ttitle\ttext\n')
                for c in pool:
                    f.write(f"{c}\t{claims[c]['title']}\t{claims[c]['text']}\n")
            with open(f'{work}/queries.tsv', 'w') as f:
                f.write('id\ttext\n')
                for kind, rows in (('q', drawn), ('o', others), ('h', heads)):
                    for r in rows:
                        f.write(f"{kind}:{r['id']}\t{r['text']}\n")
            subprocess.run([JAVA, '-jar', JAR, 'match', '--docs', f'{work}/docs.tsv', '--queries',
                            f'{work}/queries.tsv', '--background', f'{work}/{background}.tsv', '--out',
                            f'{work}/run.txt', '--top', '1'], check=True, capture_output=True)
            top = {}
            for line in open(f'{work}/run.txt'):
                q, _, c, _, score, _ = line.split()
                top[q] = (c, float(score))
            for t in drawn:
                c, s = top.get('q:' + t['id'], (None, 0.0))
                if c in relevant[t['id']]:
                    n['right'] += 1
                    n['sug'] += s >= SUGGEST
                    n['con'] += s >= CONFIRM
            for kind, rows, key in (('o', others, 'o'), ('h', heads, 'h')):
                for r in rows:
                    s = top.get(f'{kind}:' + r['id'], (None, 0.0))[1]
                    n['other' if key == 'o' else 'head'] += 1
                    n[key + 'sug'] += s >= SUGGEST
                    n[key + 'con'] += s >= CONFIRM
        pct = lambda a, b: f'{100.0 * a / b:.1f}%' if b else '-'
        print(f"| {size} | {background} | {n['right']} / {size * draws} | {pct(n['sug'], n['right'])} "
              f"| {pct(n['con'], n['right'])} | {pct(n['osug'], n['other'])} | {n['ocon']} / {n['other']} "
              f"| {pct(n['hsug'], n['head'])} | {n['hcon']} / {n['head']} |", flush=True)
