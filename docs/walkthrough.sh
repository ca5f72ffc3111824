set -euo pipefail
API=${API:-http://127.0.0.1:3000}
login() { curl -s -X POST "$API/v1/auth/login" -H 'content-type: application/json' -d "{\"email\":\"$1\",\"password\":\"$2\"}" | jq -r .token; }

# 1. The rights holder logs in and finds its verified EU trade mark and a listing on the German marketplace.
BRAND=$(login legal@lumiere.openipp.local lumiere-demo-pass)
RIGHT=$(curl -s "$API/v1/rights?status=verified&type=trademark" -H "authorization: Bearer $BRAND" | jq -r '.items[] | select(.jurisdiction=="EU") | .id')
MKT=$(curl -s "$API/v1/marketplaces" -H "authorization: Bearer $BRAND" | jq -r '.items[] | select(.code=="demo-de") | .id')
LISTING=$(curl -s "$API/v1/listings?marketplaceId=$MKT&state=active&limit=100" -H "authorization: Bearer $BRAND" | jq -r '.items[] | select(.title | test("Super fake")) | .id')
URL=$(curl -s "$API/v1/listings/$LISTING" -H "authorization: Bearer $BRAND" | jq -r .url)

# 2. Upload the screenshot once (stored by SHA-256), then file the notice.
printf 'PNG bytes of a screenshot showing %s' "$URL" > shot.png
SHA=$(curl -s -X POST "$API/v1/documents?filename=shot.png" -H "authorization: Bearer $BRAND" \
  -H 'content-type: image/png' --data-binary @shot.png | jq -r .sha256)
NOTICE=$(curl -s -X POST "$API/v1/notices" -H "authorization: Bearer $BRAND" -H 'content-type: application/json' \
  -H "idempotency-key: notice-$LISTING" -d @- <<JSON
{ "rightId": "$RIGHT", "infringementType": "counterfeit",
  "items": [ { "listingId": "$LISTING",
               "evidence": [ { "kind": "screenshot", "documentSha256": "$SHA", "url": "$URL", "capturedAt": "2026-11-20T09:30:00Z" } ] } ],
  "statements": { "goodFaith": true, "accuracy": true, "authority": true },
  "contact": { "name": "Claire Martin", "email": "legal@lumiere.example" },
  "explanation": "Counterfeit bags bearing the registered LUMIÈRE mark" }
JSON
)
ITEM=$(echo "$NOTICE" | jq -r '.items[0].id')
echo "$NOTICE" | jq '{id, status, item: .items[0] | {id, state, slaDueAt, awaiting}}'

# 3. The reviewer works the queue (earliest deadline first), looks at the item side by side, removes it.
REVIEWER=$(login reviewer@openipp.local reviewer-demo-pass)
curl -s "$API/v1/review/queue?limit=3" -H "authorization: Bearer $REVIEWER" | jq '.items[] | {itemId, slaDueAt, listing: .listing.title}'
curl -s "$API/v1/items/$ITEM" -H "authorization: Bearer $REVIEWER" | jq '{state, right: .right.registrationNumber, evidence: [.evidence[].kind], listing: .listing.title}'
curl -s -X POST "$API/v1/items/$ITEM/decision" -H "authorization: Bearer $REVIEWER" -H 'content-type: application/json' \
  -d '{"decision":"remove","reasonCode":"counterfeit","reasonText":"The listing offers bags bearing the registered mark at a fraction of the genuine price; the screenshot shows the mark."}' \
  | jq '{state, statementId, snapshotSha256}'

# 4. The seller reads the statement of reasons: what, why, who complained, with what evidence, how to seek redress.
SELLER=$(login owner@golden-dragon.openipp.local dragon-demo-pass)
STATEMENT=$(curl -s "$API/v1/statements" -H "authorization: Bearer $SELLER" | jq -r --arg item "$ITEM" '.items[] | select(.itemId==$item) | .id')
curl -s "$API/v1/statements/$STATEMENT" -H "authorization: Bearer $SELLER" | jq '.body | {restriction: .restriction.description, ground: .ground.legalGround, automation: .automation.description, complainant, evidence, redress: [.redress[].kind]}'
curl -s -o /dev/null -w 'evidence download: HTTP %{http_code}\n' "$API/v1/documents/$SHA" -H "authorization: Bearer $SELLER"

# 5. The marketplace sees the signed webhook delivery for the takedown (admin view).
ADMIN=$(login admin@openipp.local admin-demo-pass)
curl -s "$API/v1/marketplaces/$MKT/webhook-deliveries" -H "authorization: Bearer $ADMIN" | jq '.items[0] // "no webhook URL set for this marketplace"'
