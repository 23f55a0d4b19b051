# syntax=docker/dockerfile:1
# KisTrader image: the web front end (API, SignalR hub, dashboard); in the cluster KisTrader__Web__Mode=Client. HTTPS on 8443 with the certificate named by Kestrel__Certificates__Default__Path.
# Build from the repository root: docker build -f deploy/web.Dockerfile . (docker-compose.yml does).
# Multi-stage: the SDK image publishes, the smaller ASP.NET runtime image runs it as the non-root user "app".
# Versions pinned to the SDK of global.json and the runtime it ships.

FROM mcr.microsoft.com/dotnet/sdk:10.0.401-noble AS build
WORKDIR /src
COPY . .
RUN dotnet publish web/KisTrader.Web -c Release -o /app -nologo -p:UseAppHost=false

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
EXPOSE 8443
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=12 CMD ["curl", "-fsS", "--cacert", "/certs/ca.crt", "-o", "/dev/null", "https://localhost:8443/health/ready"]
ENTRYPOINT ["dotnet", "KisTrader.Web.dll"]
