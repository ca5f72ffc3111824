-- Webhook attempts keep a status and a short reason from a closed vocabulary (a standard HTTP
-- reason phrase, or a category such as 'timeout' or 'blocked-address'), never text from the
-- receiver. The old columns held up to 500 characters of the response body and the network
-- error message (which names internal addresses): with a webhook URL pointed inside the network,
-- that made the worker a reader of internal services. Old values are dropped, except the two
-- messages the worker wrote itself, which map to their categories. (Audit entries
-- 'webhook.failed' written before this migration keep the old text in their data: the hash chain
-- makes them immutable, and no API serves them.)

alter table webhook_attempts rename column error to reason;
update webhook_attempts
   set reason = case
     when reason like 'No response within %' then 'timeout'
     when reason = 'The marketplace has no webhook URL configured' then 'no-webhook-url'
     else null
   end
 where reason is not null;
alter table webhook_attempts add constraint webhook_attempts_reason_short check (char_length(reason) <= 64);

alter table webhook_deliveries rename column last_error to last_reason;
update webhook_deliveries
   set last_reason = case
     when last_reason like 'No response within %' then 'timeout'
     when last_reason = 'The marketplace has no webhook URL configured' then 'no-webhook-url'
     else null
   end
 where last_reason is not null;
alter table webhook_deliveries add constraint webhook_deliveries_last_reason_short
  check (char_length(last_reason) <= 64);
