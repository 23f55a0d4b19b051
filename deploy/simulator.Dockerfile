# syntax=docker/dockerfile:1
# KisTrader image: the KIS simulator (REST, WebSocket and /sim control on one port).
# Build from the repository root: docker build -f deploy/simulator.Dockerfile . (docker-compose.yml does).
# Multi-stage: the SDK image publishes, the smaller ASP.NET runtime image runs it as the non-root user "app".
# Versions pinned to the SDK of global.json and the runtime it ships.

FROM mcr.microsoft.com/dotnet/sdk:10.0.401-noble AS build
WORKDIR /src
COPY . .
RUN dotnet publish kis/KisTrader.Kis.Simulator -c Release -o /app -nologo -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0.12-noble AS runtime
# curl for the health check only.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The image's unprivileged user (uid 1654); nothing here runs as root.
USER $APP_UID
EXPOSE 9443
HEALTHCHECK --interval=10s --timeout=5s --retries=12 CMD ["curl", "-fsS", "-o", "/dev/null", "http://127.0.0.1:9443/sim/clock"]
ENTRYPOINT ["dotnet", "KisTrader.Kis.Simulator.dll"]
CMD ["--urls", "http://0.0.0.0:9443"]
