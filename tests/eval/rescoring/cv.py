"""Cross-validated rescoring of an engine run: score / best score + sum(weight * feature) over the top hits,
weights fitted by coordinate ascent over a grid on 4 folds of the questions and scored on the 5th.

  dotnet tests/NewsSearch.Benchmarks/bin/Release/net10.0/NewsSearch.Benchmarks.dll tokens \\
      ../shared/eval/piaf-dev/corpus.jsonl ../shared/eval/piaf-dev/queries.tsv /tmp/piaf-tokens
  newssearch run --queries ../shared/eval/piaf-dev/queries.tsv --index /tmp/piaf --top 100 > /tmp/piaf.trec
  python3 tests/eval/rescoring/cv.py /tmp/piaf-tokens /tmp/piaf.trec ../shared/eval/piaf-dev/qrels.tsv cov,big --depth 30

Prints the held-out nDCG@10 and MRR@10, each fold's weights, and the weights fitted on every question.
(The run should come from an engine with the rescoring off: RankingOptions.RescoreDepth = 0, or a build before it.)"""
import argparse
import math
import random

from features import Corpus, features, load

GRID = [-1, -0.5, -0.3, -0.2, -0.1, -0.05, 0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3]


def ndcg10(ranked, relevant):
    dcg = sum(1 / math.log2(i + 2) for i, d in enumerate(ranked[:10]) if d in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(10, len(relevant))))
    return dcg / ideal if ideal else 0


def mrr10(ranked, relevant):
    return next((1 / (i + 1) for i, d in enumerate(ranked[:10]) if d in relevant), 0)


def mean(data, weights, qids, metric=ndcg10):
    total = 0
    for qid in qids:
        rows, relevant = data[qid]
        ranked = sorted(rows, key=lambda r: -(r[1]['score'] + (0 if 'rest' in r[1] else sum(w * r[1][k] for k, w in weights.items()))))
        total += metric([d for d, _ in ranked], relevant)
    return total / len(qids)


def fit(data, names, qids):
    weights = dict.fromkeys(names, 0.0)
    best = mean(data, weights, qids)
    for _ in range(3):
        improved = False
        for name in names:
            for value in GRID:
                old, weights[name] = weights[name], value
                score = mean(data, weights, qids)
                if score > best + 1e-6:
                    best, improved = score, True
                else:
                    weights[name] = old
        if not improved:
            break
    return weights


def main():
    args = argparse.ArgumentParser()
    args.add_argument('tokens')
    args.add_argument('run')
    args.add_argument('qrels')
    args.add_argument('features', help='comma-separated, e.g. cov,big')
    args.add_argument('--depth', type=int, default=100)
    args.add_argument('--folds', type=int, default=5)
    a = args.parse_args()
    docs, queries, run, relevant = load(a.tokens, a.run, a.qrels)
    corpus = Corpus(docs)
    data = {qid: (features(corpus, queries[qid], run.get(qid, []), a.depth), relevant[qid]) for qid in queries if qid in relevant}
    names = a.features.split(',')
    qids = sorted(data)
    print(f'run as given: ndcg@10={mean(data, {}, qids):.4f} mrr@10={mean(data, {}, qids, mrr10):.4f}')
    shuffled = qids[:]
    random.Random(7).shuffle(shuffled)
    folds = [shuffled[i::a.folds] for i in range(a.folds)]
    held = held_mrr = 0
    for i, fold in enumerate(folds):
        weights = fit(data, names, [q for j, f in enumerate(folds) if j != i for q in f])
        held += mean(data, weights, fold) * len(fold)
        held_mrr += mean(data, weights, fold, mrr10) * len(fold)
        print(f'fold {i}: held-out ndcg@10={mean(data, weights, fold):.4f} weights {weights}')
    print(f'held-out: ndcg@10={held / len(qids):.4f} mrr@10={held_mrr / len(qids):.4f}')
    print(f'fitted on every question: {fit(data, names, qids)}')


if __name__ == '__main__':
    main()
