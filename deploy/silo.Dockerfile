# syntax=docker/dockerfile:1
# KisTrader image: the silo host: `silo` (default command) runs an Orleans silo, `migrate` applies the schemas and exits (the compose file's migrate job).
# Build from the repository root: docker build -f deploy/silo.Dockerfile . (docker-compose.yml does).
# Multi-stage: the SDK image publishes, the smaller ASP.NET runtime image runs it as the non-root user "app".
# Versions pinned to the SDK of global.json and the runtime it ships.

FROM mcr.microsoft.com/dotnet/sdk:10.0.401-noble AS build
WORKDIR /src
COPY . .
RUN dotnet publish silo/KisTrader.Silo -c Release -o /app -nologo -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0.12-noble AS runtime
WORKDIR /app
COPY --from=build /app .
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The image's unprivileged user (uid 1654); nothing here runs as root.
USER $APP_UID
EXPOSE 11111 30000
# Healthy once the gateway port (30000 = 0x7530) listens, read from /proc (no connection, so no TLS handshake noise).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=12 CMD ["grep", "-sqE", "^ *[0-9]+: [0-9A-F]+:7530 [0-9A-F]+:[0-9A-F]+ 0A", "/proc/net/tcp", "/proc/net/tcp6"]
ENTRYPOINT ["dotnet", "KisTrader.Silo.dll"]
CMD ["silo"]
