"""scikit-learn reference for graph-api's L2-regularised logistic regression
(fitLogistic in graph-api/src/domain/opportunities/partnership-model.ts).

Reads JSON on stdin:
    {"rows": [[x1, ...], ...], "labels": [0 or 1, ...], "weights": [s, ...], "C": C}
fits sklearn.linear_model.LogisticRegression(C=C) with the sample weights,
its Newton–Cholesky solver run to a tolerance of 1e-14 (the objective,
Σ s·logloss + ‖w‖² / (2C), is strictly convex: its optimum is unique), and
prints JSON:
    {"sklearn": version, "intercept": b, "coef": [w1, ...]}

Used by tests/integration/logistic-regression-sklearn.int.test.ts.
Install: python3 -m pip install -r tests/networkx/requirements.txt
"""

import json
import sys

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression


def main() -> None:
    request = json.load(sys.stdin)
    X = np.array(request["rows"], dtype=float)
    y = np.array(request["labels"], dtype=int)
    s = np.array(request["weights"], dtype=float)
    model = LogisticRegression(C=request["C"], solver="newton-cholesky", tol=1e-14, max_iter=1000)
    model.fit(X, y, sample_weight=s)
    json.dump(
        {"sklearn": sklearn.__version__, "intercept": float(model.intercept_[0]), "coef": model.coef_[0].tolist()},
        sys.stdout,
    )


if __name__ == "__main__":
    main()
