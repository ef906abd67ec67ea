-- The audit log as a hash chain: each row carries its place in the chain, the previous row's hash
-- and the SHA-256 of its own content together with that hash, so an edited, inserted or deleted row
-- breaks the chain from there on (AuditChain verifies it). Computed here, by a trigger, so every
-- writer of audit_event is covered, in whatever module, without knowing about the chain.
alter table audit_event
    add column chain_seq bigint,
    add column prev_hash bytea,
    add column hash      bytea;

-- The one definition of a row's hash. The content is a JSON array (unambiguous about nulls and
-- separators); the time in UTC to the microsecond, so no session setting changes it.
create function audit_event_digest(seq bigint, at timestamptz, actor text, action text, subject text,
        detail jsonb, prev bytea) returns bytea
    language sql immutable
as $$
    select sha256(convert_to(jsonb_build_array(seq,
            to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
            actor, action, subject, detail, encode(prev, 'hex'))::text, 'UTF8'))
$$;

-- Rows written before the chain existed are chained in the order they were written.
do $$
declare
    r    record;
    seq  bigint := 0;
    prev bytea;
begin
    for r in select * from audit_event order by id loop
        seq := seq + 1;
        update audit_event
           set chain_seq = seq, prev_hash = prev,
               hash = audit_event_digest(seq, r.at, r.actor, r.action, r.subject, r.detail, prev)
         where id = r.id
        returning hash into prev;
    end loop;
end
$$;

alter table audit_event alter column chain_seq set not null, alter column hash set not null;
create unique index audit_event_chain_seq on audit_event (chain_seq);

create function audit_event_chain() returns trigger
    language plpgsql
as $$
declare
    last_seq  bigint;
    last_hash bytea;
begin
    -- One writer at a time per tenant's log, held until commit: under READ COMMITTED the next
    -- writer then reads this row as its predecessor. (Under a stricter isolation it would not see
    -- it and the unique chain_seq refuses the insert rather than fork the chain.)
    perform pg_advisory_xact_lock(1635087464, (tg_relid::bigint % 2147483647)::int);
    execute format('select chain_seq, hash from %I.audit_event order by chain_seq desc limit 1', tg_table_schema)
       into last_seq, last_hash;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.hash := audit_event_digest(new.chain_seq, new.at, new.actor, new.action, new.subject, new.detail,
                                   new.prev_hash);
    return new;
end
$$;

create trigger audit_event_chain before insert on audit_event
    for each row execute function audit_event_chain();
