# Flödesverkstan's server for a whole organisation: the app, /api and /healthz from one origin.
#
#   docker build -t flodesverkstan .
#   docker run -d -p 8080:8080 -v flodesverkstan-data:/data \
#     -e ORIGIN=https://processer.kommun.se \
#     -e OIDC_ISSUER=https://login.microsoftonline.com/<tenant>/v2.0 \
#     -e OIDC_CLIENT_ID=<application id> -e OIDC_CLIENT_SECRET=<secret> \
#     flodesverkstan
#
# The container listens on 0.0.0.0, which the server allows only with sign-in configured
# (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, ORIGIN): without them it stops at start with
# a message saying so. Optional: DATABASE_URL (PostgreSQL; else SQLite in /data), OIDC_ROLE_CLAIM
# (roles), OIDC_GROUPS_CLAIM (groups), SESSION_TTL_HOURS (12), TRUST_PROXY=1 behind the TLS proxy
# (sign-in rate limits then count the address in X-Forwarded-For). Secrets come only from the
# environment; nothing secret is baked into the image.

FROM node:22-slim AS build
WORKDIR /app
# Compilers only in case better-sqlite3 has no prebuilt binary for this platform.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx vite build --logLevel warn \
  && npm run build:server \
  && npm prune --omit=dev --no-audit --no-fund

FROM node:22-slim
WORKDIR /app
ENV NODE_ENV=production \
  HOST=0.0.0.0 \
  PORT=8080 \
  DATA_DIR=/data \
  STATIC_DIR=/app/dist
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/dist-server ./dist-server
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node as PID 1 receives SIGTERM itself: the server closes connections and the database.
CMD ["node", "dist-server/main.js"]
