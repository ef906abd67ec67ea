-- Steps beside the lifecycle (issue: extension with approval, satisfaction at follow-up, merge as
-- duplicate). Each is also a case_event row; these columns hold what the case is now.

-- At most one pending extension request per case: a supervisor approves or refuses it.
alter table resident_case add column extension_days smallint check (extension_days > 0);
alter table resident_case add column extension_reason text check (length(extension_reason) between 1 and 4000);
alter table resident_case add column extension_requested_by text;
alter table resident_case add column extension_requested_at timestamptz;
-- Working days already granted: the tenant's maximum caps the total, not each request.
alter table resident_case add column extension_granted_days smallint not null default 0;
alter table resident_case add constraint extension_request_complete check (
    (extension_days is null) = (extension_reason is null)
    and (extension_days is null) = (extension_requested_by is null)
    and (extension_days is null) = (extension_requested_at is null));

-- The resident's satisfaction: skr5 is the Swedish 1–5 scale (SKR index = (score - 1) * 25),
-- cn3 the 12345 hotline's 满意 (3) / 基本满意 (2) / 不满意 (1).
alter table resident_case add column satisfaction smallint;
alter table resident_case add column satisfaction_scale text;
alter table resident_case add constraint satisfaction_on_its_scale check (
    (satisfaction is null and satisfaction_scale is null)
    or (satisfaction_scale = 'skr5' and satisfaction between 1 and 5)
    or (satisfaction_scale = 'cn3' and satisfaction between 1 and 3));

-- A duplicate closed into its original; the original is never itself merged (checked by the app).
alter table resident_case add column merged_into bigint references resident_case (id);
alter table resident_case add constraint not_merged_into_itself check (merged_into <> id);
