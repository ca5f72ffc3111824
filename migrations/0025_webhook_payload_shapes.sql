-- Webhook bodies now have one exact schema per event type (defineEvent `data`), served in the
-- delivery log and in OpenAPI `webhooks`. Deliveries recorded before then are brought to that
-- shape with the values they implied: the source (a proactive removal carried a case id), null
-- notice/item/case ids where none was sent, the statement path under /v1/statements (both paths
-- served the same statement), 0 as "not recorded" for a proactive removal's listing version, and
-- without the duplicate external_id. A replay of such a delivery sends this shape.
update webhook_deliveries
   set payload = jsonb_set(
         payload,
         '{data}',
         jsonb_build_object(
           'source', case when payload->'data' ? 'case_id' then 'proactive_detection' else 'notice' end,
           'notice_id', null,
           'item_id', null,
           'case_id', null,
           'listing_version', 0,
           'store_external_id', null,
           'automated_decision', false,
           'reason', jsonb_build_object('code', null, 'text', '')
         ) || ((payload->'data') - 'external_id')
           || jsonb_build_object(
                'statement_path',
                '/v1/statements/' || coalesce(payload->'data'->>'statement_id', payload->'data'->>'decision_id', '')
              )
       )
 where event_type = 'listing.removed'
   and not (payload->'data' ? 'source' and payload->'data' ? 'listing_version');

update webhook_deliveries
   set payload = jsonb_set(
         payload,
         '{data}',
         (jsonb_build_object(
           'source', case when payload->'data' ? 'appealed_decision_id' then 'proactive_detection' else 'notice' end,
           'notice_id', null,
           'item_id', null,
           'appealed_decision_id', null,
           'decision_id', payload->'data'->'outcome_id',
           'store_external_id', null,
           'reason', jsonb_build_object('text', '')
         ) || (payload->'data'))
           || jsonb_build_object(
                'statement_path',
                '/v1/statements/' || coalesce(payload->'data'->>'decision_id', payload->'data'->>'outcome_id', '')
              )
       )
 where event_type = 'listing.reinstated'
   and not (payload->'data' ? 'statement_path');
