#!/usr/bin/env bash
# Demo data for the local stack, loaded through the services' own APIs with
# real Keycloak tokens (never SQL), so it exercises the same rules as any
# client. Idempotent: a 409 (already there) counts as done.
#
#   deploy/local/demo-data.sh            load it (rasmi up does this)
#   deploy/local/demo-data.sh --dry-run  print the requests, send nothing
#
# Base URLs default to the local stack; override with RASMI_KEYCLOAK_URL,
# RASMI_ACCOUNT_URL.
set -euo pipefail

KEYCLOAK_URL="${RASMI_KEYCLOAK_URL:-http://127.0.0.1:8180}"
ACCOUNT_URL="${RASMI_ACCOUNT_URL:-http://127.0.0.1:8081}"
TOKEN_URL="$KEYCLOAK_URL/realms/rasmi/protocol/openid-connect/token"
CLIENT_ID=rasmi-cli
DEMO_PASSWORD=demo

DRY_RUN=0
case "${1:-}" in
  --dry-run) DRY_RUN=1 ;;
  "") ;;
  *) echo "usage: $0 [--dry-run]" >&2; exit 2 ;;
esac

fail() { printf 'demo-data: %s\n' "$*" >&2; exit 1; }

# Access token for a demo user (password grant of the public client rasmi-cli).
token_for() {
  local user=$1 body token
  if (( DRY_RUN )); then printf 'dry-run-token-%s' "$user"; return; fi
  body=$(curl -sS --max-time 20 -d grant_type=password -d client_id="$CLIENT_ID" \
              -d username="$user" -d password="$DEMO_PASSWORD" "$TOKEN_URL") \
    || fail "Keycloak did not answer at $TOKEN_URL"
  if command -v jq >/dev/null 2>&1; then
    token=$(jq -r '.access_token // empty' <<<"$body")
  else
    token=$(sed -nE 's/.*"access_token":"([^"]+)".*/\1/p' <<<"$body")
  fi
  [[ -n "$token" ]] || fail "no token for $user from Keycloak: $body"
  printf '%s' "$token"
}

# POST a JSON body; 2xx = created, 409 = already there, anything else fails
# with the problem document the service answered.
post() {
  local what=$1 token=$2 url=$3 json=$4 out status
  if (( DRY_RUN )); then
    printf 'POST %s  (%s)\n%s\n' "$url" "$what" "$json"
    return 0
  fi
  out=$(mktemp)
  status=$(curl -sS --max-time 30 -o "$out" -w '%{http_code}' -X POST "$url" \
                -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
                -H 'Accept: application/json, application/problem+json' \
                -H 'Accept-Language: ar, en' --data-binary "$json") || status=000
  case "$status" in
    2??) printf '  created         %s\n' "$what" ;;
    409) printf '  already there   %s\n' "$what" ;;
    000)
      printf 'demo-data: no answer from %s (%s): is the service up?\n' "$url" "$what" >&2
      rm -f "$out"
      return 1 ;;
    *)
      printf 'demo-data: POST %s (%s) answered %s:\n' "$url" "$what" "$status" >&2
      cat "$out" >&2; echo >&2
      rm -f "$out"
      return 1 ;;
  esac
  rm -f "$out"
}

entity_json() { # code nameAr nameEn kind website domain
  printf '{"code":"%s","nameAr":"%s","nameEn":"%s","kind":"%s","websiteUrl":"%s","emailDomains":["%s"]}' "$@"
}

account_json() { # platform handle profileUrl displayNameAr displayNameEn registrationEmail
  printf '{"platform":"%s","handle":"%s","profileUrl":"%s","displayNameAr":"%s","displayNameEn":"%s","registrationEmail":"%s"}' "$@"
}

echo "Demo data via $ACCOUNT_URL (tokens from $KEYCLOAK_URL)"

# Entities: only a platform-admin may add them.
admin_token=$(token_for platform-admin)
post "entity moh" "$admin_token" "$ACCOUNT_URL/api/v1/entities" \
  "$(entity_json moh 'وزارة الصحة' 'Ministry of Health' MINISTRY 'https://moh.gov.iq' moh.gov.iq)"
post "entity mohe" "$admin_token" "$ACCOUNT_URL/api/v1/entities" \
  "$(entity_json mohe 'وزارة التعليم العالي والبحث العلمي' 'Ministry of Higher Education and Scientific Research' MINISTRY 'https://mohesr.gov.iq' mohesr.gov.iq)"

# Official accounts, each registered by its own entity's admin (the entity
# comes from the token, not the body). Handles are illustrative.
moh_token=$(token_for moh-admin)
post "moh FACEBOOK MOHIraq" "$moh_token" "$ACCOUNT_URL/api/v1/accounts" \
  "$(account_json FACEBOOK MOHIraq 'https://www.facebook.com/MOHIraq' 'وزارة الصحة العراقية' 'Iraqi Ministry of Health' social@moh.gov.iq)"
post "moh X MOH_Iraq" "$moh_token" "$ACCOUNT_URL/api/v1/accounts" \
  "$(account_json X MOH_Iraq 'https://x.com/MOH_Iraq' 'وزارة الصحة العراقية' 'Iraqi Ministry of Health' social@moh.gov.iq)"
post "moh YOUTUBE MOHIraq" "$moh_token" "$ACCOUNT_URL/api/v1/accounts" \
  "$(account_json YOUTUBE MOHIraq 'https://www.youtube.com/@MOHIraq' 'وزارة الصحة العراقية' 'Iraqi Ministry of Health' social@moh.gov.iq)"
post "moh TELEGRAM mohiraq" "$moh_token" "$ACCOUNT_URL/api/v1/accounts" \
  "$(account_json TELEGRAM mohiraq 'https://t.me/mohiraq' 'وزارة الصحة العراقية' 'Iraqi Ministry of Health' social@moh.gov.iq)"

mohe_token=$(token_for mohe-admin)
post "mohe FACEBOOK mohesr.iraq" "$mohe_token" "$ACCOUNT_URL/api/v1/accounts" \
  "$(account_json FACEBOOK mohesr.iraq 'https://www.facebook.com/mohesr.iraq' 'وزارة التعليم العالي والبحث العلمي' 'Ministry of Higher Education and Scientific Research' social@mohesr.gov.iq)"
post "mohe INSTAGRAM mohesr_iq" "$mohe_token" "$ACCOUNT_URL/api/v1/accounts" \
  "$(account_json INSTAGRAM mohesr_iq 'https://www.instagram.com/mohesr_iq' 'وزارة التعليم العالي والبحث العلمي' 'Ministry of Higher Education and Scientific Research' social@mohesr.gov.iq)"

echo "Demo data loaded."
