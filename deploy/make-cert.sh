#!/usr/bin/env bash
# Makes a private certificate authority and one server certificate signed by it, for the cluster's TLS:
# HTTPS of the web front ends and TLS of PostgreSQL (docker-compose.yml and deploy/cluster-local.sh).
#
#   deploy/make-cert.sh [dir]        default dir: deploy/certs (git-ignored)
#
# Writes into dir (nothing is overwritten; delete the directory to make new ones):
#   ca.crt            the CA certificate: give it to clients (browsers, Npgsql's "Root Certificate") to trust the server
#   ca.key            the CA's private key (0600): keep it offline; only needed to sign more certificates
#   server.crt        the server certificate (CA-signed, 825 days), names below
#   server.key        its private key (0600): PostgreSQL's ssl_key_file (copied to a key owned by the server user)
#   server.pfx        certificate + key as PKCS#12 for Kestrel (Kestrel__Certificates__Default__Path), encrypted
#                     with the password in server.pfx.password (0600), so the .pfx itself may be readable by the
#                     container's non-root user
#   server.pfx.password
#
# Names in the certificate: localhost, 127.0.0.1, ::1, the compose service names (postgres, web1, web2, silo1,
# silo2, simulator) and every name in KISTRADER_CERT_NAMES (space-separated DNS names or IP addresses, e.g. the
# public host name of the front ends). Self-signed for a local cluster: use a certificate from your own CA or a
# public one for anything reachable by others.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$root/deploy/certs}"
die() { echo "make-cert.sh: $*" >&2; exit 1; }

command -v openssl >/dev/null 2>&1 || die "openssl is missing: apt-get install -y openssl"
if [ -e "$dir/server.crt" ] || [ -e "$dir/ca.crt" ]; then
  die "$dir already holds certificates; delete it first to make new ones"
fi
mkdir -p "$dir"
umask 077

names=(localhost postgres web1 web2 silo1 silo2 simulator)
ips=(127.0.0.1 ::1)
for n in ${KISTRADER_CERT_NAMES:-}; do
  if [[ "$n" =~ ^[0-9.]+$ || "$n" == *:* ]]; then ips+=("$n"); else names+=("$n"); fi
done
san=""
for n in "${names[@]}"; do san+="DNS:$n,"; done
for n in "${ips[@]}"; do san+="IP:$n,"; done
san="${san%,}"

openssl req -x509 -newkey rsa:3072 -sha256 -nodes -days 825 \
  -keyout "$dir/ca.key" -out "$dir/ca.crt" -subj "/CN=KisTrader local CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null \
  || die "could not make the CA"

openssl req -newkey rsa:3072 -sha256 -nodes -keyout "$dir/server.key" -out "$dir/server.csr" \
  -subj "/CN=localhost" 2>/dev/null || die "could not make the server key"
cat > "$dir/server.ext" <<EOF
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth,clientAuth
subjectAltName=$san
EOF
openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial \
  -days 825 -sha256 -extfile "$dir/server.ext" -out "$dir/server.crt" 2>/dev/null \
  || die "could not sign the server certificate"
rm -f "$dir/server.csr" "$dir/server.ext" "$dir/ca.srl"

head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$dir/server.pfx.password"
openssl pkcs12 -export -in "$dir/server.crt" -inkey "$dir/server.key" -certfile "$dir/ca.crt" \
  -out "$dir/server.pfx" -passout "file:$dir/server.pfx.password" -name kistrader \
  -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256 \
  || die "could not write server.pfx"

# Public parts readable by everyone (the containers' non-root users read them through a bind mount); keys stay 0600.
chmod 644 "$dir/ca.crt" "$dir/server.crt" "$dir/server.pfx"
chmod 600 "$dir/ca.key" "$dir/server.key" "$dir/server.pfx.password"
echo "make-cert.sh: wrote $dir (CA ca.crt; server.crt/.key/.pfx for: ${san//,/ })" >&2
