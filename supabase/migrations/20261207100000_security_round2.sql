-- ARIA Integrations, security round 2 (issue 16, finding 8).
--
-- 1. A future-dated updated_at can no longer freeze a row.
--    Last writer wins on updated_at (see 20261130090000_user_integrations.sql), so one write
--    stamped in the year 2100 (a device with a wrong clock, or a crafted request) used to make
--    every later write "older": all of them, disconnect tombstones included, were silently
--    dropped for good.
--
--    The trigger now CLAMPS an updated_at more than 5 minutes ahead of the server's clock to the
--    server's clock. Clamp rather than refuse: the write is kept (a device whose clock runs ahead
--    loses none of its changes and gets no error it cannot act on), it just cannot claim a time
--    the server has not reached, so the next honest write wins as usual. 5 minutes covers
--    ordinary clock skew between devices without changing how their writes are ordered.
--    Rows frozen before this migration are repaired the same way, once, below.
--
-- 2. Signed-in users get exactly the privileges the app needs. Supabase's default privileges
--    grant ALL on new tables in public to anon and authenticated; the first migration revoked
--    everything from anon and granted select/insert/update/delete to authenticated, but left
--    TRUNCATE (which ignores row-level security: one user could empty everyone's table),
--    REFERENCES and TRIGGER in place.

create or replace function public.user_integrations_before_write()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
    -- The latest updated_at the server accepts: its own clock plus ordinary skew.
    horizon constant timestamptz := now() + interval '5 minutes';
begin
    if new.updated_at > horizon then
        new.updated_at := now();
    end if;
    if tg_op = 'UPDATE' then
        if new.updated_at < old.updated_at then
            -- An older change arrived after a newer one: the newer one stays, untouched.
            return old;
        end if;
        new.id := old.id;
        new.user_id := old.user_id;
        new.created_at := old.created_at;
        new.server_updated_at := old.server_updated_at;
        if new is not distinct from old then
            return old;  -- a replayed push: nothing changes, nothing to pull again
        end if;
        if new.updated_at = old.updated_at then
            -- Changed without a newer updated_at (an edit in SQL or the dashboard): make it
            -- newer so every device takes it.
            new.updated_at := greatest(now(), old.updated_at + interval '1 millisecond');
        end if;
    end if;
    new.server_updated_at := clock_timestamp();
    return new;
end;
$$;

-- Rows already frozen by a future updated_at: bring them back to the server's clock and stamp
-- server_updated_at so every device pulls the repaired row. The trigger would keep the old
-- (future) time, so it is off for this one statement only (the migration runs as the owner).
alter table public.user_integrations disable trigger user_integrations_before_write;
update public.user_integrations
   set updated_at = now(), server_updated_at = clock_timestamp()
 where updated_at > now() + interval '5 minutes';
alter table public.user_integrations enable trigger user_integrations_before_write;

revoke truncate, references, trigger on public.user_integrations from authenticated, anon;
