export const HELP = `OpenIPP: IP protection platform for online marketplaces

usage: ipp <command> [arguments]

commands:
  serve                 open and migrate the database, load the demo data on first start,
                        listen on HOST:PORT, deliver webhooks; stops on SIGINT/SIGTERM
  migrate               apply pending database migrations
  demo [--reissue-keys] load the demo data set (idempotent) and print its credentials;
                        --reissue-keys issues fresh marketplace API keys when it already exists
  audit verify [--checkpoints <file>]... [--public-key <file>]...
                        seal pending entries (refusing forged ones), walk the hash chain and hold
                        it against every signed checkpoint; prints the verdict as JSON, exit 1
                        naming each finding (broken link, missing or rewritten records, forged
                        entries, bad checkpoints); --public-key: verify as an outsider, read-only
  ledger check          check the money ledger: every movement a whole pair of entries, every
                        currency summing to zero; prints the result as JSON, exit 1 naming
                        each unbalanced movement
  timeline <itemId> [--json]
                        an item's history: notice, decisions, counter-notice, answers, clocks,
                        outcome, appeals
  test-buy verify <testBuyId>
                        walk a test buy's chain of custody; exit 1 naming the first broken step
                        (gap, order, altered record or document, missing or invalid signature)
  referral verify <archive.tar> --public-key <file.pem>
                        check a referral bundle offline: the manifest's Ed25519 signature and the
                        SHA-256 of every file (GET /v1/referrals/public-key serves the key)
  verify-receipt <receipt.json> --public-key <file.pem> [--record <record.json>]
                        check a receipt of a notice, decision, statement or counter-notice offline:
                        the Ed25519 signature, the record against its SHA-256, optionally a record
                        you kept (GET /v1/receipts/public-key serves the key); exit 1 naming the problem
  scan ...              run proactive detection over NDJSON listings (ipp scan --help)
  scan-worker           consume listing ids from NATS JetStream and scan them (IPP_SCAN_BUS=nats, NATS_URL)
  help                  this text

environment:
  HOST, PORT            listen address (default 127.0.0.1:3000; PORT=0 picks a free port)
  IPP_DATA_DIR          data directory: embedded PGlite database and secret key (default ./data)
  DATABASE_URL          use PostgreSQL instead of the embedded database
  IPP_DEMO=0            never load the demo data
  IPP_SECRET_KEY        master key for webhook secrets and audit entry MACs (default: generated in IPP_DATA_DIR)
  IPP_AUDIT_SIGNING_KEY Ed25519 key signing audit checkpoints (default: IPP_DATA_DIR/audit-signing.key)
  IPP_AUDIT_CHECKPOINT_FILE  audit checkpoints, NDJSON (default IPP_DATA_DIR/audit-checkpoints.ndjson)
  IPP_AUDIT_CHECKPOINT_SECONDS  at most one checkpoint per this many seconds (default 60)
  IPP_WEBHOOK_WORKER=0  do not run the webhook delivery worker in this process
  IPP_WEBHOOK_INTERVAL_MS  webhook polling interval (default 5000)
  LOG_LEVEL             JSON log level (default info)
  IPP_SCAN_BUS=nats     send listing changes to \`ipp scan-worker\` processes through NATS JetStream
  NATS_URL, IPP_SCAN_STREAM  the NATS server and stream name (default IPP_SCAN)
`;
