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

# One account taken all the way to ACTIVE (G5.1 decision, G6.a admin, G6.b two-factor on a government phone,
# G6.f password), so that the public lookup has something official to answer. Needs jq to read ids.
api() { # method url token [json] -> prints the body; fails on an answer other than 2xx or 409
  local method=$1 url=$2 token=$3 json=${4:-} out status
  out=$(mktemp)
  status=$(curl -sS --max-time 30 -o "$out" -w '%{http_code}' -X "$method" "$url" \
                -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
                ${json:+--data-binary "$json"}) || status=000
  if [[ "$status" != 2?? && "$status" != 409 ]]; then
    printf 'demo-data: %s %s answered %s:\n' "$method" "$url" "$status" >&2
    cat "$out" >&2; echo >&2; rm -f "$out"; return 1
  fi
  cat "$out"; rm -f "$out"
}

activate_demo_account() {
  local accounts id status staff device security_token
  accounts=$(api GET "$ACCOUNT_URL/api/v1/accounts?size=200" "$moh_token")
  id=$(jq -r '.items[] | select(.platform == "X" and .handle == "MOH_Iraq") | .id' <<<"$accounts")
  status=$(jq -r '.items[] | select(.platform == "X" and .handle == "MOH_Iraq") | .status' <<<"$accounts")
  [[ -n "$id" ]] || fail "the demo account X MOH_Iraq is missing"
  if [[ "$status" == ACTIVE ]]; then printf '  already there   moh X MOH_Iraq ACTIVE\n'; return; fi
  security_token=$(token_for moh-security)
  api POST "$ACCOUNT_URL/api/v1/accounts/$id/decision" "$moh_token" \
    '{"decisionNumber":"2026/وص/17","decisionDate":"2026-01-15","signatory":"Minister of Health"}' >/dev/null
  api POST "$ACCOUNT_URL/api/v1/staff" "$moh_token" \
    '{"fullName":"زينب علي حسين","officialEmail":"zainab.ali@moh.gov.iq","unitRole":"HEAD"}' >/dev/null
  staff=$(api GET "$ACCOUNT_URL/api/v1/staff?size=200" "$moh_token" \
          | jq -r '.items[] | select(.officialEmail == "zainab.ali@moh.gov.iq") | .id')
  api POST "$ACCOUNT_URL/api/v1/accounts/$id/role-holders" "$moh_token" \
    "{\"staffId\":\"$staff\",\"role\":\"ADMIN\"}" >/dev/null
  api POST "$ACCOUNT_URL/api/v1/devices" "$security_token" \
    "{\"kind\":\"PHONE\",\"assetTag\":\"MOH-PH-0001\",\"serialNumber\":\"R58N91ABCD\",\"phoneNumber\":\"٠٧٧٠١٢٣٤٥٦٧\",\"custodianStaffId\":\"$staff\",\"fingerprint\":\"moh-ph-0001\"}" >/dev/null
  device=$(api GET "$ACCOUNT_URL/api/v1/devices?size=200" "$security_token" \
           | jq -r '.items[] | select(.assetTag == "MOH-PH-0001") | .id')
  api PUT "$ACCOUNT_URL/api/v1/accounts/$id/two-factor" "$security_token" \
    "{\"method\":\"SMS\",\"deviceId\":\"$device\"}" >/dev/null
  # A fresh random password each time: Rasmi keeps only its Argon2id hash, and the demo never needs it again.
  api POST "$ACCOUNT_URL/api/v1/accounts/$id/password-rotations" "$security_token" \
    "{\"newPassword\":\"Dm#$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')!7\"}" >/dev/null
  api POST "$ACCOUNT_URL/api/v1/accounts/$id/activation" "$moh_token" >/dev/null
  printf '  activated       moh X MOH_Iraq (try: curl "%s/public/v1/verify?url=https://x.com/MOH_Iraq")\n' "$ACCOUNT_URL"
}

# moh's IT officer, whom incident-service's breach notices reach with the head of the unit (G6.j); the mail lands
# in the local GreenMail server (rasmi up prints where to read it).
post "moh staff IT officer" "$moh_token" "$ACCOUNT_URL/api/v1/staff" \
  '{"fullName":"حيدر كاظم جواد","officialEmail":"it.officer@moh.gov.iq","unitRole":"IT_OFFICER"}'

# Each demo user of an entity is a member of its unit in account-service (their Keycloak e-mail is the official
# e-mail), and Keycloak's user attribute staff_id names that member, so the token's staff_id claim (Caller.staffId())
# lets them act where a role on the account is needed: the moderator moderates and the publisher corrects on every
# demo account of their entity. Staff ids are random UUIDs made by account-service, so they are written through
# Keycloak's admin REST API after the staff exist (admin/admin is the local stack's bootstrap admin).
KEYCLOAK_ADMIN_USER="${RASMI_KEYCLOAK_ADMIN:-admin}"
KEYCLOAK_ADMIN_PASSWORD="${RASMI_KEYCLOAK_ADMIN_PASSWORD:-admin}"
DEMO_STAFF=( # user unitRole accountRole (the role held on every demo account of the entity, or -)
  "admin HEAD -" "publisher PUBLISHER PUBLISHER" "approver APPROVER -" "moderator MODERATOR MODERATOR"
  "security IT_OFFICER -" "management ANALYST -")

