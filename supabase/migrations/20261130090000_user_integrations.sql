-- ARIA Integrations: connection metadata of each user, synced both ways with the desktop app.
-- Applies unchanged to a Supabase project (auth.users, auth.uid(), roles anon/authenticated).
-- Never holds a secret: OAuth tokens and API keys stay in each device's keychain.
--
-- Sync model (see docs/SUPABASE_SETUP.md):
--   * updated_at is the time of the change on the device that made it: last writer wins on it.
--     The trigger refuses to let an older change overwrite a newer one, so a slow or
--     long-offline device can never roll a row back.
--   * server_updated_at is stamped by the server on every accepted write; devices pull
--     incrementally by it (client clocks may be skewed, the server's is one clock).
--   * A disconnect is a tombstone: status 'disconnected' (rows are not deleted), so every
--     device learns about it through the same incremental pull.

create table if not exists public.user_integrations (
    id                     uuid primary key default gen_random_uuid(),
    user_id                uuid not null default auth.uid() references auth.users (id) on delete cascade,
    integration_type       text not null check (integration_type ~ '^[a-z0-9_]{2,48}$'),
    mode                   text not null default 'composio' check (mode in ('composio', 'direct')),
    composio_connection_id text not null default '',
    composio_account_id    text,
    display_name           text,
    status                 text not null default 'active'
        check (status in ('not_connected', 'connecting', 'active', 'expired', 'error', 'disconnected')),
    last_sync_at           timestamptz,
    sync_status            text default 'success' check (sync_status in ('success', 'pending', 'failed')),
    error_message          text,
    metadata               jsonb not null default '{}'::jsonb,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    server_updated_at      timestamptz not null default clock_timestamp(),
    unique (user_id, integration_type)
);

comment on table public.user_integrations is
    'Connection metadata per user and integration (no secrets). Synced by the ARIA desktop app.';
comment on column public.user_integrations.updated_at is
    'Time of the change on the device that made it; last writer wins on this column.';
comment on column public.user_integrations.server_updated_at is
    'Stamped by the server on every accepted write; the cursor of incremental pulls.';

-- Incremental pulls: WHERE user_id = auth.uid() AND server_updated_at > cursor ORDER BY it.
create index if not exists user_integrations_user_server_updated
    on public.user_integrations (user_id, server_updated_at);

-- Keeps id, user_id and created_at fixed, refuses stale writes, stamps server_updated_at.
create or replace function public.user_integrations_before_write()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
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

drop trigger if exists user_integrations_before_write on public.user_integrations;
create trigger user_integrations_before_write
    before insert or update on public.user_integrations
    for each row execute function public.user_integrations_before_write();

-- Row-level security: each signed-in user sees and changes only their own rows.
alter table public.user_integrations enable row level security;

drop policy if exists "Users can view own integrations" on public.user_integrations;
create policy "Users can view own integrations"
    on public.user_integrations for select to authenticated
    using ((select auth.uid()) = user_id);

drop policy if exists "Users can insert own integrations" on public.user_integrations;
create policy "Users can insert own integrations"
    on public.user_integrations for insert to authenticated
    with check ((select auth.uid()) = user_id);

drop policy if exists "Users can update own integrations" on public.user_integrations;
create policy "Users can update own integrations"
    on public.user_integrations for update to authenticated
    using ((select auth.uid()) = user_id)
    with check ((select auth.uid()) = user_id);

drop policy if exists "Users can delete own integrations" on public.user_integrations;
create policy "Users can delete own integrations"
    on public.user_integrations for delete to authenticated
    using ((select auth.uid()) = user_id);

-- Only signed-in users reach the table; the anon key alone reads nothing.
revoke all on public.user_integrations from anon;
grant select, insert, update, delete on public.user_integrations to authenticated;
