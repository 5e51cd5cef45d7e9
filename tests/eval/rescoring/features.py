"""Features of an engine run's top hits, computed on the analyzer's own tokens (see cv.py for how to run)."""
import collections
import json
import math
import re

# Analysis/QuestionWords.cs and Lucene's French stop words, folded, as the engine uses them.
QUESTION = set("combien comment pourquoi quand quoi ou lequel laquelle lesquels lesquelles auquel auxquels "
               "auxquelles duquel desquels desquelles dont quelle quelles quel quels a t il elle ils elles on ce "
               "est sont fut furent etait etaient peut faut fait y".split())
STOP = set("au aux avec ce ces dans de des du elle en et eux il je la le leur lui ma mais me meme mes moi mon ne "
           "nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre "
           "vous c d j l a m n s t y ete etee etees etes etant suis es est sommes sont serai seras sera serons "
           "serez seront serais serait serions seriez seraient etais etait etions etiez etaient fus fut fumes "
           "futes furent sois soit soyons soyez soient fusse fusses fussions fussiez fussent ayant eu eue eues "
           "eus ai as avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient "
           "avais avait avions aviez avaient eut eumes eutes eurent aie aies ait ayons ayez aient eusse eusses "
           "eussions eussiez eussent ceci cela cet cette ici ils les leurs quel quels quelle quelles sans soi".split())
SMALL = STOP | QUESTION
YEAR = re.compile(r'\b(1[0-9]{3}|20[0-9]{2})\b')
DIGIT = re.compile(r'\d')
NAME = re.compile(r'(?<![.!?]\s)(?<!^)\b[A-ZÉÈÀÂÎÔ][a-zéèêàâîôûç]+')


def load(tokens_dir, run_file, qrels_file):
    docs = {d['id']: d for d in map(json.loads, open(f'{tokens_dir}/docs.jsonl'))}
    queries = {q['id']: q for q in map(json.loads, open(f'{tokens_dir}/queries.jsonl'))}
    run = collections.defaultdict(list)
    for line in open(run_file):
        qid, _, doc, _, score, _ = line.split()
        run[qid].append((doc, float(score)))
    relevant = collections.defaultdict(set)
    for line in open(qrels_file):
        qid, _, doc, grade = line.split()
        if int(grade) > 0:
            relevant[qid].add(doc)
    return docs, queries, run, relevant


def grams(word, n=4):
    word = '_' + word + '_'
    return {word[i:i + n] for i in range(max(1, len(word) - n + 1))}


def dice(a, b):
    return 2 * len(a & b) / (len(a) + len(b))


class Corpus:
    def __init__(self, docs):
        self.docs, self.n = docs, len(docs)
        self.df, self.dfe = collections.Counter(), collections.Counter()
        for d in docs.values():
            d['set'] = set(d['bs']) | set(d['ts'])
            d['tset'] = set(d['ts'])
            d['eset'] = set(d['be']) | set(d['te'])
            d['pairs'] = set(zip(d['be'], d['be'][1:])) | set(zip(d['te'], d['te'][1:]))
            d['triples'] = set(zip(d['be'], d['be'][1:], d['be'][2:])) | set(zip(d['te'], d['te'][1:], d['te'][2:]))
            d['skips'] = set(zip(d['be'], d['be'][2:])) | set(zip(d['te'], d['te'][2:]))
            self.df.update(d['set'])
            self.dfe.update(d['eset'])

    def idf(self, term, exact=False):
        df = (self.dfe if exact else self.df).get(term, 0)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))


def question_type(text):
    t = text.lower()
    if re.search(r'\b(quelle ann[ée]e|en quelle|quand|quelle date|quel si[eè]cle|à quelle époque)\b', t):
        return 'date'
    if re.search(r'\bcombien\b|\bquel (nombre|pourcentage|montant)\b|\bquelle (superficie|somme|taille|population)\b', t):
        return 'number'
    if re.search(r'^\s*(qui|par qui|de qui|à qui)\b|\bqui (est|était|a|fut)\b', t):
        return 'who'
    return 'other'