keycloak_admin_token() {
  curl -sS --max-time 20 -d grant_type=password -d client_id=admin-cli \
       -d username="$KEYCLOAK_ADMIN_USER" -d password="$KEYCLOAK_ADMIN_PASSWORD" \
       "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" | jq -r '.access_token // empty'
}

# Writes the user attribute staff_id (keeping the other attributes: a PUT replaces them all).
set_staff_attribute() { # admin-token username staff-id
  local kc=$1 user=$2 staff=$3 users id body status
  users=$(curl -sS --max-time 20 -H "Authorization: Bearer $kc" \
               "$KEYCLOAK_URL/admin/realms/rasmi/users?username=$user&exact=true")
  id=$(jq -r '.[0].id // empty' <<<"$users")
  [[ -n "$id" ]] || fail "Keycloak has no user $user"
  body=$(curl -sS --max-time 20 -H "Authorization: Bearer $kc" "$KEYCLOAK_URL/admin/realms/rasmi/users/$id" \
         | jq -c --arg staff "$staff" '.attributes = ((.attributes // {}) + {staff_id: [$staff]})')
  status=$(curl -sS --max-time 20 -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $kc" \
                -H 'Content-Type: application/json' --data-binary "$body" \
                "$KEYCLOAK_URL/admin/realms/rasmi/users/$id") || status=000
  [[ "$status" == 204 ]] || fail "Keycloak answered $status to the staff_id of $user"
}

# The staff_id claim of a fresh token of the user (the payload is base64url without padding).
staff_claim_of() {
  local payload
  payload=$(token_for "$1" | cut -d. -f2 | tr '_-' '/+')
  while (( ${#payload} % 4 )); do payload+='='; done
  base64 -d <<<"$payload" 2>/dev/null | jq -r '.staff_id // empty'
}

link_demo_staff() {
  local kc entity admin_tok domain accounts account entry user role holding username email name staff claim
  kc=$(keycloak_admin_token)
  [[ -n "$kc" ]] || fail "no admin token from Keycloak at $KEYCLOAK_URL (RASMI_KEYCLOAK_ADMIN/_PASSWORD)"
  for entity in moh mohe; do
    admin_tok=$(token_for "$entity-admin")
    domain=$([[ $entity == moh ]] && echo moh.gov.iq || echo mohesr.gov.iq)
    accounts=$(api GET "$ACCOUNT_URL/api/v1/accounts?size=200" "$admin_tok" | jq -r '.items[].id')
    for entry in "${DEMO_STAFF[@]}"; do
      read -r user role holding <<<"$entry"
      username="$entity-$user"
      email="$username@$domain"
      name="$(jq -r --arg u "$username" '.users[] | select(.username == $u) | "\(.firstName) \(.lastName)"' \
              "$(dirname "$0")/realm/rasmi-realm.json")"
      api POST "$ACCOUNT_URL/api/v1/staff" "$admin_tok" \
        "{\"fullName\":\"$name\",\"officialEmail\":\"$email\",\"unitRole\":\"$role\"}" >/dev/null
      staff=$(api GET "$ACCOUNT_URL/api/v1/staff?size=200" "$admin_tok" \
              | jq -r --arg e "$email" '.items[] | select(.officialEmail == $e) | .id')
      [[ -n "$staff" ]] || fail "account-service has no staff member $email"
      if [[ "$holding" != - ]]; then
        for account in $accounts; do
          api POST "$ACCOUNT_URL/api/v1/accounts/$account/role-holders" "$admin_tok" \
            "{\"staffId\":\"$staff\",\"role\":\"$holding\"}" >/dev/null
        done
      fi
      set_staff_attribute "$kc" "$username" "$staff"
      claim=$(staff_claim_of "$username")
      [[ "$claim" == "$staff" ]] || fail "the token of $username carries staff_id '$claim', not $staff"
      printf '  staff_id        %-16s %s %s%s\n' "$username" "$staff" "$role" \
        "$([[ "$holding" != - ]] && echo " ($holding on every $entity account)")"
    done
  done
}

if (( DRY_RUN )); then
  echo "(dry run: the activation of moh X MOH_Iraq and the demo users' staff_id are skipped)"
elif command -v jq >/dev/null 2>&1; then
  activate_demo_account
  link_demo_staff
else
  echo "  skipped         activation of moh X MOH_Iraq (needs jq)"
  echo "  skipped         staff_id of the demo users (needs jq)"
fi

echo "Demo data loaded."
