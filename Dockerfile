# syntax=docker/dockerfile:1
#
# Production image of the site: Next.js standalone server + Payload CMS.
#
#   docker build -t coworking-site .
#   docker compose up            (see docker-compose.yml: app + PostgreSQL)
#
# Runtime configuration (read by src/config/env.ts):
#   DATABASE_URL            postgres://user:password@host:5432/coworking   (required)
#   PAYLOAD_SECRET          random string, at least 32 characters           (required)
#   NEXT_PUBLIC_SERVER_URL  public URL of the site, e.g. https://example.org
#   MEDIA_DIR               uploads folder, /app/media in this image (mount a volume there)
#
# Migrations: with one instance no separate step is needed. The committed migrations
# (src/migrations) are compiled into the server bundle and payload.config.ts passes them as
# `prodMigrations`, so Payload applies any pending one itself when it connects to the database with
# NODE_ENV=production. With several instances, run `npm run migrate` once (the build stage has the
# scripts: docker-compose.scale.yml's `migrate` service) and set MIGRATE_ON_START=false on them.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------
# deps: exactly the locked dependencies
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund

# ---------------------------------------------------------------------------
# build: next build with output: 'standalone'
# Needs neither a database nor the secret: src/config/env.ts falls back to
# build-time placeholders while NEXT_PHASE=phase-production-build.
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Instances built separately must share one build ID (README, "Scaling out"): pass the release's,
# e.g. --build-arg BUILD_ID=$(git rev-parse --short HEAD). Replicas of one image share it anyway.
ARG BUILD_ID
ENV NEXT_TELEMETRY_DISABLED=1 \
    BUILD_STANDALONE=true \
    BUILD_ID=${BUILD_ID}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# public/ may be empty and so absent from a git checkout: make sure it exists for the COPY below.
RUN mkdir -p public \
 && npm run build

# ---------------------------------------------------------------------------
# runner: only the standalone server, its static assets and public/
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runner
WORKDIR /app

ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    MEDIA_DIR=/app/media \
    MALLOC_ARENA_MAX=2

# Unprivileged user: the `node` user (uid 1000) that the official image already provides.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
# Loaded before Next's server: odd methods, the outage 503 of returning visitors, one Location header,
# Next's cache writes without a needless measure and page requests in turns (cacheWriteSize.cjs and
# requestTurns.cjs, which it requires from beside it).
COPY --from=build --chown=node:node /app/src/server/requestGate.cjs ./requestGate.cjs
COPY --from=build --chown=node:node /app/src/server/cacheWriteSize.cjs ./cacheWriteSize.cjs
COPY --from=build --chown=node:node /app/src/server/requestTurns.cjs ./requestTurns.cjs

# Uploads are written here (Media collection, staticDir = MEDIA_DIR): writable by the app user.
# Mount a volume on it so that they outlive the container (docker-compose.yml does).
RUN mkdir -p /app/media && chown node:node /app/media

USER node

EXPOSE 3000

# The slim image has no curl: probe the public home page with node's fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/globals/site-settings').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# The heap limit makes V8 collect before its garbage fills the memory (tests/support/run.ts, serverHeapFlags).
CMD ["node", "--max-old-space-size=384", "--require", "./requestGate.cjs", "server.js"]
