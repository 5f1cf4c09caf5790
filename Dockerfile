# The whole product in one image: graph-api serving the explorer at /, the partners' widget
# (widget.js, embed.js), GraphiQL at /graphiql/ and the API at /graphql; the seed and the
# importers are there too (`node importers/dist/cli.js`, docker-compose.yml). Nothing comes
# from a CDN. tests/integration/deploy-image.int.test.ts replays this file without Docker:
# keep the build stage to `COPY` and `RUN` steps, and the build itself in scripts/build-image.sh.
FROM node:24-slim AS build
WORKDIR /app
# The repository as a fresh clone has it (.dockerignore leaves out installs and builds), so a
# new workspace or data file needs no line here.
COPY . .
# npm's download cache survives between builds (BuildKit); patches/ is applied by npm ci.
RUN --mount=type=cache,target=/root/.npm sh scripts/build-image.sh

FROM node:24-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 4000
CMD ["node", "graph-api/dist/index.js"]