def window(stream, wanted, size, idf):
    """The best rarity sum of distinct query stems inside any window of `size` tokens."""
    at = [(i, t) for i, t in enumerate(stream) if t in wanted]
    best = 0
    for a in range(len(at)):
        seen = {t for i, t in at[a:] if i - at[a][0] < size}
        best = max(best, sum(idf[t] for t in seen))
    return best


def features(corpus, query, hits, depth):
    exact = query['qe']
    drop = any(w not in SMALL for w in exact)
    stems = list(dict.fromkeys(t for t in query['qs'] if not (drop and t in QUESTION)))
    idf = {t: corpus.idf(t) for t in stems}
    total = sum(idf.values()) or 1
    content = [w for w in exact if w not in SMALL]
    etotal = sum(corpus.idf(w, True) for w in set(content)) or 1
    pairs = [p for p in zip(exact, exact[1:]) if not (p[0] in SMALL and p[1] in SMALL)]
    pair_idf = [max(corpus.idf(a, True), corpus.idf(b, True)) for a, b in pairs]
    triples = [t for t in zip(exact, exact[1:], exact[2:]) if any(w not in SMALL for w in t)]
    skips = [(a, c) for a, _, c in zip(exact, exact[1:], exact[2:]) if a not in SMALL and c not in SMALL]
    located = [(i, w) for i, w in enumerate(exact) if w not in SMALL]
    gapped = [(a, b, j - i) for (i, a), (j, b) in zip(located, located[1:])]
    kind = question_type(query['q'])
    best = max((s for _, s in hits), default=1)
    rows = []
    for doc_id, score in hits[:depth]:
        d = corpus.docs[doc_id]
        f = {'score': score / best}
        f['cov'] = sum(idf[t] for t in stems if t in d['set']) / total
        f['tcov'] = sum(idf[t] for t in stems if t in d['tset']) / total
        for size in (8, 16, 32):
            f[f'win{size}'] = window(d['bs'], set(stems), size, idf) / total
        f['exact'] = sum(corpus.idf(w, True) for w in set(content) if w in d['eset']) / etotal
        sub = prefix = sub4 = 0
        for w in set(content):
            if w in d['eset']:
                continue
            g = grams(w)
            close = max((dice(g, grams(v)) for v in d['eset'] if v[:2] == w[:2] and abs(len(v) - len(w)) <= 5), default=0)
            close4 = max((dice(g, grams(v)) for v in d['eset'] if len(w) >= 4 and v[:4] == w[:4]), default=0)
            shares = any(len(w) >= 5 and len(v) >= 5 and v[:5] == w[:5] for v in d['eset'])
            weight = corpus.idf(w, True)
            sub += weight * (close if close >= 0.5 else 0)
            sub4 += weight * (close4 if close4 >= 0.5 else 0)
            prefix += weight * shares
        f['sub'], f['sub4'], f['pre'] = sub / etotal, sub4 / etotal, prefix / etotal
        f['big'] = sum(p in d['pairs'] for p in pairs) / len(pairs) if pairs else 0
        f['bigw'] = sum(w for p, w in zip(pairs, pair_idf) if p in d['pairs']) / sum(pair_idf) if pairs else 0
        f['tri'] = sum(t in d['triples'] for t in triples) / len(triples) if triples else 0
        f['skip'] = sum(s in d['skips'] or s in d['pairs'] for s in skips) / len(skips) if skips else 0
        positions = collections.defaultdict(set)
        for i, w in enumerate(d['be']):
            positions[w].add(i)
        for i, w in enumerate(d['te']):
            positions[w].add(10000 + i)
        f['big2'] = sum(any(p + g in positions[b] for p in positions[a]) for a, b, g in gapped) / len(gapped) if gapped else 0
        f['year'] = float(kind == 'date' and bool(YEAR.search(d['body'])))
        f['num'] = float(kind == 'number' and bool(DIGIT.search(d['body'])))
        f['who'] = min(len(NAME.findall(d['body'])), 10) / 10 if kind == 'who' else 0
        f['len'] = math.log(1 + len(d['bs']))
        rows.append((doc_id, f))
    # Hits below the depth keep their order and score, below every rescored hit.
    rows += [(doc_id, {'score': score / best, 'rest': 1}) for doc_id, score in hits[depth:]]
    return rows
