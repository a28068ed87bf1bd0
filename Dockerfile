# rb-migrate gateway: V1 Remove Background on the front, V2 behind.
#   docker build -t rb-migrate-gateway .
#   docker run --rm -p 8080:8080 -e RB_GATEWAY_SECRET="$(openssl rand -base64 32)" rb-migrate-gateway
# Stage 1 builds dist/ from the sources; stage 2 holds only the built CLI and its production dependencies,
# runs as the unprivileged `node` user, and starts the gateway on 0.0.0.0:8080.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/runtime/package.json ./packages/runtime/package.json
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY packages/runtime ./packages/runtime
COPY transforms ./transforms
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json ./package.json
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --from=build --chown=root:root /app/packages/runtime/package.json ./packages/runtime/package.json
COPY --from=build --chown=root:root /app/packages/runtime/dist ./packages/runtime/dist
USER node
EXPOSE 8080
# node:20-slim has no curl: the health check uses Node's fetch.
HEALTHCHECK --interval=10s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:8080/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "dist/bin/rb-migrate.js"]
CMD ["gateway", "--host", "0.0.0.0", "--port", "8080"]
