# graph-api, the seed and the importers (`node importers/dist/cli.js`), for docker-compose.yml.
# graph-api also serves the partners' widget (widget/dist: widget.js, embed.js) and GraphiQL
# (graph-api/graphiql/dist, bundled from the npm package: nothing from a CDN), both built here.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig*.json ./
# Our patches to dependencies (patches/README.md), applied by npm ci's postinstall.
COPY patches patches
COPY model/package.json model/
COPY reference/package.json reference/
COPY neo4j/package.json neo4j/
COPY schema/package.json schema/
COPY seed/package.json seed/
COPY importers/package.json importers/
COPY graph-api/package.json graph-api/
COPY tools/package.json tools/
COPY explorer/package.json explorer/
COPY widget/package.json widget/
RUN npm ci --no-audit --no-fund
COPY model model
COPY reference reference
COPY neo4j neo4j
COPY schema schema
COPY seed seed
COPY importers importers
COPY graph-api graph-api
COPY tools tools
COPY widget widget
RUN npx tsc -b && npm run build -w @maillage/widget && npm run build:graphiql -w @maillage/graph-api && npm prune --omit=dev

FROM node:24-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 4000
CMD ["node", "graph-api/dist/index.js"]
