# One image for both processes:
#   api    (default): node dist/apps/api/src/main.js
#   worker          : node dist/apps/worker/src/main.js

# --- deps: full dependency tree (incl. dev tools such as swc) ---------------
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# `npm ci` fails here: the lockfile lacks other platforms' optional builds.
RUN npm install --no-audit --no-fund

# --- build: compile TypeScript with swc into dist/, the web app with vite -----
FROM deps AS build
COPY tsconfig.json .swcrc nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY bench ./bench
COPY scripts ./scripts
RUN npm run build && npm run web:build

# --- runtime: production dependencies + compiled output only -----------------
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund \
    && npm cache clean --force
COPY --from=build /app/dist/apps ./dist/apps
COPY --from=build /app/dist/libs ./dist/libs
COPY --from=build /app/dist/web ./dist/web
COPY scripts ./scripts
# Pre-create the storage dir owned by `node`, so a fresh named volume mounted
# there inherits that ownership and the non-root process can write to it.
RUN mkdir -p /data/storage && chown node:node /data/storage
USER node
EXPOSE 3000
# Liveness probe for the api (the worker overrides/disables it in compose).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health/live').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/src/main.js"]
