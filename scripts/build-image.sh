#!/bin/sh
# The deployment image's build (Dockerfile), in the folder holding the repository: the
# same `npm run build` as a fresh clone, so every part of the product (the API, the
# explorer, the partners' widget, GraphiQL) is in the image; then the dev dependencies go.
# tests/integration/deploy-image.int.test.ts replays the Dockerfile, and so this script,
# in a clean copy of the working tree and checks what the result serves.
set -eu
npm ci --no-audit --no-fund
npm run build
npm prune --omit=dev --no-audit --no-fund
