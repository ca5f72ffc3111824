/**
 * Generated from the app's /openapi.json by `npm run gen:client` (web/scripts/gen-client.ts).
 * Do not edit: test/portal-client.test.ts fails when this file differs from a fresh generation.
 */

export type paths = {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check */
        get: operations["getHealthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: migrations applied and start-up data (the demo) loaded
         * @description Answers 200 once the platform serves the API; before that 503 with a problem document whose detail says it is starting. `/healthz` is liveness only.
         */
        get: operations["getReadyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key (admin) */
        delete: operations["deleteApiKeysById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open appeals, oldest first (operator reviewers) */
        get: operations["getAppeals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An appeal (the item's parties and operator staff) */
        get: operations["getAppealsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide an appeal: upheld or reversed, with reasons; a reversal takes effect on the listing (a reviewer other than the original decider) */
        post: operations["postAppealsByIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signed checkpoints of the audit chain head, oldest first, with their signatures (public) */
        get: operations["getAuditCheckpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/entities/{type}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An entity's audit history: the chain records about it, in order, in pages (operator admin) */
        get: operations["getAuditEntitiesByTypeById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Ed25519 public key that signs audit checkpoints, and its fingerprint (public) */
        get: operations["getAuditPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Seal pending entries and verify the audit chain: links, writer MACs, and every signed checkpoint (operator admin) */
        post: operations["postAuditVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email and password; returns a session token (also set as a cookie) */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brand-knowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Supply the caller brand's knowledge for detection (names, aliases, product lines, prices, colours, countries, authorized sellers); writes a new version
         * @description The body follows docs/brand-knowledge.schema.json. Errors name the brand and field.
         */
        put: operations["putBrandKnowledge"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brand-knowledge/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A brand organisation's current knowledge (the brand itself and operator staff) */
        get: operations["getBrandKnowledgeById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/counter-notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A counter-notice (the seller, the rights holder and its agent, operator staff) */
        get: operations["getCounterNoticesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/counter-notices/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The rights holder answers a counter-notice: proof of a filed court action, or a response with evidence */
        post: operations["postCounterNoticesByIdAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/counter-notices/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide a counter-notice in review: reinstate the listing or uphold the takedown, with reasons (operator reviewers) */
        post: operations["postCounterNoticesByIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/counter-notices/{id}/documents/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download evidence attached to a counter-notice or its answer (the parties) */
        get: operations["getCounterNoticesByIdDocumentsBySha256"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Decisions the caller may see, newest first: a seller its stores', a rights holder or agent its brands', a marketplace key its marketplace's, staff all */
        get: operations["getDecisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One decision with its statement of reasons (DSA Art 17) and until when it can be appealed */
        get: operations["getDecisionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/{id}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Appeal a decision (a party to it: the seller it restricts, the notifier of the notice behind it) until its appealableUntil (DSA Art 20) */
        post: operations["postDecisionsByIdAppeals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/detection/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Detection cases: the review queue for operator staff, verification requests for a brand */
        get: operations["getDetectionCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/detection/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One detection case */
        get: operations["getDetectionCasesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/detection/cases/{id}/brand-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The brand says whether a suspicious listing is counterfeit (sent to review) or genuine (closed) */
        post: operations["postDetectionCasesByIdBrandVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/detection/cases/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove the listing or dismiss the case (operator reviewers) */
        post: operations["postDetectionCasesByIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/detection/rescans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rescan the whole catalogue (after rules change); progress is kept and resumes after a restart (operator admin) */
        post: operations["postDetectionRescans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/detection/rescans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of a rescan */
        get: operations["getDetectionRescansById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/detection/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statements of reasons for proactive removals (the seller's own; all for operator staff) */
        get: operations["getDetectionStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/detection/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One statement of reasons for a proactive removal */
        get: operations["getDetectionStatementsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/detection/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scanned listings, verdicts, and proactive removals counted apart from notice-driven ones (operator staff) */
        get: operations["getDetectionStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller organisation's uploaded documents, newest first; by right, those the right cites and those used as evidence under it (for reuse as evidence)
         * @description Paged with limit and offset. `q` narrows the list to documents whose file name (as given at upload) contains the text in any case, or whose SHA-256 starts with it.
         */
        get: operations["getDocuments"];
        put?: never;
        /**
         * Upload a document (certificate, authorization, screenshot, test-buy report, cached page); at most 1048576 bytes
         * @description Send the file as the raw body with its media type (application/pdf, image/png, image/jpeg, image/webp, image/gif, text/plain, text/html, message/rfc822, application/zip). Stored by SHA-256: the same bytes uploaded twice are stored once.
         */
        post: operations["postDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document (uploader, operator staff, and the parties of a notice that cites it) */
        get: operations["getDocumentsBySha256"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notice items from the caller's side, newest first: a seller's items against its own listings, a rights holder's or agent's items, a marketplace's, or all (operator staff) */
        get: operations["getItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One notice item side by side with notice, right, evidence and listing (its parties only) */
        get: operations["getItemsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Appeal the decision in force on an item (its seller or rights holder) within the appeal window (DSA Art 20) */
        post: operations["postItemsByIdAppeals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whose move it is on an item and by when (its parties) */
        get: operations["getItemsByIdClock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/counter-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item's counter-notice with the rights holder's answer (the item's parties) */
        get: operations["getItemsByIdCounterNotice"];
        put?: never;
        /** File a counter-notice for a removed item (its seller), within the policy window */
        post: operations["postItemsByIdCounterNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide an item: remove, reject with a reason code, or request information (operator reviewers) */
        post: operations["postItemsByIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/info-response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a reviewer's question (the rights holder or its agent); the review clock resumes */
        post: operations["postItemsByIdInfoResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/provisional-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm or reverse a provisional takedown (operator reviewers): confirm keeps the listing down, reverse reinstates it and counts against the notifier
         * @description confirm records a takedown_upheld decision (reason provisional_confirmed); reverse reinstates the listing (listing.reinstated) with a reinstatement decision and outcome (reason provisional_reversed). 409 when it was already decided or the item is no longer removed.
         */
        post: operations["postItemsByIdProvisionalDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item's full history (notice, decisions, counter-notice, answers, clocks, outcome, appeals) with reasons (its parties) */
        get: operations["getItemsByIdTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/items/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw one item of a notice at any time (the rights holder or its agent); a removed listing is reinstated */
        post: operations["postItemsByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keyword-rules/{scope}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The keyword controls in force for a marketplace, or the default (operator staff) */
        get: operations["getKeywordRulesByScope"];
        /** Set the keyword controls (markers, coded language, piracy terms with severities) of one marketplace, or "default"; writes a new version (operator staff) */
        put: operations["putKeywordRulesByScope"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the double-entry ledger: each movement a whole pair, each currency summing to zero (operator admins) */
        get: operations["getLedgerCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Licences: a seller's own, a marketplace's stores', all for operator staff (status=pending is the reviewers' queue, oldest first) */
        get: operations["getLicences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/licences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One licence with its status, expiry and the decision on it */
        get: operations["getLicencesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/licences/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify or refuse a pending licence with reasons (operator reviewers); a refusal can be appealed */
        post: operations["postLicencesByIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search listings across every marketplace by URL, marketplace listing id, title text, store or state (rights holders, agents, operator staff; a marketplace key its own listings)
         * @description `q` matches part of the title in any case, or a marketplace listing id exactly; it needs at least 3 characters (the trigram index answers from three). Results are ordered by registration time and paged with limit and offset.
         */
        get: operations["getListings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One listing */
        get: operations["getListingsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}/verdict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A listing's latest detection verdict with its signals and evidence (operator staff) */
        get: operations["getListingsByIdVerdict"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All marketplaces */
        get: operations["getMarketplaces"];
        put?: never;
        /**
         * Register a marketplace with its jurisdiction and webhook endpoint (admin)
         * @description Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        post: operations["postMarketplaces"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One marketplace */
        get: operations["getMarketplacesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a marketplace (admin)
         * @description Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        patch: operations["patchMarketplacesById"];
        trace?: never;
    };
    "/v1/marketplaces/{id}/listings/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Register or update one listing (the marketplace itself, by its API key) */
        put: operations["putMarketplacesByIdListingsByExternalId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplaces/{id}/listings/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register or update up to 1000 listings at once, all or nothing */
        post: operations["postMarketplacesByIdListingsBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplaces/{id}/orders/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Order and payout events, up to 1,000, all validated first; idempotent per (order id, event); proceeds of listings under an open notice or case are held; a payout of held money is refused (the marketplace key) */
        post: operations["postMarketplacesByIdOrdersBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplaces/{id}/stores/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Register or rename a seller store, with its trader details (the marketplace or an admin)
         * @description With `trader` (DSA Art 30), the store is linked to every store sharing a normalised identifier (see the traders module, and POST /v1/marketplaces/{id}/stores/batch for many): a store newly linked to a closed or suspended store is held or refused (409) by the store-admission policy; malformed identifiers are a 400 naming the field and rule.
         */
        put: operations["putMarketplacesByIdStoresByExternalId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplaces/{id}/stores/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register or rename up to 1,000 stores with their trader details, all or nothing (the marketplace or an admin)
         * @description Each store is upserted by its external id; with `trader`, its identifiers are replaced by these (stored only as keyed hashes) and it is linked to every store, on any marketplace, sharing one. A store newly linked to a closed or suspended store is held (status `held`, a `store_admission` decision, a `store.held` webhook) or, if the store-admission policy says refuse, the whole batch is refused with 409 naming the linked store and the shared identifier kinds. Malformed identifiers: 400 naming the field and the rule (e164, email, iban-checksum, iban-format, not-empty).
         */
        post: operations["postMarketplacesByIdStoresBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplaces/{id}/webhook-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook deliveries to a marketplace, newest first (admin, or the marketplace's own API key)
         * @description Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        get: operations["getMarketplacesByIdWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/marketplaces/{id}/webhook-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the webhook signing secret (admin) */
        post: operations["postMarketplacesByIdWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller: person or API key, organisation and roles, and when a session ends */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/misuse/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Misuse findings, newest first, and the notifiers under a sanction now (operator staff) */
        get: operations["getMisuseFindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/misuse/findings/{id}/dismissal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss an open finding with reasons; nothing is imposed (operator reviewers and admins) */
        post: operations["postMisuseFindingsByIdDismissal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notices filed by or for the caller (all for operator staff), newest first */
        get: operations["getNotices"];
        put?: never;
        /** File a notice: one right, 1 to 300 listings on any marketplace, evidence per listing */
        post: operations["postNotices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One notice with its items, their states and deadlines */
        get: operations["getNoticesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw every open item of a notice (the rights holder or its agent); removed listings are reinstated */
        post: operations["postNoticesByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File a notice from a CSV file (one listing per row)
         * @description Body: a UTF-8 CSV (RFC 4180, header row, at most 300 rows, at most 1048576 bytes) with columns listing_id, marketplace_id, external_id, url, evidence_kind, evidence_sha256, evidence_url, captured_at, explanation, sent either as the raw body (Content-Type: text/csv) or as a form upload (multipart/form-data with the file in a part named "file"). Identify each listing by listing_id, by marketplace_id + external_id, or by url. The notice fields go in the query string. Errors name the CSV line and column; another media type is answered 415 with the accepted ones.
         */
        post: operations["postNoticesCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts over every notice the caller can list (GET /v1/notices): items by state, whose move, totals, and the soonest deadlines */
        get: operations["getNoticesSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the caller's organisation was told: counter-notices, answers and outcome statements */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifier-sanctions/{id}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a notifier's sanction with reasons (operator admins); a notifier_restoration decision */
        post: operations["postNotifierSanctionsByIdLift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every notifier with its current figures, sortable and paginated (operator staff) */
        get: operations["getNotifiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifiers/{orgId}/misuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A notifier's misuse findings (with the notices behind them), warnings and sanctions, and where it stands (the notifier itself, operator staff) */
        get: operations["getNotifiersByOrgIdMisuse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifiers/{orgId}/sanctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Warn, suspend or terminate a notifier by hand, on a finding or not, with reasons (operator reviewers and admins); a notifier_sanction decision */
        post: operations["postNotifiersByOrgIdSanctions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifiers/{orgId}/standing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A notifier's standing: figures month by month, rates, thresholds met or not, what to change, programme history (the notifier, its agents, operator staff) */
        get: operations["getNotifiersByOrgIdStanding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifiers/standing/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute every figure from notices, decisions and outcomes (operator admin) */
        post: operations["postNotifiersStandingRebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organisations visible to the caller (all for operator staff; a brand's members also every agent firm with kind=agent; its own for anyone else)
         * @description Ordered by creation time and paged with limit and offset. `q` narrows the list to organisations whose name contains the text in any case; `kind` to one kind.
         */
        get: operations["getOrganisations"];
        put?: never;
        /** Create an organisation (admin) */
        post: operations["postOrganisations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation (its members and operator staff only) */
        get: operations["getOrganisationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys of an organisation (admin) */
        get: operations["getOrganisationsByIdApiKeys"];
        put?: never;
        /** Create an API key for a machine client (admin); the key is shown once */
        post: operations["postOrganisationsByIdApiKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}/approved-brand-names": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Names a brand organisation may use in its brand knowledge without a verified right of that name (the organisation and operator staff) */
        get: operations["getOrganisationsByIdApprovedBrandNames"];
        put?: never;
        /** Approve names for a brand organisation's knowledge (operator admin) */
        post: operations["postOrganisationsByIdApprovedBrandNames"];
        /** Withdraw the approval of one name (operator admin) */
        delete: operations["deleteOrganisationsByIdApprovedBrandNames"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of an organisation */
        get: operations["getOrganisationsByIdMembers"];
        put?: never;
        /** Add a person to an organisation with a role (admin) */
        post: operations["postOrganisationsByIdMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{id}/trust": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Vet an agent firm, or set or clear trusted-flagger status (DSA Art 22) (operator admin)
         * @description vettedAgent: the operator vetted the agent firm (agents only); trustedFlagger: the awarding authority and date, or null to clear. Audited.
         */
        put: operations["putOrganisationsByIdTrust"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every policy the caller may read, with the version in force (defined with definePolicy) */
        get: operations["getPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/{key}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A policy's versions, newest first, each with its body and whether it still validates */
        get: operations["getPoliciesByKeyVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/deposits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deposits policy in force (every signed-in party) */
        get: operations["getPoliciesDeposits"];
        /** Set the deposits policy (operator admin); writes a new version */
        put: operations["putPoliciesDeposits"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/detection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The detection policy in force (operator staff) */
        get: operations["getPoliciesDetection"];
        /**
         * Set the detection policy: score thresholds to actions, weights (operator admin)
         * @description Fields left out keep their default values; `weights` are merged with the default weights.
         */
        put: operations["putPoliciesDetection"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/expedited-path": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What good faith buys, in force: evidence a member may leave out, the expedited path per marketplace (every signed-in party) */
        get: operations["getPoliciesExpeditedPath"];
        /**
         * Set the expedited path per marketplace (priority or provisional takedown, with its SLA) and the evidence burden of good faith (operator admin)
         * @description Refused with 422 naming the rule: an SLA that is not a positive number of hours (positive-sla), an unknown marketplace (marketplace-known), an optional evidence kind that is not required (optional-is-required). Nothing is stored on refusal.
         */
        put: operations["putPoliciesExpeditedPath"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/good-faith": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Good Faith Program policy in force (visible to every party) */
        get: operations["getPoliciesGoodFaith"];
        /** Publish a Good Faith Program policy (operator admin): a new version; every notifier is evaluated against it at once */
        put: operations["putPoliciesGoodFaith"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/good-faith/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shipped policies: the seeds' rules (the default) and the later public rules */
        get: operations["getPoliciesGoodFaithPresets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/good-faith/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What-if (operator admin): over the recorded figures, who would gain or lose standing with this policy compared with the one in force; nothing is written */
        post: operations["postPoliciesGoodFaithPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/holiday-calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Holiday calendars used to count business days, per jurisdiction */
        get: operations["getPoliciesHolidayCalendars"];
        /** Set holiday calendars (operator admin); writes a new version */
        put: operations["putPoliciesHolidayCalendars"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Restricted categories and the licence each needs, refuse or hold per marketplace, the expiry warning (every signed-in party) */
        get: operations["getPoliciesLicences"];
        /** Set the licence policy (operator admin); writes a new version */
        put: operations["putPoliciesLicences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/notifier-misuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notifier-misuse policy in force (operator staff) */
        get: operations["getPoliciesNotifierMisuse"];
        /** Set the notifier-misuse policy (operator admin); writes a new version */
        put: operations["putPoliciesNotifierMisuse"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/putback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counter-notice procedures and put-back clocks in force (visible to every party) */
        get: operations["getPoliciesPutback"];
        /** Set counter-notice procedures and clocks (operator admin); writes a new version */
        put: operations["putPoliciesPutback"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/refund-first": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The refund-first policy in force (every signed-in party) */
        get: operations["getPoliciesRefundFirst"];
        /** Set the refund-first policy (operator admin); writes a new version */
        put: operations["putPoliciesRefundFirst"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/review-sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Review deadlines in force, per infringement type (visible to every party) */
        get: operations["getPoliciesReviewSla"];
        /** Set review deadlines (operator admin); writes a new version */
        put: operations["putPoliciesReviewSla"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/seller-accountability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Points, strikes and sanctions policy in force (visible to every party) */
        get: operations["getPoliciesSellerAccountability"];
        /** Set the seller-accountability policy (operator admin); writes a new version */
        put: operations["putPoliciesSellerAccountability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/store-admission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store admission policy in force (operator staff) */
        get: operations["getPoliciesStoreAdmission"];
        /** Set what happens to stores linked to a closed or suspended store, per marketplace (operator admin) */
        put: operations["putPoliciesStoreAdmission"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reason-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The operator's reason templates, by reason code and language (operator reviewers and admins) */
        get: operations["getReasonTemplates"];
        put?: never;
        /** Add a reason template (operator admins) */
        post: operations["postReasonTemplates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reason-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a reason template at the version read (operator admins) */
        put: operations["putReasonTemplatesById"];
        post?: never;
        /** Remove a reason template (operator admins); decisions already made keep their text */
        delete: operations["deleteReasonTemplatesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/representations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agent authorizations involving the caller's organisation */
        get: operations["getRepresentations"];
        put?: never;
        /** Authorize an agent firm to file notices for a brand (letter of authorization) */
        post: operations["postRepresentations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/representations/{agentOrgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an agent's authorization at once (the brand, or an admin naming the brand) */
        delete: operations["deleteRepresentationsByAgentOrgId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide up to 100 items the same way: remove, or reject with a reason code (operator reviewers)
         * @description Each item is decided exactly as by POST /v1/items/{id}/decision (decision, statement of reasons, events, webhook, audit), one after another. An item that cannot be decided (already decided, waiting for an answer, unknown) is reported in its own result with the problem that refused it; the others stand.
         */
        post: operations["postReviewDecisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review/items/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a pending item so no other reviewer works on it, or renew one's own claim; a claim expires by itself (operator reviewers)
         * @description 409 with claimedBy and deadline when another reviewer's claim still runs, or with state when the item is not pending.
         */
        post: operations["postReviewItemsByIdClaim"];
        /** Release one's own claim on an item; a supervisor (operator admin) may release anyone's */
        delete: operations["deleteReviewItemsByIdClaim"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything whose move is the reviewer's (new items, answered questions, counter-notices and rights-holder answers, appeals), earliest deadline first (operator reviewers) */
        get: operations["getReviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review/supervisor-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdue decisions escalated to supervisors: notices past their review deadline, counter-notice reviews and appeals past theirs (operator admins) */
        get: operations["getReviewSupervisorQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's rights (its principals' too for an agent; all for operator staff)
         * @description Ordered by registration time and paged with limit and offset. `q` narrows the list to rights whose name, registration number or owner name contains the text in any case; `orgId` to one organisation the caller may read (an agent picks one principal).
         */
        get: operations["getRights"];
        put?: never;
        /**
         * Record a trademark, patent or copyright (rights holder, or an agent for its principal)
         * @description Trademarks need registration number, office, jurisdiction, Nice classes and expiry; patents need number, jurisdiction, kind and expiry; copyrights need the work and proof of ownership. A reviewer verifies the right before notices may rely on it.
         */
        post: operations["postRights"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rights/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One right */
        get: operations["getRightsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rights/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify or reject a right (operator reviewer) */
        post: operations["postRightsByIdVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sanctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sanctions, newest first (operator staff: all; a marketplace key: its stores) */
        get: operations["getSanctions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sanctions/{id}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a sanction with reasons (operator admins); a decision of its own, and store.restored */
        post: operations["postSanctionsByIdLift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statements of reasons the caller may read, newest first (the seller its own, the notifier side its notices', the marketplace its own) */
        get: operations["getStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One statement of reasons (the statement of decision :id) */
        get: operations["getStatementsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stores: all for operator staff, its own for a marketplace key, the linked ones for a seller */
        get: operations["getStores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Link a store to the seller organisation that operates it (admin) */
        patch: operations["patchStoresById"];
        trace?: never;
    };
    "/v1/stores/{id}/accountability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A store's points, strikes, sanctions and education (operator staff, the store's seller, the marketplace's key) */
        get: operations["getStoresByIdAccountability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores/{id}/deposit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A store's deposit: balance, what the policy requires, confiscations (staff, the store's seller, its marketplace key) */
        get: operations["getStoresByIdDeposit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores/{id}/deposit/confiscations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confiscate a store deposit by hand for an upheld infringement decision (operator reviewers and admins) */
        post: operations["postStoresByIdDepositConfiscations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores/{id}/deposit/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The marketplace reports the store closed: its deposit is released after the waiting period if in good standing (its key) */
        post: operations["postStoresByIdDepositRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores/{id}/deposit/top-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The marketplace reports a deposit payment of the store's seller (its key); idempotent per paymentId */
        post: operations["postStoresByIdDepositTopUps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores/{id}/education/acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The store's seller acknowledges the education module in force; the store may list again */
        post: operations["postStoresByIdEducationAcknowledgement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores/{id}/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a market-access licence for one of the seller's stores; it waits for a reviewer */
        post: operations["postStoresByIdLicences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A store's linked accounts: its cluster and the evidence of each link (staff; the marketplace and the seller for their own stores)
         * @description Stores sharing a normalised trader identifier are linked, transitively, across marketplaces. Evidence names the kinds of identifier shared and between which stores, never the values. Staff see every store in full; a marketplace key sees its own stores in full, a seller its own; other stores appear only with their id, marketplace and status.
         */
        get: operations["getStoresByIdLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores/{id}/money": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A store's balances and held proceeds with why (staff, the store's seller, its marketplace key) */
        get: operations["getStoresByIdMoney"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores/{id}/points/deductions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Count an upheld infringement against a store by hand (operator staff); refused when the decision was already counted */
        post: operations["postStoresByIdPointsDeductions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stores/{id}/sanctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sanction a store by hand with reasons (operator staff); only harsher than the sanction in force */
        post: operations["postStoresByIdSanctions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One webhook delivery with every attempt: time, signature, response status, reason, duration
         * @description Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        get: operations["getWebhookDeliveriesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivered or failed webhook again now; earlier attempts stay in the log (audited)
         * @description The replay keeps the delivery id, so a receiver that already processed the event skips it. Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        post: operations["postWebhookDeliveriesByIdReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = {
    "listing.reinstated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A removed listing is active again: a counter-notice, a withdrawal or an appeal lifted the last removal holding it.
         * @description Signed with X-OpenIPP-Signature. Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            /** @description The appealed decision, when an appeal reversed it */
                            appealed_decision_id: string | null;
                            /** @description Why: no_response, counter_notice_upheld, withdrawn, appeal, ... */
                            cause: string;
                            /** Format: uuid */
                            decision_id: string;
                            item_id: string | null;
                            /** Format: uuid */
                            listing_id: string;
                            /** @description The listing's version after this change */
                            listing_version: number;
                            /** @description The listing's id on the marketplace */
                            marketplace_listing_id: string;
                            notice_id: string | null;
                            /** Format: uuid */
                            outcome_id: string;
                            reason: {
                                text: string;
                            };
                            /**
                             * @description What the removal came from: a notice, proactive detection, the store's closure, or a missing or lapsed market-access licence
                             * @enum {unknown}
                             */
                            source: "notice" | "proactive_detection" | "store_closure" | "licence";
                            /** @description Where the marketplace reads the statement of reasons (GET with its API key) */
                            statement_path: string;
                            store_external_id: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        occurred_at: string;
                        /** @constant */
                        type: "listing.reinstated";
                    };
                };
            };
            responses: {
                /** @description Received; any other answer is retried with backoff */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "listing.removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A listing was taken down: on a notice, proactively, or after an appeal. Carries the decision and the path of its statement of reasons.
         * @description Signed with X-OpenIPP-Signature. Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            /** @description Whether automation decided it (DSA Art 17(3)(c)) */
                            automated_decision: boolean;
                            /** @description The detection case, for a proactive removal */
                            case_id: string | null;
                            /** Format: uuid */
                            decision_id: string;
                            item_id: string | null;
                            /** Format: uuid */
                            listing_id: string;
                            /** @description The listing's version after this change */
                            listing_version: number;
                            /** @description The listing's id on the marketplace */
                            marketplace_listing_id: string;
                            notice_id: string | null;
                            reason: {
                                code: string | null;
                                text: string;
                            };
                            /**
                             * @description What the removal came from: a notice, proactive detection, the store's closure, or a missing or lapsed market-access licence
                             * @enum {unknown}
                             */
                            source: "notice" | "proactive_detection" | "store_closure" | "licence";
                            /** Format: uuid */
                            statement_id: string;
                            /** @description Where the marketplace reads the statement of reasons (GET with its API key) */
                            statement_path: string;
                            store_external_id: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        occurred_at: string;
                        /** @constant */
                        type: "listing.removed";
                    };
                };
            };
            responses: {
                /** @description Received; any other answer is retried with backoff */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "store.admitted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A held store was admitted: an appeal reversed the hold. It lists again.
         * @description Signed with X-OpenIPP-Signature. Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            appealed_decision_id: string;
                            /** Format: uuid */
                            decision_id: string;
                            reason: {
                                text: string;
                            };
                            /** @description Where the marketplace reads the statement of reasons (GET with its API key) */
                            statement_path: string;
                            /** @description The store's id on the marketplace */
                            store_external_id: string;
                            /** Format: uuid */
                            store_id: string;
                        };
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        occurred_at: string;
                        /** @constant */
                        type: "store.admitted";
                    };
                };
            };
            responses: {
                /** @description Received; any other answer is retried with backoff */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "store.closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The store is closed: every active listing of it is taken down (each with its own listing.removed and statement), and it lists nothing new.
         * @description Signed with X-OpenIPP-Signature. Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            /** @description Points left in the store's yearly allotment */
                            balance: number;
                            /** Format: uuid */
                            decision_id: string;
                            /** @description The seller must acknowledge the education module before listing again */
                            education_required: boolean;
                            /** @description When a suspension ends */
                            ends_at: string | null;
                            listing_limit: number | null;
                            /** @enum {unknown} */
                            sanction: "warning" | "listing_limit" | "suspension" | "closure";
                            /** Format: uuid */
                            sanction_id: string;
                            /** @description Where the statement of reasons is read (GET with the API key) */
                            statement_path: string;
                            /**
                             * @description The store's status after this change
                             * @enum {unknown}
                             */
                            status: "active" | "held" | "suspended" | "closed";
                            /** @description The store's id on the marketplace */
                            store_external_id: string;
                            /** Format: uuid */
                            store_id: string;
                            /** @description Strikes in force when the sanction was imposed */
                            strikes: number;
                        };
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        occurred_at: string;
                        /** @constant */
                        type: "store.closed";
                    };
                };
            };
            responses: {
                /** @description Received; any other answer is retried with backoff */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "store.deposit_below_minimum": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The deposit fell below the minimum of the deposits policy: the store must top it up.
         * @description Signed with X-OpenIPP-Signature. Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            /** @description Minor units moved by this change */
                            amount: number;
                            /** @description The deposit after this change, in minor units */
                            balance: number;
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description The decision behind the change (confiscation, return) */
                            decision_id: string | null;
                            /** @description Below this the store must top up */
                            minimum: number;
                            /** Format: uuid */
                            movement_id: string;
                            /** @description The deposit the policy requires of the store */
                            required: number;
                            /** @enum {unknown} */
                            status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                            /** @description The store's id on the marketplace */
                            store_external_id: string;
                            /** Format: uuid */
                            store_id: string;
                        };
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        occurred_at: string;
                        /** @constant */
                        type: "store.deposit_below_minimum";
                    };
                };
            };
            responses: {
                /** @description Received; any other answer is retried with backoff */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "store.deposit_confiscated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * All or part of the store's deposit was confiscated by a deposit_confiscation decision (statement of reasons at /v1/decisions/{decision_id}).
         * @description Signed with X-OpenIPP-Signature. Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            /** @description Minor units moved by this change */
                            amount: number;
                            /** @description The deposit after this change, in minor units */
                            balance: number;
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description The decision behind the change (confiscation, return) */
                            decision_id: string | null;
                            /** @description Below this the store must top up */
                            minimum: number;
                            /** Format: uuid */
                            movement_id: string;
                            /** @description The deposit the policy requires of the store */
                            required: number;
                            /** @enum {unknown} */
                            status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                            /** @description The store's id on the marketplace */
                            store_external_id: string;
                            /** Format: uuid */
                            store_id: string;
                        };
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        occurred_at: string;
                        /** @constant */
                        type: "store.deposit_confiscated";
                    };
                };
            };
            responses: {
                /** @description Received; any other answer is retried with backoff */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "store.deposit_released": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The deposit of a closed store in good standing was released to the marketplace for the seller after the waiting period.
         * @description Signed with X-OpenIPP-Signature. Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            /** @description Minor units moved by this change */
                            amount: number;
                            /** @description The deposit after this change, in minor units */
                            balance: number;
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description The decision behind the change (confiscation, return) */
                            decision_id: string | null;
                            /** @description Below this the store must top up */
                            minimum: number;
                            /** Format: uuid */
                            movement_id: string;
                            /** @description The deposit the policy requires of the store */
                            required: number;
                            /** @enum {unknown} */
                            status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                            /** @description The store's id on the marketplace */
                            store_external_id: string;
                            /** Format: uuid */
                            store_id: string;
                        };
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        occurred_at: string;
                        /** @constant */
                        type: "store.deposit_released";
                    };
                };
            };
            responses: {
                /** @description Received; any other answer is retried with backoff */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "store.deposit_returned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A confiscation was undone (the infringement decision reversed, or the confiscation reversed on appeal): the amount is back in the deposit.
         * @description Signed with X-OpenIPP-Signature. Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            /** @description Minor units moved by this change */
                            amount: number;
                            /** @description The deposit after this change, in minor units */
                            balance: number;
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description The decision behind the change (confiscation, return) */
                            decision_id: string | null;
                            /** @description Below this the store must top up */
                            minimum: number;
                            /** Format: uuid */
                            movement_id: string;
                            /** @description The deposit the policy requires of the store */
                            required: number;
                            /** @enum {unknown} */
                            status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                            /** @description The store's id on the marketplace */
                            store_external_id: string;
                            /** Format: uuid */
                            store_id: string;
                        };
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        occurred_at: string;
                        /** @constant */
                        type: "store.deposit_returned";
                    };
                };
            };
            responses: {
                /** @description Received; any other answer is retried with backoff */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "store.deposit_topped_up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The store's deposit was topped up with a payment the marketplace reported.
         * @description Signed with X-OpenIPP-Signature. Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            /** @description Minor units moved by this change */
                            amount: number;
                            /** @description The deposit after this change, in minor units */
                            balance: number;
                            /** @description ISO 4217 */
                            currency: string;
                            /** @description The decision behind the change (confiscation, return) */
                            decision_id: string | null;
                            /** @description Below this the store must top up */
                            minimum: number;
                            /** Format: uuid */
                            movement_id: string;
                            /** @description The deposit the policy requires of the store */
                            required: number;
                            /** @enum {unknown} */
                            status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                            /** @description The store's id on the marketplace */
                            store_external_id: string;
                            /** Format: uuid */
                            store_id: string;
                        };
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        occurred_at: string;
                        /** @constant */
                        type: "store.deposit_topped_up";
                    };
                };
            };
            responses: {
                /** @description Received; any other answer is retried with backoff */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "store.held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A store was held at registration: its trader details link it to a closed or suspended store. It lists nothing until a reviewer admits it on appeal.
         * @description Signed with X-OpenIPP-Signature. Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            decision_id: string;
                            reason: {
                                text: string;
                            };
                            /** @description Which kinds of identifier link the store to the barred one (never the values) */
                            shared_identifier_kinds: ("legal_name" | "registration_number" | "address" | "phone" | "email" | "payout_account" | "fingerprint")[];
                            /** @description Where the marketplace reads the statement of reasons (GET with its API key) */
                            statement_path: string;
                            /** @description The store's id on the marketplace */
                            store_external_id: string;
                            /** Format: uuid */
                            store_id: string;
                        };
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        occurred_at: string;
                        /** @constant */
                        type: "store.held";
                    };
                };
            };
            responses: {
                /** @description Received; any other answer is retried with backoff */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "store.restored": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sanction on the store ended: served, lifted because the decisions it rested on were reversed, or reversed on appeal. `status` is what the store may do now; listings a closure took down come back with listing.reinstated.
         * @description Signed with X-OpenIPP-Signature. Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description Why it ended
                             * @enum {unknown}
                             */
                            cause: "suspension_served" | "basis_reversed" | "appeal" | "operator";
                            /** Format: uuid */
                            decision_id: string;
                            /** @enum {unknown} */
                            sanction: "warning" | "listing_limit" | "suspension" | "closure";
                            /** Format: uuid */
                            sanction_id: string;
                            /** @description Where the statement of reasons is read (GET with the API key) */
                            statement_path: string;
                            /**
                             * @description The store's status after this change
                             * @enum {unknown}
                             */
                            status: "active" | "held" | "suspended" | "closed";
                            /** @description The store's id on the marketplace */
                            store_external_id: string;
                            /** Format: uuid */
                            store_id: string;
                        };
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        occurred_at: string;
                        /** @constant */
                        type: "store.restored";
                    };
                };
            };
            responses: {
                /** @description Received; any other answer is retried with backoff */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "store.suspended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The store is suspended until ends_at: it lists nothing new; its existing listings stay unless removed.
         * @description Signed with X-OpenIPP-Signature. Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            /** @description Points left in the store's yearly allotment */
                            balance: number;
                            /** Format: uuid */
                            decision_id: string;
                            /** @description The seller must acknowledge the education module before listing again */
                            education_required: boolean;
                            /** @description When a suspension ends */
                            ends_at: string | null;
                            listing_limit: number | null;
                            /** @enum {unknown} */
                            sanction: "warning" | "listing_limit" | "suspension" | "closure";
                            /** Format: uuid */
                            sanction_id: string;
                            /** @description Where the statement of reasons is read (GET with the API key) */
                            statement_path: string;
                            /**
                             * @description The store's status after this change
                             * @enum {unknown}
                             */
                            status: "active" | "held" | "suspended" | "closed";
                            /** @description The store's id on the marketplace */
                            store_external_id: string;
                            /** Format: uuid */
                            store_id: string;
                            /** @description Strikes in force when the sanction was imposed */
                            strikes: number;
                        };
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        occurred_at: string;
                        /** @constant */
                        type: "store.suspended";
                    };
                };
            };
            responses: {
                /** @description Received; any other answer is retried with backoff */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "store.warned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The store was warned (and, when education_required, may list nothing new until its seller acknowledges the education module) or its active listings were capped (sanction listing_limit).
         * @description Signed with X-OpenIPP-Signature. Webhooks are delivered at least once. A worker that stops after sending but before recording the attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every retry and replay of one event, so a receiver must deduplicate on it, for example with `insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            /** @description Points left in the store's yearly allotment */
                            balance: number;
                            /** Format: uuid */
                            decision_id: string;
                            /** @description The seller must acknowledge the education module before listing again */
                            education_required: boolean;
                            /** @description When a suspension ends */
                            ends_at: string | null;
                            listing_limit: number | null;
                            /** @enum {unknown} */
                            sanction: "warning" | "listing_limit" | "suspension" | "closure";
                            /** Format: uuid */
                            sanction_id: string;
                            /** @description Where the statement of reasons is read (GET with the API key) */
                            statement_path: string;
                            /**
                             * @description The store's status after this change
                             * @enum {unknown}
                             */
                            status: "active" | "held" | "suspended" | "closed";
                            /** @description The store's id on the marketplace */
                            store_external_id: string;
                            /** Format: uuid */
                            store_id: string;
                            /** @description Strikes in force when the sanction was imposed */
                            strikes: number;
                        };
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        occurred_at: string;
                        /** @constant */
                        type: "store.warned";
                    };
                };
            };
            responses: {
                /** @description Received; any other answer is retried with backoff */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type components = {
    schemas: {
        /**
         * BrandKnowledge
         * @description What rights holders tell the proactive detection engine about their brands: names, protected terms, product lines with reference prices and produced colours, manufacturing countries, authorized sellers, and protected works with disc release dates. Loaded by `ipp scan --brands` and accepted by the API. Invalid brands are skipped with an error naming their JSON pointer; the rest load. Version 2 adds product categories, per-line short names, model numbers, categories and manufacturing countries, and category price ranges.
         */
        BrandKnowledge: {
            brands: {
                /** @description Other spellings, abbreviations and names in other scripts, e.g. "LV", "路易威登". */
                aliases?: string[];
                /** @description Marketplace seller ids authorised by the brand; their listings get no brand-derived signals. */
                authorizedSellers?: string[];
                /** @description Categories the brand makes goods in. Required for any brand indicator (price, colour, origin, quantity) to apply to a listing whose category is known. */
                categories?: ("apparel" | "shoes" | "handbags" | "small-leather-goods" | "watches" | "jewellery" | "eyewear" | "fragrance" | "cosmetics" | "phones" | "phone-accessories" | "computers" | "computer-accessories" | "audio" | "cameras" | "camera-lenses" | "game-consoles" | "video-games" | "toys" | "sports-equipment" | "outdoor-gear" | "bicycles" | "auto-parts" | "tyres" | "home-appliances" | "kitchenware" | "furniture" | "tools" | "books" | "film-tv" | "music" | "software" | "health-supplements" | "baby-products" | "pet-supplies" | "batteries" | "printer-supplies")[];
                /** @description Retail price ranges of new goods per category, used when a listing names the brand and a category but no product line. */
                categoryPrices?: {
                    /**
                     * @description Product category from OpenIPP's taxonomy. A brand name that is also an ordinary word only counts as a brand mention when the listing is in one of the brand's categories (from the listing's category field or the category words in its text).
                     * @enum {unknown}
                     */
                    category: "apparel" | "shoes" | "handbags" | "small-leather-goods" | "watches" | "jewellery" | "eyewear" | "fragrance" | "cosmetics" | "phones" | "phone-accessories" | "computers" | "computer-accessories" | "audio" | "cameras" | "camera-lenses" | "game-consoles" | "video-games" | "toys" | "sports-equipment" | "outdoor-gear" | "bicycles" | "auto-parts" | "tyres" | "home-appliances" | "kitchenware" | "furniture" | "tools" | "books" | "film-tv" | "music" | "software" | "health-supplements" | "baby-products" | "pet-supplies" | "batteries" | "printer-supplies";
                    referencePrice: {
                        /** @description ISO 4217 code; must have a rate in the detection policy. */
                        currency: string;
                        /** @description Must be >= min. */
                        max: number;
                        min: number;
                    };
                }[];
                /** @description Colours produced across the brand when a line does not list its own. */
                colours?: string[];
                /** @description Brand names or aliases that are also ordinary words ("Coach", "Apple"). Deprecated: the detector decides from the brand's categories whether a mention is of the brand; still accepted. */
                commonWordTerms?: string[];
                id: string;
                /** @description ISO 3166-1 alpha-2 codes (or common English/Chinese country names). */
                manufacturingCountries?: string[];
                name: string;
                /** @description What sellers call the brand when they avoid its name: nicknames, slang, descriptions of its logo or origin ("北脸", "跳豹标", "the cat logo brand"). A mention of the brand only in its categories or with one of its lines, reported as a brand_nickname signal. */
                nicknames?: string[];
                observedPrices?: {
                    /** @enum {unknown} */
                    condition?: "new" | "used" | "refurbished";
                    /** @description ISO 4217 code; must have a rate in the detection policy. */
                    currency: string;
                    price: number;
                    productLine?: string;
                }[];
                productLines?: {
                    /** @description Other full names of the line, in any language. */
                    aliases?: string[];
                    /**
                     * @description Category of the line; price is judged against the line when the line is recognised, else against the brand's price for the listing's category.
                     * @enum {unknown}
                     */
                    category?: "apparel" | "shoes" | "handbags" | "small-leather-goods" | "watches" | "jewellery" | "eyewear" | "fragrance" | "cosmetics" | "phones" | "phone-accessories" | "computers" | "computer-accessories" | "audio" | "cameras" | "camera-lenses" | "game-consoles" | "video-games" | "toys" | "sports-equipment" | "outdoor-gear" | "bicycles" | "auto-parts" | "tyres" | "home-appliances" | "kitchenware" | "furniture" | "tools" | "books" | "film-tv" | "music" | "software" | "health-supplements" | "baby-products" | "pet-supplies" | "batteries" | "printer-supplies";
                    /** @description Colours this line was actually produced in (English or Chinese names). A colour counts only as a whole colour word describing the product. */
                    colours?: string[];
                    /** @description Where this line is made, when it differs from the brand's countries (ISO 3166-1 alpha-2). */
                    manufacturingCountries?: string[];
                    /** @description Model and reference numbers ("126610LN", "A2084", "EF 24-70mm"), matched ignoring case, spaces and hyphens. */
                    modelNumbers?: string[];
                    /** @description Deprecated spelling of modelNumbers; still accepted. */
                    models?: string[];
                    /** @description Catalogue name of the line. With its aliases, short names and model numbers it identifies the line in a listing; it refines a brand mention (price, colours, origin) but does not by itself make one unless it is also listed in the brand's protectedTerms. */
                    name: string;
                    /** @description Retail price range of new goods. */
                    referencePrice?: {
                        /** @description ISO 4217 code; must have a rate in the detection policy. */
                        currency: string;
                        /** @description Must be >= min. */
                        max: number;
                        min: number;
                    };
                    /** @description How sellers write the line: short names and nicknames ("AJ1", "Pro 2", "二代"). Generation suffixes ("2", "II", "二代", "Gen 3") after a name are recognised without listing them. */
                    shortNames?: string[];
                }[];
                /** @description Distinctive terms that identify the brand's goods ("iPhone", "Neverfull"). */
                protectedTerms?: string[];
                works?: {
                    aliases?: string[];
                    /**
                     * Format: date
                     * @description First authorised DVD/Blu-ray release; discs offered earlier are apparent piracy.
                     */
                    discReleaseDate: string;
                    title: string;
                }[];
            }[];
            /** @description Version of this knowledge set, echoed in evidence. */
            version?: string;
        };
        /**
         * DepositsPolicy
         * @description Store deposits per marketplace: required amount (by category), minimum, confiscation share, release waiting days
         */
        DepositsPolicy: {
            marketplaces: {
                confiscation: {
                    /** @enum {unknown} */
                    mode: "full" | "partial";
                    sharePercent: number;
                };
                /** @enum {unknown} */
                currency: "AUD" | "BHD" | "CAD" | "CHF" | "CNY" | "EUR" | "GBP" | "HKD" | "JPY" | "KRW" | "KWD" | "PLN" | "SEK" | "SGD" | "USD";
                /** Format: uuid */
                marketplaceId: string;
                /** @description Minor units (cents) */
                minimum: number;
                releaseWaitingDays: number;
                /** @description Minor units (cents) */
                required: number;
                requiredByCategory: {
                    /** @description Minor units (cents) */
                    amount: number;
                    category: string;
                }[];
            }[];
        };
        /**
         * DetectionPolicy
         * @description Score thresholds to actions, signal weights, price rules
         */
        DetectionPolicy: {
            bulkQuantity: number;
            calibration?: number[][];
            currencyRates: {
                [key: string]: number;
            };
            descriptionWeakFactor?: number;
            indicatorOnlyScoreCap: number;
            maxPrice: number;
            maxTextLength: number;
            priceRatios?: {
                extreme: number;
                strong: number;
                weak: number;
            };
            priceZThreshold: number;
            thresholds: {
                /** @enum {unknown} */
                action: "remove" | "review" | "brand_verify" | "allow";
                minScore: number;
            }[];
            usedPriceFactor: number;
            version: string;
            weights: {
                [key: string]: number;
            };
        };
        /**
         * ExpeditedPathPolicy
         * @description What a notice filed in good faith gets: the evidence it may leave out, and per marketplace the expedited path (priority or provisional takedown) with its SLA
         */
        ExpeditedPathPolicy: {
            default: {
                /**
                 * @description priority: good-faith items are reviewed first, within slaHours; provisional: the listing is taken down at filing and a reviewer confirms or reverses within slaHours
                 * @enum {unknown}
                 */
                path: "priority" | "provisional";
                /** @description Hours from filing to the review (priority) or the confirmation (provisional) */
                slaHours: number;
            };
            marketplaces: {
                [key: string]: {
                    /**
                     * @description priority: good-faith items are reviewed first, within slaHours; provisional: the listing is taken down at filing and a reviewer confirms or reverses within slaHours
                     * @enum {unknown}
                     */
                    path: "priority" | "provisional";
                    /** @description Hours from filing to the review (priority) or the confirmation (provisional) */
                    slaHours: number;
                };
            };
            optionalEvidence: ("any" | "screenshot" | "test_buy_report" | "cached_copy" | "other")[];
            requiredEvidence: ("any" | "screenshot" | "test_buy_report" | "cached_copy" | "other")[];
            sellerSeesLetterDocument: boolean;
        };
        /** FieldError */
        FieldError: {
            detail: string;
            /** @description JSON pointer (RFC 6901) to the failing field */
            pointer: string;
            rule: string;
        };
        /**
         * GoodFaithPolicy
         * @description The Good Faith Program: window, thresholds (shares 0-1), minimum monthly volume, automatic removal and wait to rejoin, optional evidence for members, trial months for brands inside an agent programme
         */
        GoodFaithPolicy: {
            automaticRemoval: boolean;
            maxCounterNoticeShare: number;
            minConformingShare: number;
            minMonthlyNotices: number;
            minTakedownSuccess: number | null;
            perReasonCode: boolean;
            rejoinWaitMonths: number;
            trialMonths: number;
            windowMonths: number;
        };
        /** GoodFaithPreview */
        GoodFaithPreview: {
            /** Format: date-time */
            asOf: string;
            currentVersion: number;
            gains: number;
            items: {
                /** @enum {unknown} */
                change: "gains" | "loses" | "stays_member" | "stays_out";
                name: string;
                /** Format: uuid */
                orgId: string;
                qualifiesNow: boolean;
                qualifiesWithCandidate: boolean;
                /** @enum {unknown} */
                status: "member" | "removed" | "none";
                why: string;
            }[];
            loses: number;
        };
        /** GoodFaithProgramme */
        GoodFaithProgramme: {
            basis: ("own" | "agent" | "trial") | null;
            decisionId: string | null;
            rejoinAfter: string | null;
            since: string | null;
            /** @enum {unknown} */
            status: "member" | "removed" | "none";
            viaAgentOrgId: string | null;
        };
        /** LedgerCheck */
        LedgerCheck: {
            currencies: {
                currency: string;
                entries: number;
                /** @description Sum of all entries in minor units (0 when balanced) */
                total: number;
            }[];
            movements: number;
            /** @description Every movement is a whole pair and every currency sums to zero */
            ok: boolean;
            problems: {
                kind: string;
                /** @description The movement at fault (empty for a currency total) */
                movementId: string;
                problem: string;
            }[];
        };
        /** Licence */
        Licence: {
            /** @description The restricted category code */
            category: string;
            categoryName: string;
            /** Format: date-time */
            createdAt: string;
            decision: {
                /** Format: date-time */
                decidedAt: string;
                decidedBy: string;
                /** Format: uuid */
                id: string;
                /** @description notice_removal / notice_rejection: a reviewer decided a notice item; proactive_removal: detection found the listing; reinstatement: a removal ended (counter-notice, withdrawal, appeal); takedown_upheld: a counter-notice failed; appeal_upheld / appeal_reversed: an internal complaint was decided; store_sanction: a warning, education, listing limit, suspension or closure of a store; store_restoration: a sanction ended; store_admission: a store refused or held at registration; licence_verification: a market-access licence accepted or refused; licence_restriction: listings restricted for a missing or lapsed licence; notifier_sanction: a warning, suspension or termination of a notifier for misuse of the notice system (DSA Art 23); notifier_restoration: such a suspension or termination ended; notifier_admission / notifier_removal: a notifier admitted to or removed from the Good Faith Program (or a trial in it) by its measured standing; deposit_confiscation: all or part of a store's deposit confiscated for an upheld infringement (returned when that is undone); recovery_decision: a reviewer decided a recovery claim for a buyer refunded first (counterfeit: the recovery stands; genuine: the seller is made whole) */
                kind: "notice_removal" | "notice_rejection" | "proactive_removal" | "reinstatement" | "takedown_upheld" | "appeal_upheld" | "appeal_reversed" | "store_sanction" | "store_restoration" | "store_admission" | "licence_verification" | "licence_restriction" | "notifier_sanction" | "notifier_restoration" | "notifier_admission" | "notifier_removal" | "deposit_confiscation" | "recovery_decision";
                reasonText: string;
            } | null;
            /** @description SHA-256 of the content, lowercase hex */
            documentSha256: string;
            /** @description Verified, and within the warning period before it lapses */
            expiringSoon: boolean;
            /** Format: uuid */
            id: string;
            issuer: string;
            jurisdiction: string;
            /** Format: date-time */
            lapsesAt: string;
            licenceNumber: string;
            marketplace: {
                code: string;
                /** Format: uuid */
                id: string;
                jurisdiction: string;
                name: string;
            };
            /** Format: uuid */
            sellerOrgId: string;
            /**
             * @description pending review, verified, refused by a reviewer, or verified but past its last day
             * @enum {unknown}
             */
            status: "pending" | "verified" | "refused" | "expired";
            store: {
                externalId: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
            uploadedBy: string;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            validFrom: string;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            validUntil: string;
            /** Format: date-time */
            warnFrom: string;
        };
        /**
         * LicencesPolicy
         * @description Restricted categories, what happens to a listing without a licence, the expiry warning
         */
        LicencesPolicy: {
            categories: {
                /**
                 * @description A restricted category: books_press, audiovisual, insurance, lotteries, travel, adult
                 * @enum {unknown}
                 */
                code: "books_press" | "audiovisual" | "insurance" | "lotteries" | "travel" | "adult";
                name: string;
                /** @description Listing category values it covers. A value matches when its path segments (split on >, / or |, any case) are whole consecutive segments of the listing category: "books" matches "Books > Fiction", not "Bookshelves" */
                values: string[];
            }[];
            /** @description Per marketplace code, overriding mode */
            marketplaceModes: {
                [key: string]: "refuse" | "hold";
            };
            /**
             * @description refuse: a listing without the licence it needs is refused at registration (422); hold: it is stored and taken down at once until a licence is verified
             * @enum {unknown}
             */
            mode: "refuse" | "hold";
            /** @description Days before a licence lapses that its seller is warned */
            warningDays: number;
        };
        /** LinkedStore */
        LinkedStore: {
            /** @description Whether the store's name, external id and seller are shown: staff see every store, a marketplace its own, a seller its own */
            disclosed: boolean;
            externalId?: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            marketplaceId: string;
            marketplaceName: string;
            name?: string;
            sellerOrgId?: string | null;
            /** @enum {unknown} */
            status: "active" | "held" | "suspended" | "closed";
        };
        /** MisuseFinding */
        MisuseFinding: {
            /** Format: date-time */
            createdAt: string;
            /** @description The figures that crossed the threshold, with the thresholds and the window */
            figures: {
                [key: string]: number | string | string[];
            };
            /** Format: uuid */
            id: string;
            /** @description The notice items (and their notices and decisions) behind the finding */
            items: {
                decisionId: string | null;
                /** Format: uuid */
                itemId: string;
                /** Format: uuid */
                listingId: string;
                /** Format: uuid */
                noticeId: string;
                reasonCode: string | null;
                /** Format: uuid */
                storeId: string;
            }[];
            /**
             * @description unfounded: rejections for no infringement; competitor: a notifier linked to competing sellers; channel_control: notices against genuine, second-hand or parallel-imported goods; burst: many notices against one store in a short time
             * @enum {unknown}
             */
            kind: "unfounded" | "competitor" | "channel_control" | "burst";
            /** Format: uuid */
            orgId: string;
            policyVersion: number;
            sanctionId: string | null;
            /** @enum {unknown} */
            status: "open" | "acted" | "dismissed";
            storeId: string | null;
            summary: string;
            /** Format: date-time */
            windowEnd: string;
            /** Format: date-time */
            windowStart: string;
        };
        /** NoticeLetter */
        NoticeLetter: {
            agentName: string;
            /** Format: uuid */
            agentOrgId: string;
            /** @description The operator vetted the agent firm */
            agentVetted: boolean;
            /** @description The letter document (shown to the seller only when policy allows) */
            authorizationSha256: string | null;
            /** Format: date-time */
            grantedAt: string;
            /** @description The marketplaces covered; null: all */
            marketplaceIds: string[] | null;
            principalName: string;
            /** Format: uuid */
            principalOrgId: string;
            /** @description The rights covered; null: all of the brand's */
            rightIds: string[] | null;
            validUntil: string | null;
        };
        /** NotifierFigures */
        NotifierFigures: {
            /** @description Removals reversed on appeal */
            appealReversals: number;
            counterNoticesSucceeded: number;
            /** @description Notices refused at intake for the submission rules (evidence, right, jurisdiction, letter) */
            intakeRefused: number;
            items: number;
            /** @description Items rejected at review for missing or wrong evidence or a right that does not apply */
            nonconforming: number;
            notices: number;
            /** @description Provisional takedowns (good-faith expedited path) a reviewer reversed */
            provisionalReversals: number;
            /** @description Items rejected for other reasons (not infringing, genuine, second-hand, ...) */
            rejectedOther: number;
            /** @description Items removed (takedown success) */
            removed: number;
            withdrawals: number;
        };
        /** NotifierMisuse */
        NotifierMisuse: {
            /** @description Newest first */
            findings: components["schemas"]["MisuseFinding"][];
            org: {
                /** Format: uuid */
                id: string;
                /** @enum {unknown} */
                kind: "brand" | "agent";
                name: string;
            };
            /** @description Warnings, suspensions and terminations, newest first */
            sanctions: components["schemas"]["NotifierSanction"][];
            /** @enum {unknown} */
            status: "good_standing" | "warned" | "suspended" | "terminated";
            /** @description When a suspension ends */
            until: string | null;
        };
        /**
         * NotifierMisusePolicy
         * @description Protection against misuse of the notice system (DSA Art 23): thresholds per finding kind and the escalation
         */
        NotifierMisusePolicy: {
            /** @description Many items against one store by one notifier in a short time */
            burst: {
                /**
                 * @description sanction: a finding imposes the next escalation step; flag: it waits for operator staff
                 * @enum {unknown}
                 */
                action: "sanction" | "flag";
                minItems: number;
                /** @description A share between 0 and 1 */
                minRejectedShare: number;
                /** @description A positive number of hours */
                windowHours: number;
            };
            /** @description Notices against genuine, second-hand or parallel-imported goods, repeated */
            channelControl: {
                /**
                 * @description sanction: a finding imposes the next escalation step; flag: it waits for operator staff
                 * @enum {unknown}
                 */
                action: "sanction" | "flag";
                minCount: number;
                reasons: ("insufficient_evidence" | "right_not_applicable" | "not_infringing" | "genuine_goods" | "second_hand_goods" | "parallel_import" | "nominative_use" | "listing_changed" | "duplicate" | "other")[];
                /** @description A positive number of days */
                windowDays: number;
            };
            /** @description Rejected notices by a notifier sharing members with a competing seller organisation */
            competitor: {
                /**
                 * @description sanction: a finding imposes the next escalation step; flag: it waits for operator staff
                 * @enum {unknown}
                 */
                action: "sanction" | "flag";
                minCount: number;
                /** @description A positive number of days */
                windowDays: number;
            };
            /**
             * @description enforce: findings whose action is sanction impose the next step; observe: findings only
             * @enum {unknown}
             */
            enforcement: "enforce" | "observe";
            /** @description Warning first, then suspensions for N days, termination last */
            escalation: {
                /** @description A positive number of days */
                lookbackDays: number;
                steps: {
                    /** @description A positive number of days */
                    days?: number;
                    /** @enum {unknown} */
                    level: "warning" | "suspension" | "termination";
                }[];
            };
            /** @description Manifestly unfounded notices: rejections for no infringement */
            unfounded: {
                /**
                 * @description sanction: a finding imposes the next escalation step; flag: it waits for operator staff
                 * @enum {unknown}
                 */
                action: "sanction" | "flag";
                minCount: number;
                /** @description A share between 0 and 1 */
                minShare: number;
                reasons: ("insufficient_evidence" | "right_not_applicable" | "not_infringing" | "genuine_goods" | "second_hand_goods" | "parallel_import" | "nominative_use" | "listing_changed" | "duplicate" | "other")[];
                /** @description A positive number of days */
                windowDays: number;
            };
        };
        /** NotifierRates */
        NotifierRates: {
            conformingShare: number | null;
            counterNoticeShare: number;
            decided: number;
            takedownSuccess: number | null;
        };
        /** NotifierSanction */
        NotifierSanction: {
            /** @description In force now (not lifted, not served) */
            active: boolean;
            /** Format: uuid */
            decisionId: string;
            endsAt: string | null;
            findingId: string | null;
            findingKind: ("unfounded" | "competitor" | "channel_control" | "burst") | null;
            /** Format: uuid */
            id: string;
            /** @enum {unknown} */
            level: "warning" | "suspension" | "termination";
            liftedAt: string | null;
            liftedCause: ("suspension_served" | "appeal" | "operator") | null;
            liftedDecisionId: string | null;
            /** @description Imposed by a person rather than by the policy */
            manual: boolean;
            /** Format: uuid */
            orgId: string;
            reasonText: string;
            /** Format: date-time */
            startsAt: string;
            statementPath: string;
        };
        /** NotifierStanding */
        NotifierStanding: {
            /** Format: date-time */
            asOf: string;
            byReason: {
                rates: components["schemas"]["NotifierRates"];
                /** @enum {unknown} */
                reasonCode: "counterfeit" | "trademark_misuse" | "patent" | "copyright";
                totals: components["schemas"]["NotifierFigures"];
            }[];
            checks: {
                actual: number | null;
                met: boolean;
                reasonCode: ("counterfeit" | "trademark_misuse" | "patent" | "copyright") | null;
                /** @enum {unknown} */
                rule: "monthly-volume" | "conforming-share" | "counter-notice-share" | "takedown-success";
                threshold: number;
                /** @description What the notifier must change (empty when met) */
                toQualify: string;
            }[];
            history: {
                appealableUntil: string | null;
                /** Format: date-time */
                decidedAt: string;
                /** Format: uuid */
                decisionId: string;
                /** @description notice_removal / notice_rejection: a reviewer decided a notice item; proactive_removal: detection found the listing; reinstatement: a removal ended (counter-notice, withdrawal, appeal); takedown_upheld: a counter-notice failed; appeal_upheld / appeal_reversed: an internal complaint was decided; store_sanction: a warning, education, listing limit, suspension or closure of a store; store_restoration: a sanction ended; store_admission: a store refused or held at registration; licence_verification: a market-access licence accepted or refused; licence_restriction: listings restricted for a missing or lapsed licence; notifier_sanction: a warning, suspension or termination of a notifier for misuse of the notice system (DSA Art 23); notifier_restoration: such a suspension or termination ended; notifier_admission / notifier_removal: a notifier admitted to or removed from the Good Faith Program (or a trial in it) by its measured standing; deposit_confiscation: all or part of a store's deposit confiscated for an upheld infringement (returned when that is undone); recovery_decision: a reviewer decided a recovery claim for a buyer refunded first (counterfeit: the recovery stands; genuine: the seller is made whole) */
                kind: "notice_removal" | "notice_rejection" | "proactive_removal" | "reinstatement" | "takedown_upheld" | "appeal_upheld" | "appeal_reversed" | "store_sanction" | "store_restoration" | "store_admission" | "licence_verification" | "licence_restriction" | "notifier_sanction" | "notifier_restoration" | "notifier_admission" | "notifier_removal" | "deposit_confiscation" | "recovery_decision";
                reasonCode: string | null;
                reasonText: string;
                statementPath: string;
            }[];
            /** @description Figures month by month and reason code (the last 12 months, or the window if longer) */
            months: {
                figures: components["schemas"]["NotifierFigures"];
                month: string;
                /** @enum {unknown} */
                reasonCode: "counterfeit" | "trademark_misuse" | "patent" | "copyright";
            }[];
            organisation: {
                /** Format: uuid */
                id: string;
                kind: string;
                name: string;
            };
            policy: {
                body: components["schemas"]["GoodFaithPolicy"];
                version: number;
            };
            programme: components["schemas"]["GoodFaithProgramme"];
            qualifies: boolean;
            rates: components["schemas"]["NotifierRates"];
            toQualify: string[];
            totals: components["schemas"]["NotifierFigures"];
            /** @description The months the policy looks at, oldest first */
            window: string[];
        };
        /** PointEntry */
        PointEntry: {
            /** Format: date-time */
            at: string;
            decisionId: string | null;
            decisionKind: ("notice_removal" | "notice_rejection" | "proactive_removal" | "reinstatement" | "takedown_upheld" | "appeal_upheld" | "appeal_reversed" | "store_sanction" | "store_restoration" | "store_admission" | "licence_verification" | "licence_restriction" | "notifier_sanction" | "notifier_restoration" | "notifier_admission" | "notifier_removal" | "deposit_confiscation" | "recovery_decision") | null;
            /** @description The deduction of the same notifier it joined (costs nothing more) */
            groupedWith: string | null;
            /** Format: uuid */
            id: string;
            itemId: string | null;
            /** @enum {unknown} */
            kind: "allotment" | "deduction" | "restoration";
            listingId: string | null;
            note: string;
            points: number;
            /** @description Cost more as a repeat offence */
            repeat: boolean;
            /** @description A later entry gave these points back */
            restored: boolean;
            restoresEntryId: string | null;
            severity: ("counterfeit" | "trademark_misuse" | "patent" | "copyright" | "proactive_removal") | null;
            year: number;
        };
        /**
         * Problem
         * @description RFC 9457 problem details
         */
        Problem: {
            /** @description The media types the endpoint accepts (415) */
            acceptedTypes?: string[];
            /** @description The reviewer whose running claim on the item refused the request (until 'deadline') */
            claimedBy?: {
                name: string;
                /** Format: uuid */
                userId: string;
            };
            code: string;
            /** @description The deadline the rule is about */
            deadline?: string | null;
            /**
             * Format: uuid
             * @description The decision now in force, when an earlier one was appealed
             */
            decisionInForce?: string;
            detail: string;
            errors?: components["schemas"]["FieldError"][];
            instance?: string;
            /**
             * Format: date-time
             * @description When a pending delivery will be attempted again
             */
            nextAttemptAt?: string;
            /** @description Seconds until a retry may succeed (429) */
            retryAfterSeconds?: number;
            /** @description The business rule that refused the request, e.g. appeal-window */
            rule?: string;
            /** @description The state of the subject that made the request conflict */
            state?: string;
            status: number;
            title: string;
            type: string;
            /** @description The version the record is at now, when the request was based on an older one */
            version?: number;
        };
        /**
         * RefundFirstPolicy
         * @description Refund first: the most refunded at once per order and per buyer and year, by currency
         */
        RefundFirstPolicy: {
            limits: {
                /** @enum {unknown} */
                currency: "AUD" | "BHD" | "CAD" | "CHF" | "CNY" | "EUR" | "GBP" | "HKD" | "JPY" | "KRW" | "KWD" | "PLN" | "SEK" | "SGD" | "USD";
                /** @description Minor units (cents) */
                perBuyerPerYear: number;
                /** @description Minor units (cents) */
                perOrder: number;
            }[];
        };
        /**
         * SellerAccountabilityPolicy
         * @description Points, strikes and sanctions for sellers: the yearly allotment, deductions by severity, schedules
         */
        SellerAccountabilityPolicy: {
            balance: {
                atOrBelow: number;
                /** @description The seller must acknowledge the education module before listing again */
                education?: boolean;
                listingLimit?: number;
                /**
                 * @description warning, listing_limit (active listings capped), suspension (nothing new listed for a time), closure
                 * @enum {unknown}
                 */
                sanction: "warning" | "listing_limit" | "suspension" | "closure";
                suspensionDays?: number;
            }[];
            /** @description Points an upheld infringement deducts, by severity */
            deductions: {
                copyright: number;
                counterfeit: number;
                patent: number;
                proactive_removal: number;
                trademark_misuse: number;
            };
            education: {
                body: {
                    en: string;
                    "zh-CN": string;
                };
                title: {
                    en: string;
                    "zh-CN": string;
                };
                version: string;
            };
            /**
             * @description enforce: sanctions follow the schedules; observe: points and strikes are counted, nothing is imposed
             * @enum {unknown}
             */
            enforcement: "enforce" | "observe";
            /** @description A repeat within the window costs more */
            repeatOffence: {
                extraPoints: number;
                windowDays: number;
            };
            /** @description One notifier's (or detection's) decisions against a store within the window are one strike */
            strikeGrouping: {
                windowDays: number;
            };
            strikes: {
                /** @description The seller must acknowledge the education module before listing again */
                education?: boolean;
                listingLimit?: number;
                /**
                 * @description warning, listing_limit (active listings capped), suspension (nothing new listed for a time), closure
                 * @enum {unknown}
                 */
                sanction: "warning" | "listing_limit" | "suspension" | "closure";
                strikes: number;
                suspensionDays?: number;
            }[];
            strikeWindowDays: number;
            yearlyAllotment: number;
        };
        /** StatementBody */
        StatementBody: {
            automation: {
                automatedDecision: "AUTOMATED_DECISION_FULLY" | "AUTOMATED_DECISION_PARTIALLY" | "AUTOMATED_DECISION_NOT_AUTOMATED";
                /** @description The decision was taken by automated means */
                decision: boolean;
                description: string;
                /** @description The listing was found by automated means */
                detection: boolean;
            };
            complainant: {
                contact: {
                    email: string | null;
                    name: string | null;
                };
                /** @description The agent that filed for the rights holder, when not the rights holder itself */
                filedBy: {
                    id: string;
                    name: string;
                } | null;
                organisation: {
                    id: string;
                    name: string;
                };
            } | null;
            decidedBy: {
                kind: "reviewer" | "system" | "rights_holder";
                label: string;
            };
            decision?: {
                id: string;
                /** @description notice_removal / notice_rejection: a reviewer decided a notice item; proactive_removal: detection found the listing; reinstatement: a removal ended (counter-notice, withdrawal, appeal); takedown_upheld: a counter-notice failed; appeal_upheld / appeal_reversed: an internal complaint was decided; store_sanction: a warning, education, listing limit, suspension or closure of a store; store_restoration: a sanction ended; store_admission: a store refused or held at registration; licence_verification: a market-access licence accepted or refused; licence_restriction: listings restricted for a missing or lapsed licence; notifier_sanction: a warning, suspension or termination of a notifier for misuse of the notice system (DSA Art 23); notifier_restoration: such a suspension or termination ended; notifier_admission / notifier_removal: a notifier admitted to or removed from the Good Faith Program (or a trial in it) by its measured standing; deposit_confiscation: all or part of a store's deposit confiscated for an upheld infringement (returned when that is undone); recovery_decision: a reviewer decided a recovery claim for a buyer refunded first (counterfeit: the recovery stands; genuine: the seller is made whole) */
                kind: "notice_removal" | "notice_rejection" | "proactive_removal" | "reinstatement" | "takedown_upheld" | "appeal_upheld" | "appeal_reversed" | "store_sanction" | "store_restoration" | "store_admission" | "licence_verification" | "licence_restriction" | "notifier_sanction" | "notifier_restoration" | "notifier_admission" | "notifier_removal" | "deposit_confiscation" | "recovery_decision";
                /** @description The decision this one reviews or ends (an appeal result, a reinstatement) */
                previousDecisionId: string | null;
                subject: {
                    id: string;
                    type: "notice_item" | "listing" | "store" | "notifier" | "licence" | "deposit" | "case" | "decision";
                };
            };
            evidence: {
                capturedAt: string | null;
                documentSha256: string;
                /** @description GET this path to download the document */
                downloadPath: string;
                kind: string;
                note: string | null;
                url: string | null;
            }[];
            facts: {
                /** @description The earlier decisions this one rests on (the infringements behind a sanction) */
                basedOn?: {
                    at: string;
                    decisionId: string;
                    /** @description notice_removal / notice_rejection: a reviewer decided a notice item; proactive_removal: detection found the listing; reinstatement: a removal ended (counter-notice, withdrawal, appeal); takedown_upheld: a counter-notice failed; appeal_upheld / appeal_reversed: an internal complaint was decided; store_sanction: a warning, education, listing limit, suspension or closure of a store; store_restoration: a sanction ended; store_admission: a store refused or held at registration; licence_verification: a market-access licence accepted or refused; licence_restriction: listings restricted for a missing or lapsed licence; notifier_sanction: a warning, suspension or termination of a notifier for misuse of the notice system (DSA Art 23); notifier_restoration: such a suspension or termination ended; notifier_admission / notifier_removal: a notifier admitted to or removed from the Good Faith Program (or a trial in it) by its measured standing; deposit_confiscation: all or part of a store's deposit confiscated for an upheld infringement (returned when that is undone); recovery_decision: a reviewer decided a recovery claim for a buyer refunded first (counterfeit: the recovery stands; genuine: the seller is made whole) */
                    kind: "notice_removal" | "notice_rejection" | "proactive_removal" | "reinstatement" | "takedown_upheld" | "appeal_upheld" | "appeal_reversed" | "store_sanction" | "store_restoration" | "store_admission" | "licence_verification" | "licence_restriction" | "notifier_sanction" | "notifier_restoration" | "notifier_admission" | "notifier_removal" | "deposit_confiscation" | "recovery_decision";
                }[];
                notice: {
                    explanation: string | null;
                    filedAt: string;
                    id: string;
                    infringementType: "counterfeit" | "trademark_misuse" | "patent" | "copyright";
                    itemId: string;
                } | null;
                right: {
                    id: string;
                    jurisdiction: string | null;
                    name: string;
                    office: string | null;
                    ownerName: string;
                    registrationNumber: string | null;
                    type: "trademark" | "patent" | "copyright";
                } | null;
                /** @description What automated detection found */
                signals?: {
                    detail: string;
                    kind: string;
                    matched: string | null;
                    rule: string;
                    ruleVersion: string;
                }[];
                summary: string;
            };
            ground: {
                decisionGround: "DECISION_GROUND_ILLEGAL_CONTENT" | "DECISION_GROUND_INCOMPATIBLE_CONTENT";
                explanation: string;
                legalGround: string | null;
                policyGround: string;
            };
            issuedAt: string;
            marketplace: {
                code: string;
                id: string;
                jurisdiction: string;
                name: string;
            } | null;
            reason: {
                code: string | null;
                text: string;
            };
            redress: {
                /** @description Last moment the option can be used (ISO 8601), when it has a deadline */
                availableUntil: string | null;
                description: string;
                kind: "counter_notice" | "internal_complaint" | "out_of_court_settlement" | "judicial_redress";
                legalBasis: string;
            }[];
            restriction: {
                description: string;
                kind: "listing_removed" | "listing_restored" | "removal_kept" | "notice_rejected" | "no_change" | "account_restricted" | "account_restored" | "account_refused";
                listing: {
                    externalId: string;
                    id: string;
                    title: string;
                    url: string;
                } | null;
                snapshot: {
                    id: string | null;
                    /** @description SHA-256 of the canonical JSON of the listing as it was before removal */
                    sha256: string;
                } | null;
                store: {
                    externalId: string;
                    id: string;
                    name: string;
                } | null;
                territorialScope: string[];
            };
            schemaVersion: 1 | 2;
            statementId: string;
            transparencyDatabase: {
                application_date: string;
                automated_decision: "AUTOMATED_DECISION_FULLY" | "AUTOMATED_DECISION_PARTIALLY" | "AUTOMATED_DECISION_NOT_AUTOMATED";
                automated_detection: "Yes" | "No";
                category: string;
                category_specification: string[];
                content_date: string;
                content_type: string[];
                decision_facts: string;
                decision_ground: "DECISION_GROUND_ILLEGAL_CONTENT" | "DECISION_GROUND_INCOMPATIBLE_CONTENT";
                decision_visibility: string[];
                illegal_content_explanation: string | null;
                illegal_content_legal_ground: string | null;
                incompatible_content_explanation: string | null;
                incompatible_content_ground: string | null;
                /** @description Platform unique identifier of the content: the marketplace listing id */
                puid: string;
                source_type: string;
                territorial_scope: string[];
            } | null;
        };
        /** StoreAccountability */
        StoreAccountability: {
            /** @description Points every store starts a year with */
            allotment: number;
            /** @description Points left in the year shown: the sum of its entries */
            balance: number;
            education: {
                module: {
                    body: {
                        en: string;
                        "zh-CN": string;
                    };
                    title: {
                        en: string;
                        "zh-CN": string;
                    };
                    version: string;
                };
                /** @description The seller must acknowledge the module before listing again */
                required: boolean;
            };
            ledger: components["schemas"]["PointEntry"][];
            nextStrike: {
                because: string;
                /** @enum {unknown} */
                sanction: "warning" | "listing_limit" | "suspension" | "closure";
            } | null;
            policyVersion: number;
            /** @description Every sanction, newest first */
            sanctions: components["schemas"]["StoreSanction"][];
            store: {
                externalId: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                marketplaceId: string;
                marketplaceName: string;
                name: string;
                /** @enum {unknown} */
                status: "active" | "held" | "suspended" | "closed";
                statusChangedAt: string | null;
            };
            /** @description Strikes in force (within the window) */
            strikes: number;
            strikeWindowDays: number;
            year: number;
            /** @description Years the ledger has entries for */
            years: number[];
        };
        /**
         * StoreAdmissionPolicy
         * @description What happens to a store linked to a closed or suspended store, per marketplace
         */
        StoreAdmissionPolicy: {
            /**
             * @description refuse: the registration is refused (409) naming the linked store and the shared identifier kinds, nothing stored; hold: the store is stored as held, with a decision the seller can appeal
             * @enum {unknown}
             */
            default: "refuse" | "hold";
            marketplaces: {
                [key: string]: "refuse" | "hold";
            };
        };
        /** StoreDeposit */
        StoreDeposit: {
            /** @description Deposit held now, minor units (from the ledger) */
            balance: number;
            confiscation: {
                /** @enum {unknown} */
                mode: "full" | "partial";
                sharePercent: number;
            } | null;
            confiscations: {
                amount: number;
                /** Format: date-time */
                at: string;
                /** Format: uuid */
                causeDecisionId: string;
                currency: string;
                /** Format: uuid */
                decisionId: string;
                /** Format: uuid */
                id: string;
                returnedAt: string | null;
            }[];
            currency: string | null;
            /** Format: uuid */
            marketplaceId: string;
            minimum: number;
            movements: {
                /** @description Into (+) or out of (-) the deposit */
                amount: number;
                /** Format: date-time */
                at: string;
                currency: string;
                decisionId: string | null;
                /** Format: uuid */
                id: string;
                kind: string;
                memo: string;
            }[];
            policyVersion: number;
            release: {
                /** Format: date-time */
                dueAt: string;
                outcome: string | null;
                /** Format: date-time */
                requestedAt: string;
                /** @enum {unknown} */
                state: "waiting" | "released" | "refused";
            } | null;
            releaseWaitingDays: number | null;
            required: number;
            /** @enum {unknown} */
            status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
            /** Format: uuid */
            storeId: string;
            storeName: string;
        };
        /** StoreLinks */
        StoreLinks: {
            /** @description While the store is held: the decision holding it (appeal it at POST /v1/decisions/{id}/appeals) */
            admission: {
                appealableUntil: string | null;
                /** Format: date-time */
                decidedAt: string;
                /** Format: uuid */
                decisionId: string;
                reasonText: string;
            } | null;
            /** @description Null: the store has no trader details yet */
            cluster: {
                /** Format: uuid */
                id: string;
                /** @description Stores listed here (at most 500) */
                shown: number;
                /** @description Stores in the cluster */
                size: number;
            } | null;
            evidence: {
                kinds: ("legal_name" | "registration_number" | "address" | "phone" | "email" | "payout_account" | "fingerprint")[];
                /** @description The stores that share one identifier of these kinds */
                storeIds: string[];
            }[];
            store: components["schemas"]["LinkedStore"];
            stores: components["schemas"]["LinkedStore"][];
        };
        /** StoreMoney */
        StoreMoney: {
            balances: {
                currency: string;
                deposit: number;
                /** @description Proceeds held (not payable) */
                held: number;
                /** @description Proceeds that may be paid out */
                payable: number;
                /** @description Negative: what the seller owes the platform */
                receivable: number;
            }[];
            held: {
                amount: number;
                caseId: string | null;
                currency: string;
                decisionId: string | null;
                /** Format: uuid */
                listingId: string;
                listingTitle: string;
                noticeItemId: string | null;
                orderId: string;
                reason: string;
                /** Format: date-time */
                since: string;
                /** @enum {unknown} */
                state: "held" | "kept";
            }[];
            /** Format: uuid */
            marketplaceId: string;
            /** Format: uuid */
            storeId: string;
            storeName: string;
        };
        /** StoreSanction */
        StoreSanction: {
            /** @description In force now (not lifted, not served) */
            active: boolean;
            balance: number;
            /** Format: uuid */
            decisionId: string;
            educationAcknowledgedAt: string | null;
            educationRequired: boolean;
            endsAt: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {unknown} */
            level: "warning" | "listing_limit" | "suspension" | "closure";
            liftedAt: string | null;
            liftedCause: string | null;
            liftedDecisionId: string | null;
            listingLimit: number | null;
            /** @description Imposed by a person rather than by the policy */
            manual: boolean;
            /** Format: date-time */
            startsAt: string;
            /** @description The statement of reasons of the decision that imposed it */
            statementPath: string;
            strikes: number;
        };
        /**
         * TraderDetails
         * @description Who runs the store (DSA Art 30). Each identifier is normalised and only its HMAC-SHA256 under a per-kind key is stored; sending `trader` replaces the store's identifiers. Stores sharing an identifier are linked.
         */
        TraderDetails: {
            /** @description Postal address; compared folded, punctuation-free, with common words abbreviated */
            address?: string;
            /** @description E-mail; compared lower-case without +tag (and without dots for Gmail) */
            email?: string;
            /** @description Device or network ids the marketplace saw the trader use; compared trimmed and lower-case */
            fingerprints?: string[];
            /** @description Legal name; compared without case, accents, punctuation and company forms (Ltd, GmbH, 有限公司) */
            legalName?: string;
            /** @description IBAN (checked mod 97) or another payout account id; compared upper-case without spaces and hyphens */
            payoutAccount?: string;
            /** @description Phone number; must be E.164 (+ and 7 to 15 digits) after removing spaces, dots, hyphens, brackets; 00 reads as + */
            phone?: string;
            /** @description Trade-register or tax number; compared as upper-case letters and digits */
            registrationNumber?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getHealthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                    };
                };
            };
        };
    };
    getReadyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                    };
                };
            };
            /** @description Still starting (RFC 9457 problem details) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteApiKeysById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        expiresAt: string | null;
                        /** Format: uuid */
                        id: string;
                        marketplaceId: string | null;
                        name: string;
                        /** Format: uuid */
                        orgId: string;
                        prefix: string;
                        revokedAt: string | null;
                        /** @enum {unknown} */
                        role: "admin" | "reviewer" | "rights_holder" | "agent" | "seller" | "marketplace" | "buyer" | "enforcement_liaison" | "inspector";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAppeals: {
        parameters: {
            query: {
                limit: number;
                offset: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            appellant: {
                                /** Format: uuid */
                                orgId: string;
                                party: "seller" | "rights_holder";
                            };
                            decision: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                /** @description notice_removal / notice_rejection: a reviewer decided a notice item; proactive_removal: detection found the listing; reinstatement: a removal ended (counter-notice, withdrawal, appeal); takedown_upheld: a counter-notice failed; appeal_upheld / appeal_reversed: an internal complaint was decided; store_sanction: a warning, education, listing limit, suspension or closure of a store; store_restoration: a sanction ended; store_admission: a store refused or held at registration; licence_verification: a market-access licence accepted or refused; licence_restriction: listings restricted for a missing or lapsed licence; notifier_sanction: a warning, suspension or termination of a notifier for misuse of the notice system (DSA Art 23); notifier_restoration: such a suspension or termination ended; notifier_admission / notifier_removal: a notifier admitted to or removed from the Good Faith Program (or a trial in it) by its measured standing; deposit_confiscation: all or part of a store's deposit confiscated for an upheld infringement (returned when that is undone); recovery_decision: a reviewer decided a recovery claim for a buyer refunded first (counterfeit: the recovery stands; genuine: the seller is made whole) */
                                kind: "notice_removal" | "notice_rejection" | "proactive_removal" | "reinstatement" | "takedown_upheld" | "appeal_upheld" | "appeal_reversed" | "store_sanction" | "store_restoration" | "store_admission" | "licence_verification" | "licence_restriction" | "notifier_sanction" | "notifier_restoration" | "notifier_admission" | "notifier_removal" | "deposit_confiscation" | "recovery_decision";
                            };
                            decisionId: string | null;
                            documentShas: string[];
                            /** Format: date-time */
                            filedAt: string;
                            grounds: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            result: {
                                /** Format: date-time */
                                decidedAt: string;
                                decidedBy: string | null;
                                reasonText: string | null;
                            } | null;
                            status: "open" | "upheld" | "reversed";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAppealsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appellant: {
                            /** Format: uuid */
                            orgId: string;
                            party: "seller" | "rights_holder";
                        };
                        decision: {
                            /** Format: date-time */
                            at: string;
                            by: string | null;
                            /** @description notice_removal / notice_rejection: a reviewer decided a notice item; proactive_removal: detection found the listing; reinstatement: a removal ended (counter-notice, withdrawal, appeal); takedown_upheld: a counter-notice failed; appeal_upheld / appeal_reversed: an internal complaint was decided; store_sanction: a warning, education, listing limit, suspension or closure of a store; store_restoration: a sanction ended; store_admission: a store refused or held at registration; licence_verification: a market-access licence accepted or refused; licence_restriction: listings restricted for a missing or lapsed licence; notifier_sanction: a warning, suspension or termination of a notifier for misuse of the notice system (DSA Art 23); notifier_restoration: such a suspension or termination ended; notifier_admission / notifier_removal: a notifier admitted to or removed from the Good Faith Program (or a trial in it) by its measured standing; deposit_confiscation: all or part of a store's deposit confiscated for an upheld infringement (returned when that is undone); recovery_decision: a reviewer decided a recovery claim for a buyer refunded first (counterfeit: the recovery stands; genuine: the seller is made whole) */
                            kind: "notice_removal" | "notice_rejection" | "proactive_removal" | "reinstatement" | "takedown_upheld" | "appeal_upheld" | "appeal_reversed" | "store_sanction" | "store_restoration" | "store_admission" | "licence_verification" | "licence_restriction" | "notifier_sanction" | "notifier_restoration" | "notifier_admission" | "notifier_removal" | "deposit_confiscation" | "recovery_decision";
                        };
                        decisionId: string | null;
                        documentShas: string[];
                        /** Format: date-time */
                        filedAt: string;
                        grounds: string;
                        /** Format: uuid */
                        id: string;
                        itemId: string | null;
                        result: {
                            /** Format: date-time */
                            decidedAt: string;
                            decidedBy: string | null;
                            reasonText: string | null;
                        } | null;
                        status: "open" | "upheld" | "reversed";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAppealsByIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reasonText: string;
                    result: "upheld" | "reversed";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appellant: {
                            /** Format: uuid */
                            orgId: string;
                            party: "seller" | "rights_holder";
                        };
                        decision: {
                            /** Format: date-time */
                            at: string;
                            by: string | null;
                            /** @description notice_removal / notice_rejection: a reviewer decided a notice item; proactive_removal: detection found the listing; reinstatement: a removal ended (counter-notice, withdrawal, appeal); takedown_upheld: a counter-notice failed; appeal_upheld / appeal_reversed: an internal complaint was decided; store_sanction: a warning, education, listing limit, suspension or closure of a store; store_restoration: a sanction ended; store_admission: a store refused or held at registration; licence_verification: a market-access licence accepted or refused; licence_restriction: listings restricted for a missing or lapsed licence; notifier_sanction: a warning, suspension or termination of a notifier for misuse of the notice system (DSA Art 23); notifier_restoration: such a suspension or termination ended; notifier_admission / notifier_removal: a notifier admitted to or removed from the Good Faith Program (or a trial in it) by its measured standing; deposit_confiscation: all or part of a store's deposit confiscated for an upheld infringement (returned when that is undone); recovery_decision: a reviewer decided a recovery claim for a buyer refunded first (counterfeit: the recovery stands; genuine: the seller is made whole) */
                            kind: "notice_removal" | "notice_rejection" | "proactive_removal" | "reinstatement" | "takedown_upheld" | "appeal_upheld" | "appeal_reversed" | "store_sanction" | "store_restoration" | "store_admission" | "licence_verification" | "licence_restriction" | "notifier_sanction" | "notifier_restoration" | "notifier_admission" | "notifier_removal" | "deposit_confiscation" | "recovery_decision";
                        };
                        decisionId: string | null;
                        documentShas: string[];
                        /** Format: date-time */
                        filedAt: string;
                        grounds: string;
                        /** Format: uuid */
                        id: string;
                        itemId: string | null;
                        result: {
                            /** Format: date-time */
                            decidedAt: string;
                            decidedBy: string | null;
                            reasonText: string | null;
                        } | null;
                        status: "open" | "upheld" | "reversed";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditCheckpoints: {
        parameters: {
            query: {
                /** @description Only checkpoints past this seq */
                after: number;
                limit: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description When it was signed (ISO 8601) */
                            at: string;
                            /** @description SHA-256, lowercase hex */
                            hash: string;
                            /** @description The signing key's SHA-256 fingerprint (see /v1/audit/public-key) */
                            keyId: string;
                            /** @description The last record the checkpoint covers */
                            seq: number;
                            /** @description Ed25519 signature, base64, over the canonical JSON (sorted keys) of {seq, hash, at, keyId} */
                            signature: string;
                        }[];
                        /** @description Pass as `after` for the next page; null on the last page */
                        nextAfter: number | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditEntitiesByTypeById: {
        parameters: {
            query: {
                /** @description Only records past this seq (a page cursor) */
                after: number;
                limit: number;
            };
            header?: never;
            path: {
                /** @description Entity id as recorded (usually a UUID) */
                id: string;
                /** @description Entity type as recorded (notice_item, listing, marketplace, organisation, ...) */
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entityId: string;
                        entityType: string;
                        items: {
                            /** @description What happened, e.g. notice.filed, listing.removed */
                            action: string;
                            /** @description Who acted: user:<id>, key:<id>, system:<worker> */
                            actor: string;
                            /**
                             * Format: date-time
                             * @description When the entry was written
                             */
                            at: string;
                            /** @description The facts recorded with the action; their shape is the action's */
                            data: {
                                [key: string]: unknown;
                            };
                            entityId: string;
                            entityType: string;
                            /** @description SHA-256, lowercase hex */
                            hash: string;
                            /** @description SHA-256, lowercase hex */
                            prevHash: string;
                            /** @description Position in the hash chain */
                            seq: number;
                        }[];
                        /** @description Pass as `after` for the next page; null on the last page */
                        nextAfter: number | null;
                        /** @description Entries about the entity written but not yet sealed into the chain (sealed within a second); read again to see them */
                        pending: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        algorithm: "Ed25519";
                        /** @description SHA-256 of the DER public key, lowercase hex; checkpoints name it as keyId */
                        fingerprint: string;
                        /** @description SubjectPublicKeyInfo, PEM */
                        publicKeyPem: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuditVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The last record whose link holds */
                        checked: number;
                        /** @description Trusted (signature-checked) checkpoints the chain was compared with */
                        checkpoints: number;
                        findings: {
                            checkpoint?: {
                                /** @description When it was signed (ISO 8601) */
                                at: string;
                                /** @description SHA-256, lowercase hex */
                                hash: string;
                                /** @description The signing key's SHA-256 fingerprint (see /v1/audit/public-key) */
                                keyId: string;
                                /** @description The last record the checkpoint covers */
                                seq: number;
                                /** @description Ed25519 signature, base64, over the canonical JSON (sorted keys) of {seq, hash, at, keyId} */
                                signature: string;
                            };
                            /** @description The quarantined pending entry */
                            entryId?: number;
                            /** @description First seq of the range concerned */
                            fromSeq?: number;
                            kind: "broken_link" | "record_mac" | "truncated" | "rewritten" | "forged_pending" | "bad_checkpoint";
                            /** @description What is wrong, in one sentence */
                            message: string;
                            /** @description The record (or the checkpoint) concerned */
                            seq?: number;
                            /** @description Where a checkpoint came from: a file (and line) or the database */
                            source?: string;
                            /** @description Last seq of the range concerned */
                            toSeq?: number;
                        }[];
                        firstBroken?: {
                            reason: string;
                            seq: number;
                        };
                        /** @description The chain head (last sealed seq) as verification read it */
                        head: number;
                        latestCheckpoint: {
                            /** @description When it was signed (ISO 8601) */
                            at: string;
                            /** @description SHA-256, lowercase hex */
                            hash: string;
                            /** @description The signing key's SHA-256 fingerprint (see /v1/audit/public-key) */
                            keyId: string;
                            /** @description The last record the checkpoint covers */
                            seq: number;
                            /** @description Ed25519 signature, base64, over the canonical JSON (sorted keys) of {seq, hash, at, keyId} */
                            signature: string;
                        } | null;
                        /** @description True when there is no finding */
                        ok: boolean;
                        /** @description Entries still pending after it (not verified) */
                        pending: number;
                        /** @description Pending entries chained before the walk */
                        sealed: number;
                        /** @description The checkpoint this verification signed after sealing into a chain that verified */
                        signed?: {
                            /** @description When it was signed (ISO 8601) */
                            at: string;
                            /** @description SHA-256, lowercase hex */
                            hash: string;
                            /** @description The signing key's SHA-256 fingerprint (see /v1/audit/public-key) */
                            keyId: string;
                            /** @description The last record the checkpoint covers */
                            seq: number;
                            /** @description Ed25519 signature, base64, over the canonical JSON (sorted keys) of {seq, hash, at, keyId} */
                            signature: string;
                        } | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description The session ends at this time at the latest
                         */
                        expiresAt: string;
                        /** @description The session also ends after this long without a request */
                        idleTimeoutSeconds: number;
                        memberships: {
                            /** Format: uuid */
                            orgId: string;
                            /** @enum {unknown} */
                            orgKind: "operator" | "brand" | "agent" | "seller" | "buyer" | "authority";
                            orgName: string;
                            /** @enum {unknown} */
                            role: "admin" | "reviewer" | "rights_holder" | "agent" | "seller" | "marketplace" | "buyer" | "enforcement_liaison" | "inspector";
                        }[];
                        token: string;
                        user: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putBrandKnowledge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What rights holders tell the proactive detection engine about their brands: names, protected terms, product lines with reference prices and produced colours, manufacturing countries, authorized sellers, and protected works with disc release dates. Loaded by `ipp scan --brands` and accepted by the API. Invalid brands are skipped with an error naming their JSON pointer; the rest load. Version 2 adds product categories, per-line short names, model numbers, categories and manufacturing countries, and category price ranges. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BrandKnowledge"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        knowledge: components["schemas"]["BrandKnowledge"];
                        /** Format: uuid */
                        orgId: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBrandKnowledgeById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        knowledge: components["schemas"]["BrandKnowledge"];
                        /** Format: uuid */
                        orgId: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCounterNoticesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            /** Format: date-time */
                            answeredAt: string;
                            caseReference: string | null;
                            court: string | null;
                            documentShas: string[];
                            /** @enum {unknown} */
                            kind: "action_filed" | "response";
                            text: string;
                        } | null;
                        contact: {
                            address: string;
                            /** Format: email */
                            email: string;
                            name: string;
                            phone: string;
                        };
                        decision: {
                            /** Format: date-time */
                            decidedAt: string;
                            decidedBy: string | null;
                            reasonCode: string | null;
                            reasonText: string | null;
                        } | null;
                        evidence: {
                            /** @description SHA-256 of the content, lowercase hex */
                            documentSha256: string;
                            downloadPath: string;
                            /** @enum {unknown} */
                            kind: "licence" | "invoice" | "purchase_chain" | "brand_authorization" | "authenticity_proof" | "other";
                            note: string | null;
                        }[];
                        explanation: string;
                        /** Format: date-time */
                        filedAt: string;
                        grounds: ("mistake" | "misidentification" | "licensed" | "genuine_goods" | "second_hand_goods" | "gray_market_import" | "not_infringing")[];
                        /** Format: uuid */
                        id: string;
                        identification: string;
                        /** Format: uuid */
                        itemId: string;
                        policyVersion: number;
                        /** @enum {unknown} */
                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                        signature: string;
                        statements: {
                            /** @description acceptance of service of process from the person who filed the notice, or its agent (512(g)(3)(D)) */
                            acceptService: boolean;
                            /** @description consent to the jurisdiction of the courts for your address, or where the marketplace is, if outside the US (512(g)(3)(D)) */
                            consentToJurisdiction: boolean;
                            /** @description under penalty of perjury, a good-faith belief that the listing was removed by mistake or misidentification (17 U.S.C. 512(g)(3)(C)) */
                            goodFaithMistake: boolean;
                        };
                        /** @enum {unknown} */
                        status: "open" | "awaiting_review" | "reinstated" | "upheld" | "withdrawn";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCounterNoticesByIdAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    caseReference?: string;
                    court?: string;
                    documentShas?: string[];
                    kind: "action_filed" | "response";
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            /** Format: date-time */
                            answeredAt: string;
                            caseReference: string | null;
                            court: string | null;
                            documentShas: string[];
                            /** @enum {unknown} */
                            kind: "action_filed" | "response";
                            text: string;
                        } | null;
                        contact: {
                            address: string;
                            /** Format: email */
                            email: string;
                            name: string;
                            phone: string;
                        };
                        decision: {
                            /** Format: date-time */
                            decidedAt: string;
                            decidedBy: string | null;
                            reasonCode: string | null;
                            reasonText: string | null;
                        } | null;
                        evidence: {
                            /** @description SHA-256 of the content, lowercase hex */
                            documentSha256: string;
                            downloadPath: string;
                            /** @enum {unknown} */
                            kind: "licence" | "invoice" | "purchase_chain" | "brand_authorization" | "authenticity_proof" | "other";
                            note: string | null;
                        }[];
                        explanation: string;
                        /** Format: date-time */
                        filedAt: string;
                        grounds: ("mistake" | "misidentification" | "licensed" | "genuine_goods" | "second_hand_goods" | "gray_market_import" | "not_infringing")[];
                        /** Format: uuid */
                        id: string;
                        identification: string;
                        /** Format: uuid */
                        itemId: string;
                        policyVersion: number;
                        /** @enum {unknown} */
                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                        signature: string;
                        statements: {
                            /** @description acceptance of service of process from the person who filed the notice, or its agent (512(g)(3)(D)) */
                            acceptService: boolean;
                            /** @description consent to the jurisdiction of the courts for your address, or where the marketplace is, if outside the US (512(g)(3)(D)) */
                            consentToJurisdiction: boolean;
                            /** @description under penalty of perjury, a good-faith belief that the listing was removed by mistake or misidentification (17 U.S.C. 512(g)(3)(C)) */
                            goodFaithMistake: boolean;
                        };
                        /** @enum {unknown} */
                        status: "open" | "awaiting_review" | "reinstated" | "upheld" | "withdrawn";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCounterNoticesByIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision: "reinstate" | "uphold";
                    reasonCode?: string;
                    reasonText: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            /** Format: date-time */
                            answeredAt: string;
                            caseReference: string | null;
                            court: string | null;
                            documentShas: string[];
                            /** @enum {unknown} */
                            kind: "action_filed" | "response";
                            text: string;
                        } | null;
                        contact: {
                            address: string;
                            /** Format: email */
                            email: string;
                            name: string;
                            phone: string;
                        };
                        decision: {
                            /** Format: date-time */
                            decidedAt: string;
                            decidedBy: string | null;
                            reasonCode: string | null;
                            reasonText: string | null;
                        } | null;
                        evidence: {
                            /** @description SHA-256 of the content, lowercase hex */
                            documentSha256: string;
                            downloadPath: string;
                            /** @enum {unknown} */
                            kind: "licence" | "invoice" | "purchase_chain" | "brand_authorization" | "authenticity_proof" | "other";
                            note: string | null;
                        }[];
                        explanation: string;
                        /** Format: date-time */
                        filedAt: string;
                        grounds: ("mistake" | "misidentification" | "licensed" | "genuine_goods" | "second_hand_goods" | "gray_market_import" | "not_infringing")[];
                        /** Format: uuid */
                        id: string;
                        identification: string;
                        /** Format: uuid */
                        itemId: string;
                        policyVersion: number;
                        /** @enum {unknown} */
                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                        signature: string;
                        statements: {
                            /** @description acceptance of service of process from the person who filed the notice, or its agent (512(g)(3)(D)) */
                            acceptService: boolean;
                            /** @description consent to the jurisdiction of the courts for your address, or where the marketplace is, if outside the US (512(g)(3)(D)) */
                            consentToJurisdiction: boolean;
                            /** @description under penalty of perjury, a good-faith belief that the listing was removed by mistake or misidentification (17 U.S.C. 512(g)(3)(C)) */
                            goodFaithMistake: boolean;
                        };
                        /** @enum {unknown} */
                        status: "open" | "awaiting_review" | "reinstated" | "upheld" | "withdrawn";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCounterNoticesByIdDocumentsBySha256: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description SHA-256 of the content, lowercase hex */
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDecisions: {
        parameters: {
            query: {
                itemId?: string;
                /** @description notice_removal / notice_rejection: a reviewer decided a notice item; proactive_removal: detection found the listing; reinstatement: a removal ended (counter-notice, withdrawal, appeal); takedown_upheld: a counter-notice failed; appeal_upheld / appeal_reversed: an internal complaint was decided; store_sanction: a warning, education, listing limit, suspension or closure of a store; store_restoration: a sanction ended; store_admission: a store refused or held at registration; licence_verification: a market-access licence accepted or refused; licence_restriction: listings restricted for a missing or lapsed licence; notifier_sanction: a warning, suspension or termination of a notifier for misuse of the notice system (DSA Art 23); notifier_restoration: such a suspension or termination ended; notifier_admission / notifier_removal: a notifier admitted to or removed from the Good Faith Program (or a trial in it) by its measured standing; deposit_confiscation: all or part of a store's deposit confiscated for an upheld infringement (returned when that is undone); recovery_decision: a reviewer decided a recovery claim for a buyer refunded first (counterfeit: the recovery stands; genuine: the seller is made whole) */
                kind?: "notice_removal" | "notice_rejection" | "proactive_removal" | "reinstatement" | "takedown_upheld" | "appeal_upheld" | "appeal_reversed" | "store_sanction" | "store_restoration" | "store_admission" | "licence_verification" | "licence_restriction" | "notifier_sanction" | "notifier_restoration" | "notifier_admission" | "notifier_removal" | "deposit_confiscation" | "recovery_decision";
                limit: number;
                listingId?: string;
                offset: number;
                subjectId?: string;
                subjectType?: "notice_item" | "listing" | "store" | "notifier" | "licence" | "deposit" | "case" | "decision";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            appealableUntil: string | null;
                            automatedDecision: "fully" | "partially" | "not";
                            automatedDetection: boolean;
                            cause: string | null;
                            /** Format: date-time */
                            decidedAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @description notice_removal / notice_rejection: a reviewer decided a notice item; proactive_removal: detection found the listing; reinstatement: a removal ended (counter-notice, withdrawal, appeal); takedown_upheld: a counter-notice failed; appeal_upheld / appeal_reversed: an internal complaint was decided; store_sanction: a warning, education, listing limit, suspension or closure of a store; store_restoration: a sanction ended; store_admission: a store refused or held at registration; licence_verification: a market-access licence accepted or refused; licence_restriction: listings restricted for a missing or lapsed licence; notifier_sanction: a warning, suspension or termination of a notifier for misuse of the notice system (DSA Art 23); notifier_restoration: such a suspension or termination ended; notifier_admission / notifier_removal: a notifier admitted to or removed from the Good Faith Program (or a trial in it) by its measured standing; deposit_confiscation: all or part of a store's deposit confiscated for an upheld infringement (returned when that is undone); recovery_decision: a reviewer decided a recovery claim for a buyer refunded first (counterfeit: the recovery stands; genuine: the seller is made whole) */
                            kind: "notice_removal" | "notice_rejection" | "proactive_removal" | "reinstatement" | "takedown_upheld" | "appeal_upheld" | "appeal_reversed" | "store_sanction" | "store_restoration" | "store_admission" | "licence_verification" | "licence_restriction" | "notifier_sanction" | "notifier_restoration" | "notifier_admission" | "notifier_removal" | "deposit_confiscation" | "recovery_decision";
                            listingId: string | null;
                            marketplaceId: string | null;
                            previousDecisionId: string | null;
                            reasonCode: string | null;
                            reasonText: string;
                            statement: components["schemas"]["StatementBody"];
                            storeId: string | null;
                            subject: {
                                /** Format: uuid */
                                id: string;
                                type: "notice_item" | "listing" | "store" | "notifier" | "licence" | "deposit" | "case" | "decision";
                            };
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDecisionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appealableUntil: string | null;
                        automatedDecision: "fully" | "partially" | "not";
                        automatedDetection: boolean;
                        cause: string | null;
                        /** Format: date-time */
                        decidedAt: string;
                        /** Format: uuid */
                        id: string;
                        itemId: string | null;
                        /** @description notice_removal / notice_rejection: a reviewer decided a notice item; proactive_removal: detection found the listing; reinstatement: a removal ended (counter-notice, withdrawal, appeal); takedown_upheld: a counter-notice failed; appeal_upheld / appeal_reversed: an internal complaint was decided; store_sanction: a warning, education, listing limit, suspension or closure of a store; store_restoration: a sanction ended; store_admission: a store refused or held at registration; licence_verification: a market-access licence accepted or refused; licence_restriction: listings restricted for a missing or lapsed licence; notifier_sanction: a warning, suspension or termination of a notifier for misuse of the notice system (DSA Art 23); notifier_restoration: such a suspension or termination ended; notifier_admission / notifier_removal: a notifier admitted to or removed from the Good Faith Program (or a trial in it) by its measured standing; deposit_confiscation: all or part of a store's deposit confiscated for an upheld infringement (returned when that is undone); recovery_decision: a reviewer decided a recovery claim for a buyer refunded first (counterfeit: the recovery stands; genuine: the seller is made whole) */
                        kind: "notice_removal" | "notice_rejection" | "proactive_removal" | "reinstatement" | "takedown_upheld" | "appeal_upheld" | "appeal_reversed" | "store_sanction" | "store_restoration" | "store_admission" | "licence_verification" | "licence_restriction" | "notifier_sanction" | "notifier_restoration" | "notifier_admission" | "notifier_removal" | "deposit_confiscation" | "recovery_decision";
                        listingId: string | null;
                        marketplaceId: string | null;
                        previousDecisionId: string | null;
                        reasonCode: string | null;
                        reasonText: string;
                        statement: components["schemas"]["StatementBody"];
                        storeId: string | null;
                        subject: {
                            /** Format: uuid */
                            id: string;
                            type: "notice_item" | "listing" | "store" | "notifier" | "licence" | "deposit" | "case" | "decision";
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDecisionsByIdAppeals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    documentShas?: string[];
                    grounds: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appellant: {
                            /** Format: uuid */
                            orgId: string;
                            party: "seller" | "rights_holder";
                        };
                        decision: {
                            /** Format: date-time */
                            at: string;
                            by: string | null;
                            /** @description notice_removal / notice_rejection: a reviewer decided a notice item; proactive_removal: detection found the listing; reinstatement: a removal ended (counter-notice, withdrawal, appeal); takedown_upheld: a counter-notice failed; appeal_upheld / appeal_reversed: an internal complaint was decided; store_sanction: a warning, education, listing limit, suspension or closure of a store; store_restoration: a sanction ended; store_admission: a store refused or held at registration; licence_verification: a market-access licence accepted or refused; licence_restriction: listings restricted for a missing or lapsed licence; notifier_sanction: a warning, suspension or termination of a notifier for misuse of the notice system (DSA Art 23); notifier_restoration: such a suspension or termination ended; notifier_admission / notifier_removal: a notifier admitted to or removed from the Good Faith Program (or a trial in it) by its measured standing; deposit_confiscation: all or part of a store's deposit confiscated for an upheld infringement (returned when that is undone); recovery_decision: a reviewer decided a recovery claim for a buyer refunded first (counterfeit: the recovery stands; genuine: the seller is made whole) */
                            kind: "notice_removal" | "notice_rejection" | "proactive_removal" | "reinstatement" | "takedown_upheld" | "appeal_upheld" | "appeal_reversed" | "store_sanction" | "store_restoration" | "store_admission" | "licence_verification" | "licence_restriction" | "notifier_sanction" | "notifier_restoration" | "notifier_admission" | "notifier_removal" | "deposit_confiscation" | "recovery_decision";
                        };
                        decisionId: string | null;
                        documentShas: string[];
                        /** Format: date-time */
                        filedAt: string;
                        grounds: string;
                        /** Format: uuid */
                        id: string;
                        itemId: string | null;
                        result: {
                            /** Format: date-time */
                            decidedAt: string;
                            decidedBy: string | null;
                            reasonText: string | null;
                        } | null;
                        status: "open" | "upheld" | "reversed";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDetectionCases: {
        parameters: {
            query: {
                action?: "review" | "brand_verify";
                limit: number;
                offset: number;
                state?: "open" | "removed" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {unknown} */
                            action: "remove" | "review" | "brand_verify";
                            automated: boolean;
                            brandNote: string | null;
                            brandOrgId: string | null;
                            createdAt: string;
                            decision: {
                                decidedAt: string;
                                decidedBy: string | null;
                                note: string | null;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            listing?: {
                                marketplaceId: string;
                                title: string;
                                url: string;
                            };
                            /** Format: uuid */
                            listingId: string;
                            listingVersion: number;
                            score: number;
                            signals: {
                                brandId?: string;
                                detail: string;
                                /** @description marker, coded, piracy, brand, price, ... (docs/detection.md) */
                                kind: string;
                                normalized: string;
                                priceRatio?: number;
                                priceZ?: number;
                                rule: string;
                                ruleVersion: string;
                                span: {
                                    end: number;
                                    /** @enum {unknown} */
                                    field: "title" | "description";
                                    start: number;
                                    text: string;
                                } | null;
                                weight: number;
                            }[];
                            /** @enum {unknown} */
                            state: "open" | "removed" | "dismissed";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDetectionCasesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        action: "remove" | "review" | "brand_verify";
                        automated: boolean;
                        brandNote: string | null;
                        brandOrgId: string | null;
                        createdAt: string;
                        decision: {
                            decidedAt: string;
                            decidedBy: string | null;
                            note: string | null;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        listing?: {
                            marketplaceId: string;
                            title: string;
                            url: string;
                        };
                        /** Format: uuid */
                        listingId: string;
                        listingVersion: number;
                        score: number;
                        signals: {
                            brandId?: string;
                            detail: string;
                            /** @description marker, coded, piracy, brand, price, ... (docs/detection.md) */
                            kind: string;
                            normalized: string;
                            priceRatio?: number;
                            priceZ?: number;
                            rule: string;
                            ruleVersion: string;
                            span: {
                                end: number;
                                /** @enum {unknown} */
                                field: "title" | "description";
                                start: number;
                                text: string;
                            } | null;
                            weight: number;
                        }[];
                        /** @enum {unknown} */
                        state: "open" | "removed" | "dismissed";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDetectionCasesByIdBrandVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                    verdict: "counterfeit" | "genuine";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        action: "remove" | "review" | "brand_verify";
                        automated: boolean;
                        brandNote: string | null;
                        brandOrgId: string | null;
                        createdAt: string;
                        decision: {
                            decidedAt: string;
                            decidedBy: string | null;
                            note: string | null;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        listing?: {
                            marketplaceId: string;
                            title: string;
                            url: string;
                        };
                        /** Format: uuid */
                        listingId: string;
                        listingVersion: number;
                        score: number;
                        signals: {
                            brandId?: string;
                            detail: string;
                            /** @description marker, coded, piracy, brand, price, ... (docs/detection.md) */
                            kind: string;
                            normalized: string;
                            priceRatio?: number;
                            priceZ?: number;
                            rule: string;
                            ruleVersion: string;
                            span: {
                                end: number;
                                /** @enum {unknown} */
                                field: "title" | "description";
                                start: number;
                                text: string;
                            } | null;
                            weight: number;
                        }[];
                        /** @enum {unknown} */
                        state: "open" | "removed" | "dismissed";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDetectionCasesByIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision: "remove" | "dismiss";
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        action: "remove" | "review" | "brand_verify";
                        automated: boolean;
                        brandNote: string | null;
                        brandOrgId: string | null;
                        createdAt: string;
                        decision: {
                            decidedAt: string;
                            decidedBy: string | null;
                            note: string | null;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        listing?: {
                            marketplaceId: string;
                            title: string;
                            url: string;
                        };
                        /** Format: uuid */
                        listingId: string;
                        listingVersion: number;
                        score: number;
                        signals: {
                            brandId?: string;
                            detail: string;
                            /** @description marker, coded, piracy, brand, price, ... (docs/detection.md) */
                            kind: string;
                            normalized: string;
                            priceRatio?: number;
                            priceZ?: number;
                            rule: string;
                            ruleVersion: string;
                            span: {
                                end: number;
                                /** @enum {unknown} */
                                field: "title" | "description";
                                start: number;
                                text: string;
                            } | null;
                            weight: number;
                        }[];
                        /** @enum {unknown} */
                        state: "open" | "removed" | "dismissed";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDetectionRescans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor: string | null;
                        error: string | null;
                        finishedAt: string | null;
                        flagged: number;
                        /** Format: uuid */
                        id: string;
                        progress: number;
                        scanned: number;
                        startedAt: string;
                        /** @enum {unknown} */
                        state: "running" | "done" | "failed";
                        total: number;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDetectionRescansById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cursor: string | null;
                        error: string | null;
                        finishedAt: string | null;
                        flagged: number;
                        /** Format: uuid */
                        id: string;
                        progress: number;
                        scanned: number;
                        startedAt: string;
                        /** @enum {unknown} */
                        state: "running" | "done" | "failed";
                        total: number;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDetectionStatements: {
        parameters: {
            query: {
                limit: number;
                offset: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            body: components["schemas"]["StatementBody"];
                            caseId: string | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            listingId: string;
                            snapshotSha256: string;
                            /** Format: uuid */
                            storeId: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDetectionStatementsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["StatementBody"];
                        caseId: string | null;
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        listingId: string;
                        snapshotSha256: string;
                        /** Format: uuid */
                        storeId: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDetectionStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dismissedCases: number;
                        noticeRemovals: number;
                        openCases: number;
                        proactiveRemovals: {
                            automatedDecision: number;
                            reviewerDecision: number;
                            total: number;
                        };
                        proactiveToNoticeRatio: number | null;
                        scannedListings: number;
                        verdicts: {
                            allow: number;
                            brand_verify: number;
                            remove: number;
                            review: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocuments: {
        parameters: {
            query: {
                limit: number;
                offset: number;
                /** @description Part of the file name given at upload (any case), or the start of the SHA-256 */
                q?: string;
                rightId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            filename: string | null;
                            mediaType: string;
                            /** @description SHA-256 of the content, lowercase hex */
                            sha256: string;
                            size: number;
                            /** Format: date-time */
                            uploadedAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDocuments: {
        parameters: {
            query?: {
                filename?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "application/zip": string;
                "image/gif": string;
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
                "message/rfc822": string;
                "text/html": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: boolean;
                        mediaType: string;
                        /** @description SHA-256 of the content, lowercase hex */
                        sha256: string;
                        size: number;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: boolean;
                        mediaType: string;
                        /** @description SHA-256 of the content, lowercase hex */
                        sha256: string;
                        size: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocumentsBySha256: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SHA-256 of the content, lowercase hex */
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItems: {
        parameters: {
            query: {
                limit: number;
                offset: number;
                /** @description Only items in these states (repeat the parameter); pending items: state=pending */
                state?: ("pending" | "info_requested" | "removed" | "rejected" | "withdrawn" | "reinstated")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            appealableUntil: string | null;
                            awaiting: ("seller" | "rights_holder" | "reviewer" | "supervisor") | null;
                            decision: {
                                /** Format: date-time */
                                decidedAt: string;
                                decidedBy: string | null;
                                reasonCode: string | null;
                                reasonText: string | null;
                            } | null;
                            dueAt: string | null;
                            evidence: {
                                capturedAt?: string;
                                /** @description SHA-256 of the content, lowercase hex */
                                documentSha256: string;
                                /** @enum {unknown} */
                                kind: "screenshot" | "test_buy_report" | "cached_copy" | "other";
                                note?: string;
                                url?: string;
                            }[];
                            expedited: ("priority" | "provisional") | null;
                            /** Format: uuid */
                            id: string;
                            listing: {
                                externalId: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                marketplaceId: string;
                                /** @enum {unknown} */
                                state: "active" | "removed";
                                title: string;
                                url: string;
                            };
                            /** Format: uuid */
                            noticeId: string;
                            position: number;
                            /** Format: date-time */
                            slaDueAt: string;
                            /** @enum {unknown} */
                            state: "pending" | "info_requested" | "removed" | "rejected" | "withdrawn" | "reinstated";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItemsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An item with its notice, right, evidence and listing side by side */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        awaiting: ("seller" | "rights_holder" | "reviewer" | "supervisor") | null;
                        claim: {
                            /** Format: date-time */
                            expiresAt: string;
                            name: string;
                            /** Format: uuid */
                            userId: string;
                        } | null;
                        decision: {
                            /** Format: date-time */
                            decidedAt: string;
                            decidedBy: string | null;
                            reasonCode: string | null;
                            reasonText: string | null;
                        } | null;
                        dueAt: string | null;
                        evidence: {
                            capturedAt?: string;
                            /** @description SHA-256 of the content, lowercase hex */
                            documentSha256: string;
                            downloadPath: string;
                            /** @enum {unknown} */
                            kind: "screenshot" | "test_buy_report" | "cached_copy" | "other";
                            note?: string;
                            url?: string;
                        }[];
                        expedited: ("priority" | "provisional") | null;
                        /** Format: uuid */
                        id: string;
                        infoRequests: {
                            answer: string | null;
                            answerDocumentShas: string[];
                            answeredAt: string | null;
                            /** Format: date-time */
                            askedAt: string;
                            /** Format: uuid */
                            id: string;
                            question: string;
                        }[];
                        listing: {
                            category: string | null;
                            condition: ("new" | "used" | "refurbished") | null;
                            createdAt: string;
                            description: string;
                            externalId: string;
                            /** Format: uuid */
                            id: string;
                            imageUrls: string[];
                            /** Format: uuid */
                            marketplaceId: string;
                            price: {
                                amount: number;
                                currency: string;
                            } | null;
                            quantity: number | null;
                            shipFrom: string | null;
                            state: "active" | "removed";
                            /** Format: uuid */
                            storeId: string;
                            title: string;
                            updatedAt: string;
                            url: string;
                            version: number;
                        };
                        notice: {
                            contact: {
                                address?: string;
                                email: string;
                                name: string;
                                phone?: string;
                            };
                            explanation: string | null;
                            /** Format: date-time */
                            filedAt: string;
                            /** Format: uuid */
                            filerOrgId: string;
                            /** @description Filed in good faith (a Good Faith Program member) */
                            goodFaith: boolean;
                            /** Format: uuid */
                            id: string;
                            infringementType: "counterfeit" | "trademark_misuse" | "patent" | "copyright";
                            /** @description The letter of authorization behind an agent's notice (which agent, for which brand, scope, expiry); the document's hash only where policy lets the seller see it */
                            letter: components["schemas"]["NoticeLetter"] | null;
                            /** Format: uuid */
                            principalOrgId: string;
                            /** @description Filed by a trusted flagger (DSA Art 22) */
                            trustedFlagger: boolean;
                        };
                        /** Format: uuid */
                        noticeId: string;
                        /** @description The notifier's sanctions for misuse of the notice system whose findings rest on this item (its seller sees that outcome) */
                        notifierSanctions: {
                            active: boolean;
                            endsAt: string | null;
                            findingKind: "unfounded" | "competitor" | "channel_control" | "burst";
                            /** Format: date-time */
                            imposedAt: string;
                            level: "warning" | "suspension" | "termination";
                            /** Format: uuid */
                            notifierOrgId: string;
                            /** @description Reversed on appeal */
                            reversed: boolean;
                            /** Format: uuid */
                            sanctionId: string;
                        }[];
                        pausedAt: string | null;
                        provisional: {
                            decidedAt: string | null;
                            decisionId: string | null;
                            /** Format: date-time */
                            dueAt: string;
                            /** @enum {unknown} */
                            status: "awaiting" | "confirmed" | "reversed";
                        } | null;
                        right: {
                            createdAt: string;
                            documentShas: string[];
                            /** Format: uuid */
                            id: string;
                            jurisdiction: string | null;
                            name: string;
                            niceClasses: number[];
                            office: string | null;
                            /** Format: uuid */
                            orgId: string;
                            ownerName: string;
                            patentKind: ("invention" | "utility" | "design") | null;
                            referenceImageShas: string[];
                            registrationNumber: string | null;
                            reviewNote: string | null;
                            status: "pending" | "verified" | "rejected";
                            type: "trademark" | "patent" | "copyright";
                            validFrom: string | null;
                            validUntil: string | null;
                            verifiedAt: string | null;
                            workDescription: string | null;
                        } | null;
                        /** Format: date-time */
                        slaDueAt: string;
                        snapshots: {
                            /** Format: uuid */
                            id: string;
                            listing: {
                                category: string | null;
                                condition: ("new" | "used" | "refurbished") | null;
                                createdAt: string;
                                description: string;
                                externalId: string;
                                /** Format: uuid */
                                id: string;
                                imageUrls: string[];
                                /** Format: uuid */
                                marketplaceId: string;
                                price: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                quantity: number | null;
                                shipFrom: string | null;
                                state: "active" | "removed";
                                /** Format: uuid */
                                storeId: string;
                                title: string;
                                updatedAt: string;
                                url: string;
                                version: number;
                            };
                            /** @description SHA-256 of the content, lowercase hex */
                            sha256: string;
                            /** Format: date-time */
                            takenAt: string;
                        }[];
                        /** @enum {unknown} */
                        state: "pending" | "info_requested" | "removed" | "rejected" | "withdrawn" | "reinstated";
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postItemsByIdAppeals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    documentShas?: string[];
                    grounds: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appellant: {
                            /** Format: uuid */
                            orgId: string;
                            party: "seller" | "rights_holder";
                        };
                        decision: {
                            /** Format: date-time */
                            at: string;
                            by: string | null;
                            /** @description notice_removal / notice_rejection: a reviewer decided a notice item; proactive_removal: detection found the listing; reinstatement: a removal ended (counter-notice, withdrawal, appeal); takedown_upheld: a counter-notice failed; appeal_upheld / appeal_reversed: an internal complaint was decided; store_sanction: a warning, education, listing limit, suspension or closure of a store; store_restoration: a sanction ended; store_admission: a store refused or held at registration; licence_verification: a market-access licence accepted or refused; licence_restriction: listings restricted for a missing or lapsed licence; notifier_sanction: a warning, suspension or termination of a notifier for misuse of the notice system (DSA Art 23); notifier_restoration: such a suspension or termination ended; notifier_admission / notifier_removal: a notifier admitted to or removed from the Good Faith Program (or a trial in it) by its measured standing; deposit_confiscation: all or part of a store's deposit confiscated for an upheld infringement (returned when that is undone); recovery_decision: a reviewer decided a recovery claim for a buyer refunded first (counterfeit: the recovery stands; genuine: the seller is made whole) */
                            kind: "notice_removal" | "notice_rejection" | "proactive_removal" | "reinstatement" | "takedown_upheld" | "appeal_upheld" | "appeal_reversed" | "store_sanction" | "store_restoration" | "store_admission" | "licence_verification" | "licence_restriction" | "notifier_sanction" | "notifier_restoration" | "notifier_admission" | "notifier_removal" | "deposit_confiscation" | "recovery_decision";
                        };
                        decisionId: string | null;
                        documentShas: string[];
                        /** Format: date-time */
                        filedAt: string;
                        grounds: string;
                        /** Format: uuid */
                        id: string;
                        itemId: string | null;
                        result: {
                            /** Format: date-time */
                            decidedAt: string;
                            decidedBy: string | null;
                            reasonText: string | null;
                        } | null;
                        status: "open" | "upheld" | "reversed";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItemsByIdClock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        action: string;
                        dueAt: string | null;
                        /** Format: uuid */
                        itemId: string;
                        overdue: boolean;
                        /** @description Whose move it is: reviewer, rights_holder, seller, supervisor (overdue), or null */
                        party: ("seller" | "rights_holder" | "reviewer" | "supervisor") | null;
                        /** @enum {unknown} */
                        state: "pending" | "info_requested" | "removed" | "rejected" | "withdrawn" | "reinstated";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItemsByIdCounterNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            /** Format: date-time */
                            answeredAt: string;
                            caseReference: string | null;
                            court: string | null;
                            documentShas: string[];
                            /** @enum {unknown} */
                            kind: "action_filed" | "response";
                            text: string;
                        } | null;
                        contact: {
                            address: string;
                            /** Format: email */
                            email: string;
                            name: string;
                            phone: string;
                        };
                        decision: {
                            /** Format: date-time */
                            decidedAt: string;
                            decidedBy: string | null;
                            reasonCode: string | null;
                            reasonText: string | null;
                        } | null;
                        evidence: {
                            /** @description SHA-256 of the content, lowercase hex */
                            documentSha256: string;
                            downloadPath: string;
                            /** @enum {unknown} */
                            kind: "licence" | "invoice" | "purchase_chain" | "brand_authorization" | "authenticity_proof" | "other";
                            note: string | null;
                        }[];
                        explanation: string;
                        /** Format: date-time */
                        filedAt: string;
                        grounds: ("mistake" | "misidentification" | "licensed" | "genuine_goods" | "second_hand_goods" | "gray_market_import" | "not_infringing")[];
                        /** Format: uuid */
                        id: string;
                        identification: string;
                        /** Format: uuid */
                        itemId: string;
                        policyVersion: number;
                        /** @enum {unknown} */
                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                        signature: string;
                        statements: {
                            /** @description acceptance of service of process from the person who filed the notice, or its agent (512(g)(3)(D)) */
                            acceptService: boolean;
                            /** @description consent to the jurisdiction of the courts for your address, or where the marketplace is, if outside the US (512(g)(3)(D)) */
                            consentToJurisdiction: boolean;
                            /** @description under penalty of perjury, a good-faith belief that the listing was removed by mistake or misidentification (17 U.S.C. 512(g)(3)(C)) */
                            goodFaithMistake: boolean;
                        };
                        /** @enum {unknown} */
                        status: "open" | "awaiting_review" | "reinstated" | "upheld" | "withdrawn";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postItemsByIdCounterNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contact: {
                        address: string;
                        /** Format: email */
                        email: string;
                        name: string;
                        phone: string;
                    };
                    evidence: {
                        /** @description SHA-256 of the content, lowercase hex */
                        documentSha256: string;
                        /** @enum {unknown} */
                        kind: "licence" | "invoice" | "purchase_chain" | "brand_authorization" | "authenticity_proof" | "other";
                        note?: string;
                    }[];
                    explanation: string;
                    grounds: ("mistake" | "misidentification" | "licensed" | "genuine_goods" | "second_hand_goods" | "gray_market_import" | "not_infringing")[];
                    /** @description The material removed and where it appeared before removal (512(g)(3)(B)) */
                    identification: string;
                    /** @description Full legal name as electronic signature (512(g)(3)(A)) */
                    signature: string;
                    statements: {
                        /** @description acceptance of service of process from the person who filed the notice, or its agent (512(g)(3)(D)) */
                        acceptService: boolean;
                        /** @description consent to the jurisdiction of the courts for your address, or where the marketplace is, if outside the US (512(g)(3)(D)) */
                        consentToJurisdiction: boolean;
                        /** @description under penalty of perjury, a good-faith belief that the listing was removed by mistake or misidentification (17 U.S.C. 512(g)(3)(C)) */
                        goodFaithMistake: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            /** Format: date-time */
                            answeredAt: string;
                            caseReference: string | null;
                            court: string | null;
                            documentShas: string[];
                            /** @enum {unknown} */
                            kind: "action_filed" | "response";
                            text: string;
                        } | null;
                        contact: {
                            address: string;
                            /** Format: email */
                            email: string;
                            name: string;
                            phone: string;
                        };
                        decision: {
                            /** Format: date-time */
                            decidedAt: string;
                            decidedBy: string | null;
                            reasonCode: string | null;
                            reasonText: string | null;
                        } | null;
                        evidence: {
                            /** @description SHA-256 of the content, lowercase hex */
                            documentSha256: string;
                            downloadPath: string;
                            /** @enum {unknown} */
                            kind: "licence" | "invoice" | "purchase_chain" | "brand_authorization" | "authenticity_proof" | "other";
                            note: string | null;
                        }[];
                        explanation: string;
                        /** Format: date-time */
                        filedAt: string;
                        grounds: ("mistake" | "misidentification" | "licensed" | "genuine_goods" | "second_hand_goods" | "gray_market_import" | "not_infringing")[];
                        /** Format: uuid */
                        id: string;
                        identification: string;
                        /** Format: uuid */
                        itemId: string;
                        policyVersion: number;
                        /** @enum {unknown} */
                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                        signature: string;
                        statements: {
                            /** @description acceptance of service of process from the person who filed the notice, or its agent (512(g)(3)(D)) */
                            acceptService: boolean;
                            /** @description consent to the jurisdiction of the courts for your address, or where the marketplace is, if outside the US (512(g)(3)(D)) */
                            consentToJurisdiction: boolean;
                            /** @description under penalty of perjury, a good-faith belief that the listing was removed by mistake or misidentification (17 U.S.C. 512(g)(3)(C)) */
                            goodFaithMistake: boolean;
                        };
                        /** @enum {unknown} */
                        status: "open" | "awaiting_review" | "reinstated" | "upheld" | "withdrawn";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postItemsByIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision: "remove" | "reject" | "request_info";
                    question?: string;
                    /** @enum {unknown} */
                    reasonCode?: "counterfeit" | "trademark_infringement" | "patent_infringement" | "copyright_infringement" | "stolen_images" | "insufficient_evidence" | "right_not_applicable" | "not_infringing" | "genuine_goods" | "second_hand_goods" | "parallel_import" | "nominative_use" | "listing_changed" | "duplicate" | "other";
                    reasonText?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        awaiting: ("seller" | "rights_holder" | "reviewer" | "supervisor") | null;
                        decision: {
                            /** Format: date-time */
                            decidedAt: string;
                            decidedBy: string | null;
                            reasonCode: string | null;
                            reasonText: string | null;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        slaDueAt: string;
                        snapshotSha256: string | null;
                        /** @enum {unknown} */
                        state: "pending" | "info_requested" | "removed" | "rejected" | "withdrawn" | "reinstated";
                        statementId: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postItemsByIdInfoResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string;
                    documentShas?: string[];
                };
            };
        };
        responses: {
            /** @description An item with its notice, right, evidence and listing side by side */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        awaiting: ("seller" | "rights_holder" | "reviewer" | "supervisor") | null;
                        claim: {
                            /** Format: date-time */
                            expiresAt: string;
                            name: string;
                            /** Format: uuid */
                            userId: string;
                        } | null;
                        decision: {
                            /** Format: date-time */
                            decidedAt: string;
                            decidedBy: string | null;
                            reasonCode: string | null;
                            reasonText: string | null;
                        } | null;
                        dueAt: string | null;
                        evidence: {
                            capturedAt?: string;
                            /** @description SHA-256 of the content, lowercase hex */
                            documentSha256: string;
                            downloadPath: string;
                            /** @enum {unknown} */
                            kind: "screenshot" | "test_buy_report" | "cached_copy" | "other";
                            note?: string;
                            url?: string;
                        }[];
                        expedited: ("priority" | "provisional") | null;
                        /** Format: uuid */
                        id: string;
                        infoRequests: {
                            answer: string | null;
                            answerDocumentShas: string[];
                            answeredAt: string | null;
                            /** Format: date-time */
                            askedAt: string;
                            /** Format: uuid */
                            id: string;
                            question: string;
                        }[];
                        listing: {
                            category: string | null;
                            condition: ("new" | "used" | "refurbished") | null;
                            createdAt: string;
                            description: string;
                            externalId: string;
                            /** Format: uuid */
                            id: string;
                            imageUrls: string[];
                            /** Format: uuid */
                            marketplaceId: string;
                            price: {
                                amount: number;
                                currency: string;
                            } | null;
                            quantity: number | null;
                            shipFrom: string | null;
                            state: "active" | "removed";
                            /** Format: uuid */
                            storeId: string;
                            title: string;
                            updatedAt: string;
                            url: string;
                            version: number;
                        };
                        notice: {
                            contact: {
                                address?: string;
                                email: string;
                                name: string;
                                phone?: string;
                            };
                            explanation: string | null;
                            /** Format: date-time */
                            filedAt: string;
                            /** Format: uuid */
                            filerOrgId: string;
                            /** @description Filed in good faith (a Good Faith Program member) */
                            goodFaith: boolean;
                            /** Format: uuid */
                            id: string;
                            infringementType: "counterfeit" | "trademark_misuse" | "patent" | "copyright";
                            /** @description The letter of authorization behind an agent's notice (which agent, for which brand, scope, expiry); the document's hash only where policy lets the seller see it */
                            letter: components["schemas"]["NoticeLetter"] | null;
                            /** Format: uuid */
                            principalOrgId: string;
                            /** @description Filed by a trusted flagger (DSA Art 22) */
                            trustedFlagger: boolean;
                        };
                        /** Format: uuid */
                        noticeId: string;
                        /** @description The notifier's sanctions for misuse of the notice system whose findings rest on this item (its seller sees that outcome) */
                        notifierSanctions: {
                            active: boolean;
                            endsAt: string | null;
                            findingKind: "unfounded" | "competitor" | "channel_control" | "burst";
                            /** Format: date-time */
                            imposedAt: string;
                            level: "warning" | "suspension" | "termination";
                            /** Format: uuid */
                            notifierOrgId: string;
                            /** @description Reversed on appeal */
                            reversed: boolean;
                            /** Format: uuid */
                            sanctionId: string;
                        }[];
                        pausedAt: string | null;
                        provisional: {
                            decidedAt: string | null;
                            decisionId: string | null;
                            /** Format: date-time */
                            dueAt: string;
                            /** @enum {unknown} */
                            status: "awaiting" | "confirmed" | "reversed";
                        } | null;
                        right: {
                            createdAt: string;
                            documentShas: string[];
                            /** Format: uuid */
                            id: string;
                            jurisdiction: string | null;
                            name: string;
                            niceClasses: number[];
                            office: string | null;
                            /** Format: uuid */
                            orgId: string;
                            ownerName: string;
                            patentKind: ("invention" | "utility" | "design") | null;
                            referenceImageShas: string[];
                            registrationNumber: string | null;
                            reviewNote: string | null;
                            status: "pending" | "verified" | "rejected";
                            type: "trademark" | "patent" | "copyright";
                            validFrom: string | null;
                            validUntil: string | null;
                            verifiedAt: string | null;
                            workDescription: string | null;
                        } | null;
                        /** Format: date-time */
                        slaDueAt: string;
                        snapshots: {
                            /** Format: uuid */
                            id: string;
                            listing: {
                                category: string | null;
                                condition: ("new" | "used" | "refurbished") | null;
                                createdAt: string;
                                description: string;
                                externalId: string;
                                /** Format: uuid */
                                id: string;
                                imageUrls: string[];
                                /** Format: uuid */
                                marketplaceId: string;
                                price: {
                                    amount: number;
                                    currency: string;
                                } | null;
                                quantity: number | null;
                                shipFrom: string | null;
                                state: "active" | "removed";
                                /** Format: uuid */
                                storeId: string;
                                title: string;
                                updatedAt: string;
                                url: string;
                                version: number;
                            };
                            /** @description SHA-256 of the content, lowercase hex */
                            sha256: string;
                            /** Format: date-time */
                            takenAt: string;
                        }[];
                        /** @enum {unknown} */
                        state: "pending" | "info_requested" | "removed" | "rejected" | "withdrawn" | "reinstated";
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postItemsByIdProvisionalDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    decision: "confirm" | "reverse";
                    reasonText: string;
                };
            };
        };
        responses: {
            /** @description A provisional takedown at filing: awaiting a reviewer who confirms or reverses it by dueAt (past it, the listing stays down and the item escalates) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        decidedAt: string | null;
                        decisionId: string | null;
                        /** Format: date-time */
                        dueAt: string;
                        /** @enum {unknown} */
                        status: "awaiting" | "confirmed" | "reversed";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItemsByIdTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deadlines: {
                            dueAt: string;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            party: string;
                            result: string | null;
                            status: string;
                        }[];
                        events: {
                            at: string;
                            by: string;
                            kind: string;
                            reasons: string | null;
                            ref: {
                                id: string;
                                type: string;
                            } | null;
                            title: string;
                        }[];
                        /** Format: uuid */
                        itemId: string;
                        move: {
                            action: string;
                            dueAt: string | null;
                            overdue: boolean;
                            /** @description Whose move it is: reviewer, rights_holder, seller, supervisor (overdue), or null */
                            party: ("seller" | "rights_holder" | "reviewer" | "supervisor") | null;
                        };
                        /** Format: uuid */
                        noticeId: string;
                        /** @enum {unknown} */
                        state: "pending" | "info_requested" | "removed" | "rejected" | "withdrawn" | "reinstated";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postItemsByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reasonText?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        itemId: string;
                        /** @enum {string} */
                        state: "withdrawn";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getKeywordRulesByScope: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scope: string | "default";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description When this version was written; null for the built-in default */
                        createdAt: string | null;
                        /** @description The marketplace; null for the default controls */
                        marketplaceId: string | null;
                        /** @description Keyword controls: markers, coded language, piracy terms, cues */
                        ruleSet: {
                            /** @description Words of a listing that talks about fakes ("how to spot", "鉴别") */
                            discussionCues?: string[];
                            /** @description Phrases that make a listing about a licensed or museum reproduction */
                            licensedReproductionCues?: string[];
                            /** @description Text stressing a low price ("cheap", "best price", "低价") */
                            lowPriceCues?: string[];
                            marketplace?: string;
                            /** @description Words that negate a marker just after them ("not a replica") */
                            negationCues?: string[];
                            /** @description Text saying the item is new ("brand new", "全新") */
                            newConditionCues?: string[];
                            /** @description Cues of nominative use after the brand ("Apple Watch compatible band") */
                            nominativeAfterCues?: string[];
                            /** @description Cues of nominative use before a brand ("compatible with", "适用于") */
                            nominativeCues?: string[];
                            /** @description A stated sale that explains a moderate discount ("clearance", "双十一") */
                            promotionCues?: string[];
                            rules: {
                                brandBefore?: boolean;
                                /** @description With needsBrand: taxonomy categories where the term counts without a brand */
                                brandFreeCategories?: string[];
                                brandWithin?: number;
                                /** @description Piracy: counts only in listings of these categories (empty: any) */
                                categories?: string[];
                                id: string;
                                /** @description Phrases that make the term innocent when they overlap the match ("usb type a") */
                                innocentContexts?: string[];
                                /** @description Words that make the term innocent within three words of it ("lessons 1:1") */
                                innocentNearby?: string[];
                                /** @enum {unknown} */
                                kind: "marker" | "coded" | "piracy" | "oem_leak" | "contact_offsite" | "weak_quality_claim" | "factory_direct" | "stock_variety";
                                licensedContextInnocent?: boolean;
                                /** @description Generic term: counts only in a listing naming a brand, line or work */
                                needsBrand?: boolean;
                                nominativeInnocent?: boolean;
                                pattern: string;
                                /** @description The term counts only with one of these words within five words */
                                requiresNearby?: string[];
                                /** @description How strongly the term alone indicates infringement */
                                severity: number;
                                titleOnly?: boolean;
                            }[];
                            /** @description Disclosures that the goods are third-party ("not made by", "非原厂") */
                            thirdPartyCues?: string[];
                            /** @description Text saying the item is second-hand ("pre-owned", "二手") */
                            usedConditionCues?: string[];
                            version: string;
                        };
                        /** @description 0: the built-in default */
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putKeywordRulesByScope: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scope: string | "default";
            };
            cookie?: never;
        };
        /** @description Keyword controls: markers, coded language, piracy terms, cues */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Words of a listing that talks about fakes ("how to spot", "鉴别") */
                    discussionCues?: string[];
                    /** @description Phrases that make a listing about a licensed or museum reproduction */
                    licensedReproductionCues?: string[];
                    /** @description Text stressing a low price ("cheap", "best price", "低价") */
                    lowPriceCues?: string[];
                    marketplace?: string;
                    /** @description Words that negate a marker just after them ("not a replica") */
                    negationCues?: string[];
                    /** @description Text saying the item is new ("brand new", "全新") */
                    newConditionCues?: string[];
                    /** @description Cues of nominative use after the brand ("Apple Watch compatible band") */
                    nominativeAfterCues?: string[];
                    /** @description Cues of nominative use before a brand ("compatible with", "适用于") */
                    nominativeCues?: string[];
                    /** @description A stated sale that explains a moderate discount ("clearance", "双十一") */
                    promotionCues?: string[];
                    rules: {
                        brandBefore?: boolean;
                        /** @description With needsBrand: taxonomy categories where the term counts without a brand */
                        brandFreeCategories?: string[];
                        brandWithin?: number;
                        /** @description Piracy: counts only in listings of these categories (empty: any) */
                        categories?: string[];
                        id: string;
                        /** @description Phrases that make the term innocent when they overlap the match ("usb type a") */
                        innocentContexts?: string[];
                        /** @description Words that make the term innocent within three words of it ("lessons 1:1") */
                        innocentNearby?: string[];
                        /** @enum {unknown} */
                        kind: "marker" | "coded" | "piracy" | "oem_leak" | "contact_offsite" | "weak_quality_claim" | "factory_direct" | "stock_variety";
                        licensedContextInnocent?: boolean;
                        /** @description Generic term: counts only in a listing naming a brand, line or work */
                        needsBrand?: boolean;
                        nominativeInnocent?: boolean;
                        pattern: string;
                        /** @description The term counts only with one of these words within five words */
                        requiresNearby?: string[];
                        /** @description How strongly the term alone indicates infringement */
                        severity: number;
                        titleOnly?: boolean;
                    }[];
                    /** @description Disclosures that the goods are third-party ("not made by", "非原厂") */
                    thirdPartyCues?: string[];
                    /** @description Text saying the item is second-hand ("pre-owned", "二手") */
                    usedConditionCues?: string[];
                    version: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description When this version was written; null for the built-in default */
                        createdAt: string | null;
                        /** @description The marketplace; null for the default controls */
                        marketplaceId: string | null;
                        /** @description Keyword controls: markers, coded language, piracy terms, cues */
                        ruleSet: {
                            /** @description Words of a listing that talks about fakes ("how to spot", "鉴别") */
                            discussionCues?: string[];
                            /** @description Phrases that make a listing about a licensed or museum reproduction */
                            licensedReproductionCues?: string[];
                            /** @description Text stressing a low price ("cheap", "best price", "低价") */
                            lowPriceCues?: string[];
                            marketplace?: string;
                            /** @description Words that negate a marker just after them ("not a replica") */
                            negationCues?: string[];
                            /** @description Text saying the item is new ("brand new", "全新") */
                            newConditionCues?: string[];
                            /** @description Cues of nominative use after the brand ("Apple Watch compatible band") */
                            nominativeAfterCues?: string[];
                            /** @description Cues of nominative use before a brand ("compatible with", "适用于") */
                            nominativeCues?: string[];
                            /** @description A stated sale that explains a moderate discount ("clearance", "双十一") */
                            promotionCues?: string[];
                            rules: {
                                brandBefore?: boolean;
                                /** @description With needsBrand: taxonomy categories where the term counts without a brand */
                                brandFreeCategories?: string[];
                                brandWithin?: number;
                                /** @description Piracy: counts only in listings of these categories (empty: any) */
                                categories?: string[];
                                id: string;
                                /** @description Phrases that make the term innocent when they overlap the match ("usb type a") */
                                innocentContexts?: string[];
                                /** @description Words that make the term innocent within three words of it ("lessons 1:1") */
                                innocentNearby?: string[];
                                /** @enum {unknown} */
                                kind: "marker" | "coded" | "piracy" | "oem_leak" | "contact_offsite" | "weak_quality_claim" | "factory_direct" | "stock_variety";
                                licensedContextInnocent?: boolean;
                                /** @description Generic term: counts only in a listing naming a brand, line or work */
                                needsBrand?: boolean;
                                nominativeInnocent?: boolean;
                                pattern: string;
                                /** @description The term counts only with one of these words within five words */
                                requiresNearby?: string[];
                                /** @description How strongly the term alone indicates infringement */
                                severity: number;
                                titleOnly?: boolean;
                            }[];
                            /** @description Disclosures that the goods are third-party ("not made by", "非原厂") */
                            thirdPartyCues?: string[];
                            /** @description Text saying the item is second-hand ("pre-owned", "二手") */
                            usedConditionCues?: string[];
                            version: string;
                        };
                        /** @description 0: the built-in default */
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLedgerCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerCheck"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLicences: {
        parameters: {
            query: {
                limit: number;
                offset: number;
                /** @description pending review, verified, refused by a reviewer, or verified but past its last day */
                status?: "pending" | "verified" | "refused" | "expired";
                storeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Licence"][];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLicencesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Licence"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postLicencesByIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reasonText: string;
                    /** @enum {unknown} */
                    result: "verified" | "refused";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Licence"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListings: {
        parameters: {
            query: {
                externalId?: string;
                limit: number;
                marketplaceId?: string;
                offset: number;
                /** @description Part of the title (any case), or a marketplace listing id */
                q?: string;
                state?: "active" | "removed";
                storeId?: string;
                url?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            category: string | null;
                            condition: ("new" | "used" | "refurbished") | null;
                            createdAt: string;
                            description: string;
                            externalId: string;
                            /** Format: uuid */
                            id: string;
                            imageUrls: string[];
                            /** Format: uuid */
                            marketplaceId: string;
                            price: {
                                amount: number;
                                currency: string;
                            } | null;
                            quantity: number | null;
                            shipFrom: string | null;
                            state: "active" | "removed";
                            /** Format: uuid */
                            storeId: string;
                            title: string;
                            updatedAt: string;
                            url: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListingsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        category: string | null;
                        condition: ("new" | "used" | "refurbished") | null;
                        createdAt: string;
                        description: string;
                        externalId: string;
                        /** Format: uuid */
                        id: string;
                        imageUrls: string[];
                        /** Format: uuid */
                        marketplaceId: string;
                        price: {
                            amount: number;
                            currency: string;
                        } | null;
                        quantity: number | null;
                        shipFrom: string | null;
                        state: "active" | "removed";
                        /** Format: uuid */
                        storeId: string;
                        title: string;
                        updatedAt: string;
                        url: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getListingsByIdVerdict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        action: "remove" | "review" | "brand_verify" | "allow";
                        brands: {
                            brandId: string;
                            nominative: boolean;
                            productLine?: string;
                        }[];
                        flagged: boolean;
                        /** Format: uuid */
                        listingId: string;
                        listingVersion: number;
                        policyVersion: string;
                        revision: number;
                        scannedAt: string;
                        score: number;
                        signals: {
                            brandId?: string;
                            detail: string;
                            /** @description marker, coded, piracy, brand, price, ... (docs/detection.md) */
                            kind: string;
                            normalized: string;
                            priceRatio?: number;
                            priceZ?: number;
                            rule: string;
                            ruleVersion: string;
                            span: {
                                end: number;
                                /** @enum {unknown} */
                                field: "title" | "description";
                                start: number;
                                text: string;
                            } | null;
                            weight: number;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMarketplaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            jurisdiction: string;
                            name: string;
                            /** @description Shown only to operator admins and to the marketplace's own API key; absent for everyone else. Null: none configured. */
                            webhookUrl?: string | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMarketplaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Short unique code, e.g. "tmall-cn" */
                    code: string;
                    /** @description ISO 3166-1 alpha-2 country code, or EU for the European Union */
                    jurisdiction: string;
                    name: string;
                    /**
                     * Format: uri
                     * @description Where takedown and reinstatement decisions are POSTed. Must be a public https URL without credentials (port 80, 443 or 1024-65535): loopback, private, link-local and other non-public addresses in any notation, and names such as localhost, are refused with a field error naming the rule (blocked-address, credentials-in-url, https-required, port-not-allowed, scheme-not-allowed). Each delivery checks the addresses the host resolves to again, and every redirect hop.
                     */
                    webhookUrl?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        jurisdiction: string;
                        name: string;
                        /** @description Shown only to operator admins and to the marketplace's own API key; absent for everyone else. Null: none configured. */
                        webhookUrl?: string | null;
                    } & {
                        /** @description HMAC-SHA256 signing secret; shown only here */
                        webhookSecret: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMarketplacesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        jurisdiction: string;
                        name: string;
                        /** @description Shown only to operator admins and to the marketplace's own API key; absent for everyone else. Null: none configured. */
                        webhookUrl?: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchMarketplacesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description ISO 3166-1 alpha-2 country code, or EU for the European Union */
                    jurisdiction?: string;
                    name?: string;
                    webhookUrl?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        jurisdiction: string;
                        name: string;
                        /** @description Shown only to operator admins and to the marketplace's own API key; absent for everyone else. Null: none configured. */
                        webhookUrl?: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putMarketplacesByIdListingsByExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The marketplace's own listing id */
                externalId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    category?: string;
                    condition?: "new" | "used" | "refurbished";
                    description?: string;
                    imageUrls?: string[];
                    price?: {
                        amount: number;
                        /** @description ISO 4217 code */
                        currency: string;
                    };
                    quantity?: number;
                    /** @description ISO 3166-1 alpha-2 country the item ships from */
                    shipFrom?: string;
                    /** @description The seller store on this marketplace */
                    store: {
                        externalId: string;
                        name: string;
                    };
                    title: string;
                    /** Format: uri */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        category: string | null;
                        condition: ("new" | "used" | "refurbished") | null;
                        createdAt: string;
                        description: string;
                        externalId: string;
                        /** Format: uuid */
                        id: string;
                        imageUrls: string[];
                        /** Format: uuid */
                        marketplaceId: string;
                        price: {
                            amount: number;
                            currency: string;
                        } | null;
                        quantity: number | null;
                        shipFrom: string | null;
                        state: "active" | "removed";
                        /** Format: uuid */
                        storeId: string;
                        title: string;
                        updatedAt: string;
                        url: string;
                        version: number;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        category: string | null;
                        condition: ("new" | "used" | "refurbished") | null;
                        createdAt: string;
                        description: string;
                        externalId: string;
                        /** Format: uuid */
                        id: string;
                        imageUrls: string[];
                        /** Format: uuid */
                        marketplaceId: string;
                        price: {
                            amount: number;
                            currency: string;
                        } | null;
                        quantity: number | null;
                        shipFrom: string | null;
                        state: "active" | "removed";
                        /** Format: uuid */
                        storeId: string;
                        title: string;
                        updatedAt: string;
                        url: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMarketplacesByIdListingsBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    listings: {
                        category?: string;
                        condition?: "new" | "used" | "refurbished";
                        description?: string;
                        /** @description The marketplace's own listing id */
                        externalId: string;
                        imageUrls?: string[];
                        price?: {
                            amount: number;
                            /** @description ISO 4217 code */
                            currency: string;
                        };
                        quantity?: number;
                        /** @description ISO 3166-1 alpha-2 country the item ships from */
                        shipFrom?: string;
                        /** @description The seller store on this marketplace */
                        store: {
                            externalId: string;
                            name: string;
                        };
                        title: string;
                        /** Format: uri */
                        url: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        items: {
                            created: boolean;
                            externalId: string;
                            /** Format: uuid */
                            id: string;
                            version: number;
                        }[];
                        updated: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMarketplacesByIdOrdersBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    events: {
                        /** @description Minor units (cents): a positive integer */
                        amount: number;
                        /** @description The buyer's reference on the marketplace */
                        buyerRef?: string;
                        /** @description ISO 4217 code */
                        currency: string;
                        /** @enum {unknown} */
                        event: "paid" | "cancelled" | "payout";
                        /** @description The order's (or payout's) id on the marketplace */
                        id: string;
                        listingExternalId?: string;
                        /** Format: uuid */
                        listingId?: string;
                        /** @description For a payout */
                        storeExternalId?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accepted: number;
                        /** @description Events already received (no effect) */
                        duplicates: number;
                        /** @description Orders whose proceeds are held */
                        held: number;
                        items: {
                            event: string;
                            hold: ("held" | "none") | null;
                            id: string;
                            /** @enum {unknown} */
                            result: "accepted" | "duplicate";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putMarketplacesByIdStoresByExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                externalId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    trader?: components["schemas"]["TraderDetails"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        externalId: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        marketplaceId: string;
                        name: string;
                        sellerOrgId: string | null;
                        /**
                         * @description active: lists normally; held: waiting for review at registration; suspended: lists nothing new until the suspension ends; closed: its listings are taken down
                         * @enum {unknown}
                         */
                        status: "active" | "held" | "suspended" | "closed";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMarketplacesByIdStoresBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    stores: {
                        externalId: string;
                        name: string;
                        trader?: components["schemas"]["TraderDetails"];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            externalId: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            marketplaceId: string;
                            name: string;
                            sellerOrgId: string | null;
                            /**
                             * @description held: linked to a closed or suspended store (policy hold); it lists nothing until admitted
                             * @enum {unknown}
                             */
                            status: "active" | "held" | "suspended" | "closed";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMarketplacesByIdWebhookDeliveries: {
        parameters: {
            query: {
                limit: number;
                offset: number;
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Attempts in the current cycle (a replay starts a new cycle) */
                            attempts: number;
                            /** Format: date-time */
                            createdAt: string;
                            deliveredAt: string | null;
                            /** @enum {unknown} */
                            eventType: "listing.reinstated" | "listing.removed" | "store.admitted" | "store.closed" | "store.deposit_below_minimum" | "store.deposit_confiscated" | "store.deposit_released" | "store.deposit_returned" | "store.deposit_topped_up" | "store.held" | "store.restored" | "store.suspended" | "store.warned";
                            /** Format: uuid */
                            id: string;
                            /** @description The reason of the last failed attempt; null once delivered. Why the attempt ended so: the standard HTTP reason phrase of the status (e.g. "Service Unavailable"; never the text the receiver sent), or with no answer one of: invalid-url, scheme-not-allowed, credentials-in-url, port-not-allowed, https-required, blocked-address, dns-failure, timeout, connection-refused, connection-reset, unreachable, tls-error, too-many-redirects, redirect-not-followed, invalid-response, network-error, no-webhook-url. A blocked-address attempt never left the platform: the URL, its DNS answer or a redirect pointed at a loopback, private, link-local or otherwise non-public address. */
                            lastReason: string | null;
                            /** Format: uuid */
                            marketplaceId: string;
                            /** Format: date-time */
                            nextAttemptAt: string;
                            /** @description The JSON body POSTed to the marketplace, byte for byte as canonical JSON (keys sorted) */
                            payload: {
                                data: {
                                    /** @description The appealed decision, when an appeal reversed it */
                                    appealed_decision_id: string | null;
                                    /** @description Why: no_response, counter_notice_upheld, withdrawn, appeal, ... */
                                    cause: string;
                                    /** Format: uuid */
                                    decision_id: string;
                                    item_id: string | null;
                                    /** Format: uuid */
                                    listing_id: string;
                                    /** @description The listing's version after this change */
                                    listing_version: number;
                                    /** @description The listing's id on the marketplace */
                                    marketplace_listing_id: string;
                                    notice_id: string | null;
                                    /** Format: uuid */
                                    outcome_id: string;
                                    reason: {
                                        text: string;
                                    };
                                    /**
                                     * @description What the removal came from: a notice, proactive detection, the store's closure, or a missing or lapsed market-access licence
                                     * @enum {unknown}
                                     */
                                    source: "notice" | "proactive_detection" | "store_closure" | "licence";
                                    /** @description Where the marketplace reads the statement of reasons (GET with its API key) */
                                    statement_path: string;
                                    store_external_id: string | null;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                occurred_at: string;
                                /** @enum {string} */
                                type: "listing.reinstated";
                            } | {
                                data: {
                                    /** @description Whether automation decided it (DSA Art 17(3)(c)) */
                                    automated_decision: boolean;
                                    /** @description The detection case, for a proactive removal */
                                    case_id: string | null;
                                    /** Format: uuid */
                                    decision_id: string;
                                    item_id: string | null;
                                    /** Format: uuid */
                                    listing_id: string;
                                    /** @description The listing's version after this change */
                                    listing_version: number;
                                    /** @description The listing's id on the marketplace */
                                    marketplace_listing_id: string;
                                    notice_id: string | null;
                                    reason: {
                                        code: string | null;
                                        text: string;
                                    };
                                    /**
                                     * @description What the removal came from: a notice, proactive detection, the store's closure, or a missing or lapsed market-access licence
                                     * @enum {unknown}
                                     */
                                    source: "notice" | "proactive_detection" | "store_closure" | "licence";
                                    /** Format: uuid */
                                    statement_id: string;
                                    /** @description Where the marketplace reads the statement of reasons (GET with its API key) */
                                    statement_path: string;
                                    store_external_id: string | null;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                occurred_at: string;
                                /** @enum {string} */
                                type: "listing.removed";
                            } | {
                                data: {
                                    /** Format: uuid */
                                    appealed_decision_id: string;
                                    /** Format: uuid */
                                    decision_id: string;
                                    reason: {
                                        text: string;
                                    };
                                    /** @description Where the marketplace reads the statement of reasons (GET with its API key) */
                                    statement_path: string;
                                    /** @description The store's id on the marketplace */
                                    store_external_id: string;
                                    /** Format: uuid */
                                    store_id: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                occurred_at: string;
                                /** @enum {string} */
                                type: "store.admitted";
                            } | {
                                data: {
                                    /** @description Points left in the store's yearly allotment */
                                    balance: number;
                                    /** Format: uuid */
                                    decision_id: string;
                                    /** @description The seller must acknowledge the education module before listing again */
                                    education_required: boolean;
                                    /** @description When a suspension ends */
                                    ends_at: string | null;
                                    listing_limit: number | null;
                                    /** @enum {unknown} */
                                    sanction: "warning" | "listing_limit" | "suspension" | "closure";
                                    /** Format: uuid */
                                    sanction_id: string;
                                    /** @description Where the statement of reasons is read (GET with the API key) */
                                    statement_path: string;
                                    /**
                                     * @description The store's status after this change
                                     * @enum {unknown}
                                     */
                                    status: "active" | "held" | "suspended" | "closed";
                                    /** @description The store's id on the marketplace */
                                    store_external_id: string;
                                    /** Format: uuid */
                                    store_id: string;
                                    /** @description Strikes in force when the sanction was imposed */
                                    strikes: number;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                occurred_at: string;
                                /** @enum {string} */
                                type: "store.closed";
                            } | {
                                data: {
                                    /** @description Minor units moved by this change */
                                    amount: number;
                                    /** @description The deposit after this change, in minor units */
                                    balance: number;
                                    /** @description ISO 4217 */
                                    currency: string;
                                    /** @description The decision behind the change (confiscation, return) */
                                    decision_id: string | null;
                                    /** @description Below this the store must top up */
                                    minimum: number;
                                    /** Format: uuid */
                                    movement_id: string;
                                    /** @description The deposit the policy requires of the store */
                                    required: number;
                                    /** @enum {unknown} */
                                    status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                                    /** @description The store's id on the marketplace */
                                    store_external_id: string;
                                    /** Format: uuid */
                                    store_id: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                occurred_at: string;
                                /** @enum {string} */
                                type: "store.deposit_below_minimum";
                            } | {
                                data: {
                                    /** @description Minor units moved by this change */
                                    amount: number;
                                    /** @description The deposit after this change, in minor units */
                                    balance: number;
                                    /** @description ISO 4217 */
                                    currency: string;
                                    /** @description The decision behind the change (confiscation, return) */
                                    decision_id: string | null;
                                    /** @description Below this the store must top up */
                                    minimum: number;
                                    /** Format: uuid */
                                    movement_id: string;
                                    /** @description The deposit the policy requires of the store */
                                    required: number;
                                    /** @enum {unknown} */
                                    status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                                    /** @description The store's id on the marketplace */
                                    store_external_id: string;
                                    /** Format: uuid */
                                    store_id: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                occurred_at: string;
                                /** @enum {string} */
                                type: "store.deposit_confiscated";
                            } | {
                                data: {
                                    /** @description Minor units moved by this change */
                                    amount: number;
                                    /** @description The deposit after this change, in minor units */
                                    balance: number;
                                    /** @description ISO 4217 */
                                    currency: string;
                                    /** @description The decision behind the change (confiscation, return) */
                                    decision_id: string | null;
                                    /** @description Below this the store must top up */
                                    minimum: number;
                                    /** Format: uuid */
                                    movement_id: string;
                                    /** @description The deposit the policy requires of the store */
                                    required: number;
                                    /** @enum {unknown} */
                                    status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                                    /** @description The store's id on the marketplace */
                                    store_external_id: string;
                                    /** Format: uuid */
                                    store_id: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                occurred_at: string;
                                /** @enum {string} */
                                type: "store.deposit_released";
                            } | {
                                data: {
                                    /** @description Minor units moved by this change */
                                    amount: number;
                                    /** @description The deposit after this change, in minor units */
                                    balance: number;
                                    /** @description ISO 4217 */
                                    currency: string;
                                    /** @description The decision behind the change (confiscation, return) */
                                    decision_id: string | null;
                                    /** @description Below this the store must top up */
                                    minimum: number;
                                    /** Format: uuid */
                                    movement_id: string;
                                    /** @description The deposit the policy requires of the store */
                                    required: number;
                                    /** @enum {unknown} */
                                    status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                                    /** @description The store's id on the marketplace */
                                    store_external_id: string;
                                    /** Format: uuid */
                                    store_id: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                occurred_at: string;
                                /** @enum {string} */
                                type: "store.deposit_returned";
                            } | {
                                data: {
                                    /** @description Minor units moved by this change */
                                    amount: number;
                                    /** @description The deposit after this change, in minor units */
                                    balance: number;
                                    /** @description ISO 4217 */
                                    currency: string;
                                    /** @description The decision behind the change (confiscation, return) */
                                    decision_id: string | null;
                                    /** @description Below this the store must top up */
                                    minimum: number;
                                    /** Format: uuid */
                                    movement_id: string;
                                    /** @description The deposit the policy requires of the store */
                                    required: number;
                                    /** @enum {unknown} */
                                    status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                                    /** @description The store's id on the marketplace */
                                    store_external_id: string;
                                    /** Format: uuid */
                                    store_id: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                occurred_at: string;
                                /** @enum {string} */
                                type: "store.deposit_topped_up";
                            } | {
                                data: {
                                    /** Format: uuid */
                                    decision_id: string;
                                    reason: {
                                        text: string;
                                    };
                                    /** @description Which kinds of identifier link the store to the barred one (never the values) */
                                    shared_identifier_kinds: ("legal_name" | "registration_number" | "address" | "phone" | "email" | "payout_account" | "fingerprint")[];
                                    /** @description Where the marketplace reads the statement of reasons (GET with its API key) */
                                    statement_path: string;
                                    /** @description The store's id on the marketplace */
                                    store_external_id: string;
                                    /** Format: uuid */
                                    store_id: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                occurred_at: string;
                                /** @enum {string} */
                                type: "store.held";
                            } | {
                                data: {
                                    /**
                                     * @description Why it ended
                                     * @enum {unknown}
                                     */
                                    cause: "suspension_served" | "basis_reversed" | "appeal" | "operator";
                                    /** Format: uuid */
                                    decision_id: string;
                                    /** @enum {unknown} */
                                    sanction: "warning" | "listing_limit" | "suspension" | "closure";
                                    /** Format: uuid */
                                    sanction_id: string;
                                    /** @description Where the statement of reasons is read (GET with the API key) */
                                    statement_path: string;
                                    /**
                                     * @description The store's status after this change
                                     * @enum {unknown}
                                     */
                                    status: "active" | "held" | "suspended" | "closed";
                                    /** @description The store's id on the marketplace */
                                    store_external_id: string;
                                    /** Format: uuid */
                                    store_id: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                occurred_at: string;
                                /** @enum {string} */
                                type: "store.restored";
                            } | {
                                data: {
                                    /** @description Points left in the store's yearly allotment */
                                    balance: number;
                                    /** Format: uuid */
                                    decision_id: string;
                                    /** @description The seller must acknowledge the education module before listing again */
                                    education_required: boolean;
                                    /** @description When a suspension ends */
                                    ends_at: string | null;
                                    listing_limit: number | null;
                                    /** @enum {unknown} */
                                    sanction: "warning" | "listing_limit" | "suspension" | "closure";
                                    /** Format: uuid */
                                    sanction_id: string;
                                    /** @description Where the statement of reasons is read (GET with the API key) */
                                    statement_path: string;
                                    /**
                                     * @description The store's status after this change
                                     * @enum {unknown}
                                     */
                                    status: "active" | "held" | "suspended" | "closed";
                                    /** @description The store's id on the marketplace */
                                    store_external_id: string;
                                    /** Format: uuid */
                                    store_id: string;
                                    /** @description Strikes in force when the sanction was imposed */
                                    strikes: number;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                occurred_at: string;
                                /** @enum {string} */
                                type: "store.suspended";
                            } | {
                                data: {
                                    /** @description Points left in the store's yearly allotment */
                                    balance: number;
                                    /** Format: uuid */
                                    decision_id: string;
                                    /** @description The seller must acknowledge the education module before listing again */
                                    education_required: boolean;
                                    /** @description When a suspension ends */
                                    ends_at: string | null;
                                    listing_limit: number | null;
                                    /** @enum {unknown} */
                                    sanction: "warning" | "listing_limit" | "suspension" | "closure";
                                    /** Format: uuid */
                                    sanction_id: string;
                                    /** @description Where the statement of reasons is read (GET with the API key) */
                                    statement_path: string;
                                    /**
                                     * @description The store's status after this change
                                     * @enum {unknown}
                                     */
                                    status: "active" | "held" | "suspended" | "closed";
                                    /** @description The store's id on the marketplace */
                                    store_external_id: string;
                                    /** Format: uuid */
                                    store_id: string;
                                    /** @description Strikes in force when the sanction was imposed */
                                    strikes: number;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                occurred_at: string;
                                /** @enum {string} */
                                type: "store.warned";
                            };
                            status: "pending" | "delivered" | "failed";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMarketplacesByIdWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HMAC-SHA256 signing secret; shown only here */
                        webhookSecret: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        apiKeyId: string | null;
                        /** @enum {unknown} */
                        kind: "user" | "api_key";
                        marketplaceId: string | null;
                        organisation: {
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {unknown} */
                            kind: "operator" | "brand" | "agent" | "seller" | "buyer" | "authority";
                            name: string;
                            /** @description Trusted-flagger status (DSA Art 22), copied onto each notice the organisation files */
                            trustedFlagger: {
                                /** @description The Digital Services Coordinator (or other authority) that awarded the status */
                                authority: string;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 */
                                since: string;
                            } | null;
                            /** @description When the operator vetted this agent firm; null: not vetted */
                            vettedAt: string | null;
                        } | null;
                        roles: ("admin" | "reviewer" | "rights_holder" | "agent" | "seller" | "marketplace" | "buyer" | "enforcement_liaison" | "inspector")[];
                        session: {
                            /**
                             * Format: date-time
                             * @description When the session ends without another request: the earlier of expiresAt and lastSeenAt + the idle timeout
                             */
                            endsAt: string;
                            /**
                             * Format: date-time
                             * @description The hard end of the session, whatever the activity
                             */
                            expiresAt: string;
                            idleTimeoutSeconds: number;
                            /**
                             * Format: date-time
                             * @description The activity the idle timeout counts from (recorded at most once a minute)
                             */
                            lastSeenAt: string;
                        } | null;
                        userId: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMisuseFindings: {
        parameters: {
            query: {
                /** @description unfounded: rejections for no infringement; competitor: a notifier linked to competing sellers; channel_control: notices against genuine, second-hand or parallel-imported goods; burst: many notices against one store in a short time */
                kind?: "unfounded" | "competitor" | "channel_control" | "burst";
                limit: number;
                offset: number;
                status?: "open" | "acted" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            /** @description The figures that crossed the threshold, with the thresholds and the window */
                            figures: {
                                [key: string]: number | string | string[];
                            };
                            /** Format: uuid */
                            id: string;
                            /** @description The notice items (and their notices and decisions) behind the finding */
                            items: {
                                decisionId: string | null;
                                /** Format: uuid */
                                itemId: string;
                                /** Format: uuid */
                                listingId: string;
                                /** Format: uuid */
                                noticeId: string;
                                reasonCode: string | null;
                                /** Format: uuid */
                                storeId: string;
                            }[];
                            /**
                             * @description unfounded: rejections for no infringement; competitor: a notifier linked to competing sellers; channel_control: notices against genuine, second-hand or parallel-imported goods; burst: many notices against one store in a short time
                             * @enum {unknown}
                             */
                            kind: "unfounded" | "competitor" | "channel_control" | "burst";
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            policyVersion: number;
                            sanctionId: string | null;
                            /** @enum {unknown} */
                            status: "open" | "acted" | "dismissed";
                            storeId: string | null;
                            summary: string;
                            /** Format: date-time */
                            windowEnd: string;
                            /** Format: date-time */
                            windowStart: string;
                        }[];
                        sanctioned: {
                            /** @description In force now (not lifted, not served) */
                            active: boolean;
                            /** Format: uuid */
                            decisionId: string;
                            endsAt: string | null;
                            findingId: string | null;
                            findingKind: ("unfounded" | "competitor" | "channel_control" | "burst") | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {unknown} */
                            level: "warning" | "suspension" | "termination";
                            liftedAt: string | null;
                            liftedCause: ("suspension_served" | "appeal" | "operator") | null;
                            liftedDecisionId: string | null;
                            /** @description Imposed by a person rather than by the policy */
                            manual: boolean;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            reasonText: string;
                            /** Format: date-time */
                            startsAt: string;
                            statementPath: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMisuseFindingsByIdDismissal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reasonText: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MisuseFinding"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotices: {
        parameters: {
            query: {
                limit: number;
                offset: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            contact: {
                                address?: string;
                                email: string;
                                name: string;
                                phone?: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            explanation: string | null;
                            /** Format: uuid */
                            filerOrgId: string;
                            /** @description Filed in good faith: the brand (or the agent filing for it) is a Good Faith Program member */
                            goodFaith: boolean;
                            /** Format: uuid */
                            id: string;
                            infringementType: "counterfeit" | "trademark_misuse" | "patent" | "copyright";
                            itemCount: number;
                            items: {
                                appealableUntil: string | null;
                                awaiting: ("seller" | "rights_holder" | "reviewer" | "supervisor") | null;
                                decision: {
                                    /** Format: date-time */
                                    decidedAt: string;
                                    decidedBy: string | null;
                                    reasonCode: string | null;
                                    reasonText: string | null;
                                } | null;
                                dueAt: string | null;
                                evidence: {
                                    capturedAt?: string;
                                    /** @description SHA-256 of the content, lowercase hex */
                                    documentSha256: string;
                                    /** @enum {unknown} */
                                    kind: "screenshot" | "test_buy_report" | "cached_copy" | "other";
                                    note?: string;
                                    url?: string;
                                }[];
                                expedited: ("priority" | "provisional") | null;
                                /** Format: uuid */
                                id: string;
                                listing: {
                                    externalId: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    marketplaceId: string;
                                    /** @enum {unknown} */
                                    state: "active" | "removed";
                                    title: string;
                                    url: string;
                                };
                                /** Format: uuid */
                                noticeId: string;
                                position: number;
                                /** Format: date-time */
                                slaDueAt: string;
                                /** @enum {unknown} */
                                state: "pending" | "info_requested" | "removed" | "rejected" | "withdrawn" | "reinstated";
                            }[];
                            letter: components["schemas"]["NoticeLetter"] | null;
                            /** Format: uuid */
                            principalOrgId: string;
                            /** Format: uuid */
                            rightId: string;
                            /** @enum {unknown} */
                            source: "api" | "csv";
                            statements: {
                                /** @description The information is accurate (DMCA 512(c)(3)(A)(vi)) */
                                accuracy: boolean;
                                /** @description Under penalty of perjury, authorized to act for the rights holder */
                                authority: boolean;
                                /** @description Good-faith belief that the use is not authorized (DMCA 512(c)(3)(A)(v), DSA 16(2)(d)) */
                                goodFaith: boolean;
                            };
                            /**
                             * @description Open while any item has a move due (review, answer, counter-notice) or an appeal window open
                             * @enum {unknown}
                             */
                            status: "open" | "closed";
                            /** @description Filed by a trusted flagger (DSA Art 22) */
                            trustedFlagger: boolean;
                            /** @description The member whose standing applied (the brand, or the agent) */
                            viaOrgId: string | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postNotices: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat a submission safely: the same key returns the first result */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contact: {
                        address?: string;
                        /** Format: email */
                        email: string;
                        name: string;
                        phone?: string;
                    };
                    /** @description Why the listings infringe (DSA 16(2)(a)) */
                    explanation?: string;
                    infringementType: "counterfeit" | "trademark_misuse" | "patent" | "copyright";
                    items: {
                        /** @description At least one piece per listing (the expedited-path policy says which kinds; a Good Faith Program member may leave out the kinds it makes optional) */
                        evidence: {
                            /** Format: date-time */
                            capturedAt?: string;
                            /** @description SHA-256 of the content, lowercase hex */
                            documentSha256: string;
                            kind: "screenshot" | "test_buy_report" | "cached_copy" | "other";
                            note?: string;
                            /**
                             * Format: uri
                             * @description For a screenshot: the URL it shows
                             */
                            url?: string;
                        }[];
                        explanation?: string;
                        externalId?: string;
                        /** Format: uuid */
                        listingId?: string;
                        /** Format: uuid */
                        marketplaceId?: string;
                        /** Format: uri */
                        url?: string;
                    }[];
                    /** Format: uuid */
                    principalOrgId?: string;
                    /** Format: uuid */
                    rightId: string;
                    statements: {
                        /** @description The information is accurate (DMCA 512(c)(3)(A)(vi)) */
                        accuracy: boolean;
                        /** @description Under penalty of perjury, authorized to act for the rights holder */
                        authority: boolean;
                        /** @description Good-faith belief that the use is not authorized (DMCA 512(c)(3)(A)(v), DSA 16(2)(d)) */
                        goodFaith: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contact: {
                            address?: string;
                            email: string;
                            name: string;
                            phone?: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        explanation: string | null;
                        /** Format: uuid */
                        filerOrgId: string;
                        /** @description Filed in good faith: the brand (or the agent filing for it) is a Good Faith Program member */
                        goodFaith: boolean;
                        /** Format: uuid */
                        id: string;
                        infringementType: "counterfeit" | "trademark_misuse" | "patent" | "copyright";
                        itemCount: number;
                        items: {
                            appealableUntil: string | null;
                            awaiting: ("seller" | "rights_holder" | "reviewer" | "supervisor") | null;
                            decision: {
                                /** Format: date-time */
                                decidedAt: string;
                                decidedBy: string | null;
                                reasonCode: string | null;
                                reasonText: string | null;
                            } | null;
                            dueAt: string | null;
                            evidence: {
                                capturedAt?: string;
                                /** @description SHA-256 of the content, lowercase hex */
                                documentSha256: string;
                                /** @enum {unknown} */
                                kind: "screenshot" | "test_buy_report" | "cached_copy" | "other";
                                note?: string;
                                url?: string;
                            }[];
                            expedited: ("priority" | "provisional") | null;
                            /** Format: uuid */
                            id: string;
                            listing: {
                                externalId: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                marketplaceId: string;
                                /** @enum {unknown} */
                                state: "active" | "removed";
                                title: string;
                                url: string;
                            };
                            /** Format: uuid */
                            noticeId: string;
                            position: number;
                            /** Format: date-time */
                            slaDueAt: string;
                            /** @enum {unknown} */
                            state: "pending" | "info_requested" | "removed" | "rejected" | "withdrawn" | "reinstated";
                        }[];
                        letter: components["schemas"]["NoticeLetter"] | null;
                        /** Format: uuid */
                        principalOrgId: string;
                        /** Format: uuid */
                        rightId: string;
                        /** @enum {unknown} */
                        source: "api" | "csv";
                        statements: {
                            /** @description The information is accurate (DMCA 512(c)(3)(A)(vi)) */
                            accuracy: boolean;
                            /** @description Under penalty of perjury, authorized to act for the rights holder */
                            authority: boolean;
                            /** @description Good-faith belief that the use is not authorized (DMCA 512(c)(3)(A)(v), DSA 16(2)(d)) */
                            goodFaith: boolean;
                        };
                        /**
                         * @description Open while any item has a move due (review, answer, counter-notice) or an appeal window open
                         * @enum {unknown}
                         */
                        status: "open" | "closed";
                        /** @description Filed by a trusted flagger (DSA Art 22) */
                        trustedFlagger: boolean;
                        /** @description The member whose standing applied (the brand, or the agent) */
                        viaOrgId: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNoticesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contact: {
                            address?: string;
                            email: string;
                            name: string;
                            phone?: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        explanation: string | null;
                        /** Format: uuid */
                        filerOrgId: string;
                        /** @description Filed in good faith: the brand (or the agent filing for it) is a Good Faith Program member */
                        goodFaith: boolean;
                        /** Format: uuid */
                        id: string;
                        infringementType: "counterfeit" | "trademark_misuse" | "patent" | "copyright";
                        itemCount: number;
                        items: {
                            appealableUntil: string | null;
                            awaiting: ("seller" | "rights_holder" | "reviewer" | "supervisor") | null;
                            decision: {
                                /** Format: date-time */
                                decidedAt: string;
                                decidedBy: string | null;
                                reasonCode: string | null;
                                reasonText: string | null;
                            } | null;
                            dueAt: string | null;
                            evidence: {
                                capturedAt?: string;
                                /** @description SHA-256 of the content, lowercase hex */
                                documentSha256: string;
                                /** @enum {unknown} */
                                kind: "screenshot" | "test_buy_report" | "cached_copy" | "other";
                                note?: string;
                                url?: string;
                            }[];
                            expedited: ("priority" | "provisional") | null;
                            /** Format: uuid */
                            id: string;
                            listing: {
                                externalId: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                marketplaceId: string;
                                /** @enum {unknown} */
                                state: "active" | "removed";
                                title: string;
                                url: string;
                            };
                            /** Format: uuid */
                            noticeId: string;
                            position: number;
                            /** Format: date-time */
                            slaDueAt: string;
                            /** @enum {unknown} */
                            state: "pending" | "info_requested" | "removed" | "rejected" | "withdrawn" | "reinstated";
                        }[];
                        letter: components["schemas"]["NoticeLetter"] | null;
                        /** Format: uuid */
                        principalOrgId: string;
                        /** Format: uuid */
                        rightId: string;
                        /** @enum {unknown} */
                        source: "api" | "csv";
                        statements: {
                            /** @description The information is accurate (DMCA 512(c)(3)(A)(vi)) */
                            accuracy: boolean;
                            /** @description Under penalty of perjury, authorized to act for the rights holder */
                            authority: boolean;
                            /** @description Good-faith belief that the use is not authorized (DMCA 512(c)(3)(A)(v), DSA 16(2)(d)) */
                            goodFaith: boolean;
                        };
                        /**
                         * @description Open while any item has a move due (review, answer, counter-notice) or an appeal window open
                         * @enum {unknown}
                         */
                        status: "open" | "closed";
                        /** @description Filed by a trusted flagger (DSA Art 22) */
                        trustedFlagger: boolean;
                        /** @description The member whose standing applied (the brand, or the agent) */
                        viaOrgId: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postNoticesByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reasonText?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        noticeId: string;
                        withdrawnItemIds: string[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postNoticesCsv: {
        parameters: {
            query: {
                accuracy: "true" | "false";
                authority: "true" | "false";
                contactEmail: string;
                contactName: string;
                contactPhone?: string;
                explanation?: string;
                goodFaith: "true" | "false";
                infringementType: "counterfeit" | "trademark_misuse" | "patent" | "copyright";
                principalOrgId?: string;
                rightId: string;
            };
            header?: {
                /** @description Repeat a submission safely: the same key returns the first result */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The CSV file
                     */
                    file: string;
                };
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contact: {
                            address?: string;
                            email: string;
                            name: string;
                            phone?: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        explanation: string | null;
                        /** Format: uuid */
                        filerOrgId: string;
                        /** @description Filed in good faith: the brand (or the agent filing for it) is a Good Faith Program member */
                        goodFaith: boolean;
                        /** Format: uuid */
                        id: string;
                        infringementType: "counterfeit" | "trademark_misuse" | "patent" | "copyright";
                        itemCount: number;
                        items: {
                            appealableUntil: string | null;
                            awaiting: ("seller" | "rights_holder" | "reviewer" | "supervisor") | null;
                            decision: {
                                /** Format: date-time */
                                decidedAt: string;
                                decidedBy: string | null;
                                reasonCode: string | null;
                                reasonText: string | null;
                            } | null;
                            dueAt: string | null;
                            evidence: {
                                capturedAt?: string;
                                /** @description SHA-256 of the content, lowercase hex */
                                documentSha256: string;
                                /** @enum {unknown} */
                                kind: "screenshot" | "test_buy_report" | "cached_copy" | "other";
                                note?: string;
                                url?: string;
                            }[];
                            expedited: ("priority" | "provisional") | null;
                            /** Format: uuid */
                            id: string;
                            listing: {
                                externalId: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                marketplaceId: string;
                                /** @enum {unknown} */
                                state: "active" | "removed";
                                title: string;
                                url: string;
                            };
                            /** Format: uuid */
                            noticeId: string;
                            position: number;
                            /** Format: date-time */
                            slaDueAt: string;
                            /** @enum {unknown} */
                            state: "pending" | "info_requested" | "removed" | "rejected" | "withdrawn" | "reinstated";
                        }[];
                        letter: components["schemas"]["NoticeLetter"] | null;
                        /** Format: uuid */
                        principalOrgId: string;
                        /** Format: uuid */
                        rightId: string;
                        /** @enum {unknown} */
                        source: "api" | "csv";
                        statements: {
                            /** @description The information is accurate (DMCA 512(c)(3)(A)(vi)) */
                            accuracy: boolean;
                            /** @description Under penalty of perjury, authorized to act for the rights holder */
                            authority: boolean;
                            /** @description Good-faith belief that the use is not authorized (DMCA 512(c)(3)(A)(v), DSA 16(2)(d)) */
                            goodFaith: boolean;
                        };
                        /**
                         * @description Open while any item has a move due (review, answer, counter-notice) or an appeal window open
                         * @enum {unknown}
                         */
                        status: "open" | "closed";
                        /** @description Filed by a trusted flagger (DSA Art 22) */
                        trustedFlagger: boolean;
                        /** @description The member whose standing applied (the brand, or the agent) */
                        viaOrgId: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNoticesSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Items whose move is due from each party: the count of each `awaiting` value of the item view */
                        awaiting: {
                            reviewer: number;
                            rights_holder: number;
                            seller: number;
                            supervisor: number;
                        };
                        /** @description Items in each state (0 when none) */
                        itemsByState: {
                            info_requested: number;
                            pending: number;
                            reinstated: number;
                            rejected: number;
                            removed: number;
                            withdrawn: number;
                        };
                        totalItems: number;
                        totalNotices: number;
                        /** @description The 8 open items whose move is due soonest */
                        upcoming: {
                            /** @enum {unknown} */
                            awaiting: "seller" | "rights_holder" | "reviewer" | "supervisor";
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: uuid */
                            id: string;
                            listingTitle: string;
                            /** Format: uuid */
                            noticeId: string;
                            /** @enum {unknown} */
                            state: "pending" | "info_requested" | "removed" | "rejected" | "withdrawn" | "reinstated";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotifications: {
        parameters: {
            query: {
                itemId?: string;
                limit: number;
                offset: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            body: {
                                /** Format: uuid */
                                appealId: string;
                                /** Format: date-time */
                                decideBy: string;
                                /** Format: uuid */
                                decisionId: string;
                                /** @description notice_removal / notice_rejection: a reviewer decided a notice item; proactive_removal: detection found the listing; reinstatement: a removal ended (counter-notice, withdrawal, appeal); takedown_upheld: a counter-notice failed; appeal_upheld / appeal_reversed: an internal complaint was decided; store_sanction: a warning, education, listing limit, suspension or closure of a store; store_restoration: a sanction ended; store_admission: a store refused or held at registration; licence_verification: a market-access licence accepted or refused; licence_restriction: listings restricted for a missing or lapsed licence; notifier_sanction: a warning, suspension or termination of a notifier for misuse of the notice system (DSA Art 23); notifier_restoration: such a suspension or termination ended; notifier_admission / notifier_removal: a notifier admitted to or removed from the Good Faith Program (or a trial in it) by its measured standing; deposit_confiscation: all or part of a store's deposit confiscated for an upheld infringement (returned when that is undone); recovery_decision: a reviewer decided a recovery claim for a buyer refunded first (counterfeit: the recovery stands; genuine: the seller is made whole) */
                                decisionKind: "notice_removal" | "notice_rejection" | "proactive_removal" | "reinstatement" | "takedown_upheld" | "appeal_upheld" | "appeal_reversed" | "store_sanction" | "store_restoration" | "store_admission" | "licence_verification" | "licence_restriction" | "notifier_sanction" | "notifier_restoration" | "notifier_admission" | "notifier_removal" | "deposit_confiscation" | "recovery_decision";
                                grounds: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "appeal.filed";
                        } | {
                            body: {
                                caseReference: string | null;
                                /** Format: uuid */
                                counterNoticeId: string;
                                /** @enum {unknown} */
                                kind: "action_filed" | "response";
                                /** @description Where the counter-notice and its answer are read */
                                path: string;
                                text: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "counter_notice.answered";
                        } | {
                            body: {
                                /** Format: date-time */
                                answerBy: string;
                                /** Format: uuid */
                                counterNoticeId: string;
                                /** Format: uuid */
                                itemId: string;
                                /** @description Where the counter-notice is read */
                                path: string;
                                /** @enum {unknown} */
                                procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                summary: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "counter_notice.filed";
                        } | {
                            body: {
                                /** Format: date-time */
                                answerBy: string;
                                /** Format: uuid */
                                itemId: string;
                                /** Format: uuid */
                                noticeId: string;
                                /** @description What happens without an answer */
                                onSilence: string;
                                question: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "item.info_requested";
                        } | {
                            body: {
                                category: string;
                                categoryName: string;
                                /** Format: uuid */
                                decisionId: string;
                                jurisdiction: string;
                                /** Format: uuid */
                                licenceId: string;
                                /** @enum {unknown} */
                                result: "verified" | "refused";
                                /** Format: uuid */
                                storeId: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "licence.decided";
                        } | {
                            body: {
                                category: string;
                                categoryName: string;
                                jurisdiction: string;
                                /** Format: date-time */
                                lapsesAt: string;
                                /** Format: uuid */
                                licenceId: string;
                                /** Format: uuid */
                                storeId: string;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 */
                                validUntil: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "licence.expiring";
                        } | {
                            body: {
                                category: string;
                                categoryName: string;
                                jurisdiction: string;
                                /** Format: uuid */
                                licenceId: string;
                                restrictedListings: number;
                                /** Format: uuid */
                                storeId: string;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 */
                                validUntil: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "licence.lapsed";
                        } | {
                            body: {
                                amount: number;
                                currency: string;
                                decisionId: string | null;
                                /** Format: uuid */
                                storeId: string;
                                /** @enum {unknown} */
                                what: "deposit_confiscated" | "deposit_returned" | "recovery_counterfeit" | "recovery_genuine";
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "money.changed";
                        } | {
                            body: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {unknown} */
                                findingKind: "unfounded" | "competitor" | "channel_control" | "burst";
                                /** @description This seller's notice items behind the finding */
                                itemIds: string[];
                                /** @enum {unknown} */
                                level: "warning" | "suspension" | "termination";
                                notifierName: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "notifier.misuse_outcome";
                        } | {
                            body: {
                                /** @enum {unknown} */
                                cause: "suspension_served" | "appeal" | "operator";
                                /** Format: uuid */
                                decisionId: string;
                                /** @enum {unknown} */
                                level: "warning" | "suspension" | "termination";
                                /** Format: uuid */
                                sanctionId: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "notifier.sanction_lifted";
                        } | {
                            body: {
                                /** Format: uuid */
                                decisionId: string;
                                endsAt: string | null;
                                findingKind: ("unfounded" | "competitor" | "channel_control" | "burst") | null;
                                /** @enum {unknown} */
                                level: "warning" | "suspension" | "termination";
                                /** Format: uuid */
                                sanctionId: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "notifier.sanctioned";
                        } | {
                            body: {
                                /** @enum {unknown} */
                                change: "admitted" | "trial" | "graduated" | "removed" | "trial_ended" | "readmitted";
                                /** Format: uuid */
                                decisionId: string;
                                /** Format: uuid */
                                orgId: string;
                                statementPath: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "notifier.standing_changed";
                        } | {
                            /** @description The statement of reasons of the decision, or the outcome in brief when nothing was decided */
                            body: components["schemas"]["StatementBody"] | {
                                cause: string;
                                /** Format: uuid */
                                itemId: string;
                                /** @description The outcome kind */
                                kind: string;
                                /** Format: uuid */
                                noticeId: string;
                                summary: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "outcome.appeal_reversed";
                        } | {
                            /** @description The statement of reasons of the decision, or the outcome in brief when nothing was decided */
                            body: components["schemas"]["StatementBody"] | {
                                cause: string;
                                /** Format: uuid */
                                itemId: string;
                                /** @description The outcome kind */
                                kind: string;
                                /** Format: uuid */
                                noticeId: string;
                                summary: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "outcome.appeal_upheld";
                        } | {
                            /** @description The statement of reasons of the decision, or the outcome in brief when nothing was decided */
                            body: components["schemas"]["StatementBody"] | {
                                cause: string;
                                /** Format: uuid */
                                itemId: string;
                                /** @description The outcome kind */
                                kind: string;
                                /** Format: uuid */
                                noticeId: string;
                                summary: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "outcome.reinstated";
                        } | {
                            /** @description The statement of reasons of the decision, or the outcome in brief when nothing was decided */
                            body: components["schemas"]["StatementBody"] | {
                                cause: string;
                                /** Format: uuid */
                                itemId: string;
                                /** @description The outcome kind */
                                kind: string;
                                /** Format: uuid */
                                noticeId: string;
                                summary: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "outcome.upheld";
                        } | {
                            /** @description The statement of reasons of the decision, or the outcome in brief when nothing was decided */
                            body: components["schemas"]["StatementBody"] | {
                                cause: string;
                                /** Format: uuid */
                                itemId: string;
                                /** @description The outcome kind */
                                kind: string;
                                /** Format: uuid */
                                noticeId: string;
                                summary: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "outcome.withdrawn";
                        } | {
                            body: {
                                cause: string;
                                /** Format: uuid */
                                decisionId: string;
                                /** @enum {unknown} */
                                sanction: "warning" | "listing_limit" | "suspension" | "closure";
                                /** Format: uuid */
                                storeId: string;
                                storeName: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "store.sanction_lifted";
                        } | {
                            body: {
                                balance: number;
                                /** Format: uuid */
                                decisionId: string;
                                educationRequired: boolean;
                                endsAt: string | null;
                                /** @enum {unknown} */
                                sanction: "warning" | "listing_limit" | "suspension" | "closure";
                                /** Format: uuid */
                                storeId: string;
                                storeName: string;
                                strikes: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @enum {string} */
                            kind: "store.sanctioned";
                        })[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postNotifierSanctionsByIdLift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reasonText: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotifierSanction"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotifiers: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                order?: "asc" | "desc";
                sort?: "name" | "notices" | "conformingShare" | "counterNoticeShare" | "takedownSuccess" | "status";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            kind: string;
                            name: string;
                            /** Format: uuid */
                            orgId: string;
                            programme: components["schemas"]["GoodFaithProgramme"];
                            qualifies: boolean;
                            rates: components["schemas"]["NotifierRates"];
                            totals: components["schemas"]["NotifierFigures"];
                            trustedFlagger: {
                                /** @description The authority that awarded the status (DSA Art 22) */
                                authority: string;
                                /** @description Notices filed as a trusted flagger */
                                notices: number;
                            } | null;
                            /** @description An agent firm vetted by the operator */
                            vettedAgent: boolean;
                        }[];
                        policyVersion: number;
                        total: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotifiersByOrgIdMisuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotifierMisuse"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postNotifiersByOrgIdSanctions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    findingId?: string;
                    /** @enum {unknown} */
                    level: "warning" | "suspension" | "termination";
                    reasonText: string;
                    suspensionDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotifierSanction"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotifiersByOrgIdStanding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotifierStanding"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postNotifiersStandingRebuild: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cells: number;
                        /** Format: date-time */
                        rebuiltAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisations: {
        parameters: {
            query: {
                kind?: "operator" | "brand" | "agent" | "seller" | "buyer" | "authority";
                limit: number;
                offset: number;
                /** @description Part of the name (any case) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {unknown} */
                            kind: "operator" | "brand" | "agent" | "seller" | "buyer" | "authority";
                            name: string;
                            /** @description Trusted-flagger status (DSA Art 22), copied onto each notice the organisation files */
                            trustedFlagger: {
                                /** @description The Digital Services Coordinator (or other authority) that awarded the status */
                                authority: string;
                                /**
                                 * Format: date
                                 * @description Calendar date, YYYY-MM-DD
                                 */
                                since: string;
                            } | null;
                            /** @description When the operator vetted this agent firm; null: not vetted */
                            vettedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    kind: "operator" | "brand" | "agent" | "seller" | "buyer" | "authority";
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "operator" | "brand" | "agent" | "seller" | "buyer" | "authority";
                        name: string;
                        /** @description Trusted-flagger status (DSA Art 22), copied onto each notice the organisation files */
                        trustedFlagger: {
                            /** @description The Digital Services Coordinator (or other authority) that awarded the status */
                            authority: string;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             */
                            since: string;
                        } | null;
                        /** @description When the operator vetted this agent firm; null: not vetted */
                        vettedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "operator" | "brand" | "agent" | "seller" | "buyer" | "authority";
                        name: string;
                        /** @description Trusted-flagger status (DSA Art 22), copied onto each notice the organisation files */
                        trustedFlagger: {
                            /** @description The Digital Services Coordinator (or other authority) that awarded the status */
                            authority: string;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             */
                            since: string;
                        } | null;
                        /** @description When the operator vetted this agent firm; null: not vetted */
                        vettedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisationsByIdApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            marketplaceId: string | null;
                            name: string;
                            /** Format: uuid */
                            orgId: string;
                            prefix: string;
                            revokedAt: string | null;
                            /** @enum {unknown} */
                            role: "admin" | "reviewer" | "rights_holder" | "agent" | "seller" | "marketplace" | "buyer" | "enforcement_liaison" | "inspector";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrganisationsByIdApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date-time
                     * @description The key stops working at this time
                     */
                    expiresAt?: string;
                    /** Format: uuid */
                    marketplaceId?: string;
                    name: string;
                    /** @enum {unknown} */
                    role: "admin" | "reviewer" | "rights_holder" | "agent" | "seller" | "marketplace" | "buyer" | "enforcement_liaison" | "inspector";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        expiresAt: string | null;
                        /** Format: uuid */
                        id: string;
                        marketplaceId: string | null;
                        name: string;
                        /** Format: uuid */
                        orgId: string;
                        prefix: string;
                        revokedAt: string | null;
                        /** @enum {unknown} */
                        role: "admin" | "reviewer" | "rights_holder" | "agent" | "seller" | "marketplace" | "buyer" | "enforcement_liaison" | "inspector";
                    } & {
                        key: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisationsByIdApprovedBrandNames: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            approvedAt: string;
                            approvedBy: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrganisationsByIdApprovedBrandNames: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    names: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            approvedAt: string;
                            approvedBy: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrganisationsByIdApprovedBrandNames: {
        parameters: {
            query: {
                name: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisationsByIdMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            email: string;
                            name: string;
                            /** @enum {unknown} */
                            role: "admin" | "reviewer" | "rights_holder" | "agent" | "seller" | "marketplace" | "buyer" | "enforcement_liaison" | "inspector";
                            /** Format: uuid */
                            userId: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrganisationsByIdMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    /** @description At least 12 characters */
                    password: string;
                    /** @enum {unknown} */
                    role: "admin" | "reviewer" | "rights_holder" | "agent" | "seller" | "marketplace" | "buyer" | "enforcement_liaison" | "inspector";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        name: string;
                        /** Format: uuid */
                        orgId: string;
                        /** @enum {unknown} */
                        role: "admin" | "reviewer" | "rights_holder" | "agent" | "seller" | "marketplace" | "buyer" | "enforcement_liaison" | "inspector";
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putOrganisationsByIdTrust: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    trustedFlagger?: {
                        /** @description The Digital Services Coordinator (or other authority) that awarded the status */
                        authority: string;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         */
                        since: string;
                    } | null;
                    vettedAgent?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "operator" | "brand" | "agent" | "seller" | "buyer" | "authority";
                        name: string;
                        /** @description Trusted-flagger status (DSA Art 22), copied onto each notice the organisation files */
                        trustedFlagger: {
                            /** @description The Digital Services Coordinator (or other authority) that awarded the status */
                            authority: string;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             */
                            since: string;
                        } | null;
                        /** @description When the operator vetted this agent firm; null: not vetted */
                        vettedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string | null;
                            description: string;
                            /** @enum {unknown} */
                            key: "deposits" | "detection" | "expedited-path" | "good-faith" | "holiday_calendars" | "licences" | "notifier-misuse" | "putback" | "refund-first" | "review_sla" | "seller-accountability" | "store-admission";
                            /** @enum {unknown} */
                            readableBy: "everyone" | "operator_staff";
                            /** @description 0: the built-in default is in force */
                            version: number;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPoliciesByKeyVersions: {
        parameters: {
            query: {
                limit: number;
                offset: number;
            };
            header?: never;
            path: {
                key: "deposits" | "detection" | "expedited-path" | "good-faith" | "holiday_calendars" | "licences" | "notifier-misuse" | "putback" | "refund-first" | "review_sla" | "seller-accountability" | "store-admission";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        defaultValue: components["schemas"]["DepositsPolicy"] | components["schemas"]["DetectionPolicy"] | components["schemas"]["ExpeditedPathPolicy"] | components["schemas"]["GoodFaithPolicy"] | {
                            calendars: {
                                [key: string]: {
                                    holidays: string[];
                                    utcOffsetMinutes: number;
                                    weekend: number[];
                                    workingDays: string[];
                                };
                            };
                        } | components["schemas"]["LicencesPolicy"] | components["schemas"]["NotifierMisusePolicy"] | {
                            appealReviewWindow: {
                                amount: number;
                                unit: "business_days" | "calendar_days" | "hours" | "minutes";
                            };
                            appealWindowMonths: number;
                            terms: {
                                [key: string]: {
                                    "*"?: {
                                        counterNoticeWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                        responseWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        reviewWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                    };
                                    copyright?: {
                                        counterNoticeWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                        responseWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        reviewWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                    };
                                    patent?: {
                                        counterNoticeWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                        responseWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        reviewWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                    };
                                    trademark?: {
                                        counterNoticeWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                        responseWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        reviewWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                    };
                                };
                            };
                        } | components["schemas"]["RefundFirstPolicy"] | {
                            hours: {
                                copyright: number;
                                counterfeit: number;
                                patent: number;
                                trademark_misuse: number;
                            };
                            /** @description The rights holder's time to answer a reviewer's question; silence rejects the notice for missing information */
                            infoRequest?: {
                                /** @enum {string} */
                                onSilence: "reject";
                                window: {
                                    amount: number;
                                    unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                };
                            };
                        } | components["schemas"]["SellerAccountabilityPolicy"] | components["schemas"]["StoreAdmissionPolicy"];
                        /** @enum {unknown} */
                        key: "deposits" | "detection" | "expedited-path" | "good-faith" | "holiday_calendars" | "licences" | "notifier-misuse" | "putback" | "refund-first" | "review_sla" | "seller-accountability" | "store-admission";
                        versions: {
                            body: (components["schemas"]["DepositsPolicy"] | components["schemas"]["DetectionPolicy"] | components["schemas"]["ExpeditedPathPolicy"] | components["schemas"]["GoodFaithPolicy"] | {
                                calendars: {
                                    [key: string]: {
                                        holidays: string[];
                                        utcOffsetMinutes: number;
                                        weekend: number[];
                                        workingDays: string[];
                                    };
                                };
                            } | components["schemas"]["LicencesPolicy"] | components["schemas"]["NotifierMisusePolicy"] | {
                                appealReviewWindow: {
                                    amount: number;
                                    unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                };
                                appealWindowMonths: number;
                                terms: {
                                    [key: string]: {
                                        "*"?: {
                                            counterNoticeWindow: {
                                                amount: number;
                                                unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                            };
                                            procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                            responseWindow: {
                                                amount: number;
                                                unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                            };
                                            reviewWindow: {
                                                amount: number;
                                                unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                            };
                                        };
                                        copyright?: {
                                            counterNoticeWindow: {
                                                amount: number;
                                                unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                            };
                                            procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                            responseWindow: {
                                                amount: number;
                                                unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                            };
                                            reviewWindow: {
                                                amount: number;
                                                unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                            };
                                        };
                                        patent?: {
                                            counterNoticeWindow: {
                                                amount: number;
                                                unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                            };
                                            procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                            responseWindow: {
                                                amount: number;
                                                unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                            };
                                            reviewWindow: {
                                                amount: number;
                                                unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                            };
                                        };
                                        trademark?: {
                                            counterNoticeWindow: {
                                                amount: number;
                                                unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                            };
                                            procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                            responseWindow: {
                                                amount: number;
                                                unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                            };
                                            reviewWindow: {
                                                amount: number;
                                                unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                            };
                                        };
                                    };
                                };
                            } | components["schemas"]["RefundFirstPolicy"] | {
                                hours: {
                                    copyright: number;
                                    counterfeit: number;
                                    patent: number;
                                    trademark_misuse: number;
                                };
                                /** @description The rights holder's time to answer a reviewer's question; silence rejects the notice for missing information */
                                infoRequest?: {
                                    /** @enum {string} */
                                    onSilence: "reject";
                                    window: {
                                        amount: number;
                                        unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                    };
                                };
                            } | components["schemas"]["SellerAccountabilityPolicy"] | components["schemas"]["StoreAdmissionPolicy"]) | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            problems: components["schemas"]["FieldError"][];
                            valid: boolean;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPoliciesDeposits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["DepositsPolicy"];
                        createdAt: string | null;
                        key: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPoliciesDeposits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Store deposits per marketplace: required amount (by category), minimum, confiscation share, release waiting days */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepositsPolicy"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["DepositsPolicy"];
                        createdAt: string | null;
                        key: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPoliciesDetection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description When this version was written; null for the built-in default */
                        createdAt: string | null;
                        policy: components["schemas"]["DetectionPolicy"];
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPoliciesDetection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bulkQuantity?: number;
                    calibration?: number[][];
                    currencyRates?: {
                        [key: string]: number;
                    };
                    descriptionWeakFactor?: number;
                    indicatorOnlyScoreCap?: number;
                    maxPrice?: number;
                    maxTextLength?: number;
                    priceRatios?: {
                        extreme: number;
                        strong: number;
                        weak: number;
                    };
                    priceZThreshold?: number;
                    thresholds?: {
                        /** @enum {unknown} */
                        action: "remove" | "review" | "brand_verify" | "allow";
                        minScore: number;
                    }[];
                    usedPriceFactor?: number;
                    version?: string;
                    weights?: {
                        [key: string]: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description When this version was written; null for the built-in default */
                        createdAt: string | null;
                        policy: components["schemas"]["DetectionPolicy"];
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPoliciesExpeditedPath: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["ExpeditedPathPolicy"];
                        createdAt: string | null;
                        key: string;
                        /** @description 0: the built-in default is in force */
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPoliciesExpeditedPath: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What a notice filed in good faith gets: the evidence it may leave out, and per marketplace the expedited path (priority or provisional takedown) with its SLA */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpeditedPathPolicy"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["ExpeditedPathPolicy"];
                        createdAt: string | null;
                        key: string;
                        /** @description 0: the built-in default is in force */
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPoliciesGoodFaith: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["GoodFaithPolicy"];
                        createdAt: string | null;
                        key: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPoliciesGoodFaith: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Good Faith Program: window, thresholds (shares 0-1), minimum monthly volume, automatic removal and wait to rejoin, optional evidence for members, trial months for brands inside an agent programme */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoodFaithPolicy"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["GoodFaithPolicy"];
                        createdAt: string | null;
                        key: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPoliciesGoodFaithPresets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            body: components["schemas"]["GoodFaithPolicy"];
                            description: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postPoliciesGoodFaithPreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Good Faith Program: window, thresholds (shares 0-1), minimum monthly volume, automatic removal and wait to rejoin, optional evidence for members, trial months for brands inside an agent programme */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoodFaithPolicy"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoodFaithPreview"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPoliciesHolidayCalendars: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Holiday calendars per jurisdiction; GENERIC is the fallback */
                        body: {
                            calendars: {
                                [key: string]: {
                                    holidays: string[];
                                    utcOffsetMinutes: number;
                                    weekend: number[];
                                    workingDays: string[];
                                };
                            };
                        };
                        createdAt: string | null;
                        key: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPoliciesHolidayCalendars: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Holiday calendars per jurisdiction; GENERIC is the fallback */
        requestBody: {
            content: {
                "application/json": {
                    calendars: {
                        [key: string]: {
                            holidays: string[];
                            utcOffsetMinutes: number;
                            weekend: number[];
                            workingDays: string[];
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Holiday calendars per jurisdiction; GENERIC is the fallback */
                        body: {
                            calendars: {
                                [key: string]: {
                                    holidays: string[];
                                    utcOffsetMinutes: number;
                                    weekend: number[];
                                    workingDays: string[];
                                };
                            };
                        };
                        createdAt: string | null;
                        key: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPoliciesLicences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["LicencesPolicy"];
                        createdAt: string | null;
                        /** @enum {string} */
                        key: "licences";
                        /** @description 0: the built-in default is in force */
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPoliciesLicences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Restricted categories, what happens to a listing without a licence, the expiry warning */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LicencesPolicy"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["LicencesPolicy"];
                        createdAt: string | null;
                        /** @enum {string} */
                        key: "licences";
                        /** @description 0: the built-in default is in force */
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPoliciesNotifierMisuse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["NotifierMisusePolicy"];
                        createdAt: string | null;
                        key: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPoliciesNotifierMisuse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Protection against misuse of the notice system (DSA Art 23): thresholds per finding kind and the escalation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotifierMisusePolicy"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["NotifierMisusePolicy"];
                        createdAt: string | null;
                        key: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPoliciesPutback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Put-back procedure and clocks per marketplace jurisdiction and right type */
                        body: {
                            appealReviewWindow: {
                                amount: number;
                                unit: "business_days" | "calendar_days" | "hours" | "minutes";
                            };
                            appealWindowMonths: number;
                            terms: {
                                [key: string]: {
                                    "*"?: {
                                        counterNoticeWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                        responseWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        reviewWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                    };
                                    copyright?: {
                                        counterNoticeWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                        responseWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        reviewWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                    };
                                    patent?: {
                                        counterNoticeWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                        responseWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        reviewWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                    };
                                    trademark?: {
                                        counterNoticeWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                        responseWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        reviewWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                    };
                                };
                            };
                        };
                        createdAt: string | null;
                        key: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPoliciesPutback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Put-back procedure and clocks per marketplace jurisdiction and right type */
        requestBody: {
            content: {
                "application/json": {
                    appealReviewWindow: {
                        amount: number;
                        unit: "business_days" | "calendar_days" | "hours" | "minutes";
                    };
                    appealWindowMonths: number;
                    terms: {
                        [key: string]: {
                            "*"?: {
                                counterNoticeWindow: {
                                    amount: number;
                                    unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                };
                                procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                responseWindow: {
                                    amount: number;
                                    unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                };
                                reviewWindow: {
                                    amount: number;
                                    unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                };
                            };
                            copyright?: {
                                counterNoticeWindow: {
                                    amount: number;
                                    unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                };
                                procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                responseWindow: {
                                    amount: number;
                                    unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                };
                                reviewWindow: {
                                    amount: number;
                                    unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                };
                            };
                            patent?: {
                                counterNoticeWindow: {
                                    amount: number;
                                    unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                };
                                procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                responseWindow: {
                                    amount: number;
                                    unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                };
                                reviewWindow: {
                                    amount: number;
                                    unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                };
                            };
                            trademark?: {
                                counterNoticeWindow: {
                                    amount: number;
                                    unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                };
                                procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                responseWindow: {
                                    amount: number;
                                    unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                };
                                reviewWindow: {
                                    amount: number;
                                    unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                };
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Put-back procedure and clocks per marketplace jurisdiction and right type */
                        body: {
                            appealReviewWindow: {
                                amount: number;
                                unit: "business_days" | "calendar_days" | "hours" | "minutes";
                            };
                            appealWindowMonths: number;
                            terms: {
                                [key: string]: {
                                    "*"?: {
                                        counterNoticeWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                        responseWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        reviewWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                    };
                                    copyright?: {
                                        counterNoticeWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                        responseWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        reviewWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                    };
                                    patent?: {
                                        counterNoticeWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                        responseWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        reviewWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                    };
                                    trademark?: {
                                        counterNoticeWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        procedure: "statutory_putback" | "respond_or_restore" | "evidence_review";
                                        responseWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                        reviewWindow: {
                                            amount: number;
                                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                        };
                                    };
                                };
                            };
                        };
                        createdAt: string | null;
                        key: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPoliciesRefundFirst: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["RefundFirstPolicy"];
                        createdAt: string | null;
                        key: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPoliciesRefundFirst: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Refund first: the most refunded at once per order and per buyer and year, by currency */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundFirstPolicy"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["RefundFirstPolicy"];
                        createdAt: string | null;
                        key: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPoliciesReviewSla: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: {
                            hours: {
                                copyright: number;
                                counterfeit: number;
                                patent: number;
                                trademark_misuse: number;
                            };
                            /** @description The rights holder's time to answer a reviewer's question; silence rejects the notice for missing information */
                            infoRequest?: {
                                /** @enum {string} */
                                onSilence: "reject";
                                window: {
                                    amount: number;
                                    unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                };
                            };
                        };
                        createdAt: string | null;
                        key: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPoliciesReviewSla: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    hours: {
                        copyright: number;
                        counterfeit: number;
                        patent: number;
                        trademark_misuse: number;
                    };
                    /** @description The rights holder's time to answer a reviewer's question; silence rejects the notice for missing information */
                    infoRequest?: {
                        /** @enum {string} */
                        onSilence: "reject";
                        window: {
                            amount: number;
                            unit: "business_days" | "calendar_days" | "hours" | "minutes";
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: {
                            hours: {
                                copyright: number;
                                counterfeit: number;
                                patent: number;
                                trademark_misuse: number;
                            };
                            /** @description The rights holder's time to answer a reviewer's question; silence rejects the notice for missing information */
                            infoRequest?: {
                                /** @enum {string} */
                                onSilence: "reject";
                                window: {
                                    amount: number;
                                    unit: "business_days" | "calendar_days" | "hours" | "minutes";
                                };
                            };
                        };
                        createdAt: string | null;
                        key: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPoliciesSellerAccountability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["SellerAccountabilityPolicy"];
                        createdAt: string | null;
                        key: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPoliciesSellerAccountability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Points, strikes and sanctions for sellers: the yearly allotment, deductions by severity, schedules */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SellerAccountabilityPolicy"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["SellerAccountabilityPolicy"];
                        createdAt: string | null;
                        key: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPoliciesStoreAdmission: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["StoreAdmissionPolicy"];
                        createdAt: string | null;
                        key: string;
                        /** @description 0: the built-in default (hold everywhere) is in force */
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPoliciesStoreAdmission: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What happens to a store linked to a closed or suspended store, per marketplace */
        requestBody: {
            content: {
                "application/json": components["schemas"]["StoreAdmissionPolicy"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["StoreAdmissionPolicy"];
                        createdAt: string | null;
                        key: string;
                        /** @description 0: the built-in default (hold everywhere) is in force */
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReasonTemplates: {
        parameters: {
            query?: {
                language?: "en" | "zh-CN";
                reasonCode?: "counterfeit" | "trademark_infringement" | "patent_infringement" | "copyright_infringement" | "stolen_images" | "insufficient_evidence" | "right_not_applicable" | "not_infringing" | "genuine_goods" | "second_hand_goods" | "parallel_import" | "nominative_use" | "listing_changed" | "duplicate" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {unknown} */
                            language: "en" | "zh-CN";
                            /** Format: uuid */
                            operatorOrgId: string;
                            /** @enum {unknown} */
                            reasonCode: "counterfeit" | "trademark_infringement" | "patent_infringement" | "copyright_infringement" | "stolen_images" | "insufficient_evidence" | "right_not_applicable" | "not_infringing" | "genuine_goods" | "second_hand_goods" | "parallel_import" | "nominative_use" | "listing_changed" | "duplicate" | "other";
                            /** @description The statement of reasons text the reviewer starts from */
                            text: string;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReasonTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    language: "en" | "zh-CN";
                    /** @enum {unknown} */
                    reasonCode: "counterfeit" | "trademark_infringement" | "patent_infringement" | "copyright_infringement" | "stolen_images" | "insufficient_evidence" | "right_not_applicable" | "not_infringing" | "genuine_goods" | "second_hand_goods" | "parallel_import" | "nominative_use" | "listing_changed" | "duplicate" | "other";
                    /** @description The statement of reasons text the reviewer starts from */
                    text: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        language: "en" | "zh-CN";
                        /** Format: uuid */
                        operatorOrgId: string;
                        /** @enum {unknown} */
                        reasonCode: "counterfeit" | "trademark_infringement" | "patent_infringement" | "copyright_infringement" | "stolen_images" | "insufficient_evidence" | "right_not_applicable" | "not_infringing" | "genuine_goods" | "second_hand_goods" | "parallel_import" | "nominative_use" | "listing_changed" | "duplicate" | "other";
                        /** @description The statement of reasons text the reviewer starts from */
                        text: string;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putReasonTemplatesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    language: "en" | "zh-CN";
                    /** @enum {unknown} */
                    reasonCode: "counterfeit" | "trademark_infringement" | "patent_infringement" | "copyright_infringement" | "stolen_images" | "insufficient_evidence" | "right_not_applicable" | "not_infringing" | "genuine_goods" | "second_hand_goods" | "parallel_import" | "nominative_use" | "listing_changed" | "duplicate" | "other";
                    /** @description The statement of reasons text the reviewer starts from */
                    text: string;
                    title: string;
                    /** @description The version read; a template changed since is refused (409) */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        language: "en" | "zh-CN";
                        /** Format: uuid */
                        operatorOrgId: string;
                        /** @enum {unknown} */
                        reasonCode: "counterfeit" | "trademark_infringement" | "patent_infringement" | "copyright_infringement" | "stolen_images" | "insufficient_evidence" | "right_not_applicable" | "not_infringing" | "genuine_goods" | "second_hand_goods" | "parallel_import" | "nominative_use" | "listing_changed" | "duplicate" | "other";
                        /** @description The statement of reasons text the reviewer starts from */
                        text: string;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteReasonTemplatesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        language: "en" | "zh-CN";
                        /** Format: uuid */
                        operatorOrgId: string;
                        /** @enum {unknown} */
                        reasonCode: "counterfeit" | "trademark_infringement" | "patent_infringement" | "copyright_infringement" | "stolen_images" | "insufficient_evidence" | "right_not_applicable" | "not_infringing" | "genuine_goods" | "second_hand_goods" | "parallel_import" | "nominative_use" | "listing_changed" | "duplicate" | "other";
                        /** @description The statement of reasons text the reviewer starts from */
                        text: string;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRepresentations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            agentOrgId: string;
                            /** @description Name of the agent organisation */
                            agentOrgName: string;
                            authorizationSha256: string | null;
                            createdAt: string;
                            /** @description The marketplaces the letter covers; null: every marketplace */
                            marketplaceIds: string[] | null;
                            /** Format: uuid */
                            principalOrgId: string;
                            /** @description Name of the brand the agent acts for */
                            principalOrgName: string;
                            revokedAt: string | null;
                            /** @description The rights the letter covers; null: every right of the brand */
                            rightIds: string[] | null;
                            /** @description Only an active authorization grants the agent anything */
                            status: "active" | "expired" | "revoked";
                            validUntil: string | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRepresentations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    agentOrgId: string;
                    /** @description SHA-256 of the content, lowercase hex */
                    authorizationSha256?: string;
                    /** @description The marketplaces the agent may file on; absent or null: all */
                    marketplaceIds?: string[] | null;
                    /** Format: uuid */
                    principalOrgId?: string;
                    /** @description The brand's rights the agent may file on; absent or null: all of them */
                    rightIds?: string[] | null;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     */
                    validUntil?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        agentOrgId: string;
                        authorizationSha256: string | null;
                        createdAt: string;
                        /** @description The marketplaces the letter covers; null: every marketplace */
                        marketplaceIds: string[] | null;
                        /** Format: uuid */
                        principalOrgId: string;
                        revokedAt: string | null;
                        /** @description The rights the letter covers; null: every right of the brand */
                        rightIds: string[] | null;
                        /** @description Only an active authorization grants the agent anything */
                        status: "active" | "expired" | "revoked";
                        validUntil: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRepresentationsByAgentOrgId: {
        parameters: {
            query?: {
                principalOrgId?: string;
            };
            header?: never;
            path: {
                agentOrgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        agentOrgId: string;
                        authorizationSha256: string | null;
                        createdAt: string;
                        /** @description The marketplaces the letter covers; null: every marketplace */
                        marketplaceIds: string[] | null;
                        /** Format: uuid */
                        principalOrgId: string;
                        revokedAt: string | null;
                        /** @description The rights the letter covers; null: every right of the brand */
                        rightIds: string[] | null;
                        /** @description Only an active authorization grants the agent anything */
                        status: "active" | "expired" | "revoked";
                        validUntil: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReviewDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    decision: "remove" | "reject";
                    itemIds: string[];
                    /** @enum {unknown} */
                    reasonCode?: "counterfeit" | "trademark_infringement" | "patent_infringement" | "copyright_infringement" | "stolen_images" | "insufficient_evidence" | "right_not_applicable" | "not_infringing" | "genuine_goods" | "second_hand_goods" | "parallel_import" | "nominative_use" | "listing_changed" | "duplicate" | "other";
                    reasonText: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        decided: number;
                        refused: number;
                        /** @description One per item, in the order sent */
                        results: {
                            /** Format: uuid */
                            itemId: string;
                            /** @enum {unknown} */
                            outcome: "decided" | "refused";
                            problem: {
                                /** @enum {unknown} */
                                code: "VALIDATION_FAILED" | "MALFORMED_BODY" | "MALFORMED_URL" | "URI_TOO_LONG" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "CONFLICT" | "ALREADY_DECIDED" | "IDEMPOTENCY_MISMATCH" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNPROCESSABLE" | "RATE_LIMITED" | "NOT_READY" | "INTERNAL";
                                detail: string;
                                status: number;
                            } | null;
                            result: {
                                awaiting: ("seller" | "rights_holder" | "reviewer" | "supervisor") | null;
                                decision: {
                                    /** Format: date-time */
                                    decidedAt: string;
                                    decidedBy: string | null;
                                    reasonCode: string | null;
                                    reasonText: string | null;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                slaDueAt: string;
                                snapshotSha256: string | null;
                                /** @enum {unknown} */
                                state: "pending" | "info_requested" | "removed" | "rejected" | "withdrawn" | "reinstated";
                                statementId: string | null;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReviewItemsByIdClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        claimedAt: string;
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: uuid */
                        itemId: string;
                        name: string;
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteReviewItemsByIdClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReviewQueue: {
        parameters: {
            query: {
                /** @description By reviewers' claims on notice items: mine, unclaimed (none, or expired), others' (all: no filter) */
                claim?: "all" | "mine" | "unclaimed" | "others";
                infringementType?: "counterfeit" | "trademark_misuse" | "patent" | "copyright";
                /** @description provisional: confirm or reverse a provisional takedown (the listing is already down) */
                kind?: "notice_item" | "counter_notice" | "appeal" | "provisional";
                limit: number;
                marketplaceId?: string;
                offset: number;
                overdue?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            claim: {
                                /** Format: date-time */
                                expiresAt: string;
                                name: string;
                                /** Format: uuid */
                                userId: string;
                            } | null;
                            /**
                             * Format: date-time
                             * @description When the reviewer's decision is due
                             */
                            dueAt: string;
                            expedited: ("priority" | "provisional") | null;
                            /** Format: date-time */
                            filedAt: string;
                            goodFaith: boolean;
                            infringementType: "counterfeit" | "trademark_misuse" | "patent" | "copyright";
                            /** Format: uuid */
                            itemId: string;
                            /**
                             * @description provisional: confirm or reverse a provisional takedown (the listing is already down)
                             * @enum {unknown}
                             */
                            kind: "notice_item" | "counter_notice" | "appeal" | "provisional";
                            listing: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                marketplaceId: string;
                                title: string;
                                url: string;
                            };
                            /** Format: uuid */
                            noticeId: string;
                            overdue: boolean;
                            principalName: string;
                            /** @description Priority review (good faith or a trusted flagger); priority work comes first */
                            priority: boolean;
                            right: {
                                name: string;
                                type: "trademark" | "patent" | "copyright";
                            };
                            /** Format: date-time */
                            slaDueAt: string;
                            /**
                             * Format: uuid
                             * @description What to decide: the item, the counter-notice or the appeal (by kind)
                             */
                            subjectId: string;
                            trustedFlagger: boolean;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReviewSupervisorQueue: {
        parameters: {
            query: {
                limit: number;
                offset: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            dueAt: string;
                            itemId: string | null;
                            reason: "review_overdue" | "counter_notice_review_overdue" | "appeal_overdue";
                            subjectId: string | null;
                            target: {
                                /** Format: uuid */
                                id: string;
                                type: string;
                            };
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRights: {
        parameters: {
            query: {
                limit: number;
                offset: number;
                orgId?: string;
                /** @description Part of the name, registration number or owner name (any case) */
                q?: string;
                status?: "pending" | "verified" | "rejected";
                type?: "trademark" | "patent" | "copyright";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            documentShas: string[];
                            /** Format: uuid */
                            id: string;
                            jurisdiction: string | null;
                            name: string;
                            niceClasses: number[];
                            office: string | null;
                            /** Format: uuid */
                            orgId: string;
                            ownerName: string;
                            patentKind: ("invention" | "utility" | "design") | null;
                            referenceImageShas: string[];
                            registrationNumber: string | null;
                            reviewNote: string | null;
                            status: "pending" | "verified" | "rejected";
                            type: "trademark" | "patent" | "copyright";
                            validFrom: string | null;
                            validUntil: string | null;
                            verifiedAt: string | null;
                            workDescription: string | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRights: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    documentShas?: string[];
                    /** @description ISO 3166-1 alpha-2 country code, or EU for the European Union */
                    jurisdiction?: string;
                    /** @description The mark, the patent title or the work title */
                    name: string;
                    niceClasses?: number[];
                    office?: string;
                    ownerName: string;
                    patentKind?: "invention" | "utility" | "design";
                    /** Format: uuid */
                    principalOrgId?: string;
                    referenceImageShas?: string[];
                    registrationNumber?: string;
                    type: "trademark" | "patent" | "copyright";
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     */
                    validFrom?: string;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     */
                    validUntil?: string;
                    workDescription?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        documentShas: string[];
                        /** Format: uuid */
                        id: string;
                        jurisdiction: string | null;
                        name: string;
                        niceClasses: number[];
                        office: string | null;
                        /** Format: uuid */
                        orgId: string;
                        ownerName: string;
                        patentKind: ("invention" | "utility" | "design") | null;
                        referenceImageShas: string[];
                        registrationNumber: string | null;
                        reviewNote: string | null;
                        status: "pending" | "verified" | "rejected";
                        type: "trademark" | "patent" | "copyright";
                        validFrom: string | null;
                        validUntil: string | null;
                        verifiedAt: string | null;
                        workDescription: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRightsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        documentShas: string[];
                        /** Format: uuid */
                        id: string;
                        jurisdiction: string | null;
                        name: string;
                        niceClasses: number[];
                        office: string | null;
                        /** Format: uuid */
                        orgId: string;
                        ownerName: string;
                        patentKind: ("invention" | "utility" | "design") | null;
                        referenceImageShas: string[];
                        registrationNumber: string | null;
                        reviewNote: string | null;
                        status: "pending" | "verified" | "rejected";
                        type: "trademark" | "patent" | "copyright";
                        validFrom: string | null;
                        validUntil: string | null;
                        verifiedAt: string | null;
                        workDescription: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRightsByIdVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision: "verify" | "reject";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        documentShas: string[];
                        /** Format: uuid */
                        id: string;
                        jurisdiction: string | null;
                        name: string;
                        niceClasses: number[];
                        office: string | null;
                        /** Format: uuid */
                        orgId: string;
                        ownerName: string;
                        patentKind: ("invention" | "utility" | "design") | null;
                        referenceImageShas: string[];
                        registrationNumber: string | null;
                        reviewNote: string | null;
                        status: "pending" | "verified" | "rejected";
                        type: "trademark" | "patent" | "copyright";
                        validFrom: string | null;
                        validUntil: string | null;
                        verifiedAt: string | null;
                        workDescription: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSanctions: {
        parameters: {
            query: {
                /** @description Only sanctions not lifted */
                active?: boolean;
                level?: "warning" | "listing_limit" | "suspension" | "closure";
                limit: number;
                marketplaceId?: string;
                offset: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description In force now (not lifted, not served) */
                            active: boolean;
                            balance: number;
                            /** Format: uuid */
                            decisionId: string;
                            educationAcknowledgedAt: string | null;
                            educationRequired: boolean;
                            endsAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {unknown} */
                            level: "warning" | "listing_limit" | "suspension" | "closure";
                            liftedAt: string | null;
                            liftedCause: string | null;
                            liftedDecisionId: string | null;
                            listingLimit: number | null;
                            /** @description Imposed by a person rather than by the policy */
                            manual: boolean;
                            /** Format: date-time */
                            startsAt: string;
                            /** @description The statement of reasons of the decision that imposed it */
                            statementPath: string;
                            store: {
                                externalId: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                marketplaceId: string;
                                name: string;
                                /** @enum {unknown} */
                                status: "active" | "held" | "suspended" | "closed";
                            };
                            strikes: number;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSanctionsByIdLift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reasonText: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreSanction"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStatements: {
        parameters: {
            query: {
                limit: number;
                listingId?: string;
                offset: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            itemId: string | null;
                            /** @description notice_removal / notice_rejection: a reviewer decided a notice item; proactive_removal: detection found the listing; reinstatement: a removal ended (counter-notice, withdrawal, appeal); takedown_upheld: a counter-notice failed; appeal_upheld / appeal_reversed: an internal complaint was decided; store_sanction: a warning, education, listing limit, suspension or closure of a store; store_restoration: a sanction ended; store_admission: a store refused or held at registration; licence_verification: a market-access licence accepted or refused; licence_restriction: listings restricted for a missing or lapsed licence; notifier_sanction: a warning, suspension or termination of a notifier for misuse of the notice system (DSA Art 23); notifier_restoration: such a suspension or termination ended; notifier_admission / notifier_removal: a notifier admitted to or removed from the Good Faith Program (or a trial in it) by its measured standing; deposit_confiscation: all or part of a store's deposit confiscated for an upheld infringement (returned when that is undone); recovery_decision: a reviewer decided a recovery claim for a buyer refunded first (counterfeit: the recovery stands; genuine: the seller is made whole) */
                            kind: "notice_removal" | "notice_rejection" | "proactive_removal" | "reinstatement" | "takedown_upheld" | "appeal_upheld" | "appeal_reversed" | "store_sanction" | "store_restoration" | "store_admission" | "licence_verification" | "licence_restriction" | "notifier_sanction" | "notifier_restoration" | "notifier_admission" | "notifier_removal" | "deposit_confiscation" | "recovery_decision";
                            listingId: string | null;
                            listingTitle: string | null;
                            marketplaceId: string | null;
                            noticeId: string | null;
                            storeId: string | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStatementsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        body: components["schemas"]["StatementBody"];
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        itemId: string | null;
                        /** @description notice_removal / notice_rejection: a reviewer decided a notice item; proactive_removal: detection found the listing; reinstatement: a removal ended (counter-notice, withdrawal, appeal); takedown_upheld: a counter-notice failed; appeal_upheld / appeal_reversed: an internal complaint was decided; store_sanction: a warning, education, listing limit, suspension or closure of a store; store_restoration: a sanction ended; store_admission: a store refused or held at registration; licence_verification: a market-access licence accepted or refused; licence_restriction: listings restricted for a missing or lapsed licence; notifier_sanction: a warning, suspension or termination of a notifier for misuse of the notice system (DSA Art 23); notifier_restoration: such a suspension or termination ended; notifier_admission / notifier_removal: a notifier admitted to or removed from the Good Faith Program (or a trial in it) by its measured standing; deposit_confiscation: all or part of a store's deposit confiscated for an upheld infringement (returned when that is undone); recovery_decision: a reviewer decided a recovery claim for a buyer refunded first (counterfeit: the recovery stands; genuine: the seller is made whole) */
                        kind: "notice_removal" | "notice_rejection" | "proactive_removal" | "reinstatement" | "takedown_upheld" | "appeal_upheld" | "appeal_reversed" | "store_sanction" | "store_restoration" | "store_admission" | "licence_verification" | "licence_restriction" | "notifier_sanction" | "notifier_restoration" | "notifier_admission" | "notifier_removal" | "deposit_confiscation" | "recovery_decision";
                        listingId: string | null;
                        listingTitle: string | null;
                        marketplaceId: string | null;
                        noticeId: string | null;
                        storeId: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStores: {
        parameters: {
            query: {
                limit: number;
                marketplaceId?: string;
                offset: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            externalId: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            marketplaceId: string;
                            name: string;
                            sellerOrgId: string | null;
                            /**
                             * @description active: lists normally; held: waiting for review at registration; suspended: lists nothing new until the suspension ends; closed: its listings are taken down
                             * @enum {unknown}
                             */
                            status: "active" | "held" | "suspended" | "closed";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchStoresById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sellerOrgId: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        externalId: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        marketplaceId: string;
                        name: string;
                        sellerOrgId: string | null;
                        /**
                         * @description active: lists normally; held: waiting for review at registration; suspended: lists nothing new until the suspension ends; closed: its listings are taken down
                         * @enum {unknown}
                         */
                        status: "active" | "held" | "suspended" | "closed";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStoresByIdAccountability: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreAccountability"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStoresByIdDeposit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreDeposit"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postStoresByIdDepositConfiscations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    decisionId: string;
                    reasonText: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        decisionId: string;
                        deposit: components["schemas"]["StoreDeposit"];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postStoresByIdDepositRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreDeposit"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postStoresByIdDepositTopUps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Minor units (cents): a positive integer */
                    amount: number;
                    /** @description ISO 4217 code */
                    currency: string;
                    paymentId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreDeposit"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postStoresByIdEducationAcknowledgement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version read */
                    moduleVersion: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreAccountability"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postStoresByIdLicences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A restricted category code of the policy in force */
                    category: string;
                    /** @description SHA-256 of the content, lowercase hex */
                    documentSha256: string;
                    issuer: string;
                    /** @description ISO 3166-1 alpha-2 country code, or EU for the European Union */
                    jurisdiction: string;
                    licenceNumber: string;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     */
                    validFrom: string;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     */
                    validUntil: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Licence"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStoresByIdLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreLinks"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStoresByIdMoney: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreMoney"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postStoresByIdPointsDeductions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    decisionId: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        entryId: string;
                        points: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postStoresByIdSanctions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    education?: boolean;
                    /** @enum {unknown} */
                    level: "warning" | "listing_limit" | "suspension" | "closure";
                    listingLimit?: number;
                    reasonText: string;
                    suspensionDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreSanction"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookDeliveriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attemptLog: {
                            /** Format: date-time */
                            attemptedAt: string;
                            attemptNo: number;
                            durationMs: number;
                            /** @description Why the attempt ended so: the standard HTTP reason phrase of the status (e.g. "Service Unavailable"; never the text the receiver sent), or with no answer one of: invalid-url, scheme-not-allowed, credentials-in-url, port-not-allowed, https-required, blocked-address, dns-failure, timeout, connection-refused, connection-reset, unreachable, tls-error, too-many-redirects, redirect-not-followed, invalid-response, network-error, no-webhook-url. A blocked-address attempt never left the platform: the URL, its DNS answer or a redirect pointed at a loopback, private, link-local or otherwise non-public address. */
                            reason: string | null;
                            /** @description The t= value of X-OpenIPP-Signature (unix seconds) */
                            requestTimestamp: number;
                            /** @description The HTTP status of the answer; null when there was none */
                            responseStatus: number | null;
                            /** @description The X-OpenIPP-Signature header sent */
                            signature: string;
                        }[];
                        /** @description Attempts in the current cycle (a replay starts a new cycle) */
                        attempts: number;
                        /** Format: date-time */
                        createdAt: string;
                        deliveredAt: string | null;
                        /** @enum {unknown} */
                        eventType: "listing.reinstated" | "listing.removed" | "store.admitted" | "store.closed" | "store.deposit_below_minimum" | "store.deposit_confiscated" | "store.deposit_released" | "store.deposit_returned" | "store.deposit_topped_up" | "store.held" | "store.restored" | "store.suspended" | "store.warned";
                        /** Format: uuid */
                        id: string;
                        /** @description The reason of the last failed attempt; null once delivered. Why the attempt ended so: the standard HTTP reason phrase of the status (e.g. "Service Unavailable"; never the text the receiver sent), or with no answer one of: invalid-url, scheme-not-allowed, credentials-in-url, port-not-allowed, https-required, blocked-address, dns-failure, timeout, connection-refused, connection-reset, unreachable, tls-error, too-many-redirects, redirect-not-followed, invalid-response, network-error, no-webhook-url. A blocked-address attempt never left the platform: the URL, its DNS answer or a redirect pointed at a loopback, private, link-local or otherwise non-public address. */
                        lastReason: string | null;
                        /** Format: uuid */
                        marketplaceId: string;
                        /** Format: date-time */
                        nextAttemptAt: string;
                        /** @description The JSON body POSTed to the marketplace, byte for byte as canonical JSON (keys sorted) */
                        payload: {
                            data: {
                                /** @description The appealed decision, when an appeal reversed it */
                                appealed_decision_id: string | null;
                                /** @description Why: no_response, counter_notice_upheld, withdrawn, appeal, ... */
                                cause: string;
                                /** Format: uuid */
                                decision_id: string;
                                item_id: string | null;
                                /** Format: uuid */
                                listing_id: string;
                                /** @description The listing's version after this change */
                                listing_version: number;
                                /** @description The listing's id on the marketplace */
                                marketplace_listing_id: string;
                                notice_id: string | null;
                                /** Format: uuid */
                                outcome_id: string;
                                reason: {
                                    text: string;
                                };
                                /**
                                 * @description What the removal came from: a notice, proactive detection, the store's closure, or a missing or lapsed market-access licence
                                 * @enum {unknown}
                                 */
                                source: "notice" | "proactive_detection" | "store_closure" | "licence";
                                /** @description Where the marketplace reads the statement of reasons (GET with its API key) */
                                statement_path: string;
                                store_external_id: string | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "listing.reinstated";
                        } | {
                            data: {
                                /** @description Whether automation decided it (DSA Art 17(3)(c)) */
                                automated_decision: boolean;
                                /** @description The detection case, for a proactive removal */
                                case_id: string | null;
                                /** Format: uuid */
                                decision_id: string;
                                item_id: string | null;
                                /** Format: uuid */
                                listing_id: string;
                                /** @description The listing's version after this change */
                                listing_version: number;
                                /** @description The listing's id on the marketplace */
                                marketplace_listing_id: string;
                                notice_id: string | null;
                                reason: {
                                    code: string | null;
                                    text: string;
                                };
                                /**
                                 * @description What the removal came from: a notice, proactive detection, the store's closure, or a missing or lapsed market-access licence
                                 * @enum {unknown}
                                 */
                                source: "notice" | "proactive_detection" | "store_closure" | "licence";
                                /** Format: uuid */
                                statement_id: string;
                                /** @description Where the marketplace reads the statement of reasons (GET with its API key) */
                                statement_path: string;
                                store_external_id: string | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "listing.removed";
                        } | {
                            data: {
                                /** Format: uuid */
                                appealed_decision_id: string;
                                /** Format: uuid */
                                decision_id: string;
                                reason: {
                                    text: string;
                                };
                                /** @description Where the marketplace reads the statement of reasons (GET with its API key) */
                                statement_path: string;
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.admitted";
                        } | {
                            data: {
                                /** @description Points left in the store's yearly allotment */
                                balance: number;
                                /** Format: uuid */
                                decision_id: string;
                                /** @description The seller must acknowledge the education module before listing again */
                                education_required: boolean;
                                /** @description When a suspension ends */
                                ends_at: string | null;
                                listing_limit: number | null;
                                /** @enum {unknown} */
                                sanction: "warning" | "listing_limit" | "suspension" | "closure";
                                /** Format: uuid */
                                sanction_id: string;
                                /** @description Where the statement of reasons is read (GET with the API key) */
                                statement_path: string;
                                /**
                                 * @description The store's status after this change
                                 * @enum {unknown}
                                 */
                                status: "active" | "held" | "suspended" | "closed";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                                /** @description Strikes in force when the sanction was imposed */
                                strikes: number;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.closed";
                        } | {
                            data: {
                                /** @description Minor units moved by this change */
                                amount: number;
                                /** @description The deposit after this change, in minor units */
                                balance: number;
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description The decision behind the change (confiscation, return) */
                                decision_id: string | null;
                                /** @description Below this the store must top up */
                                minimum: number;
                                /** Format: uuid */
                                movement_id: string;
                                /** @description The deposit the policy requires of the store */
                                required: number;
                                /** @enum {unknown} */
                                status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.deposit_below_minimum";
                        } | {
                            data: {
                                /** @description Minor units moved by this change */
                                amount: number;
                                /** @description The deposit after this change, in minor units */
                                balance: number;
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description The decision behind the change (confiscation, return) */
                                decision_id: string | null;
                                /** @description Below this the store must top up */
                                minimum: number;
                                /** Format: uuid */
                                movement_id: string;
                                /** @description The deposit the policy requires of the store */
                                required: number;
                                /** @enum {unknown} */
                                status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.deposit_confiscated";
                        } | {
                            data: {
                                /** @description Minor units moved by this change */
                                amount: number;
                                /** @description The deposit after this change, in minor units */
                                balance: number;
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description The decision behind the change (confiscation, return) */
                                decision_id: string | null;
                                /** @description Below this the store must top up */
                                minimum: number;
                                /** Format: uuid */
                                movement_id: string;
                                /** @description The deposit the policy requires of the store */
                                required: number;
                                /** @enum {unknown} */
                                status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.deposit_released";
                        } | {
                            data: {
                                /** @description Minor units moved by this change */
                                amount: number;
                                /** @description The deposit after this change, in minor units */
                                balance: number;
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description The decision behind the change (confiscation, return) */
                                decision_id: string | null;
                                /** @description Below this the store must top up */
                                minimum: number;
                                /** Format: uuid */
                                movement_id: string;
                                /** @description The deposit the policy requires of the store */
                                required: number;
                                /** @enum {unknown} */
                                status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.deposit_returned";
                        } | {
                            data: {
                                /** @description Minor units moved by this change */
                                amount: number;
                                /** @description The deposit after this change, in minor units */
                                balance: number;
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description The decision behind the change (confiscation, return) */
                                decision_id: string | null;
                                /** @description Below this the store must top up */
                                minimum: number;
                                /** Format: uuid */
                                movement_id: string;
                                /** @description The deposit the policy requires of the store */
                                required: number;
                                /** @enum {unknown} */
                                status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.deposit_topped_up";
                        } | {
                            data: {
                                /** Format: uuid */
                                decision_id: string;
                                reason: {
                                    text: string;
                                };
                                /** @description Which kinds of identifier link the store to the barred one (never the values) */
                                shared_identifier_kinds: ("legal_name" | "registration_number" | "address" | "phone" | "email" | "payout_account" | "fingerprint")[];
                                /** @description Where the marketplace reads the statement of reasons (GET with its API key) */
                                statement_path: string;
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.held";
                        } | {
                            data: {
                                /**
                                 * @description Why it ended
                                 * @enum {unknown}
                                 */
                                cause: "suspension_served" | "basis_reversed" | "appeal" | "operator";
                                /** Format: uuid */
                                decision_id: string;
                                /** @enum {unknown} */
                                sanction: "warning" | "listing_limit" | "suspension" | "closure";
                                /** Format: uuid */
                                sanction_id: string;
                                /** @description Where the statement of reasons is read (GET with the API key) */
                                statement_path: string;
                                /**
                                 * @description The store's status after this change
                                 * @enum {unknown}
                                 */
                                status: "active" | "held" | "suspended" | "closed";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.restored";
                        } | {
                            data: {
                                /** @description Points left in the store's yearly allotment */
                                balance: number;
                                /** Format: uuid */
                                decision_id: string;
                                /** @description The seller must acknowledge the education module before listing again */
                                education_required: boolean;
                                /** @description When a suspension ends */
                                ends_at: string | null;
                                listing_limit: number | null;
                                /** @enum {unknown} */
                                sanction: "warning" | "listing_limit" | "suspension" | "closure";
                                /** Format: uuid */
                                sanction_id: string;
                                /** @description Where the statement of reasons is read (GET with the API key) */
                                statement_path: string;
                                /**
                                 * @description The store's status after this change
                                 * @enum {unknown}
                                 */
                                status: "active" | "held" | "suspended" | "closed";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                                /** @description Strikes in force when the sanction was imposed */
                                strikes: number;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.suspended";
                        } | {
                            data: {
                                /** @description Points left in the store's yearly allotment */
                                balance: number;
                                /** Format: uuid */
                                decision_id: string;
                                /** @description The seller must acknowledge the education module before listing again */
                                education_required: boolean;
                                /** @description When a suspension ends */
                                ends_at: string | null;
                                listing_limit: number | null;
                                /** @enum {unknown} */
                                sanction: "warning" | "listing_limit" | "suspension" | "closure";
                                /** Format: uuid */
                                sanction_id: string;
                                /** @description Where the statement of reasons is read (GET with the API key) */
                                statement_path: string;
                                /**
                                 * @description The store's status after this change
                                 * @enum {unknown}
                                 */
                                status: "active" | "held" | "suspended" | "closed";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                                /** @description Strikes in force when the sanction was imposed */
                                strikes: number;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.warned";
                        };
                        status: "pending" | "delivered" | "failed";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postWebhookDeliveriesByIdReplay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Attempts in the current cycle (a replay starts a new cycle) */
                        attempts: number;
                        /** Format: date-time */
                        createdAt: string;
                        deliveredAt: string | null;
                        /** @enum {unknown} */
                        eventType: "listing.reinstated" | "listing.removed" | "store.admitted" | "store.closed" | "store.deposit_below_minimum" | "store.deposit_confiscated" | "store.deposit_released" | "store.deposit_returned" | "store.deposit_topped_up" | "store.held" | "store.restored" | "store.suspended" | "store.warned";
                        /** Format: uuid */
                        id: string;
                        /** @description The reason of the last failed attempt; null once delivered. Why the attempt ended so: the standard HTTP reason phrase of the status (e.g. "Service Unavailable"; never the text the receiver sent), or with no answer one of: invalid-url, scheme-not-allowed, credentials-in-url, port-not-allowed, https-required, blocked-address, dns-failure, timeout, connection-refused, connection-reset, unreachable, tls-error, too-many-redirects, redirect-not-followed, invalid-response, network-error, no-webhook-url. A blocked-address attempt never left the platform: the URL, its DNS answer or a redirect pointed at a loopback, private, link-local or otherwise non-public address. */
                        lastReason: string | null;
                        /** Format: uuid */
                        marketplaceId: string;
                        /** Format: date-time */
                        nextAttemptAt: string;
                        /** @description The JSON body POSTed to the marketplace, byte for byte as canonical JSON (keys sorted) */
                        payload: {
                            data: {
                                /** @description The appealed decision, when an appeal reversed it */
                                appealed_decision_id: string | null;
                                /** @description Why: no_response, counter_notice_upheld, withdrawn, appeal, ... */
                                cause: string;
                                /** Format: uuid */
                                decision_id: string;
                                item_id: string | null;
                                /** Format: uuid */
                                listing_id: string;
                                /** @description The listing's version after this change */
                                listing_version: number;
                                /** @description The listing's id on the marketplace */
                                marketplace_listing_id: string;
                                notice_id: string | null;
                                /** Format: uuid */
                                outcome_id: string;
                                reason: {
                                    text: string;
                                };
                                /**
                                 * @description What the removal came from: a notice, proactive detection, the store's closure, or a missing or lapsed market-access licence
                                 * @enum {unknown}
                                 */
                                source: "notice" | "proactive_detection" | "store_closure" | "licence";
                                /** @description Where the marketplace reads the statement of reasons (GET with its API key) */
                                statement_path: string;
                                store_external_id: string | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "listing.reinstated";
                        } | {
                            data: {
                                /** @description Whether automation decided it (DSA Art 17(3)(c)) */
                                automated_decision: boolean;
                                /** @description The detection case, for a proactive removal */
                                case_id: string | null;
                                /** Format: uuid */
                                decision_id: string;
                                item_id: string | null;
                                /** Format: uuid */
                                listing_id: string;
                                /** @description The listing's version after this change */
                                listing_version: number;
                                /** @description The listing's id on the marketplace */
                                marketplace_listing_id: string;
                                notice_id: string | null;
                                reason: {
                                    code: string | null;
                                    text: string;
                                };
                                /**
                                 * @description What the removal came from: a notice, proactive detection, the store's closure, or a missing or lapsed market-access licence
                                 * @enum {unknown}
                                 */
                                source: "notice" | "proactive_detection" | "store_closure" | "licence";
                                /** Format: uuid */
                                statement_id: string;
                                /** @description Where the marketplace reads the statement of reasons (GET with its API key) */
                                statement_path: string;
                                store_external_id: string | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "listing.removed";
                        } | {
                            data: {
                                /** Format: uuid */
                                appealed_decision_id: string;
                                /** Format: uuid */
                                decision_id: string;
                                reason: {
                                    text: string;
                                };
                                /** @description Where the marketplace reads the statement of reasons (GET with its API key) */
                                statement_path: string;
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.admitted";
                        } | {
                            data: {
                                /** @description Points left in the store's yearly allotment */
                                balance: number;
                                /** Format: uuid */
                                decision_id: string;
                                /** @description The seller must acknowledge the education module before listing again */
                                education_required: boolean;
                                /** @description When a suspension ends */
                                ends_at: string | null;
                                listing_limit: number | null;
                                /** @enum {unknown} */
                                sanction: "warning" | "listing_limit" | "suspension" | "closure";
                                /** Format: uuid */
                                sanction_id: string;
                                /** @description Where the statement of reasons is read (GET with the API key) */
                                statement_path: string;
                                /**
                                 * @description The store's status after this change
                                 * @enum {unknown}
                                 */
                                status: "active" | "held" | "suspended" | "closed";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                                /** @description Strikes in force when the sanction was imposed */
                                strikes: number;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.closed";
                        } | {
                            data: {
                                /** @description Minor units moved by this change */
                                amount: number;
                                /** @description The deposit after this change, in minor units */
                                balance: number;
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description The decision behind the change (confiscation, return) */
                                decision_id: string | null;
                                /** @description Below this the store must top up */
                                minimum: number;
                                /** Format: uuid */
                                movement_id: string;
                                /** @description The deposit the policy requires of the store */
                                required: number;
                                /** @enum {unknown} */
                                status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.deposit_below_minimum";
                        } | {
                            data: {
                                /** @description Minor units moved by this change */
                                amount: number;
                                /** @description The deposit after this change, in minor units */
                                balance: number;
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description The decision behind the change (confiscation, return) */
                                decision_id: string | null;
                                /** @description Below this the store must top up */
                                minimum: number;
                                /** Format: uuid */
                                movement_id: string;
                                /** @description The deposit the policy requires of the store */
                                required: number;
                                /** @enum {unknown} */
                                status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.deposit_confiscated";
                        } | {
                            data: {
                                /** @description Minor units moved by this change */
                                amount: number;
                                /** @description The deposit after this change, in minor units */
                                balance: number;
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description The decision behind the change (confiscation, return) */
                                decision_id: string | null;
                                /** @description Below this the store must top up */
                                minimum: number;
                                /** Format: uuid */
                                movement_id: string;
                                /** @description The deposit the policy requires of the store */
                                required: number;
                                /** @enum {unknown} */
                                status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.deposit_released";
                        } | {
                            data: {
                                /** @description Minor units moved by this change */
                                amount: number;
                                /** @description The deposit after this change, in minor units */
                                balance: number;
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description The decision behind the change (confiscation, return) */
                                decision_id: string | null;
                                /** @description Below this the store must top up */
                                minimum: number;
                                /** Format: uuid */
                                movement_id: string;
                                /** @description The deposit the policy requires of the store */
                                required: number;
                                /** @enum {unknown} */
                                status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.deposit_returned";
                        } | {
                            data: {
                                /** @description Minor units moved by this change */
                                amount: number;
                                /** @description The deposit after this change, in minor units */
                                balance: number;
                                /** @description ISO 4217 */
                                currency: string;
                                /** @description The decision behind the change (confiscation, return) */
                                decision_id: string | null;
                                /** @description Below this the store must top up */
                                minimum: number;
                                /** Format: uuid */
                                movement_id: string;
                                /** @description The deposit the policy requires of the store */
                                required: number;
                                /** @enum {unknown} */
                                status: "not_required" | "none" | "below_minimum" | "below_required" | "sufficient";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.deposit_topped_up";
                        } | {
                            data: {
                                /** Format: uuid */
                                decision_id: string;
                                reason: {
                                    text: string;
                                };
                                /** @description Which kinds of identifier link the store to the barred one (never the values) */
                                shared_identifier_kinds: ("legal_name" | "registration_number" | "address" | "phone" | "email" | "payout_account" | "fingerprint")[];
                                /** @description Where the marketplace reads the statement of reasons (GET with its API key) */
                                statement_path: string;
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.held";
                        } | {
                            data: {
                                /**
                                 * @description Why it ended
                                 * @enum {unknown}
                                 */
                                cause: "suspension_served" | "basis_reversed" | "appeal" | "operator";
                                /** Format: uuid */
                                decision_id: string;
                                /** @enum {unknown} */
                                sanction: "warning" | "listing_limit" | "suspension" | "closure";
                                /** Format: uuid */
                                sanction_id: string;
                                /** @description Where the statement of reasons is read (GET with the API key) */
                                statement_path: string;
                                /**
                                 * @description The store's status after this change
                                 * @enum {unknown}
                                 */
                                status: "active" | "held" | "suspended" | "closed";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.restored";
                        } | {
                            data: {
                                /** @description Points left in the store's yearly allotment */
                                balance: number;
                                /** Format: uuid */
                                decision_id: string;
                                /** @description The seller must acknowledge the education module before listing again */
                                education_required: boolean;
                                /** @description When a suspension ends */
                                ends_at: string | null;
                                listing_limit: number | null;
                                /** @enum {unknown} */
                                sanction: "warning" | "listing_limit" | "suspension" | "closure";
                                /** Format: uuid */
                                sanction_id: string;
                                /** @description Where the statement of reasons is read (GET with the API key) */
                                statement_path: string;
                                /**
                                 * @description The store's status after this change
                                 * @enum {unknown}
                                 */
                                status: "active" | "held" | "suspended" | "closed";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                                /** @description Strikes in force when the sanction was imposed */
                                strikes: number;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.suspended";
                        } | {
                            data: {
                                /** @description Points left in the store's yearly allotment */
                                balance: number;
                                /** Format: uuid */
                                decision_id: string;
                                /** @description The seller must acknowledge the education module before listing again */
                                education_required: boolean;
                                /** @description When a suspension ends */
                                ends_at: string | null;
                                listing_limit: number | null;
                                /** @enum {unknown} */
                                sanction: "warning" | "listing_limit" | "suspension" | "closure";
                                /** Format: uuid */
                                sanction_id: string;
                                /** @description Where the statement of reasons is read (GET with the API key) */
                                statement_path: string;
                                /**
                                 * @description The store's status after this change
                                 * @enum {unknown}
                                 */
                                status: "active" | "held" | "suspended" | "closed";
                                /** @description The store's id on the marketplace */
                                store_external_id: string;
                                /** Format: uuid */
                                store_id: string;
                                /** @description Strikes in force when the sanction was imposed */
                                strikes: number;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurred_at: string;
                            /** @enum {string} */
                            type: "store.warned";
                        };
                        status: "pending" | "delivered" | "failed";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
