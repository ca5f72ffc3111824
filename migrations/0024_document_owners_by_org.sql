-- Documents for reuse (GET /v1/documents): an organisation's own documents, newest first (the
-- primary key leads with the hash), and by right, which reads the evidence of the right's items.
-- notice_items gains one btree entry per item (items grow with enforcement, not the catalogue).
create index if not exists document_owners_org_idx on document_owners (org_id, created_at desc, sha256);
create index if not exists notice_items_right_idx on notice_items (right_id);
